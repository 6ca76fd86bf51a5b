import { describe, expect, it } from 'vitest';
import {
  type ComparisonInput,
  type ComparisonOptions,
  type ComparisonResult,
  compareModels,
  fixedBaselineFromJson,
} from '../../src/compare/compare.js';
import { type ComparisonConfig, parseComparisonConfig } from '../../src/compare/config.js';
import { ConfigurationError } from '../../src/core/errors.js';
import type { Check } from '../../src/core/verdict.js';
import { pairedBootstrapDifference } from '../../src/evaluate/bootstrap.js';
import { classificationMetrics, scalarMetrics } from '../../src/evaluate/metrics.js';
import { binaryProbabilities, binaryScenario } from './helpers.js';

const OPTIONS: ComparisonOptions = {
  bootstrapSamples: 200,
  seed: 7,
  confidence: 0.95,
  bootstrapPolicy: 'deny',
  candidateVersion: 'sha256:candidate',
  baselineVersion: 'sha256:baseline',
};

// Ten rows; the candidate gets rows 4 and 8 wrong: accuracy 0.8.
const LABELS = Int32Array.from([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
const CANDIDATE = binaryProbabilities([0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9, 0.4, 0.95]);
const CANDIDATE_LOG_LOSS = scalarMetrics(
  classificationMetrics({ labels: LABELS, probabilities: CANDIDATE, classes: ['0', '1'] }),
).logLoss?.value as number;

function small(baseline?: ComparisonInput['baseline']): ComparisonInput {
  return {
    task: 'binary',
    classes: ['0', '1'],
    labels: LABELS,
    candidate: CANDIDATE,
    ...(baseline === undefined ? {} : { baseline }),
  };
}

function config(metrics: Record<string, unknown>, extra: Record<string, unknown> = {}): ComparisonConfig {
  return parseComparisonConfig({ metrics, ...extra });
}

function check(result: ComparisonResult, id: string, feature?: string): Check {
  const found = result.checks.find((c) => c.check === id && (feature === undefined || c.feature === feature));
  if (found === undefined) throw new Error(`no check ${id}: ${result.checks.map((c) => c.check).join(', ')}`);
  return found;
}

describe('value bounds', () => {
  const cases: Array<[string, Record<string, unknown>, 'pass' | 'fail']> = [
    ['lower met', { accuracy: { lower: 0.8 } }, 'pass'],
    ['lower missed', { accuracy: { lower: 0.81 } }, 'fail'],
    ['upper met', { accuracy: { upper: 0.8 } }, 'pass'],
    ['upper missed', { accuracy: { upper: 0.79 } }, 'fail'],
    ['both met', { logLoss: { lower: 0, upper: CANDIDATE_LOG_LOSS + 0.01 } }, 'pass'],
    ['loss above upper', { logLoss: { upper: CANDIDATE_LOG_LOSS - 0.01 } }, 'fail'],
  ];
  it.each(cases)('%s', (_, metrics, expected) => {
    const result = compareModels(small({ fixedMetrics: { accuracy: 0.8, logLoss: 0.3 } }), config(metrics), OPTIONS);
    const [metric] = Object.keys(metrics);
    const bounds = check(result, `metric.${metric}.bounds`);
    expect(bounds.status).toBe(expected);
    expect(typeof bounds.value).toBe('number');
    expect(result.blessed).toBe(expected === 'pass');
  });
});

describe('change thresholds (candidate accuracy 0.8)', () => {
  // [name, metric, threshold, baseline value, expected]
  const cases: Array<[string, string, Record<string, unknown>, number, 'pass' | 'fail']> = [
    ['absolute: worse by exactly the limit', 'accuracy', { change: { absolute: 0.05 } }, 0.85, 'pass'],
    ['absolute: worse by more than the limit', 'accuracy', { change: { absolute: 0.04 } }, 0.85, 'fail'],
    ['absolute: better is always fine', 'accuracy', { change: { absolute: 0 } }, 0.7, 'pass'],
    ['relative: 5.9% worse within 6%', 'accuracy', { change: { relative: 0.06 } }, 0.85, 'pass'],
    ['relative: 5.9% worse beyond 5%', 'accuracy', { change: { relative: 0.05 } }, 0.85, 'fail'],
    [
      'direction override: lower accuracy is better',
      'accuracy',
      { change: { absolute: 0 }, direction: 'lower' },
      0.85,
      'pass',
    ],
    [
      'direction override: higher accuracy is worse',
      'accuracy',
      { change: { absolute: 0.05 }, direction: 'lower' },
      0.7,
      'fail',
    ],
    [
      'loss: higher is worse beyond the limit',
      'logLoss',
      { change: { absolute: 0.09 } },
      CANDIDATE_LOG_LOSS - 0.1,
      'fail',
    ],
    ['loss: higher within the limit', 'logLoss', { change: { absolute: 0.11 } }, CANDIDATE_LOG_LOSS - 0.1, 'pass'],
    ['loss: lower is better', 'logLoss', { change: { absolute: 0, relative: 0 } }, CANDIDATE_LOG_LOSS + 0.1, 'pass'],
    ['loss: relative 10% worse beyond 5%', 'logLoss', { change: { relative: 0.05 } }, CANDIDATE_LOG_LOSS / 1.1, 'fail'],
    [
      'loss: relative 10% worse within 11%',
      'logLoss',
      { change: { relative: 0.11 } },
      CANDIDATE_LOG_LOSS / 1.1,
      'pass',
    ],
  ];
  it.each(cases)('%s', (_, metric, threshold, baselineValue, expected) => {
    const result = compareModels(
      small({ fixedMetrics: { [metric]: baselineValue } }),
      config({ [metric]: threshold }),
      OPTIONS,
    );
    const changes = result.checks.filter((c) => c.check.startsWith(`metric.${metric}.change.`));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.status === expected)).toBe(true);
    expect(result.blessed).toBe(expected === 'pass');
  });

  it('records Δ, the threshold and both values in the message', () => {
    const result = compareModels(
      small({ fixedMetrics: { accuracy: 0.9 } }),
      config({ accuracy: { change: { absolute: 0.05, relative: 0.2 } } }),
      OPTIONS,
    );
    const absolute = check(result, 'metric.accuracy.change.absolute');
    expect(absolute).toMatchObject({ status: 'fail', threshold: 'Δ ≥ −0.05' });
    expect(absolute.value).toBeCloseTo(-0.1, 12);
    expect(absolute.message).toContain('0.9000 → 0.8000');
    const relative = check(result, 'metric.accuracy.change.relative');
    expect(relative.status).toBe('pass');
    expect(relative.value).toBeCloseTo(-0.1 / 0.9, 12);
  });

  it('works the same against a paired baseline (its metrics computed on the same rows)', () => {
    const baseline = binaryProbabilities([0.1, 0.2, 0.3, 0.4, 0.4, 0.7, 0.8, 0.9, 0.4, 0.95]); // accuracy 0.9
    const fail = compareModels(small(baseline), config({ accuracy: { change: { absolute: 0.05 } } }), OPTIONS);
    expect(check(fail, 'metric.accuracy.change.absolute').status).toBe('fail');
    expect(fail.metrics.baseline?.accuracy?.value).toBeCloseTo(0.9, 12);
    const pass = compareModels(small(baseline), config({ accuracy: { change: { absolute: 0.1 } } }), OPTIONS);
    expect(check(pass, 'metric.accuracy.change.absolute').status).toBe('pass');
  });

  it('fails a change gate whose baseline value is missing rather than passing it', () => {
    const result = compareModels(
      small({ fixedMetrics: { rocAuc: 0.9 } }),
      config({ accuracy: { change: { absolute: 0.05 } } }),
      OPTIONS,
    );
    expect(check(result, 'metric.accuracy.change.absolute').status).toBe('fail');
    expect(result.blessed).toBe(false);
  });
});

