import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);

// src/generated/versions.generated.ts
var PACKAGE_VERSION = "0.1.0";
var ONNXRUNTIME_NODE_VERSION = "1.30.0";

export {
  PACKAGE_VERSION,
  ONNXRUNTIME_NODE_VERSION
};
