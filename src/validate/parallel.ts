import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigurationError } from '../core/errors.js';
import { readCsvHeader, readCsvRange } from '../data/csv.js';
import type { ReadDigest } from '../data/digest.js';
import type { ProfilePart, Profiler } from './profile.js';

/**
 * Profiles one large CSV file with two threads: this one reads the first half, a worker thread the second, and
 * the worker's state is absorbed into this thread's profiler so the profile is the one a single pass gives.
 *
 * The split is speculative and checked, never assumed:
 * - The worker starts after the first line break past SPLIT_FRACTION of the file (about the middle). That is a record start unless
 *   the break is inside a quoted field; this thread reads its half from the start of the file, so it knows:
 *   if no record ends exactly at the split, it reads on to the end alone and the worker's part is dropped.
 * - A part can only be absorbed exactly if it tracked every distinct string it saw and the two halves' rows
 *   fit the duplicate-row table together (Profiler.absorb checks both; files estimated to have more rows than
 *   it holds, about 2.9 million, are not split at all); a worker that fails for any reason
 *   (a parse error in its half included) is treated the same way. In these cases this thread reads the second
 *   half itself after the first, which is what a single pass does, so errors name the right lines.
 * Mean, m2 and sum are combined with Chan's formula, so they can differ from a single pass in the last bits;
 * every count, extreme, line, sketch bucket and string value is identical.
 *
 * The worker runs the bundled dist/workers/profile.js next to the running bundle (Node 20 cannot start a
 * worker on TypeScript sources): where that file does not exist, as under vitest, files are read in one thread.
 */
export const WORKER_URL = new URL('../workers/profile.js', import.meta.url);

/** Below this size a worker's start-up (tens of milliseconds) costs more than it saves. */
export const MIN_SPLIT_BYTES = 4 * 1024 * 1024;
/** The worker's duplicate-row table can grow as large as the main one (it only grows as rows come). */
const WORKER_FINGERPRINT_SLOT_BITS = 22;
const SPLIT_SEARCH_BYTES = 1 << 20;
/**
 * Both threads' duplicate-row tables are sized for at least this many rows (16 MiB each, 24 with lines) when a
 * file is split: memory then stays the same from files just large enough to split to files of about 2.8
 * million rows, instead of stepping up with every doubling of the tables.
 */
const MIN_TABLE_ROWS = 1_000_000;
/**
 * The worker starts about a hundred milliseconds after this thread (it loads its code first), but this thread
 * has the merge to do afterwards: measured on the benchmark, an even split makes both finish together.
 */
const SPLIT_FRACTION = 0.5;

export interface PartRequest {
  path: string;
  delimiter: string;
  start: number;
  header: string[];
  stringColumns: string[];
  fingerprintSlotBits: number;
  expectedRows: number;
}

export type PartReply = { kind: 'part'; part: ProfilePart } | { kind: 'unmergeable'; reason: string };

export interface CsvProfileOptions {
  delimiter: string;
  stringColumns?: ReadonlySet<string>;
  /** Where the worker script is (tests point at the built one). */
  workerUrl?: URL;
  /**
   * Hashes the file on the way: this thread's half as it reads it, the worker's half while it waits for the
   * worker (it would otherwise sit idle), so the lineage digest adds nothing after the profile.
   */
  digest?: ReadDigest;
}

/** How a file was read: one thread, two, or two attempted and the second half re-read here (and why). */
export type CsvReadMode = { threads: 1 } | { threads: 2 } | { threads: 1; fallback: string };

/**
 * Threads to use: MLOPS_PROFILE_THREADS=1 turns the split off; =2 forces it for files of any size and fails
 * when the worker script is missing (so a test of the bundle cannot pass on the one-thread path by accident);
 * by default files of MIN_SPLIT_BYTES or more are split on machines with two or more cores.
 */
export function wantsSplit(bytes: number, workerUrl: URL = WORKER_URL): boolean {
  const setting = process.env.MLOPS_PROFILE_THREADS;
  if (setting === '1') return false;
  const available = existsSync(fileURLToPath(workerUrl));
  if (setting === '2') {
    if (!available) {
      throw new ConfigurationError(
        `MLOPS_PROFILE_THREADS=2 needs the worker script ${fileURLToPath(workerUrl)}: run the bundled CLI (npm run build)`,
      );
    }
    return true;
  }
  return available && bytes >= MIN_SPLIT_BYTES && availableParallelism() >= 2;
}

