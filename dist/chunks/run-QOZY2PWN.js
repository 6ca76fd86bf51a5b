import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  distributions,
  loadProfile,
  profileData,
  validateData
} from "./chunk-O4NMUDXK.js";
import "./chunk-6LZ4Z5VG.js";
import "./chunk-E2MGJEWL.js";
import "./chunk-BJKSIHBC.js";
import "./chunk-LTKEYL5E.js";
import "./chunk-ISHP52YF.js";
import "./chunk-WQG7UIVM.js";
import "./chunk-BCQFZCFT.js";
import "./chunk-F3D3LPFW.js";
import "./chunk-SOIZSZ23.js";
import "./chunk-SC2IIXY3.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  distributions,
  loadProfile,
  profileData,
  validateData
};
