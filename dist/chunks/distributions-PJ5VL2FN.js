import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  weightedSample
} from "./chunk-LVKOBQZP.js";
import {
  exactDistinctCount,
  observedType
} from "./chunk-ORWGI54Y.js";
import "./chunk-HJIXDHLD.js";
import {
  QuantileSketch
} from "./chunk-KHYRHHGG.js";
import "./chunk-FEWK3QBM.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-IX446UGZ.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";

// src/validate/distributions.ts
function distributions(profile, schema) {
  const types = new Map(schema.features.map((feature) => [feature.name, feature.type]));
  const result = /* @__PURE__ */ new Map();
  for (const column of profile.columns) {
    const type = types.get(column.name) ?? observedType(column);
    if (type === void 0) continue;
    const distribution = type === "integer" || type === "float" ? numericDistribution(column) : categoricalDistribution(column);
    if (distribution !== void 0) result.set(column.name, distribution);
  }
  return result;
}
function numericDistribution(column) {
  const numeric = column.numeric;
  if (numeric.count === 0 || numeric.min === null || numeric.max === null) return void 0;
  let sample;
  if (numeric.smallDomain !== null) {
    sample = {
      values: Float64Array.from(numeric.smallDomain, ([value]) => value),
      weights: Float64Array.from(numeric.smallDomain, ([, count]) => count)
    };
  } else if (numeric.exact !== null) {
    sample = weightedSample(numeric.exact);
  } else {
    const buckets = QuantileSketch.fromJSON(numeric.sketch, numeric.min, numeric.max, numeric.sum).buckets();
    sample = { values: Float64Array.from(buckets.values), weights: Float64Array.from(buckets.weights) };
  }
  return {
    kind: "numeric",
    count: numeric.count,
    distinct: exactDistinctCount(column) ?? Number.POSITIVE_INFINITY,
    // Population standard deviation, as Evidently normalises the Wasserstein distance.
    std: numeric.count > 0 ? Math.sqrt(numeric.m2 / numeric.count) : 0,
    sample
  };
}
function categoricalDistribution(column) {
  const counts = /* @__PURE__ */ new Map();
  for (const [value, [count]] of Object.entries(column.strings.values)) counts.set(value, count);
  for (const [value, count] of column.numeric.smallDomain ?? [])
    counts.set(String(value), (counts.get(String(value)) ?? 0) + count);
  if (column.booleans.true > 0) counts.set("true", column.booleans.true);
  if (column.booleans.false > 0) counts.set("false", column.booleans.false);
  if (column.strings.otherCount > 0) counts.set("(other values)", column.strings.otherCount);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return void 0;
  return { kind: "categorical", count: total, counts };
}
export {
  distributions
};
