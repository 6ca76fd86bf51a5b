import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  runCompareBaseline
} from "./chunk-OKXW4BR6.js";
import "./chunk-B3MKAWAE.js";
import "./chunk-3NTB6ZMW.js";
import "./chunk-GQQX47NJ.js";
import "./chunk-LCNFAESY.js";
import "./chunk-V7A25JGM.js";
import "./chunk-SYZIBHDM.js";
import "./chunk-ML4FHX6S.js";
import "./chunk-R7CK5MXY.js";
import "./chunk-4HLTMQIY.js";
import "./chunk-EUBWIUBG.js";
import "./chunk-G7J5IKHB.js";
import "./chunk-264HWQ6R.js";
import "./chunk-P5TH24K5.js";
import "./chunk-KAXFR2YD.js";
import "./chunk-3RSZWOQD.js";
import "./chunk-I4RJRILM.js";
import "./chunk-3FJXVL4H.js";
import "./chunk-5MNTP7TV.js";
import "./chunk-WRFJ5HCA.js";
import "./chunk-WWB6BSG2.js";
import "./chunk-PUKCIQPK.js";
import "./chunk-QGSGYSLX.js";
export {
  runCompareBaseline
};
