import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  runLoadTestAction
} from "./chunk-FA2QSBRA.js";
import "./chunk-7H5FM6JE.js";
import "./chunk-BCSXRLPW.js";
import "./chunk-Z4QLY6P6.js";
import "./chunk-TUZHRFNT.js";
import "./chunk-LQBAS4HD.js";
import "./chunk-Y42JH7ZG.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  runLoadTestAction
};
