import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/load/bodies.ts
var DEFAULT_MAX_BODIES = 1e3;
function featureKinds(inputs) {
  return new Map(inputs.map((input) => [input.feature, input.kind]));
}
function predictUrl(baseUrl, modelName) {
  return `${baseUrl.replace(/\/+$/, "")}/v1/models/${encodeURIComponent(modelName)}:predict`;
}
function instanceValue(value, kind) {
  if (value === null) return null;
  if (kind === "numeric") {
    if (typeof value === "number") return Number.isFinite(value) ? value : null;
    const trimmed = value.trim();
    if (trimmed === "") return null;
    const parsed = Number(trimmed);
    return Number.isFinite(parsed) ? parsed : value;
  }
  if (kind === "categorical") return String(value);
  return typeof value === "number" && !Number.isFinite(value) ? null : value;
}
function requestBodies(columns, rows, features, options = {}) {
  const perRequest = options.instancesPerRequest ?? 1;
  const maxBodies = options.maxBodies ?? DEFAULT_MAX_BODIES;
  if (!Number.isInteger(perRequest) || perRequest < 1) {
    throw new ConfigurationError(`instances per request must be a positive integer, got ${perRequest}`);
  }
  if (!Number.isInteger(maxBodies) || maxBodies < 1) {
    throw new ConfigurationError(`the number of request bodies must be a positive integer, got ${maxBodies}`);
  }
  if (features.length === 0) throw new ConfigurationError("load test: the model has no input features to send");
  if (!Number.isInteger(rows) || rows < 1) {
    throw new ConfigurationError("load test: the data has no rows to build requests from; give `data` with rows");
  }
  const values = features.map((feature) => {
    const column = columns.get(feature);
    if (column === void 0) {
      throw new ConfigurationError(
        `load test: the data has no column "${feature}", which the model needs; fix the data or the feature list`
      );
    }
    if (column.length < rows) {
      throw new ConfigurationError(`load test: column "${feature}" has ${column.length} values for ${rows} rows`);
    }
    return column;
  });
  const kinds = features.map((feature) => options.kinds?.get(feature));
  const bodyCount = Math.min(maxBodies, Math.ceil(rows / perRequest));
  const total = bodyCount * perRequest;
  const rowAt = (j) => total <= rows ? Math.floor(j * rows / total) : j % rows;
  const bodies = [];
  for (let b = 0; b < bodyCount; b++) {
    const instances = [];
    for (let k = 0; k < perRequest; k++) {
      const row = rowAt(b * perRequest + k);
      const instance = {};
      features.forEach((feature, f) => {
        instance[feature] = instanceValue(values[f]?.[row] ?? null, kinds[f]);
      });
      instances.push(instance);
    }
    bodies.push(JSON.stringify({ instances }));
  }
  return bodies;
}

export {
  featureKinds,
  predictUrl,
  instanceValue,
  requestBodies
};
