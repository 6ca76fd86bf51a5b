import type { RowVisitor, TypedValue } from '../data/types.js';
import { RowFingerprints } from './rowset.js';
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
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);

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
  sum = 0;
  mean = 0;
  m2 = 0;
  readonly sketch = new QuantileSketch();
  exact: number[] | null = [];
  smallDomain: Map<number, number> | null = new Map();
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
  ) {}

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
      if (this.nonIntegerExamples.length < MAX_EXAMPLES) this.nonIntegerExamples.push({ line, value: String(value) });
    }
    this.sum += value;
    const delta = value - this.mean;
    this.mean += delta / this.numericCount;
    this.m2 += delta * (value - this.mean);
    this.sketch.add(value);
    if (this.exact !== null) {
      if (this.exact.length < MAX_EXACT_VALUES) this.exact.push(value);
      else this.exact = null;
    }
    if (this.smallDomain !== null) {
      const seen = this.smallDomain.get(value);
      if (seen !== undefined) this.smallDomain.set(value, seen + 1);
      else if (this.smallDomain.size < MAX_SMALL_DOMAIN) this.smallDomain.set(value, 1);
      else this.smallDomain = null;
    }
    const hash = hashNumber(value);
    this.distinct.addHash(hash);
    return hash;
  }

  addString(value: string, line: number): number {
    this.stringCount++;
    const entry = this.values.get(value);
    if (entry !== undefined) entry[0]++;
    else if (this.values.size < MAX_TRACKED_VALUES) this.values.set(value, [1, line]);
    else this.otherCount++;
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

  toProfile(): ColumnProfile {
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
        sketch: this.sketch.toJSON(),
        exact: this.exact,
        smallDomain: this.smallDomain === null ? null : [...this.smallDomain].sort((a, b) => a[0] - b[0]),
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
}

/** Profiles one or more files, pushed through the RowVisitor contract by any reader. */
export class Profiler implements RowVisitor {
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
  private readonly fingerprints = new RowFingerprints();
  private readonly sources: DataProfile['sources'] = [];
  private ragged = { count: 0, examples: [] as Array<{ line: number; fields: number }> };
  private duplicates = { count: 0, examples: [] as number[], coveredRows: 0 };
  private leaked: { count: number; examples: number[] } | null;

  constructor(private readonly options: ProfilerOptions = {}) {
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
    const line = this.currentLine;
    if (start === end) {
      accumulator.addMissing(line);
      this.mixRow(0x3c6ef372, column);
      return;
    }
    if (accumulator.mode === 'auto') {
      const parsed = parseNumber(bytes, start, end);
      if (!Number.isNaN(parsed)) {
        // An infinite result of a numeral is an overflow (1e400); the raw text tells it from "inf".
        const raw = Number.isFinite(parsed) ? undefined : decodeUtf8(bytes, start, end);
        this.mixRow(accumulator.addNumber(parsed, line, raw), column);
        return;
      }
    }
    this.classifyText(accumulator, decodeUtf8(bytes, start, end), column, line);
  }

  textString(column: number, value: string): void {
    this.rowHadText = true;
    const accumulator = this.byIndex[column];
    if (accumulator === undefined) return;
    this.seenStamp[column] = this.row;
    accumulator.count++;
    this.classifyText(accumulator, value, column, this.currentLine);
  }

  typed(column: number, value: TypedValue): void {
    const accumulator = this.byIndex[column];
    if (accumulator === undefined) return;
    this.seenStamp[column] = this.row;
    accumulator.count++;
    const line = this.currentLine;
    if (value === null) {
      accumulator.addMissing(line);
      this.mixRow(0x3c6ef372, column);
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
    this.row++;
    this.rowsInFile++;
    const stamp = this.row - 1;
    // A CSV record with every field leaves nothing to look for; JSON records may omit keys.
    const complete = fieldCount >= this.byIndex.length && this.seenStamp[this.byIndex.length - 1] === stamp;
    for (let column = complete ? this.byIndex.length : 0; column < this.byIndex.length; column++) {
      if (this.seenStamp[column] === stamp) continue;
      const accumulator = this.byIndex[column];
      if (accumulator === undefined) continue;
      accumulator.count++;
      accumulator.addMissing(line);
      this.mixRow(0x3c6ef372, column);
    }
    // JSON Lines records may omit keys (missing values); only a text record of the wrong width is ragged.
    const textRecord = this.rowHadText;
    this.rowHadText = false;
    if (textRecord && fieldCount !== this.headerWidth && this.byIndex.length === this.headerWidth) {
      this.ragged.count++;
      if (this.ragged.examples.length < 5) this.ragged.examples.push({ line, fields: fieldCount });
    }
    const first = mix32(this.rowHashA ^ this.byIndex.length);
    const second = mix32(this.rowHashB + 0x165667b1);
    this.rowHashA = 0;
    this.rowHashB = ROW_HASH_B_SEED;
    const target = this.options.rememberRows;
    if (target !== undefined) target.add(first, second);
    if (!this.fingerprints.full) this.duplicates.coveredRows++;
    if (this.fingerprints.add(first, second)) {
      this.duplicates.count++;
      if (this.duplicates.examples.length < 5) this.duplicates.examples.push(line);
    }
    if (this.leaked !== null && this.options.referenceRows?.has(first, second)) {
      this.leaked.count++;
      if (this.leaked.examples.length < 5) this.leaked.examples.push(line);
    }
  }

  private classifyText(accumulator: ColumnAccumulator, text: string, column: number, line: number): void {
    if (text.length <= 4 && MISSING_TOKENS.has(text)) {
      accumulator.addMissing(line);
      this.mixRow(0x3c6ef372, column);
      return;
    }
    if (accumulator.mode === 'auto') {
      const parsed = classifyToken(text);
      if (typeof parsed === 'boolean') {
        this.mixRow(accumulator.addBoolean(parsed, line), column);
        return;
      }
      if (parsed !== undefined) {
        this.mixRow(accumulator.addNumber(parsed, line, text), column);
        return;
      }
    }
    const hash = accumulator.addString(text, line);
    // A row's fingerprint must not depend on how a column is read: "7" read as text (schema type string)
    // fingerprints like 7 read as a number, so leaked rows are found whichever schema profiled the reference.
    this.mixRow(accumulator.mode === 'string' ? canonicalHash(text, hash) : hash, column);
  }

  private mixRow(hash: number, column: number): void {
    this.rowHashA = Math.imul(this.rowHashA ^ hash, 0x9e3779b1) + column;
    this.rowHashB = Math.imul(this.rowHashB + hash, 0x85ebca77) ^ (column << 16);
  }

  finish(): DataProfile {
    return {
      format: PROFILE_FORMAT,
      version: PROFILE_VERSION,
      createdAt: new Date().toISOString(),
      sources: this.sources,
      rows: this.row,
      columns: this.ordered.map((accumulator) => accumulator.toProfile()),
      duplicateColumns: [...this.duplicateColumns],
      raggedRows: this.ragged,
      duplicateRows: this.duplicates,
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