describe('interval gates on the paired bootstrap of candidate − baseline', () => {
  const scenario = binaryScenario(2000, 11);
  const input = (candidate: Float64Array): ComparisonInput => ({
    task: 'binary',
    classes: ['0', '1'],
    labels: scenario.labels,
    candidate,
    baseline: scenario.baseline,
  });
  const cases: Array<[string, 'equal' | 'worse' | 'better', Record<string, unknown>, 'pass' | 'fail']> = [
    [
      'non-inferiority, equal-ish candidate (higher is better)',
      'equal',
      { rocAuc: { nonInferiority: { margin: 0.01 } } },
      'pass',
    ],
    ['non-inferiority, clearly worse candidate', 'worse', { rocAuc: { nonInferiority: { margin: 0.01 } } }, 'fail'],
    [
      'non-inferiority, equal-ish candidate (lower is better)',
      'equal',
      { logLoss: { nonInferiority: { margin: 0.02 } } },
      'pass',
    ],
    ['non-inferiority, worse loss', 'worse', { logLoss: { nonInferiority: { margin: 0.02 } } }, 'fail'],
    ['non-inferiority, better candidate', 'better', { brier: { nonInferiority: { margin: 0 } } }, 'pass'],
    ['superiority, clearly better candidate', 'better', { rocAuc: { superiority: true } }, 'pass'],
    ['superiority, equal-ish candidate', 'equal', { rocAuc: { superiority: true } }, 'fail'],
    ['superiority on a loss, better candidate', 'better', { logLoss: { superiority: true } }, 'pass'],
    ['superiority on a loss, worse candidate', 'worse', { logLoss: { superiority: true } }, 'fail'],
  ];
  it.each(cases)('%s', (_, which, metrics, expected) => {
    const result = compareModels(input(scenario[which]), config(metrics), OPTIONS);
    const [metric] = Object.keys(metrics) as [string];
    const gate = result.checks.find((c) => c.check.startsWith(`metric.${metric}.`)) as Check;
    expect(gate.status).toBe(expected);
    const interval = result.metrics.difference[metric]?.interval;
    expect(interval?.low).not.toBeNull();
    expect(gate.message).toMatch(/95% paired bootstrap CI of Δ .* = \[/);
    // The gate reads the worse-side bound: the lower one when higher is better, else the upper one.
    const direction = result.metrics.difference[metric]?.direction;
    expect(gate.value).toBe(direction === 'higher' ? interval?.low : interval?.high);
    expect(result.blessed).toBe(expected === 'pass');
  });

  it('gives exactly the interval pairedBootstrapDifference gives for the metric alone', () => {
    const result = compareModels(
      input(scenario.equal),
      config({ rocAuc: { nonInferiority: { margin: 0.01 } } }),
      OPTIONS,
    );
    const rocAuc = (probabilities: Float64Array) => (indices: Int32Array) =>
      classificationMetrics({ labels: scenario.labels, probabilities, classes: ['0', '1'], indices }).rocAuc.value;
    const expected = pairedBootstrapDifference(2000, rocAuc(scenario.equal), rocAuc(scenario.baseline), {
      samples: OPTIONS.bootstrapSamples,
      seed: OPTIONS.seed,
      confidence: OPTIONS.confidence,
    });
    expect(result.metrics.difference.rocAuc?.interval).toEqual(expected);
  });

  it('fails an interval gate when bootstrap-samples is 0', () => {
    const result = compareModels(input(scenario.equal), config({ rocAuc: { nonInferiority: { margin: 0.01 } } }), {
      ...OPTIONS,
      bootstrapSamples: 0,
    });
    const gate = check(result, 'metric.rocAuc.non-inferiority');
    expect(gate.status).toBe('fail');
    expect(gate.message).toContain('bootstrap-samples is 0');
  });

  it('is deterministic per seed and moves with the seed', () => {
    const run = (seed: number) => {
      const result = compareModels(input(scenario.equal), config({ rocAuc: { nonInferiority: { margin: 0.01 } } }), {
        ...OPTIONS,
        seed,
      });
      return { ...result, verdict: { ...result.verdict, createdAt: '' } };
    };
    expect(run(3)).toEqual(run(3));
    expect(run(3).metrics.difference.rocAuc?.interval).not.toEqual(run(4).metrics.difference.rocAuc?.interval);
  });
});

describe('slices', () => {
  const scenario = binaryScenario(2000, 5);
  // The candidate equals the baseline on plan=a and is the weak model on plan=b.
  const mixed = Float64Array.from(scenario.baseline);
  scenario.plan.forEach((plan, row) => {
    if (plan === 'b') {
      mixed[row * 2] = scenario.worse[row * 2]!;
      mixed[row * 2 + 1] = scenario.worse[row * 2 + 1]!;
    }
  });
  const sliced = (candidate: Float64Array, baseline: ComparisonInput['baseline']): ComparisonInput => ({
    task: 'binary',
    classes: ['0', '1'],
    labels: scenario.labels,
    candidate,
    ...(baseline === undefined ? {} : { baseline }),
    sliceColumns: new Map([['plan', scenario.plan]]),
  });
  const slices = (extra: Record<string, unknown> = {}) =>
    parseComparisonConfig({ slices: { specs: ['plan'], metric: 'rocAuc', change: { absolute: 0.02 }, ...extra } });

  it('fails the slice that regressed and ranks it worst', () => {
    const result = compareModels(sliced(mixed, scenario.baseline), slices(), OPTIONS);
    expect(result.blessed).toBe(false);
    const failed = result.checks.filter((c) => c.check === 'slice.change' && c.status === 'fail');
    expect(failed.map((c) => c.feature)).toEqual(['plan=b']);
    expect(result.worstSlices.map((s) => [s.key, s.status])).toEqual([
      ['plan=b', 'fail'],
      ['plan=a', 'pass'],
    ]);
    expect(result.worstSlices[1]?.difference).toBe(0);
    expect(result.sliceMetric).toBe('rocAuc');
  });

  it('passes when no slice regressed', () => {
    const result = compareModels(sliced(scenario.baseline, scenario.baseline), slices(), OPTIONS);
    expect(result.blessed).toBe(true);
    expect(check(result, 'slice.change').status).toBe('pass');
  });

  it('skips slices below the minimum size instead of gating on noise', () => {
    const result = compareModels(sliced(mixed, scenario.baseline), slices({ minSize: 5000 }), OPTIONS);
    expect(result.worstSlices.every((s) => s.status === 'skip')).toBe(true);
    expect(check(result, 'slice.change').status).toBe('warn');
  });

  const recorded = (keys: Array<[string, number, number]>) =>
    fixedBaselineFromJson(
      {
        format: 'mlops-actions/metrics',
        metrics: { rocAuc: { value: 0.8 }, accuracy: { value: 0.7 } },
        slices: {
          ranked: keys.map(([key, size, value], rank) => ({ rank, key, size, value, metrics: { rocAuc: { value } } })),
          skipped: [],
        },
      },
      'old/metrics.json',
    );

  it('fails a baseline slice that the candidate data lack (fixed-metrics baseline)', () => {
    const baseline = recorded([
      ['plan=a', 1000, 0.5],
      ['plan=c', 400, 0.5],
      ['region=x', 400, 0.5], // another slicing, not configured now: ignored
    ]);
    const result = compareModels(sliced(scenario.baseline, baseline), slices(), OPTIONS);
    const missing = check(result, 'slice.missing');
    expect(missing).toMatchObject({ status: 'fail', feature: 'plan=c', value: 0 });
    expect(missing.message).toContain('failOnMissing: false');
    expect(result.blessed).toBe(false);
    expect(result.worstSlices.find((s) => s.key === 'plan=b')?.message).toBe('new slice: not in the baseline');
    const allowed = compareModels(sliced(scenario.baseline, baseline), slices({ failOnMissing: false }), OPTIONS);
    expect(check(allowed, 'slice.missing').status).toBe('warn');
    expect(allowed.blessed).toBe(true);
  });

  it('fails a baseline slice that is too small in the candidate data', () => {
    const result = compareModels(
      sliced(scenario.baseline, recorded([['plan=a', 1000, 0.5]])),
      slices({ minSize: 1001 }),
      OPTIONS,
    );
    // The recorded slice itself is below the new minimum: not held against the candidate.
    expect(result.checks.some((c) => c.check === 'slice.missing')).toBe(false);
    const small = compareModels(
      sliced(scenario.baseline, recorded([['plan=a', 1500, 0.5]])),
      slices({ minSize: 1001 }),
      OPTIONS,
    );
    expect(check(small, 'slice.missing')).toMatchObject({ status: 'fail', value: 1000 });
  });

  it('compares recorded slices by their change', () => {
    const result = compareModels(
      sliced(
        mixed,
        recorded([
          ['plan=a', 1000, 0.99],
          ['plan=b', 1000, 0.1],
        ]),
      ),
      slices(),
      OPTIONS,
    );
    expect(check(result, 'slice.change', 'plan=a').status).toBe('fail');
    expect(result.worstSlices[0]?.key).toBe('plan=a');
  });

  it('is a configuration error when the sliced column was not read', () => {
    expect(() =>
      compareModels(
        { ...sliced(mixed, scenario.baseline), sliceColumns: new Map([['region', scenario.plan]]) },
        slices(),
        OPTIONS,
      ),
    ).toThrow(/feature 'plan', which is not a column/);
  });
});

describe('first run and fail-closed policy', () => {
  const thresholds = config({ accuracy: { lower: 0.7, change: { absolute: 0.01 }, nonInferiority: { margin: 0.01 } } });

  it('allow: blesses with a recorded warning, still checks the bounds, skips the comparisons', () => {
    const result = compareModels(small(), thresholds, {
      ...OPTIONS,
      bootstrapPolicy: 'allow',
      baselineVersion: undefined,
    });
    expect(result.firstRun).toBe(true);
    expect(result.blessed).toBe(true);
    expect(result.verdict).toMatchObject({ kind: 'compare-baseline', passed: true });
    expect(check(result, 'baseline.first-run')).toMatchObject({
      status: 'warn',
      message: expect.stringContaining('first run, no baseline: allowed by bootstrap: allow'),
    });
    expect(check(result, 'metric.accuracy.bounds').status).toBe('pass');
    expect(check(result, 'metric.accuracy.change.absolute').status).toBe('skip');
    expect(check(result, 'metric.accuracy.non-inferiority').status).toBe('skip');
    expect(result.flipRate).toBeNull();
    expect(result.baselineVersion).toBeNull();
  });

  it('allow: a missed bound still fails', () => {
    const result = compareModels(small(), config({ accuracy: { lower: 0.9 } }), {
      ...OPTIONS,
      bootstrapPolicy: 'allow',
    });
    expect(result.blessed).toBe(false);
  });

  it('deny: not blessed, and the message says how to allow', () => {
    const result = compareModels(small(), thresholds, OPTIONS);
    expect(result.blessed).toBe(false);
    const first = check(result, 'baseline.first-run');
    expect(first.status).toBe('fail');
    expect(first.message).toMatch(/`bootstrap`.*`allow`/);
  });

  const noThresholds: Array<[string, ComparisonInput['baseline'], 'allow' | 'deny']> = [
    ['with a baseline model', binaryProbabilities([0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9, 0.4, 0.95]), 'deny'],
    ['with a fixed-metrics baseline', { fixedMetrics: { accuracy: 0.5 } }, 'deny'],
    ['on a first run with bootstrap: allow', undefined, 'allow'],
  ];
  it.each(noThresholds)('no thresholds fails closed %s', (_, baseline, policy) => {
    const result = compareModels(small(baseline), parseComparisonConfig(undefined), {
      ...OPTIONS,
      bootstrapPolicy: policy,
    });
    expect(result.blessed).toBe(false);
    expect(check(result, 'config.thresholds')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('no thresholds configured: set compare-baseline.metrics in mlops.yml'),
    });
  });
});

