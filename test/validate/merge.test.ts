import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { mulberry32 } from '../../src/core/random.js';
import { assertProfile, mergeProfiles, shiftLines } from '../../src/validate/merge.js';
import { type ColumnProfile, type DataProfile, PROFILE_FORMAT, PROFILE_VERSION } from '../../src/validate/profile.js';
import { RowFingerprints } from '../../src/validate/rowset.js';
import { profileData, type ValidateDataRequest, validateData } from '../../src/validate/run.js';
import { type ColumnStatistics, columnStatistics } from '../../src/validate/statistics.js';
import { useSharedTempDir } from '../temp-dir.js';
import { comparableProfile } from './comparable-profile.js';

const ROWS = 9_000;
/** Shard boundaries (0-based rows): deliberately uneven. */
const CUTS = [0, 2_500, 6_100, ROWS];
const HEADER = 'id,x,y,k,c,sparse,mixed,flag';

/**
 * id: unique (no duplicate rows, whose detection across shards is documented as impossible);
 * x: multiples of 1/1024, so every partial sum is exact and `sum` must match bit for bit;
 * y: arbitrary decimals (sums agree to rounding only); k: small integer domain; c: 300 string values;
 * sparse: present in ~1 of 20 rows (≤ 1000 values, so `exact` is kept); mixed: numbers with some text and NaN;
 * flag: booleans.
 */
function generateRows(): string[] {
  const random = mulberry32(777);
  const rows: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const x = random() < 0.02 ? '' : String(Math.round((random() - 0.5) * 2 ** 20) / 1024);
    const y = (random() * 1000 - 300).toFixed(5);
    const k = Math.floor(random() * 6);
    const c = `u${Math.floor(random() * 300)}`;
    const sparse = random() < 0.05 ? (random() * 10).toFixed(3) : '';
    const draw = random();
    const mixed = draw < 0.01 ? 'oops' : draw < 0.02 ? 'NaN' : String(Math.floor(random() * 1e6));
    const flag = random() < 0.5 ? 'true' : 'false';
    rows.push([i, x, y, k, c, sparse, mixed, flag].join(','));
  }
  return rows;
}

function csv(rows: readonly string[]): string {
  return `${HEADER}\n${rows.join('\n')}\n`;
}

const profileOptions = { format: 'auto' as const };

function byName(profile: DataProfile, name: string): ColumnProfile {
  const found = profile.columns.find((column) => column.name === name);
  if (found === undefined) throw new Error(`no column ${name}`);
  return found;
}

