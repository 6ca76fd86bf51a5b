import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { DataFormatError, EmptyFileError, shorten } from '../core/errors.js';
import { openDataFile } from './open.js';
import type { Reader, ReadOptions, RowVisitor } from './types.js';

/**
 * RFC 4180 CSV, scanned byte by byte. csv-parse is correct but ~7× slower than pandas on the 1M-row
 * benchmark, and this scanner is the product's hot path, so it is written here: it never builds a string
 * for a field unless the field contains escaped quotes.
 *
 * A record is only handed to the visitor once its terminator has been seen, so a record that spans two
 * reads is rescanned from its start after the reads are joined; cells are never emitted twice.
 */
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const READ_SIZE = 1 << 20;
const EMPTY_FILE = 'the file is empty: write a header line and at least one data row';

interface ScanState {
  /** Physical line number (1-based) of the next unread byte. */
  line: number;
  header: string[] | undefined;
  bomChecked: boolean;
  /** A CR ended the last chunk: an LF at the start of the next one belongs to it. */
  pendingLf: boolean;
  rows: number;
}

export const readCsv: Reader = async (path, visitor, options) => {
  await readCsvRange(path, visitor, options);
};

/**
 * Records of a file without quotes on their lines, as the fast scanner hands them over: a batch at a time and
 * laid out by column, so a consumer can take one column across many records in a tight loop. Field `c` of record
 * `r` is at index `c * stride + r` of the field arrays: its boundaries, its value when it is a plain decimal
 * numeral (sign, at most 15 digits, optional fraction; NaN otherwise, and `parseNumber` decides), else a hash of
 * its bytes. Reused from batch to batch: read it only during the call.
 */
export interface CsvBatch {
  /** Records in the batch. */
  rows: number;
  /** Records the batch holds at most; also the distance between a record's consecutive fields. */
  readonly stride: number;
  /** Fields the arrays have room for per record (they grow with the widest record). */
  columns: number;
  /** Fields of each record (a ragged record has fewer or more than the header). */
  readonly fieldCounts: Int32Array;
  /** Physical line number of each record. */
  readonly lines: Float64Array;
  starts: Int32Array;
  ends: Int32Array;
  numbers: Float64Array;
  /** FNV-1a of the bytes of each field that is not a plain numeral (the profiler's text cache key). */
  hashes: Int32Array;
}

/** A visitor that takes quote-free records a batch at a time (the profiler): one call per batch, not per cell. */
export interface CsvBatchVisitor {
  csvRecords(bytes: Buffer, batch: CsvBatch): void;
}

export interface CsvRange {
  /** Byte offset to start at; it must be where a record starts, and `header` then gives the columns. */
  start?: number;
  header?: readonly string[];
  /** Physical line number at `start` (default 1). */
  line?: number;
  /** A byte offset to stop at, or to ask `atStop` at. */
  stopAt?: number;
  /**
   * Asked at `stopAt`, with whether a record ends exactly there: the next offset to stop at (reading on to it),
   * Infinity to read on to the end, or undefined to stop here. Without it, reading stops at `stopAt` when a
   * record ends there and otherwise goes on to the end.
   */
  atStop?: (clean: boolean) => number | undefined;
  /** Called after each read; returning false stops reading (the result says so). */
  onChunk?: () => boolean;
}

export interface CsvRangeResult {
  /** Where reading stopped (a stop `atStop` ended it at), or undefined when it went on to the end of the file. */
  stoppedAt: number | undefined;
  /** Whether a record ended exactly at the last stop reached (undefined when none was, or the file ended first). */
  boundaryAtStop: boolean | undefined;
  /** Physical line number of the next unread byte. */
  line: number;
  rows: number;
  /** Whether onChunk stopped the reading. */
  interrupted: boolean;
}

function isBatchVisitor(visitor: RowVisitor): visitor is RowVisitor & CsvBatchVisitor {
  return typeof (visitor as Partial<CsvBatchVisitor>).csvRecords === 'function';
}

