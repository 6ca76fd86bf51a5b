import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  PARITY_TOLERANCE,
  describeLabel,
  trainBuiltin,
  verdictOf
} from "./chunk-TDRILNFH.js";
import "./chunk-VRJ3OIWF.js";
import "./chunk-7I6IIE3L.js";
import "./chunk-4WFC45M5.js";
import "./chunk-ROJQOL24.js";
import "./chunk-7W6FGXTD.js";
import "./chunk-BJKSIHBC.js";
import "./chunk-KJ2BBQWN.js";
import "./chunk-K56CVBAS.js";
import "./chunk-ND6YB2B7.js";
import "./chunk-APPIXQZV.js";
import "./chunk-57IAWE4K.js";
import "./chunk-TUZHRFNT.js";
import "./chunk-LQBAS4HD.js";
import "./chunk-Y42JH7ZG.js";
import "./chunk-HMXGF6KM.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  PARITY_TOLERANCE,
  describeLabel,
  trainBuiltin,
  verdictOf
};
