import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/core/random.js';
import {
  type CategoricalDistribution,
  type DriftMethod,
  type DriftOverride,
  detectDrift,
  type FeatureDistribution,
  type NumericDistribution,
  selectMethod,
} from '../../src/stats/drift.js';
import { weightedSample } from '../../src/stats/tests.js';

const rng = mulberry32;

function normals(seed: number, n: number, mean: number, sd: number): number[] {
  const u = rng(seed);
  return Array.from({ length: n }, () => mean + sd * Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u()));
}

function numeric(values: number[]): NumericDistribution {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const std = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  const sample = weightedSample(values);
  return { kind: 'numeric', count: values.length, distinct: sample.values.length, std, sample };
}

function categorical(seed: number, n: number, categories: string[], probs: number[]): CategoricalDistribution {
  const u = rng(seed);
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    let r = u();
    let k = 0;
    while (k < probs.length - 1 && r >= (probs[k] ?? 1)) r -= probs[k++] ?? 1;
    const c = categories[k] ?? 'x';
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return { kind: 'categorical', count: n, counts };
}

function numericWith(count: number, distinct: number): NumericDistribution {
  const values = Array.from({ length: distinct }, (_, i) => i);
  const weights = values.map(() => count / distinct);
  return {
    kind: 'numeric',
    count,
    distinct,
    std: 1,
    sample: { values: Float64Array.from(values), weights: Float64Array.from(weights) },
  };
}

function categoricalWith(count: number, categories: number): CategoricalDistribution {
  return {
    kind: 'categorical',
    count,
    counts: new Map(Array.from({ length: categories }, (_, i) => [`c${i}`, count / categories])),
  };
}

describe('selectMethod (Evidently _get_default_stattest)', () => {
  const rows: [string, FeatureDistribution, DriftOverride | undefined, DriftMethod, number][] = [
    ['small numeric, > 5 values -> KS', numericWith(1000, 6), undefined, 'ks', 0.05],
    ['small numeric, 3..5 values -> chi-squared', numericWith(500, 5), undefined, 'chisquare', 0.05],
    ['small numeric, 3 values -> chi-squared', numericWith(500, 3), undefined, 'chisquare', 0.05],
    ['small numeric, binary -> z', numericWith(500, 2), undefined, 'z', 0.05],
    ['small categorical, > 2 categories -> chi-squared', categoricalWith(1000, 3), undefined, 'chisquare', 0.05],
    ['small categorical, binary -> z', categoricalWith(200, 2), undefined, 'z', 0.05],
    ['large numeric -> Wasserstein', numericWith(1001, 50), undefined, 'wasserstein', 0.1],
    ['large numeric, <= 5 values -> Jensen-Shannon', numericWith(5000, 4), undefined, 'jensenshannon', 0.1],
    ['large categorical -> Jensen-Shannon', categoricalWith(1001, 2), undefined, 'jensenshannon', 0.1],
    ['override method keeps its default threshold', numericWith(5000, 50), { method: 'psi' }, 'psi', 0.1],
    ['override threshold only', numericWith(500, 50), { threshold: 0.01 }, 'ks', 0.01],
    ['override both', categoricalWith(5000, 4), { method: 'chisquare', threshold: 0.001 }, 'chisquare', 0.001],
  ];
  it.each(rows)('%s', (_name, reference, override, method, threshold) => {
    expect(selectMethod(reference, override)).toEqual({ method, threshold });
  });

  it('counts unique values over reference and current, as Evidently does', () => {
    const ref: CategoricalDistribution = {
      kind: 'categorical',
      count: 100,
      counts: new Map([
        ['a', 50],
        ['b', 50],
      ]),
    };
    const cur: CategoricalDistribution = {
      kind: 'categorical',
      count: 90,
      counts: new Map([
        ['a', 40],
        ['c', 50],
      ]),
    };
    expect(selectMethod(ref).method).toBe('z');
    expect(selectMethod(ref, undefined, { current: cur }).method).toBe('chisquare');
  });

  it('honours smallReferenceRows', () => {
    expect(selectMethod(numericWith(500, 50), undefined, { smallReferenceRows: 100 }).method).toBe('wasserstein');
  });

  it('rejects numeric-only methods on categorical data and bad thresholds', () => {
    expect(() => selectMethod(categoricalWith(100, 3), { method: 'ks' })).toThrow(RangeError);
    expect(() => selectMethod(categoricalWith(100, 3), { method: 'wasserstein' })).toThrow(RangeError);
    expect(() => selectMethod(numericWith(100, 30), { threshold: -1 })).toThrow(RangeError);
  });
});

