import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  PARITY_TOLERANCE,
  describeLabel,
  trainBuiltin,
  verdictOf
} from "./chunk-2HZT4WRT.js";
import "./chunk-VRJ3OIWF.js";
import "./chunk-VXHMNTA6.js";
import "./chunk-SIOIOKML.js";
import "./chunk-6RKL7ULT.js";
import "./chunk-QED634M5.js";
import "./chunk-D2XDZOZX.js";
import "./chunk-ISHP52YF.js";
import "./chunk-E2VTJEOS.js";
import "./chunk-673O6EFV.js";
import "./chunk-HJIXDHLD.js";
import "./chunk-BVYXGHQW.js";
import "./chunk-X6LAM27I.js";
import "./chunk-XSP3GU7M.js";
import "./chunk-FEWK3QBM.js";
import "./chunk-4NO5NRJG.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-R42XDB5R.js";
import "./chunk-VRJB4JWQ.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-EK6DLGM3.js";
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
