import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  LOG_LOSS_EPS,
  MAPE_EPS,
  classificationMetrics,
  regressionMetrics,
  scalarMetrics
} from "./chunk-LE5632HT.js";
import "./chunk-NUEQ5RRT.js";
export {
  LOG_LOSS_EPS,
  MAPE_EPS,
  classificationMetrics,
  regressionMetrics,
  scalarMetrics
};
