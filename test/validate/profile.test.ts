import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/core/random.js';
import type { ColumnProfile, DataProfile } from '../../src/validate/profile.js';
import { parseNumber } from '../../src/validate/profile.js';
import { profileData } from '../../src/validate/run.js';
import { columnStatistics, exactDistinctCount } from '../../src/validate/statistics.js';
import { useSharedTempDir } from '../temp-dir.js';

const encoder = new TextEncoder();

/** parseNumber on the text alone, and on the same text inside a larger buffer (start/end must be honoured). */
function parse(text: string): [alone: number, embedded: number] {
  const alone = encoder.encode(text);
  const embedded = encoder.encode(`99${text}7e`);
  return [parseNumber(alone, 0, alone.length), parseNumber(embedded, 2, 2 + alone.length)];
}

describe('parseNumber', () => {
  // [text, is a decimal numeral]: numerals must equal Number(text) exactly (Object.is, so -0 counts); the rest
  // are NaN, and the profiler falls back to its general path for them.
  const table: Array<[string, boolean]> = [
    ['0', true],
    ['7', true],
    ['42', true],
    ['00012', true],
    ['-0', true],
    ['+0', true],
    ['-17', true],
    ['+17', true],
    ['3.25', true],
    ['-3.25', true],
    ['0.1', true],
    ['0.3', true],
    ['-0.0', true],
    ['.5', true],
    ['-.5', true],
    ['+.5', true],
    ['1.', true],
    ['-1.', true],
    ['1e5', true],
    ['1E5', true],
    ['1e+5', true],
    ['1e-5', true],
    ['-2.5e-3', true],
    ['.5e1', true],
    ['5.e1', true],
    ['1e400', true],
    ['-1e400', true],
    ['1e-400', true],
    ['4.9e-324', true],
    ['1.7976931348623157e308', true],
    ['123456789012345', true],
    ['1234567890123456', true],
    ['9007199254740993', true],
    ['12345678901234567890', true],
    ['0.1234567890123456789', true],
    ['1.23456789012345', true],
    ['999999999999999.9', true],
    ['0.0000000000000000000001', true],
    ['0.00000000000000000000000123', true],
    ['123456.789012345678e-3', true],
    ['', false],
    ['-', false],
    ['+', false],
    ['.', false],
    ['-.', false],
    ['e5', false],
    ['.e5', false],
    ['1e', false],
    ['1e+', false],
    ['1.5x', false],
    ['abc', false],
    ['--1', false],
    ['+-1', false],
    ['1..2', false],
    ['1.2.3', false],
    ['1e5.5', false],
    ['0x1A', false],
    ['1_000', false],
    ['1,5', false],
    [' 5', false],
    ['5 ', false],
    ['NaN', false],
    ['Infinity', false],
  ];

  it.each(table)('%j (numeral: %s)', (text, numeral) => {
    const [alone, embedded] = parse(text);
    const expected = numeral ? Number(text) : Number.NaN;
    expect(Object.is(alone, expected), `parseNumber(${JSON.stringify(text)}) = ${alone}, expected ${expected}`).toBe(
      true,
    );
    expect(Object.is(embedded, expected), `embedded: ${embedded}, expected ${expected}`).toBe(true);
  });

  it('agrees with Number() on 20,000 random decimal numerals', () => {
    const random = mulberry32(12345);
    const digits = (n: number): string => Array.from({ length: n }, () => String(Math.floor(random() * 10))).join('');
    for (let i = 0; i < 20_000; i++) {
      const sign = ['', '-', '+'][Math.floor(random() * 3)]!;
      const integer = digits(Math.floor(random() * 12));
      const fraction = random() < 0.7 ? `.${digits(Math.floor(random() * 12))}` : '';
      const exponent = random() < 0.2 ? `e${random() < 0.5 ? '-' : ''}${Math.floor(random() * 40)}` : '';
      const text = `${sign}${integer}${fraction}${exponent}`;
      const numeral = /\d/.test(integer + fraction);
      const [alone] = parse(text);
      const expected = numeral ? Number(text) : Number.NaN;
      if (!Object.is(alone, expected))
        throw new Error(`parseNumber(${JSON.stringify(text)}) = ${alone}, Number() = ${expected}`);
    }
  });
});

