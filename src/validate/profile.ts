import { type CsvBatch, type CsvBatchVisitor, POWERS_OF_TEN } from '../data/csv.js';
import type { RowVisitor, TypedValue } from '../data/types.js';
import { DuplicateRows, type ExportedRowLog, type RowFingerprints } from './rowset.js';
import { DistinctSketch, hashNumber, hashString, mix32, QuantileSketch, type SerializedSketch } from './sketches.js';

/**
 * A data profile: per-column statistics that are (1) enough to check a schema without re-reading the data,
 * (2) mergeable, so shards profiled by a matrix of jobs combine into the profile of the whole, and
 * (3) usable later as the drift reference.
 */
export const PROFILE_FORMAT = 'mlops-actions/profile';
export const PROFILE_VERSION = 1;
/** Distinct string values counted exactly per column; beyond this, new values go to `otherCount`. */
export const MAX_TRACKED_VALUES = 1000;
/** Exact numeric values kept while a column has at most this many (exact KS for small references). */
export const MAX_EXACT_VALUES = 1000;
/** A numeric column with at most this many distinct values keeps them all (integer codes, flags). */
export const MAX_SMALL_DOMAIN = 32;
const MAX_EXAMPLES = 3;

export interface LineExample {
  line: number;
  value: string;
}

export interface NumericSummary {
  count: number;
  /** Finite values that are not integers (0 means the column can be typed integer). */
  nonInteger: number;
  min: number | null;
  max: number | null;
  minLine: number | null;
  maxLine: number | null;
  sum: number;
  mean: number;
  /** Sum of squared deviations from the mean (Welford), merged with Chan's formula. */
  m2: number;
  sketch: SerializedSketch;
  /** All values, while the column has at most MAX_EXACT_VALUES numeric cells; otherwise null. */
  exact: number[] | null;
  /** Every distinct value with its count, ascending, while there are at most MAX_SMALL_DOMAIN; otherwise null. */
  smallDomain: Array<[value: number, count: number]> | null;
}

export interface ColumnProfile {
  name: string;
  /** Rows in which this column was present in the file's header (missing cells included). */
  count: number;
  missing: number;
  numeric: NumericSummary;
  nan: number;
  positiveInfinity: number;
  negativeInfinity: number;
  /** Numerals too large for a 64-bit float (read as ±Infinity). */
  overflow: number;
  booleans: { true: number; false: number };
  /** Non-numeric text values: count and first line seen, exact up to MAX_TRACKED_VALUES distinct values. */
  strings: { count: number; values: Record<string, [count: number, firstLine: number]>; otherCount: number };
  distinct: string;
  examples: { text: LineExample[]; nonFinite: LineExample[]; nonInteger: LineExample[]; missing: number[] };
}

export interface DataProfile {
  format: typeof PROFILE_FORMAT;
  version: typeof PROFILE_VERSION;
  createdAt: string;
  sources: Array<{ path: string; rows: number; bytes: number | null }>;
  rows: number;
  columns: ColumnProfile[];
  duplicateColumns: string[];
  raggedRows: { count: number; examples: Array<{ line: number; fields: number }> };
  duplicateRows: { count: number; examples: number[]; coveredRows: number };
  /** Rows also present in the reference (training) data; null when no reference rows were available. */
  leakedRows: { count: number; examples: number[] } | null;
  /** For files whose header width differs (ragged rows are counted against the header). */
  headerWidth: number;
}

const CASE_INSENSITIVE_NON_FINITE = new Map<string, number>([
  ['nan', Number.NaN],
  ['-nan', Number.NaN],
  ['inf', Number.POSITIVE_INFINITY],
  ['+inf', Number.POSITIVE_INFINITY],
  ['-inf', Number.NEGATIVE_INFINITY],
  ['infinity', Number.POSITIVE_INFINITY],
  ['+infinity', Number.POSITIVE_INFINITY],
  ['-infinity', Number.NEGATIVE_INFINITY],
]);
const MISSING_TOKENS = new Set(['', 'NA', 'N/A', 'null', 'NULL', 'None']);

/** Only decimal numerals are numbers: Number() would also read 0x1F, 0b101 and 0o17. */
const DECIMAL_NUMERAL = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
const TRUE_HASH = 0x1b873593;
const FALSE_HASH = 0x2a1c5a3b;
const ROW_HASH_B_SEED = 0x5bd1e995;
/** Numbers buffered per column before they are folded into the moments and the sketch. */
const BATCH = 512;
/** Text cells a column caches in a reader's kernel (see Profiler.rememberText), and the longest one. */
const TEXT_CACHE_LIMIT = 2048;
const TEXT_CACHE_MAX_LENGTH = 64;
/** Batches (of at most 256 records) between takings of the text cache's hits: far below 2^31 hits an entry. */
const HITS_BATCHES = 128;
const MISSING_HASH = 0x3c6ef372;
const MAX_ROW_EXAMPLES = 5;
const SCRATCH = new Float64Array(1);
const ROW_BATCH = 256;

/** Integers below this are counted in a small domain by value, without a search. */
const DIRECT_DOMAIN = 64;

/**
 * The distinct values of a numeric column while there are at most MAX_SMALL_DOMAIN of them, with their counts.
 * It is updated for every value of a low-cardinality column (a flag, a code, a count): such values are mostly
 * small non-negative integers, counted by value; any other is found by a linear scan of a few doubles, which
 * still costs a fraction of a Map look-up and update.
 */
class SmallDomain {
  private readonly direct = new Float64Array(DIRECT_DOMAIN);
  private readonly values = new Float64Array(MAX_SMALL_DOMAIN);
  private readonly counts = new Float64Array(MAX_SMALL_DOMAIN);
  private listed = 0;
  private size = 0;

