/**
 * The two-thread CSV profiler (src/validate/parallel.ts) must give the profile one thread gives: every count,
 * extreme, line number, sketch bucket, string value and duplicate row; mean, m2 and sum only to rounding.
 * The worker runs the bundled dist/workers/profile.js (the test command builds before vitest).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/core/random.js';
import { readCsv } from '../../src/data/csv.js';
import { knownFileSha256, ReadDigest } from '../../src/data/digest.js';
import {
  type CsvProfileOptions,
  type CsvReadMode,
  MIN_SPLIT_BYTES,
  profileCsvInParallel,
} from '../../src/validate/parallel.js';
import { type DataProfile, Profiler } from '../../src/validate/profile.js';
import { comparableProfile } from './comparable-profile.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin/mlops.js');
const workerUrl = new URL('../../dist/workers/profile.js', import.meta.url);
const built = existsSync(fileURLToPath(workerUrl));

const HEADER = 'x,y,k,c,flag,note';

/**
 * Rows whose second half holds what must keep its line numbers and counts across the split: the extremes, text
 * in a numeric column, a NaN, a ragged row, new category values, and duplicates of first-half rows (cross-split
 * duplicates) as well as of its own rows.
 */
function generateRows(rows: number, seed: number): string[] {
  const random = mulberry32(seed);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const late = r > rows * 0.6;
    const x = random() < 0.02 ? '' : ((random() - 0.5) * 2000).toFixed(4);
    const y = String(Math.floor(random() * 1e6));
    const k = String(Math.floor(random() * 5));
    const c = `c${Math.floor(random() * (late ? 400 : 300))}`;
    const flag = random() < 0.5 ? 'true' : 'false';
    const note = random() < 0.001 ? 'n/a' : `n${Math.floor(random() * 50)}`;
    out.push([x, y, k, c, flag, note].join(','));
  }
  const set = (row: number, line: string) => {
    out[row] = line;
  };
  set(Math.floor(rows * 0.8), '99999,1,2,c1,true,n1');
  set(Math.floor(rows * 0.81), '-99999,1,2,c1,true,n1');
  set(Math.floor(rows * 0.82), '1.5,oops,2,c1,true,n1');
  set(Math.floor(rows * 0.83), 'NaN,3,2,c1,true,n1');
  set(Math.floor(rows * 0.84), '1,2,3');
  for (let i = 0; i < 40; i++) out[Math.floor(rows * 0.55) + i * 97] = out[i * 131]!;
  for (let i = 0; i < 10; i++) out[Math.floor(rows * 0.9) + i] = out[Math.floor(rows * 0.7) + i]!;
  return out;
}

function csv(rows: readonly string[]): string {
  return `${HEADER}\n${rows.join('\n')}\n`;
}

async function single(file: string): Promise<DataProfile> {
  const profiler = new Profiler();
  profiler.beginFile(file, null);
  await readCsv(file, profiler, {});
  profiler.endFile();
  return profiler.finish();
}

async function parallel(
  files: string[],
  segments: Pick<CsvProfileOptions, 'segmentBytes' | 'split'> = {},
): Promise<{ profile: DataProfile; modes: CsvReadMode[] }> {
  const profiler = new Profiler();
  const modes: CsvReadMode[] = [];
  for (const file of files) {
    profiler.beginFile(file, null);
    const content = await readFile(file);
    const digest = await ReadDigest.start(file);
    modes.push(
      await profileCsvInParallel(file, content.length, profiler, {
        delimiter: ',',
        workerUrl,
        digest,
        ...segments,
      }),
    );
    await digest?.finish();
    const sha256 = createHash('sha256').update(content).digest('hex');
    // Split, the worker takes the digest (not this thread reading the file again afterwards); a file profiled
    // before in this process has it already (no digest to take).
    if (digest !== undefined && modes.at(-1)?.threads === 2) expect(await digest.pending).toBe(sha256);
    // Whichever way the file was read, the digest taken on the way is the file's.
    expect(await knownFileSha256(file)).toBe(sha256);
    profiler.endFile();
  }
  return { profile: profiler.finish(), modes };
}

