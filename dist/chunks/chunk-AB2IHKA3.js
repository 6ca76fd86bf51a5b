import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  compileValidator
} from "./chunk-D2XDZOZX.js";
import {
  parseSliceConfig
} from "./chunk-VNHETVNX.js";
import {
  assignSlices
} from "./chunk-4RJOQMT2.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/compare/config-schema.ts
var DEFAULT_MIN_SLICE_SIZE = 30;
var nonNegative = { type: "number", minimum: 0 };
var changeSchema = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  description: "Allowed regression against the baseline in the worse direction: absolute units and/or a fraction.",
  properties: { absolute: nonNegative, relative: nonNegative }
};
var featureSlicingSchema = {
  type: "object",
  additionalProperties: false,
  required: ["feature"],
  properties: { feature: { type: "string", minLength: 1 }, buckets: { type: "array", items: { type: "number" } } }
};
var COMPARISON_CONFIG_SCHEMA_PROPERTIES = {
  metrics: {
    type: "object",
    description: "Thresholds per metric, e.g. rocAuc: {lower: 0.7, change: {absolute: 0.01}, nonInferiority: {margin: 0.01}}.",
    additionalProperties: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        lower: { type: "number", description: "Smallest allowed candidate value." },
        upper: { type: "number", description: "Largest allowed candidate value." },
        change: changeSchema,
        direction: {
          enum: ["higher", "lower"],
          description: "Which way is better; default: the metric's own (rocAuc higher, logLoss lower, \u2026)."
        },
        nonInferiority: {
          type: "object",
          additionalProperties: false,
          required: ["margin"],
          properties: { margin: nonNegative },
          description: "Passes when the paired bootstrap interval of candidate \u2212 baseline stays better than \u2212margin."
        },
        superiority: {
          const: true,
          description: "Passes when the paired bootstrap interval of candidate \u2212 baseline excludes 0 on the better side."
        }
      }
    }
  },
  slices: {
    type: "object",
    additionalProperties: false,
    required: ["specs"],
    description: "Per-slice regression thresholds against the baseline.",
    properties: {
      specs: {
        type: ["string", "array"],
        items: {
          oneOf: [
            { type: "string" },
            featureSlicingSchema,
            {
              type: "object",
              additionalProperties: false,
              required: ["cross"],
              properties: {
                cross: { type: "array", minItems: 2, items: { oneOf: [{ type: "string" }, featureSlicingSchema] } }
              }
            }
          ]
        },
        description: 'Slices: "country", "age: 18, 30, 65", "country & plan", or objects {feature, buckets} / {cross}.'
      },
      metric: { type: "string", description: "Metric compared per slice; default: the task's headline metric." },
      change: {
        type: "object",
        additionalProperties: false,
        properties: { absolute: nonNegative },
        description: "Largest allowed per-slice regression in the worse direction."
      },
      minSize: {
        type: "integer",
        minimum: 1,
        description: `Slices with fewer rows are not compared. Default ${DEFAULT_MIN_SLICE_SIZE}.`
      },
      failOnMissing: {
        type: "boolean",
        description: "A baseline slice missing (or too small) in the candidate's data fails. Default true."
      }
    }
  },
  flipTolerance: {
    type: "number",
    minimum: 0,
    description: "Regression: predictions differing by more than this count as flips. Default 0.1 \xD7 std of the targets."
  }
};

