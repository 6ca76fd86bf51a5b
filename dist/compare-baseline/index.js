import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  runCompareBaseline
} from "../chunks/chunk-OKXW4BR6.js";
import "../chunks/chunk-B3MKAWAE.js";
import "../chunks/chunk-3NTB6ZMW.js";
import "../chunks/chunk-GQQX47NJ.js";
import "../chunks/chunk-LCNFAESY.js";
import "../chunks/chunk-V7A25JGM.js";
import "../chunks/chunk-SYZIBHDM.js";
import "../chunks/chunk-ML4FHX6S.js";
import "../chunks/chunk-R7CK5MXY.js";
import "../chunks/chunk-4HLTMQIY.js";
import "../chunks/chunk-EUBWIUBG.js";
import "../chunks/chunk-G7J5IKHB.js";
import "../chunks/chunk-264HWQ6R.js";
import "../chunks/chunk-P5TH24K5.js";
import "../chunks/chunk-KAXFR2YD.js";
import {
  runAsGitHubAction
} from "../chunks/chunk-IMN55KIS.js";
import "../chunks/chunk-64BCQE6V.js";
import "../chunks/chunk-6LJUK3SZ.js";
import "../chunks/chunk-3RSZWOQD.js";
import "../chunks/chunk-I4RJRILM.js";
import "../chunks/chunk-3FJXVL4H.js";
import "../chunks/chunk-5MNTP7TV.js";
import "../chunks/chunk-WRFJ5HCA.js";
import "../chunks/chunk-WWB6BSG2.js";
import "../chunks/chunk-F2AXJM34.js";
import "../chunks/chunk-PUKCIQPK.js";
import "../chunks/chunk-QGSGYSLX.js";

// src/entries/compare-baseline.ts
await runAsGitHubAction("compare-baseline", runCompareBaseline);