export async function profileCsvInParallel(
  path: string,
  bytes: number,
  profiler: Profiler,
  options: CsvProfileOptions,
): Promise<CsvReadMode> {
  const readOptions = { delimiter: options.delimiter, onBytes: options.digest?.see };
  const header = await readCsvHeader(path, options.delimiter);
  const split = header === undefined ? undefined : await splitPoint(path, bytes);
  // Rows beyond the duplicate-row table's capacity make the halves unmergeable (see Profiler.absorb): a file
  // that large is read in one pass rather than in two attempts.
  const tooManyRows = split !== undefined && profiler.rowCapacityLeft() < bytes / split.bytesPerRow;
  if (header === undefined || split === undefined || tooManyRows) {
    await readCsvRange(path, profiler, readOptions);
    return tooManyRows ? { threads: 1, fallback: 'more rows than the duplicate-row table holds' } : { threads: 1 };
  }
  const request: PartRequest = {
    path,
    delimiter: options.delimiter,
    start: split.offset,
    header,
    stringColumns: [...(options.stringColumns ?? [])],
    fingerprintSlotBits: WORKER_FINGERPRINT_SLOT_BITS,
    expectedRows: Math.max(MIN_TABLE_ROWS, Math.ceil((bytes - split.offset) / split.bytesPerRow)),
  };
  profiler.expectRows(Math.max(MIN_TABLE_ROWS, Math.ceil(split.offset / split.bytesPerRow)));
  const worker = new Worker(options.workerUrl ?? WORKER_URL, { workerData: request });
  let failed: string | undefined;
  let settled = false;
  const reply = new Promise<PartReply>((resolve) => {
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      failed = reason;
      resolve({ kind: 'unmergeable', reason });
    };
    worker.on('message', (message: PartReply) => {
      if (message.kind === 'unmergeable') fail(message.reason);
      else if (!settled) {
        settled = true;
        resolve(message);
      }
    });
    worker.on('error', (error) => fail(`worker error: ${error.message}`));
    worker.on('exit', (code) => fail(`worker exited (${code})`));
  });
  try {
    const first = await readCsvRange(path, profiler, readOptions, {
      stopAt: split.offset,
      // A worker that already gave up is not waited for: read on.
      continuePast: () => failed !== undefined,
    });
    if (first.stoppedAt === undefined) {
      const quoted = first.boundaryAtStop === false;
      return { threads: 1, fallback: quoted ? 'the split is inside a quoted field' : (failed ?? 'the worker failed') };
    }
    const [answer] = await Promise.all([reply, options.digest?.readRest()]);
    if (answer.kind === 'part' && profiler.absorb(answer.part, first.line - 1)) {
      return { threads: 2 };
    }
    // The digest already has these bytes.
    await readCsvRange(
      path,
      profiler,
      { delimiter: options.delimiter },
      { start: split.offset, header, line: first.line },
    );
    return { threads: 1, fallback: answer.kind === 'part' ? 'the halves do not merge exactly' : answer.reason };
  } finally {
    // Not awaited: tearing down the worker's heap takes tens of milliseconds this thread need not wait for.
    worker.unref();
    void worker.terminate();
  }
}

/**
 * Where the worker starts: just after the first line break at or past SPLIT_FRACTION of the file (undefined if
 * there is none), with the average row length around it (to size the duplicate-row tables).
 */
async function splitPoint(path: string, bytes: number): Promise<{ offset: number; bytesPerRow: number } | undefined> {
  const from = Math.floor(bytes * SPLIT_FRACTION);
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(SPLIT_SEARCH_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
    const sample = buffer.subarray(0, bytesRead);
    const at = sample.indexOf(0x0a);
    if (at < 0 || from + at + 1 >= bytes) return undefined;
    let breaks = 0;
    for (let i = at; i >= 0; i = sample.indexOf(0x0a, i + 1)) breaks++;
    // Rounded down, so the tables are sized for slightly more rows than expected rather than fewer.
    const bytesPerRow = Math.max(1, Math.floor((bytesRead / breaks) * 0.9));
    return { offset: from + at + 1, bytesPerRow };
  } finally {
    await handle.close();
  }
}
