import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  PARITY_TOLERANCE,
  describeLabel,
  trainBuiltin,
  verdictOf
} from "./chunk-7U42EZRR.js";
import "./chunk-VRJ3OIWF.js";
import "./chunk-VXHMNTA6.js";
import "./chunk-2IZMZJ4R.js";
import "./chunk-G7KL257H.js";
import "./chunk-QED634M5.js";
import "./chunk-D2XDZOZX.js";
import "./chunk-ISHP52YF.js";
import "./chunk-HSNZBR4H.js";
import "./chunk-D5SXYAFW.js";
import "./chunk-HJIXDHLD.js";
import "./chunk-CFZQ6IFR.js";
import "./chunk-DNAASLNZ.js";
import "./chunk-LGIOZVU3.js";
import "./chunk-FEWK3QBM.js";
import "./chunk-H2WZP763.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-5RI7ZZF4.js";
import "./chunk-VWKMTSMP.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-VGADZSOZ.js";
import "./chunk-NPMBRSQQ.js";
import "./chunk-HMXGF6KM.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  PARITY_TOLERANCE,
  describeLabel,
  trainBuiltin,
  verdictOf
};
