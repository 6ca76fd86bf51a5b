/**
 * Expected numbers come from scikit-learn 1.2.1 / numpy 1.24.2 (Debian's /usr/bin/python3) via
 * test/evaluate/fixtures/sklearn_reference.py, which holds the same inputs; the legend above each table names
 * the call behind every column. Nothing here calls Python.
 */
import { describe, expect, it } from 'vitest';
import {
  type ClassificationInput,
  type ClassificationMetrics,
  type ClassificationOptions,
  classificationMetrics,
  LOG_LOSS_EPS,
  type MetricValue,
  type RegressionInput,
  regressionMetrics,
  scalarMetrics,
} from '../../src/evaluate/metrics.js';

function expectClose(actual: number, expected: number, tolerance = 1e-12): void {
  const scale = Math.max(1, Math.abs(expected));
  const err = Math.abs(actual - expected) / scale;
  expect(err, `actual ${actual} vs expected ${expected}`).toBeLessThanOrEqual(tolerance);
}

function definedValue(m: MetricValue): number {
  if (m.value === null) throw new Error(`expected a value, got undefined: ${m.undefinedReason}`);
  return m.value;
}

function expectMetric(m: MetricValue, expected: number | null, tolerance = 1e-12): void {
  if (expected === null) {
    expect(m.value, 'expected an undefined metric').toBeNull();
    expect('undefinedReason' in m && m.undefinedReason.length > 0).toBe(true);
    return;
  }
  expectClose(definedValue(m), expected, tolerance);
}

function binaryRows(p1: number[]): number[][] {
  return p1.map((p) => [1 - p, p]);
}

function input(y: number[], rows: number[][], classes?: string[]) {
  const k = rows[0]?.length ?? classes?.length ?? 2;
  return {
    labels: Int32Array.from(y),
    probabilities: Float64Array.from(rows.flat()),
    classes: classes ?? Array.from({ length: k }, (_, c) => `c${c}`),
  };
}

interface ClassificationCase {
  name: string;
  y: number[];
  P: number[][];
  accuracy: number;
  balancedAccuracy: number;
  precision: number[];
  recall: number[];
  f1: number[];
  support: number[];
  /** [precision, recall, f1] */
  macro: [number, number, number];
  micro: [number, number, number];
  weighted: [number, number, number];
  rocAuc: number | null;
  prAuc: number | null;
  logLoss: number;
  brier: number;
  ece10: number;
  ece5: number;
  confusion: number[][];
}

