import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  runLoadTestAction
} from "../chunks/chunk-GIJIOKOM.js";
import "../chunks/chunk-Q7LJ4BXT.js";
import {
  runAsGitHubAction
} from "../chunks/chunk-3P6ULXVH.js";
import "../chunks/chunk-YTIGI7PO.js";
import "../chunks/chunk-HROKZJG6.js";
import "../chunks/chunk-E2YRSRW4.js";
import "../chunks/chunk-HMXGF6KM.js";
import "../chunks/chunk-FRRHL4CR.js";
import "../chunks/chunk-M3YRQPUA.js";
import "../chunks/chunk-FCHSJP6A.js";
import "../chunks/chunk-NUEQ5RRT.js";

// src/entries/load-test.ts
await runAsGitHubAction("load-test", runLoadTestAction);
