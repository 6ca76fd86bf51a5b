import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);

// src/registry/types.ts
var STAGES = ["dev", "staging", "production"];
var ConcurrentUpdateError = class extends Error {
  name = "ConcurrentUpdateError";
};

export {
  STAGES,
  ConcurrentUpdateError
};
