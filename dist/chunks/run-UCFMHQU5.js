import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  HEADLINE,
  evaluateModel,
  loadModelUnderTest,
  thresholdChecks
} from "./chunk-M4TB7YPL.js";
import "./chunk-IX22ZWKC.js";
import "./chunk-E2MGJEWL.js";
import "./chunk-BJKSIHBC.js";
import "./chunk-4RJOQMT2.js";
import "./chunk-UXPRWLV6.js";
import "./chunk-Z4FWMQFO.js";
import "./chunk-APPIXQZV.js";
import "./chunk-F3D3LPFW.js";
import "./chunk-HMXGF6KM.js";
import "./chunk-IPGV2HDM.js";
import "./chunk-FBUL6UTC.js";
import "./chunk-SC2IIXY3.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  HEADLINE,
  evaluateModel,
  loadModelUnderTest,
  thresholdChecks
};
