import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  runValidateData
} from "./chunk-4OQZIVRM.js";
import "./chunk-LYFOF6DA.js";
import "./chunk-B6L7ODOO.js";
import "./chunk-Z4QLY6P6.js";
import "./chunk-IPGV2HDM.js";
import "./chunk-FBUL6UTC.js";
import "./chunk-SC2IIXY3.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  runValidateData
};
