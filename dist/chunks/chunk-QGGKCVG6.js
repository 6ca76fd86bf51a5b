import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  Profiler
} from "./chunk-QTAPR7R5.js";
import {
  readCsvHeader,
  readCsvRange
} from "./chunk-5BLKW2OX.js";
import {
  WORKER_URL,
  takeProfileWorker
} from "./chunk-NPMBRSQQ.js";
import {
  ConfigurationError,
  describeThrown
} from "./chunk-FCHSJP6A.js";

// src/validate/parallel.ts
import { closeSync, existsSync, openSync, readSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var MIN_SPLIT_BYTES = 4 * 1024 * 1024;
var MIN_SEGMENT_BYTES = 1024 * 1024;
var MAX_SEGMENTS = 32;
var SPLIT_SEARCH_BYTES = 1 << 16;
var MIN_TABLE_ROWS = 1e6;
var DIGEST_SPLIT = 0.57;
var FREE = 0;
var MAIN = 1;
var WORKER = 2;
var ABORT = 0;
function wantsSplit(bytes, workerUrl = WORKER_URL) {
  const setting = process.env.MLOPS_PROFILE_THREADS;
  if (setting === "1") return false;
  const available = existsSync(fileURLToPath(workerUrl));
  if (setting === "2") {
    if (!available) {
      throw new ConfigurationError(
        `MLOPS_PROFILE_THREADS=2 needs the worker script ${fileURLToPath(workerUrl)}: run the bundled CLI (npm run build)`
      );
    }
    return true;
  }
  return available && bytes >= MIN_SPLIT_BYTES && availableParallelism() >= 2;
}
var WorkerParts = class {
  segments = /* @__PURE__ */ new Map();
  failure;
  /** The file's sha256 the worker takes when asked to (undefined if it fails or stops first). */
  digest;
  finished = false;
  wake;
  constructor(worker) {
    let settleDigest = () => {
    };
    this.digest = new Promise((resolve) => {
      settleDigest = resolve;
    });
    worker.on("message", (message) => {
      if (message.kind === "segment") this.segments.set(message.result.segment, message.result);
      else if (message.kind === "done") this.end(void 0);
      else if (message.kind === "digest") settleDigest(message.sha256);
      else this.end(message.reason);
    });
    worker.on("error", (error) => {
      this.end(`worker error: ${error.message}`);
      settleDigest(void 0);
    });
    worker.on("exit", (code) => {
      this.end(`worker exited (${code})`);
      settleDigest(void 0);
    });
  }
  end(failure) {
    if (this.finished) return;
    this.finished = true;
    this.failure = failure;
    this.wake?.();
  }
  /** Resolves once the worker said it is done or failed. */
  done() {
    if (this.finished) return Promise.resolve();
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }
};
var NEVER = (_next) => false;
var UnmergeablePart = class extends Error {
};
async function profileSegments(request, segment, claimNext, aborted) {
  const { starts } = request;
  const segments = starts.length - 1;
  const profiler = new Profiler({ stringColumns: new Set(request.stringColumns) });
  const reach = starts[claimNext === NEVER ? segment + 1 : segments] - starts[segment];
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
      ...end === segments ? {} : {
        stopAt: starts[end],
        // After the last segment's claim no stop is left, so `end` is a segment here.
        atStop: () => {
          if (!claimNext(end)) return void 0;
          end++;
          return end === segments ? Number.POSITIVE_INFINITY : starts[end];
        }
      },
      // A column with more distinct strings than are tracked makes the part unmergeable: give up early.
      onChunk: () => !profiler.saturated() && !aborted()
    }
  );
  if (profiler.saturated()) throw new UnmergeablePart("too many distinct strings");
  if (result.interrupted) throw new UnmergeablePart("stopped");
  return {
    segment,
    end,
    part: profiler.part(),
    lines: result.line - 1,
    cleanEnd: end === segments ? result.stoppedAt === void 0 : result.boundaryAtStop === true
  };
}
async function profileCsvInParallel(path, bytes, profiler, options) {
  const readOptions = { delimiter: options.delimiter, onBytes: options.digest?.see };
  const header = await readCsvHeader(path, options.delimiter);
  const plan = header === void 0 ? void 0 : planSegments(path, bytes, options.segmentBytes);
  const tooManyRows = plan !== void 0 && profiler.rowCapacityLeft() < bytes / plan.bytesPerRow;
  if (header === void 0 || plan === void 0 || tooManyRows) {
    await readCsvRange(path, profiler, readOptions);
    return tooManyRows ? { threads: 1, fallback: "more rows than the duplicate-row table holds" } : { threads: 1 };
  }
  const { starts } = plan;
  const segments = starts.length - 1;
  const split = options.split ?? (options.digest === void 0 ? 0.5 : DIGEST_SPLIT);
  const first = Math.min(segments - 1, Math.max(1, Math.round(segments * split)));
  const claims = new Int32Array(new SharedArrayBuffer(4 * segments));
  const control = new Int32Array(new SharedArrayBuffer(4));
  claims[0] = MAIN;
  claims[first] = WORKER;
  profiler.expectRows(Math.max(MIN_TABLE_ROWS, Math.ceil((starts[first] - starts[0]) / plan.bytesPerRow)));
  const request = {
    path,
    delimiter: options.delimiter,
    header,
    stringColumns: [...options.stringColumns ?? []],
    starts,
    first,
    claims: claims.buffer,
    control: control.buffer,
    bytesPerRow: plan.bytesPerRow,
    digest: options.digest !== void 0
  };
  const worker = takeProfileWorker(options.workerUrl ?? WORKER_URL);
  const parts = new WorkerParts(worker);
  const claim = (segment) => Atomics.compareExchange(claims, segment, FREE, MAIN) === FREE;
  const aborted = () => parts.failure !== void 0;
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
      () => void worker.terminate()
    );
    const mine = await readCsvRange(
      path,
      profiler,
      { delimiter: options.delimiter },
      {
        stopAt: starts[1],
        atStop: (clean) => {
          if (parts.failure !== void 0) return readAlone();
          if (claim(reached)) {
            reached++;
            return reached === segments ? Number.POSITIVE_INFINITY : starts[reached];
          }
          if (clean) return void 0;
          quoted = true;
          return readAlone();
        }
      }
    );
    if (mine.stoppedAt === void 0) {
      if (quoted) return { threads: 1, fallback: "a cut between the threads is inside a quoted field" };
      return { threads: 1, fallback: parts.failure ?? "the worker failed" };
    }
    const stolen = /* @__PURE__ */ new Map();
    let stealFailure;
    for (let segment = segments - 1; segment > first && !aborted() && claim(segment); segment--) {
      try {
        stolen.set(segment, await profileSegments(request, segment, NEVER, aborted));
      } catch (error) {
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
      if (part === void 0 || !part.cleanEnd) break;
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
    const reason = mismatch ? "the parts do not merge exactly" : parts.failure ?? stealFailure ?? "the worker failed";
    return { threads: 1, fallback: reason };
  } finally {
    Atomics.store(control, ABORT, 1);
    worker.unref();
    if (request.digest) void parts.digest.finally(() => worker.terminate());
    else void worker.terminate();
  }
}
function planSegments(path, bytes, segmentBytes) {
  const count = Math.max(2, Math.min(MAX_SEGMENTS, Math.floor(bytes / (segmentBytes ?? MIN_SEGMENT_BYTES))));
  const descriptor = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(SPLIT_SEARCH_BYTES);
    const starts = [0];
    let bytesPerRow = 0;
    for (let segment = 1; segment < count; segment++) {
      const from = Math.max(Math.floor(bytes * segment / count), starts.at(-1));
      let at = -1;
      for (let position = from; at < 0 && position < bytes; position += SPLIT_SEARCH_BYTES) {
        const bytesRead = readSync(descriptor, buffer, 0, buffer.length, position);
        const sample = buffer.subarray(0, bytesRead);
        const found = sample.indexOf(10);
        if (found >= 0) {
          at = position + found;
          if (bytesPerRow === 0 || segment === count >> 1) bytesPerRow = averageRowBytes(sample, found);
        }
        if (bytesRead === 0) break;
      }
      if (at < 0 || at + 1 >= bytes) break;
      if (at + 1 > starts.at(-1)) starts.push(at + 1);
    }
    if (starts.length < 2) return void 0;
    starts.push(bytes);
    return { starts, bytesPerRow: Math.max(1, bytesPerRow) };
  } finally {
    closeSync(descriptor);
  }
}
function averageRowBytes(sample, firstBreak) {
  let breaks = 0;
  for (let i = firstBreak; i >= 0; i = sample.indexOf(10, i + 1)) breaks++;
  return Math.floor(sample.length / breaks * 0.9);
}

export {
  FREE,
  WORKER,
  ABORT,
  wantsSplit,
  NEVER,
  UnmergeablePart,
  profileSegments,
  profileCsvInParallel
};
