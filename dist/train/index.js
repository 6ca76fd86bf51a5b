import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  runTrain
} from "../chunks/chunk-VZYTBKZR.js";
import "../chunks/chunk-K56CVBAS.js";
import "../chunks/chunk-ND6YB2B7.js";
import "../chunks/chunk-APPIXQZV.js";
import "../chunks/chunk-57IAWE4K.js";
import "../chunks/chunk-UZ3AVPPC.js";
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

// src/entries/train.ts
await runAsGitHubAction("train", runTrain);
