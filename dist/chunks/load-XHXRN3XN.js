import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  MAX_POINTS,
  loadRun,
  resolveRunDirectory,
  summarizePredictions
} from "./chunk-TBJRAZND.js";
import {
  RUN_PARTS
} from "./chunk-FRQNXLAQ.js";
import "./chunk-VRJ3OIWF.js";
import "./chunk-R2UHK3RX.js";
import "./chunk-Y7VO7A4L.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  MAX_POINTS,
  RUN_PARTS,
  loadRun,
  resolveRunDirectory,
  summarizePredictions
};
