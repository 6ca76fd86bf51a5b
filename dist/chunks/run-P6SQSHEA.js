import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  HEADLINE,
  evaluateModel,
  loadModelUnderTest,
  thresholdChecks
} from "./chunk-LZ6JMID7.js";
import "./chunk-GJ47XGYD.js";
import "./chunk-4RJOQMT2.js";
import "./chunk-YNCSL7WP.js";
import "./chunk-HJIXDHLD.js";
import "./chunk-LE5632HT.js";
import "./chunk-JE4VYUBR.js";
import "./chunk-KHYRHHGG.js";
import "./chunk-ZGYKLADH.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-FBW2KQRF.js";
import "./chunk-IX446UGZ.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-TPMIUAPN.js";
import "./chunk-HMXGF6KM.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  HEADLINE,
  evaluateModel,
  loadModelUnderTest,
  thresholdChecks
};