/** The column names of a CSV file (its first record), without reading further. */
export async function readCsvHeader(path: string, delimiter: string): Promise<string[] | undefined> {
  let names: string[] | undefined;
  const visitor: RowVisitor = {
    header: (columns) => {
      names = [...columns];
    },
    addColumn: () => 0,
    text: () => {},
    textString: () => {},
    typed: () => {},
    endRow: () => {},
  };
  await readCsvRange(path, visitor, { delimiter, maxRows: 0 }).catch(() => undefined);
  return names;
}

export async function readCsvRange(
  path: string,
  visitor: RowVisitor,
  options: ReadOptions,
  range: CsvRange = {},
): Promise<CsvRangeResult> {
  const delimiter = delimiterByte(options.delimiter ?? ',');
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const handle = await openForReading(path);
  const start = range.start ?? 0;
  const state: ScanState = {
    line: range.line ?? 1,
    header: range.header === undefined ? undefined : [...range.header],
    bomChecked: start > 0,
    pendingLf: false,
    rows: 0,
  };
  if (state.header !== undefined) visitor.header(state.header);
  const fast = new FastScanner(isBatchVisitor(visitor) ? visitor : undefined, delimiter);
  const fields = new FieldBuffer();
  let stopAt = range.stopAt;
  let offset = start;
  // One buffer for the whole read: the unconsumed end of a read (an incomplete record) moves to its start and
  // the next read lands right after it, so there is no allocation or concatenation per read.
  let buffer = Buffer.allocUnsafe(READ_SIZE * 2);
  let carried = 0;
  let sawAnyByte = start > 0;
  let stoppedAt: number | undefined;
  let boundaryAtStop: boolean | undefined;
  let interrupted = false;
  try {
    for (;;) {
      // A consumer slower than the reader (inference) holds it back here, so memory stays bounded.
      const draining = visitor.drain?.(offset);
      if (draining !== undefined) await draining;
      const size = stopAt === undefined || stopAt <= offset ? READ_SIZE : Math.min(READ_SIZE, stopAt - offset);
      if (carried + size > buffer.length) {
        const grown = Buffer.allocUnsafe(Math.max(buffer.length * 2, carried + size));
        buffer.copy(grown, 0, 0, carried);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, carried, size, offset);
      if (bytesRead > 0) options.onBytes?.(buffer.subarray(carried, carried + bytesRead), offset);
      offset += bytesRead;
      const atEnd = bytesRead === 0;
      if (!atEnd) sawAnyByte = true;
      const bytes = buffer.subarray(0, carried + bytesRead);
      rejectBinary(bytes, path, state.line);
      const consumed = scan(bytes, atEnd, delimiter, state, fields, fast, visitor, path, maxRows);
      carried = bytes.length - consumed;
      if (carried > 0) buffer.copyWithin(0, consumed, bytes.length);
      if (atEnd || state.rows >= maxRows) break;
      if (stopAt !== undefined && offset === stopAt) {
        // A record ends exactly at the stop only if nothing is left over; else the stop was inside a quoted
        // field (the caller learns it from boundaryAtStop).
        const clean = carried === 0 && !state.pendingLf && state.header !== undefined;
        boundaryAtStop = clean;
        const next = range.atStop === undefined ? (clean ? undefined : Number.POSITIVE_INFINITY) : range.atStop(clean);
        if (next === undefined) {
          stoppedAt = stopAt;
          break;
        }
        stopAt = Number.isFinite(next) ? next : undefined;
      }
      if (range.onChunk !== undefined && !range.onChunk()) {
        interrupted = true;
        break;
      }
    }
  } finally {
    await handle.close();
  }
  if (!sawAnyByte) throw new EmptyFileError(path, undefined, undefined, EMPTY_FILE);
  if (state.header === undefined) throw new EmptyFileError(path, undefined, undefined, EMPTY_FILE);
  return { stoppedAt, boundaryAtStop, line: state.line, rows: state.rows, interrupted };
}

/**
 * A NUL byte or invalid UTF-8 means the file is not text (a binary export, a compressed file named .csv, a
 * wrong encoding): reading it as a table would only produce confusing anomalies. Both checks are native
 * scans of the chunk. UTF-8 is checked up to the last line break, where no character can be cut in two.
 */