const ROWS = 20_000;
const CATEGORIES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta'];

interface Generated {
  /** x: normal(0, 25), 6 decimals, about 3% missing (null). */
  x: Array<number | null>;
  /** y: log-normal, positive, wide dynamic range. */
  y: number[];
  k: number[];
  c: string[];
  id: number[];
  flag: boolean[];
}

function generate(): Generated {
  const random = mulberry32(20240229);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const data: Generated = { x: [], y: [], k: [], c: [], id: [], flag: [] };
  for (let i = 0; i < ROWS; i++) {
    data.x.push(random() < 0.03 ? null : Number((normal() * 25).toFixed(6)));
    data.y.push(Number(Math.exp(normal() * 2).toPrecision(9)));
    data.k.push(Math.floor(random() * 5));
    data.c.push(CATEGORIES[Math.floor(random() * CATEGORIES.length)]!);
    data.id.push((i * 7919) % 10_000);
    data.flag.push(random() < 0.3);
  }
  return data;
}

function toCsv(data: Generated): string {
  const lines = ['x,y,k,c,id,flag'];
  for (let i = 0; i < ROWS; i++) {
    lines.push([data.x[i] ?? '', data.y[i], data.k[i], data.c[i], data.id[i], data.flag[i]].join(','));
  }
  return `${lines.join('\n')}\n`;
}

function toJsonLines(data: Generated): string {
  const lines: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      JSON.stringify({ x: data.x[i], y: data.y[i], k: data.k[i], c: data.c[i], id: data.id[i], flag: data.flag[i] }),
    );
  }
  return `${lines.join('\n')}\n`;
}

interface Exact {
  count: number;
  min: number;
  max: number;
  /** Index (0-based row) of the first occurrence of min and max. */
  minRow: number;
  maxRow: number;
  mean: number;
  std: number;
  sorted: number[];
}

function exact(values: Array<number | null>): Exact {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let minRow = -1;
  let maxRow = -1;
  const present: number[] = [];
  values.forEach((value, row) => {
    if (value === null) return;
    present.push(value);
    if (value < min) {
      min = value;
      minRow = row;
    }
    if (value > max) {
      max = value;
      maxRow = row;
    }
  });
  // Two passes, the second on deviations: the reference the streaming Welford update must agree with.
  const mean = present.reduce((sum, value) => sum + value, 0) / present.length;
  const m2 = present.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return {
    count: present.length,
    min,
    max,
    minRow,
    maxRow,
    mean,
    std: Math.sqrt(m2 / (present.length - 1)),
    sorted: [...present].sort((a, b) => a - b),
  };
}

