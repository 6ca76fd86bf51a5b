/**
 * Expected numbers come from scipy 1.17.1 / numpy 2.4.6 via scripts/reference/stats_reference.py
 * (the comment on each row names the call). Nothing here calls Python.
 */
import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  chiSquareGoodnessOfFit,
  jensenShannonDistance,
  ksPValue,
  ksStatistic,
  ksTwoSampleTest,
  kstwoSf,
  populationStabilityIndex,
  twoProportionZTest,
  type WeightedSample,
  wassersteinDistance,
  weightedSample,
} from '../../src/stats/tests.js';

function expectRel(actual: number, expected: number, rel = 1e-9): void {
  if (expected === 0) {
    expect(Math.abs(actual)).toBeLessThanOrEqual(rel);
    return;
  }
  const err = Math.abs(actual - expected) / Math.abs(expected);
  expect(err, `actual ${actual} vs expected ${expected} (relative error ${err})`).toBeLessThanOrEqual(rel);
}

function ws(values: number[], weights: number[]): WeightedSample {
  return { values: Float64Array.from(values), weights: Float64Array.from(weights) };
}

// Same generators as stats_reference.py (integer arithmetic stays below 2^53, division is exact-rounded).
const midA = Array.from({ length: 300 }, (_, i) => ((i * 7919) % 1000) / 100);
const midB = Array.from({ length: 450 }, (_, i) => ((i * 104729) % 1000) / 100 + 0.5);
const bigA = Array.from({ length: 12000 }, (_, i) => ((i * 7919) % 10007) / 1000);
const bigB = Array.from({ length: 800 }, (_, i) => ((i * 15485863) % 10007) / 1000 + 0.3);

