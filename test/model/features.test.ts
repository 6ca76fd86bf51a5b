import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import type { Cell } from '../../src/data/table.js';
import {
  buildFeeds,
  cellNumber,
  cellText,
  encodeRows,
  type FeaturePlan,
  fitFeaturePlan,
  inferKind,
  planWidth,
} from '../../src/model/features.js';
import type { InputBinding } from '../../src/model/package.js';

const describeRow = (row: number) => `train.csv line ${row + 2}`;
const options = { maxCategories: 50, describeRow };

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('cellNumber', () => {
  const table: Array<[Cell, number | undefined]> = [
    [null, Number.NaN],
    [3, 3],
    [-0.5, -0.5],
    [Number.NaN, Number.NaN],
    ['42', 42],
    ['  4.5 ', 4.5],
    ['-1e3', -1000],
    ['', Number.NaN],
    ['   ', Number.NaN],
    ['NaN', Number.NaN],
    ['nan', Number.NaN],
    ['null', Number.NaN],
    ['NULL', Number.NaN],
    ['NA', Number.NaN],
    ['n/a', Number.NaN],
    ['abc', undefined],
    ['12abc', undefined],
    ['true', undefined],
    ['1,5', undefined],
  ];
  it.each(table)('%j → %s', (cell, expected) => {
    const value = cellNumber(cell);
    if (expected === undefined) expect(value).toBeUndefined();
    else expect(Object.is(value, expected) || (Number.isNaN(expected) && Number.isNaN(value))).toBe(true);
  });
});

describe('cellText', () => {
  it.each([
    [null, ''],
    [3, '3'],
    [0.25, '0.25'],
    ['basic', 'basic'],
    ['', ''],
  ] as Array<[Cell, string]>)('%j → %j', (cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });
});

describe('inferKind', () => {
  it.each([
    [[], 'categorical'],
    [[null, null], 'categorical'],
    [[1, 2.5, null], 'numeric'],
    [['1', '2.5', null, ''], 'numeric'],
    [['1', 'NA', 'n/a'], 'numeric'],
    [['1', 'two'], 'categorical'],
    [['true', 'false'], 'categorical'],
    [['1', 'TRUE'], 'categorical'],
    [['basic', 'premium'], 'categorical'],
  ] as Array<[Cell[], string]>)('%j → %s', (values, expected) => {
    expect(inferKind(values)).toBe(expected);
  });
});

describe('fitFeaturePlan', () => {
  it('standardises numerics over the present values, filling missing with the mean', () => {
    expect(fitFeaturePlan('x', 'numeric', ['1', 2, '3', null, 'NA', ''], options)).toEqual({
      name: 'x',
      kind: 'numeric',
      mean: 2,
      std: Math.fround(Math.sqrt(2 / 3)),
      fill: 2,
    });
  });

  it.each([
    ['constant', ['5', '5', 5]],
    ['all missing', [null, '', 'NA']],
  ] as Array<[string, Cell[]]>)('gives a %s numeric feature std 1', (_what, values) => {
    const plan = fitFeaturePlan('x', 'numeric', values, options);
    expect(plan).toMatchObject({ kind: 'numeric', std: 1 });
  });

  it('names the row of a non-numeric value in a numeric feature', () => {
    const error = thrown(() => fitFeaturePlan('age', 'numeric', ['31', '40', 'forty'], options));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('train.csv line 4: feature "age" is numeric but has the value "forty"');
  });

  it.each([
    [50, ['a', 'b', 'c', 'd']],
    [3, ['a', 'b', 'c']],
    [2, ['b', 'c']],
    [1, ['c']],
  ])('keeps the %i most frequent categories, ties by name, in sorted order', (maxCategories, vocabulary) => {
    const values: Cell[] = ['b', 'd', 'b', 'c', 'c', null, 'c', 'a', ''];
    expect(fitFeaturePlan('plan', 'categorical', values, { maxCategories, describeRow })).toEqual({
      name: 'plan',
      kind: 'categorical',
      vocabulary,
    });
  });

  it('keys numbers and their text alike in a categorical feature', () => {
    expect(fitFeaturePlan('code', 'categorical', [7, '7', 8], options)).toEqual({
      name: 'code',
      kind: 'categorical',
      vocabulary: ['7', '8'],
    });
  });
});