  /** Counts `count` (at least 1) more of `value`; false when it would be one distinct value too many. */
  add(value: number, count: number): boolean {
    // -0 lands on 0, as a Map's keys compare finite numbers: 0 and -0 are one value.
    const slot = value >>> 0;
    if (slot === value && slot < DIRECT_DOMAIN) {
      const before = this.direct[slot]!;
      if (before === 0) {
        if (this.size === MAX_SMALL_DOMAIN) return false;
        this.size++;
      }
      this.direct[slot] = before + count;
      return true;
    }
    const values = this.values;
    const listed = this.listed;
    for (let i = 0; i < listed; i++) {
      if (values[i] === value) {
        this.counts[i]! += count;
        return true;
      }
    }
    if (this.size === MAX_SMALL_DOMAIN) return false;
    values[listed] = value;
    this.counts[listed] = count;
    this.listed = listed + 1;
    this.size++;
    return true;
  }

  /** Adds another part's values; false as soon as there are too many (the domain is then of no use). */
  addAll(entries: ReadonlyArray<[number, number]>): boolean {
    return entries.every(([value, count]) => this.add(value, count));
  }

  entries(): Array<[number, number]> {
    const entries: Array<[number, number]> = [];
    this.direct.forEach((count, value) => {
      if (count > 0) entries.push([value, count]);
    });
    for (let i = 0; i < this.listed; i++) entries.push([this.values[i]!, this.counts[i]!]);
    return entries;
  }
}

/** A column's accumulated state, as a worker thread hands it over (see ColumnAccumulator.snapshot). */
export interface ColumnPart {
  name: string;
  count: number;
  missing: number;
  numericCount: number;
  nonInteger: number;
  min: number;
  max: number;
  minLine: number;
  maxLine: number;
  sum: number;
  mean: number;
  m2: number;
  sketch: SerializedSketch;
  exact: number[] | null;
  smallDomain: Array<[number, number]> | null;
  nan: number;
  positiveInfinity: number;
  negativeInfinity: number;
  overflow: number;
  booleansTrue: number;
  booleansFalse: number;
  stringCount: number;
  /** [value, count, first line], in first-seen order. */
  values: Array<[string, number, number]>;
  otherCount: number;
  registers: Uint8Array;
  textExamples: LineExample[];
  nonFiniteExamples: LineExample[];
  nonIntegerExamples: LineExample[];
  missingExamples: number[];
}

/** What profiling a later part of a file left (see Profiler.part and Profiler.absorb). */
export interface ProfilePart {
  rows: number;
  columns: ColumnPart[];
  ragged: { count: number; examples: Array<{ line: number; fields: number }> };
  /** The part's rows in order, for the duplicate count; undefined once its log turned into a table. */
  rowLog: ExportedRowLog | undefined;
}

function appendExamples<T>(target: T[], more: readonly T[], shift: (example: T) => T): void {
  for (const example of more) {
    if (target.length >= MAX_EXAMPLES) return;
    target.push(shift(example));
  }
}

/**
 * A row's two fingerprint words, folded on by a cell's hash in column order: the one formula for every way a
 * cell is read, so a row fingerprints the same whichever path counted it.
 */
function foldA(previous: number, hash: number, column: number): number {
  return (Math.imul(previous ^ hash, 0x9e3779b1) + column) | 0;
}

function foldB(previous: number, hash: number, column: number): number {
  return Math.imul(previous + hash, 0x85ebca77) ^ (column << 16);
}

/** How text cells of a column are read: `string` columns keep numerals as text (zip codes, ids). */
export type ColumnMode = 'auto' | 'string';

class ColumnAccumulator {
  count = 0;
  missing = 0;
  numericCount = 0;
  nonInteger = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  minLine = 0;
  maxLine = 0;
  /** Doubles from the start: see the constructor. */
  sum = Number.NaN;
  mean = Number.NaN;
  m2 = Number.NaN;
  /** Values not yet in sum/mean/m2, the sketch or the small domain: folded in per batch (see flush). */
  private readonly pending = new Float64Array(BATCH);
  private pendingCount = 0;
  private flushedCount = 0;
  readonly sketch = new QuantileSketch();
  exact: number[] | null = [];
  smallDomain: SmallDomain | null = new SmallDomain();
  nan = 0;
  positiveInfinity = 0;
  negativeInfinity = 0;
  overflow = 0;
  booleansTrue = 0;
  booleansFalse = 0;
  stringCount = 0;
  readonly values = new Map<string, [number, number]>();
  otherCount = 0;
  readonly distinct = new DistinctSketch();
  readonly textExamples: LineExample[] = [];
  readonly nonFiniteExamples: LineExample[] = [];
  readonly nonIntegerExamples: LineExample[] = [];
  readonly missingExamples: number[] = [];

  constructor(
    readonly name: string,
    readonly mode: ColumnMode,
  ) {
    // V8 keeps a field first given a double (NaN) as a raw double, where one first given 0 holds a small integer
    // until its first fraction changes the object's hidden class. That change left flush deoptimizing on the other
    // columns' objects in a loop (741 times in one measured run, two thirds of a thread's time).
    this.sum = 0;
    this.mean = 0;
    this.m2 = 0;
  }

