/**
 * Profiler.absorb must leave the state one pass over all the rows leaves. Numbers of a column with a small domain
 * are counted in the domain and reach the sketch only when it overflows (in a batch, or when parts merge), so
 * these cases check every way a domain can end against a single pass.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/core/random.js';
import { type DataProfile, Profiler } from '../../src/validate/profile.js';
import { comparableProfile } from './comparable-profile.js';

type Row = Array<number | null>;

function profile(parts: Row[][]): DataProfile {
  const columns = parts[0]![0]!.map((_, index) => `c${index}`);
  const profilers = parts.map((rows) => {
    const profiler = new Profiler();
    profiler.beginFile('data.csv', null);
    profiler.header(columns);
    rows.forEach((row, index) => {
      const line = index + 2;
      profiler.beginRow(line);
      for (const [column, value] of row.entries()) profiler.typed(column, value);
      profiler.endRow(line, row.length);
    });
    return profiler;
  });
  const [first, ...rest] = profilers;
  let lines = parts[0]!.length;
  rest.forEach((profiler, index) => {
    expect(first!.absorb(profiler.part(), lines)).toBe(true);
    lines += parts[index + 1]!.length;
  });
  first!.endFile();
  return first!.finish();
}

/** Without the timestamp and the source (its row count is the first part's), moments rounded. */
const comparable = (profile: DataProfile) => comparableProfile(profile, { sources: false, moments: 'round' });

const random = mulberry32(11);
const draw = (values: number) => Math.floor(random() * values);
const rows = (count: number, make: (index: number) => Row) => Array.from({ length: count }, (_, index) => make(index));

describe('absorbing a part keeps small domains and sketches exact', () => {
  it.each([
    ['both parts keep a small domain', [rows(700, () => [draw(5), draw(20)]), rows(900, () => [draw(5), draw(20)])]],
    [
      'each part has a small domain, but not together',
      [rows(700, () => [draw(20), -draw(3)]), rows(900, () => [20 + draw(20), 0.5 * draw(3)])],
    ],
    [
      'only the first part has a small domain',
      [rows(1_500, () => [draw(7), null]), rows(900, () => [random(), draw(2)])],
    ],
    [
      'only the second part has a small domain',
      [rows(600, () => [random() * 100, 1]), rows(1_300, () => [draw(4), 2])],
    ],
    [
      'a domain overflows inside a batch, then parts merge',
      [rows(300, (index) => [index < 250 ? draw(3) : index, 0]), rows(2_000, () => [draw(3), draw(40)])],
    ],
    [
      'three parts, zeros and negatives',
      [rows(400, () => [-draw(3), 0]), rows(400, () => [draw(3), 0]), rows(400, () => [0, -1])],
    ],
    [
      'small integers counted by value and other values by search, in one domain',
      [rows(500, () => [draw(20), 64 + draw(12)]), rows(500, () => [20 + 0.5 * draw(12), -1 - draw(12)])],
    ],
  ])('%s', (_name, parts) => {
    const whole = profile([parts.flat()]);
    const merged = profile(parts);
    expect(comparable(merged)).toEqual(comparable(whole));
    for (const column of whole.columns) {
      const { sketch } = column.numeric;
      const counted =
        sketch.zeroCount + [...sketch.positive.counts, ...sketch.negative.counts].reduce((a, b) => a + b, 0);
      expect(counted).toBe(column.numeric.count);
    }
  });
});

describe('a small domain holds at most 32 values, however they are counted', () => {
  it.each([
    ['20 small integers and 12 others', 12, 32],
    ['20 small integers and 13 others', 13, null],
  ])('%s', (_name, others, size) => {
    // 0..19 are counted by value; 64 and above, fractions and negatives by search.
    const values = [
      ...Array.from({ length: 20 }, (_, i) => i),
      ...Array.from({ length: others }, (_, i) => 64 + i * 0.5),
    ];
    const [column] = profile([values.map((value) => [value]).concat(values.map((value) => [value]))]).columns;
    expect(column!.numeric.smallDomain?.length ?? null).toBe(size);
    if (size !== null) expect(column!.numeric.smallDomain!.every(([, count]) => count === 2)).toBe(true);
  });
});
