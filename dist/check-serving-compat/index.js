import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  runCheckServingCompat
} from "../chunks/chunk-6AVZJU67.js";
import "../chunks/chunk-LYFOF6DA.js";
import {
  runAsGitHubAction
} from "../chunks/chunk-SIOV2QQ7.js";
import "../chunks/chunk-YTIGI7PO.js";
import "../chunks/chunk-RI44E4YP.js";
import "../chunks/chunk-HMXGF6KM.js";
import "../chunks/chunk-B6L7ODOO.js";
import "../chunks/chunk-Z4QLY6P6.js";
import "../chunks/chunk-IPGV2HDM.js";
import "../chunks/chunk-FBUL6UTC.js";
import "../chunks/chunk-SC2IIXY3.js";
import "../chunks/chunk-OQEQJUKG.js";
import "../chunks/chunk-RRY2QXGV.js";
import "../chunks/chunk-FCHSJP6A.js";
import "../chunks/chunk-37BDC4YX.js";

// src/entries/check-serving-compat.ts
await runAsGitHubAction("check-serving-compat", runCheckServingCompat);
