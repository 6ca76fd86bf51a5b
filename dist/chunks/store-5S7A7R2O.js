import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  LineageStore,
  buildLineageRecord,
  pipelineVersion,
  roleOf,
  validateLineageRecord
} from "./chunk-52C5M4JA.js";
import "./chunk-FBUL6UTC.js";
import "./chunk-SC2IIXY3.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  LineageStore,
  buildLineageRecord,
  pipelineVersion,
  roleOf,
  validateLineageRecord
};