describe('fixed-metrics baseline', () => {
  it("reads evaluate's metrics.json, flattening macro/micro/weighted averages", () => {
    const metrics = classificationMetrics({ labels: LABELS, probabilities: CANDIDATE, classes: ['0', '1'] });
    const fixed = fixedBaselineFromJson(
      JSON.parse(JSON.stringify({ format: 'mlops-actions/metrics', metrics })),
      'm.json',
    );
    expect(fixed.fixedMetrics).toEqual(
      Object.fromEntries(Object.entries(scalarMetrics(metrics)).map(([name, value]) => [name, value.value])),
    );
    expect(fixed.slices).toEqual([]);
    expect(fixedBaselineFromJson(JSON.parse(JSON.stringify(metrics)), 'm.json').fixedMetrics).toEqual(
      fixed.fixedMetrics,
    );
    expect(fixedBaselineFromJson({ rocAuc: 0.8, logLoss: null }, 'flat.json')).toEqual({
      fixedMetrics: { rocAuc: 0.8, logLoss: null },
      source: 'flat.json',
    });
    expect(
      fixedBaselineFromJson({ metrics: { candidate: { rocAuc: { value: 0.7 } } } }, 'r.json').fixedMetrics,
    ).toEqual({
      rocAuc: 0.7,
    });
    expect(() => fixedBaselineFromJson({ hello: 'world' }, 'x.json')).toThrow(ConfigurationError);
    expect(() => fixedBaselineFromJson([1, 2], 'x.json')).toThrow(ConfigurationError);
  });

  it('supports value and change thresholds but skips interval gates with the reason', () => {
    const result = compareModels(
      small({ fixedMetrics: { accuracy: 0.79 }, source: 'prod/metrics.json' }),
      config({ accuracy: { lower: 0.5, change: { absolute: 0.01 }, nonInferiority: { margin: 0.01 } } }),
      OPTIONS,
    );
    expect(result.baselineKind).toBe('fixed-metrics');
    expect(check(result, 'metric.accuracy.bounds').status).toBe('pass');
    expect(check(result, 'metric.accuracy.change.absolute').status).toBe('pass');
    const gate = check(result, 'metric.accuracy.non-inferiority');
    expect(gate.status).toBe('skip');
    expect(gate.message).toContain('fixed-metrics file (prod/metrics.json)');
    expect(result.metrics.difference.accuracy?.value).toBeCloseTo(0.01, 12);
    expect(result.metrics.difference.accuracy?.interval?.low).toBeNull();
    expect(result.flipRate).toBeNull();
    expect(result.blessed).toBe(true);
  });

  it('fails closed when every configured gate had to be skipped', () => {
    const result = compareModels(
      small({ fixedMetrics: { accuracy: 0.79 } }),
      config({ accuracy: { nonInferiority: { margin: 0.01 } } }),
      OPTIONS,
    );
    expect(check(result, 'config.nothing-checked').status).toBe('fail');
    expect(result.blessed).toBe(false);
  });
});

