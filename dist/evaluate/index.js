import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  runEvaluate
} from "../chunks/chunk-SWBALK5X.js";
import "../chunks/chunk-UXPRWLV6.js";
import "../chunks/chunk-JM25GEIX.js";
import "../chunks/chunk-7H5FM6JE.js";
import {
  runAsGitHubAction
} from "../chunks/chunk-VX2N5VOR.js";
import "../chunks/chunk-YTIGI7PO.js";
import "../chunks/chunk-RI44E4YP.js";
import "../chunks/chunk-BCSXRLPW.js";
import "../chunks/chunk-Z4QLY6P6.js";
import "../chunks/chunk-TUZHRFNT.js";
import "../chunks/chunk-LQBAS4HD.js";
import "../chunks/chunk-Y42JH7ZG.js";
import "../chunks/chunk-HMXGF6KM.js";
import "../chunks/chunk-Z6IUCYTN.js";
import "../chunks/chunk-FCHSJP6A.js";
import "../chunks/chunk-37BDC4YX.js";

// src/entries/evaluate.ts
await runAsGitHubAction("evaluate", runEvaluate);
