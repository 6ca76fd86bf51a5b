import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { DataFormatError, EmptyFileError, shorten } from '../core/errors.js';
import { align8, instantiateEmbedded, WASM_PAGE_BYTES, type WasmMemory } from '../core/wasm.js';
import { CSV_SCAN_WASM } from '../generated/csv-scan-wasm.generated.js';
import { openDataFile } from './open.js';
import type { Reader, ReadOptions, RowVisitor } from './types.js';

/**
 * RFC 4180 CSV, scanned byte by byte. csv-parse is correct but ~7× slower than pandas on the 1M-row
 * benchmark, and this scanner is the product's hot path, so it is written here: it never builds a string
 * for a field unless the field contains escaped quotes. Lines without quotes, for a visitor that takes
 * batches (the profiler), are scanned by a WebAssembly module (FastScanner below).
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
  /** Fields of each record (a ragged record has fewer or more than the header). */
  fieldCounts: Int32Array;
  /**
   * Physical line number of the first record. The records are consecutive lines: each fits on one, and a batch
   * is handed over before any record the general scanner takes.
   */
  firstLine: number;
  starts: Int32Array;
  ends: Int32Array;
  numbers: Float64Array;
  /** FNV-1a of the bytes of each field that is not a plain numeral (the text cache's key); `numerals`' scratch for numerals. */
  hashes: Int32Array;
  /** Each record's two fingerprint words: the visitor sets them, and `numerals` folds its cells into them. */
  rowHashA: Int32Array;
  rowHashB: Int32Array;
  /** `numerals`' figures: in, a column's [min, max] so far; out, those after the run. */
  runExtremes: Float64Array;
  /** `numerals`' figures, out: the run's record of the new minimum and of the new maximum (-1 where unchanged), and its number of non-integers. */
  runFacts: Int32Array;
  /**
   * Counts the run of plain numerals in `column` from record `from` on (that cell is one; the run ends at a record
   * without the column or a cell that is not a plain numeral) and returns its length: the profiler's arithmetic
   * on each (see csv-scan.wat's `numerals`), its figures in runExtremes and runFacts, each value's distinct-count
   * hash in numeralRegisters(column), and its record's fingerprint words folded on.
   */
  numerals(column: number, from: number): number;
  /**
   * The distinct-count registers (DistinctSketch's layout) of the numerals `numerals` counted in `column` of every
   * batch this reader has handed over: the visitor merges them into its own before it reports the column.
   */
  numeralRegisters(column: number): Uint8Array;
  /**
   * Counts the run of cached text cells in `column` from record `from` on and returns its length (0 when that cell
   * is not one): each gets a hit on its cache entry (see takeHits) and its record's fingerprint words are folded
   * on by the entry's row hash. Plain numerals end the run unless `numeralsAsText`. See csv-scan.wat's `texts`.
   */
  texts(column: number, from: number, numeralsAsText: boolean): number;
  /**
   * Caches the text of field [start, end) of `column`, whose record fingerprint gets `rowHash`: returns its entry
   * (numbered from 0 in the order they were made; an existing one if the text was cached), or -1 when full.
   */
  remember(column: number, start: number, end: number, rowHash: number): number;
  /** An entry's hits since the last call. */
  takeHits(entry: number): number;
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
  let buffer = fast.reserve(READ_SIZE * 2, 0, state.header?.length);
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
      buffer = fast.reserve(carried + size, carried, state.header?.length);
      const { bytesRead } = await handle.read(buffer, carried, size, offset);
      if (bytesRead > 0) options.onBytes?.(buffer.subarray(carried, carried + bytesRead), offset);
      offset += bytesRead;
      const atEnd = bytesRead === 0;
      if (!atEnd) sawAnyByte = true;
      const bytes = buffer.subarray(0, carried + bytesRead);
      rejectBinary(bytes, path, state.line);
      const consumed = scan(bytes, atEnd, delimiter, state, fields, fast, visitor, path, maxRows);
      // The batch points into the buffer, which the next read reuses.
      fast.handOver(bytes);
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

