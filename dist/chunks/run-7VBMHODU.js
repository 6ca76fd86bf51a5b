import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  PARITY_TOLERANCE,
  describeLabel,
  trainBuiltin,
  verdictOf
} from "./chunk-7DY3CDQJ.js";
import "./chunk-VRJ3OIWF.js";
import "./chunk-VXHMNTA6.js";
import "./chunk-K5GRQ2RO.js";
import "./chunk-KCUAPPNO.js";
import "./chunk-QED634M5.js";
import "./chunk-D2XDZOZX.js";
import "./chunk-ISHP52YF.js";
import "./chunk-IJOCSSO4.js";
import "./chunk-673O6EFV.js";
import "./chunk-HJIXDHLD.js";
import "./chunk-FSXJ3DC5.js";
import "./chunk-AVME5D63.js";
import "./chunk-LDQNJF52.js";
import "./chunk-FEWK3QBM.js";
import "./chunk-2IPVY3JO.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-KZK2QFGZ.js";
import "./chunk-VWKMTSMP.js";
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
