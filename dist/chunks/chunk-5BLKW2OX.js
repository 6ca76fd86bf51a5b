import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  WASM_PAGE_BYTES,
  align8,
  instantiateEmbedded
} from "./chunk-IX446UGZ.js";
import {
  openDataFile
} from "./chunk-OQEQJUKG.js";
import {
  DataFormatError,
  EmptyFileError,
  shorten
} from "./chunk-FCHSJP6A.js";

// src/data/csv.ts
import { isUtf8 } from "node:buffer";
import { open } from "node:fs/promises";

// src/generated/csv-scan-wasm.generated.ts
var CSV_SCAN_WASM = "AGFzbQEAAAABOgdgD39/f39/f39/f39/f39/fwBgA39/fwF/YAZ/f39/f38AYAJ/fwF/YAR/f39/AX9gAX8Bf2AAAX8DDAsAAQIDBAQFBAYGBAUDAQABBoMBGn8BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEsC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAsHXgoGbWVtb3J5AgAFc2V0dXAAAAhudW1lcmFscwABCXNldHVwVGV4dAACCHJlbWVtYmVyAAUIdGFrZUhpdHMABgV0ZXh0cwAHBHJvd3MACAZzdGF0dXMACQRzY2FuAAoKzhELPgAgCyQNIAwkDiANJA8gDiQQIAokACAAJAEgASQCIAIkAyADJAQgBCQFIAUkBiAGJAcgByQIIAgkCSAJJAoLsgQFAn8DfAN/AX4JfyMQKwMAIQYjECsDCCEHQX8hCEF/IQkjDyAAQQx0aiENIAEhAyMDIAAjBmwgAWpBA3RqIQQjBCAAIwZsIAFqQQJ0aiERA0AgBCsDACEFIAUgBmMEQCAFIQYgAyEICyAFIAdkBEAgBSEHIAMhCQsgCiAFnSAFYmohCiAFRAAAAAAAAAAAoL0hCyALQiCIp0G5893xeXMhDCAMIAxBEHZzIQwgDEHrlK+veGwhDCAMIAxBDXZzIQwgDEG13MqVfGwhDCAMIAxBEHZzIQwgC6cgDHMhDCAMIAxBEHZzIQwgDEHrlK+veGwhDCAMIAxBDXZzIQwgDEG13MqVfGwhDCAMIAxBEHZzIQwgESAMNgIAIANBAWohAyAEQQhqIQQgEUEEaiERIAMgAkkgACMFIANBAnRqKAIASCAEKwMAIAQrAwBhcXENAAsgAyESIAEhAyMEIAAjBmwgAWpBAnRqIREgAEEQdCEQIw0gA0ECdGohEyMOIANBAnRqIRQDQCARKAIAIQwgDSAMQRR2aiEOIAxBDHRBgBByZ0EBaiEPIA8gDi0AAEsEQCAOIA86AAALIBMgEygCACAMc0Gx893xeWwgAGo2AgAgFCAUKAIAIAxqQfeUr694bCAQczYCACATQQRqIRMgFEEEaiEUIBFBBGohESADQQFqIQMgAyASSQ0ACyMQIAY5AwAjECAHOQMIIxAgCDYCECMQIAk2AhQjECAKNgIYIBIgAWsLHQAgACQRIAFBAWskEiACJBMgAyQUIAQkFiAFJBcLNAEBf0HFu/KIeCECAkADQCAAIAFPDQEgAiAALQAAc0GTg4AIbCECIABBAWohAAwACwsgAgvcAQEGfyADIAJrIQcgASAAQbHz3fF5bHMjEnEhBANAIxEgBEEDdGohBSAFKAIAQQFrIQYgBkEASARAIAQkGUF/DwsgBSgCBCABRgRAIxMgBkEUbGohBSAFKAIAIABGIAUoAgggB0ZxBEAjFiAFKAIEaiEIQQAhCQJAA0AgCUEIaiAHTQRAIAggCWopAwAgAiAJaikDAFINAiAJQQhqIQkMAQsLIAggCWopAwAgAiAJaikDAIVCASAHIAlrQQN0rYZCAX2DQgBSDQAgBg8LCwsgBEEBaiMScSEEDAALAAvZAQEGfyABIwBqIQEgAiMAaiECIAIgAWshBiABIAIQAyEEIAAgBCABIAIQBCEFIAVBAE4EQCAFDwsjFSMUTyMYIAZqIxdLcgRAQX8PCyMVIQUjEyAFQRRsaiEHIAcgADYCACAHIxg2AgQgByAGNgIIIAcgAzYCDCAHQQA2AhAjFiMYaiEJQQAhCAJAA0AgCCAGTw0BIAkgCGogASAIai0AADoAACAIQQFqIQgMAAsLIxEjGUEDdGohByAHIAVBAWo2AgAgByAENgIEIAVBAWokFSMYIAZqJBggBQseAQJ/IxMgAEEUbGohASABKAIQIQIgAUEANgIQIAILmAIBC38gASEEIAAjBmwgAWpBAnQhBSAFQQF0IQYCQANAIAQgAk8NASAAIwUgBEECdGooAgBODQEjACMBIAVqKAIAaiEJIwAjAiAFaigCAGohCiAJIApGDQEjAyAGaisDACMDIAZqKwMAYQRAIANFDQIgCSAKEAMhCwUjBCAFaigCACELCyAAIAsgCSAKEAQhDCAMQQBIDQEjEyAMQRRsaiEOIA4gDigCEEEBajYCECAOKAIMIQ0jDSAEQQJ0aiEOIA4gDigCACANc0Gx893xeWwgAGo2AgAjDiAEQQJ0aiEOIA4gDigCACANakH3lK+veGwgAEEQdHM2AgAgBEEBaiEEIAVBBGohBSAGQQhqIQYMAAsLIAQgAWsLBAAjCwsEACMMC4kGBg5/An4BfwJ+AXwDfyMIIRojBkECdCEIIwZBA3QhCSACIRkgACMAaiEAIAEjAGohAUEAJAwCQANAIAIgA08NASAAIAFPDQEgACEEIAQtAAAhCiAKQQpGIApBDUZyBEBBASQMDAILQQAhBSACQQJ0IQYgAkEDdCEHA0AgBSMHRgRAQQIkDAwDCyAEIQsgBC0AACEKIApBLUYhDCAMIApBK0ZyBEAgBEEBaiEECyAEIQ1CACEWQQAhDkEAIQ8DQCAEKQMAIRIgEkKw4MCBg4aMmDB9IRMgEyATQvbs2bPnzp279gB8hEKAgYKEiJCgwIB/g3pCA4inIRQgFARAIBNBCCAUa0EDdK2GIRUgFUIKfiAVQgiIfEL/gfyH8J/A/wCDIRUgFULkAH4gFUIQiHxC//+DgPD/P4MhFSAVQpDOAH4gFUIgiHxC/////w+DIRUgFiMKIBRBA3RqKQMAfiAVfCEWIAQgFGohBAsgFEEIRg0AIAQtAAAhCiAORSAKQS5GcQRAQQEhDiAEQQFqIQQgBCEPDAELCyAEIA9rQQAgDhshESAEIA1rIA5rIRBEAAAAAAAA+H8hFyAKIBpGIApBCkYgCkENRnJyBEAgEEEASiAQQQ9McQRAIBa6IRcgEQRAIBcjCSARQQN0aisDAKMhFwsgDARAIBeaIRcLBSMEIAZqIAsgBBADNgIACwVBxbvyiHghGCALIQQCQANAIAQtAAAhCiAKIBpGIApBCkYgCkENRnJyDQEgCkEiRgRAQQEkDAwGCyAYIApzQZODgAhsIRggBEEBaiEEDAALCyMEIAZqIBg2AgALIwEgBmogCyMAazYCACMCIAZqIAQjAGs2AgAjAyAHaiAXOQMAIAVBAWohBSAGIAhqIQYgByAJaiEHIAogGkYEQCAEQQFqIQQMAQsLIwUgAkECdGogBTYCACAKQQpGBEAgBEEBaiEABSAEIAFJIARBAWotAABBCkZxBEAgBEECaiEABUEBJAwMAwsLIAJBAWohAgwACwsgAiAZayQLIAAjAGsL";

