import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  DataFormatError
} from "./chunk-FCHSJP6A.js";

// src/data/open.ts
async function openDataFile(path, opener) {
  try {
    return await opener(path);
  } catch (error) {
    const code = error.code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory, not a file" : `cannot be read (${code})`;
    throw new DataFormatError(path, void 0, void 0, `${reason}; check the path`);
  }
}

export {
  openDataFile
};