  addNumber(value: number, line: number, raw: string | undefined): number {
    if (Number.isNaN(value)) {
      this.nan++;
      this.noteNonFinite(line, raw ?? 'NaN');
      return 0x7ff80000;
    }
    if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) {
      const literal = raw === undefined || CASE_INSENSITIVE_NON_FINITE.has(raw.toLowerCase());
      if (!literal) this.overflow++;
      else if (value > 0) this.positiveInfinity++;
      else this.negativeInfinity++;
      this.noteNonFinite(line, raw ?? String(value));
      return value > 0 ? 0x7ff00000 : 0xfff00000;
    }
    return this.addFinite(value, line);
  }

  /** A finite number read cell by cell (typed formats, numerals the fast scanner leaves to parseNumber). */
  addFinite(value: number, line: number): number {
    SCRATCH[0] = value;
    return this.addFiniteAt(SCRATCH, 0, line);
  }

  /**
   * The finite number values[index]. Taking the array rather than the number matters: a double passed to a
   * call that is not inlined is boxed into a new heap number. addNumerals does the same for a run of cells.
   */
  addFiniteAt(values: Float64Array, index: number, line: number): number {
    const value = values[index]!;
    this.numericCount++;
    if (value < this.min) {
      this.min = value;
      this.minLine = line;
    }
    if (value > this.max) {
      this.max = value;
      this.maxLine = line;
    }
    if (!Number.isInteger(value)) {
      this.nonInteger++;
      if (this.nonIntegerExamples.length < MAX_EXAMPLES) this.noteNonInteger(values, index, line);
    }
    const pending = this.pendingCount;
    this.pending[pending] = value;
    this.pendingCount = pending + 1;
    if (pending + 1 === BATCH) this.flush();
    const hash = hashNumber(value);
    this.distinct.addHash(hash);
    return hash;
  }

  /**
   * The run of plain numerals in `column` of a batch from record `from` on (at least that one, which the caller
   * checked): what addFiniteAt does for each, the per-value arithmetic done by the batch's kernel (which also
   * folds each value into its record's fingerprint and counts its hash in the batch's registers, merged in by
   * Profiler.settleBatch). Returns how many records it took.
   */
  addNumerals(batch: CsvBatch, column: number, from: number): number {
    const { runExtremes, runFacts, numbers, firstLine } = batch;
    runExtremes[0] = this.min;
    runExtremes[1] = this.max;
    const taken = batch.numerals(column, from);
    if (runFacts[0]! >= 0) {
      this.min = runExtremes[0]!;
      this.minLine = firstLine + runFacts[0]!;
    }
    if (runFacts[1]! >= 0) {
      this.max = runExtremes[1]!;
      this.maxLine = firstLine + runFacts[1]!;
    }
    const at = column * batch.stride + from;
    const nonInteger = runFacts[2]!;
    if (nonInteger > 0) {
      this.nonInteger += nonInteger;
      for (let i = 0; i < taken && this.nonIntegerExamples.length < MAX_EXAMPLES; i++) {
        if (!Number.isInteger(numbers[at + i]!)) this.noteNonInteger(numbers, at + i, firstLine + from + i);
      }
    }
    // The values wait in `pending` for flush, in order, as addFiniteAt leaves them.
    for (let copied = 0; copied < taken; ) {
      const pending = this.pendingCount;
      const count = Math.min(taken - copied, BATCH - pending);
      this.pending.set(numbers.subarray(at + copied, at + copied + count), pending);
      this.pendingCount = pending + count;
      copied += count;
      if (this.pendingCount === BATCH) this.flush();
    }
    this.numericCount += taken;
    this.count += taken;
    return taken;
  }

  /**
   * Out of line, with exact values and small domains left to flush: any use of the number as an object (an
   * array push, a Map key, String()) makes V8 box it into a heap number on every call, used or not.
   */
  private noteNonInteger(values: Float64Array, index: number, line: number): void {
    this.nonIntegerExamples.push({ line, value: String(values[index]!) });
  }

  /**
   * Folds the pending values into the moments, the exact values and the small domain while it lasts, else the
   * sketch (see addToSketch), in order. A batch's mean and squared deviations are computed in two passes and
   * combined with Chan's formula: no division per value (Welford's), and more accurate than a running update;
   * the sketch's keys are computed in one tight loop.
   */
  flush(): void {
    const count = this.pendingCount;
    if (count === 0) return;
    const values = this.pending;
    let sum = 0;
    for (let i = 0; i < count; i++) sum += values[i]!;
    const mean = sum / count;
    let m2 = 0;
    for (let i = 0; i < count; i++) {
      const deviation = values[i]! - mean;
      m2 += deviation * deviation;
    }
    this.combineMoments(count, sum, mean, m2);
    this.pendingCount = 0;
    if (this.exact !== null) {
      for (let i = 0; i < count && this.exact !== null; i++) {
        if (this.exact.length < MAX_EXACT_VALUES) this.exact.push(values[i]!);
        else this.exact = null;
      }
    }
    const domain = this.smallDomain;
    if (domain === null) {
      this.sketch.addMany(values, count);
      return;
    }
    let added = 0;
    while (added < count && domain.add(values[added]!, 1)) added++;
    if (added < count) this.leaveSmallDomain(domain, added, count);
  }

  /**
   * One distinct value too many: the domain's counts go into the sketch, and from here on every value does,
   * pending[from, count) first. Once per column, and kept out of flush: inlined there, its first run in each
   * profiler deoptimized flush (wrong map), and a run of such deoptimizations left flush unoptimized for the
   * rest of the file (two thirds of a thread's time in one measured run).
   */
  private leaveSmallDomain(domain: SmallDomain, from: number, count: number): void {
    this.smallDomain = null;
    this.addToSketch(domain.entries());
    this.sketch.addMany(this.pending.subarray(from, count), count - from);
  }

  /**
   * While a column has a small domain, its values are counted there and not in the sketch (a flag, a code or a
   * count then costs no sketch key per value); the sketch is made from the counts when needed. The buckets are
   * the same, as they only count values.
   */
  private addToSketch(entries: ReadonlyArray<[number, number]>, sketch = this.sketch): void {
    for (const [value, count] of entries) sketch.addWeighted(value, count);
  }

  /** The sketch of every value so far, the small domain's included (see addToSketch). */
  private sketchJSON(): SerializedSketch {
    if (this.smallDomain === null) return this.sketch.toJSON();
    // While the domain lasts the sketch is empty: a new one from the domain's counts leaves the state as it is.
    const sketch = new QuantileSketch();
    this.addToSketch(this.smallDomain.entries(), sketch);
    return sketch.toJSON();
  }

  private combineMoments(count: number, sum: number, mean: number, m2: number): void {
    const before = this.flushedCount;
    const total = before + count;
    const delta = mean - this.mean;
    this.sum += sum;
    this.mean += (delta * count) / total;
    this.m2 += m2 + (delta * delta * before * count) / total;
    this.flushedCount = total;
  }

  /** The count addString last counted a value in: its [count, first line], or null when it went to otherCount. */
  lastStringCount: [number, number] | null = null;

  addString(value: string, line: number): number {
    this.stringCount++;
    let entry = this.values.get(value);
    if (entry !== undefined) entry[0]++;
    else if (this.values.size < MAX_TRACKED_VALUES) {
      entry = [1, line];
      this.values.set(value, entry);
    } else this.otherCount++;
    this.lastStringCount = entry ?? null;
    if (this.mode === 'auto' && this.textExamples.length < MAX_EXAMPLES) this.textExamples.push({ line, value });
    const hash = hashString(value);
    this.distinct.addHash(hash);
    return hash;
  }

  addBoolean(value: boolean, line: number): number {
    if (value) this.booleansTrue++;
    else this.booleansFalse++;
    void line;
    const hash = value ? TRUE_HASH : FALSE_HASH;
    this.distinct.addHash(hash);
    return hash;
  }

  addMissing(line: number): void {
    this.missing++;
    if (this.missingExamples.length < MAX_EXAMPLES) this.missingExamples.push(line);
  }

  private noteNonFinite(line: number, raw: string): void {
    if (this.nonFiniteExamples.length < MAX_EXAMPLES) this.nonFiniteExamples.push({ line, value: raw });
  }

  /** The accumulated state, structured-cloneable (a parallel part's columns). */
  snapshot(): ColumnPart {
    this.flush();
    return {
      name: this.name,
      count: this.count,
      missing: this.missing,
      numericCount: this.numericCount,
      nonInteger: this.nonInteger,
      min: this.min,
      max: this.max,
      minLine: this.minLine,
      maxLine: this.maxLine,
      sum: this.sum,
      mean: this.mean,
      m2: this.m2,
      sketch: this.sketchJSON(),
      exact: this.exact,
      smallDomain: this.smallDomain === null ? null : this.smallDomain.entries(),
      nan: this.nan,
      positiveInfinity: this.positiveInfinity,
      negativeInfinity: this.negativeInfinity,
      overflow: this.overflow,
      booleansTrue: this.booleansTrue,
      booleansFalse: this.booleansFalse,
      stringCount: this.stringCount,
      values: [...this.values].map(([value, [count, line]]) => [value, count, line]),
      otherCount: this.otherCount,
      registers: this.distinct.registers,
      textExamples: this.textExamples,
      nonFiniteExamples: this.nonFiniteExamples,
      nonIntegerExamples: this.nonIntegerExamples,
      missingExamples: this.missingExamples,
    };
  }

  /**
   * Adds the state of the rows that follow (a later part of the same file, lines shifted by `lineOffset`),
   * leaving exactly the state reading those rows here would have left. Only valid when the part tracked every
   * string value it saw (otherCount 0): the caller checks that first.
   */
  absorb(part: ColumnPart, lineOffset: number): void {
    this.flush();
    this.count += part.count;
    this.missing += part.missing;
    appendExamples(this.missingExamples, part.missingExamples, (line) => line + lineOffset);
    const shift = (example: LineExample): LineExample => ({ line: example.line + lineOffset, value: example.value });
    if (part.numericCount > 0) {
      // Ties keep the earlier line, as reading in order does.
      if (part.min < this.min) {
        this.min = part.min;
        this.minLine = part.minLine + lineOffset;
      }
      if (part.max > this.max) {
        this.max = part.max;
        this.maxLine = part.maxLine + lineOffset;
      }
      this.nonInteger += part.nonInteger;
      appendExamples(this.nonIntegerExamples, part.nonIntegerExamples, shift);
      this.combineMoments(part.numericCount, part.sum, part.mean, part.m2);
      this.numericCount += part.numericCount;
      this.exact =
        this.exact !== null && part.exact !== null && this.exact.length + part.exact.length <= MAX_EXACT_VALUES
          ? this.exact.concat(part.exact)
          : null;
      // The part's sketch holds all its values; while both domains last, the merged domain holds them all.
      const domain = this.smallDomain;
      const before = domain?.entries();
      const merged = part.smallDomain !== null && domain?.addAll(part.smallDomain) === true;
      if (!merged) {
        this.smallDomain = null;
        if (before !== undefined) this.addToSketch(before);
        this.sketch.merge(QuantileSketch.fromJSON(part.sketch, part.min, part.max, part.sum));
      }
    }
    this.nan += part.nan;
    this.positiveInfinity += part.positiveInfinity;
    this.negativeInfinity += part.negativeInfinity;
    this.overflow += part.overflow;
    appendExamples(this.nonFiniteExamples, part.nonFiniteExamples, shift);
    this.booleansTrue += part.booleansTrue;
    this.booleansFalse += part.booleansFalse;
    this.stringCount += part.stringCount;
    // In the part's first-seen order, so the values that still fit under MAX_TRACKED_VALUES are the same.
    for (const [value, count, line] of part.values) {
      const entry = this.values.get(value);
      if (entry !== undefined) entry[0] += count;
      else if (this.values.size < MAX_TRACKED_VALUES) this.values.set(value, [count, line + lineOffset]);
      else this.otherCount += count;
    }
    this.otherCount += part.otherCount;
    this.distinct.mergeRegisters(part.registers);
    appendExamples(this.textExamples, part.textExamples, shift);
  }

  toProfile(): ColumnProfile {
    this.flush();
    const finite = this.numericCount > 0;
    const values: Record<string, [number, number]> = {};
    for (const [value, entry] of this.values) values[value] = entry;
    return {
      name: this.name,
      count: this.count,
      missing: this.missing,
      numeric: {
        count: this.numericCount,
        nonInteger: this.nonInteger,
        min: finite ? this.min : null,
        max: finite ? this.max : null,
        minLine: finite ? this.minLine : null,
        maxLine: finite ? this.maxLine : null,
        sum: this.sum,
        mean: this.mean,
        m2: this.m2,
        sketch: this.sketchJSON(),
        exact: this.exact,
        smallDomain: this.smallDomain === null ? null : this.smallDomain.entries().sort((a, b) => a[0] - b[0]),
      },
      nan: this.nan,
      positiveInfinity: this.positiveInfinity,
      negativeInfinity: this.negativeInfinity,
      overflow: this.overflow,
      booleans: { true: this.booleansTrue, false: this.booleansFalse },
      strings: { count: this.stringCount, values, otherCount: this.otherCount },
      distinct: this.distinct.toJSON(),
      examples: {
        text: this.textExamples,
        nonFinite: this.nonFiniteExamples,
        nonInteger: this.nonIntegerExamples,
        missing: this.missingExamples,
      },
    };
  }
}

