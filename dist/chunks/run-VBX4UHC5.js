import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  HEADLINE,
  evaluateModel,
  loadModelUnderTest,
  thresholdChecks
} from "./chunk-4VFAFSBI.js";
import "./chunk-JVMDL5OU.js";
import "./chunk-7W6FGXTD.js";
import "./chunk-BJKSIHBC.js";
import "./chunk-KJ2BBQWN.js";
import "./chunk-4RJOQMT2.js";
import "./chunk-UXPRWLV6.js";
import "./chunk-WPOZUOKI.js";
import "./chunk-APPIXQZV.js";
import "./chunk-57IAWE4K.js";
import "./chunk-HMXGF6KM.js";
import "./chunk-7QS4IFQG.js";
import "./chunk-Y7VO7A4L.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  HEADLINE,
  evaluateModel,
  loadModelUnderTest,
  thresholdChecks
};
