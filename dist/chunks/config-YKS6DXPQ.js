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
} from "./chunk-MR3KX66U.js";
import "./chunk-VNHETVNX.js";
import "./chunk-4RJOQMT2.js";
import "./chunk-LTKEYL5E.js";
import "./chunk-ISHP52YF.js";
import "./chunk-SOIZSZ23.js";
import "./chunk-SC2IIXY3.js";
import "./chunk-OQEQJUKG.js";
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
