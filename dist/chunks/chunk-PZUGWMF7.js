import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
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
var QUOTE = 34;
var LF = 10;
var CR = 13;
var READ_SIZE = 1 << 20;
var EMPTY_FILE = "the file is empty: write a header line and at least one data row";
var readCsv = async (path, visitor, options) => {
  await readCsvRange(path, visitor, options);
};
function isRecordVisitor(visitor) {
  return typeof visitor.csvRecord === "function";
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
  const fast = new FastScanner(isRecordVisitor(visitor) ? visitor : void 0, delimiter);
  const fields = new FieldBuffer();
  let stopAt = range.stopAt;
  let offset = start;
  let buffer = Buffer.allocUnsafe(READ_SIZE * 2);
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
var DOT = 46;
var MINUS = 45;
var PLUS = 43;
var FNV_OFFSET = 2166136261 | 0;
var FNV_PRIME = 16777619;
var POWERS_OF_TEN = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);
var FastScanner = class {
  constructor(visitor, delimiter) {
    this.visitor = visitor;
    this.delimiter = delimiter;
    this.stops[delimiter] = 1;
    this.stops[LF] = 1;
    this.stops[CR] = 1;
  }
  visitor;
  delimiter;
  record = {
    count: 0,
    starts: new Int32Array(64),
    ends: new Int32Array(64),
    numbers: new Float64Array(64),
    hashes: new Int32Array(64)
  };
  /** Position of the next quote at or after the last look-up (Infinity when there is none in `bytes`). */
  quoteAt = -1;
  /** 1 for the bytes that end a field here: the delimiter, LF and CR. */
  stops = new Uint8Array(256);
  /** The reader reuses its buffer: positions of quotes found in earlier bytes mean nothing now. */
  newBytes() {
    this.quoteAt = -1;
  }
  /** Whether [position, end) holds no quote; looks quotes up natively, once per quote rather than per line. */
  quoteFree(bytes, position, end) {
    if (this.quoteAt < position) {
      const at = bytes.indexOf(QUOTE, position);
      this.quoteAt = at < 0 ? Number.POSITIVE_INFINITY : at;
    }
    return this.quoteAt >= end;
  }
  /**
   * Scans the record at `position` up to `limit`, the offset of an LF known to exist; returns the offset after
   * its terminator, or -1 when the general scanner must take it. The LF at `limit` bounds every inner loop.
   */
  scanRecord(bytes, position, limit) {
    const delimiter = this.delimiter;
    const stops = this.stops;
    const record = this.record;
    let starts = record.starts;
    let ends = record.ends;
    let numbers = record.numbers;
    let hashes = record.hashes;
    let count = 0;
    let cursor = position;
    const first = bytes[cursor];
    if (first === LF || first === CR) return -1;
    for (; ; ) {
      if (count === starts.length) {
        this.growRecord();
        starts = record.starts;
        ends = record.ends;
        numbers = record.numbers;
        hashes = record.hashes;
      }
      const fieldStart = cursor;
      let byte = bytes[cursor];
      let negative = false;
      if (byte === MINUS || byte === PLUS) {
        negative = byte === MINUS;
        byte = bytes[++cursor];
      }
      let small = 0;
      const integerStart = cursor;
      let digit = byte - 48;
      while (digit >>> 0 < 10) {
        small = small * 10 + digit | 0;
        byte = bytes[++cursor];
        digit = byte - 48;
      }
      let digits = cursor - integerStart;
      let scale = 0;
      if (byte === DOT) {
        const fractionStart = ++cursor;
        byte = bytes[cursor];
        digit = byte - 48;
        while (digit >>> 0 < 10) {
          small = small * 10 + digit | 0;
          byte = bytes[++cursor];
          digit = byte - 48;
        }
        scale = cursor - fractionStart;
        digits += scale;
      }
      let value = Number.NaN;
      if (stops[byte] === 1) {
        if (digits > 0 && digits <= 15 && scale <= 22) {
          const mantissa = digits <= 9 ? small : readDigits(bytes, integerStart, cursor);
          value = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
          if (negative) value = -value;
        }
      } else {
        let hash = FNV_OFFSET;
        cursor = fieldStart;
        byte = bytes[cursor];
        while (stops[byte] !== 1) {
          hash = Math.imul(hash ^ byte, FNV_PRIME);
          byte = bytes[++cursor];
        }
        hashes[count] = hash;
      }
      starts[count] = fieldStart;
      ends[count] = cursor;
      numbers[count] = value;
      count++;
      if (byte === delimiter) {
        cursor++;
        continue;
      }
      record.count = count;
      if (byte === LF) return this.quoteFree(bytes, position, cursor) ? cursor + 1 : -1;
      if (cursor < limit && bytes[cursor + 1] === LF) return this.quoteFree(bytes, position, cursor) ? cursor + 2 : -1;
      return -1;
    }
  }
  growRecord() {
    const record = this.record;
    const size = record.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const numbers = new Float64Array(size);
    const hashes = new Int32Array(size);
    hashes.set(record.hashes);
    starts.set(record.starts);
    ends.set(record.ends);
    numbers.set(record.numbers);
    record.starts = starts;
    record.ends = ends;
    record.numbers = numbers;
    record.hashes = hashes;
  }
};
function readDigits(bytes, start, end) {
  let mantissa = 0;
  for (let i = start; i < end; i++) {
    const digit = bytes[i] - 48;
    if (digit >>> 0 < 10) mantissa = mantissa * 10 + digit;
  }
  return mantissa;
}
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
  const recordVisitor = fast.visitor;
  fast.newBytes();
  const lastLf = recordVisitor === void 0 ? -1 : bytes.lastIndexOf(LF);
  while (position < length && state.rows < maxRows || state.header === void 0 && position < length) {
    if (position < lastLf && state.header !== void 0) {
      const end = fast.scanRecord(bytes, position, lastLf);
      if (end >= 0) {
        recordVisitor.csvRecord(bytes, fast.record, state.line);
        state.line++;
        state.rows++;
        position = end;
        continue;
      }
    }
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
  FNV_OFFSET,
  FNV_PRIME
};