export interface ProfilerOptions {
  /** Columns read as text whatever they look like (schema type `string`). */
  stringColumns?: ReadonlySet<string>;
  /** Row fingerprints of the training data, to find leaked rows. */
  referenceRows?: RowFingerprints;
  /** Remember this file's row fingerprints (for the data that later files are checked against). */
  rememberRows?: RowFingerprints;
  /** log2 of the duplicate-row table's slots (its capacity in rows is 0.7 of that); default 22. */
  fingerprintSlotBits?: number;
}

/** Profiles one or more files, pushed through the RowVisitor contract by any reader. */
export class Profiler implements RowVisitor, CsvBatchVisitor {
  /** Bytes read so far in the current file, reported once per read chunk (for progress bars). */
  progress?: (position: number) => void;

  drain(position?: number): undefined {
    if (position !== undefined) this.progress?.(position);
    return undefined;
  }

  private columnsByName = new Map<string, ColumnAccumulator>();
  private ordered: ColumnAccumulator[] = [];
  /** Accumulator per file column index (undefined for a repeated header name). */
  private byIndex: Array<ColumnAccumulator | undefined> = [];
  private seenStamp = new Int32Array(0);
  private row = 0;
  private rowHashA = 0;
  private rowHashB = ROW_HASH_B_SEED;
  /** Whether the current record came from a text format, where a short record is ragged. */
  private rowHadText = false;
  private headerWidth = 0;
  private rowsInFile = 0;
  private readonly duplicateColumns = new Set<string>();
  private readonly duplicateRows: DuplicateRows;
  private readonly sources: DataProfile['sources'] = [];
  private ragged = { count: 0, examples: [] as Array<{ line: number; fields: number }> };
  private leaked: { count: number; examples: number[] } | null;

