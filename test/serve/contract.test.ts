import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelUnderTest } from '../../src/evaluate/run.js';
import { writeModelPackage } from '../../src/model/package.js';
import { inspectOnnx } from '../../src/onnx/inspect.js';
import { exportTabularModel } from '../../src/onnx/tabular.js';
import {
  type ApiContract,
  type ContractChange,
  contractChecks,
  contractOf,
  diffContracts,
  loadContract,
  parseContract,
} from '../../src/serve/contract.js';
import { binaryPackageParts, regressionSpec } from '../model/helpers.js';
import { useSharedTempDir } from '../temp-dir.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/contract');

const BASE: ApiContract = {
  inputs: [
    { name: 'age', dtype: 'float32', kind: 'numeric', required: true },
    { name: 'charges', dtype: 'float32', kind: 'numeric', required: true },
    { name: 'plan', dtype: 'string', kind: 'categorical', required: true },
  ],
  outputs: [
    { name: 'probabilities', dtype: 'float32', shape: ['N', 2] },
    { name: 'label', dtype: 'int64', shape: ['N'] },
  ],
  classes: ['no', 'yes'],
};

/** A copy of BASE changed by `edit`, so each case states only its difference. */
function variant(edit: (contract: ApiContract) => void): ApiContract {
  const copy = structuredClone(BASE);
  edit(copy);
  return copy;
}

type Expected = Pick<ContractChange, 'kind' | 'breaking' | 'name'> & Partial<Pick<ContractChange, 'from' | 'to'>>;

