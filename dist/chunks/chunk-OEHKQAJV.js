import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/errors.ts
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
};
var DataFormatError = class extends ConfigurationError {
  constructor(file, line, column, problem) {
    const where = [
      file,
      line === void 0 ? void 0 : `line ${line}`,
      column === void 0 ? void 0 : `column ${column}`
    ].filter((part) => part !== void 0).join(", ");
    super(`${where}: ${problem}`);
    this.file = file;
    this.line = line;
    this.column = column;
  }
  file;
  line;
  column;
  name = "DataFormatError";
};
var EmptyFileError = class extends DataFormatError {
};
function describeThrown(thrown, max = 500) {
  const text = thrown instanceof Error ? thrown.message : typeof thrown === "string" ? thrown : safeStringify(thrown);
  return shorten(text, max);
}
function shorten(text, max = 80) {
  const oneLine = text.replace(/\r?\n/g, "\\n");
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max)}\u2026 (${oneLine.length} characters)`;
}
function safeStringify(value) {
  try {
    return `non-Error thrown: ${JSON.stringify(value) ?? String(value)}`;
  } catch {
    return `non-Error thrown: ${String(value)}`;
  }
}

export {
  __require,
  __commonJS,
  __toESM,
  ConfigurationError,
  DataFormatError,
  EmptyFileError,
  describeThrown,
  shorten
};
