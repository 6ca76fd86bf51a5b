import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  latencyChart,
  renderLoadTestMarkdown,
  renderLoadTestTerminal,
  sharedMachineNote
} from "./chunk-TPXSPGBS.js";
import "./chunk-MQJC2JX5.js";
import "./chunk-C47VL7NO.js";
import "./chunk-UZ3AVPPC.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  latencyChart,
  renderLoadTestMarkdown,
  renderLoadTestTerminal,
  sharedMachineNote
};
