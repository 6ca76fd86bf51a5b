import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  loadProfile,
  profileData,
  validateData
} from "./chunk-CVH6QIFB.js";
import "./chunk-G7KL257H.js";
import "./chunk-HJIXDHLD.js";
import "./chunk-VS6YY7VN.js";
import "./chunk-UI3FZ7ED.js";
import "./chunk-LGIOZVU3.js";
import "./chunk-FEWK3QBM.js";
import "./chunk-QJALMQN6.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-5TZIZIOX.js";
import "./chunk-VWKMTSMP.js";
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