/** The profile without what legitimately differs: the timestamp, and moments beyond rounding. */
const comparable = (profile: DataProfile) => comparableProfile(profile, { sources: true, moments: 'round' });

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlops-parallel-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!built)('profiling a CSV file with two threads', () => {
  it('gives the one-thread profile: lines, extremes, anomalies and duplicates across the split', async () => {
    const file = path.join(dir, 'plain.csv');
    await writeFile(file, csv(generateRows(40_000, 1)));
    const { profile, modes } = await parallel([file]);
    expect(modes).toEqual([{ threads: 2, parts: 1 }]);
    const expected = await single(file);
    expect(comparable(profile)).toEqual(comparable(expected));
    // The generated rows exercise what is at stake.
    expect(expected.duplicateRows.count).toBe(50);
    expect(expected.raggedRows.examples[0]!.line).toBeGreaterThan(20_000);
    const x = expected.columns.find((column) => column.name === 'x')!;
    expect(x.numeric.maxLine).toBeGreaterThan(20_000);
    const y = expected.columns.find((column) => column.name === 'y')!;
    expect(y.examples.text[0]!.line).toBeGreaterThan(20_000);
  });

  it('carries duplicate rows over to the next file of a glob', async () => {
    const rows = generateRows(20_000, 2);
    const a = path.join(dir, 'a.csv');
    const b = path.join(dir, 'b.csv');
    const whole = path.join(dir, 'ab.csv');
    await writeFile(a, csv(rows));
    await writeFile(b, csv(rows.slice(15_000).concat(rows.slice(0, 100))));
    await writeFile(whole, csv([...rows, ...rows.slice(15_000), ...rows.slice(0, 100)]));
    const { profile, modes } = await parallel([a, b]);
    expect(modes).toEqual([
      { threads: 2, parts: 1 },
      { threads: 2, parts: 1 },
    ]);
    const expected = await single(whole);
    expect(profile.rows).toBe(expected.rows);
    expect(profile.duplicateRows.count).toBe(expected.duplicateRows.count);
    expect(profile.columns.map((column) => column.distinct)).toEqual(expected.columns.map((column) => column.distinct));
  });

  it.each([
    // The worker starts near the start: this thread soon meets it and steals segments from the end.
    ['this thread steals', 0.1],
    ['an even start', 0.5],
    // The worker starts near the end: it finishes its run first and steals segments back from this thread.
    ['the worker steals', 0.95],
  ])('gives the one-thread profile with many segments (%s)', async (_name, split) => {
    const file = path.join(dir, `segments-${split}.csv`);
    await writeFile(file, csv(generateRows(150_000, 8)));
    const { profile, modes } = await parallel([file], { segmentBytes: 128 * 1024, split });
    expect(modes).toMatchObject([{ threads: 2 }]);
    // The worker boots in tens of milliseconds, by which time this thread is past its few segments and stealing.
    const mode = modes[0] as { parts: number };
    if (split === 0.1) expect(mode.parts).toBeGreaterThan(2);
    expect(comparable(profile)).toEqual(comparable(await single(file)));
  });

  it('gives the one-thread profile when quoted fields span cuts between segments', async () => {
    const rows = generateRows(60_000, 9);
    for (const at of [0.3, 0.62, 0.9]) {
      rows[Math.floor(rows.length * at)] = `1,2,3,"${'multi\nline, with a comma\n'.repeat(4_000)}",true,n1`;
    }
    const file = path.join(dir, 'quoted-segments.csv');
    await writeFile(file, csv(rows));
    for (const split of [0.1, 0.5, 0.95]) {
      const { profile } = await parallel([file], { segmentBytes: 64 * 1024, split });
      expect(comparable(profile)).toEqual(comparable(await single(file)));
    }
  });

  it('reads on alone when the split falls inside a quoted field', async () => {
    const rows = generateRows(10_000, 3);
    rows[5_000] = `1,2,3,"${'long\nquoted\n'.repeat(30_000)}",true,n1`;
    const file = path.join(dir, 'quoted.csv');
    await writeFile(file, csv(rows));
    const { profile, modes } = await parallel([file]);
    expect(modes).toEqual([{ threads: 1, fallback: 'a cut between the threads is inside a quoted field' }]);
    expect({ ...profile, createdAt: null }).toEqual({ ...(await single(file)), createdAt: null });
  });

  it('reads the second half itself when a column has more distinct strings than are tracked', async () => {
    const rows = generateRows(30_000, 4).map((row, index) => `${row.slice(0, -1)}${index}`);
    const file = path.join(dir, 'ids.csv');
    await writeFile(file, csv(rows));
    const { profile, modes } = await parallel([file]);
    expect(modes).toEqual([{ threads: 1, fallback: 'too many distinct strings' }]);
    expect({ ...profile, createdAt: null }).toEqual({ ...(await single(file)), createdAt: null });
  });

  it('reports an error in the second half at its line in the file', async () => {
    const rows = generateRows(20_000, 5);
    rows[15_000] = '1,2,3,c1,true,"unterminated';
    const file = path.join(dir, 'broken.csv');
    await writeFile(file, csv(rows));
    const expected = await single(file).then(
      () => 'no error',
      (error: Error) => error.message,
    );
    expect(expected).toContain('line 15002');
    await expect(parallel([file])).rejects.toThrow(expected);
  });
});