  constructor(private readonly options: ProfilerOptions = {}) {
    this.duplicateRows = new DuplicateRows(options.fingerprintSlotBits, MAX_ROW_EXAMPLES);
    this.leaked = options.referenceRows === undefined ? null : { count: 0, examples: [] };
  }

  /** Call before each file; `header` follows from the reader. */
  beginFile(path: string, bytes: number | null): void {
    this.sources.push({ path, rows: 0, bytes });
    this.rowsInFile = 0;
  }

  endFile(): void {
    const source = this.sources.at(-1);
    if (source !== undefined) source.rows = this.rowsInFile;
  }

  header(columns: readonly string[]): void {
    this.changeBatch(undefined);
    this.byIndex = [];
    this.headerWidth = columns.length;
    for (const name of columns) this.attach(name);
  }

  addColumn(name: string): number {
    this.attach(name);
    return this.byIndex.length - 1;
  }

  private attach(name: string): void {
    if (this.byIndex.some((existing) => existing?.name === name)) {
      this.duplicateColumns.add(name);
      this.byIndex.push(undefined);
    } else {
      let accumulator = this.columnsByName.get(name);
      if (accumulator === undefined) {
        accumulator = new ColumnAccumulator(name, this.options.stringColumns?.has(name) ? 'string' : 'auto');
        this.columnsByName.set(name, accumulator);
        this.ordered.push(accumulator);
      }
      this.byIndex.push(accumulator);
    }
    if (this.seenStamp.length < this.byIndex.length) {
      const grown = new Int32Array(this.byIndex.length * 2);
      grown.set(this.seenStamp);
      grown.fill(-1, this.seenStamp.length);
      this.seenStamp = grown;
    }
  }

  text(column: number, bytes: Uint8Array, start: number, end: number): void {
    this.rowHadText = true;
    const accumulator = this.byIndex[column];
    if (accumulator === undefined) return;
    this.seenStamp[column] = this.row;
    accumulator.count++;
    this.mixRow(this.textCell(accumulator, bytes, start, end, this.currentLine), column);
  }

  /**
   * Quote-free CSV records, a batch at a time: the same as beginRow, text per field and endRow per record, with
   * the fast scanner's numerals used as they are and repeated text answered from the column's cache. The batch
   * is taken column by column, so one column's state stays at hand across its cells, and then record by record
   * for the row fingerprints; the fingerprints mix cells in column order either way.
   */
  csvRecords(bytes: Buffer, batch: CsvBatch): void {
    const rows = batch.rows;
    const byIndex = this.byIndex;
    if (batch !== this.kernelBatch) this.changeBatch(batch);
    else if (++this.batchesSinceHits === HITS_BATCHES) this.settleTextHits(batch);
    const hashA = batch.rowHashA;
    const hashB = batch.rowHashB;
    hashA.fill(0, 0, rows);
    hashB.fill(ROW_HASH_B_SEED, 0, rows);
    for (let column = 0; column < byIndex.length; column++) {
      const accumulator = byIndex[column];
      if (accumulator !== undefined) this.csvColumn(accumulator, column, bytes, batch, hashA, hashB);
    }
    const { firstLine, fieldCounts } = batch;
    for (let row = 0; row < rows; row++) {
      this.logRow(firstLine + row, fieldCounts[row]!, true, hashA[row]!, hashB[row]!);
    }
  }

