import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  buildFeeds,
  cellNumber,
  cellText,
  encodeRows,
  fitFeaturePlan,
  inferKind,
  planWidth
} from "./chunk-KJ2BBQWN.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-37BDC4YX.js";
export {
  buildFeeds,
  cellNumber,
  cellText,
  encodeRows,
  fitFeaturePlan,
  inferKind,
  planWidth
};