describe('encodeRows', () => {
  const plan: FeaturePlan[] = [
    { name: 'x', kind: 'numeric', mean: 2, std: 0.5, fill: 2.5 },
    { name: 'colour', kind: 'categorical', vocabulary: ['blue', 'red'] },
    { name: 'y', kind: 'numeric', mean: 0, std: 1, fill: -1 },
  ];

  it('standardises numerics, fills missing values, one-hot encodes categories (unknown and missing → zeros)', () => {
    const columns = new Map<string, Cell[]>([
      ['x', ['3', null, 1, 'NA']],
      ['colour', ['red', 'green', null, 'blue']],
      ['y', [0.25, '', '7', null]],
    ]);
    expect(planWidth(plan)).toBe(4);
    expect(Array.from(encodeRows(plan, columns, 4, describeRow))).toEqual(
      [
        [2, 0, 1, 0.25],
        [1, 0, 0, -1],
        [-2, 0, 0, 7],
        [1, 1, 0, -1],
      ].flat(),
    );
  });

  it('names the row of text in a numeric feature', () => {
    const columns = new Map<string, Cell[]>([
      ['x', ['3', '4', 'lots']],
      ['colour', ['red', 'red', 'red']],
      ['y', [1, 2, 3]],
    ]);
    const error = thrown(() => encodeRows(plan, columns, 3, describeRow));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('train.csv line 4: feature "x" must be a number, got "lots"');
  });

  it('names a missing column', () => {
    const columns = new Map<string, Cell[]>([['x', ['1']]]);
    expect(() => encodeRows(plan, columns, 1, describeRow)).toThrow(
      'the data has no column "colour", which the model needs',
    );
  });
});

describe('buildFeeds', () => {
  const numeric = (feature: string, dtype: InputBinding['dtype'] = 'float32', tensor = feature): InputBinding => ({
    feature,
    tensor,
    dtype,
    shape: ['N', 1],
    kind: 'numeric',
  });

  it('builds one [N, 1] tensor per feature: NaN for missing numerics, text (empty when missing) for strings', () => {
    const columns = new Map<string, Cell[]>([
      ['age', ['31', null, 45.5]],
      ['plan', ['basic', null, 7]],
    ]);
    const feeds = buildFeeds(
      [numeric('age'), { feature: 'plan', tensor: 'plan', dtype: 'string', shape: ['N', 1], kind: 'categorical' }],
      columns,
      3,
      describeRow,
    );
    expect(Object.keys(feeds)).toEqual(['age', 'plan']);
    expect(feeds.age?.dtype).toBe('float32');
    expect(feeds.age?.dims).toEqual([3, 1]);
    expect(feeds.age?.data).toBeInstanceOf(Float32Array);
    expect(Array.from(feeds.age?.data as Float32Array)).toEqual([31, Number.NaN, 45.5]);
    expect(feeds.plan).toEqual({ dtype: 'string', data: ['basic', '', '7'], dims: [3, 1] });
  });

  it('packs features that share a tensor into their `column`s', () => {
    const columns = new Map<string, Cell[]>([
      ['a', [1, 2]],
      ['b', [10, 20]],
      ['c', [100, 200]],
    ]);
    const packed = (feature: string, column: number): InputBinding => ({
      feature,
      tensor: 'x',
      dtype: 'float64',
      shape: ['N', 3],
      kind: 'numeric',
      column,
    });
    const feeds = buildFeeds([packed('a', 2), packed('b', 0), packed('c', 1)], columns, 2, describeRow);
    expect(Object.keys(feeds)).toEqual(['x']);
    expect(feeds.x?.dims).toEqual([2, 3]);
    expect(feeds.x?.data).toBeInstanceOf(Float64Array);
    expect(Array.from(feeds.x?.data as Float64Array)).toEqual([10, 100, 1, 20, 200, 2]);
  });

  it('packs in binding order when no column is given', () => {
    const columns = new Map<string, Cell[]>([
      ['a', [1]],
      ['b', [2]],
    ]);
    const feeds = buildFeeds([numeric('b', 'float32', 'x'), numeric('a', 'float32', 'x')], columns, 1, describeRow);
    expect(Array.from(feeds.x?.data as Float32Array)).toEqual([2, 1]);
  });

  it.each([
    ['int64', BigInt64Array, ['3', 4, '-7'], [3n, 4n, -7n]],
    ['int32', Int32Array, ['3', 4, '-7'], [3, 4, -7]],
    ['float64', Float64Array, ['0.1', 4, null], [0.1, 4, Number.NaN]],
  ] as const)('builds %s feeds', (dtype, type, cells, expected) => {
    const feeds = buildFeeds([numeric('n', dtype)], new Map([['n', [...cells]]]), 3, describeRow);
    expect(feeds.n?.dtype).toBe(dtype);
    expect(feeds.n?.data).toBeInstanceOf(type);
    expect(Array.from(feeds.n?.data as ArrayLike<number | bigint>)).toEqual(expected);
  });

  it.each([
    ['a fraction in an int64 input', 'int64', '2.5', 'must be an integer (model input n is int64), got "2.5"'],
    ['text in an int64 input', 'int64', 'many', 'must be a number (model input n is int64), got "many"'],
    ['text in a float32 input', 'float32', 'many', 'must be a number (model input n is float32), got "many"'],
  ] as const)('refuses %s, naming the row', (_what, dtype, cell, expected) => {
    const error = thrown(() => buildFeeds([numeric('n', dtype)], new Map([['n', ['1', cell]]]), 2, describeRow));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(`train.csv line 3: feature "n" ${expected}`);
  });

  it('names a missing column', () => {
    expect(() => buildFeeds([numeric('age')], new Map(), 1, describeRow)).toThrow(
      'the data has no column "age", which the model needs',
    );
  });
});
