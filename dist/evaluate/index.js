import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  runEvaluate
} from "../chunks/chunk-NTZVHA5E.js";
import "../chunks/chunk-JM25GEIX.js";
import "../chunks/chunk-UXPRWLV6.js";
import "../chunks/chunk-PKVL4BDD.js";
import {
  runAsGitHubAction
} from "../chunks/chunk-IURFSWEJ.js";
import "../chunks/chunk-LPSLV72K.js";
import "../chunks/chunk-FRRHL4CR.js";
import "../chunks/chunk-E2YRSRW4.js";
import "../chunks/chunk-NMHA37WB.js";
import "../chunks/chunk-SOIZSZ23.js";
import "../chunks/chunk-SC2IIXY3.js";
import "../chunks/chunk-OQEQJUKG.js";
import "../chunks/chunk-HMXGF6KM.js";
import "../chunks/chunk-BAZBYZE6.js";
import "../chunks/chunk-FCHSJP6A.js";
import "../chunks/chunk-NUEQ5RRT.js";

// src/entries/evaluate.ts
await runAsGitHubAction("evaluate", runEvaluate);