describe('diffContracts', () => {
  const cases: Array<{
    name: string;
    candidate: ApiContract;
    reference?: ApiContract;
    changes: Expected[];
    message?: RegExp;
  }> = [
    { name: 'identical contracts', candidate: structuredClone(BASE), changes: [] },
    {
      name: 'inputs in another order',
      candidate: variant((c) => c.inputs.reverse()),
      changes: [],
    },
    {
      name: 'a renamed input (removed + added with the same dtype)',
      candidate: variant((c) => {
        (c.inputs[0] as { name: string }).name = 'age_years';
      }),
      changes: [{ kind: 'input-renamed', breaking: true, name: 'age_years', from: 'age', to: 'age_years' }],
      message: /input `age` was probably renamed to `age_years`.*both float32.*clients that send `age` are rejected/,
    },
    {
      name: 'two renames, paired by name',
      candidate: variant((c) => {
        (c.inputs[0] as { name: string }).name = 'monthly_charges';
        (c.inputs[1] as { name: string }).name = 'customer_age';
      }),
      changes: [
        { kind: 'input-renamed', breaking: true, name: 'customer_age', from: 'age', to: 'customer_age' },
        { kind: 'input-renamed', breaking: true, name: 'monthly_charges', from: 'charges', to: 'monthly_charges' },
      ],
    },
    {
      name: 'a removed input and an added one of another dtype are not a rename',
      candidate: variant((c) => {
        c.inputs.splice(2, 1);
        c.inputs.push({ name: 'tenure', dtype: 'int64', kind: 'numeric', required: true });
      }),
      changes: [
        { kind: 'input-removed', breaking: true, name: 'plan', from: 'string' },
        { kind: 'input-added-required', breaking: true, name: 'tenure', to: 'int64' },
      ],
      message:
        /input `plan` \(string\) is in the baseline's contract but not in the candidate's: clients that still send it are rejected/,
    },
    {
      name: 'a dtype change',
      candidate: variant((c) => {
        (c.inputs[0] as { dtype: string }).dtype = 'string';
      }),
      changes: [{ kind: 'dtype-changed', breaking: true, name: 'age', from: 'float32', to: 'string' }],
      message: /input `age`: float32 → string/,
    },
    {
      name: 'a numeric widening is not breaking',
      candidate: variant((c) => {
        (c.inputs[0] as { dtype: string }).dtype = 'float64';
      }),
      changes: [{ kind: 'dtype-changed', breaking: false, name: 'age', from: 'float32', to: 'float64' }],
      message: /input `age`: float32 → float64 \(a widening/,
    },
    {
      name: 'a narrowing is breaking',
      reference: variant((c) => {
        (c.inputs[0] as { dtype: string }).dtype = 'float64';
      }),
      candidate: structuredClone(BASE),
      changes: [{ kind: 'dtype-changed', breaking: true, name: 'age', from: 'float64', to: 'float32' }],
    },
    {
      name: 'a kind change with the same dtype',
      candidate: variant((c) => {
        (c.inputs[2] as { kind: string }).kind = 'numeric';
      }),
      changes: [{ kind: 'kind-changed', breaking: false, name: 'plan', from: 'categorical', to: 'numeric' }],
    },
    {
      name: 'an extra required feature',
      candidate: variant((c) => c.inputs.push({ name: 'tenure', dtype: 'int64', kind: 'numeric', required: true })),
      changes: [{ kind: 'input-added-required', breaking: true, name: 'tenure', to: 'int64' }],
      message: /input `tenure` \(int64\) is new and required/,
    },
    {
      name: 'an extra optional feature',
      candidate: variant((c) => c.inputs.push({ name: 'tenure', dtype: 'int64', required: false })),
      changes: [{ kind: 'input-added-optional', breaking: false, name: 'tenure', to: 'int64' }],
    },
    {
      name: 'an optional input becoming required',
      reference: variant((c) => {
        (c.inputs[2] as { required: boolean }).required = false;
      }),
      candidate: structuredClone(BASE),
      changes: [{ kind: 'input-required-changed', breaking: true, name: 'plan', from: 'optional', to: 'required' }],
    },
    {
      name: 'a dropped output',
      candidate: variant((c) => c.outputs.pop()),
      changes: [{ kind: 'output-removed', breaking: true, name: 'label', from: 'int64' }],
      message: /output `label` \(int64\) is in the baseline's contract but the candidate does not produce it/,
    },
    {
      name: 'an added output',
      candidate: variant((c) => c.outputs.push({ name: 'score', dtype: 'float32', shape: ['N', 1] })),
      changes: [{ kind: 'output-added', breaking: false, name: 'score', to: 'float32' }],
    },
    {
      name: 'an output dtype change',
      candidate: variant((c) => {
        (c.outputs[0] as { dtype: string }).dtype = 'float64';
      }),
      changes: [
        { kind: 'output-dtype-changed', breaking: true, name: 'probabilities', from: 'float32', to: 'float64' },
      ],
    },
    {
      name: 'an output shape change',
      candidate: variant((c) => {
        (c.outputs[0] as { shape: unknown[] }).shape = ['N', 3];
        c.classes = ['no', 'yes', 'maybe'];
      }),
      changes: [
        { kind: 'output-shape-changed', breaking: true, name: 'probabilities', from: '[N, 2]', to: '[N, 3]' },
        { kind: 'classes-changed', breaking: true, name: 'classes', from: 'no, yes', to: 'no, yes, maybe' },
      ],
    },
    {
      name: 'a dynamic reference dimension accepts a fixed one, and batch names do not matter',
      reference: variant((c) => {
        (c.outputs[0] as { shape: unknown[] }).shape = ['batch', null];
      }),
      candidate: structuredClone(BASE),
      changes: [],
    },
    {
      name: 'class labels in a new order',
      candidate: variant((c) => {
        c.classes = ['yes', 'no'];
      }),
      changes: [{ kind: 'classes-changed', breaking: true, name: 'classes', from: 'no, yes', to: 'yes, no' }],
      message: /classes: \[no, yes\] → \[yes, no\] \(same labels in a new order/,
    },
    {
      name: 'class labels replaced',
      candidate: variant((c) => {
        c.classes = ['0', '1'];
      }),
      changes: [{ kind: 'classes-changed', breaking: true, name: 'classes', from: 'no, yes', to: '0, 1' }],
      message: /removed no, yes; added 0, 1/,
    },
    {
      name: 'class labels lost',
      candidate: variant((c) => {
        delete c.classes;
      }),
      changes: [{ kind: 'classes-changed', breaking: true, name: 'classes', from: 'no, yes' }],
    },
    {
      name: 'class labels gained',
      reference: variant((c) => {
        delete c.classes;
      }),
      candidate: structuredClone(BASE),
      changes: [{ kind: 'classes-changed', breaking: false, name: 'classes', to: 'no, yes' }],
    },
  ];

  it.each(cases)('$name', ({ candidate, reference, changes, message }) => {
    const found = diffContracts(candidate, reference ?? BASE, 'baseline');
    expect(
      found.map(({ kind, breaking, name, from, to }) => ({
        kind,
        breaking,
        name,
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      })),
    ).toEqual(changes);
    if (message !== undefined) expect(found.map((change) => change.message).join('\n')).toMatch(message);
  });

  it('names the declared contract when that is the reference', () => {
    const [change] = diffContracts(
      variant((c) => c.inputs.pop()),
      BASE,
      'declared',
    );
    expect(change?.message).toContain('the declared contract');
  });
});

describe('contractChecks', () => {
  it('records one passing check when nothing changed', () => {
    expect(contractChecks([], 'declared')).toEqual([
      expect.objectContaining({ check: 'contract.declared', status: 'pass', value: 0 }),
    ]);
  });

  it('fails each breaking change, passes additions and warns about the rest', () => {
    const candidate = variant((c) => {
      (c.inputs[0] as { dtype: string }).dtype = 'string';
      (c.inputs[2] as { kind: string }).kind = 'numeric';
      c.inputs.push({ name: 'tenure', dtype: 'int64', required: false });
      c.outputs.push({ name: 'score', dtype: 'float32' });
    });
    const checks = contractChecks(diffContracts(candidate, BASE, 'baseline'), 'baseline');
    expect(checks.map(({ check, status, value, feature }) => ({ check, status, value, feature }))).toEqual([
      { check: 'contract.baseline.input-added-optional', status: 'pass', value: 'int64', feature: 'tenure' },
      { check: 'contract.baseline.dtype-changed', status: 'fail', value: 'float32 → string', feature: 'age' },
      { check: 'contract.baseline.kind-changed', status: 'warn', value: 'categorical → numeric', feature: 'plan' },
      { check: 'contract.baseline.output-added', status: 'pass', value: 'float32', feature: undefined },
    ]);
    for (const check of checks) expect(check.message.length).toBeGreaterThan(10);
  });
});

describe('contractOf', () => {
  const temp = useSharedTempDir('mlops-contract-');

  it("derives a package's contract from its manifest, and the result is a valid contract file", async () => {
    const parts = binaryPackageParts();
    parts.manifest.outputs.classes = ['stayed', 'churned'];
    const pkg = await writeModelPackage(temp.path('package'), parts);
    const contract = contractOf(await loadModelUnderTest(pkg.directory, []));
    expect(contract).toEqual({
      inputs: [
        { name: 'age', dtype: 'float32', kind: 'numeric', required: true },
        { name: 'charges', dtype: 'float32', kind: 'numeric', required: true },
        { name: 'plan', dtype: 'string', kind: 'categorical', required: true },
      ],
      outputs: [
        { name: 'probabilities', dtype: 'float32', shape: ['N', 2] },
        { name: 'label', dtype: 'int64', shape: ['N'] },
      ],
      classes: ['stayed', 'churned'],
    });
    expect(parseContract(JSON.parse(JSON.stringify(contract)), 'derived')).toEqual(contract);
  });

  it("reads a bare ONNX file's outputs from its graph", async () => {
    const onnx = exportTabularModel(regressionSpec());
    const file = temp.path('regressor.onnx');
    await writeFile(file, onnx);
    const model = await loadModelUnderTest(file, [], 'regression');
    const expected: ApiContract = {
      inputs: [
        { name: 'a', dtype: 'float32', kind: 'numeric', required: true },
        { name: 'b', dtype: 'float32', kind: 'numeric', required: true },
      ],
      outputs: [{ name: 'prediction', dtype: 'float32', shape: ['N', 1] }],
    };
    expect(contractOf(model)).toEqual(expected);
    expect(contractOf(model, inspectOnnx(onnx))).toEqual(expected);
  });
});

describe('loadContract', () => {
  it('reads a valid declared contract', async () => {
    const contract = await loadContract(path.join(FIXTURES, 'valid.json'));
    expect(contract.inputs.map((input) => input.name)).toEqual(['age', 'charges', 'plan', 'region']);
    expect(contract.classes).toEqual(['0', '1']);
  });

  it.each([
    { file: 'unknown-key.json', message: /`inputs\.0`: unknown key `nullable`/ },
    { file: 'bad-dtype.json', message: /`inputs\.0\.dtype`: must be one of "float32", "float64"/ },
    {
      file: 'missing-required.json',
      message: /the top level: missing required key `outputs`; `inputs\.0`: missing required key `required`/,
    },
    { file: 'duplicate.json', message: /`inputs` names `age` twice/ },
    { file: 'not-json.json', message: /is not valid JSON: line 3/ },
    { file: 'absent.json', message: /cannot read the API contract .*absent\.json: no such file/ },
  ])('refuses $file', async ({ file, message }) => {
    await expect(loadContract(path.join(FIXTURES, file))).rejects.toThrow(message);
    await expect(loadContract(path.join(FIXTURES, file))).rejects.toHaveProperty('name', 'ConfigurationError');
  });

  it('a declared contract with optional fields and dynamic outputs accepts the model that honours it', async () => {
    const declared = await loadContract(path.join(FIXTURES, 'valid.json'));
    const candidate: ApiContract = {
      inputs: [...BASE.inputs, { name: 'region', dtype: 'string', required: false }],
      outputs: BASE.outputs,
      classes: ['0', '1'],
    };
    expect(diffContracts(candidate, declared, 'declared')).toEqual([]);
  });
});
