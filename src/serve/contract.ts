/**
 * The prediction API contract: what a client sends (one field per raw feature) and reads (outputs, class labels),
 * and the difference between two contracts, classified as breaking or not for clients built against the older one.
 */
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../core/errors.js';
import { readJsonFile } from '../core/json-file.js';
import { checkedBy } from '../core/validator.js';
import type { Check } from '../core/verdict.js';
import type { ModelUnderTest } from '../evaluate/run.js';
import validateApiContract from '../generated/validators/api-contract.js';
import type { Dimension, TensorDtype } from '../model/package.js';
import { ELEM_TO_DTYPE } from '../model/signature.js';
import { inspectOnnx, type OnnxModelInfo, type OnnxValueInfo } from '../onnx/inspect.js';

export interface ContractInput {
  name: string;
  dtype: TensorDtype;
  kind?: 'numeric' | 'categorical';
  required: boolean;
}

export interface ContractOutput {
  name: string;
  /** A TensorDtype name where one applies ('float32', not ONNX's 'float'), else ONNX's name or type notation. */
  dtype: string;
  /** A number is a fixed size; a string or null is dynamic (e.g. the batch). Absent when unknown. */
  shape?: Dimension[];
}

export interface ApiContract {
  inputs: ContractInput[];
  outputs: ContractOutput[];
  /** Class labels in probability column order. */
  classes?: string[];
}

export type ContractChangeKind =
  | 'input-removed'
  | 'input-renamed'
  | 'input-added-required'
  | 'input-added-optional'
  | 'input-required-changed'
  | 'dtype-changed'
  | 'kind-changed'
  | 'output-removed'
  | 'output-dtype-changed'
  | 'output-shape-changed'
  | 'classes-changed'
  | 'output-added';

export interface ContractChange {
  kind: ContractChangeKind;
  /** Whether clients built against the reference contract can fail against the candidate. */
  breaking: boolean;
  /** The input or output concerned (the new name of a rename; 'classes' for class labels). */
  name: string;
  from?: string;
  to?: string;
  message: string;
}

/** What the candidate is compared with: the serving baseline model, or a contract file the team committed. */
export type ContractReference = 'baseline' | 'declared';

const validateContract = checkedBy<ApiContract>(
  validateApiContract,
  'API contract (see schemas/api-contract.schema.json)',
);

/**
 * The contract a model serves: every feature is a required field (the server fills no defaults), outputs as the
 * manifest records them or, for a bare ONNX file, as its graph declares them (from `info` when the caller has
 * already inspected the file, else read here).
 */
export function contractOf(model: ModelUnderTest, info?: OnnxModelInfo): ApiContract {
  const seen = new Set<string>();
  const inputs: ContractInput[] = [];
  for (const binding of model.inputs) {
    if (seen.has(binding.feature)) continue;
    seen.add(binding.feature);
    inputs.push({ name: binding.feature, dtype: binding.dtype, kind: binding.kind, required: true });
  }
  const recorded = model.manifest?.outputs.tensors ?? model.outputs.tensors;
  const outputs: ContractOutput[] =
    recorded.length > 0
      ? recorded.map((tensor) => ({
          name: tensor.name,
          dtype: ELEM_TO_DTYPE[tensor.dtype] ?? tensor.dtype,
          shape: tensor.shape,
        }))
      : (info ?? inspectOnnx(readFileSync(model.onnxPath), model.onnxPath)).outputs.map(outputOf);
  const classes = model.outputs.classes;
  return { inputs, outputs, ...(classes === undefined ? {} : { classes: [...classes] }) };
}

function outputOf(value: OnnxValueInfo): ContractOutput {
  const dtype = value.elemType === null ? value.type : (ELEM_TO_DTYPE[value.elemType] ?? value.elemType);
  return { name: value.name, dtype, ...(value.shape === null ? {} : { shape: value.shape }) };
}

/** Reads a declared contract file; schema errors and duplicate names are configuration errors naming the file. */
export async function loadContract(path: string): Promise<ApiContract> {
  return parseContract(await readJsonFile(path, 'API contract'), path);
}

/** Validates an already-parsed contract (e.g. one embedded in a result file); `source` names it in errors. */
export function parseContract(value: unknown, source: string): ApiContract {
  const contract = validateContract(value, source);
  for (const [list, what] of [
    [contract.inputs, 'inputs'],
    [contract.outputs, 'outputs'],
  ] as const) {
    const names = list.map((entry) => entry.name);
    const duplicate = names.find((name, at) => names.indexOf(name) !== at);
    if (duplicate !== undefined) {
      throw new ConfigurationError(`${source} is not a valid API contract: \`${what}\` names \`${duplicate}\` twice`);
    }
  }
  return contract;
}

/**
 * Numeric widenings a JSON client cannot notice: every value it sends today is still accepted and represented
 * exactly (ONNX's versioning rules call these non-breaking too). Narrowing or crossing kinds is breaking.
 */
