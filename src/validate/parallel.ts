import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { ConfigurationError, describeThrown } from '../core/errors.js';
import { readCsvHeader, readCsvRange } from '../data/csv.js';
import type { ReadDigest } from '../data/digest.js';
import { type ProfilePart, Profiler } from './profile.js';
import { takeProfileWorker, WORKER_URL } from './worker-start.js';

export { WORKER_URL };

/**
 * Profiles one large CSV file with two threads, and the profile is the one a single pass gives.
 *
 * The file is cut into segments at line breaks. This thread reads from the start and a worker thread from the
 * middle, each claiming the next segment as it reaches it. The one that runs into the other's claims first
 * then steals unclaimed segments from the far end of the other's run, profiling each on its own, until the two
 * meet. A fixed split would leave one thread idle: a worker's boot and a busy core vary from run to run. This
 * thread finally absorbs the other parts in file order and finishes the profile, while the worker takes the
 * file's digest (for lineage): each has about that much left after the profiling.
 *
 * Nothing about a cut is assumed:
 * - A segment starts after a line break, which is a record start unless the break is inside a quoted field.
 *   Each part knows whether a record ends exactly at its end, and the first part starts at the start of the
 *   file, so parts are absorbed in order only while each one's end is a record end; the rest of the file is
 *   then read here, as a single pass would read it, so errors name the right lines.
 * - A part can only be absorbed exactly if it tracked every distinct string it saw and all rows fit the
 *   duplicate-row table together (Profiler.absorb checks both; files estimated to have more rows than it
 *   holds, about 2.9 million, are not split at all); a worker that fails for any reason (a parse error in its
 *   segments included) is treated the same way.
 * Mean, m2 and sum are combined with Chan's formula, so they can differ from a single pass in the last bits;
 * every count, extreme, line, sketch bucket and string value is identical.
 */

/** Below this size a worker's start-up (tens of milliseconds) costs more than it saves. */
export const MIN_SPLIT_BYTES = 4 * 1024 * 1024;
/**
 * Segments are at least this large (but there are always two) and at most MAX_SEGMENTS: the threads then meet
 * within about 3% of the file of each other, and the few stolen segments' own tables and absorbing them cost
 * little.
 */
const MIN_SEGMENT_BYTES = 1024 * 1024;
const MAX_SEGMENTS = 32;
const SPLIT_SEARCH_BYTES = 1 << 16;
/**
 * This thread's duplicate-row log is sized for at least this many rows of its own run when a file is split, so
 * it is allocated once rather than grown by doubling; the parts absorbed bring their own logs.
 */
const MIN_TABLE_ROWS = 1_000_000;
/**
 * Where the worker starts when it also takes the digest: it boots later than this thread, and hashing the whole
 * file after its share takes longer than this thread's finishing the profile, so its share is the smaller one
 * (measured on a 1M-row file: both then end about together). This thread steals from the end of the worker's
 * run if the worker falls behind; the worker does not steal back, having the digest to take.
 */
const DIGEST_SPLIT = 0.57;
/** Claims on segments, in a shared Int32Array: each segment is profiled by the thread that claimed it. */
export const FREE = 0;
export const MAIN = 1;
export const WORKER = 2;
/** Index in the control array: set to 1 when this thread reads on alone, so the worker stops. */
export const ABORT = 0;

export interface PartRequest {
  path: string;
  delimiter: string;
  header: string[];
  stringColumns: string[];
  /** Byte offset of each segment's start, and the file's size last. */
  starts: number[];
  /** The segment the worker starts at (already claimed for it). */
  first: number;
  /** One claim per segment: FREE, MAIN or WORKER. */
  claims: SharedArrayBuffer;
  control: SharedArrayBuffer;
  bytesPerRow: number;
  /** Whether the worker then takes the whole file's sha256 (a `digest` reply). */
  digest: boolean;
}

/**
 * A run of segments profiled apart from this thread's own run: segments [segment, end), `lines` physical
 * lines, and whether a record ends exactly at its end (the end of the file always counts as one).
 */
export interface SegmentPart {
  segment: number;
  end: number;
  part: ProfilePart;
  lines: number;
  cleanEnd: boolean;
}