function rejectBinary(bytes: Buffer, path: string, firstLine: number): void {
  const nul = bytes.indexOf(0);
  const lastBreak = bytes.lastIndexOf(LF);
  const checked = lastBreak < 0 ? bytes : bytes.subarray(0, lastBreak + 1);
  if (nul < 0 && isUtf8(checked)) return;
  const at = nul >= 0 ? nul : firstInvalidUtf8(checked);
  const line = firstLine + countLineBreaks(bytes, at);
  const what = nul >= 0 ? 'a NUL byte' : 'bytes that are not UTF-8';
  throw new DataFormatError(
    path,
    line,
    undefined,
    `${what}: this is not a UTF-8 text CSV; export the data as UTF-8 CSV (or give the right format)`,
  );
}

function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest invalid prefix; prefixes cut inside a character are not counted as invalid.
  while (high - low > 4) {
    const middle = (low + high) >>> 1;
    const cut = bytes.lastIndexOf(LF, middle);
    if (cut >= 0 && !isUtf8(bytes.subarray(0, cut + 1))) high = cut + 1;
    else low = middle;
  }
  return low;
}

function countLineBreaks(bytes: Buffer, end: number): number {
  let count = 0;
  for (let at = bytes.indexOf(LF); at >= 0 && at < end; at = bytes.indexOf(LF, at + 1)) count++;
  return count;
}

function openForReading(path: string) {
  return openDataFile(path, (file) => open(file, 'r'));
}

function delimiterByte(delimiter: string): number {
  const bytes = Buffer.from(delimiter === '\\t' ? '\t' : delimiter, 'utf8');
  if (bytes.length !== 1 || bytes[0] === QUOTE || bytes[0] === LF || bytes[0] === CR) {
    throw new DataFormatError(
      'delimiter',
      undefined,
      undefined,
      `"${shorten(delimiter, 10)}" cannot be a CSV delimiter: use one single-byte character such as , ; | or \\t`,
    );
  }
  return bytes[0]!;
}

/** Start/end offsets of the current record's fields; `escaped` marks fields holding "" escapes. */
class FieldBuffer {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  escaped = new Uint8Array(64);
  count = 0;

  push(start: number, end: number, escaped: boolean): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.escaped[this.count] = escaped ? 1 : 0;
    this.count++;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const escaped = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    escaped.set(this.escaped);
    this.starts = starts;
    this.ends = ends;
    this.escaped = escaped;
  }
}

const DOT = 0x2e;
const MINUS = 0x2d;
const PLUS = 0x2b;
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);
/**
 * Records per batch: enough that a consumer's loop over one column runs long, few enough that the batch's
 * fields and the bytes they point into stay in the processor's cache until they are consumed.
 */
const BATCH_ROWS = 256;
/** Fields per record the batch has room for at first. */
const BATCH_COLUMNS = 32;

/**
 * The common case, a line without quotes, scanned in one pass that also reads plain decimal numerals, so the
 * profiler touches each byte once. Anything unusual (a quote or lone CR on the line, a blank line, a record
 * cut by the end of the read) makes `scanRecord` return -1 before anything is emitted, and the general scanner
 * below takes that record.
 */
class FastScanner {
  readonly batch: CsvBatch = {
    rows: 0,
    stride: BATCH_ROWS,
    columns: BATCH_COLUMNS,
    fieldCounts: new Int32Array(BATCH_ROWS),
    lines: new Float64Array(BATCH_ROWS),
    starts: new Int32Array(BATCH_ROWS * BATCH_COLUMNS),
    ends: new Int32Array(BATCH_ROWS * BATCH_COLUMNS),
    numbers: new Float64Array(BATCH_ROWS * BATCH_COLUMNS),
    hashes: new Int32Array(BATCH_ROWS * BATCH_COLUMNS),
  };
  /** Position of the next quote at or after the last look-up (Infinity when there is none in `bytes`). */
  private quoteAt = -1;

  /** 1 for the bytes that end a field here: the delimiter, LF and CR. */
  private readonly stops = new Uint8Array(256);

  constructor(
    readonly visitor: CsvBatchVisitor | undefined,
    private readonly delimiter: number,
  ) {
    this.stops[delimiter] = 1;
    this.stops[LF] = 1;
    this.stops[CR] = 1;
  }