// src/data/csv.ts
var QUOTE = 34;
var LF = 10;
var CR = 13;
var READ_SIZE = 1 << 20;
var EMPTY_FILE = "the file is empty: write a header line and at least one data row";
var readCsv = async (path, visitor, options) => {
  await readCsvRange(path, visitor, options);
};
function isBatchVisitor(visitor) {
  return typeof visitor.csvRecords === "function";
}
async function readCsvHeader(path, delimiter) {
  let names;
  const visitor = {
    header: (columns) => {
      names = [...columns];
    },
    addColumn: () => 0,
    text: () => {
    },
    textString: () => {
    },
    typed: () => {
    },
    endRow: () => {
    }
  };
  await readCsvRange(path, visitor, { delimiter, maxRows: 0 }).catch(() => void 0);
  return names;
}
async function readCsvRange(path, visitor, options, range = {}) {
  const delimiter = delimiterByte(options.delimiter ?? ",");
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const handle = await openForReading(path);
  const start = range.start ?? 0;
  const state = {
    line: range.line ?? 1,
    header: range.header === void 0 ? void 0 : [...range.header],
    bomChecked: start > 0,
    pendingLf: false,
    rows: 0
  };
  if (state.header !== void 0) visitor.header(state.header);
  const fast = new FastScanner(isBatchVisitor(visitor) ? visitor : void 0, delimiter);
  const fields = new FieldBuffer();
  let stopAt = range.stopAt;
  let offset = start;
  let buffer = fast.reserve(READ_SIZE * 2, 0, state.header?.length);
  let carried = 0;
  let sawAnyByte = start > 0;
  let stoppedAt;
  let boundaryAtStop;
  let interrupted = false;
  try {
    for (; ; ) {
      const draining = visitor.drain?.(offset);
      if (draining !== void 0) await draining;
      const size = stopAt === void 0 || stopAt <= offset ? READ_SIZE : Math.min(READ_SIZE, stopAt - offset);
      buffer = fast.reserve(carried + size, carried, state.header?.length);
      const { bytesRead } = await handle.read(buffer, carried, size, offset);
      if (bytesRead > 0) options.onBytes?.(buffer.subarray(carried, carried + bytesRead), offset);
      offset += bytesRead;
      const atEnd = bytesRead === 0;
      if (!atEnd) sawAnyByte = true;
      const bytes = buffer.subarray(0, carried + bytesRead);
      rejectBinary(bytes, path, state.line);
      const consumed = scan(bytes, atEnd, delimiter, state, fields, fast, visitor, path, maxRows);
      fast.handOver(bytes);
      carried = bytes.length - consumed;
      if (carried > 0) buffer.copyWithin(0, consumed, bytes.length);
      if (atEnd || state.rows >= maxRows) break;
      if (stopAt !== void 0 && offset === stopAt) {
        const clean = carried === 0 && !state.pendingLf && state.header !== void 0;
        boundaryAtStop = clean;
        const next = range.atStop === void 0 ? clean ? void 0 : Number.POSITIVE_INFINITY : range.atStop(clean);
        if (next === void 0) {
          stoppedAt = stopAt;
          break;
        }
        stopAt = Number.isFinite(next) ? next : void 0;
      }
      if (range.onChunk !== void 0 && !range.onChunk()) {
        interrupted = true;
        break;
      }
    }
  } finally {
    await handle.close();
  }
  if (!sawAnyByte) throw new EmptyFileError(path, void 0, void 0, EMPTY_FILE);
  if (state.header === void 0) throw new EmptyFileError(path, void 0, void 0, EMPTY_FILE);
  return { stoppedAt, boundaryAtStop, line: state.line, rows: state.rows, interrupted };
}
function rejectBinary(bytes, path, firstLine) {
  const nul = bytes.indexOf(0);
  const lastBreak = bytes.lastIndexOf(LF);
  const checked = lastBreak < 0 ? bytes : bytes.subarray(0, lastBreak + 1);
  if (nul < 0 && isUtf8(checked)) return;
  const at = nul >= 0 ? nul : firstInvalidUtf8(checked);
  const line = firstLine + countLineBreaks(bytes, at);
  const what = nul >= 0 ? "a NUL byte" : "bytes that are not UTF-8";
  throw new DataFormatError(
    path,
    line,
    void 0,
    `${what}: this is not a UTF-8 text CSV; export the data as UTF-8 CSV (or give the right format)`
  );
}
function firstInvalidUtf8(bytes) {
  let low = 0;
  let high = bytes.length;
  while (high - low > 4) {
    const middle = low + high >>> 1;
    const cut = bytes.lastIndexOf(LF, middle);
    if (cut >= 0 && !isUtf8(bytes.subarray(0, cut + 1))) high = cut + 1;
    else low = middle;
  }
  return low;
}
function countLineBreaks(bytes, end) {
  let count = 0;
  for (let at = bytes.indexOf(LF); at >= 0 && at < end; at = bytes.indexOf(LF, at + 1)) count++;
  return count;
}
function openForReading(path) {
  return openDataFile(path, (file) => open(file, "r"));
}
function delimiterByte(delimiter) {
  const bytes = Buffer.from(delimiter === "\\t" ? "	" : delimiter, "utf8");
  if (bytes.length !== 1 || bytes[0] === QUOTE || bytes[0] === LF || bytes[0] === CR) {
    throw new DataFormatError(
      "delimiter",
      void 0,
      void 0,
      `"${shorten(delimiter, 10)}" cannot be a CSV delimiter: use one single-byte character such as , ; | or \\t`
    );
  }
  return bytes[0];
}
var FieldBuffer = class {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  escaped = new Uint8Array(64);
  count = 0;
  push(start, end, escaped) {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.escaped[this.count] = escaped ? 1 : 0;
    this.count++;
  }
  grow() {
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
};
var POWERS_OF_TEN = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);
var BATCH_ROWS = 256;
var BATCH_COLUMNS = 32;
var MAX_BATCH_COLUMNS = 4096;
var STOP_GENERAL = 1;
var STOP_COLUMNS = 2;
var POWERS_F_AT = 0;
var POWERS_I_AT = 192;
var RUN_AT = 264;
var TEXT_ENTRY_LIMIT = 32768;
var TEXT_SLOTS = 2 * TEXT_ENTRY_LIMIT;
var TEXT_ARENA_BYTES = 1 << 20;
var TEXT_SLOTS_AT = 512;
var TEXT_ENTRIES_AT = TEXT_SLOTS_AT + TEXT_SLOTS * 8;
var TEXT_ARENA_AT = TEXT_ENTRIES_AT + TEXT_ENTRY_LIMIT * 20;
var INPUT_AT = TEXT_ARENA_AT + TEXT_ARENA_BYTES;
var NUMERAL_REGISTERS = 4096;
var INPUT_SLACK = 16;
var FastScanner = class {
  constructor(visitor, delimiter) {
    this.visitor = visitor;
    this.delimiter = delimiter;
    const batch = {
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
      numerals: (column, from) => this.wasm.numerals(column, from, batch.rows),
      numeralRegisters: (column) => this.registers.subarray(column * NUMERAL_REGISTERS, (column + 1) * NUMERAL_REGISTERS),
      texts: (column, from, numeralsAsText) => this.wasm.texts(column, from, batch.rows, numeralsAsText ? 1 : 0),
      remember: (column, start, end, rowHash) => this.wasm.remember(column, start, end, rowHash),
      takeHits: (entry) => this.wasm.takeHits(entry)
    };
    this.batch = batch;
    const numeralByte = delimiter >= 48 && delimiter <= 57 || delimiter === 43 || delimiter === 45 || delimiter === 46;
    this.wasm = visitor === void 0 || numeralByte ? void 0 : instantiateEmbedded(CSV_SCAN_WASM, [
      "setup",
      "setupText",
      "scan",
      "numerals",
      "texts",
      "remember",
      "takeHits",
      "rows",
      "status"
    ]);
    this.fast = this.wasm !== void 0;
    this.wasm?.setupText(TEXT_SLOTS_AT, TEXT_SLOTS, TEXT_ENTRIES_AT, TEXT_ENTRY_LIMIT, TEXT_ARENA_AT, TEXT_ARENA_BYTES);
  }
  visitor;
  delimiter;
  batch;
  /** Records the last `scan` took. */
  taken = 0;
  wasm;
  input = Buffer.alloc(0);
  /** Whether records go through the WebAssembly scanner (not for a header wider than MAX_BATCH_COLUMNS). */
  fast;
  powersWritten = false;
  /** Fields per record the batch's arrays have room for (enough for the header's). */
  columns = BATCH_COLUMNS;
  /** The distinct-count registers of `columns` columns (see CsvBatch.numeralRegisters). */
  registers = new Uint8Array(0);
  /** Whether the reader should offer records to `scan` (else every record is the general scanner's). */
  get active() {
    return this.fast;
  }
  /**
   * The reader's buffer, of at least `size` bytes, whose first `carried` bytes are those of the last one, with a
   * batch that has room for records of `fields` fields (the header's width, once known). Called before each
   * read, when the batch is empty: growing the module's memory makes every earlier view unusable.
   */
  reserve(size, carried, fields = 0) {
    const fits = size <= this.input.length;
    const capacity = fits ? this.input.length : Math.max(size, this.input.length * 2);
    if (this.wasm === void 0) {
      if (fits) return this.input;
      const grown = Buffer.allocUnsafe(capacity);
      this.input.copy(grown, 0, 0, carried);
      this.input = grown;
      return grown;
    }
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
  layOut(capacity) {
    const wasm = this.wasm;
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
    const registersWere = this.registers.byteOffset;
    const registersHeld = this.registers.length;
    if (memory.buffer.byteLength < end) {
      memory.grow(Math.ceil((end - memory.buffer.byteLength) / WASM_PAGE_BYTES));
    }
    if (!this.powersWritten) {
      new Float64Array(memory.buffer, POWERS_F_AT, POWERS_OF_TEN.length).set(POWERS_OF_TEN);
      new BigInt64Array(memory.buffer, POWERS_I_AT, 9).set(
        Array.from({ length: 9 }, (_, exponent) => 10n ** BigInt(exponent))
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
      RUN_AT
    );
  }
  /**
   * Scans records from `position` while they start before `limit` (the offset of an LF, which bounds every
   * record), at most `rowsWanted` of them, the first at physical line `line`; full batches go to the visitor.
   * Returns the position after the last record taken (`taken` says how many); a record the fast path does not
   * take (a quote or lone CR on its line, a blank line) is left there for the general scanner.
   */
  scan(bytes, position, limit, line, rowsWanted) {
    const wasm = this.wasm;
    const batch = this.batch;
    let taken = 0;
    for (; ; ) {
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
  handOver(bytes) {
    if (this.batch.rows === 0) return;
    this.visitor.csvRecords(bytes, this.batch);
    this.batch.rows = 0;
  }
};
function scan(bytes, atEnd, delimiter, state, fields, fast, visitor, path, maxRows) {
  const length = bytes.length;
  let position = 0;
  if (!state.bomChecked) {
    if (length < 3 && !atEnd) return 0;
    state.bomChecked = true;
    if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) position = 3;
  }
  if (state.pendingLf && length > 0) {
    state.pendingLf = false;
    if (bytes[position] === LF) position++;
  }
  const lastLf = fast.active ? bytes.lastIndexOf(LF) : -1;
  while (position < length && state.rows < maxRows || state.header === void 0 && position < length) {
    if (position < lastLf && state.header !== void 0) {
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
    for (; ; ) {
      if (cursor >= length) {
        if (!atEnd) return recordStart;
        fields.push(cursor, cursor, false);
        complete = true;
        break;
      }
      let byte = bytes[cursor];
      if (byte === QUOTE) {
        const openLine = line;
        const openColumn = cursor - lineStartOffset(bytes, cursor) + 1;
        const contentStart = cursor + 1;
        let scanAt = contentStart;
        let escaped = false;
        let closedAt = -1;
        while (scanAt < length) {
          const inner = bytes[scanAt];
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
            'a quoted field is never closed: add the closing double quote (") or escape quotes inside the field as ""'
          );
        }
        fields.push(contentStart, closedAt, escaped);
        cursor = closedAt + 1;
        if (cursor >= length) {
          if (!atEnd) return recordStart;
          complete = true;
          break;
        }
        byte = bytes[cursor];
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
          `unexpected character ${describeByte(byte)} after a closing quote: a quoted field must end at a delimiter or line end`
        );
      }
      const fieldStart = cursor;
      while (cursor < length) {
        byte = bytes[cursor];
        if (byte === delimiter || byte === LF || byte === CR) break;
        if (byte === QUOTE) {
          throw new DataFormatError(
            path,
            line,
            cursor - lineStartOffset(bytes, cursor) + 1,
            'a double quote inside an unquoted field: quote the whole field and double the inner quote ("5"" screen")'
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
function emitRecord(bytes, fields, state, visitor, line, path) {
  const count = fields.count;
  if (state.header === void 0) {
    const names = [];
    for (let i = 0; i < count; i++) names.push(fieldString(bytes, fields, i));
    if (names.every((name) => name.trim() === "")) {
      throw new DataFormatError(path, line, 1, "the header line has no column names");
    }
    state.header = names;
    visitor.header(names);
    return;
  }
  const width = Math.min(count, state.header.length);
  visitor.beginRow?.(line);
  for (let i = 0; i < width; i++) {
    if (fields.escaped[i] === 1) visitor.textString(i, fieldString(bytes, fields, i));
    else visitor.text(i, bytes, fields.starts[i], fields.ends[i]);
  }
  visitor.endRow(line, count);
  state.rows++;
}
function fieldString(bytes, fields, index) {
  const text = bytes.toString("utf8", fields.starts[index], fields.ends[index]);
  return fields.escaped[index] === 1 ? text.replaceAll('""', '"') : text;
}
function lineStartOffset(bytes, position) {
  if (position === 0) return 0;
  const previous = bytes.lastIndexOf(LF, position - 1);
  return previous < 0 ? 0 : previous + 1;
}
function describeByte(byte) {
  return byte >= 32 && byte < 127 ? `'${String.fromCharCode(byte)}'` : `byte 0x${byte.toString(16)}`;
}

export {
  readCsv,
  readCsvHeader,
  readCsvRange,
  POWERS_OF_TEN
};
