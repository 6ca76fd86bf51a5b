import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  HEADLINE,
  evaluateModel,
  loadModelUnderTest,
  thresholdChecks
} from "./chunk-QCKX4ZPW.js";
import "./chunk-SEZUTCBU.js";
import "./chunk-4RJOQMT2.js";
import "./chunk-D5SXYAFW.js";
import "./chunk-HJIXDHLD.js";
import "./chunk-LE5632HT.js";
import "./chunk-Y5MPQQXY.js";
import "./chunk-KHYRHHGG.js";
import "./chunk-A4J2B6HU.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-UPS6HGDK.js";
import "./chunk-IX446UGZ.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-VGADZSOZ.js";
import "./chunk-HMXGF6KM.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  HEADLINE,
  evaluateModel,
  loadModelUnderTest,
  thresholdChecks
};
