import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sketches from '@datadog/sketches-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/core/random.js';
import { readCsv } from '../../src/data/csv.js';
import type { RowVisitor, TypedValue } from '../../src/data/types.js';
import { type DataProfile, Profiler } from '../../src/validate/profile.js';
import { DistinctSketch, fastSketchKey, QuantileSketch, sketchKey } from '../../src/validate/sketches.js';

/**
 * The profiler has two ways in for CSV: batches of quote-free records from the fast scanner (csvRecords, with
 * numerals already parsed and text answered from a per-column cache), and one call per cell for everything
 * else. Both must leave exactly the same profile.
 */

/** The profiler seen through the per-cell RowVisitor contract only: the reader cannot use the fast path. */
class CellByCell implements RowVisitor {
  constructor(readonly inner: Profiler) {}
  header(columns: readonly string[]): void {
    this.inner.header(columns);
  }
  addColumn(name: string): number {
    return this.inner.addColumn(name);
  }
  text(column: number, bytes: Uint8Array, start: number, end: number): void {
    this.inner.text(column, bytes, start, end);
  }
  textString(column: number, value: string): void {
    this.inner.textString(column, value);
  }
  typed(column: number, value: TypedValue): void {
    this.inner.typed(column, value);
  }
  beginRow(line: number): void {
    this.inner.beginRow(line);
  }
  endRow(line: number, fieldCount: number): void {
    this.inner.endRow(line, fieldCount);
  }
}

/** Every kind of cell the fast scanner must either read right or hand over to the general scanner. */
const ODD_CELLS = [
  '',
  '0',
  '-0',
  '+7',
  '-',
  '+',
  '.',
  '.5',
  '-.5',
  '5.',
  '1e5',
  '-2.5E-3',
  '1e400',
  '123456789012345',
  '1234567890123456',
  '12345678901234567890',
  '0.0000000000000000000001',
  '0.00000000000000000000000123',
  '999999999.5',
  // Eight digits fill one of the scanner's words exactly; longer runs take several.
  '12345678',
  '-87654321.5',
  '00000000',
  '1.12345678',
  '123456781234567.0',
  '1234567890.25',
  ' 7',
  '7 ',
  'NA',
  'N/A',
  'null',
  'None',
  'nan',
  'NaN',
  '-inf',
  'Infinity',
  'true',
  'FALSE',
  '0x1F',
  '1_000',
  'café',
  '日本',
  'x'.repeat(80),
  '"quoted, with comma"',
  '"say ""hi"""',
  '"two\nlines"',
];

function generate(rows: number, seed: number, lineEnd: string): string {
  const random = mulberry32(seed);
  const lines = ['f,i,c,odd,s,n'];
  for (let r = 0; r < rows; r++) {
    const f =
      random() < 0.03 ? '' : ((random() - 0.3) * 10 ** Math.floor(random() * 8)).toFixed(Math.floor(random() * 7));
    const i = String(Math.floor(random() * 100) - 20);
    const c = `cat_${Math.floor(random() ** 2 * 40)}`;
    const odd = ODD_CELLS[Math.floor(random() * ODD_CELLS.length)]!;
    const s = `${Math.floor(random() * 30)}`;
    const n = random() < 0.5 ? 'true' : String(Math.floor(random() * 3));
    let line = [f, i, c, odd, s, n].join(',');
    const shape = random();
    if (shape < 0.01)
      line = [f, i, c].join(','); // ragged
    else if (shape < 0.015) line = `${line},extra`;
    else if (shape < 0.02 && !odd.includes('"')) line = [f, i, c, odd, s, n].join(',').replace(/,/g, ',,').slice(0, 30);
    lines.push(line);
    if (random() < 0.005) lines.push(''); // blank line
    if (random() < 0.01) lines.push(line); // duplicate row
  }
  return `${lines.join(lineEnd)}${lineEnd}`;
}

