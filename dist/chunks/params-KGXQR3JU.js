import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  DEFAULT_PARAMS,
  PARAMS_SCHEMA,
  builtinParams,
  parseParamsText,
  recordedParams
} from "./chunk-VXHMNTA6.js";
import "./chunk-D2XDZOZX.js";
import "./chunk-ISHP52YF.js";
import "./chunk-FEWK3QBM.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  DEFAULT_PARAMS,
  PARAMS_SCHEMA,
  builtinParams,
  parseParamsText,
  recordedParams
};