/** 10^0 to 10^22, each exact: a plain numeral's value is its digits divided by one of them, here and in parseNumber. */
export const POWERS_OF_TEN = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);
/**
 * Records per batch: enough that a consumer's loop over one column runs long, few enough that the batch's
 * fields and the bytes they point into stay in the processor's cache until they are consumed.
 */
const BATCH_ROWS = 256;
/** Fields per record the batch has room for at first (it grows to the header's width). */
const BATCH_COLUMNS = 32;
/**
 * The widest header the fast path takes: its batch is then at most 256 × 4096 × 20 bytes (20 MiB), and its
 * distinct-count registers 4096 × 4 KiB (16 MiB).
 */
const MAX_BATCH_COLUMNS = 4096;

/** What the scanner's WebAssembly module exports (src/data/csv-scan.wat). */
interface ScanExports {
  memory: WasmMemory;
  setup(
    starts: number,
    ends: number,
    numbers: number,
    hashes: number,
    counts: number,
    stride: number,
    columns: number,
    delimiter: number,
    powersF: number,
    powersI: number,
    base: number,
    rowHashA: number,
    rowHashB: number,
    registers: number,
    run: number,
  ): void;
  scan(position: number, limit: number, row: number, rowEnd: number): number;
  numerals(column: number, from: number, rows: number): number;
  setupText(
    slots: number,
    slotCount: number,
    entries: number,
    entryLimit: number,
    arena: number,
    arenaBytes: number,
  ): void;
  texts(column: number, from: number, rows: number, numeralsAsText: number): number;
  remember(column: number, start: number, end: number, rowHash: number): number;
  takeHits(entry: number): number;
  rows(): number;
  status(): number;
}

/** scan's status: the general scanner must take the record at the returned position. */
const STOP_GENERAL = 1;
/** scan's status: the record has more fields than the batch has room for (it is ragged: the batch fits the header). */
const STOP_COLUMNS = 2;
/**
 * The memory's layout: the powers of ten (as doubles, then as 64-bit integers), `numerals`' figures, the text
 * cache, then the bytes being scanned; the batch after them (see layOut).
 */
const POWERS_F_AT = 0;
const POWERS_I_AT = 192;
const RUN_AT = 264;
/** Cache entries for all columns: enough for thousands of categorical values in each of dozens of columns. */
const TEXT_ENTRY_LIMIT = 32_768;
/** Twice the entries, so a search always ends at an empty slot soon. */
const TEXT_SLOTS = 2 * TEXT_ENTRY_LIMIT;
const TEXT_ARENA_BYTES = 1 << 20;
const TEXT_SLOTS_AT = 512;
const TEXT_ENTRIES_AT = TEXT_SLOTS_AT + TEXT_SLOTS * 8;
const TEXT_ARENA_AT = TEXT_ENTRIES_AT + TEXT_ENTRY_LIMIT * 20;
const INPUT_AT = TEXT_ARENA_AT + TEXT_ARENA_BYTES;
/** Distinct-count registers per column: DistinctSketch's (HLL_BITS 12 in sketches.ts). */
const NUMERAL_REGISTERS = 4096;
/** The scanner reads words of 8 bytes, up to 7 bytes past the last LF it is given. */
const INPUT_SLACK = 16;

/**
 * The common case, lines without quotes, scanned by WebAssembly (src/data/csv-scan.wat) that reads plain decimal
 * numerals eight digits at a time, so the profiler touches each byte once. Anything unusual (a quote or lone CR
 * on the line, a blank line, a record cut by the end of the read) stops it before that record, and the general
 * scanner below takes the record. The bytes being read live in the module's memory (`reserve` hands the reader
 * its buffer there), the batch's fields right after them.
 */
class FastScanner {
  readonly batch: CsvBatch;
  /** Records the last `scan` took. */
  taken = 0;
  private readonly wasm: ScanExports | undefined;
  private input: Buffer = Buffer.alloc(0);
  /** Whether records go through the WebAssembly scanner (not for a header wider than MAX_BATCH_COLUMNS). */
  private fast: boolean;
  private powersWritten = false;
  /** Fields per record the batch's arrays have room for (enough for the header's). */
  private columns = BATCH_COLUMNS;
  /** The distinct-count registers of `columns` columns (see CsvBatch.numeralRegisters). */
  private registers = new Uint8Array(0);

