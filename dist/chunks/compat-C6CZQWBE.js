import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
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
} from "./chunk-3HYCPQQI.js";
import "./chunk-3FJXVL4H.js";
import "./chunk-PUKCIQPK.js";
import "./chunk-QGSGYSLX.js";
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
