import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  CLASSIFICATION_METRIC_DIRECTIONS,
  COMPARISON_CONFIG_SCHEMA,
  COMPARISON_CONFIG_SCHEMA_PROPERTIES,
  DEFAULT_MIN_SLICE_SIZE,
  REGRESSION_METRIC_DIRECTIONS,
  defaultDirection,
  hasThresholds,
  metricNames,
  parseComparisonConfig,
  unknownMetricError
} from "./chunk-AB2IHKA3.js";
import "./chunk-D2XDZOZX.js";
import "./chunk-VNHETVNX.js";
import "./chunk-ISHP52YF.js";
import "./chunk-4RJOQMT2.js";
import "./chunk-FEWK3QBM.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  CLASSIFICATION_METRIC_DIRECTIONS,
  COMPARISON_CONFIG_SCHEMA,
  COMPARISON_CONFIG_SCHEMA_PROPERTIES,
  DEFAULT_MIN_SLICE_SIZE,
  REGRESSION_METRIC_DIRECTIONS,
  defaultDirection,
  hasThresholds,
  metricNames,
  parseComparisonConfig,
  unknownMetricError
};
