import { open } from 'node:fs/promises';
import { DataFormatError, EmptyFileError, shorten } from '../core/errors.js';
import { openDataFile } from './open.js';
import type { Reader, RowVisitor } from './types.js';

/**
 * A cap on one record, so a file without newlines (or a hostile one) cannot make the reader buffer gigabytes
 * before it finds out; real JSON Lines records are orders of magnitude smaller.
 */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads JSON Lines: one JSON object per line. Columns are the keys of the first record plus any key first seen
 * later (announced with `addColumn`); a key absent from a record gets no cell, so the visitor sees it as missing.
 * Scalars go to `typed` as they are; nested objects and arrays go as their JSON text.
 */
export const readJsonLines: Reader = async (path, visitor, options) => {
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const parser = new LineParser(path, visitor);
  // fatal: silently replacing bad bytes with U+FFFD would let a mis-encoded file profile as clean.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const stream = (await openForReading(path)).createReadStream();

  let lineNumber = 0;
  let sawBytes = false;
  let pending: Buffer[] = [];
  let pendingBytes = 0;

  const handleLine = (bytes: Uint8Array): boolean => {
    lineNumber += 1;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === CR) end -= 1;
    let start = 0;
    if (lineNumber === 1 && end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(start, end));
    } catch {
      throw new DataFormatError(path, lineNumber, undefined, 'line is not valid UTF-8');
    }
    return parser.line(text, lineNumber, maxRows);
  };

  // Iterating the stream (rather than readline) keeps only the current chunk and one partial line in memory;
  // leaving the loop early destroys the stream, which closes the file.
  let position = 0;
  reading: for await (const chunk of stream as AsyncIterable<Buffer>) {
    options.onBytes?.(chunk, position);
    position += chunk.length;
    await visitor.drain?.();
    sawBytes ||= chunk.length > 0;
    let from = 0;
    for (;;) {
      const newline = chunk.indexOf(LF, from);
      if (newline === -1) break;
      let line: Uint8Array = chunk.subarray(from, newline);
      if (pending.length > 0) {
        pending.push(chunk.subarray(from, newline));
        line = Buffer.concat(pending, pendingBytes + (newline - from));
        pending = [];
        pendingBytes = 0;
      }
      if (line.length > MAX_LINE_BYTES) throw tooLong(path, lineNumber + 1);
      from = newline + 1;
      if (!handleLine(line)) break reading;
    }
    if (from < chunk.length) {
      pendingBytes += chunk.length - from;
      if (pendingBytes > MAX_LINE_BYTES) throw tooLong(path, lineNumber + 1);
      // Copy: the stream may hand out views of a pooled buffer that is reused for later chunks.
      pending.push(Buffer.from(chunk.subarray(from)));
    }
  }
  if (pending.length > 0 && !parser.done) handleLine(Buffer.concat(pending, pendingBytes));

  if (!sawBytes) throw new EmptyFileError(path, undefined, undefined, 'file is empty');
  if (!parser.sawRecord) throw new EmptyFileError(path, undefined, undefined, 'file is empty (only blank lines)');
};

function openForReading(path: string) {
  return openDataFile(path, (file) => open(file, 'r'));
}

function tooLong(path: string, line: number): DataFormatError {
  return new DataFormatError(path, line, undefined, `line is longer than ${MAX_LINE_BYTES} bytes`);
}

class LineParser {
  sawRecord = false;
  done = false;
  private rows = 0;
  private readonly columns = new Map<string, number>();

  constructor(
    private readonly path: string,
    private readonly visitor: RowVisitor,
  ) {}

  /** Returns false once `maxRows` records have been delivered, so the caller can stop reading. */
  line(text: string, lineNumber: number, maxRows: number): boolean {
    if (isBlank(text)) return true;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw syntaxError(this.path, lineNumber, text, error);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new DataFormatError(this.path, lineNumber, undefined, `expected a JSON object, found ${describe(parsed)}`);
    }
    const record = parsed as Record<string, unknown>;
    const keys = Object.keys(record);
    if (!this.sawRecord) {
      this.sawRecord = true;
      keys.forEach((key, index) => {
        this.columns.set(key, index);
      });
      this.visitor.header(keys);
    }
    if (this.rows >= maxRows) {
      this.done = true;
      return false;
    }
    this.visitor.beginRow?.(lineNumber);
    for (const key of keys) {
      let column = this.columns.get(key);
      if (column === undefined) {
        column = this.visitor.addColumn(key);
        this.columns.set(key, column);
      }
      const value = record[key];
      if (value === null || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
        this.visitor.typed(column, value);
      } else {
        this.visitor.typed(column, JSON.stringify(value));
      }
    }
    this.visitor.endRow(lineNumber, keys.length);
    this.rows += 1;
    if (this.rows >= maxRows) {
      this.done = true;
      return false;
    }
    return true;
  }
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== CR) return false;
  }
  return true;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}

