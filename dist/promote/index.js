import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  runPromote
} from "../chunks/chunk-N6CLGBNK.js";
import "../chunks/chunk-ZE3GSQ4I.js";
import "../chunks/chunk-MGG36UA6.js";
import "../chunks/chunk-SYZIBHDM.js";
import "../chunks/chunk-J6V3WTBN.js";
import "../chunks/chunk-5MNTP7TV.js";
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

// src/entries/promote.ts
await runAsGitHubAction("promote", runPromote);
