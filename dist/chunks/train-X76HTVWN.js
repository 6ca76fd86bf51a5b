import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  runTrain
} from "./chunk-VZYTBKZR.js";
import "./chunk-K56CVBAS.js";
import "./chunk-ND6YB2B7.js";
import "./chunk-APPIXQZV.js";
import "./chunk-57IAWE4K.js";
import "./chunk-UZ3AVPPC.js";
import "./chunk-7H5FM6JE.js";
import "./chunk-YTIGI7PO.js";
import "./chunk-BCSXRLPW.js";
import "./chunk-Z4QLY6P6.js";
import "./chunk-TUZHRFNT.js";
import "./chunk-LQBAS4HD.js";
import "./chunk-Y42JH7ZG.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  runTrain
};