  /** The reader reuses its buffer: positions of quotes found in earlier bytes mean nothing now. */
  newBytes(): void {
    this.quoteAt = -1;
  }

  /** Whether [position, end) holds no quote; looks quotes up natively, once per quote rather than per line. */
  private quoteFree(bytes: Buffer, position: number, end: number): boolean {
    if (this.quoteAt < position) {
      const at = bytes.indexOf(QUOTE, position);
      this.quoteAt = at < 0 ? Number.POSITIVE_INFINITY : at;
    }
    return this.quoteAt >= end;
  }

  /**
   * Scans the record at `position` up to `limit`, the offset of an LF known to exist, into the batch's next row;
   * returns the offset after its terminator (`accept` then keeps the row), or -1 when the general scanner must
   * take it. The LF at `limit` bounds every inner loop.
   */
  scanRecord(bytes: Buffer, position: number, limit: number): number {
    const delimiter = this.delimiter;
    const stops = this.stops;
    const batch = this.batch;
    const row = batch.rows;
    const stride = batch.stride;
    let starts = batch.starts;
    let ends = batch.ends;
    let numbers = batch.numbers;
    let hashes = batch.hashes;
    let count = 0;
    let at = row;
    let cursor = position;
    const first = bytes[cursor]!;
    if (first === LF || first === CR) return -1; // blank line, or a CR terminator: the general scanner's
    for (;;) {
      if (count === batch.columns) {
        this.growColumns();
        starts = batch.starts;
        ends = batch.ends;
        numbers = batch.numbers;
        hashes = batch.hashes;
      }
      const fieldStart = cursor;
      let byte = bytes[cursor]!;
      let negative = false;
      if (byte === MINUS || byte === PLUS) {
        negative = byte === MINUS;
        byte = bytes[++cursor]!;
      }
      // Digits accumulate in an int32 (whose multiply-add has half a double's latency), exact up to 9 digits;
      // a longer numeral is read again in doubles, which hold 15 digits exactly.
      let small = 0;
      const integerStart = cursor;
      let digit = byte - 0x30;
      while (digit >>> 0 < 10) {
        small = (small * 10 + digit) | 0;
        byte = bytes[++cursor]!;
        digit = byte - 0x30;
      }
      let digits = cursor - integerStart;
      let scale = 0;
      if (byte === DOT) {
        const fractionStart = ++cursor;
        byte = bytes[cursor]!;
        digit = byte - 0x30;
        while (digit >>> 0 < 10) {
          small = (small * 10 + digit) | 0;
          byte = bytes[++cursor]!;
          digit = byte - 0x30;
        }
        scale = cursor - fractionStart;
        digits += scale;
      }
      let value = Number.NaN;
      if (stops[byte] === 1) {
        if (digits > 0 && digits <= 15 && scale <= 22) {
          const mantissa = digits <= 9 ? small : readDigits(bytes, integerStart, cursor);
          value = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale]!;
          if (negative) value = -value;
        }
      } else {
        // Text: hashed from its first byte while its end is found.
        let hash = FNV_OFFSET;
        cursor = fieldStart;
        byte = bytes[cursor]!;
        while (stops[byte] !== 1) {
          hash = Math.imul(hash ^ byte, FNV_PRIME);
          byte = bytes[++cursor]!;
        }
        hashes[at] = hash;
      }
      starts[at] = fieldStart;
      ends[at] = cursor;
      numbers[at] = value;
      count++;
      at += stride;
      if (byte === delimiter) {
        cursor++;
        continue;
      }
      batch.fieldCounts[row] = count;
      if (byte === LF) return this.quoteFree(bytes, position, cursor) ? cursor + 1 : -1;
      // CR: only CRLF ends a record here; a CR alone (old Mac line ends) is the general scanner's.
      if (cursor < limit && bytes[cursor + 1] === LF) return this.quoteFree(bytes, position, cursor) ? cursor + 2 : -1;
      return -1;
    }
  }

  /** Keeps the record scanRecord just read, at `line`; a full batch goes to the visitor. */
  accept(bytes: Buffer, line: number): void {
    const batch = this.batch;
    batch.lines[batch.rows] = line;
    batch.rows++;
    if (batch.rows === batch.stride) this.handOver(bytes);
  }

  /**
   * Gives the batched records to the visitor. Called before the general scanner emits a record, so records
   * arrive in file order, and before the reader reuses its buffer, whose bytes the batch points into.
   */
  handOver(bytes: Buffer): void {
    if (this.batch.rows === 0) return;
    this.visitor!.csvRecords(bytes, this.batch);
    this.batch.rows = 0;
  }

  /** Field c of record r is at c * stride + r, so room for more fields per record is room at the end. */
  private growColumns(): void {
    const batch = this.batch;
    const size = batch.columns * 2 * batch.stride;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const numbers = new Float64Array(size);
    const hashes = new Int32Array(size);
    hashes.set(batch.hashes);
    starts.set(batch.starts);
    ends.set(batch.ends);
    numbers.set(batch.numbers);
    batch.starts = starts;
    batch.ends = ends;
    batch.numbers = numbers;
    batch.hashes = hashes;
    batch.columns *= 2;
  }
}

