import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/evaluate/slice-text.ts
function parseSliceLine(line) {
  const parts = line.split("&").map((part) => part.trim()).map(parseFeaturePart(line));
  if (parts.length === 1) return parts[0];
  return { cross: parts.map((part) => "buckets" in part ? part : part.feature) };
}
function parseFeaturePart(line) {
  return (part) => {
    const [name, boundaries] = part.split(":", 2).map((text) => text.trim());
    if (name === void 0 || name === "") {
      throw new ConfigurationError(
        `slices: "${line}" has an empty feature name; write e.g. "country", "age: 18, 65" or "country & plan"`
      );
    }
    if (boundaries === void 0) return { feature: name };
    const buckets = boundaries.split(/[\s,]+/).filter((text) => text !== "").map(Number);
    if (buckets.length === 0 || buckets.some((value) => !Number.isFinite(value))) {
      throw new ConfigurationError(
        `slices: "${line}": bucket boundaries after ":" must be numbers, e.g. "age: 18, 30, 65"`
      );
    }
    return { feature: name, buckets };
  };
}
function parseSliceConfig(value) {
  if (value === void 0 || value === null) return [];
  if (typeof value === "string")
    return value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map(parseSliceLine);
  if (!Array.isArray(value)) throw new ConfigurationError("mlops.yml: evaluate.slices must be a list");
  return value.map((item) => typeof item === "string" ? parseSliceLine(item) : item);
}

export {
  parseSliceLine,
  parseSliceConfig
};