  constructor(
    readonly visitor: CsvBatchVisitor | undefined,
    private readonly delimiter: number,
  ) {
    const batch: CsvBatch = {
      rows: 0,
      stride: BATCH_ROWS,
      fieldCounts: new Int32Array(0),
      firstLine: 0,
      starts: new Int32Array(0),
      ends: new Int32Array(0),
      numbers: new Float64Array(0),
      hashes: new Int32Array(0),
      rowHashA: new Int32Array(0),
      rowHashB: new Int32Array(0),
      runExtremes: new Float64Array(0),
      runFacts: new Int32Array(0),
      numerals: (column, from) => this.wasm!.numerals(column, from, batch.rows),
      numeralRegisters: (column) =>
        this.registers.subarray(column * NUMERAL_REGISTERS, (column + 1) * NUMERAL_REGISTERS),
      texts: (column, from, numeralsAsText) => this.wasm!.texts(column, from, batch.rows, numeralsAsText ? 1 : 0),
      remember: (column, start, end, rowHash) => this.wasm!.remember(column, start, end, rowHash),
      takeHits: (entry) => this.wasm!.takeHits(entry),
    };
    this.batch = batch;
    // A delimiter that can be part of a numeral (a digit, a sign, a decimal point) would be read as one: such
    // files take the general scanner.
    const numeralByte =
      (delimiter >= 0x30 && delimiter <= 0x39) || delimiter === 0x2b || delimiter === 0x2d || delimiter === 0x2e;
    this.wasm =
      visitor === undefined || numeralByte
        ? undefined
        : instantiateEmbedded<ScanExports>(CSV_SCAN_WASM, [
            'setup',
            'setupText',
            'scan',
            'numerals',
            'texts',
            'remember',
            'takeHits',
            'rows',
            'status',
          ]);
    this.fast = this.wasm !== undefined;
    this.wasm?.setupText(TEXT_SLOTS_AT, TEXT_SLOTS, TEXT_ENTRIES_AT, TEXT_ENTRY_LIMIT, TEXT_ARENA_AT, TEXT_ARENA_BYTES);
  }

  /** Whether the reader should offer records to `scan` (else every record is the general scanner's). */
  get active(): boolean {
    return this.fast;
  }

  /**
   * The reader's buffer, of at least `size` bytes, whose first `carried` bytes are those of the last one, with a
   * batch that has room for records of `fields` fields (the header's width, once known). Called before each
   * read, when the batch is empty: growing the module's memory makes every earlier view unusable.
   */
  reserve(size: number, carried: number, fields = 0): Buffer {
    const fits = size <= this.input.length;
    const capacity = fits ? this.input.length : Math.max(size, this.input.length * 2);
    if (this.wasm === undefined) {
      if (fits) return this.input;
      const grown = Buffer.allocUnsafe(capacity);
      this.input.copy(grown, 0, 0, carried);
      this.input = grown;
      return grown;
    }
    // The batch has room for the header's fields; a record with more is ragged, and the general scanner takes
    // it. A header too wide for a batch of bounded size turns the fast path off.
    let columns = this.columns;
    if (fields > MAX_BATCH_COLUMNS) this.fast = false;
    else while (columns < fields) columns *= 2;
    if (fits && columns === this.columns && this.input.length > 0) return this.input;
    this.columns = columns;
    this.layOut(capacity);
    return this.input;
  }