/** The value of the digits in [start, end), skipping one decimal point: numerals of 10 to 15 digits. */
function readDigits(bytes: Buffer, start: number, end: number): number {
  let mantissa = 0;
  for (let i = start; i < end; i++) {
    const digit = bytes[i]! - 0x30;
    if (digit >>> 0 < 10) mantissa = mantissa * 10 + digit;
  }
  return mantissa;
}

/**
 * Scans whole records out of `bytes` and returns how many bytes were consumed; the rest (an incomplete
 * record) is carried into the next read. At end of input the last record needs no terminator.
 */
function scan(
  bytes: Buffer,
  atEnd: boolean,
  delimiter: number,
  state: ScanState,
  fields: FieldBuffer,
  fast: FastScanner,
  visitor: RowVisitor,
  path: string,
  maxRows: number,
): number {
  const consumed = scanRecords(bytes, atEnd, delimiter, state, fields, fast, visitor, path, maxRows);
  fast.handOver(bytes);
  return consumed;
}

function scanRecords(
  bytes: Buffer,
  atEnd: boolean,
  delimiter: number,
  state: ScanState,
  fields: FieldBuffer,
  fast: FastScanner,
  visitor: RowVisitor,
  path: string,
  maxRows: number,
): number {
  const length = bytes.length;
  let position = 0;
  if (!state.bomChecked) {
    if (length < 3 && !atEnd) return 0;
    state.bomChecked = true;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) position = 3;
  }
  if (state.pendingLf && length > 0) {
    state.pendingLf = false;
    if (bytes[position] === LF) position++;
  }
  fast.newBytes();
  // Records that start before the last LF of the buffer are certain to end inside it, unless quoted.
  const lastLf = fast.visitor === undefined ? -1 : bytes.lastIndexOf(LF);
  while ((position < length && state.rows < maxRows) || (state.header === undefined && position < length)) {
    if (position < lastLf && state.header !== undefined) {
      const end = fast.scanRecord(bytes, position, lastLf);
      if (end >= 0) {
        fast.accept(bytes, state.line);
        state.line++;
        state.rows++;
        position = end;
        continue;
      }
    }
    fast.handOver(bytes);
    const recordStart = position;
    const recordLine = state.line;
    let line = state.line;
    fields.count = 0;
    let cursor = position;
    let complete = false;
    let crEnded = false;
    // One iteration per field.
    for (;;) {
      if (cursor >= length) {
        if (!atEnd) return recordStart;
        // End of input ends the last field and record (RFC 4180: the final line break is optional).
        fields.push(cursor, cursor, false);
        complete = true;
        break;
      }
      let byte = bytes[cursor]!;
      if (byte === QUOTE) {
        const openLine = line;
        const openColumn = cursor - lineStartOffset(bytes, cursor) + 1;
        const contentStart = cursor + 1;
        let scanAt = contentStart;
        let escaped = false;
        let closedAt = -1;
        while (scanAt < length) {
          const inner = bytes[scanAt]!;
          if (inner === QUOTE) {
            if (scanAt + 1 >= length && !atEnd) break;
            if (bytes[scanAt + 1] === QUOTE) {
              escaped = true;
              scanAt += 2;
              continue;
            }
            closedAt = scanAt;
            break;
          }
          if (inner === LF) line++;
          scanAt++;
        }
        if (closedAt < 0) {
          if (!atEnd) return recordStart;
          throw new DataFormatError(
            path,
            openLine,
            openColumn,
            'a quoted field is never closed: add the closing double quote (") or escape quotes inside the field as ""',
          );
        }
        fields.push(contentStart, closedAt, escaped);
        cursor = closedAt + 1;
        if (cursor >= length) {
          if (!atEnd) return recordStart;
          complete = true;
          break;
        }
        byte = bytes[cursor]!;
        if (byte === delimiter) {
          cursor++;
          continue;
        }
        if (byte === LF || byte === CR) {
          crEnded = byte === CR;
          cursor++;
          complete = true;
          break;
        }
        throw new DataFormatError(
          path,
          line,
          cursor - lineStartOffset(bytes, cursor) + 1,
          `unexpected character ${describeByte(byte)} after a closing quote: a quoted field must end at a delimiter or line end`,
        );
      }
      const fieldStart = cursor;
      while (cursor < length) {
        byte = bytes[cursor]!;
        if (byte === delimiter || byte === LF || byte === CR) break;
        if (byte === QUOTE) {
          throw new DataFormatError(
            path,
            line,
            cursor - lineStartOffset(bytes, cursor) + 1,
            'a double quote inside an unquoted field: quote the whole field and double the inner quote ("5"" screen")',
          );
        }
        cursor++;
      }
      if (cursor >= length && !atEnd) return recordStart;
      fields.push(fieldStart, cursor, false);
      if (cursor >= length) {
        complete = true;
        break;
      }
      cursor++;
      if (byte === delimiter) continue;
      crEnded = byte === CR;
      complete = true;
      break;
    }
    if (!complete) return recordStart;
    if (crEnded) {
      if (cursor < length) {
        if (bytes[cursor] === LF) cursor++;
      } else if (!atEnd) {
        state.pendingLf = true;
      }
    }
    // The terminator is on the record's last line.
    state.line = line + 1;
    position = cursor;
    const blank = fields.count === 1 && fields.starts[0] === fields.ends[0] && bytes[recordStart] !== QUOTE;
    if (blank) {
      if (cursor >= length && atEnd && recordStart === cursor) break;
      continue;
    }
    emitRecord(bytes, fields, state, visitor, recordLine, path);
  }
  return position;
}

