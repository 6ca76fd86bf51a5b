import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  loadProfile,
  profileData,
  validateData
} from "./chunk-XXLKQCN2.js";
import "./chunk-ORWGI54Y.js";
import "./chunk-HJIXDHLD.js";
import "./chunk-57G7IC6R.js";
import "./chunk-JE4VYUBR.js";
import "./chunk-KHYRHHGG.js";
import "./chunk-FEWK3QBM.js";
import "./chunk-ZGYKLADH.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-FBW2KQRF.js";
import "./chunk-IX446UGZ.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-TPMIUAPN.js";
import "./chunk-NPMBRSQQ.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  loadProfile,
  profileData,
  validateData
};