export type PartReply =
  | { kind: 'segment'; result: SegmentPart }
  | { kind: 'done' }
  | { kind: 'unmergeable'; reason: string }
  /** After `done` (or `unmergeable`): the file's sha256, undefined if it could not be read. */
  | { kind: 'digest'; sha256: string | undefined };

export interface CsvProfileOptions {
  delimiter: string;
  stringColumns?: ReadonlySet<string>;
  /** Where the worker script is (tests point at the built one). */
  workerUrl?: URL;
  /**
   * The file's digest: the worker takes it after its share of the profile, while this thread finishes the
   * profile; read alone, the file is hashed as it is read.
   */
  digest?: ReadDigest;
  /** Segment size (tests use small ones to get many segments out of small files). */
  segmentBytes?: number;
  /** Where the worker starts, as a fraction of the segments (default 0.5; tests move it to make one side steal). */
  split?: number;
}

/** How a file was read: one thread, two, or two attempted and the rest read here (and why). */
export type CsvReadMode =
  | { threads: 1 }
  /** `parts`: how many parts profiled apart from this thread's run were absorbed (the worker's run, stolen segments). */
  | { threads: 2; parts: number }
  | { threads: 1; fallback: string };

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

/** What the worker has sent so far, and how it ended. */
class WorkerParts {
  readonly segments = new Map<number, SegmentPart>();
  failure: string | undefined;
  /** The file's sha256 the worker takes when asked to (undefined if it fails or stops first). */
  readonly digest: Promise<string | undefined>;
  private finished = false;
  private wake: (() => void) | undefined;

  constructor(worker: Worker) {
    let settleDigest: (sha256: string | undefined) => void = () => {};
    this.digest = new Promise((resolve) => {
      settleDigest = resolve;
    });
    worker.on('message', (message: PartReply) => {
      if (message.kind === 'segment') this.segments.set(message.result.segment, message.result);
      else if (message.kind === 'done') this.end(undefined);
      else if (message.kind === 'digest') settleDigest(message.sha256);
      else this.end(message.reason);
    });
    worker.on('error', (error) => {
      this.end(`worker error: ${error.message}`);
      settleDigest(undefined);
    });
    worker.on('exit', (code) => {
      this.end(`worker exited (${code})`);
      settleDigest(undefined);
    });
  }

  private end(failure: string | undefined): void {
    if (this.finished) return;
    this.finished = true;
    this.failure = failure;
    this.wake?.();
  }

  /** Resolves once the worker said it is done or failed. */
  done(): Promise<void> {
    if (this.finished) return Promise.resolve();
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }
}

/** For profileSegments: a single segment, not a run. */
export const NEVER = (_next: number): boolean => false;

/** Thrown by profileSegments when a part cannot be absorbed exactly, with why. */
export class UnmergeablePart extends Error {}

/**
 * Profiles segments [segment, end) on their own (a stolen segment; the worker's run), stopping early if
 * `claimNext` refuses the next segment. Used by both threads.
 */
export async function profileSegments(
  request: Pick<PartRequest, 'path' | 'delimiter' | 'header' | 'stringColumns' | 'starts' | 'bytesPerRow'>,
  segment: number,
  claimNext: (next: number) => boolean,
  aborted: () => boolean,
): Promise<SegmentPart> {
  const { starts } = request;
  const segments = starts.length - 1;
  const profiler = new Profiler({ stringColumns: new Set(request.stringColumns) });
  // A run may go on to the end of the file: its row log is sized for that once rather than grown by doubling.
  const reach = starts[claimNext === NEVER ? segment + 1 : segments]! - starts[segment]!;
  profiler.expectRows(Math.ceil(reach / request.bytesPerRow));
  let end = segment + 1;
  const result = await readCsvRange(
    request.path,
    profiler,
    { delimiter: request.delimiter },
    {
      start: starts[segment],
      header: request.header,
      line: 1,
      ...(end === segments
        ? {}
        : {
            stopAt: starts[end],
            // After the last segment's claim no stop is left, so `end` is a segment here.
            atStop: () => {
              if (!claimNext(end)) return undefined;
              end++;
              return end === segments ? Number.POSITIVE_INFINITY : starts[end];
            },
          }),
      // A column with more distinct strings than are tracked makes the part unmergeable: give up early.
      onChunk: () => !profiler.saturated() && !aborted(),
    },
  );
  if (profiler.saturated()) throw new UnmergeablePart('too many distinct strings');
  if (result.interrupted) throw new UnmergeablePart('stopped');
  return {
    segment,
    end,
    part: profiler.part(),
    lines: result.line - 1,
    cleanEnd: end === segments ? result.stoppedAt === undefined : result.boundaryAtStop === true,
  };
}