  /**
   * Places the batch after `capacity` bytes of input; the input stays where it is, and so do its bytes. The
   * distinct-count registers come last and move with the rest: they hold every batch's numerals so far.
   */
  private layOut(capacity: number): void {
    const wasm = this.wasm!;
    const batch = this.batch;
    const cells = batch.stride * this.columns;
    const countsAt = align8(INPUT_AT + capacity + INPUT_SLACK);
    const numbersAt = countsAt + align8(batch.stride * 4);
    const startsAt = numbersAt + cells * 8;
    const endsAt = startsAt + cells * 4;
    const hashesAt = endsAt + cells * 4;
    const rowHashAAt = hashesAt + cells * 4;
    const rowHashBAt = rowHashAAt + batch.stride * 4;
    const registersAt = rowHashBAt + batch.stride * 4;
    const end = registersAt + this.columns * NUMERAL_REGISTERS;
    const memory = wasm.memory;
    // Both only grow, so the registers only move up (copyWithin copies overlapping ranges as they were).
    const registersWere = this.registers.byteOffset;
    const registersHeld = this.registers.length;
    if (memory.buffer.byteLength < end) {
      memory.grow(Math.ceil((end - memory.buffer.byteLength) / WASM_PAGE_BYTES));
    }
    if (!this.powersWritten) {
      new Float64Array(memory.buffer, POWERS_F_AT, POWERS_OF_TEN.length).set(POWERS_OF_TEN);
      new BigInt64Array(memory.buffer, POWERS_I_AT, 9).set(
        Array.from({ length: 9 }, (_, exponent) => 10n ** BigInt(exponent)),
      );
      this.powersWritten = true;
    }
    const buffer = memory.buffer;
    const whole = new Uint8Array(buffer);
    whole.copyWithin(registersAt, registersWere, registersWere + registersHeld);
    whole.fill(0, registersAt + registersHeld, end);
    this.registers = new Uint8Array(buffer, registersAt, this.columns * NUMERAL_REGISTERS);
    this.input = Buffer.from(buffer, INPUT_AT, capacity);
    batch.fieldCounts = new Int32Array(buffer, countsAt, batch.stride);
    batch.numbers = new Float64Array(buffer, numbersAt, cells);
    batch.starts = new Int32Array(buffer, startsAt, cells);
    batch.ends = new Int32Array(buffer, endsAt, cells);
    batch.hashes = new Int32Array(buffer, hashesAt, cells);
    batch.rowHashA = new Int32Array(buffer, rowHashAAt, batch.stride);
    batch.rowHashB = new Int32Array(buffer, rowHashBAt, batch.stride);
    batch.runExtremes = new Float64Array(buffer, RUN_AT, 2);
    batch.runFacts = new Int32Array(buffer, RUN_AT + 16, 3);
    wasm.setup(
      startsAt,
      endsAt,
      numbersAt,
      hashesAt,
      countsAt,
      batch.stride,
      this.columns,
      this.delimiter,
      POWERS_F_AT,
      POWERS_I_AT,
      INPUT_AT,
      rowHashAAt,
      rowHashBAt,
      registersAt,
      RUN_AT,
    );
  }

  /**
   * Scans records from `position` while they start before `limit` (the offset of an LF, which bounds every
   * record), at most `rowsWanted` of them, the first at physical line `line`; full batches go to the visitor.
   * Returns the position after the last record taken (`taken` says how many); a record the fast path does not
   * take (a quote or lone CR on its line, a blank line) is left there for the general scanner.
   */
  scan(bytes: Buffer, position: number, limit: number, line: number, rowsWanted: number): number {
    const wasm = this.wasm!;
    const batch = this.batch;
    let taken = 0;
    for (;;) {
      const first = batch.rows;
      if (first === 0) batch.firstLine = line + taken;
      const rowEnd = Math.min(batch.stride, first + (rowsWanted - taken));
      position = wasm.scan(position, limit, first, rowEnd);
      const rows = wasm.rows();
      batch.rows += rows;
      taken += rows;
      if (batch.rows === batch.stride) this.handOver(bytes);
      const status = wasm.status();
      if (status === STOP_GENERAL || status === STOP_COLUMNS || rows === 0 || position >= limit) break;
      if (taken >= rowsWanted) break;
    }
    this.taken = taken;
    return position;
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
  // Records that start before the last LF of the buffer are certain to end inside it, unless quoted.
  const lastLf = fast.active ? bytes.lastIndexOf(LF) : -1;
  while ((position < length && state.rows < maxRows) || (state.header === undefined && position < length)) {
    if (position < lastLf && state.header !== undefined) {
      position = fast.scan(bytes, position, lastLf, state.line, maxRows - state.rows);
      state.line += fast.taken;
      state.rows += fast.taken;
      if (fast.taken > 0) continue;
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
