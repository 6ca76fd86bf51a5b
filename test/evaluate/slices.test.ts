import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import type { MetricValue } from '../../src/evaluate/metrics.js';
import {
  assignSlices,
  type ColumnLookup,
  rankSlices,
  type ScoredSlice,
  type Slice,
  SliceConfigError,
  type SliceSpec,
  type SliceValue,
} from '../../src/evaluate/slices.js';

// Ten rows as a reader could deliver them: CSV text for some columns, typed values for others.
const table: Record<string, readonly SliceValue[]> = {
  country: ['DE', 'FR', 'DE', null, 'US', 'FR', 'DE', '', 'US', 'DE'],
  plan: ['pro', 'free', 'free', 'pro', 'pro', 'pro', 'free', 'free', 'pro', 'pro'],
  age: [17, 18, 29.5, 30, 64.99, 65, null, Number.NaN, '42', 120],
  seats: [1, 10, 2, 2, 1, 10, 1, 2, 3, 1],
};
const n = 10;
const lookup: ColumnLookup = (name) => table[name];

function summary(slices: Slice[]): [string, number[]][] {
  return slices.map((s) => [s.key, Array.from(s.indices)]);
}

describe('assignSlices', () => {
  it('gives one slice per category, missing values (null, "") in "(missing)" last', () => {
    const slices = assignSlices([{ feature: 'country' }], lookup, n);
    expect(summary(slices)).toEqual([
      ['country=DE', [0, 2, 6, 9]],
      ['country=FR', [1, 5]],
      ['country=US', [4, 8]],
      ['country=(missing)', [3, 7]],
    ]);
    expect(slices[0]!.conditions).toEqual([{ feature: 'country', value: 'DE' }]);
    expect(slices[0]!.spec).toEqual({ feature: 'country' });
  });

  it('orders numeric categories numerically', () => {
    expect(summary(assignSlices([{ feature: 'seats' }], lookup, n)).map(([key]) => key)).toEqual([
      'seats=1',
      'seats=2',
      'seats=3',
      'seats=10',
    ]);
  });

  it('buckets numbers into [lower, upper) intervals, edges going up, numeric text parsed, NaN missing', () => {
    const slices = assignSlices([{ feature: 'age', buckets: [18, 30, 65] }], lookup, n);
    expect(summary(slices)).toEqual([
      ['age=(-inf,18)', [0]],
      ['age=[18,30)', [1, 2]],
      ['age=[30,65)', [3, 4, 8]],
      ['age=[65,inf)', [5, 9]],
      ['age=(missing)', [6, 7]],
    ]);
  });

  it('leaves out buckets no row falls in', () => {
    expect(summary(assignSlices([{ feature: 'age', buckets: [200] }], lookup, n)).map(([key]) => key)).toEqual([
      'age=(-inf,200)',
      'age=(missing)',
    ]);
  });

  it('crosses categorical and bucketed features, only combinations that occur', () => {
    const spec: SliceSpec = { cross: ['plan', { feature: 'age', buckets: [30] }] };
    const slices = assignSlices([spec], lookup, n);
    expect(summary(slices)).toEqual([
      ['plan=free & age=(-inf,30)', [1, 2]],
      ['plan=free & age=(missing)', [6, 7]],
      ['plan=pro & age=(-inf,30)', [0]],
      ['plan=pro & age=[30,inf)', [3, 4, 5, 8, 9]],
    ]);
    expect(slices[3]!.conditions).toEqual([
      { feature: 'plan', value: 'pro' },
      { feature: 'age', value: '[30,inf)' },
    ]);
    expect(slices[3]!.spec).toBe(spec);
  });

  it('crosses two categorical features and keeps spec order across specs', () => {
    const slices = assignSlices([{ feature: 'plan' }, { cross: ['country', 'plan'] }], lookup, n);
    expect(summary(slices)).toEqual([
      ['plan=free', [1, 2, 6, 7]],
      ['plan=pro', [0, 3, 4, 5, 8, 9]],
      ['country=DE & plan=free', [2, 6]],
      ['country=DE & plan=pro', [0, 9]],
      ['country=FR & plan=free', [1]],
      ['country=FR & plan=pro', [5]],
      ['country=US & plan=pro', [4, 8]],
      ['country=(missing) & plan=free', [7]],
      ['country=(missing) & plan=pro', [3]],
    ]);
    // Every spec partitions the rows.
    const crossRows = slices.slice(2).flatMap((s) => Array.from(s.indices));
    expect(crossRows.sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
  });

  it('reads columns given as functions or typed arrays', () => {
    const typed = Float64Array.from([5, 15, 25, Number.NaN]);
    const columns: ColumnLookup = (name) =>
      name === 'score' ? typed : name === 'flag' ? (row: number) => row % 2 === 0 : undefined;
    expect(summary(assignSlices([{ feature: 'score', buckets: [10, 20] }, { feature: 'flag' }], columns, 4))).toEqual([
      ['score=(-inf,10)', [0]],
      ['score=[10,20)', [1]],
      ['score=[20,inf)', [2]],
      ['score=(missing)', [3]],
      ['flag=false', [1, 3]],
      ['flag=true', [0, 2]],
    ]);
  });

  it('handles zero rows', () => {
    expect(assignSlices([{ feature: 'country' }], lookup, 0)).toEqual([]);
  });

  const configErrors: [string, SliceSpec[], RegExp][] = [
    [
      'unknown feature',
      [{ feature: 'contry' }],
      /slices\[0\] names feature 'contry'.*not a column.*columns: country, plan/,
    ],
    ['unknown feature in a cross', [{ cross: ['country', 'tier'] }], /feature 'tier'/],
    ['unsorted buckets', [{ feature: 'age', buckets: [30, 18] }], /strictly ascending.*\[30, 18\]; write \[18, 30\]/],
    ['duplicate buckets', [{ feature: 'age', buckets: [18, 18, 30] }], /without duplicates.*write \[18, 30\]/],
    ['empty buckets', [{ feature: 'age', buckets: [] }], /non-empty list of numbers/],
    ['infinite boundary', [{ feature: 'age', buckets: [18, Number.POSITIVE_INFINITY] }], /not a finite number/],
    ['cross of one', [{ cross: ['country'] }], /at least two features/],
    ['feature twice in a cross', [{ cross: ['country', { feature: 'country' }] }], /appears twice/],
    [
      'repeated spec',
      [{ feature: 'plan' }, { feature: 'age' }, { feature: 'plan' }],
      /slices\[2\] repeats slices\[0\]/,
    ],
  ];
  it.each(configErrors)('throws SliceConfigError: %s', (_name, specs, message) => {
    const run = () => assignSlices(specs, lookup, n, { knownColumns: ['country', 'plan', 'age', 'seats'] });
    expect(run).toThrow(SliceConfigError);
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(message);
  });

  it('rejects malformed specs from untyped configuration', () => {
    const untyped = (spec: unknown) => () => assignSlices([spec as SliceSpec], lookup, n);
    expect(untyped({ feature: 'age', cross: ['plan', 'country'] })).toThrow(/either 'feature' or 'cross'/);
    expect(untyped({ feature: 'age', bucket: [1] })).toThrow(/unknown key 'bucket'/);
    expect(untyped({ feature: '' })).toThrow(/non-empty column name/);
    expect(untyped(42)).toThrow(SliceConfigError);
  });

  it('rejects non-numeric text in a bucketed feature, and too many slices', () => {
    expect(() => assignSlices([{ feature: 'country', buckets: [1] }], lookup, n)).toThrow(
      /row 0 holds the non-numeric value "DE"; remove 'buckets'/,
    );
    expect(() => assignSlices([{ feature: 'seats' }], lookup, n, { maxSlicesPerSpec: 3 })).toThrow(
      /gives 4 slices, more than maxSlicesPerSpec 3/,
    );
  });

  it('reports a short column as a RangeError', () => {
    expect(() => assignSlices([{ feature: 'plan' }], () => ['pro'], 2)).toThrow(RangeError);
  });
});

describe('rankSlices', () => {
  const m = (value: number | null): MetricValue =>
    value === null ? { value: null, undefinedReason: 'ROC-AUC needs both classes' } : { value };
  const slices: ScoredSlice[] = [
    { key: 'country=DE', size: 400, metrics: { accuracy: m(0.9), rocAuc: m(0.8) } },
    { key: 'country=FR', size: 120, metrics: { accuracy: m(0.7), rocAuc: m(0.75) } },
    { key: 'country=US', size: 300, metrics: { accuracy: m(0.7), rocAuc: m(0.85) } },
    { key: 'country=IT', size: 12, metrics: { accuracy: m(0.2), rocAuc: m(0.5) } },
    { key: 'country=(missing)', size: 50, metrics: { accuracy: m(0.95), rocAuc: m(null) } },
  ];

  it('sorts worst first (ties: larger slice first) and skips small slices with a reason', () => {
    const r = rankSlices(slices, { metric: 'accuracy', higherIsBetter: true, minSize: 30 });
    expect(r.ranked.map((s) => [s.rank, s.slice.key, s.value])).toEqual([
      [1, 'country=US', 0.7],
      [2, 'country=FR', 0.7],
      [3, 'country=DE', 0.9],
      [4, 'country=(missing)', 0.95],
    ]);
    expect(r.skipped).toEqual([{ slice: slices[3], reason: '12 rows, fewer than the minimum slice size 30' }]);
  });

  it('skips slices where the metric is undefined and ranks lower-is-better metrics', () => {
    const r = rankSlices(slices, { metric: 'rocAuc', higherIsBetter: true, minSize: 0 });
    expect(r.ranked.map((s) => s.slice.key)).toEqual(['country=IT', 'country=FR', 'country=DE', 'country=US']);
    expect(r.skipped.map((s) => s.reason)).toEqual(['rocAuc is undefined: ROC-AUC needs both classes']);
    const loss = rankSlices(slices, { metric: 'accuracy', higherIsBetter: false, minSize: 100 });
    expect(loss.ranked.map((s) => s.slice.key)).toEqual(['country=DE', 'country=US', 'country=FR']);
  });

  it('keeps the caller’s slice type', () => {
    const extended = slices.map((s) => ({ ...s, owner: 'team-a' }));
    const r = rankSlices(extended, { metric: 'accuracy', higherIsBetter: true, minSize: 0 });
    expect(r.ranked[0]!.slice.owner).toBe('team-a');
  });

  it('throws SliceConfigError for a metric that was not computed or a bad minSize', () => {
    expect(() => rankSlices(slices, { metric: 'f1', higherIsBetter: true, minSize: 0 })).toThrow(
      /metric 'f1' was not computed.*accuracy, rocAuc/,
    );
    expect(() => rankSlices(slices, { metric: 'accuracy', higherIsBetter: true, minSize: -1 })).toThrow(
      SliceConfigError,
    );
  });
});
