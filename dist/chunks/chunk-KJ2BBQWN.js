import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ConfigurationError,
  shorten
} from "./chunk-FCHSJP6A.js";

// src/model/features.ts
function cellNumber(cell) {
  if (cell === null) return Number.NaN;
  if (typeof cell === "number") return cell;
  const value = Number(cell);
  if (!Number.isNaN(value) && cell.trim() !== "") return value;
  return MISSING_TOKENS.test(cell) ? Number.NaN : void 0;
}
var MISSING_TOKENS = /^\s*(|nan|null|na|n\/a)\s*$/i;
function cellText(cell) {
  return cell === null ? "" : typeof cell === "number" ? String(cell) : cell;
}
function inferKind(values) {
  let seen = 0;
  for (const cell of values) {
    if (cell === null) continue;
    seen++;
    if (typeof cell === "string" && (/^(true|false)$/i.test(cell.trim()) || cellNumber(cell) === void 0)) {
      return "categorical";
    }
  }
  return seen === 0 ? "categorical" : "numeric";
}
function fitFeaturePlan(name, kind, values, options) {
  if (kind === "categorical") {
    const counts = /* @__PURE__ */ new Map();
    for (const cell of values) {
      const text = cellText(cell);
      if (text !== "") counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    const vocabulary = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, options.maxCategories).map(([text]) => text).sort();
    return { name, kind, vocabulary };
  }
  let count = 0;
  let mean = 0;
  let m2 = 0;
  values.forEach((cell, row) => {
    const value = cellNumber(cell);
    if (value === void 0) {
      throw new ConfigurationError(
        `${options.describeRow(row)}: feature "${name}" is numeric but has the value "${shorten(String(cell), 40)}"; fix the value or declare the feature as a string in the schema`
      );
    }
    if (!Number.isFinite(value)) return;
    count++;
    const delta = value - mean;
    mean += delta / count;
    m2 += delta * (value - mean);
  });
  const std = count > 0 ? Math.sqrt(m2 / count) : 0;
  return { name, kind, mean: Math.fround(mean), std: Math.fround(std > 1e-12 ? std : 1), fill: Math.fround(mean) };
}
function planWidth(plan) {
  return plan.reduce((width, feature) => width + (feature.kind === "numeric" ? 1 : feature.vocabulary.length), 0);
}
function encodeRows(plan, columns, rows, describeRow) {
  const width = planWidth(plan);
  const matrix = new Float32Array(rows * width);
  let offset = 0;
  for (const feature of plan) {
    const values = columns.get(feature.name);
    if (values === void 0)
      throw new ConfigurationError(`the data has no column "${feature.name}", which the model needs`);
    if (feature.kind === "numeric") {
      const mean = Math.fround(feature.mean);
      const std = Math.fround(feature.std);
      for (let row = 0; row < rows; row++) {
        let value = cellNumber(values[row] ?? null);
        if (value === void 0) {
          throw new ConfigurationError(
            `${describeRow(row)}: feature "${feature.name}" must be a number, got "${shorten(String(values[row]), 40)}"`
          );
        }
        if (Number.isNaN(value)) value = feature.fill;
        matrix[row * width + offset] = Math.fround(Math.fround(Math.fround(value) - mean) / std);
      }
      offset += 1;
    } else {
      const index = new Map(feature.vocabulary.map((text, at) => [text, at]));
      for (let row = 0; row < rows; row++) {
        const at = index.get(cellText(values[row] ?? null));
        if (at !== void 0) matrix[row * width + offset + at] = 1;
      }
      offset += feature.vocabulary.length;
    }
  }
  return matrix;
}
function buildFeeds(bindings, columns, rows, describeRow) {
  const byTensor = /* @__PURE__ */ new Map();
  for (const binding of bindings) byTensor.set(binding.tensor, [...byTensor.get(binding.tensor) ?? [], binding]);
  const feeds = {};
  for (const [tensor, group] of byTensor) {
    const width = group.length;
    const dtype = group[0].dtype;
    const data = allocate(dtype, rows * width);
    group.forEach((binding, position) => {
      const column = binding.column ?? position;
      const values = columns.get(binding.feature);
      if (values === void 0)
        throw new ConfigurationError(`the data has no column "${binding.feature}", which the model needs`);
      if (Array.isArray(data)) {
        for (let row = 0; row < rows; row++) data[row * width + column] = cellText(values[row] ?? null);
        return;
      }
      for (let row = 0; row < rows; row++)
        writeNumber(data, row * width + column, values[row] ?? null, binding, row, describeRow);
    });
    feeds[tensor] = { dtype, data, dims: [rows, width] };
  }
  return feeds;
}
function allocate(dtype, size) {
  switch (dtype) {
    case "float32":
      return new Float32Array(size);
    case "float64":
      return new Float64Array(size);
    case "int64":
      return new BigInt64Array(size);
    case "int32":
      return new Int32Array(size);
    case "bool":
      return new Uint8Array(size);
    case "string":
      return new Array(size).fill("");
  }
}
function writeNumber(data, at, cell, binding, row, describeRow) {
  const value = cellNumber(cell);
  if (value === void 0) {
    throw new ConfigurationError(
      `${describeRow(row)}: feature "${binding.feature}" must be a number (model input ${binding.tensor} is ${binding.dtype}), got "${shorten(String(cell), 40)}"`
    );
  }
  if (data instanceof BigInt64Array) {
    if (!Number.isInteger(value)) {
      throw new ConfigurationError(
        `${describeRow(row)}: feature "${binding.feature}" must be an integer (model input ${binding.tensor} is int64), got "${shorten(String(cell), 40)}"`
      );
    }
    data[at] = BigInt(value);
  } else {
    data[at] = value;
  }
}

export {
  cellNumber,
  cellText,
  inferKind,
  fitFeaturePlan,
  planWidth,
  encodeRows,
  buildFeeds
};
