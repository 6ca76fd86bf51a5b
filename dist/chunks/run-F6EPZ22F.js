import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  distributions,
  loadProfile,
  profileData,
  validateData
} from "./chunk-7I6IIE3L.js";
import "./chunk-4WFC45M5.js";
import "./chunk-7W6FGXTD.js";
import "./chunk-BJKSIHBC.js";
import "./chunk-ND6YB2B7.js";
import "./chunk-APPIXQZV.js";
import "./chunk-57IAWE4K.js";
import "./chunk-LQBAS4HD.js";
import "./chunk-Y42JH7ZG.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  distributions,
  loadProfile,
  profileData,
  validateData
};
