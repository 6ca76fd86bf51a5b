import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  lineageStoreFor,
  openRegistry
} from "./chunk-MHRMRRTT.js";
import "./chunk-Z45SZNTK.js";
import "./chunk-LTKEYL5E.js";
import "./chunk-ISHP52YF.js";
import "./chunk-2R7742EY.js";
import "./chunk-SOIZSZ23.js";
import "./chunk-SC2IIXY3.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-KO3WFQKK.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  lineageStoreFor,
  openRegistry
};
