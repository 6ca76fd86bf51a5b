import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);

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
  ConfigurationError,
  DataFormatError,
  EmptyFileError,
  describeThrown,
  shorten
};