  /** The batch whose reader's kernel holds counts not settled yet (see settleBatch). */
  private kernelBatch: CsvBatch | undefined;

  /**
   * Takes in what a reader's kernel counted apart: the distinct-count registers of its numerals
   * (CsvBatch.numeralRegisters) and its text cache's hits. Before anything reads the columns, and before a new
   * header changes which column is which. A register holds a maximum and the hits are taken, so settling again
   * changes nothing.
   */
  private settleBatch(): void {
    const batch = this.kernelBatch;
    if (batch === undefined) return;
    this.byIndex.forEach((accumulator, column) => {
      if (accumulator !== undefined) accumulator.distinct.mergeRegisters(batch.numeralRegisters(column));
    });
    this.settleTextHits(batch);
  }

  /** Batches since the text cache's hits were last taken: the kernel counts them in 32 bits. */
  private batchesSinceHits = 0;

  private settleTextHits(batch: CsvBatch): void {
    this.batchesSinceHits = 0;
    this.textEntries.forEach(({ accumulator, count }, entry) => {
      const hits = batch.takeHits(entry);
      if (count !== null) count[0] += hits;
      else accumulator.otherCount += hits;
    });
  }

  /** Settles the kernel's counts and starts on another reader's (or none). */
  private changeBatch(batch: CsvBatch | undefined): void {
    this.settleBatch();
    this.kernelBatch = batch;
    this.textEntries = [];
    // A batch only has the header's columns (csvRecords visits byIndex).
    this.textCached = new Int32Array(this.byIndex.length);
  }

  private csvColumn(
    accumulator: ColumnAccumulator,
    column: number,
    bytes: Buffer,
    batch: CsvBatch,
    hashA: Int32Array,
    hashB: Int32Array,
  ): void {
    const { rows, fieldCounts, firstLine, starts, ends, numbers } = batch;
    const numerals = accumulator.mode === 'auto';
    let at = column * batch.stride;
    for (let row = 0; row < rows; ) {
      const present = column < fieldCounts[row]!;
      const start = starts[at]!;
      const end = ends[at]!;
      if (present && start !== end) {
        let taken = 0;
        if (numerals && !Number.isNaN(numbers[at]!)) taken = accumulator.addNumerals(batch, column, row);
        // While a column still keeps examples of its text (auto), each text cell goes the long way.
        else if (!numerals || accumulator.textExamples.length >= MAX_EXAMPLES) {
          taken = batch.texts(column, row, !numerals);
          accumulator.count += taken;
          accumulator.stringCount += taken;
        }
        if (taken > 0) {
          row += taken;
          at += taken;
          continue;
        }
      }
      // One cell the kernels do not count: missing, or text not cached yet.
      accumulator.count++;
      let hash: number;
      if (!present || start === end) {
        accumulator.addMissing(firstLine + row);
        hash = MISSING_HASH;
      } else {
        hash = this.textCell(accumulator, bytes, start, end, firstLine + row);
        if (this.countedAsString && end - start <= TEXT_CACHE_MAX_LENGTH) {
          this.rememberText(batch, accumulator, column, start, end, hash);
        }
      }
      hashA[row] = foldA(hashA[row]!, hash, column);
      hashB[row] = foldB(hashB[row]!, hash, column);
      row++;
      at++;
    }
  }

  /**
   * The batch's reader's text cache: for each of its entries (CsvBatch.remember), the column and the count its
   * hits go to (null: the column's otherCount), and each column's number of entries.
   */
  private textEntries: Array<{ accumulator: ColumnAccumulator; count: [number, number] | null }> = [];
  private textCached = new Int32Array(0);

  /** Caches a text cell addString just counted, with the hash its row fingerprint got, while the column may. */
  private rememberText(
    batch: CsvBatch,
    accumulator: ColumnAccumulator,
    column: number,
    start: number,
    end: number,
    rowHash: number,
  ): void {
    if (this.textCached[column]! >= TEXT_CACHE_LIMIT) return;
    const entry = batch.remember(column, start, end, rowHash);
    // An existing entry is a text counted the long way while its column kept examples.
    if (entry !== this.textEntries.length) return;
    this.textEntries.push({ accumulator, count: accumulator.lastStringCount });
    this.textCached[column]!++;
  }

  /** Counts a text cell and returns the hash its row fingerprint mixes in (countedAsString says how it counted). */
  private textCell(
    accumulator: ColumnAccumulator,
    bytes: Uint8Array,
    start: number,
    end: number,
    line: number,
  ): number {
    this.countedAsString = false;
    if (start === end) {
      accumulator.addMissing(line);
      return MISSING_HASH;
    }
    if (accumulator.mode === 'auto') {
      const parsed = parseNumber(bytes, start, end);
      if (!Number.isNaN(parsed)) {
        // An infinite result of a numeral is an overflow (1e400); the raw text tells it from "inf".
        const raw = Number.isFinite(parsed) ? undefined : decodeUtf8(bytes, start, end);
        return accumulator.addNumber(parsed, line, raw);
      }
    }
    return this.classifyText(accumulator, decodeUtf8(bytes, start, end), line);
  }

  textString(column: number, value: string): void {
    this.rowHadText = true;
    const accumulator = this.byIndex[column];
    if (accumulator === undefined) return;
    this.seenStamp[column] = this.row;
    accumulator.count++;
    this.mixRow(this.classifyText(accumulator, value, this.currentLine), column);
  }

