import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  runValidateData
} from "../chunks/chunk-YKWTPRKH.js";
import "../chunks/chunk-U5I3NOOB.js";
import "../chunks/chunk-WPOZUOKI.js";
import "../chunks/chunk-APPIXQZV.js";
import "../chunks/chunk-57IAWE4K.js";
import {
  runAsGitHubAction
} from "../chunks/chunk-PALMCGNC.js";
import "../chunks/chunk-YTIGI7PO.js";
import "../chunks/chunk-RI44E4YP.js";
import "../chunks/chunk-HMXGF6KM.js";
import "../chunks/chunk-2H626EEH.js";
import "../chunks/chunk-Z4QLY6P6.js";
import "../chunks/chunk-7QS4IFQG.js";
import "../chunks/chunk-Y7VO7A4L.js";
import "../chunks/chunk-AIC24MLK.js";
import "../chunks/chunk-FCHSJP6A.js";
import "../chunks/chunk-37BDC4YX.js";

// src/entries/validate-data.ts
await runAsGitHubAction("validate-data", runValidateData);