// src/compare/config.ts
var CLASSIFICATION_METRIC_DIRECTIONS = {
  accuracy: "higher",
  balancedAccuracy: "higher",
  macroPrecision: "higher",
  macroRecall: "higher",
  macroF1: "higher",
  microPrecision: "higher",
  microRecall: "higher",
  microF1: "higher",
  weightedPrecision: "higher",
  weightedRecall: "higher",
  weightedF1: "higher",
  rocAuc: "higher",
  prAuc: "higher",
  logLoss: "lower",
  brier: "lower",
  ece: "lower"
};
var REGRESSION_METRIC_DIRECTIONS = {
  mae: "lower",
  rmse: "lower",
  r2: "higher",
  mape: "lower",
  medianAbsoluteError: "lower"
};
var ALIASES = {
  auc: "rocAuc",
  roc_auc: "rocAuc",
  rocauc: "rocAuc",
  pr_auc: "prAuc",
  average_precision: "prAuc",
  f1: "macroF1",
  f1_macro: "macroF1",
  loss: "logLoss",
  log_loss: "logLoss",
  logloss: "logLoss",
  brier_score: "brier",
  balanced_accuracy: "balancedAccuracy",
  mse: "rmse",
  median_absolute_error: "medianAbsoluteError"
};
function metricNames(task) {
  if (task === "regression") return Object.keys(REGRESSION_METRIC_DIRECTIONS);
  if (task === "binary" || task === "multiclass") return Object.keys(CLASSIFICATION_METRIC_DIRECTIONS);
  return [...Object.keys(CLASSIFICATION_METRIC_DIRECTIONS), ...Object.keys(REGRESSION_METRIC_DIRECTIONS)];
}
function defaultDirection(metric) {
  return CLASSIFICATION_METRIC_DIRECTIONS[metric] ?? REGRESSION_METRIC_DIRECTIONS[metric];
}
var COMPARISON_CONFIG_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: COMPARISON_CONFIG_SCHEMA_PROPERTIES
};
var validateRaw = compileValidator(COMPARISON_CONFIG_SCHEMA, "compare-baseline threshold configuration");
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function unknownMetricError(where, metric, task) {
  const valid = metricNames(task);
  const alias = ALIASES[metric.toLowerCase()] ?? valid.find((name) => name.toLowerCase() === metric.toLowerCase());
  const hint = alias !== void 0 && valid.includes(alias) ? ` (did you mean "${alias}"?)` : "";
  const kind = task === void 0 ? "" : ` ${task}`;
  return new ConfigurationError(
    `${where} names "${metric}", which is not a${kind} metric${hint}; use one of: ${valid.join(", ")}`
  );
}
function parseComparisonConfig(section, task) {
  if (section === void 0 || section === null) return { metrics: {} };
  if (!isRecord(section)) throw new ConfigurationError("mlops.yml: compare-baseline must be a mapping");
  const picked = {};
  for (const key of ["metrics", "slices", "flipTolerance"]) {
    if (section[key] !== void 0 && section[key] !== null) picked[key] = section[key];
  }
  const raw = validateRaw(picked, "mlops.yml compare-baseline");
  const metrics = {};
  for (const [metric, entry] of Object.entries(raw.metrics ?? {})) {
    const where = `compare-baseline.metrics.${metric}`;
    const direction = entry.direction ?? defaultDirection(metric);
    if (direction === void 0 || !metricNames(task).includes(metric)) {
      throw unknownMetricError("compare-baseline.metrics", metric, task);
    }
    if (entry.nonInferiority !== void 0 && entry.superiority !== void 0) {
      throw new ConfigurationError(
        `${where} sets both nonInferiority and superiority; keep one (superiority is the stricter)`
      );
    }
    const gates = [entry.lower, entry.upper, entry.change, entry.nonInferiority, entry.superiority];
    if (gates.every((gate) => gate === void 0)) {
      throw new ConfigurationError(
        `${where} sets no threshold; add lower, upper, change, nonInferiority or superiority (direction alone gates nothing)`
      );
    }
    if (entry.lower !== void 0 && entry.upper !== void 0 && entry.lower > entry.upper) {
      throw new ConfigurationError(
        `${where}: lower (${entry.lower}) is above upper (${entry.upper}); nothing can pass`
      );
    }
    metrics[metric] = {
      direction,
      ...entry.lower === void 0 ? {} : { lower: entry.lower },
      ...entry.upper === void 0 ? {} : { upper: entry.upper },
      ...entry.change === void 0 ? {} : { change: { ...entry.change } },
      ...entry.nonInferiority === void 0 ? {} : { nonInferiority: { margin: entry.nonInferiority.margin } },
      ...entry.superiority === void 0 ? {} : { superiority: true }
    };
  }
  const config = { metrics };
  if (raw.slices !== void 0) {
    const specs = parseSliceConfig(raw.slices.specs);
    if (specs.length === 0) throw new ConfigurationError("compare-baseline.slices.specs lists no slice");
    assignSlices(specs, () => [], 0);
    const metric = raw.slices.metric;
    if (metric !== void 0 && !metricNames(task).includes(metric)) {
      throw unknownMetricError("compare-baseline.slices.metric", metric, task);
    }
    config.slices = {
      specs,
      ...metric === void 0 ? {} : { metric },
      change: { ...raw.slices.change ?? {} },
      minSize: raw.slices.minSize ?? DEFAULT_MIN_SLICE_SIZE,
      failOnMissing: raw.slices.failOnMissing ?? true
    };
  }
  if (raw.flipTolerance !== void 0) config.flipTolerance = raw.flipTolerance;
  return config;
}
function hasThresholds(config) {
  return Object.keys(config.metrics).length > 0 || config.slices?.change.absolute !== void 0;
}

export {
  DEFAULT_MIN_SLICE_SIZE,
  COMPARISON_CONFIG_SCHEMA_PROPERTIES,
  CLASSIFICATION_METRIC_DIRECTIONS,
  REGRESSION_METRIC_DIRECTIONS,
  metricNames,
  defaultDirection,
  COMPARISON_CONFIG_SCHEMA,
  unknownMetricError,
  parseComparisonConfig,
  hasThresholds
};
