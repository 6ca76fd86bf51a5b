import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  runCheckServingCompat
} from "./chunk-II6FXMQ3.js";
import "./chunk-U5I3NOOB.js";
import "./chunk-WPOZUOKI.js";
import "./chunk-APPIXQZV.js";
import "./chunk-57IAWE4K.js";
import "./chunk-2H626EEH.js";
import "./chunk-Z4QLY6P6.js";
import "./chunk-7QS4IFQG.js";
import "./chunk-Y7VO7A4L.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  runCheckServingCompat
};
