import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  openDataFile
} from "./chunk-OQEQJUKG.js";
import {
  DataFormatError,
  EmptyFileError,
  shorten
} from "./chunk-FCHSJP6A.js";

// src/data/jsonl.ts
import { open } from "node:fs/promises";
var MAX_LINE_BYTES = 64 * 1024 * 1024;
var LF = 10;
var CR = 13;
var readJsonLines = async (path, visitor, options) => {
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const parser = new LineParser(path, visitor);
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const stream = (await openForReading(path)).createReadStream();
  let lineNumber = 0;
  let sawBytes = false;
  let pending = [];
  let pendingBytes = 0;
  const handleLine = (bytes) => {
    lineNumber += 1;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === CR) end -= 1;
    let start = 0;
    if (lineNumber === 1 && end >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) start = 3;
    let text;
    try {
      text = decoder.decode(bytes.subarray(start, end));
    } catch {
      throw new DataFormatError(path, lineNumber, void 0, "line is not valid UTF-8");
    }
    return parser.line(text, lineNumber, maxRows);
  };
  let position = 0;
  reading: for await (const chunk of stream) {
    options.onBytes?.(chunk, position);
    position += chunk.length;
    await visitor.drain?.();
    sawBytes ||= chunk.length > 0;
    let from = 0;
    for (; ; ) {
      const newline = chunk.indexOf(LF, from);
      if (newline === -1) break;
      let line = chunk.subarray(from, newline);
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
      pending.push(Buffer.from(chunk.subarray(from)));
    }
  }
  if (pending.length > 0 && !parser.done) handleLine(Buffer.concat(pending, pendingBytes));
  if (!sawBytes) throw new EmptyFileError(path, void 0, void 0, "file is empty");
  if (!parser.sawRecord) throw new EmptyFileError(path, void 0, void 0, "file is empty (only blank lines)");
};
function openForReading(path) {
  return openDataFile(path, (file) => open(file, "r"));
}
function tooLong(path, line) {
  return new DataFormatError(path, line, void 0, `line is longer than ${MAX_LINE_BYTES} bytes`);
}
var LineParser = class {
  constructor(path, visitor) {
    this.path = path;
    this.visitor = visitor;
  }
  path;
  visitor;
  sawRecord = false;
  done = false;
  rows = 0;
  columns = /* @__PURE__ */ new Map();
  /** Returns false once `maxRows` records have been delivered, so the caller can stop reading. */
  line(text, lineNumber, maxRows) {
    if (isBlank(text)) return true;
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw syntaxError(this.path, lineNumber, text, error);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new DataFormatError(this.path, lineNumber, void 0, `expected a JSON object, found ${describe(parsed)}`);
    }
    const record = parsed;
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
      if (column === void 0) {
        column = this.visitor.addColumn(key);
        this.columns.set(key, column);
      }
      const value = record[key];
      if (value === null || typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
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
};
function isBlank(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== CR) return false;
  }
  return true;
}
function describe(value) {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "a boolean";
  return typeof value;
}
function syntaxError(path, lineNumber, text, error) {
  const located = locateJsonError(text);
  if (located === void 0) {
    const message = error instanceof Error ? error.message : String(error);
    return new DataFormatError(path, lineNumber, void 0, `invalid JSON: ${shorten(message, 120)}`);
  }
  const from = Math.max(0, located.position - 30);
  const excerpt = shorten(text.slice(from, located.position + 30), 60);
  const prefix = from > 0 ? "\u2026" : "";
  return new DataFormatError(
    path,
    lineNumber,
    located.position + 1,
    `invalid JSON: ${located.problem} near ${JSON.stringify(prefix + excerpt)}`
  );
}
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var HEX4 = /[0-9a-fA-F]{4}/y;
function locateJsonError(text) {
  const stack = [];
  const length = text.length;
  let i = 0;
  let mode = "value";
  const skipWhitespace = () => {
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== LF && c !== CR) return;
      i++;
    }
  };
  const unexpected = (expected) => i >= length ? { position: i, problem: `unexpected end of line, expected ${expected}` } : { position: i, problem: `expected ${expected}, found ${quoteChar(text, i)}` };
  const scanString = () => {
    const open2 = i;
    i++;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return void 0;
      }
      if (c === 92) {
        const escaped = text[i + 1];
        if (escaped === "u") {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) return { position: i, problem: "invalid \\u escape in string" };
          i += 6;
        } else if (escaped !== void 0 && '"\\/bfnrt'.includes(escaped)) {
          i += 2;
        } else {
          return { position: i, problem: "invalid escape in string" };
        }
        continue;
      }
      if (c < 32) return { position: i, problem: "unescaped control character in string" };
      i++;
    }
    return { position: open2, problem: "unterminated string" };
  };
  for (; ; ) {
    skipWhitespace();
    if (mode === "value") {
      const c = text[i];
      if (c === "{" || c === "[") {
        stack.push(c === "{" ? 125 : 93);
        i++;
        skipWhitespace();
        if (text.charCodeAt(i) === stack[stack.length - 1]) {
          stack.pop();
          i++;
          mode = "after";
        } else {
          mode = c === "{" ? "key" : "value";
        }
      } else if (c === '"') {
        const problem = scanString();
        if (problem) return problem;
        mode = "after";
      } else if (c === "-" || c !== void 0 && c >= "0" && c <= "9") {
        NUMBER.lastIndex = i;
        const match = NUMBER.exec(text);
        if (match === null) return { position: i, problem: "invalid number" };
        i += match[0].length;
        mode = "after";
      } else if (text.startsWith("true", i) || text.startsWith("null", i)) {
        i += 4;
        mode = "after";
      } else if (text.startsWith("false", i)) {
        i += 5;
        mode = "after";
      } else {
        return unexpected("a value");
      }
    } else if (mode === "key") {
      if (text[i] !== '"') return unexpected("a double-quoted property name");
      const problem = scanString();
      if (problem) return problem;
      skipWhitespace();
      if (text[i] !== ":") return unexpected("':'");
      i++;
      mode = "value";
    } else {
      const close = stack[stack.length - 1];
      if (close === void 0) {
        return i >= length ? void 0 : { position: i, problem: "unexpected text after the JSON value" };
      }
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        mode = close === 125 ? "key" : "value";
      } else if (c === close) {
        stack.pop();
        i++;
      } else {
        return unexpected(`',' or '${String.fromCharCode(close)}'`);
      }
    }
  }
}
function quoteChar(text, index) {
  const code = text.codePointAt(index) ?? 0;
  if (code < 32 || code === 127) return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return JSON.stringify(String.fromCodePoint(code));
}

export {
  readJsonLines,
  locateJsonError
};
