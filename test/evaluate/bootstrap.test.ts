import { describe, expect, it } from 'vitest';
import {
  type BootstrapInterval,
  type BootstrapResult,
  bootstrapInterval,
  pairedBootstrapDifference,
  quantileSorted,
  Xoshiro128,
} from '../../src/evaluate/bootstrap.js';
import { classificationMetrics } from '../../src/evaluate/metrics.js';

function defined(r: BootstrapResult): BootstrapInterval {
  if (r.low === null) throw new Error(`expected an interval, got: ${r.reason}`);
  return r;
}

function mean(values: Float64Array): (indices: Int32Array) => number {
  return (indices) => {
    let sum = 0;
    for (let i = 0; i < indices.length; i++) sum += values[indices[i]!]!;
    return sum / indices.length;
  };
}

/** Deterministic data: a Lehmer sequence mapped to [0, 1). */
function uniformData(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 48271) % 2147483647;
    out[i] = x / 2147483647;
  }
  return out;
}

describe('Xoshiro128 (xoshiro128** seeded by SplitMix32)', () => {
  // Outputs of the authors' C code with the same seeding: test/evaluate/fixtures/xoshiro128ss.c
  const vectors: [number, number[]][] = [
    [0, [3809008728, 1133695204, 53579671, 2891528803, 139681546, 2203266335]],
    [42, [2837322924, 544945897, 479756282, 3500138142, 339756180, 113173290]],
    [-1, [835879718, 1921286648, 2356205009, 1885780724, 980451116, 1053911718]], // -1 >>> 0 = 4294967295
  ];
  it.each(vectors)('seed %i matches the C reference', (seed, expected) => {
    const rng = new Xoshiro128(seed);
    expect(Array.from({ length: 6 }, () => rng.nextUint32())).toEqual(expected);
  });

  it('draws bounded integers uniformly', () => {
    const rng = new Xoshiro128(7);
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 70_000; i++) {
      const v = rng.nextBelow(7);
      expect(v >= 0 && v < 7).toBe(true);
      counts[v]!++;
    }
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500); // ~5 sd
    expect(new Xoshiro128(1).nextBelow(1)).toBe(0);
  });
});

describe('quantileSorted', () => {
  it('matches numpy linear interpolation', () => {
    const v = Float64Array.from([3, 1, 4, 1, 5, 9, 2, 6]).sort();
    // np.quantile(np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0]), [0.025, 0.5, 0.975]) (numpy 1.24.2)
    expect(quantileSorted(v, 0.025)).toBe(1.0);
    expect(quantileSorted(v, 0.5)).toBe(3.5);
    expect(Math.abs(quantileSorted(v, 0.975) - 8.475000000000001)).toBeLessThan(1e-12);
    expect(quantileSorted(Float64Array.from([4]), 0.975)).toBe(4);
  });
});