interface Run {
  code: number | null;
  stderr: string;
}

function runCli(args: string[], threads: '1' | '2', nodeOptions: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, MLOPS_PROFILE_THREADS: threads };
    const child = spawn(process.execPath, [...nodeOptions, bin, ...args], {
      cwd: dir,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

interface ResultFile {
  statistics: Array<Record<string, unknown> & { mean: number | null; std: number | null }>;
  anomalies: unknown[];
  verdict: { checks: unknown[] };
}

async function result(out: string): Promise<ResultFile> {
  return JSON.parse(await readFile(path.join(out, 'result.json'), 'utf8')) as ResultFile;
}

function roundedStatistics(statistics: ResultFile['statistics']): unknown {
  const round = (value: number | null) => (value === null ? null : Number(value.toPrecision(12)));
  return statistics.map((column) => ({ ...column, mean: round(column.mean), std: round(column.std) }));
}

describe.skipIf(!built)('the bundled CLI on a file large enough to split', () => {
  it('writes the same statistics, anomalies and drift with one thread and with two', async () => {
    const rows = generateRows(150_000, 6);
    const data = path.join(dir, 'big.csv');
    await writeFile(data, csv(rows));
    expect((await readFile(data)).length).toBeGreaterThan(MIN_SPLIT_BYTES);
    const reference = path.join(dir, 'reference.csv');
    await writeFile(reference, csv(generateRows(3_000, 7)));

    const outputs: Record<string, ResultFile> = {};
    for (const threads of ['1', '2'] as const) {
      const profileOut = path.join(dir, `ref-${threads}`);
      const made = await runCli(
        ['validate-data', '--data', reference, '--output', profileOut, '--fail-on', 'none'],
        threads,
      );
      expect(made.code, made.stderr).toBe(0);
      const out = path.join(dir, `out-${threads}`);
      const run = await runCli(
        [
          'validate-data',
          '--data',
          data,
          '--reference',
          path.join(profileOut, 'profile.json'),
          '--output',
          out,
          '--fail-on',
          'none',
        ],
        threads,
      );
      expect(run.code, run.stderr).toBe(0);
      outputs[threads] = await result(out);
    }
    const one = outputs['1']!;
    const two = outputs['2']!;
    expect(two.anomalies).toEqual(one.anomalies);
    expect(one.anomalies.length).toBeGreaterThan(0);
    expect(roundedStatistics(two.statistics)).toEqual(roundedStatistics(one.statistics));
    expect(JSON.stringify(two.verdict.checks)).toBe(JSON.stringify(one.verdict.checks));
  });

  it('writes the same profile where WebAssembly cannot run (node --jitless has none): the JavaScript paths', async () => {
    const data = path.join(dir, 'no-wasm.csv');
    await writeFile(data, csv(generateRows(3_000, 8)));
    const profiles: unknown[] = [];
    for (const nodeOptions of [[], ['--jitless']]) {
      const out = path.join(dir, `no-wasm-${nodeOptions.length}`);
      const run = await runCli(
        ['validate-data', '--data', data, '--output', out, '--fail-on', 'none'],
        '1',
        nodeOptions,
      );
      expect(run.code, run.stderr).toBe(0);
      const profile = JSON.parse(await readFile(path.join(out, 'profile.json'), 'utf8')) as Record<string, unknown>;
      profiles.push({ ...profile, createdAt: '' });
    }
    expect(profiles[1]).toEqual(profiles[0]);
  });
});
