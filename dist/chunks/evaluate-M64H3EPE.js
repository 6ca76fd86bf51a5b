import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  metricsDocument,
  runEvaluate
} from "./chunk-HZ7O2CDO.js";
import "./chunk-B3MKAWAE.js";
import "./chunk-42L4P7MG.js";
import "./chunk-4HX5RLVW.js";
import "./chunk-GQQX47NJ.js";
import "./chunk-R7CK5MXY.js";
import "./chunk-LWZOYBWW.js";
import "./chunk-KAXFR2YD.js";
import "./chunk-JZTBKARK.js";
import "./chunk-7CIAEGX6.js";
import "./chunk-G7J5IKHB.js";
import "./chunk-QGO7LJVU.js";
import "./chunk-3RSZWOQD.js";
import "./chunk-I4RJRILM.js";
import "./chunk-5MNTP7TV.js";
import "./chunk-3FJXVL4H.js";
import "./chunk-WRFJ5HCA.js";
import "./chunk-WWB6BSG2.js";
import "./chunk-PUKCIQPK.js";
import "./chunk-QGSGYSLX.js";
export {
  metricsDocument,
  runEvaluate
};