const WIDENINGS = new Set(['int32→int64', 'int32→float64', 'float32→float64']);

/**
 * How `candidate` differs from `reference`, for clients built against `reference`. Inputs and outputs are matched
 * by name; a removed input and an added one of the same dtype are reported as one likely rename.
 */
export function diffContracts(
  candidate: ApiContract,
  reference: ApiContract,
  what: ContractReference,
): ContractChange[] {
  const theirs = what === 'baseline' ? "the baseline's contract" : 'the declared contract';
  const changes: ContractChange[] = [];
  const candidateInputs = new Map(candidate.inputs.map((input) => [input.name, input]));
  const referenceInputs = new Map(reference.inputs.map((input) => [input.name, input]));
  const removed = reference.inputs.filter((input) => !candidateInputs.has(input.name));
  const added = candidate.inputs.filter((input) => !referenceInputs.has(input.name));

  for (const old of removed) {
    const renamed = likelyRename(old, added);
    if (renamed !== undefined) {
      added.splice(added.indexOf(renamed), 1);
      changes.push({
        kind: 'input-renamed',
        breaking: true,
        name: renamed.name,
        from: old.name,
        to: renamed.name,
        message: `input \`${old.name}\` was probably renamed to \`${renamed.name}\` (${theirs} has \`${old.name}\`, the candidate \`${renamed.name}\`, both ${old.dtype}): clients that send \`${old.name}\` are rejected${renamed.required ? ` and lack the required \`${renamed.name}\`` : ''}`,
      });
      continue;
    }
    changes.push({
      kind: 'input-removed',
      breaking: true,
      name: old.name,
      from: old.dtype,
      message: `input \`${old.name}\` (${old.dtype}) is in ${theirs} but not in the candidate's: clients that still send it are rejected, because the server refuses unknown fields`,
    });
  }
  for (const input of added) {
    changes.push(
      input.required
        ? {
            kind: 'input-added-required',
            breaking: true,
            name: input.name,
            to: input.dtype,
            message: `input \`${input.name}\` (${input.dtype}) is new and required: requests built for ${theirs} lack it and are rejected`,
          }
        : {
            kind: 'input-added-optional',
            breaking: false,
            name: input.name,
            to: input.dtype,
            message: `input \`${input.name}\` (${input.dtype}) is new and optional: requests built for ${theirs} still work`,
          },
    );
  }
  for (const input of candidate.inputs) {
    const old = referenceInputs.get(input.name);
    if (old === undefined) continue;
    if (old.dtype !== input.dtype) {
      const widening = WIDENINGS.has(`${old.dtype}→${input.dtype}`);
      changes.push({
        kind: 'dtype-changed',
        breaking: !widening,
        name: input.name,
        from: old.dtype,
        to: input.dtype,
        message: `input \`${input.name}\`: ${old.dtype} → ${input.dtype}${widening ? ' (a widening: every value clients send today is still accepted)' : `: clients that send ${old.dtype} values as ${theirs} says are rejected or misread`}`,
      });
    } else if (old.kind !== undefined && input.kind !== undefined && old.kind !== input.kind) {
      changes.push({
        kind: 'kind-changed',
        breaking: false,
        name: input.name,
        from: old.kind,
        to: input.kind,
        message: `input \`${input.name}\`: ${old.kind} → ${input.kind} (still ${input.dtype}): requests still validate, but the model reads the values differently`,
      });
    }
    if (old.required !== input.required) {
      changes.push({
        kind: 'input-required-changed',
        breaking: input.required,
        name: input.name,
        from: old.required ? 'required' : 'optional',
        to: input.required ? 'required' : 'optional',
        message: input.required
          ? `input \`${input.name}\`: optional → required: clients that omit it, as ${theirs} allows, are rejected`
          : `input \`${input.name}\`: required → optional`,
      });
    }
  }

  const candidateOutputs = new Map(candidate.outputs.map((output) => [output.name, output]));
  const referenceOutputs = new Map(reference.outputs.map((output) => [output.name, output]));
  for (const old of reference.outputs) {
    const output = candidateOutputs.get(old.name);
    if (output === undefined) {
      changes.push({
        kind: 'output-removed',
        breaking: true,
        name: old.name,
        from: old.dtype,
        message: `output \`${old.name}\` (${old.dtype}) is in ${theirs} but the candidate does not produce it: clients that read it break`,
      });
      continue;
    }
    if (old.dtype !== output.dtype) {
      changes.push({
        kind: 'output-dtype-changed',
        breaking: true,
        name: old.name,
        from: old.dtype,
        to: output.dtype,
        message: `output \`${old.name}\`: ${old.dtype} → ${output.dtype}`,
      });
    }
    if (old.shape !== undefined && output.shape !== undefined && !shapeHonours(output.shape, old.shape)) {
      changes.push({
        kind: 'output-shape-changed',
        breaking: true,
        name: old.name,
        from: renderShape(old.shape),
        to: renderShape(output.shape),
        message: `output \`${old.name}\`: shape ${renderShape(old.shape)} → ${renderShape(output.shape)}`,
      });
    }
  }
  for (const output of candidate.outputs) {
    if (referenceOutputs.has(output.name)) continue;
    changes.push({
      kind: 'output-added',
      breaking: false,
      name: output.name,
      to: output.dtype,
      message: `output \`${output.name}\` (${output.dtype}${output.shape === undefined ? '' : ` ${renderShape(output.shape)}`}) is new`,
    });
  }

  const classes = classesChange(candidate.classes, reference.classes, theirs);
  if (classes !== undefined) changes.push(classes);
  return changes;
}

