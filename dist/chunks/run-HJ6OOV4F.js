import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  loadProfile,
  profileData,
  validateData
} from "./chunk-SIOIOKML.js";
import "./chunk-6RKL7ULT.js";
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
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  loadProfile,
  profileData,
  validateData
};
