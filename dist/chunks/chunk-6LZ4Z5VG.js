import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  DistinctSketch,
  QuantileSketch
} from "./chunk-BJKSIHBC.js";
import {
  compileValidator
} from "./chunk-LTKEYL5E.js";
import {
  readJsonFile
} from "./chunk-SOIZSZ23.js";

// src/validate/schema.ts
import { writeFile } from "node:fs/promises";

// schemas/data-schema.schema.json
var data_schema_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/mlops-actions/mlops-actions/schemas/data-schema.schema.json",
  title: "mlops-actions data schema",
  description: "What a data file must look like: columns, types, presence, ranges, categorical domains and environments. Written by `mlops validate-data --infer-schema PATH`, then reviewed and committed.",
  type: "object",
  required: ["format", "version", "features"],
  additionalProperties: false,
  properties: {
    format: { const: "mlops-actions/schema" },
    version: { const: 1 },
    label: { type: "string", minLength: 1, description: "The label (target) column; it may be absent where an environment says so (e.g. SERVING)." },
    environments: {
      type: "array",
      items: { type: "string", minLength: 1 },
      uniqueItems: true,
      description: 'Environments every feature belongs to unless it says otherwise. Default: ["TRAINING", "SERVING"].'
    },
    rows: {
      type: "object",
      additionalProperties: false,
      properties: {
        min: { type: "integer", minimum: 0, description: "Fewest data rows accepted." },
        maxRelativeChange: { type: "number", exclusiveMinimum: 0, description: "Largest accepted |rows - referenceRows| / referenceRows." }
      }
    },
    inferredFrom: { type: "string", description: "Where the schema was inferred from (informational)." },
    features: {
      type: "array",
      items: { $ref: "#/definitions/feature" }
    }
  },
  definitions: {
    feature: {
      type: "object",
      required: ["name", "type"],
      additionalProperties: false,
      properties: {
        name: { type: "string", minLength: 1 },
        type: { enum: ["integer", "float", "string", "boolean"] },
        maxMissingFraction: { type: "number", minimum: 0, maximum: 1, description: "Largest accepted fraction of rows without a value. 0 = required in every row. Default 0." },
        range: {
          type: "object",
          additionalProperties: false,
          properties: { min: { type: "number" }, max: { type: "number" } },
          description: "Inclusive bounds for numeric features."
        },
        domain: {
          type: "array",
          items: { type: ["string", "number", "boolean"] },
          description: "Allowed values of a categorical feature; any other value is an unseen-category anomaly."
        },
        allowNonFinite: { type: "boolean", description: "Accept NaN and \xB1Infinity. Default false." },
        environments: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "Environments this feature is expected in (overrides the schema's list), e.g. the label only in TRAINING."
        },
        description: { type: "string" }
      }
    }
  }
};

// src/validate/schema.ts
var DEFAULT_ENVIRONMENTS = ["TRAINING", "SERVING"];
var MAX_INFERRED_DOMAIN = 100;
var validateSchema = compileValidator(
  data_schema_schema_default,
  "data schema (see schemas/data-schema.schema.json)"
);
async function loadSchema(path) {
  const schema = validateSchema(await readJsonFile(path, "schema"), path);
  const seen = /* @__PURE__ */ new Set();
  for (const feature of schema.features) {
    if (seen.has(feature.name)) {
      validateSchema({ ...schema, features: "duplicate" }, `${path} (feature "${feature.name}" is declared twice)`);
    }
    seen.add(feature.name);
  }
  return schema;
}
async function writeSchema(path, schema) {
  await writeFile(path, `${JSON.stringify(schema, null, 2)}
`);
}
function featureInEnvironment(schema, feature, environment) {
  const environments = feature.environments ?? schema.environments ?? DEFAULT_ENVIRONMENTS;
  return environments.includes(environment);
}
function observedType(column) {
  const numeric = column.numeric.count + column.nan + column.positiveInfinity + column.negativeInfinity + column.overflow;
  const booleans = column.booleans.true + column.booleans.false;
  if (column.strings.count > 0) return "string";
  if (numeric > 0 && booleans > 0) return "string";
  if (booleans > 0) return "boolean";
  if (numeric > 0) return column.numeric.nonInteger === 0 && column.numeric.count > 0 ? "integer" : "float";
  return void 0;
}
function inferSchema(profile, options) {
  const features = [];
  for (const column of profile.columns) {
    const type = observedType(column) ?? "string";
    const feature = { name: column.name, type };
    const missingFraction = column.count === 0 ? 0 : column.missing / column.count;
    if (missingFraction > 0) feature.maxMissingFraction = Math.min(1, roundUp(missingFraction * 1.5 + 1e-3));
    if ((type === "integer" || type === "float") && column.numeric.min !== null && column.numeric.max !== null) {
      feature.range = widenedRange(column.numeric.min, column.numeric.max, type === "integer");
    }
    if (type === "string") {
      const values = Object.keys(column.strings.values);
      const numerals = column.numeric.smallDomain ?? [];
      if (column.strings.otherCount === 0 && values.length + numerals.length <= MAX_INFERRED_DOMAIN) {
        feature.domain = [...values, ...numerals.map(([value]) => String(value))].sort();
      }
    }
    if (type === "integer" && column.numeric.smallDomain !== null && column.numeric.smallDomain.length <= 2) {
      feature.domain = column.numeric.smallDomain.map(([value]) => value);
    }
    if (column.nan + column.positiveInfinity + column.negativeInfinity > 0) feature.allowNonFinite = true;
    if (options.label !== void 0 && column.name === options.label) feature.environments = ["TRAINING"];
    features.push(feature);
  }
  const schema = {
    format: "mlops-actions/schema",
    version: 1,
    environments: DEFAULT_ENVIRONMENTS,
    rows: { min: 1 },
    inferredFrom: options.source,
    features
  };
  if (options.label !== void 0) schema.label = options.label;
  return schema;
}
function widenedRange(min, max, integer) {
  const margin = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
  let low = min >= 0 ? Math.max(0, min - margin) : min - margin;
  let high = max + margin;
  if (integer) {
    low = Math.floor(low);
    high = Math.ceil(high);
  } else {
    low = Number(low.toPrecision(6));
    high = Number(high.toPrecision(6));
  }
  return { min: low, max: high };
}
function roundUp(value) {
  return Math.ceil(value * 1e3) / 1e3;
}

