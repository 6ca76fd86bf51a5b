import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  MAX_POINTS,
  loadRun,
  resolveRunDirectory,
  summarizePredictions
} from "./chunk-RAYXL56E.js";
import {
  RUN_PARTS
} from "./chunk-V6PPNJS4.js";
import "./chunk-ZKMIMUU2.js";
import "./chunk-J6V3WTBN.js";
import "./chunk-WWB6BSG2.js";
import "./chunk-PUKCIQPK.js";
import "./chunk-QGSGYSLX.js";
export {
  MAX_POINTS,
  RUN_PARTS,
  loadRun,
  resolveRunDirectory,
  summarizePredictions
};
