import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  latencyChart,
  renderLoadTestMarkdown,
  renderLoadTestTerminal,
  sharedMachineNote
} from "./chunk-F4YYQD3A.js";
import "./chunk-EH64U6TB.js";
import "./chunk-FZA2I66E.js";
import "./chunk-UZ3AVPPC.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  latencyChart,
  renderLoadTestMarkdown,
  renderLoadTestTerminal,
  sharedMachineNote
};
