/**
 * check-serving-compat's domain flow end to end on real packages: a child process measures the load, the real
 * server answers golden and malformed requests, and each failure mode is a failing check, not a crash.
 */
import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeModelPackage } from '../../src/model/package.js';
import { exportTabularModel } from '../../src/onnx/tabular.js';
import { checkServing, type ServingCheckRequest } from '../../src/serve/check.js';
import { BINARY_FEATURES, binaryPackageParts, binarySpec, bindingsFor, manifestFor } from '../model/helpers.js';
import { useSharedTempDir } from '../temp-dir.js';
import { BINARY_COLUMNS, binaryRows, writeCsv } from '../train/helpers.js';

const temp = useSharedTempDir('mlops-serving-check-');
let candidate: string;
let data: string;

beforeAll(async () => {
  candidate = temp.path('candidate');
  await writeModelPackage(candidate, binaryPackageParts());
  data = await writeCsv(temp.path('eval.csv'), BINARY_COLUMNS, binaryRows(60, 3));
});

function request(overrides: Partial<ServingCheckRequest> = {}): ServingCheckRequest {
  return {
    model: candidate,
    features: [],
    data,
    format: 'auto',
    goldenRows: 30,
    loadTimeoutSeconds: 30,
    retries: 0,
    tolerance: 1e-5,
    executionProviders: ['cpu'],
    log: () => {},
    ...overrides,
  };
}

function statuses(result: Awaited<ReturnType<typeof checkServing>>): Map<string, string[]> {
  const byCheck = new Map<string, string[]>();
  for (const check of result.verdict.checks)
    byCheck.set(check.check, [...(byCheck.get(check.check) ?? []), check.status]);
  return byCheck;
}

describe('checkServing', () => {
  it('passes a healthy package: served outputs equal offline ones on rows with missing values', async () => {
    const result = await checkServing(request());
    expect(result.verdict.passed, JSON.stringify(result.verdict.checks, null, 1)).toBe(true);
    expect(result.goldenRequests).toBe(30);
    expect(result.servedParity).not.toBeNull();
    expect(result.servedParity as number).toBeLessThanOrEqual(1e-6);
    expect(
      statuses(result)
        .get('serving.bad-request')
        ?.every((status) => status === 'pass'),
    ).toBe(true);
    expect(result.load.peakRssBytes).toBeGreaterThan(0);
  });

  it('fails parity when recorded golden responses disagree with what is served', async () => {
    const golden = temp.path('golden.jsonl');
    const instance = { age: 50, charges: 80, plan: 'premium' };
    await writeFile(
      golden,
      `${JSON.stringify({ request: { instances: [instance] }, response: { predictions: [{ probabilities: { '0': 0.5, '1': 0.5 } }] } })}\n`,
    );
    const result = await checkServing(request({ goldenRequests: golden }));
    expect(result.verdict.passed).toBe(false);
    const parity = result.verdict.checks.find((check) => check.check === 'serving.parity');
    expect(parity?.status).toBe('fail');
    expect(parity?.message).toMatch(/training\/serving skew/);
    expect(result.servedParity as number).toBeGreaterThan(0.01);
  });

  it('fails the baseline contract when the candidate renames an input the baseline takes', async () => {
    const renamed = BINARY_FEATURES.map((feature) =>
      feature.name === 'age' ? { ...feature, name: 'age_years' } : feature,
    );
    const onnx = exportTabularModel({ ...binarySpec(), features: renamed });
    const candidateRenamed = temp.path('renamed');
    await writeModelPackage(candidateRenamed, {
      onnx,
      manifest: manifestFor(onnx, { task: 'binary', inputs: bindingsFor(renamed), label: 'churned' }),
    });
    const result = await checkServing(
      request({ model: candidateRenamed, baseline: candidate, data: undefined, goldenRequests: undefined }),
    );
    const failing = result.verdict.checks.filter((check) => check.status === 'fail').map((check) => check.check);
    expect(failing).toContain('contract.baseline.input-renamed');
    // Without data there is nothing to compare: parity fails closed rather than passing silently.
    expect(failing).toContain('serving.parity');
  });

  it('fails a declared contract the model does not keep, naming the difference', async () => {
    const contract = temp.path('contract.json');
    await writeFile(
      contract,
      JSON.stringify({
        inputs: [
          { name: 'age', dtype: 'string', required: true },
          { name: 'charges', dtype: 'float32', required: true },
          { name: 'plan', dtype: 'string', required: true },
        ],
        outputs: [{ name: 'probabilities', dtype: 'float32' }],
      }),
    );
    const result = await checkServing(request({ contract }));
    const change = result.verdict.checks.find((check) => check.check === 'contract.declared.dtype-changed');
    expect(change?.status).toBe('fail');
    expect(change?.message).toContain('age');
  });

  it('fails on an unavailable execution provider, and then does not start the server', async () => {
    const result = await checkServing(request({ executionProviders: ['cuda'] }));
    const byCheck = statuses(result);
    expect(byCheck.get('runtime.execution-provider')).toContain('fail');
    expect(byCheck.get('load.success')).toEqual(['fail']);
    expect(byCheck.get('serving.server')).toEqual(['skip']);
    expect(result.verdict.passed).toBe(false);
  });

  it('fails a memory limit the model cannot meet', async () => {
    const result = await checkServing(request({ memoryLimitBytes: 1024 * 1024 }));
    expect(statuses(result).get('load.memory')).toEqual(['fail']);
    expect(result.verdict.passed).toBe(false);
  });
});
