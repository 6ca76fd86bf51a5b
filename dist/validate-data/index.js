import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  runValidateData
} from "../chunks/chunk-XWDVZSH6.js";
import "../chunks/chunk-NPMBRSQQ.js";
import "../chunks/chunk-635LPGCO.js";
import {
  runAsGitHubAction
} from "../chunks/chunk-IM5EWX6K.js";
import "../chunks/chunk-YTIGI7PO.js";
import "../chunks/chunk-HROKZJG6.js";
import "../chunks/chunk-SC2UPTYI.js";
import "../chunks/chunk-E2YRSRW4.js";
import "../chunks/chunk-HMXGF6KM.js";
import "../chunks/chunk-BQYLOU6Z.js";
import "../chunks/chunk-FCHSJP6A.js";
import "../chunks/chunk-NUEQ5RRT.js";

// src/entries/validate-data.ts
await runAsGitHubAction("validate-data", runValidateData);
