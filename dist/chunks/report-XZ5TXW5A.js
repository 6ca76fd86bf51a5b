import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  latencyChart,
  renderLoadTestMarkdown,
  renderLoadTestTerminal,
  sharedMachineNote
} from "./chunk-K6SJBPZ7.js";
import "./chunk-O4THSRHN.js";
import "./chunk-KPQQUR37.js";
import "./chunk-5MNTP7TV.js";
import "./chunk-PUKCIQPK.js";
import "./chunk-QGSGYSLX.js";
export {
  latencyChart,
  renderLoadTestMarkdown,
  renderLoadTestTerminal,
  sharedMachineNote
};
