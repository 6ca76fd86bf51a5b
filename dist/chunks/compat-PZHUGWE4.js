import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  SUPPORTED_RUNTIME,
  availableExecutionProviders,
  installedRuntimeSupport,
  loadChecks,
  localFunctionDomains,
  measureLoad,
  normalizeExecutionProvider,
  parseMemoryLimit,
  resolveOnnxRuntime,
  runtimeChecks,
  runtimeSupport
} from "./chunk-U2DIY5MF.js";
import "./chunk-HMXGF6KM.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  SUPPORTED_RUNTIME,
  availableExecutionProviders,
  installedRuntimeSupport,
  loadChecks,
  localFunctionDomains,
  measureLoad,
  normalizeExecutionProvider,
  parseMemoryLimit,
  resolveOnnxRuntime,
  runtimeChecks,
  runtimeSupport
};
