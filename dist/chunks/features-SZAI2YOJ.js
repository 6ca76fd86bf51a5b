import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  buildFeeds,
  cellNumber,
  cellText,
  encodeRows,
  fitFeaturePlan,
  inferKind,
  planWidth
} from "./chunk-R7CK5MXY.js";
import "./chunk-PUKCIQPK.js";
import "./chunk-QGSGYSLX.js";
export {
  buildFeeds,
  cellNumber,
  cellText,
  encodeRows,
  fitFeaturePlan,
  inferKind,
  planWidth
};
