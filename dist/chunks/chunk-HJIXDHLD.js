import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  locateJsonError
} from "./chunk-G6PV2Q2L.js";
import {
  ConfigurationError,
  shorten
} from "./chunk-FCHSJP6A.js";

// src/core/json-file.ts
import { readFile } from "node:fs/promises";
function withoutByteOrderMark(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
async function readJsonFile(path, what) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new ConfigurationError(`cannot read the ${what} ${path}: ${code === "ENOENT" ? "no such file" : code}`);
  }
  const body = withoutByteOrderMark(text);
  try {
    return JSON.parse(body);
  } catch (error) {
    const problem = locateJsonError(body);
    if (problem === void 0) {
      throw new ConfigurationError(
        `the ${what} ${path} is not valid JSON: ${shorten(String(error.message), 160)}`
      );
    }
    const before = body.slice(0, problem.position);
    const line = before.split("\n").length;
    const column = problem.position - before.lastIndexOf("\n");
    throw new ConfigurationError(
      `the ${what} ${path} is not valid JSON: line ${line}, column ${column}: ${shorten(problem.problem, 160)}`
    );
  }
}

export {
  withoutByteOrderMark,
  readJsonFile
};