describe('bootstrapInterval', () => {
  const data = uniformData(400, 17);
  const options = { samples: 1000, seed: 2024, confidence: 0.95 };

  it('is deterministic for a seed and changes with it', () => {
    const a = defined(bootstrapInterval(data.length, mean(data), options));
    const b = defined(bootstrapInterval(data.length, mean(data), options));
    expect(b).toEqual(a);
    const c = defined(bootstrapInterval(data.length, mean(data), { ...options, seed: 2025 }));
    expect(c.low).not.toBe(a.low);
    expect(a).toMatchObject({ samples: 1000, validSamples: 1000, confidence: 0.95, method: 'percentile' });
  });

  it('contains the point estimate and has the width the CLT predicts', () => {
    const all = Int32Array.from(data.keys());
    const estimate = mean(data)(all);
    const r = defined(bootstrapInterval(data.length, mean(data), options));
    expect(r.low).toBeLessThan(estimate);
    expect(r.high).toBeGreaterThan(estimate);
    // Uniform(0,1): sd = 1/sqrt(12); 95% half-width ≈ 1.96 * 0.2887 / sqrt(400) = 0.0283
    const halfWidth = (r.high - r.low) / 2;
    expect(halfWidth).toBeGreaterThan(0.024);
    expect(halfWidth).toBeLessThan(0.033);
  });

  it('covers the true mean in about 95% of repeated experiments', () => {
    let covered = 0;
    const experiments = 200;
    for (let e = 0; e < experiments; e++) {
      const sample = uniformData(60, 1000 + e * 7919);
      const r = defined(bootstrapInterval(sample.length, mean(sample), { samples: 300, seed: e, confidence: 0.95 }));
      if (r.low <= 0.5 && 0.5 <= r.high) covered++;
    }
    expect(covered / experiments).toBeGreaterThan(0.88);
    expect(covered / experiments).toBeLessThanOrEqual(1);
  });

  it('excludes and counts resamples where the statistic is undefined', () => {
    let undefinedCalls = 0;
    const r = defined(
      bootstrapInterval(
        30,
        (indices) => {
          // Undefined whenever row 0 was not drawn (≈ (29/30)^30 ≈ 36% of resamples); NaN counts as undefined too.
          if (!indices.includes(0)) {
            undefinedCalls++;
            return undefinedCalls % 2 === 0 ? null : Number.NaN;
          }
          return indices.length;
        },
        { samples: 500, seed: 3, confidence: 0.9 },
      ),
    );
    expect(undefinedCalls).toBeGreaterThan(100);
    expect(r.validSamples).toBe(500 - undefinedCalls);
    expect(r.samples).toBe(500);
    expect([r.low, r.high]).toEqual([30, 30]);
  });

  it('returns a reason instead of an interval when nothing is defined', () => {
    expect(bootstrapInterval(10, () => null, options)).toEqual({
      low: null,
      high: null,
      reason: 'the statistic was undefined in all 1000 resamples',
    });
    expect(bootstrapInterval(0, () => 1, options)).toEqual({ low: null, high: null, reason: 'no rows to resample' });
  });

  it('bootstraps a metric through indices, with ROC-AUC undefined in one-class resamples', () => {
    const labels = Int32Array.from([1, 0, 0, 0, 0, 0, 0, 0]);
    const probabilities = Float64Array.from([
      0.2, 0.8, 0.7, 0.3, 0.6, 0.4, 0.9, 0.1, 0.8, 0.2, 0.5, 0.5, 0.55, 0.45, 0.3, 0.7,
    ]);
    const auc = (indices: Int32Array) =>
      classificationMetrics({ labels, probabilities, classes: ['no', 'yes'], indices }).rocAuc.value;
    const r = defined(bootstrapInterval(labels.length, auc, { samples: 400, seed: 9, confidence: 0.95 }));
    // P(row 0 never drawn) = (7/8)^8 ≈ 0.34: about a third of the resamples have one class only.
    expect(r.validSamples).toBeLessThan(320);
    expect(r.validSamples).toBeGreaterThan(200);
    expect(r.low).toBeGreaterThanOrEqual(0);
    expect(r.high).toBeLessThanOrEqual(1);
  });

  it('rejects bad options', () => {
    const s = () => 1;
    expect(() => bootstrapInterval(10, s, { ...options, samples: 0 })).toThrow(/samples/);
    expect(() => bootstrapInterval(10, s, { ...options, confidence: 1 })).toThrow(/confidence/);
    expect(() => bootstrapInterval(10, s, { ...options, seed: 0.5 })).toThrow(/seed/);
    expect(() => bootstrapInterval(-1, s, options)).toThrow(/n must be/);
  });
});

describe('pairedBootstrapDifference', () => {
  const options = { samples: 800, seed: 11, confidence: 0.95 };

  it('evaluates both statistics on the same indices', () => {
    const seenA: number[][] = [];
    const seenB: number[][] = [];
    defined(
      pairedBootstrapDifference(
        20,
        (i) => {
          seenA.push(Array.from(i));
          return 1;
        },
        (i) => {
          seenB.push(Array.from(i));
          return 0;
        },
        { ...options, samples: 5 },
      ),
    );
    expect(seenA).toHaveLength(5);
    expect(seenB).toEqual(seenA);
  });

  it('cancels the shared noise: A = B + 0.1 exactly gives a zero-width interval at 0.1', () => {
    const data = uniformData(200, 5);
    const b = mean(data);
    const a = (i: Int32Array) => b(i) + 0.1;
    const r = defined(pairedBootstrapDifference(data.length, a, b, options));
    expect(r.low).toBeCloseTo(0.1, 12);
    expect(r.high).toBeCloseTo(0.1, 12);
  });

  it('is narrower than the unpaired intervals when the models agree on hard rows', () => {
    const base = uniformData(300, 99);
    const noise = uniformData(300, 12345);
    const candidate = base.map((v, i) => v + 0.02 + 0.05 * (noise[i]! - 0.5));
    const paired = defined(pairedBootstrapDifference(base.length, mean(candidate), mean(base), options));
    const single = defined(bootstrapInterval(base.length, mean(base), options));
    expect(paired.high - paired.low).toBeLessThan((single.high - single.low) / 4);
    expect(paired.low).toBeGreaterThan(0); // the candidate is better by 0.02 on every row (± noise)
    expect(defined(pairedBootstrapDifference(base.length, mean(candidate), mean(base), options))).toEqual(paired);
  });

  it('counts a resample only when both statistics are defined', () => {
    let calls = 0;
    const r = defined(
      pairedBootstrapDifference(
        10,
        () => 2,
        () => (calls++ % 4 === 0 ? null : 1),
        { samples: 100, seed: 1, confidence: 0.9 },
      ),
    );
    expect(r.validSamples).toBe(75);
    expect([r.low, r.high]).toEqual([1, 1]);
    expect(
      pairedBootstrapDifference(
        10,
        () => null,
        () => 1,
        options,
      ),
    ).toMatchObject({ low: null, high: null });
  });
});
