import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  HEADLINE,
  evaluateModel,
  loadModelUnderTest,
  thresholdChecks
} from "./chunk-E2XHC4IF.js";
import "./chunk-CPEI5QS6.js";
import "./chunk-4RJOQMT2.js";
import "./chunk-YNCSL7WP.js";
import "./chunk-HJIXDHLD.js";
import "./chunk-LE5632HT.js";
import "./chunk-QTAPR7R5.js";
import "./chunk-KHYRHHGG.js";
import "./chunk-KNVOZRVJ.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-5BLKW2OX.js";
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