async function profileBoth(
  file: string,
  stringColumns: ReadonlySet<string>,
  delimiter = ',',
): Promise<[DataProfile, DataProfile]> {
  const fast = new Profiler({ stringColumns });
  fast.beginFile(file, null);
  await readCsv(file, fast, { delimiter });
  fast.endFile();
  const slow = new Profiler({ stringColumns });
  slow.beginFile(file, null);
  await readCsv(file, new CellByCell(slow), { delimiter });
  slow.endFile();
  return [fast.finish(), slow.finish()];
}

function withoutTimestamp(profile: DataProfile): DataProfile {
  return { ...profile, createdAt: '' };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlops-fast-path-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('CSV fast path', () => {
  it.each([
    ['LF', '\n', 3_000],
    ['CRLF', '\r\n', 3_000],
    ['CR', '\r', 500],
    // Larger than one read (1 MiB): records cut by the end of a read.
    ['LF, several reads', '\n', 60_000],
  ])('whole records and cell-by-cell reading give the same profile (%s)', async (_name, lineEnd, rows) => {
    const file = join(dir, `data-${rows}-${lineEnd.length}-${lineEnd.charCodeAt(0)}.csv`);
    await writeFile(file, generate(rows, rows + lineEnd.length, lineEnd));
    for (const stringColumns of [new Set<string>(), new Set(['s', 'odd'])]) {
      const [fast, slow] = await profileBoth(file, stringColumns);
      expect(withoutTimestamp(fast)).toEqual(withoutTimestamp(slow));
      expect(fast.rows).toBeGreaterThan(rows * 0.99);
      expect(fast.duplicateRows.count).toBeGreaterThan(0);
      expect(fast.raggedRows.count).toBeGreaterThan(0);
    }
  });

  it('a repeated column name (its cells belong to no column) and short rows across batches of staged rows', async () => {
    const random = mulberry32(3);
    const lines = ['a,b,a,c'];
    for (let r = 0; r < 2_000; r++) {
      const cells = [String(r % 11), (random() * 100).toFixed(2), `x${r % 5}`, random() < 0.1 ? '' : String(r)];
      lines.push(cells.slice(0, random() < 0.05 ? 2 : 4).join(','));
    }
    const file = join(dir, 'repeated.csv');
    await writeFile(file, `${lines.join('\n')}\n`);
    const [fast, slow] = await profileBoth(file, new Set());
    expect(withoutTimestamp(fast)).toEqual(withoutTimestamp(slow));
    expect(fast.duplicateColumns).toEqual(['a']);
    expect(fast.raggedRows.count).toBeGreaterThan(0);
  });

  it('records wider than a batch first has room for, and a batch that ends inside a run of numerals', async () => {
    const random = mulberry32(5);
    const columns = Array.from({ length: 70 }, (_, index) => `c${index}`);
    const lines = [columns.join(',')];
    // More than one read (1 MiB): the batch makes room for the wider records between reads.
    for (let r = 0; r < 4_000; r++) {
      const cells = columns.map((_, index) =>
        index % 7 === 3 ? `t${r % 4}` : (random() * 50 - 10).toFixed(index % 4),
      );
      // Some records are short, so a column's run of numerals stops at a record that lacks the column.
      lines.push(cells.slice(0, random() < 0.03 ? 40 : 70).join(','));
    }
    const file = join(dir, 'wide.csv');
    await writeFile(file, `${lines.join('\n')}\n`);
    const [fast, slow] = await profileBoth(file, new Set());
    expect(withoutTimestamp(fast)).toEqual(withoutTimestamp(slow));
    expect(fast.columns).toHaveLength(70);
    expect(fast.columns[69]!.missing).toBeGreaterThan(0);
    expect(fast.raggedRows.count).toBeGreaterThan(0);
  });

  it('a record longer than the read buffer among fast records (the buffer grows and keeps its bytes)', async () => {
    const random = mulberry32(9);
    const lines = ['a,b,c'];
    const row = (): string => `${(random() * 100).toFixed(3)},${Math.floor(random() * 9)},k${Math.floor(random() * 5)}`;
    for (let r = 0; r < 20_000; r++) lines.push(row());
    lines.push(`1.5,2,${'z'.repeat(3 * 1024 * 1024)}`);
    for (let r = 0; r < 20_000; r++) lines.push(row());
    const file = join(dir, 'long-record.csv');
    await writeFile(file, `${lines.join('\n')}\n`);
    const [fast, slow] = await profileBoth(file, new Set());
    expect(withoutTimestamp(fast)).toEqual(withoutTimestamp(slow));
    expect(fast.rows).toBe(40_001);
  });

  it.each([
    ['-', '-'],
    ['.', '.'],
    ['+', '+'],
    ['7', '7'],
  ])(
    'a delimiter that can be part of a numeral (%s) splits fields as the general scanner does',
    async (_name, delimiter) => {
      const random = mulberry32(delimiter.charCodeAt(0));
      const lines = [['a', 'b', 'c'].join(delimiter)];
      for (let r = 0; r < 2_000; r++) {
        // Empty cells (so a field can start with the delimiter) and a numeral last (so one can end at a line end).
        const float = random() < 0.1 ? '' : (random() * 20 - 10).toFixed(2);
        lines.push([`t${r % 3}`, float, String(Math.floor(random() * 100))].join(delimiter));
      }
      const file = join(dir, `delimiter-${delimiter.charCodeAt(0)}.csv`);
      await writeFile(file, `${lines.join('\n')}\n`);
      const [fast, slow] = await profileBoth(file, new Set(), delimiter);
      expect(withoutTimestamp(fast)).toEqual(withoutTimestamp(slow));
      expect(fast.rows).toBe(2_000);
    },
  );

  it('records far wider than the header, and a header wider than a batch takes', async () => {
    // Each overlong record is ragged and the general scanner's; the batch keeps the header's width.
    const overlong = ['a,b', ...Array.from({ length: 30 }, (_, r) => `${r},${','.repeat(200_000)}`), '1,2', ''];
    const ragged = join(dir, 'overlong.csv');
    await writeFile(ragged, overlong.join('\n'));
    const [fast, slow] = await profileBoth(ragged, new Set());
    expect(withoutTimestamp(fast)).toEqual(withoutTimestamp(slow));
    expect(fast.raggedRows.count).toBe(30);

    const header = Array.from({ length: 5_000 }, (_, index) => `c${index}`);
    const wideLines = [header.join(',')];
    for (let r = 0; r < 50; r++) wideLines.push(header.map((_, index) => String((r * index) % 97)).join(','));
    const wide = join(dir, 'very-wide.csv');
    await writeFile(wide, `${wideLines.join('\n')}\n`);
    const [wideFast, wideSlow] = await profileBoth(wide, new Set());
    expect(withoutTimestamp(wideFast)).toEqual(withoutTimestamp(wideSlow));
    expect(wideFast.columns).toHaveLength(5_000);
  });

  it('files whose columns come in different orders: each column keeps its own distinct count', async () => {
    // The kernel counts a batch column's distinct values by position; a new header must not mix them up.
    const random = mulberry32(13);
    const write = async (name: string, columns: string[], rows: number): Promise<string> => {
      const lines = [columns.join(',')];
      for (let r = 0; r < rows; r++) {
        const cells: Record<string, string> = {
          wide: (random() * 1e6).toFixed(2),
          narrow: String(r % 3),
          text: `k${r % 4}`,
        };
        lines.push(columns.map((column) => cells[column]).join(','));
      }
      const file = join(dir, name);
      await writeFile(file, `${lines.join('\n')}\n`);
      return file;
    };
    const files = [
      await write('order-1.csv', ['wide', 'narrow', 'text'], 5_000),
      await write('order-2.csv', ['narrow', 'wide', 'text'], 5_000),
    ];
    const fast = new Profiler();
    const slow = new Profiler();
    for (const file of files) {
      for (const [profiler, visitor] of [
        [fast, fast],
        [slow, new CellByCell(slow)],
      ] as const) {
        profiler.beginFile(file, null);
        await readCsv(file, visitor, { delimiter: ',' });
        profiler.endFile();
      }
    }
    const [fastProfile, slowProfile] = [fast.finish(), slow.finish()];
    expect(withoutTimestamp(fastProfile)).toEqual(withoutTimestamp(slowProfile));
    const narrow = fastProfile.columns.find((column) => column.name === 'narrow')!;
    expect(DistinctSketch.fromJSON(narrow.distinct).estimate()).toBe(3);
  });

  it('cached texts with the same length and FNV-1a hash are told apart by their bytes', async () => {
    // Pairs found by a birthday search: the cache's key is the hash, so only its byte compare (eight bytes at a
    // time, the last few as a masked word) separates each pair. The ones with a common first word differ only
    // in the last partial word or only in the second word.
    const pairs = [
      ['lpg2e9n', 'mjgegvg'],
      ['tfy0l1mt', 'xs3f2eew'],
      ['kkkkkkkk1vlk', 'kkkkkkkkipde'],
      ['kkkkkkkk9vxn4r00', 'kkkkkkkkd4haarng'],
      ['niget900o0uwxgaeo487', '0g54ac3vf4h8mgtemdlc'],
    ];
    const texts = pairs.flat();
    const lines = ['t,v'];
    for (let r = 0; r < 3_000; r++) lines.push(`${texts[(r * 3) % texts.length]},${r % 5}`);
    const file = join(dir, 'collisions.csv');
    await writeFile(file, `${lines.join('\n')}\n`);
    const [fast, slow] = await profileBoth(file, new Set());
    expect(withoutTimestamp(fast)).toEqual(withoutTimestamp(slow));
    expect(Object.keys(fast.columns[0]!.strings.values).sort()).toEqual([...texts].sort());
  });

  it("more cached text than the kernel's shared cache holds (entries for all columns, its byte arena)", async () => {
    // 20 columns × 2,048 distinct 60-byte values: about 2.4 MB of text for a 1 MiB arena, so caching stops
    // part-way (remember answers -1) and the rest is counted the long way.
    const columns = Array.from({ length: 20 }, (_, index) => `c${index}`);
    const lines = [columns.join(',')];
    for (let r = 0; r < 4_096; r++) {
      lines.push(columns.map((_, c) => `v${c}-${String(r % 2_048).padStart(4, '0')}-${'x'.repeat(50)}`).join(','));
    }
    const file = join(dir, 'cache-limits.csv');
    await writeFile(file, `${lines.join('\n')}\n`);
    const [fast, slow] = await profileBoth(file, new Set());
    expect(withoutTimestamp(fast)).toEqual(withoutTimestamp(slow));
    expect(fast.columns[19]!.strings.otherCount).toBeGreaterThan(0);
  });

  it('numerals counted in a narrow batch keep their distinct counts when the batch widens to the header', async () => {
    // The first read's batch has room for 32 fields: short records (ragged) are taken fast and fill the
    // registers of their columns; from the next read the batch is laid out for the 70-column header.
    const random = mulberry32(21);
    const columns = Array.from({ length: 70 }, (_, index) => `c${index}`);
    const lines = [columns.join(',')];
    for (let r = 0; r < 30_000; r++) {
      const width = r < 12_000 ? 20 : 70;
      lines.push(Array.from({ length: width }, () => (random() * 1000).toFixed(2)).join(','));
    }
    const file = join(dir, 'narrow-then-wide.csv');
    await writeFile(file, `${lines.join('\n')}\n`);
    const [fast, slow] = await profileBoth(file, new Set());
    expect(withoutTimestamp(fast)).toEqual(withoutTimestamp(slow));
    expect(fast.raggedRows.count).toBe(12_000);
  });

  it('a column with more distinct strings than the text cache holds', async () => {
    const lines = ['id,v'];
    for (let r = 0; r < 20_000; r++) lines.push(`id-${r % 7_000},${r % 3}`);
    const file = join(dir, 'ids.csv');
    await writeFile(file, `${lines.join('\n')}\n`);
    const [fast, slow] = await profileBoth(file, new Set());
    expect(withoutTimestamp(fast)).toEqual(withoutTimestamp(slow));
    expect(fast.columns[0]!.strings.otherCount).toBeGreaterThan(0);
  });
});

describe('QuantileSketch', () => {
  it('has the buckets and quantiles of @datadog/sketches-js, whose profiles it reads and merges', () => {
    const random = mulberry32(5);
    // Signed zeros, subnormals (below and above the smallest indexable magnitude) and the smallest normal value.
    const edges = [
      -0, 5e-324, -5e-324, 1e-308, -1e-308, 1.5e-308, -1.5e-308, 2.2250738585072014e-308, -2.2250738585072014e-308,
    ];
    for (const scale of [1e-300, 1e-5, 1, 1e6, 1e300]) {
      const library = new sketches.DDSketch({ relativeAccuracy: 0.01 });
      const ours = new QuantileSketch();
      const batch = new Float64Array(4_000);
      for (let i = 0; i < batch.length; i++) {
        const draw = random();
        const value =
          i < edges.length ? edges[i]! : draw < 0.1 ? 0 : (draw < 0.4 ? -1 : 1) * Math.exp(random() * 20 - 10) * scale;
        library.accept(value);
        batch[i] = value;
      }
      ours.addMany(batch, 2_000);
      for (let i = 2_000; i < batch.length; i++) ours.add(batch[i]!);
      const serialize = (store: typeof library.store) => {
        if (store.count === 0) return { offset: 0, counts: [] };
        const counts: number[] = [];
        for (let key = store.minKey; key <= store.maxKey; key++) counts.push(store.bins[key - store.offset] ?? 0);
        return { offset: store.minKey, counts };
      };
      expect(ours.toJSON()).toEqual({
        relativeAccuracy: 0.01,
        zeroCount: library.zeroCount,
        positive: serialize(library.store),
        negative: serialize(library.negativeStore),
      });
      for (const q of [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1]) {
        expect(ours.quantile(q)).toBe(library.getValueAtQuantile(q));
      }
    }
  });

  it('fastSketchKey and the batched keys equal Math.log2-based keys, bucket boundaries and extremes included', () => {
    const random = mulberry32(9);
    const multiplier = (1 / Math.log1p(0.02 / 0.99)) * Math.log(2);
    const values: number[] = [5e-324, 1e-310, 2.2250738585072014e-308, Number.MAX_VALUE, 0.5, 1, 2, 3];
    for (let i = 0; i < 200_000; i++) values.push(Math.exp((random() - 0.5) * 1400));
    for (let key = -30_000; key <= 30_000; key += 3) {
      const boundary = 2 ** (key / multiplier);
      for (const ulps of [-2, -1, 0, 1, 2]) values.push(boundary * (1 + ulps * 2 ** -52));
    }
    const wrong = values.filter((value) => fastSketchKey(value) !== sketchKey(value));
    expect(wrong).toEqual([]);

    // The batched path keys by the same tables in WebAssembly, of both signs, for exponents it has seen and not.
    const signed = values.flatMap((value, index) => (index % 3 === 0 ? [value, -value] : [value]));
    const batched = new QuantileSketch();
    batched.addMany(Float64Array.from(signed), signed.length);
    const oneByOne = new QuantileSketch();
    for (const value of signed) oneByOne.add(value);
    expect(batched.toJSON()).toEqual(oneByOne.toJSON());
  });
});
