import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  HEADLINE,
  evaluateModel,
  loadModelUnderTest,
  thresholdChecks
} from "./chunk-DW2HSBXN.js";
import "./chunk-7WFSYBZY.js";
import "./chunk-4RJOQMT2.js";
import "./chunk-LE5632HT.js";
import "./chunk-E2MGJEWL.js";
import "./chunk-BJKSIHBC.js";
import "./chunk-WQG7UIVM.js";
import "./chunk-BCQFZCFT.js";
import "./chunk-F3D3LPFW.js";
import "./chunk-2R7742EY.js";
import "./chunk-SOIZSZ23.js";
import "./chunk-SC2IIXY3.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-HMXGF6KM.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  HEADLINE,
  evaluateModel,
  loadModelUnderTest,
  thresholdChecks
};
