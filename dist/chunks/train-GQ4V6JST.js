import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  runTrain
} from "./chunk-GX6TXLLT.js";
import "./chunk-7ETXFVHT.js";
import "./chunk-Z4FWMQFO.js";
import "./chunk-APPIXQZV.js";
import "./chunk-F3D3LPFW.js";
import "./chunk-UZ3AVPPC.js";
import "./chunk-LYFOF6DA.js";
import "./chunk-YTIGI7PO.js";
import "./chunk-B6L7ODOO.js";
import "./chunk-Z4QLY6P6.js";
import "./chunk-IPGV2HDM.js";
import "./chunk-FBUL6UTC.js";
import "./chunk-SC2IIXY3.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  runTrain
};
