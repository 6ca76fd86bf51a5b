import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  HEADLINE,
  evaluateModel,
  loadModelUnderTest,
  thresholdChecks
} from "./chunk-XACWQV46.js";
import "./chunk-4HX5RLVW.js";
import "./chunk-LWZOYBWW.js";
import "./chunk-KAXFR2YD.js";
import "./chunk-R7CK5MXY.js";
import "./chunk-5JZ4ZKHJ.js";
import "./chunk-GQQX47NJ.js";
import "./chunk-7CIAEGX6.js";
import "./chunk-G7J5IKHB.js";
import "./chunk-QGO7LJVU.js";
import "./chunk-3FJXVL4H.js";
import "./chunk-WRFJ5HCA.js";
import "./chunk-WWB6BSG2.js";
import "./chunk-PUKCIQPK.js";
import "./chunk-QGSGYSLX.js";
export {
  HEADLINE,
  evaluateModel,
  loadModelUnderTest,
  thresholdChecks
};