function expectRelative(actual: number | null, expected: number | null, tolerance: number, what: string): void {
  expect(actual === null, what).toBe(expected === null);
  if (actual === null || expected === null) return;
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  expect(Math.abs(actual - expected) / scale, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** Everything except what legitimately differs (timestamps, sources) or is compared with a tolerance. */
const comparable = (profile: DataProfile) => comparableProfile(profile, { sources: false, moments: 'drop' });

const temp = useSharedTempDir('mlops-merge-test-');
let rows: string[] = [];
let whole: DataProfile;
let shards: DataProfile[] = [];
let shardFiles: string[] = [];
let wholeFile = '';

beforeAll(async () => {
  rows = generateRows();
  wholeFile = temp.path('whole.csv');
  await writeFile(wholeFile, csv(rows));
  whole = (await profileData(wholeFile, 'data', profileOptions)).profile;
  shardFiles = [];
  shards = [];
  for (let s = 0; s < 3; s++) {
    const file = temp.path(`shard-${s}.csv`);
    await writeFile(file, csv(rows.slice(CUTS[s], CUTS[s + 1])));
    shardFiles.push(file);
    shards.push((await profileData(file, 'data', profileOptions)).profile);
  }
});

describe('mergeProfiles of three shards equals the profile of the whole file', () => {
  it('the generated data exercises every part of the profile', () => {
    expect(shards.map((shard) => shard.rows)).toEqual([2_500, 3_600, 2_900]);
    expect(whole.rows).toBe(ROWS);
    expect(whole.duplicateRows.count).toBe(0);
    expect(byName(whole, 'x').missing).toBeGreaterThan(0);
    expect(byName(whole, 'k').numeric.smallDomain).toHaveLength(6);
    expect(byName(whole, 'c').strings.otherCount).toBe(0);
    expect(Object.keys(byName(whole, 'c').strings.values).length).toBe(300);
    expect(byName(whole, 'sparse').numeric.exact).not.toBeNull();
    expect(byName(whole, 'y').numeric.exact).toBeNull();
    expect(byName(whole, 'y').numeric.smallDomain).toBeNull();
    expect(byName(whole, 'mixed').strings.count).toBeGreaterThan(0);
    expect(byName(whole, 'mixed').nan).toBeGreaterThan(0);
  });

  it('counts, min, max and exact sums are identical; mean and m2 agree to 1e-9', () => {
    const merged = mergeProfiles(shards);
    expect(merged.rows).toBe(whole.rows);
    expect(merged.columns.map((column) => column.name)).toEqual(whole.columns.map((column) => column.name));
    for (const expected of whole.columns) {
      const actual = byName(merged, expected.name);
      const what = expected.name;
      expect(actual.count, what).toBe(expected.count);
      expect(actual.missing, what).toBe(expected.missing);
      expect(actual.nan, what).toBe(expected.nan);
      expect(actual.booleans, what).toEqual(expected.booleans);
      expect(actual.numeric.count, what).toBe(expected.numeric.count);
      expect(actual.numeric.nonInteger, what).toBe(expected.numeric.nonInteger);
      expect(actual.numeric.min, what).toBe(expected.numeric.min);
      expect(actual.numeric.max, what).toBe(expected.numeric.max);
      expectRelative(actual.numeric.mean, expected.numeric.mean, 1e-9, `${what} mean`);
      expectRelative(actual.numeric.m2, expected.numeric.m2, 1e-9, `${what} m2`);
      expectRelative(actual.numeric.sum, expected.numeric.sum, 1e-12, `${what} sum`);
    }
    // Dyadic values: every partial sum is exact, so the grouping of the additions cannot matter.
    expect(byName(merged, 'x').numeric.sum).toBe(byName(whole, 'x').numeric.sum);
    expect(byName(merged, 'k').numeric.sum).toBe(byName(whole, 'k').numeric.sum);
  });

  it('sketch buckets, string value counts, small domains and HyperLogLog registers are identical', () => {
    const merged = mergeProfiles(shards);
    for (const expected of whole.columns) {
      const actual = byName(merged, expected.name);
      expect(actual.numeric.sketch, expected.name).toEqual(expected.numeric.sketch);
      expect(actual.distinct, expected.name).toBe(expected.distinct);
      expect(actual.numeric.smallDomain, expected.name).toEqual(expected.numeric.smallDomain);
      expect(actual.numeric.exact, expected.name).toEqual(expected.numeric.exact);
      expect(actual.strings.count, expected.name).toBe(expected.strings.count);
      expect(actual.strings.otherCount, expected.name).toBe(expected.strings.otherCount);
      const counts = (column: ColumnProfile) =>
        Object.fromEntries(Object.entries(column.strings.values).map(([value, [count]]) => [value, count]));
      expect(counts(actual), expected.name).toEqual(counts(expected));
    }
  });

  it('quantiles (and every other statistic) of the merged profile equal those of the whole exactly', () => {
    const merged = mergeProfiles(shards);
    for (const expected of whole.columns) {
      const a = columnStatistics(byName(merged, expected.name));
      const b = columnStatistics(expected);
      expect(a.quantiles, expected.name).toEqual(b.quantiles);
      expect(a.histogram, expected.name).toEqual(b.histogram);
      expect(a.distinct, expected.name).toBe(b.distinct);
      expect(a.topValues, expected.name).toEqual(b.topValues);
    }
  });

  it('with lines shifted to the whole file, the merged profile is the whole profile', () => {
    const merged = mergeProfiles(shards.map((shard, s) => shiftLines(shard, CUTS[s]!)));
    expect(comparable(merged)).toEqual(comparable(whole));
    expect(merged.sources.map((source) => source.rows)).toEqual([2_500, 3_600, 2_900]);
  });

  it('merging is associative: ((a+b)+c) equals (a+(b+c)) in everything but rounding', () => {
    const [a, b, c] = shards as [DataProfile, DataProfile, DataProfile];
    const left = mergeProfiles([mergeProfiles([a, b]), c]);
    const right = mergeProfiles([a, mergeProfiles([b, c])]);
    expect(comparable(left)).toEqual(comparable(right));
  });

  it('does not modify its inputs', () => {
    const before = JSON.stringify(shards);
    mergeProfiles(shards);
    expect(JSON.stringify(shards)).toBe(before);
  });
});

describe('validate-data with merge-profiles', () => {
  function request(overrides: Partial<ValidateDataRequest>): ValidateDataRequest {
    return {
      failOn: 'schema',
      environment: 'TRAINING',
      mergeProfiles: [],
      format: 'auto',
      severity: {},
      drift: {},
      ...overrides,
    };
  }

  function withoutMoments(statistics: ColumnStatistics[]): unknown[] {
    return statistics.map((row) => ({ ...row, mean: null, std: null }));
  }

  async function writeProfiles(profiles: DataProfile[]): Promise<string[]> {
    return Promise.all(
      profiles.map(async (profile, s) => {
        const file = temp.path(`profile-${s}.json`);
        await writeFile(file, JSON.stringify(profile));
        return file;
      }),
    );
  }

  it('gives the same statistics rows, schema and anomalies as validating the whole file', async () => {
    const expected = await validateData(request({ data: wholeFile }));
    const actual = await validateData(request({ mergeProfiles: await writeProfiles(shards) }));
    expect(withoutMoments(actual.statistics)).toEqual(withoutMoments(expected.statistics));
    actual.statistics.forEach((row, index) => {
      const other = expected.statistics[index]!;
      expectRelative(row.mean, other.mean, 1e-9, `${row.name} mean`);
      expectRelative(row.std, other.std, 1e-9, `${row.name} std`);
    });
    expect({ ...actual.schema, inferredFrom: null }).toEqual({ ...expected.schema, inferredFrom: null });
    expect(actual.anomalies).toEqual(expected.anomalies);
    expect(actual.verdict.passed).toBe(expected.verdict.passed);
    expect(actual.profile.sources.map((source) => source.rows)).toEqual([2_500, 3_600, 2_900]);
  });

  it('merges saved profiles with a data file read in the same run', async () => {
    const expected = await validateData(request({ data: wholeFile }));
    const actual = await validateData(
      request({ mergeProfiles: await writeProfiles(shards.slice(0, 2)), data: shardFiles[2]! }),
    );
    expect(withoutMoments(actual.statistics)).toEqual(withoutMoments(expected.statistics));
  });

  it('rejects a saved profile of another format or version with a configuration error naming the file', async () => {
    const wrongVersion = temp.path('old.json');
    await writeFile(wrongVersion, JSON.stringify({ ...shards[0]!, version: 2 }));
    const error = await validateData(request({ mergeProfiles: [wrongVersion] })).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(wrongVersion);
    expect((error as Error).message).toContain('version 2 profile');
    expect((error as Error).message).toContain('profile the data again');

    const notProfile = temp.path('other.json');
    await writeFile(notProfile, JSON.stringify({ format: 'something-else', version: 1 }));
    const other = await validateData(request({ mergeProfiles: [notProfile] })).catch((thrown: unknown) => thrown);
    expect(other).toBeInstanceOf(ConfigurationError);
    expect((other as Error).message).toContain(`${notProfile} is not a profile written by mlops validate-data`);
  });
});

describe('assertProfile', () => {
  it('accepts a profile of this format and version', () => {
    expect(assertProfile(JSON.parse(JSON.stringify(shards[0])), 'shard.json')).toMatchObject({
      format: PROFILE_FORMAT,
      version: PROFILE_VERSION,
    });
  });

  it.each([
    [
      'a wrong format',
      { format: 'tfdv/statistics', version: PROFILE_VERSION },
      /shard\.json is not a profile written by mlops validate-data \(expected "format": "mlops-actions\/profile"\)/,
    ],
    ['no format', { version: PROFILE_VERSION }, /shard\.json is not a profile written by mlops validate-data/],
    ['null', null, /shard\.json is not a profile/],
    ['an array', [], /shard\.json is not a profile/],
    [
      'a newer version',
      { format: PROFILE_FORMAT, version: PROFILE_VERSION + 1 },
      /shard\.json is a version 2 profile; this version reads version 1: profile the data again/,
    ],
    ['no version', { format: PROFILE_FORMAT }, /shard\.json is a version undefined profile/],
  ])('rejects %s with a ConfigurationError', (_name, value, message) => {
    expect(() => assertProfile(value, 'shard.json')).toThrow(ConfigurationError);
    expect(() => assertProfile(value, 'shard.json')).toThrow(message);
  });

  it('mergeProfiles of nothing is a configuration error', () => {
    expect(() => mergeProfiles([])).toThrow(ConfigurationError);
    expect(() => mergeProfiles([])).toThrow('merge-profiles needs at least one profile');
  });
});

describe('shiftLines', () => {
  it('shifts every line field and nothing else, without modifying its input', async () => {
    // Every line-carrying field populated: min/max lines, first lines of strings, text/non-finite/non-integer/
    // missing examples, ragged rows, duplicate rows and leaked rows.
    const reference = temp.path('reference.csv');
    const repeated = Array.from({ length: 40 }, (_, i) => `${i + 100},r${i},${i}.5`);
    await writeFile(reference, `a,b,c\n${repeated.join('\n')}\n`);
    const referenceRows = new RowFingerprints();
    await profileData(reference, 'reference', { ...profileOptions, rememberRows: referenceRows });
    const data = temp.path('lines.csv');
    await writeFile(
      data,
      `a,b,c\n1,x,1.5\n2,y,NaN\n3,,abc\n4,x\n5,z,2,extra\n${repeated.join('\n')}\n${repeated.join('\n')}\n`,
    );
    const { profile } = await profileData(data, 'data', { ...profileOptions, referenceRows });
    const before = JSON.stringify(profile);

    const shifted = shiftLines(profile, 1000);
    expect(JSON.stringify(profile)).toBe(before);

    const plus = (line: number) => line + 1000;
    expect(profile.raggedRows.examples.length).toBeGreaterThan(0);
    expect(shifted.raggedRows).toEqual({
      count: profile.raggedRows.count,
      examples: profile.raggedRows.examples.map((e) => ({ ...e, line: plus(e.line) })),
    });
    expect(profile.duplicateRows.examples.length).toBeGreaterThan(0);
    expect(shifted.duplicateRows).toEqual({
      ...profile.duplicateRows,
      examples: profile.duplicateRows.examples.map(plus),
    });
    expect(profile.leakedRows?.examples.length).toBeGreaterThan(0);
    expect(shifted.leakedRows).toEqual({ ...profile.leakedRows!, examples: profile.leakedRows!.examples.map(plus) });

    const examples = profile.columns.flatMap((column) => Object.values(column.examples));
    for (const kind of ['text', 'nonFinite', 'nonInteger', 'missing'] as const) {
      expect(
        profile.columns.some((column) => column.examples[kind].length > 0),
        kind,
      ).toBe(true);
    }
    expect(examples.length).toBeGreaterThan(0);
    profile.columns.forEach((column, index) => {
      const moved = shifted.columns[index]!;
      expect(moved.numeric.minLine).toBe(column.numeric.minLine === null ? null : plus(column.numeric.minLine));
      expect(moved.numeric.maxLine).toBe(column.numeric.maxLine === null ? null : plus(column.numeric.maxLine));
      expect(moved.strings.values).toEqual(
        Object.fromEntries(
          Object.entries(column.strings.values).map(([value, [count, line]]) => [value, [count, plus(line)]]),
        ),
      );
      expect(moved.examples).toEqual({
        text: column.examples.text.map((e) => ({ ...e, line: plus(e.line) })),
        nonFinite: column.examples.nonFinite.map((e) => ({ ...e, line: plus(e.line) })),
        nonInteger: column.examples.nonInteger.map((e) => ({ ...e, line: plus(e.line) })),
        missing: column.examples.missing.map(plus),
      });
      // Nothing but lines changes.
      const unlined = (c: ColumnProfile) => ({
        ...c,
        numeric: { ...c.numeric, minLine: null, maxLine: null },
        strings: { ...c.strings, values: Object.keys(c.strings.values) },
        examples: null,
      });
      expect(unlined(moved)).toEqual(unlined(column));
    });
    expect({ ...shifted, columns: null, raggedRows: null, duplicateRows: null, leakedRows: null }).toEqual({
      ...profile,
      columns: null,
      raggedRows: null,
      duplicateRows: null,
      leakedRows: null,
    });
  });

  it('the profile of a file preceded by blank lines is the shifted profile of the file', async () => {
    // JSON Lines skips blank lines but counts them, so the same records 250 lines further down must profile
    // exactly as shiftLines(profile, 250) says: a check that no line field is forgotten.
    const records = [
      '{"a":1,"b":"x","c":1.5}',
      '{"a":2,"b":"y","c":"NaN"}',
      '{"a":3,"b":null,"c":"abc"}',
      '{"a":1,"b":"x","c":1.5}',
      '{"a":4,"b":"z","c":-2}',
    ].join('\n');
    const plain = temp.path('plain.jsonl');
    const padded = temp.path('padded.jsonl');
    await writeFile(plain, `${records}\n`);
    await writeFile(padded, `${'\n'.repeat(250)}${records}\n`);
    const a = (await profileData(plain, 'data', profileOptions)).profile;
    const b = (await profileData(padded, 'data', profileOptions)).profile;
    const strip = (profile: DataProfile) => ({ ...profile, createdAt: null, sources: null });
    expect(strip(shiftLines(a, 250))).toEqual(strip(b));
  });
});