  typed(column: number, value: TypedValue): void {
    const accumulator = this.byIndex[column];
    if (accumulator === undefined) return;
    this.seenStamp[column] = this.row;
    accumulator.count++;
    const line = this.currentLine;
    if (value === null) {
      accumulator.addMissing(line);
      this.mixRow(MISSING_HASH, column);
    } else if (typeof value === 'number') {
      this.mixRow(accumulator.addNumber(value, line, undefined), column);
    } else if (typeof value === 'bigint') {
      this.mixRow(accumulator.addNumber(Number(value), line, undefined), column);
    } else if (typeof value === 'boolean') {
      this.mixRow(accumulator.addBoolean(value, line), column);
    } else {
      this.mixRow(accumulator.addString(value, line), column);
    }
  }

  /** Line of the record being read, from beginRow. */
  private currentLine = 0;

  beginRow(line: number): void {
    this.currentLine = line;
  }

  endRow(line: number, fieldCount: number): void {
    const stamp = this.row;
    // A CSV record with every field leaves nothing to look for; JSON records may omit keys.
    const complete = fieldCount >= this.byIndex.length && this.seenStamp[this.byIndex.length - 1] === stamp;
    for (let column = complete ? this.byIndex.length : 0; column < this.byIndex.length; column++) {
      if (this.seenStamp[column] === stamp) continue;
      const accumulator = this.byIndex[column];
      if (accumulator === undefined) continue;
      accumulator.count++;
      accumulator.addMissing(line);
      this.mixRow(MISSING_HASH, column);
    }
    const textRecord = this.rowHadText;
    this.rowHadText = false;
    this.logRow(line, fieldCount, textRecord, this.rowHashA, this.rowHashB);
    this.rowHashA = 0;
    this.rowHashB = ROW_HASH_B_SEED;
  }

  /** Counts a record whose cells are all counted, and stages its fingerprint (hashes of its cells, mixed). */
  private logRow(line: number, fieldCount: number, textRecord: boolean, hashA: number, hashB: number): void {
    this.row++;
    this.rowsInFile++;
    // JSON Lines records may omit keys (missing values); only a text record of the wrong width is ragged.
    if (textRecord && fieldCount !== this.headerWidth && this.byIndex.length === this.headerWidth) {
      this.ragged.count++;
      if (this.ragged.examples.length < MAX_ROW_EXAMPLES) this.ragged.examples.push({ line, fields: fieldCount });
    }
    const pending = this.pendingRows;
    this.rowFirst[pending] = mix32(hashA ^ this.byIndex.length);
    this.rowSecond[pending] = mix32(hashB + 0x165667b1);
    this.rowLine[pending] = line;
    this.pendingRows = pending + 1;
    if (pending + 1 === ROW_BATCH) this.flushRows();
  }

  /**
   * Row fingerprints wait here and go to the duplicate-row log, and the leaked-row check, a batch at a time, in
   * order (so every result is the one a look-up per row gives): the reference table is tens of megabytes and
   * each look-up a cache miss, and touching the batch's slots first lets the processor fetch them side by side.
   */
  private readonly rowFirst = new Uint32Array(ROW_BATCH);
  private readonly rowSecond = new Uint32Array(ROW_BATCH);
  private readonly rowLine = new Float64Array(ROW_BATCH);
  private pendingRows = 0;

  private flushRows(): void {
    const count = this.pendingRows;
    if (count === 0) return;
    this.pendingRows = 0;
    const { rowFirst, rowSecond, rowLine, duplicateRows } = this;
    const target = this.options.rememberRows;
    const reference = this.leaked === null ? undefined : this.options.referenceRows;
    if (target === undefined && reference === undefined) {
      duplicateRows.addMany(rowFirst, rowSecond, rowLine, count);
      return;
    }
    reference?.touch(rowFirst, count);
    for (let i = 0; i < count; i++) {
      const first = rowFirst[i]!;
      const second = rowSecond[i]!;
      const line = rowLine[i]!;
      if (target !== undefined) target.add(first, second);
      duplicateRows.add(first, second, line);
      if (reference !== undefined && this.leaked !== null && reference.has(first, second)) {
        this.leaked.count++;
        if (this.leaked.examples.length < MAX_ROW_EXAMPLES) this.leaked.examples.push(line);
      }
    }
  }

  /** Whether the last text classifyText counted was counted as a string value. */
  private countedAsString = false;

  /** Counts a text cell that is not a plain numeral; returns the hash its row fingerprint mixes in. */
  private classifyText(accumulator: ColumnAccumulator, text: string, line: number): number {
    this.countedAsString = false;
    if (text.length <= 4 && MISSING_TOKENS.has(text)) {
      accumulator.addMissing(line);
      return MISSING_HASH;
    }
    if (accumulator.mode === 'auto') {
      const parsed = classifyToken(text);
      if (typeof parsed === 'boolean') return accumulator.addBoolean(parsed, line);
      if (parsed !== undefined) return accumulator.addNumber(parsed, line, text);
    }
    const hash = accumulator.addString(text, line);
    this.countedAsString = true;
    // A row's fingerprint must not depend on how a column is read: "7" read as text (schema type string)
    // fingerprints like 7 read as a number, so leaked rows are found whichever schema profiled the reference.
    return accumulator.mode === 'string' ? canonicalHash(text, hash) : hash;
  }

  private mixRow(hash: number, column: number): void {
    this.rowHashA = foldA(this.rowHashA, hash, column);
    this.rowHashB = foldB(this.rowHashB, hash, column);
  }

  /** How many more rows the duplicate-row log can take. */
  rowCapacityLeft(): number {
    return this.duplicateRows.remaining - this.pendingRows;
  }

  /** A hint: about this many more rows will be read (sizes the duplicate-row log once instead of growing it). */
  expectRows(rows: number): void {
    this.duplicateRows.reserve(rows);
  }

