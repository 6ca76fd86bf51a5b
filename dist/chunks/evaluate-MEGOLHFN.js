import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  metricsDocument,
  runEvaluate
} from "./chunk-NTZVHA5E.js";
import "./chunk-JM25GEIX.js";
import "./chunk-UXPRWLV6.js";
import "./chunk-PKVL4BDD.js";
import "./chunk-FRRHL4CR.js";
import "./chunk-NMHA37WB.js";
import "./chunk-SOIZSZ23.js";
import "./chunk-SC2IIXY3.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  metricsDocument,
  runEvaluate
};
