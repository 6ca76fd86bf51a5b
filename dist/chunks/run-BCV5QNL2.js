import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  distributions,
  loadProfile,
  profileData,
  validateData
} from "./chunk-E4GB6XL6.js";
import "./chunk-CKGQ2U5V.js";
import "./chunk-N5IOX6GP.js";
import "./chunk-BJKSIHBC.js";
import "./chunk-WJCPGP3B.js";
import "./chunk-APPIXQZV.js";
import "./chunk-VB3JQ5KF.js";
import "./chunk-Y7VO7A4L.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  distributions,
  loadProfile,
  profileData,
  validateData
};