  /** Whether a string column saw more values than it tracks: a part in that state cannot be absorbed exactly. */
  saturated(): boolean {
    // Hits the kernel holds back cannot make it so: a text counted in otherCount made that nonzero already.
    return this.ordered.some((accumulator) => accumulator.otherCount > 0);
  }

  /** This profiler's state as a later part of a file, for absorb in another thread (the table is handed over). */
  part(): ProfilePart {
    this.settleBatch();
    this.flushRows();
    return {
      rows: this.row,
      columns: this.ordered.map((accumulator) => accumulator.snapshot()),
      ragged: this.ragged,
      rowLog: this.duplicateRows.export(),
    };
  }

  /**
   * Adds a part profiled elsewhere: the rows of the same file that follow the ones read here, whose line numbers
   * start after `lineOffset`. Returns false, changing nothing, when the result would differ from reading the rows
   * here: the part gave up tracking some string values, or its rows do not fit the duplicate-row log.
   */
  absorb(part: ProfilePart, lineOffset: number): boolean {
    this.flushRows();
    if (part.columns.some((column) => column.otherCount > 0)) return false;
    if (part.columns.some((column) => this.columnsByName.get(column.name) === undefined)) return false;
    if (this.options.referenceRows !== undefined || this.options.rememberRows !== undefined) return false;
    if (part.rowLog === undefined || part.rowLog.size !== part.rows) return false;
    // The last check, as it is the one that changes state when it passes.
    if (!this.duplicateRows.append(part.rowLog, lineOffset)) return false;

    for (const column of part.columns) this.columnsByName.get(column.name)!.absorb(column, lineOffset);
    this.row += part.rows;
    this.rowsInFile += part.rows;
    this.ragged.count += part.ragged.count;
    for (const example of part.ragged.examples) {
      if (this.ragged.examples.length < MAX_ROW_EXAMPLES) {
        this.ragged.examples.push({ line: example.line + lineOffset, fields: example.fields });
      }
    }
    return true;
  }

  finish(): DataProfile {
    // Settled, and let go: the reader's kernel memory (its buffer, batch, registers and text cache) can be freed.
    this.changeBatch(undefined);
    this.flushRows();
    return {
      format: PROFILE_FORMAT,
      version: PROFILE_VERSION,
      createdAt: new Date().toISOString(),
      sources: this.sources,
      rows: this.row,
      columns: this.ordered.map((accumulator) => accumulator.toProfile()),
      duplicateColumns: [...this.duplicateColumns],
      raggedRows: this.ragged,
      duplicateRows: this.duplicateRows.result(),
      leakedRows: this.leaked,
      headerWidth: this.headerWidth,
    };
  }
}

/**
 * Text that is not a plain decimal numeral may still be a number (NaN, inf, 1e5, ' 7') or a boolean.
 * The first character decides cheaply, so ordinary categorical values cost one comparison or two.
 */
function classifyToken(text: string): number | boolean | undefined {
  const first = text.charCodeAt(0) | 0x20; // ASCII lower case
  if (text.length <= 9 && (first === 0x6e || first === 0x69 || first === 0x2b || first === 0x2d)) {
    const nonFinite = CASE_INSENSITIVE_NON_FINITE.get(text.toLowerCase());
    if (nonFinite !== undefined) return nonFinite;
  }
  if ((text.length === 4 && first === 0x74) || (text.length === 5 && first === 0x66)) {
    const lower = text.toLowerCase();
    if (lower === 'true' || lower === 'false') return lower === 'true';
  }
  const code = text.charCodeAt(0);
  const numeralStart =
    (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2b || code === 0x2e || code === 0x20;
  if (numeralStart && text.trim() !== '') {
    const numeral = Number(text);
    if (!Number.isNaN(numeral) && DECIMAL_NUMERAL.test(text)) return numeral;
  }
  return undefined;
}

function canonicalHash(text: string, stringHash: number): number {
  const token = classifyToken(text);
  if (token === undefined) return stringHash;
  if (typeof token === 'boolean') return token ? TRUE_HASH : FALSE_HASH;
  return hashNumber(token);
}

function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.isBuffer(bytes)
    ? bytes.toString('utf8', start, end)
    : Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');
}

/**
 * Decimal numerals straight from bytes: sign, digits, optional fraction and exponent. Returns NaN when the
 * bytes are anything else, and the caller falls back to the general path. The fast path is exact: a mantissa
 * below 2^53 divided or multiplied by an exactly representable power of ten (≤ 10^22) is correctly rounded.
 */
export function parseNumber(bytes: Uint8Array, start: number, end: number): number {
  let position = start;
  let negative = false;
  let byte = bytes[position]!;
  if (byte === 0x2d || byte === 0x2b) {
    negative = byte === 0x2d;
    position++;
    if (position === end) return Number.NaN;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  while (position < end) {
    byte = bytes[position]!;
    const digit = byte - 0x30;
    if (digit < 0 || digit > 9) break;
    mantissa = mantissa * 10 + digit;
    digits++;
    position++;
  }
  if (position < end && bytes[position] === 0x2e) {
    position++;
    while (position < end) {
      byte = bytes[position]!;
      const digit = byte - 0x30;
      if (digit < 0 || digit > 9) break;
      mantissa = mantissa * 10 + digit;
      digits++;
      scale--;
      position++;
    }
  }
  if (digits === 0) return Number.NaN;
  if (position < end) {
    byte = bytes[position]!;
    if (byte !== 0x65 && byte !== 0x45) return Number.NaN;
    return slowParse(bytes, start, end);
  }
  if (digits > 15 || scale < -22) return slowParse(bytes, start, end);
  const magnitude = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[-scale]!;
  return negative ? -magnitude : magnitude;
}

function slowParse(bytes: Uint8Array, start: number, end: number): number {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return Number.NaN;
  return Number(text);
}