export async function profileCsvInParallel(
  path: string,
  bytes: number,
  profiler: Profiler,
  options: CsvProfileOptions,
): Promise<CsvReadMode> {
  const readOptions = { delimiter: options.delimiter, onBytes: options.digest?.see };
  const header = await readCsvHeader(path, options.delimiter);
  const plan = header === undefined ? undefined : planSegments(path, bytes, options.segmentBytes);
  // Rows beyond the duplicate-row table's capacity make the parts unmergeable (see Profiler.absorb): a file
  // that large is read in one pass rather than in two attempts.
  const tooManyRows = plan !== undefined && profiler.rowCapacityLeft() < bytes / plan.bytesPerRow;
  if (header === undefined || plan === undefined || tooManyRows) {
    await readCsvRange(path, profiler, readOptions);
    return tooManyRows ? { threads: 1, fallback: 'more rows than the duplicate-row table holds' } : { threads: 1 };
  }
  const { starts } = plan;
  const segments = starts.length - 1;
  // With the digest to take after its share, the worker starts past the middle (see DIGEST_SPLIT).
  const split = options.split ?? (options.digest === undefined ? 0.5 : DIGEST_SPLIT);
  const first = Math.min(segments - 1, Math.max(1, Math.round(segments * split)));
  const claims = new Int32Array(new SharedArrayBuffer(4 * segments));
  const control = new Int32Array(new SharedArrayBuffer(4));
  claims[0] = MAIN;
  claims[first] = WORKER;
  // This thread's own run; the other parts bring their own logs.
  profiler.expectRows(Math.max(MIN_TABLE_ROWS, Math.ceil((starts[first]! - starts[0]!) / plan.bytesPerRow)));

  const request: PartRequest = {
    path,
    delimiter: options.delimiter,
    header,
    stringColumns: [...(options.stringColumns ?? [])],
    starts,
    first,
    claims: claims.buffer as SharedArrayBuffer,
    control: control.buffer as SharedArrayBuffer,
    bytesPerRow: plan.bytesPerRow,
    digest: options.digest !== undefined,
  };
  const worker = takeProfileWorker(options.workerUrl ?? WORKER_URL);
  const parts = new WorkerParts(worker);
  const claim = (segment: number) => Atomics.compareExchange(claims, segment, FREE, MAIN) === FREE;
  const aborted = () => parts.failure !== undefined;
  let reached = 1;
  let quoted = false;
  const readAlone = () => {
    Atomics.store(control, ABORT, 1);
    return Number.POSITIVE_INFINITY;
  };
  try {
    worker.postMessage(request);
    options.digest?.elsewhere(
      parts.digest,
      () => worker.ref(),
      () => void worker.terminate(),
    );
    const mine = await readCsvRange(
      path,
      profiler,
      { delimiter: options.delimiter },
      {
        stopAt: starts[1],
        atStop: (clean) => {
          // A worker that already gave up is not waited for: read on.
          if (parts.failure !== undefined) return readAlone();
          if (claim(reached)) {
            reached++;
            return reached === segments ? Number.POSITIVE_INFINITY : starts[reached];
          }
          if (clean) return undefined;
          // The cut is inside a quoted field: the worker's part after it does not start at a record.
          quoted = true;
          return readAlone();
        },
      },
    );
    if (mine.stoppedAt === undefined) {
      if (quoted) return { threads: 1, fallback: 'a cut between the threads is inside a quoted field' };
      return { threads: 1, fallback: parts.failure ?? 'the worker failed' };
    }
    // Steal from the end of the worker's run while any of it is unclaimed: after the profile, this thread finishes
    // it while the worker takes the digest, about as long.
    const stolen = new Map<number, SegmentPart>();
    let stealFailure: string | undefined;
    for (let segment = segments - 1; segment > first && !aborted() && claim(segment); segment--) {
      try {
        stolen.set(segment, await profileSegments(request, segment, NEVER, aborted));
      } catch (error) {
        // Whatever went wrong (a parse error included: the cut may be inside a quoted field) is found again,
        // at its right line, when the rest of the file is read here.
        stealFailure = error instanceof UnmergeablePart ? error.message : describeThrown(error);
        break;
      }
    }
    await parts.done();
    let line = mine.line;
    let next = reached;
    let mismatch = false;
    let absorbed = 0;
    while (next < segments) {
      const part = parts.segments.get(next) ?? stolen.get(next);
      if (part === undefined || !part.cleanEnd) break;
      if (!profiler.absorb(part.part, line - 1)) {
        mismatch = true;
        break;
      }
      line += part.lines;
      next = part.end;
      absorbed++;
    }
    if (next === segments) return { threads: 2, parts: absorbed };
    await readCsvRange(path, profiler, { delimiter: options.delimiter }, { start: starts[next], header, line });
    const reason = mismatch ? 'the parts do not merge exactly' : (parts.failure ?? stealFailure ?? 'the worker failed');
    return { threads: 1, fallback: reason };
  } finally {
    // Not awaited: tearing down the worker's heap takes tens of milliseconds this thread need not wait for. A
    // worker taking the digest is let be until it has it; it keeps the process alive only for whoever waits
    // for that (see ReadDigest.elsewhere).
    Atomics.store(control, ABORT, 1);
    worker.unref();
    if (request.digest) void parts.digest.finally(() => worker.terminate());
    else void worker.terminate();
  }
}