function emitRecord(
  bytes: Buffer,
  fields: FieldBuffer,
  state: ScanState,
  visitor: RowVisitor,
  line: number,
  path: string,
): void {
  const count = fields.count;
  if (state.header === undefined) {
    const names: string[] = [];
    for (let i = 0; i < count; i++) names.push(fieldString(bytes, fields, i));
    if (names.every((name) => name.trim() === '')) {
      throw new DataFormatError(path, line, 1, 'the header line has no column names');
    }
    state.header = names;
    visitor.header(names);
    return;
  }
  // Fields beyond the header have no column to belong to; the visitor learns of them through fieldCount.
  const width = Math.min(count, state.header.length);
  visitor.beginRow?.(line);
  for (let i = 0; i < width; i++) {
    if (fields.escaped[i] === 1) visitor.textString(i, fieldString(bytes, fields, i));
    else visitor.text(i, bytes, fields.starts[i]!, fields.ends[i]!);
  }
  visitor.endRow(line, count);
  state.rows++;
}

function fieldString(bytes: Buffer, fields: FieldBuffer, index: number): string {
  const text = bytes.toString('utf8', fields.starts[index]!, fields.ends[index]!);
  return fields.escaped[index] === 1 ? text.replaceAll('""', '"') : text;
}

function lineStartOffset(bytes: Buffer, position: number): number {
  // lastIndexOf counts a negative offset from the end of the buffer.
  if (position === 0) return 0;
  const previous = bytes.lastIndexOf(LF, position - 1);
  return previous < 0 ? 0 : previous + 1;
}

function describeByte(byte: number): string {
  return byte >= 0x20 && byte < 0x7f ? `'${String.fromCharCode(byte)}'` : `byte 0x${byte.toString(16)}`;
}