// Legend (K = P.shape[1], pred = P.argmax(1), labels = range(K)); sklearn 1.2.1 unless noted:
//   accuracy          accuracy_score(y, pred)
//   balancedAccuracy  balanced_accuracy_score(y, pred)
//   precision/recall/f1/support  precision_recall_fscore_support(y, pred, labels=range(K), zero_division=0)
//   macro/micro/weighted  precision_recall_fscore_support(..., zero_division=0, average='macro'|'micro'|'weighted')[:3]
//   rocAuc   K=2: roc_auc_score(y, P[:, 1]); K=3: roc_auc_score(y, P, multi_class='ovr', average='macro')
//            (null where sklearn raises)
//   prAuc    K=2: average_precision_score(y, P[:, 1]);
//            K=3: average_precision_score(label_binarize(y, classes=range(K)), P, average='macro')
//            (null where a positive class has no rows: sklearn warns and returns -0.0 / counts that class as 0)
//   logLoss  log_loss(y, P, labels=range(K))
//   brier    K=2: brier_score_loss(y, P[:, 1], pos_label=1); K=3: np.mean(np.sum((P - np.eye(K)[y]) ** 2, axis=1))
//   ece10/ece5  ece(y, P, 10) / ece(y, P, 5) from sklearn_reference.py (numpy, calibration_curve's bins)
//   confusion   confusion_matrix(y, pred, labels=range(K)).tolist()
const classificationCases: ClassificationCase[] = [
  {
    name: 'binary',
    y: [0, 1, 1, 0, 1, 0, 1, 1, 0, 0],
    P: binaryRows([0.1, 0.8, 0.65, 0.3, 0.45, 0.55, 0.9, 0.7, 0.2, 0.4]),
    accuracy: 0.8,
    balancedAccuracy: 0.8,
    precision: [0.8, 0.8],
    recall: [0.8, 0.8],
    f1: [0.8000000000000002, 0.8000000000000002],
    support: [5, 5],
    macro: [0.8, 0.8, 0.8000000000000002],
    micro: [0.8, 0.8, 0.8000000000000002],
    weighted: [0.8, 0.8, 0.8000000000000002],
    rocAuc: 0.9600000000000001,
    prAuc: 0.9666666666666666,
    logLoss: 0.3908981954115525,
    brier: 0.11674999999999999,
    ece10: 0.22500000000000006,
    ece5: 0.22499999999999998,
    confusion: [
      [4, 1],
      [1, 4],
    ],
  },
  {
    // Score ties across classes (ROC/PR count a tied group at once) and argmax ties (0.5/0.5 → class 0).
    name: 'binary, tied scores',
    y: [1, 0, 1, 0, 1, 1, 0, 0],
    P: binaryRows([0.5, 0.5, 0.3, 0.3, 0.8, 0.5, 0.3, 0.8]),
    accuracy: 0.5,
    balancedAccuracy: 0.5,
    precision: [0.5, 0.5],
    recall: [0.75, 0.25],
    f1: [0.6, 0.3333333333333333],
    support: [4, 4],
    macro: [0.5, 0.5, 0.4666666666666667],
    micro: [0.5, 0.5, 0.5],
    weighted: [0.5, 0.5, 0.4666666666666667],
    rocAuc: 0.59375,
    prAuc: 0.55,
    logLoss: 0.7286682122039434,
    brier: 0.2625,
    ece10: 0.14999999999999997,
    ece5: 0.15000000000000002,
    confusion: [
      [3, 1],
      [3, 1],
    ],
  },
  {
    // Hard 0/1 probabilities: log loss is finite only thanks to clipping at eps = 2.22e-16.
    name: 'binary, perfect with hard 0/1 probabilities',
    y: [0, 1, 1, 0, 1],
    P: binaryRows([0.0, 1.0, 1.0, 0.0, 1.0]),
    accuracy: 1,
    balancedAccuracy: 1,
    precision: [1, 1],
    recall: [1, 1],
    f1: [1, 1],
    support: [2, 3],
    macro: [1, 1, 1],
    micro: [1, 1, 1],
    weighted: [1, 1, 1],
    rocAuc: 1,
    prAuc: 1,
    logLoss: 2.2204460492503136e-16,
    brier: 0,
    ece10: 0,
    ece5: 0,
    confusion: [
      [2, 0],
      [0, 3],
    ],
  },
  {
    // roc_auc_score raises "Only one class present in y_true"; average_precision_score warns, returns -0.0.
    name: 'binary, only one class present',
    y: [0, 0, 0, 0],
    P: binaryRows([0.2, 0.6, 0.1, 0.3]),
    accuracy: 0.75,
    balancedAccuracy: 0.75,
    precision: [1, 0],
    recall: [0.75, 0],
    f1: [0.8571428571428571, 0],
    support: [4, 0],
    macro: [0.5, 0.375, 0.42857142857142855],
    micro: [0.75, 0.75, 0.75],
    weighted: [1, 0.75, 0.8571428571428571],
    rocAuc: null,
    prAuc: null,
    logLoss: 0.4003674356962309,
    brier: 0.125,
    ece10: 0.30000000000000004,
    ece5: 0.30000000000000004,
    confusion: [
      [3, 1],
      [0, 0],
    ],
  },
  {
    name: 'multiclass, 3 classes',
    y: [0, 1, 2, 2, 1, 0, 2, 1, 0, 2, 1, 0],
    P: [
      [0.7, 0.2, 0.1],
      [0.2, 0.5, 0.3],
      [0.1, 0.3, 0.6],
      [0.3, 0.4, 0.3],
      [0.25, 0.25, 0.5],
      [0.5, 0.1, 0.4],
      [0.05, 0.15, 0.8],
      [0.4, 0.35, 0.25],
      [0.34, 0.33, 0.33],
      [0.2, 0.2, 0.6],
      [0.1, 0.8, 0.1],
      [0.6, 0.3, 0.1],
    ],
    accuracy: 0.75,
    balancedAccuracy: 0.75,
    precision: [0.8, 0.6666666666666666, 0.75],
    recall: [1, 0.5, 0.75],
    f1: [0.888888888888889, 0.5714285714285715, 0.75],
    support: [4, 4, 4],
    macro: [0.7388888888888889, 0.75, 0.7367724867724869],
    micro: [0.75, 0.75, 0.75],
    weighted: [0.7388888888888889, 0.75, 0.7367724867724869],
    rocAuc: 0.9010416666666666,
    prAuc: 0.8791666666666668,
    logLoss: 0.7033860191917872,
    brier: 0.39486666666666664,
    ece10: 0.21166666666666667,
    ece5: 0.2116666666666667,
    confusion: [
      [4, 0, 0],
      [1, 2, 1],
      [0, 1, 3],
    ],
  },
  {
    // Class 1 is never predicted: its precision is 0/0 → 0 (zero_division=0). Argmax ties → lowest index.
    name: 'multiclass, ties and a class never predicted',
    y: [0, 1, 2, 0, 1, 2, 0, 2],
    P: [
      [0.4, 0.4, 0.2],
      [0.5, 0.25, 0.25],
      [0.4, 0.2, 0.4],
      [0.6, 0.2, 0.2],
      [0.5, 0.3, 0.2],
      [0.25, 0.25, 0.5],
      [0.7, 0.1, 0.2],
      [0.3, 0.3, 0.4],
    ],
    accuracy: 0.625,
    balancedAccuracy: 0.5555555555555555,
    precision: [0.5, 0, 1],
    recall: [1, 0, 0.6666666666666666],
    f1: [0.6666666666666666, 0, 0.8],
    support: [3, 2, 3],
    macro: [0.5, 0.5555555555555555, 0.48888888888888893],
    micro: [0.625, 0.625, 0.625],
    weighted: [0.5625, 0.625, 0.55],
    rocAuc: 0.8333333333333334,
    prAuc: 0.7333333333333334,
    logLoss: 0.86247338866662,
    brier: 0.50875,
    ece10: 0.24999999999999997,
    ece5: 0.14999999999999997,
    confusion: [
      [3, 0, 0],
      [2, 0, 0],
      [1, 0, 2],
    ],
  },
  {
    // Class 2 has no rows: roc_auc_score raises "Number of classes in y_true not equal to the number of
    // columns"; macro AP is undefined here (sklearn: 0.6388888888888888, counting class 2 as 0).
    name: 'multiclass, a class absent from the labels',
    y: [0, 1, 0, 1, 0],
    P: [
      [0.6, 0.3, 0.1],
      [0.2, 0.7, 0.1],
      [0.3, 0.3, 0.4],
      [0.5, 0.4, 0.1],
      [0.8, 0.1, 0.1],
    ],
    accuracy: 0.6,
    balancedAccuracy: 0.5833333333333333,
    precision: [0.6666666666666666, 1, 0],
    recall: [0.6666666666666666, 0.5, 0],
    f1: [0.6666666666666666, 0.6666666666666666, 0],
    support: [3, 2, 0],
    macro: [0.5555555555555555, 0.38888888888888884, 0.4444444444444444],
    micro: [0.6, 0.6, 0.6],
    weighted: [0.8, 0.6, 0.6666666666666666],
    rocAuc: null,
    prAuc: null,
    logLoss: 0.6421815310438047,
    brier: 0.36400000000000005,
    ece10: 0.36,
    ece5: 0.20000000000000004,
    confusion: [
      [2, 0, 1],
      [1, 1, 0],
      [0, 0, 0],
    ],
  },
];