describe('flip rate', () => {
  it('counts rows whose predicted class changes (binary)', () => {
    const baseline = binaryProbabilities([0.9, 0.2, 0.3, 0.4, 0.4, 0.7, 0.8, 0.9, 0.6, 0.95]);
    // Rows 0 (1 → 0), 4 (0 → 1) and 8 (1 → 0) flip.
    const result = compareModels(small(baseline), config({ accuracy: { lower: 0 } }), OPTIONS);
    expect(result.flipRate).toEqual({ rate: 0.3, flipped: 3, rows: 10, kind: 'class' });
  });

  it('uses the first class on ties, as argmax does (multiclass)', () => {
    const candidate = Float64Array.from([0.5, 0.5, 0, 0.2, 0.3, 0.5, 1, 0, 0, 0.3, 0.3, 0.4]);
    const baseline = Float64Array.from([0.4, 0.6, 0, 0.2, 0.3, 0.5, 0.4, 0.4, 0.2, 0.3, 0.4, 0.3]);
    const result = compareModels(
      { task: 'multiclass', classes: ['a', 'b', 'c'], labels: Int32Array.from([0, 2, 0, 2]), candidate, baseline },
      config({ accuracy: { lower: 0 } }),
      OPTIONS,
    );
    // argmax candidate: 0, 2, 0, 2; baseline: 1, 2, 0, 1.
    expect(result.flipRate).toEqual({ rate: 0.5, flipped: 2, rows: 4, kind: 'class' });
  });

  it('counts regression predictions that move beyond the tolerance, with the mean absolute difference', () => {
    const input: ComparisonInput = {
      task: 'regression',
      targets: Float64Array.from([1, 2, 3, 4]),
      candidate: Float64Array.from([1, 2.4, 3.6, 5]),
      baseline: Float64Array.from([1, 2, 3, 4]),
    };
    const result = compareModels(input, config({ rmse: { upper: 10 } }, { flipTolerance: 0.5 }), OPTIONS);
    expect(result.flipRate?.rate).toBe(0.5);
    expect(result.flipRate?.flipped).toBe(2);
    expect(result.flipRate?.meanAbsoluteDifference).toBeCloseTo(0.5, 12);
    expect(result.flipRate?.tolerance).toBe(0.5);
    // Default tolerance: a tenth of the targets' standard deviation (sqrt(1.25) / 10 ≈ 0.112).
    const defaulted = compareModels(input, config({ rmse: { upper: 10 } }), OPTIONS);
    expect(defaulted.flipRate?.tolerance).toBeCloseTo(Math.sqrt(1.25) / 10, 12);
    expect(defaulted.flipRate?.flipped).toBe(3);
    expect(check(defaulted, 'metric.rmse.bounds').status).toBe('pass');
  });
});