function syntaxError(path: string, lineNumber: number, text: string, error: unknown): DataFormatError {
  // V8's messages do not always carry a position ("Unexpected token 'x', "..." is not valid JSON") and may echo
  // the input, so the position and the wording come from our own scan of the line.
  const located = locateJsonError(text);
  if (located === undefined) {
    const message = error instanceof Error ? error.message : String(error);
    return new DataFormatError(path, lineNumber, undefined, `invalid JSON: ${shorten(message, 120)}`);
  }
  const from = Math.max(0, located.position - 30);
  const excerpt = shorten(text.slice(from, located.position + 30), 60);
  const prefix = from > 0 ? '…' : '';
  return new DataFormatError(
    path,
    lineNumber,
    located.position + 1,
    `invalid JSON: ${located.problem} near ${JSON.stringify(prefix + excerpt)}`,
  );
}

interface JsonProblem {
  /** 0-based UTF-16 offset into the line. */
  position: number;
  problem: string;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Finds the first JSON syntax error in `text`, or undefined if it is valid. Only runs after JSON.parse has failed.
 * Iterative with an explicit stack: a hostile line of a million `[` must not overflow the call stack.
 */
export function locateJsonError(text: string): JsonProblem | undefined {
  const stack: number[] = [];
  const length = text.length;
  let i = 0;
  let mode: 'value' | 'key' | 'after' = 'value';

  const skipWhitespace = (): void => {
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== LF && c !== CR) return;
      i++;
    }
  };
  const unexpected = (expected: string): JsonProblem =>
    i >= length
      ? { position: i, problem: `unexpected end of line, expected ${expected}` }
      : { position: i, problem: `expected ${expected}, found ${quoteChar(text, i)}` };
  const scanString = (): JsonProblem | undefined => {
    const open = i;
    i++;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c === 0x5c) {
        const escaped = text[i + 1];
        if (escaped === 'u') {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) return { position: i, problem: 'invalid \\u escape in string' };
          i += 6;
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) {
          i += 2;
        } else {
          return { position: i, problem: 'invalid escape in string' };
        }
        continue;
      }
      if (c < 0x20) return { position: i, problem: 'unescaped control character in string' };
      i++;
    }
    return { position: open, problem: 'unterminated string' };
  };

  for (;;) {
    skipWhitespace();
    if (mode === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c === '{' ? 0x7d : 0x5d);
        i++;
        skipWhitespace();
        if (text.charCodeAt(i) === stack[stack.length - 1]) {
          stack.pop();
          i++;
          mode = 'after';
        } else {
          mode = c === '{' ? 'key' : 'value';
        }
      } else if (c === '"') {
        const problem = scanString();
        if (problem) return problem;
        mode = 'after';
      } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        const match = NUMBER.exec(text);
        if (match === null) return { position: i, problem: 'invalid number' };
        i += match[0].length;
        mode = 'after';
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
        i += 4;
        mode = 'after';
      } else if (text.startsWith('false', i)) {
        i += 5;
        mode = 'after';
      } else {
        return unexpected('a value');
      }
    } else if (mode === 'key') {
      if (text[i] !== '"') return unexpected('a double-quoted property name');
      const problem = scanString();
      if (problem) return problem;
      skipWhitespace();
      if (text[i] !== ':') return unexpected("':'");
      i++;
      mode = 'value';
    } else {
      const close = stack[stack.length - 1];
      if (close === undefined) {
        return i >= length ? undefined : { position: i, problem: 'unexpected text after the JSON value' };
      }
      const c = text.charCodeAt(i);
      if (c === 0x2c) {
        i++;
        mode = close === 0x7d ? 'key' : 'value';
      } else if (c === close) {
        stack.pop();
        i++;
      } else {
        return unexpected(`',' or '${String.fromCharCode(close)}'`);
      }
    }
  }
}

function quoteChar(text: string, index: number): string {
  const code = text.codePointAt(index) ?? 0;
  if (code < 0x20 || code === 0x7f) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return JSON.stringify(String.fromCodePoint(code));
}