describe('detectDrift on a seeded synthetic pair', () => {
  const plans = ['basic', 'pro', 'team', 'enterprise'];
  const reference = new Map<string, FeatureDistribution>([
    ['age_small', numeric(normals(1, 800, 40, 10))],
    ['income_small', numeric(normals(2, 800, 50, 5))],
    ['age_large', numeric(normals(3, 5000, 40, 10))],
    ['income_large', numeric(normals(4, 5000, 50, 5))],
    ['plan_small', categorical(5, 900, plans, [0.4, 0.3, 0.2, 0.1])],
    ['plan_large', categorical(6, 4000, plans, [0.4, 0.3, 0.2, 0.1])],
    ['only_in_reference', numeric(normals(7, 100, 0, 1))],
  ]);
  const current = new Map<string, FeatureDistribution>([
    ['age_small', numeric(normals(11, 700, 40, 10))], // unchanged
    ['income_small', numeric(normals(12, 700, 55, 5))], // shifted by one sd
    ['age_large', numeric(normals(13, 6000, 40, 10))], // unchanged
    ['income_large', numeric(normals(14, 6000, 52, 5))], // shifted by 0.4 sd
    ['plan_small', categorical(15, 800, plans, [0.4, 0.3, 0.2, 0.1])], // unchanged
    ['plan_large', categorical(16, 4000, plans, [0.1, 0.2, 0.3, 0.4])], // reversed
  ]);

  it('picks the Evidently methods, records effect size, PSI and p-values, and flags only the drifted', () => {
    const result = detectDrift(reference, current);
    const byName = new Map(result.features.map((f) => [f.feature, f]));
    expect([...byName.keys()].sort()).toEqual(
      ['age_large', 'age_small', 'income_large', 'income_small', 'plan_large', 'plan_small'].sort(),
    );
    const expected: Record<string, [DriftMethod, boolean]> = {
      age_small: ['ks', false],
      income_small: ['ks', true],
      age_large: ['wasserstein', false],
      income_large: ['wasserstein', true],
      plan_small: ['chisquare', false],
      plan_large: ['jensenshannon', true],
    };
    for (const [name, [method, drifted]] of Object.entries(expected)) {
      const f = byName.get(name);
      expect(f, name).toBeDefined();
      if (f === undefined) continue;
      expect(f.method, name).toBe(method);
      expect(f.drifted, `${name}: ${f.reason}`).toBe(drifted);
      expect(Number.isFinite(f.effectSize), name).toBe(true);
      expect(Number.isFinite(f.psi), name).toBe(true);
      expect(f.reason.length, name).toBeGreaterThan(20);
      if (method === 'ks' || method === 'chisquare') {
        expect(f.pValue, name).not.toBeNull();
        expect(f.adjustedPValue ?? -1, name).toBeGreaterThanOrEqual(f.pValue ?? 2);
      } else {
        expect(f.pValue, name).toBeNull();
        expect(f.adjustedPValue, name).toBeNull();
      }
    }
    // effect sizes separate the shifted features from the unchanged ones whatever test ran
    expect(byName.get('income_small')?.effectSize ?? 0).toBeGreaterThan(0.5);
    expect(byName.get('age_small')?.effectSize ?? 1).toBeLessThan(0.15);
    expect(byName.get('plan_large')?.psi ?? 0).toBeGreaterThan(0.5);
    expect(byName.get('plan_small')?.psi ?? 1).toBeLessThan(0.05);
    // Wasserstein as the test: the statistic is the recorded effect size
    expect(byName.get('income_large')?.statistic).toBe(byName.get('income_large')?.effectSize);

    expect(result.driftedCount).toBe(3);
    expect(result.share).toBe(0.5);
    expect(result.datasetDrifted).toBe(true); // share >= driftShare, Evidently's rule
    expect(result.correction).toBe('benjamini-hochberg');
    // worst first: drifted ones first, by effect size
    expect(result.features.slice(0, 3).every((f) => f.drifted)).toBe(true);
    expect(result.features[0]?.feature).toBe('income_small');
  });

  it('without correction the adjusted p-value equals the raw one', () => {
    const result = detectDrift(reference, current, { correction: 'none', driftShare: 0.6 });
    for (const f of result.features) expect(f.adjustedPValue).toBe(f.pValue);
    expect(result.datasetDrifted).toBe(false);
    expect(result.correction).toBe('none');
  });

  it('applies overrides per feature', () => {
    const result = detectDrift(reference, current, {
      overrides: { age_large: { method: 'ks' }, plan_large: { method: 'psi', threshold: 5 } },
    });
    const age = result.features.find((f) => f.feature === 'age_large');
    const plan = result.features.find((f) => f.feature === 'plan_large');
    expect(age?.method).toBe('ks');
    expect(age?.pValue).not.toBeNull();
    expect(plan?.method).toBe('psi');
    expect(plan?.statistic).toBe(plan?.psi);
    expect(plan?.drifted).toBe(false);
  });

  it('treats a category unseen in the reference as drift under chi-squared', () => {
    const ref: CategoricalDistribution = {
      kind: 'categorical',
      count: 100,
      counts: new Map([
        ['a', 50],
        ['b', 30],
        ['c', 20],
      ]),
    };
    const cur: CategoricalDistribution = {
      kind: 'categorical',
      count: 100,
      counts: new Map([
        ['a', 50],
        ['b', 30],
        ['d', 20],
      ]),
    };
    const result = detectDrift(new Map([['f', ref]]), new Map([['f', cur]]));
    const f = result.features[0];
    expect(f?.method).toBe('chisquare');
    expect(f?.pValue).toBe(0);
    expect(f?.drifted).toBe(true);
    expect(Number.isFinite(f?.psi)).toBe(true);
  });

  it('binary features use the z test on the non-first value', () => {
    const ref: NumericDistribution = numeric([...Array(150).fill(0), ...Array(50).fill(1)]);
    const cur: NumericDistribution = numeric([...Array(100).fill(0), ...Array(100).fill(1)]);
    const f = detectDrift(new Map([['flag', ref]]), new Map([['flag', cur]])).features[0];
    expect(f?.method).toBe('z');
    expect(f?.statistic ?? 0).toBeLessThan(0); // 25% in reference vs 50% now
    expect(f?.drifted).toBe(true);
  });

  it('empty input and kind changes are errors, no features is no drift', () => {
    const empty: NumericDistribution = {
      kind: 'numeric',
      count: 0,
      distinct: 0,
      std: 0,
      sample: { values: new Float64Array(), weights: new Float64Array() },
    };
    expect(() => detectDrift(new Map([['x', numeric([1, 2, 3])]]), new Map([['x', empty]]))).toThrow(RangeError);
    expect(() => detectDrift(new Map([['x', numeric([1, 2, 3])]]), new Map([['x', categoricalWith(10, 2)]]))).toThrow(
      RangeError,
    );
    expect(detectDrift(new Map(), new Map())).toEqual({
      features: [],
      driftedCount: 0,
      share: 0,
      datasetDrifted: false,
      correction: 'benjamini-hochberg',
    });
  });
});