function checkCase(m: ClassificationMetrics, c: ClassificationCase): void {
  expect(m.n).toBe(c.y.length);
  expectMetric(m.accuracy, c.accuracy);
  expectMetric(m.balancedAccuracy, c.balancedAccuracy);
  m.perClass.forEach((pc, k) => {
    expectMetric(pc.precision, c.precision[k]!);
    expectMetric(pc.recall, c.recall[k]!);
    expectMetric(pc.f1, c.f1[k]!);
    expect(pc.support).toBe(c.support[k]);
  });
  for (const [avg, expected] of [
    [m.macro, c.macro],
    [m.micro, c.micro],
    [m.weighted, c.weighted],
  ] as const) {
    expectMetric(avg.precision, expected[0]);
    expectMetric(avg.recall, expected[1]);
    expectMetric(avg.f1, expected[2]);
  }
  expectMetric(m.rocAuc, c.rocAuc);
  expectMetric(m.prAuc, c.prAuc);
  expectMetric(m.logLoss, c.logLoss);
  expectMetric(m.brier, c.brier);
  expectMetric(m.ece, c.ece10);
  expect(m.confusionMatrix).toEqual(c.confusion);
}

describe('classificationMetrics vs scikit-learn 1.2.1', () => {
  it.each(classificationCases)('$name', (c) => {
    checkCase(classificationMetrics(input(c.y, c.P)), c);
    expectMetric(classificationMetrics(input(c.y, c.P), { calibrationBins: 5 }).ece, c.ece5);
  });

  it.each(classificationCases)('$name, through indices (reversed and repeated rows)', (c) => {
    // The same rows listed through `indices` in another order, each twice: every metric is a mean or a
    // rank statistic, so duplicating all rows changes none of them (supports and counts double).
    const n = c.y.length;
    const indices = Int32Array.from([...Array(n).keys()].reverse().flatMap((i) => [i, i]));
    const m = classificationMetrics({ ...input(c.y, c.P), indices });
    const doubled: ClassificationCase = {
      ...c,
      y: [...c.y, ...c.y],
      support: c.support.map((s) => 2 * s),
      confusion: c.confusion.map((row) => row.map((v) => 2 * v)),
    };
    checkCase(m, doubled);
  });

  it('says why ROC-AUC is undefined with one class, naming the class', () => {
    const m = classificationMetrics(input([0, 0, 0], binaryRows([0.1, 0.2, 0.3]), ['no', 'yes']));
    expect(m.rocAuc).toEqual({
      value: null,
      undefinedReason: "ROC-AUC needs both classes in the labels; only 'no' is present",
    });
    expect(m.prAuc.value).toBeNull();
    if (m.prAuc.value === null) expect(m.prAuc.undefinedReason).toContain("'yes'");
  });

  it('notes a zero division instead of hiding it', () => {
    const c = classificationCases[5]!;
    const m = classificationMetrics(input(c.y, c.P, ['a', 'b', 'c']));
    const b = m.perClass[1]!;
    expect(b.precision).toMatchObject({ value: 0 });
    expect('note' in b.precision && b.precision.note).toContain('zero_division=0');
    expect('note' in m.macro.precision && m.macro.precision.note).toContain("'b'");
    expect('note' in m.perClass[0]!.precision).toBe(false);
  });

  it('clips hard probabilities like log_loss eps="auto" on float64', () => {
    // sklearn 1.2.1: log_loss([0, 1], [[1.0, 0.0], [1.0, 0.0]]) = 18.021826694558577 (= -log(eps) / 2)
    const m = classificationMetrics(
      input(
        [0, 1],
        [
          [1, 0],
          [1, 0],
        ],
      ),
    );
    expectMetric(m.logLoss, 18.021826694558577);
    expect(LOG_LOSS_EPS).toBe(2.220446049250313e-16); // np.finfo(np.float64).eps
  });

  it('accepts float32 probabilities, computing in float64 (= sklearn on p.astype(np.float64))', () => {
    const c = classificationCases[4]!;
    const f32 = Float32Array.from(c.P.flat());
    const fromF32 = classificationMetrics({ ...input(c.y, c.P), probabilities: f32 });
    const widened = classificationMetrics({ ...input(c.y, c.P), probabilities: Float64Array.from(f32) });
    expect(fromF32).toEqual(widened);
    expectMetric(fromF32.accuracy, c.accuracy);
    expectMetric(fromF32.logLoss, c.logLoss, 1e-7);
  });

  it('returns undefined metrics, not NaN, for empty input', () => {
    const m = classificationMetrics({
      labels: new Int32Array(0),
      probabilities: new Float64Array(0),
      classes: ['no', 'yes'],
    });
    expect(m.n).toBe(0);
    for (const [name, value] of Object.entries(scalarMetrics(m))) {
      expect(value.value, name).toBeNull();
    }
    expect(m.perClass.map((p) => p.support)).toEqual([0, 0]);
    expect(m.confusionMatrix).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  // [what is wrong, the input and options that have it, what the error must be or say]
  const malformed: Array<[string, Partial<ClassificationInput>, ClassificationOptions, RegExp | typeof RangeError]> = [
    ['a label out of range', { labels: Int32Array.from([0, 2]) }, {}, /label 2 at row 1/],
    ['too few probabilities', { probabilities: new Float64Array(3) }, {}, /2 rows × 2 classes/],
    ['a NaN probability', { probabilities: Float64Array.from([0.5, 0.5, Number.NaN, 1]) }, {}, RangeError],
    ['logits instead of probabilities', { probabilities: Float64Array.from([-2, 3, 0.5, 0.5]) }, {}, /not logits/],
    ['a single class', { classes: ['only'] }, {}, /at least 2 classes/],
    ['an index out of range', { indices: Int32Array.from([0, 5]) }, {}, /indices\[1\]/],
    ['zero calibration bins', {}, { calibrationBins: 0 }, /calibrationBins/],
  ];

  it.each(malformed)(
    'rejects malformed input with a RangeError that says what is wrong: %s',
    (_, change, options, error) => {
      const ok = input([0, 1], binaryRows([0.2, 0.7]));
      expect(() => classificationMetrics({ ...ok, ...change }, options)).toThrow(error);
    },
  );

  it('scores a million binary rows well under a second', () => {
    const n = 1_000_000;
    const labels = new Int32Array(n);
    const probabilities = new Float64Array(2 * n);
    let x = 12345;
    for (let i = 0; i < n; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const p = (x >>> 8) / 16777216;
      labels[i] = (x & 0xff) / 256 < p ? 1 : 0;
      probabilities[2 * i] = 1 - p;
      probabilities[2 * i + 1] = p;
    }
    const start = performance.now();
    const m = classificationMetrics({ labels, probabilities, classes: ['no', 'yes'] });
    const elapsed = performance.now() - start;
    expect(definedValue(m.rocAuc)).toBeGreaterThan(0.7);
    expect(elapsed).toBeLessThan(1000);
  });
});

interface RegressionCase {
  name: string;
  t: number[];
  p: number[];
  mae: number;
  rmse: number;
  r2: number | null;
  mape: number;
  medianAbsoluteError: number;
}

// Legend, sklearn 1.2.1: mae = mean_absolute_error(t, p); rmse = mean_squared_error(t, p, squared=False);
// r2 = r2_score(t, p) (null where the target is constant: sklearn returns 0.0 there, or nan for one row);
// mape = mean_absolute_percentage_error(t, p); medianAbsoluteError = median_absolute_error(t, p).
const regressionCases: RegressionCase[] = [
  {
    name: 'regression',
    t: [3.0, -0.5, 2.0, 7.0, 4.5, 1.25],
    p: [2.5, 0.0, 2.0, 8.0, 3.0, 1.5],
    mae: 0.625,
    rmse: 0.7971302695712079,
    r2: 0.8893925657298277,
    mape: 0.3071428571428571,
    medianAbsoluteError: 0.5,
  },
  {
    name: 'even n (median of the two middle errors), negative R²',
    t: [1.0, 2.0, 3.0, 4.0],
    p: [1.5, 1.0, 3.0, 6.0],
    mae: 0.875,
    rmse: 1.14564392373896,
    r2: -0.050000000000000044,
    mape: 0.375,
    medianAbsoluteError: 0.75,
  },
  {
    name: 'constant target',
    t: [2.0, 2.0, 2.0],
    p: [1.0, 2.5, 2.0],
    mae: 0.5,
    rmse: 0.6454972243679028,
    r2: null,
    mape: 0.25,
    medianAbsoluteError: 0.5,
  },
  {
    // |0.5 - 0| / eps dominates: 0.5 / 2.220446049250313e-16 / 4 + (0 + 0.25 + 0) / 4
    name: 'zero targets (MAPE divides by eps)',
    t: [0.0, 1.0, 2.0, 0.0],
    p: [0.5, 1.0, 1.5, 0.0],
    mae: 0.25,
    rmse: 0.3535533905932738,
    r2: 0.8181818181818181,
    mape: 562949953421312.0,
    medianAbsoluteError: 0.25,
  },
  {
    name: 'one row',
    t: [5.0],
    p: [4.0],
    mae: 1,
    rmse: 1,
    r2: null,
    mape: 0.2,
    medianAbsoluteError: 1,
  },
];

/** The metrics a RegressionCase gives, each under its name in RegressionMetrics. */
const REGRESSION_METRICS = ['mae', 'rmse', 'r2', 'mape', 'medianAbsoluteError'] as const;

describe('regressionMetrics vs scikit-learn 1.2.1', () => {
  it.each(regressionCases)('$name', (c) => {
    const m = regressionMetrics({ targets: Float64Array.from(c.t), predictions: Float64Array.from(c.p) });
    expect(m.n).toBe(c.t.length);
    for (const name of REGRESSION_METRICS) expectMetric(m[name], c[name]);
  });

  it('explains an undefined R² and notes zero targets in MAPE', () => {
    const constant = regressionMetrics({ targets: Float64Array.from([2, 2]), predictions: Float64Array.from([1, 3]) });
    expect(constant.r2.value).toBeNull();
    if (constant.r2.value === null) expect(constant.r2.undefinedReason).toContain('every target is equal');
    const zeros = regressionMetrics({ targets: Float64Array.from([0, 1]), predictions: Float64Array.from([1, 1]) });
    expect('note' in zeros.mape && zeros.mape.note).toContain('1 of 2 targets');
  });

  it('evaluates through indices without copying', () => {
    const c = regressionCases[0]!;
    const targets = Float64Array.from(c.t);
    const predictions = Float64Array.from(c.p);
    const m = regressionMetrics({
      targets,
      predictions,
      indices: Int32Array.from([5, 4, 3, 2, 1, 0, 0, 1, 2, 3, 4, 5]),
    });
    expect(c.r2).not.toBeNull();
    for (const name of REGRESSION_METRICS) expectMetric(m[name], c[name]);
  });

  it('finds the median absolute error by selection, equal to sorting, for odd/even sizes and ties', () => {
    let x = 99;
    for (const n of [1, 2, 3, 4, 7, 10, 101, 1000, 1001]) {
      for (const distinct of [3, 1000]) {
        const targets = new Float64Array(n);
        const predictions = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          x = (x * 48271) % 2147483647;
          targets[i] = x % distinct;
          predictions[i] = (x >> 3) % distinct;
        }
        const errors = targets.map((t, i) => Math.abs(predictions[i]! - t)).sort();
        const mid = n >> 1;
        const expected = n % 2 === 1 ? errors[mid]! : (errors[mid - 1]! + errors[mid]!) / 2;
        expect(regressionMetrics({ targets, predictions }).medianAbsoluteError.value, `n=${n}`).toBe(expected);
      }
    }
  });

  it('handles empty input', () => {
    const empty = regressionMetrics({ targets: new Float64Array(0), predictions: new Float64Array(0) });
    expect(empty.n).toBe(0);
    for (const value of Object.values(scalarMetrics(empty))) expect(value.value).toBeNull();
  });

  // [what is wrong, the input that has it, what the error must say]
  const malformed: Array<[string, RegressionInput, RegExp]> = [
    [
      'more predictions than targets',
      { targets: new Float64Array(2), predictions: new Float64Array(3) },
      /2 targets but 3 predictions/,
    ],
    [
      'a NaN target',
      { targets: Float64Array.from([1, Number.NaN]), predictions: new Float64Array(2) },
      /target NaN at row 1/,
    ],
  ];

  it.each(malformed)('rejects bad input: %s', (_, input, error) => {
    expect(() => regressionMetrics(input)).toThrow(error);
  });
});

describe('scalarMetrics', () => {
  it('flattens the classification averages under stable names', () => {
    const c = classificationCases[4]!;
    const flat = scalarMetrics(classificationMetrics(input(c.y, c.P)));
    expect(Object.keys(flat)).toEqual([
      'accuracy',
      'balancedAccuracy',
      'macroPrecision',
      'macroRecall',
      'macroF1',
      'microPrecision',
      'microRecall',
      'microF1',
      'weightedPrecision',
      'weightedRecall',
      'weightedF1',
      'rocAuc',
      'prAuc',
      'logLoss',
      'brier',
      'ece',
    ]);
    expectMetric(flat.macroF1!, 0.7367724867724869);
  });
});
