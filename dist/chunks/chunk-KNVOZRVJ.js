import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  readJsonLines
} from "./chunk-G6PV2Q2L.js";
import {
  readCsv
} from "./chunk-5BLKW2OX.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/data/files.ts
import { stat } from "node:fs/promises";
import path from "node:path";
var EXTENSIONS = {
  ".csv": "csv",
  ".tsv": "csv",
  ".txt": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "jsonl",
  ".parquet": "parquet",
  ".pq": "parquet"
};
var READERS = {
  csv: readCsv,
  jsonl: readJsonLines,
  parquet: async (path2, visitor, options) => (await import("./parquet-Z72NX64B.js")).readParquet(path2, visitor, options)
};
var GLOB_CHARACTERS = /[*?[\]{}()!+@\\]/;
async function resolveDataFiles(pattern, input) {
  const globbing = GLOB_CHARACTERS.test(pattern) ? await import("./dist-U2ZEUWSJ.js") : void 0;
  if (globbing === void 0 || !globbing.isDynamicPattern(pattern)) {
    const info = await stat(pattern).catch(() => void 0);
    if (info === void 0)
      throw new ConfigurationError(
        `${input}: ${pattern} does not exist; check the path (relative paths start at ${process.cwd()})`
      );
    if (info.isDirectory())
      throw new ConfigurationError(
        `${input}: ${pattern} is a directory; give a file or a glob such as ${path.join(pattern, "*.csv")}`
      );
    return [pattern];
  }
  const files = (await globbing.glob(pattern, { onlyFiles: true, expandDirectories: false, absolute: path.isAbsolute(pattern) })).sort();
  if (files.length === 0) throw new ConfigurationError(`${input}: the glob ${pattern} matches no file`);
  return files;
}
function detectFormat(file, requested) {
  if (requested !== void 0 && requested !== "auto") return requested;
  const format = EXTENSIONS[path.extname(file).toLowerCase()];
  if (format === void 0) {
    throw new ConfigurationError(
      `cannot tell the format of ${file} from its extension: name it .csv, .tsv, .jsonl or .parquet, or set format to csv, jsonl or parquet`
    );
  }
  return format;
}
async function readDataFile(file, visitor, options) {
  const format = detectFormat(file, options.format);
  const delimiter = options.delimiter ?? (path.extname(file).toLowerCase() === ".tsv" ? "	" : ",");
  await READERS[format](file, visitor, { ...options, delimiter });
}

export {
  resolveDataFiles,
  detectFormat,
  readDataFile
};
