import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  runValidateData
} from "../chunks/chunk-66SJNDAS.js";
import "../chunks/chunk-JZTBKARK.js";
import "../chunks/chunk-7CIAEGX6.js";
import "../chunks/chunk-G7J5IKHB.js";
import "../chunks/chunk-QGO7LJVU.js";
import {
  runAsGitHubAction
} from "../chunks/chunk-AAVOYBX4.js";
import "../chunks/chunk-64BCQE6V.js";
import "../chunks/chunk-6LJUK3SZ.js";
import "../chunks/chunk-3FJXVL4H.js";
import "../chunks/chunk-3RSZWOQD.js";
import "../chunks/chunk-I4RJRILM.js";
import "../chunks/chunk-WRFJ5HCA.js";
import "../chunks/chunk-WWB6BSG2.js";
import "../chunks/chunk-SX66LZES.js";
import "../chunks/chunk-PUKCIQPK.js";
import "../chunks/chunk-QGSGYSLX.js";

// src/entries/validate-data.ts
await runAsGitHubAction("validate-data", runValidateData);