function expectRelative(actual: number | null, expected: number, tolerance: number): void {
  expect(actual).not.toBeNull();
  const error = Math.abs(actual! - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
  expect(error, `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

function column(profile: DataProfile, name: string): ColumnProfile {
  const found = profile.columns.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no column ${name}`);
  return found;
}

describe('Profiler statistics on a generated 20,000-row file', () => {
  const temp = useSharedTempDir('mlops-profile-test-');
  let data: Generated;
  let csv: DataProfile;
  let jsonl: DataProfile;

  beforeAll(async () => {
    data = generate();
    await writeFile(temp.path('data.csv'), toCsv(data));
    await writeFile(temp.path('data.jsonl'), toJsonLines(data));
    csv = (await profileData(temp.path('data.csv'), 'data', { format: 'auto' })).profile;
    jsonl = (await profileData(temp.path('data.jsonl'), 'data', { format: 'auto' })).profile;
  });

  it('counts rows, cells and missing values exactly', () => {
    expect(csv.rows).toBe(ROWS);
    expect(csv.columns.map((c) => c.name)).toEqual(['x', 'y', 'k', 'c', 'id', 'flag']);
    const x = column(csv, 'x');
    const missing = data.x.filter((value) => value === null).length;
    expect(missing).toBeGreaterThan(400);
    expect(x.count).toBe(ROWS);
    expect(x.missing).toBe(missing);
    expect(x.numeric.count).toBe(ROWS - missing);
    const firstMissing = data.x.indexOf(null);
    expect(x.examples.missing[0]).toBe(firstMissing + 2);
    for (const name of ['y', 'k', 'c', 'id', 'flag']) expect(column(csv, name).missing).toBe(0);
  });

  it.each(['x', 'y'] as const)('%s: min/max with their lines, mean and sample std', (name) => {
    const expected = exact(data[name]);
    const profiled = column(csv, name);
    expect(profiled.numeric.count).toBe(expected.count);
    expect(profiled.numeric.min).toBe(expected.min);
    expect(profiled.numeric.max).toBe(expected.max);
    // Physical lines: the header is line 1, row i is line i + 2.
    expect(profiled.numeric.minLine).toBe(expected.minRow + 2);
    expect(profiled.numeric.maxLine).toBe(expected.maxRow + 2);
    const statistics = columnStatistics(profiled);
    expectRelative(statistics.mean, expected.mean, 1e-9);
    expectRelative(statistics.std, expected.std, 1e-9);
    expect(statistics.min).toBe(expected.min);
    expect(statistics.max).toBe(expected.max);
  });

  it.each(['x', 'y', 'id'] as const)('%s: quantiles within the sketch’s 1%% relative accuracy', (name) => {
    const expected = exact(data[name]);
    const quantiles = columnStatistics(column(csv, name)).quantiles;
    expect(quantiles).not.toBeNull();
    for (const [key, q] of [
      ['p1', 0.01],
      ['p5', 0.05],
      ['p25', 0.25],
      ['p50', 0.5],
      ['p75', 0.75],
      ['p95', 0.95],
      ['p99', 0.99],
    ] as const) {
      const rank = q * (expected.count - 1);
      const candidates = [expected.sorted[Math.floor(rank)]!, expected.sorted[Math.ceil(rank)]!];
      const value = quantiles![key]!;
      const error = Math.min(...candidates.map((e) => Math.abs(value - e) / Math.abs(e)));
      expect(error, `${name} ${key}: ${value} vs exact ${candidates.join(' / ')}`).toBeLessThanOrEqual(
        0.01 * (1 + 1e-9),
      );
    }
  });

  it('distinct counts are exact for small domains and estimated within 5% for 10,000 values', () => {
    const k = column(csv, 'k');
    expect(k.numeric.smallDomain).toEqual([0, 1, 2, 3, 4].map((v) => [v, data.k.filter((x) => x === v).length]));
    expect(exactDistinctCount(k)).toBe(5);
    const c = column(csv, 'c');
    expect(exactDistinctCount(c)).toBe(CATEGORIES.length);
    for (const category of CATEGORIES) {
      expect(c.strings.values[category]?.[0]).toBe(data.c.filter((value) => value === category).length);
      expect(c.strings.values[category]?.[1]).toBe(data.c.indexOf(category) + 2);
    }
    const flag = column(csv, 'flag');
    expect(exactDistinctCount(flag)).toBe(2);
    expect(flag.booleans.true).toBe(data.flag.filter(Boolean).length);
    expect(flag.booleans.false).toBe(data.flag.filter((value) => !value).length);

    const id = columnStatistics(column(csv, 'id'));
    expect(new Set(data.id).size).toBe(10_000);
    expect(id.distinctExact).toBe(false);
    expect(Math.abs(id.distinct - 10_000) / 10_000).toBeLessThanOrEqual(0.05);
  });

  it('CSV and JSON Lines of the same data give the same statistics', () => {
    expect(jsonl.rows).toBe(csv.rows);
    expect(jsonl.columns.map(columnStatistics)).toEqual(csv.columns.map(columnStatistics));
    for (const name of ['x', 'y', 'k', 'c', 'id', 'flag']) {
      const a = column(csv, name);
      const b = column(jsonl, name);
      expect(b.numeric.sketch).toEqual(a.numeric.sketch);
      expect(b.distinct).toBe(a.distinct);
      expect(b.numeric.smallDomain).toEqual(a.numeric.smallDomain);
      // JSON Lines has no header line, so every line is one less.
      if (a.numeric.minLine !== null) expect(b.numeric.minLine).toBe(a.numeric.minLine - 1);
      if (a.numeric.maxLine !== null) expect(b.numeric.maxLine).toBe(a.numeric.maxLine - 1);
    }
  });
});

describe('Profiler cell classification', () => {
  const temp = useSharedTempDir('mlops-profile-test-');

  async function profileCsv(text: string): Promise<DataProfile> {
    const file = temp.path('cells.csv');
    await writeFile(file, text);
    return (await profileData(file, 'data', { format: 'auto' })).profile;
  }

  it('missing tokens, booleans and non-finite literals each go to their own counter', async () => {
    const profile = await profileCsv(
      'v,n\n1,1\n,2\nNA,3\nnull,4\nTRUE,5\nfalse,6\nNaN,7\n-inf,8\nInfinity,9\n2.5,10\n',
    );
    const v = column(profile, 'v');
    expect(v.count).toBe(10);
    expect(v.missing).toBe(3);
    expect(v.examples.missing).toEqual([3, 4, 5]);
    expect(v.booleans).toEqual({ true: 1, false: 1 });
    expect(v.nan).toBe(1);
    expect(v.negativeInfinity).toBe(1);
    expect(v.positiveInfinity).toBe(1);
    expect(v.overflow).toBe(0);
    expect(v.numeric.count).toBe(2);
    expect(v.numeric.nonInteger).toBe(1);
    expect(v.examples.nonInteger).toEqual([{ line: 11, value: '2.5' }]);
    expect(v.examples.nonFinite).toEqual([
      { line: 8, value: 'NaN' },
      { line: 9, value: '-inf' },
      { line: 10, value: 'Infinity' },
    ]);
  });

  it('counts a numeral too large for a double as overflow, not infinity, and keeps it as written', async () => {
    const profile = await profileCsv('v,n\n1,1\n1e400,2\n-1e400,3\n');
    const v = column(profile, 'v');
    expect(v.overflow).toBe(2);
    expect(v.positiveInfinity).toBe(0);
    expect(v.negativeInfinity).toBe(0);
    expect(v.examples.nonFinite).toEqual([
      { line: 3, value: '1e400' },
      { line: 4, value: '-1e400' },
    ]);
  });

  it('reads only decimal numerals as numbers: hex, binary and octal literals are text', async () => {
    const profile = await profileCsv('h\n0x1A\n0b11\n0o17\n12\n');
    const h = column(profile, 'h');
    expect(h.numeric.count).toBe(1);
    expect(h.strings.count).toBe(3);
    expect(Object.keys(h.strings.values)).toEqual(['0x1A', '0b11', '0o17']);
  });

  it('string columns keep numerals as text', async () => {
    const file = temp.path('zip.csv');
    await writeFile(file, 'zip,n\n02139,1\n10001,2\n');
    const { profile } = await profileData(file, 'data', { format: 'auto', stringColumns: new Set(['zip']) });
    expect(column(profile, 'zip').strings.values).toEqual({ '02139': [1, 2], '10001': [1, 3] });
    expect(column(profile, 'zip').numeric.count).toBe(0);
    expect(column(profile, 'n').numeric.count).toBe(2);
  });
});
