/**
 * DuplicateRows logs rows and counts duplicates at the end; the count, the example lines and the covered rows
 * must be those of looking every row up in a RowFingerprints table in reading order (the reference below),
 * below the capacity, past it, and when a part logged by another thread is appended.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/core/random.js';
import { DuplicateRows, type DuplicateRowsResult, RowFingerprints } from '../../src/validate/rowset.js';

interface Row {
  first: number;
  second: number;
  line: number;
}

/** `count` rows drawn from `distinct` fingerprints (so about count - distinct are duplicates), lines 2, 3, … */
function rows(count: number, distinct: number, seed: number): Row[] {
  const random = mulberry32(seed);
  const pool = Array.from({ length: distinct }, () => ({
    first: Math.floor(random() * 2 ** 32),
    second: Math.floor(random() * 2 ** 32),
  }));
  return Array.from({ length: count }, (_, index) => ({ ...pool[Math.floor(random() * distinct)]!, line: index + 2 }));
}

/** What a look-up per row in reading order gives: the behaviour DuplicateRows must keep. */
function reference(all: readonly Row[], maxSlotBits: number): DuplicateRowsResult {
  const table = new RowFingerprints(maxSlotBits);
  const result: DuplicateRowsResult = { count: 0, examples: [], coveredRows: 0 };
  for (const row of all) {
    if (!table.full) result.coveredRows++;
    if (table.add(row.first, row.second)) {
      result.count++;
      if (result.examples.length < 5) result.examples.push(row.line);
    }
  }
  return result;
}

function logged(all: readonly Row[], maxSlotBits: number): DuplicateRows {
  const log = new DuplicateRows(maxSlotBits, 5);
  for (const row of all) log.add(row.first, row.second, row.line);
  return log;
}

describe('DuplicateRows', () => {
  it.each([
    ['no rows', 0, 1, 10],
    ['one row', 1, 1, 10],
    ['all distinct', 500, 1_000_000, 12],
    ['many duplicates', 5_000, 300, 14],
    ['every row the same', 200, 1, 10],
    ['enough rows for many partitions', 60_000, 40_000, 18],
    ['past the capacity (the log turns into a table)', 3_000, 2_500, 11],
    ['far past the capacity, few distinct rows', 5_000, 100, 8],
  ])('%s: counts what a look-up per row counts', (_, count, distinct, bits) => {
    const all = rows(count, distinct, count + distinct);
    const log = logged(all, bits);
    expect(log.result()).toEqual(reference(all, bits));
  });

  it('takes a fingerprint differing only in its lowest bit as the same row, as the table does', () => {
    const all = [
      { first: 2, second: 7, line: 2 },
      { first: 3, second: 7, line: 3 },
      { first: 3, second: 8, line: 4 },
    ];
    expect(logged(all, 10).result()).toEqual(reference(all, 10));
    expect(logged(all, 10).result().count).toBe(1);
  });

  it('gives the result of one log when a part logged elsewhere is appended (lines offset)', () => {
    const all = rows(20_000, 12_000, 7);
    const cut = 8_000;
    const main = logged(all.slice(0, cut), 18);
    const part = new DuplicateRows(18, 5);
    // The part counts its lines from the start of its own rows.
    for (const row of all.slice(cut)) part.add(row.first, row.second, row.line - (cut + 1));
    const exported = part.export();
    if (exported === undefined) throw new Error('the part should still be a log');
    expect(main.append(exported, cut + 1)).toBe(true);
    expect(main.result()).toEqual(reference(all, 18));
    // Rows after the part (the next file of a glob) are counted against both.
    const more = all.slice(0, 50).map((row, index) => ({ ...row, line: index + 2 }));
    for (const row of more) main.add(row.first, row.second, row.line);
    expect(main.result()).toEqual(reference([...all, ...more], 18));
  });

  it('refuses a part that does not fit the log, changing nothing', () => {
    const main = logged(rows(40, 40, 1), 6);
    const part = logged(rows(10, 10, 2), 6);
    const before = main.result();
    expect(main.capacity).toBe(44);
    expect(main.append(part.export()!, 41)).toBe(false);
    expect(main.result()).toEqual(before);
    expect(main.remaining).toBe(4);
  });

  it('refuses a part whose lines, offset, do not fit 32 bits (the log keeps lines in 32 bits)', () => {
    const main = logged(rows(40, 40, 1), 8);
    const part = logged(rows(10, 10, 2), 8);
    const before = main.result();
    // The part's last line is its largest (lines rise): 11 here, as `logged` numbers them from 2.
    expect(main.append(part.export()!, 0xffffffff - 11)).toBe(true);
    const again = logged(rows(40, 40, 1), 8);
    expect(again.append(logged(rows(10, 10, 2), 8).export()!, 0xffffffff - 10)).toBe(false);
    expect(again.result()).toEqual(before);
  });

  it.each([
    ['below the capacity', 30_000, 20_000, 16],
    ['past the capacity (the rest one by one, as a table)', 3_000, 2_500, 11],
  ])('logs rows given in batches (addMany) as it logs them one by one: %s', (_name, count, distinct, bits) => {
    const all = rows(count, distinct, count);
    const batched = new DuplicateRows(bits, 5);
    const firsts = new Uint32Array(256);
    const seconds = new Uint32Array(256);
    const lines = new Float64Array(256);
    // Batches of uneven sizes, so they end inside blocks (512 rows a partition) and grow the line log.
    for (let at = 0, size = 1; at < all.length; at += size, size = ((size * 7) % 251) + 1) {
      const batch = all.slice(at, at + size);
      batch.forEach((row, index) => {
        firsts[index] = row.first;
        seconds[index] = row.second;
        lines[index] = row.line;
      });
      batched.addMany(firsts, seconds, lines, batch.length);
    }
    expect(batched.result()).toEqual(reference(all, bits));
    const oneByOne = logged(all, bits);
    expect(batched.result()).toEqual(oneByOne.result());
    expect(batched.result().count).toBeGreaterThan(0);
    // The log itself, as another thread would get it: the same rows, lines and positions.
    const [mine, theirs] = [batched.export(), oneByOne.export()];
    expect(mine?.size).toBe(theirs?.size);
    expect(mine?.lines.subarray(0, mine.size)).toEqual(theirs?.lines.subarray(0, theirs.size));
    expect(mine?.blocks.map((blocks) => blocks.length)).toEqual(theirs?.blocks.map((blocks) => blocks.length));
  });

  it('exports nothing once its log turned into a table', () => {
    const log = logged(rows(100, 100, 3), 6);
    expect(log.logging).toBe(false);
    expect(log.export()).toBeUndefined();
    expect(log.remaining).toBe(0);
  });

  it('turns into a table rather than store a line past 32 bits', () => {
    const all = [
      ...rows(30, 1_000_000, 4),
      { first: 11, second: 12, line: 2 ** 33 },
      { first: 11, second: 12, line: 2 ** 33 + 1 },
    ];
    const log = logged(all, 10);
    expect(log.logging).toBe(false);
    expect(log.result()).toEqual(reference(all, 10));
    expect(log.result().examples).toEqual([2 ** 33 + 1]);
  });
});