// src/validate/statistics.ts
var QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
var HISTOGRAM_BUCKETS = 10;
var TOP_VALUES = 20;
function columnStatistics(column) {
  const numeric = column.numeric;
  const hasNumbers = numeric.count > 0 && numeric.min !== null && numeric.max !== null;
  const sketch = hasNumbers ? QuantileSketch.fromJSON(numeric.sketch, numeric.min, numeric.max, numeric.sum) : null;
  const exactDistinct = exactDistinctCount(column);
  const topValues = Object.entries(column.strings.values).map(([value, [count]]) => ({ value, count })).concat(
    column.booleans.true > 0 ? [{ value: "true", count: column.booleans.true }] : [],
    column.booleans.false > 0 ? [{ value: "false", count: column.booleans.false }] : []
  ).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, TOP_VALUES);
  return {
    name: column.name,
    type: observedType(column) ?? "empty",
    count: column.count,
    missing: column.missing,
    missingFraction: column.count === 0 ? 0 : column.missing / column.count,
    min: hasNumbers ? numeric.min : null,
    max: hasNumbers ? numeric.max : null,
    mean: hasNumbers ? numeric.mean : null,
    // Sample standard deviation (n - 1), as pandas' describe() reports it.
    std: numeric.count > 1 ? Math.sqrt(numeric.m2 / (numeric.count - 1)) : null,
    quantiles: sketch === null ? null : Object.fromEntries(QUANTILES.map((q) => [`p${Math.round(q * 100)}`, sketch.quantile(q)])),
    histogram: sketch === null ? null : histogram(sketch, numeric.min, numeric.max),
    distinct: exactDistinct ?? DistinctSketch.fromJSON(column.distinct).estimate(),
    distinctExact: exactDistinct !== void 0,
    topValues,
    nonFinite: column.nan + column.positiveInfinity + column.negativeInfinity + column.overflow
  };
}
function exactDistinctCount(column) {
  if (column.strings.otherCount > 0) return void 0;
  const numbers = column.numeric.count === 0 ? 0 : column.numeric.smallDomain?.length;
  if (numbers === void 0) return void 0;
  const booleans = (column.booleans.true > 0 ? 1 : 0) + (column.booleans.false > 0 ? 1 : 0);
  const nonFinite = (column.nan > 0 ? 1 : 0) + (column.positiveInfinity > 0 ? 1 : 0) + (column.negativeInfinity > 0 ? 1 : 0);
  return Object.keys(column.strings.values).length + numbers + booleans + nonFinite;
}
function histogram(sketch, min, max) {
  const width = (max - min) / HISTOGRAM_BUCKETS;
  const buckets = Array.from({ length: HISTOGRAM_BUCKETS }, (_, index) => ({
    from: min + index * width,
    to: index === HISTOGRAM_BUCKETS - 1 ? max : min + (index + 1) * width,
    count: 0
  }));
  const { values, weights } = sketch.buckets();
  values.forEach((value, index) => {
    const position = width === 0 ? 0 : Math.floor((Math.min(Math.max(value, min), max) - min) / width);
    buckets[Math.min(position, HISTOGRAM_BUCKETS - 1)].count += weights[index];
  });
  return buckets;
}

export {
  loadSchema,
  writeSchema,
  featureInEnvironment,
  observedType,
  inferSchema,
  columnStatistics,
  exactDistinctCount
};