describe('weightedSample', () => {
  it('sorts and collapses ties into weights', () => {
    const s = weightedSample([3, 1, 2, 3, 1, 3]);
    expect(Array.from(s.values)).toEqual([1, 2, 3]);
    expect(Array.from(s.weights)).toEqual([2, 1, 3]);
  });
  it('rejects empty and non-finite input', () => {
    expect(() => weightedSample([])).toThrow(RangeError);
    expect(() => weightedSample([1, Number.NaN])).toThrow(RangeError);
    expect(() => weightedSample([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

describe('ksTwoSampleTest vs scipy.stats.ks_2samp', () => {
  // [name, a, b, statistic, pvalue]; each row: scipy 1.17.1 ks_2samp(a, b) (method='auto')
  const cases: [string, number[], number[], number, number][] = [
    [
      'ties, unequal sizes (exact)',
      [1, 2, 2, 3, 4, 5, 5, 5, 6],
      [2, 3, 3, 4, 7, 8, 8],
      0.42857142857142855,
      0.368006993006993,
    ],
    ['equal sizes (exact, n == m)', [0.1, 0.4, 0.5, 0.9, 1.3], [0.2, 0.6, 0.7, 1.5, 1.8], 0.4, 0.873015873015873],
    ['identical', [1, 2, 3], [1, 2, 3], 0, 1],
    ['disjoint', [1, 2, 3, 4], [10, 11, 12, 13, 14, 15], 1, 0.009523809523809525],
    ['300 vs 450 with ties (exact)', midA, midB, 0.056666666666666664, 0.5959710714904323],
    ['12000 vs 800 (asymptotic, kstwo en=750)', bigA, bigB, 0.03225, 0.40777087572827075],
  ];
  it.each(cases)('%s', (_name, a, b, statistic, pValue) => {
    const r = ksTwoSampleTest(weightedSample(a), weightedSample(b));
    expectRel(r.statistic, statistic);
    expectRel(r.pValue, pValue);
  });

  it('uses the explicit sizes for the p-value (a sketch with scaled weights)', () => {
    const a = weightedSample([1, 2, 2, 3, 4, 5, 5, 5, 6]);
    const scaled = { values: a.values, weights: a.weights.map((w) => w * 0.5) };
    const r = ksTwoSampleTest(scaled, weightedSample([2, 3, 3, 4, 7, 8, 8]), 9, 7);
    expectRel(r.pValue, 0.368006993006993); // scipy ks_2samp([1,2,2,3,4,5,5,5,6],[2,3,3,4,7,8,8]).pvalue
  });

  it('statistic is symmetric and accepts weights', () => {
    const a = ws([1, 2, 3], [1, 1, 2]);
    const b = ws([2, 4], [3, 1]);
    expect(ksStatistic(a, b)).toBe(ksStatistic(b, a));
    // F_a(1)=0.25, F_b(1)=0 ; F_a(2)=0.5, F_b(2)=0.75 ; F_a(3)=1, F_b(3)=0.75 => 0.25
    expectRel(ksStatistic(a, b), 0.25);
  });

  it('rejects empty samples, bad weights and bad sizes', () => {
    expect(() => ksStatistic(ws([], []), ws([1], [1]))).toThrow(RangeError);
    expect(() => ksStatistic(ws([1, 2], [1, 0]), ws([1], [1]))).toThrow(RangeError);
    expect(() => ksStatistic(ws([2, 1], [1, 1]), ws([1], [1]))).toThrow(RangeError);
    expect(() => ksPValue(0.2, 0, 5)).toThrow(RangeError);
    expect(() => ksPValue(Number.NaN, 5, 5)).toThrow(RangeError);
  });
});

describe('kstwoSf / asymptotic ksPValue vs scipy.stats.kstwo.sf', () => {
  // [x, n, scipy 1.17.1 kstwo.sf(x, n)]; rows chosen to hit every branch of scipy's _kolmogn:
  // Smirnov sum, Durbin matrix (DMTW), Pomeranz, Pelz-Good, the n > 1e6-free paths, x >= 0.5.
  const rows: [number, number, number][] = [
    [0.05, 8571, 4.623614963013288e-19],
    [0.01, 8571, 0.35577624429321764],
    [0.02, 5000, 0.03613941395325637],
    [0.3, 60, 2.7617543388165356e-5],
    [0.1, 60, 0.5521961259289287],
    [0.15, 100, 0.019839242125641813],
    [0.004, 150000, 0.01641549696764547],
    [0.0025, 600000, 0.0011043182220583996],
    [0.6, 20, 2.0483011649719853e-7],
  ];
  it.each(rows)('kstwo.sf(%f, %i)', (x, n, expected) => {
    expectRel(kstwoSf(x, n), expected);
  });
  it('ksPValue takes the asymptotic route above 10000 with en = round(n*m/(n+m))', () => {
    // 20000 * 15000 / 35000 = 8571.43 -> 8571, same rows as above
    expectRel(ksPValue(0.05, 20000, 15000), 4.623614963013288e-19);
    expectRel(ksPValue(0.01, 15000, 20000), 0.35577624429321764);
  });
  it('is 1 below the support and 0 at d = 1', () => {
    expect(kstwoSf(0.001, 100)).toBe(1);
    expect(kstwoSf(1, 100)).toBe(0);
  });
});

describe('wassersteinDistance vs scipy.stats.wasserstein_distance', () => {
  it('unweighted', () => {
    // scipy wasserstein_distance([0,1,3],[5,6,8])
    expectRel(wassersteinDistance(weightedSample([0, 1, 3]), weightedSample([5, 6, 8])), 5.0);
  });
  it('weighted', () => {
    // scipy wasserstein_distance([0.5,1.5,4],[1,2,2.5,7],[3,1,2],[0.5,2,1,1.5])
    const d = wassersteinDistance(ws([0.5, 1.5, 4], [3, 1, 2]), ws([1, 2, 2.5, 7], [0.5, 2, 1, 1.5]));
    expectRel(d, 1.7666666666666668);
  });
  it('ties collapse to the same answer', () => {
    // scipy wasserstein_distance([1,1,2,5,5,5],[1,3,3,4])
    expectRel(
      wassersteinDistance(weightedSample([1, 1, 2, 5, 5, 5]), weightedSample([1, 3, 3, 4])),
      1.0833333333333333,
    );
  });
  it('identical distributions give 0; single points give their gap', () => {
    expect(wassersteinDistance(weightedSample([1, 2]), ws([1, 2], [5, 5]))).toBe(0);
    expect(wassersteinDistance(weightedSample([1]), weightedSample([4]))).toBe(3);
    expect(() => wassersteinDistance(ws([], []), weightedSample([1]))).toThrow(RangeError);
  });
});

describe('chiSquareGoodnessOfFit vs scipy.stats.chisquare', () => {
  // [name, observed, proportions, statistic, pvalue]: scipy chisquare(obs, props/sum(props)*sum(obs))
  const cases: [string, number[], number[], number, number][] = [
    ['uniform', [16, 18, 16, 14, 12, 12], [1, 1, 1, 1, 1, 1], 2.0, 0.8491450360846096],
    ['skewed', [30, 14, 34, 45, 57, 20], [0.1, 0.1, 0.2, 0.2, 0.3, 0.1], 8.475000000000001, 0.13192773556561882],
    ['strong (tiny p)', [300, 20, 500], [0.5, 0.25, 0.25], 620.9756097560976, 1.4350255818809144e-135],
  ];
  it.each(cases)('%s', (_name, obs, props, statistic, pValue) => {
    const r = chiSquareGoodnessOfFit(obs, props);
    expectRel(r.statistic, statistic);
    // stdlib's regularised incomplete gamma and scipy's chdtrc agree to ~1e-13 here; 1e-9 holds.
    expectRel(r.pValue, pValue);
  });
  it('degenerate inputs', () => {
    // expected 0 but observed > 0: scipy gives inf / 0 too
    expect(chiSquareGoodnessOfFit([5, 1], [1, 0])).toEqual({ statistic: Number.POSITIVE_INFINITY, pValue: 0 });
    // everything in one bin on both sides: nothing to test
    expect(chiSquareGoodnessOfFit([5, 0], [1, 0])).toEqual({ statistic: 0, pValue: 1 });
    expect(() => chiSquareGoodnessOfFit([0, 0], [1, 1])).toThrow(RangeError);
    expect(() => chiSquareGoodnessOfFit([1, 2], [1])).toThrow(RangeError);
    expect(() => chiSquareGoodnessOfFit([1, -2], [1, 1])).toThrow(RangeError);
  });
});

describe('twoProportionZTest (pooled z, 2 * scipy.stats.norm.sf(|z|))', () => {
  // [successA, totalA, successB, totalB, z, p]: numpy pooled-z formula + scipy 1.17.1 norm.sf
  const cases: [number, number, number, number, number, number][] = [
    [45, 100, 60, 110, -1.3816985594155142, 0.16706427691489423],
    [5, 1000, 20, 1200, -2.570686507292156, 0.010149715817614095],
    [0, 50, 3, 60, -1.6031511026549947, 0.10890129793272194],
    [100, 1000, 400, 1000, -15.49193338482967, 3.9328331793483447e-54],
  ];
  it.each(cases)('%i/%i vs %i/%i', (sa, ta, sb, tb, z, p) => {
    const r = twoProportionZTest(sa, ta, sb, tb);
    expectRel(r.statistic, z);
    expectRel(r.pValue, p);
  });
  it('degenerate inputs', () => {
    expect(twoProportionZTest(0, 10, 0, 20)).toEqual({ statistic: 0, pValue: 1 });
    expect(twoProportionZTest(10, 10, 20, 20)).toEqual({ statistic: 0, pValue: 1 });
    expect(() => twoProportionZTest(1, 0, 1, 2)).toThrow(RangeError);
    expect(() => twoProportionZTest(3, 2, 1, 2)).toThrow(RangeError);
  });
});

describe('jensenShannonDistance vs scipy.spatial.distance.jensenshannon', () => {
  const cases: [string, number[], number[], number][] = [
    ['probabilities', [0.1, 0.2, 0.7], [0.3, 0.3, 0.4], 0.22784261945058354], // jensenshannon([.1,.2,.7],[.3,.3,.4])
    ['disjoint = sqrt(ln 2)', [1, 0, 0], [0, 1, 0], 0.8325546111576977], // jensenshannon([1,0,0],[0,1,0])
    ['raw counts are normalised', [10, 20, 0, 5], [8, 25, 3, 0], 0.28874612365301405], // jensenshannon([10,20,0,5],[8,25,3,0])
  ];
  it.each(cases)('%s', (_name, p, q, expected) => {
    expectRel(jensenShannonDistance(p, q), expected);
  });
  it('degenerate inputs', () => {
    expect(jensenShannonDistance([3], [7])).toBe(0);
    expect(() => jensenShannonDistance([0, 0], [1, 1])).toThrow(RangeError);
    expect(() => jensenShannonDistance([1], [1, 1])).toThrow(RangeError);
  });
});

describe('populationStabilityIndex (numpy formula, epsilon 1e-4 for empty bins)', () => {
  const cases: [string, number[], number[], number][] = [
    ['plain', [100, 200, 300, 400], [120, 180, 310, 390], 0.006334717757108429],
    ['bin empty in reference', [50, 0, 50], [30, 10, 60], 0.8104820328029092],
    ['bin empty on both sides is skipped', [50, 0, 50], [40, 0, 60], 0.04054651081081643],
  ];
  it.each(cases)('%s', (_name, r, c, expected) => {
    expectRel(populationStabilityIndex(r, c), expected);
  });
  it('degenerate inputs', () => {
    expect(populationStabilityIndex([5], [9])).toBe(0);
    expect(() => populationStabilityIndex([0, 0], [1, 1])).toThrow(RangeError);
    expect(() => populationStabilityIndex([1, 1], [1, 1], 0)).toThrow(RangeError);
  });
});

describe('benjaminiHochberg (statsmodels fdr_bh formula in numpy; statsmodels was not installed)', () => {
  const cases: [string, number[], number[]][] = [
    [
      'mixed with ties, original order kept',
      [0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.9],
      [0.035, 0.056, 0.056, 0.035, 0.23333333333333336, 0.056, 0.9],
    ],
    ['single', [0.5], [0.5]],
    ['all large', [0.8, 0.9, 0.95], [0.95, 0.95, 0.95]],
  ];
  it.each(cases)('%s', (_name, p, expected) => {
    const adjusted = benjaminiHochberg(p);
    expect(adjusted).toHaveLength(expected.length);
    adjusted.forEach((a, i) => {
      expectRel(a, expected[i] ?? Number.NaN);
    });
  });
  it('empty in, empty out; rejects values outside [0, 1]', () => {
    expect(benjaminiHochberg([])).toEqual([]);
    expect(() => benjaminiHochberg([0.1, 1.2])).toThrow(RangeError);
    expect(() => benjaminiHochberg([Number.NaN])).toThrow(RangeError);
  });
});