describe('configuration errors', () => {
  it('rejects misaligned predictions', () => {
    expect(() => compareModels(small(new Float64Array(18)), config({ accuracy: { lower: 0 } }), OPTIONS)).toThrow(
      /baseline gives 18 probabilities, expected 10 rows × 2 classes = 20/,
    );
    expect(() =>
      compareModels(
        {
          task: 'regression',
          targets: new Float64Array(3),
          candidate: new Float64Array(3),
          baseline: new Float64Array(4),
        },
        config({ rmse: { upper: 1 } }),
        OPTIONS,
      ),
    ).toThrow(ConfigurationError);
  });

  it('rejects a metric that is not one of the task', () => {
    const regressionOnly = parseComparisonConfig({ metrics: { rmse: { upper: 1 } } });
    expect(() => compareModels(small({ fixedMetrics: { rmse: 1 } }), regressionOnly, OPTIONS)).toThrow(
      /"rmse", which is not a binary metric; use one of: accuracy, balancedAccuracy/,
    );
    const bogus: ComparisonConfig = { metrics: { wobble: { direction: 'higher', lower: 1 } } };
    expect(() => compareModels(small(), bogus, OPTIONS)).toThrow(ConfigurationError);
  });

  it('rejects bad options', () => {
    expect(() => compareModels(small(), config({ accuracy: { lower: 0 } }), { ...OPTIONS, confidence: 95 })).toThrow(
      /confidence-level must be in \(0, 1\)/,
    );
  });
});

describe('regression comparisons', () => {
  it('gates rmse (lower is better) on the paired interval, with float32 predictions', () => {
    const n = 500;
    const targets = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 10);
    const baseline = Float64Array.from(targets, (y, i) => y + Math.cos(i * 7));
    const worse = Float32Array.from(targets, (y, i) => y + 2 * Math.cos(i * 7));
    const same = Float32Array.from(baseline);
    const thresholds = config({ rmse: { nonInferiority: { margin: 0.05 } }, r2: { change: { absolute: 0.01 } } });
    const run = (candidate: Float32Array) =>
      compareModels({ task: 'regression', targets, candidate, baseline }, thresholds, OPTIONS);
    const ok = run(same);
    expect(check(ok, 'metric.rmse.non-inferiority').status).toBe('pass');
    expect(ok.blessed).toBe(true);
    const bad = run(worse);
    expect(check(bad, 'metric.rmse.non-inferiority')).toMatchObject({
      status: 'fail',
      threshold: 'CI upper bound of Δ < +0.05',
    });
    expect(check(bad, 'metric.r2.change.absolute').status).toBe('fail');
    expect(bad.flipRate?.kind).toBe('value');
  });
});