/**
 * Segment starts: offset 0, then just after the first line break at or past each multiple of the segment size
 * (cuts that fall in one long line merge), and the file's size last; undefined when there is no second
 * segment. Also the average row length around the middle (to size the duplicate-row table).
 */
function planSegments(
  path: string,
  bytes: number,
  segmentBytes: number | undefined,
): { starts: number[]; bytesPerRow: number } | undefined {
  const count = Math.max(2, Math.min(MAX_SEGMENTS, Math.floor(bytes / (segmentBytes ?? MIN_SEGMENT_BYTES))));
  // Blocking reads: a few dozen small ones, each of which would otherwise wait for a thread-pool thread on cores
  // busy with the worker's boot (about 10-20 ms of this thread idle before its profile in a CPU profile).
  const descriptor = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(SPLIT_SEARCH_BYTES);
    const starts = [0];
    let bytesPerRow = 0;
    for (let segment = 1; segment < count; segment++) {
      const from = Math.max(Math.floor((bytes * segment) / count), starts.at(-1)!);
      let at = -1;
      // A line longer than one search buffer: look further.
      for (let position = from; at < 0 && position < bytes; position += SPLIT_SEARCH_BYTES) {
        const bytesRead = readSync(descriptor, buffer, 0, buffer.length, position);
        const sample = buffer.subarray(0, bytesRead);
        const found = sample.indexOf(0x0a);
        if (found >= 0) {
          at = position + found;
          if (bytesPerRow === 0 || segment === count >> 1) bytesPerRow = averageRowBytes(sample, found);
        }
        if (bytesRead === 0) break;
      }
      if (at < 0 || at + 1 >= bytes) break;
      if (at + 1 > starts.at(-1)!) starts.push(at + 1);
    }
    if (starts.length < 2) return undefined;
    starts.push(bytes);
    return { starts, bytesPerRow: Math.max(1, bytesPerRow) };
  } finally {
    closeSync(descriptor);
  }
}

/** Bytes per row from the line breaks in a sample, rounded down (tables are then sized for more rows, not fewer). */
function averageRowBytes(sample: Buffer, firstBreak: number): number {
  let breaks = 0;
  for (let i = firstBreak; i >= 0; i = sample.indexOf(0x0a, i + 1)) breaks++;
  return Math.floor((sample.length / breaks) * 0.9);
}