/**
 * The added input most likely to be `old` under a new name: same dtype required; then the same kind, then the
 * closest name. A guess, said as one in the message; either way the change is breaking.
 */
function likelyRename(old: ContractInput, added: readonly ContractInput[]): ContractInput | undefined {
  const sameDtype = added.filter((input) => input.dtype === old.dtype);
  const sameKind = sameDtype.filter(
    (input) => old.kind === undefined || input.kind === undefined || input.kind === old.kind,
  );
  const pool = sameKind.length > 0 ? sameKind : sameDtype;
  let best: ContractInput | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const input of pool) {
    const distance = editDistance(old.name.toLowerCase(), input.name.toLowerCase());
    if (distance < bestDistance) {
      best = input;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Whether a client written for `reference` can read `candidate`: same rank, and every fixed reference size kept.
 * A dynamic reference dimension accepts any candidate size, so a declared [N, null] is honoured by [N, 2].
 */
function shapeHonours(candidate: readonly Dimension[], reference: readonly Dimension[]): boolean {
  if (candidate.length !== reference.length) return false;
  return reference.every((dim, at) => typeof dim !== 'number' || candidate[at] === dim);
}

function renderShape(shape: readonly Dimension[]): string {
  return `[${shape.map((dim) => (dim === null ? '?' : String(dim))).join(', ')}]`;
}

function classesChange(
  candidate: readonly string[] | undefined,
  reference: readonly string[] | undefined,
  theirs: string,
): ContractChange | undefined {
  if (reference === undefined) {
    if (candidate === undefined) return undefined;
    return {
      kind: 'classes-changed',
      breaking: false,
      name: 'classes',
      to: candidate.join(', '),
      message: `the candidate names its classes (${candidate.join(', ')}); ${theirs} names none`,
    };
  }
  if (candidate === undefined) {
    return {
      kind: 'classes-changed',
      breaking: true,
      name: 'classes',
      from: reference.join(', '),
      message: `${theirs} names the classes ${reference.join(', ')}; the candidate names none, so clients cannot map probability columns to labels`,
    };
  }
  if (candidate.length === reference.length && candidate.every((label, at) => label === reference[at]))
    return undefined;
  const gone = reference.filter((label) => !candidate.includes(label));
  const fresh = candidate.filter((label) => !reference.includes(label));
  const detail =
    gone.length === 0 && fresh.length === 0
      ? 'same labels in a new order: a probability column now means a different class'
      : [gone.length > 0 ? `removed ${gone.join(', ')}` : '', fresh.length > 0 ? `added ${fresh.join(', ')}` : '']
          .filter(Boolean)
          .join('; ');
  return {
    kind: 'classes-changed',
    breaking: true,
    name: 'classes',
    from: reference.join(', '),
    to: candidate.join(', '),
    message: `classes: [${reference.join(', ')}] → [${candidate.join(', ')}] (${detail})`,
  };
}

const INPUT_KINDS = new Set<ContractChangeKind>([
  'input-removed',
  'input-renamed',
  'input-added-required',
  'input-added-optional',
  'input-required-changed',
  'dtype-changed',
  'kind-changed',
]);

/** Changes a client would not notice, or that only add; the rest of the non-breaking ones are worth a look. */
const HARMLESS = new Set<ContractChangeKind>(['input-added-optional', 'output-added', 'input-required-changed']);

/**
 * One check per change (`contract.<what>.<kind>`): fail when breaking, pass when harmless, warn otherwise;
 * with no changes at all, one passing `contract.<what>` check so the verdict records that it was compared.
 */
export function contractChecks(changes: readonly ContractChange[], what: ContractReference): Check[] {
  if (changes.length === 0) {
    return [
      {
        check: `contract.${what}`,
        status: 'pass',
        value: 0,
        threshold: null,
        message: `the API contract matches ${what === 'baseline' ? "the baseline model's" : 'the declared one'}`,
      },
    ];
  }
  return changes.map((change) => ({
    check: `contract.${what}.${change.kind}`,
    status: change.breaking ? 'fail' : HARMLESS.has(change.kind) ? 'pass' : 'warn',
    value:
      change.from !== undefined && change.to !== undefined
        ? `${change.from} → ${change.to}`
        : (change.to ?? change.from ?? null),
    threshold: null,
    message: change.message,
    ...(INPUT_KINDS.has(change.kind) ? { feature: change.name } : {}),
  }));
}
