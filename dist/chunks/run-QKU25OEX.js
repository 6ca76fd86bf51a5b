import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  distributions,
  loadProfile,
  profileData,
  validateData
} from "./chunk-5H6V7AVO.js";
import "./chunk-CKGQ2U5V.js";
import "./chunk-7W6FGXTD.js";
import "./chunk-BJKSIHBC.js";
import "./chunk-WPOZUOKI.js";
import "./chunk-APPIXQZV.js";
import "./chunk-57IAWE4K.js";
import "./chunk-Y7VO7A4L.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  distributions,
  loadProfile,
  profileData,
  validateData
};
