import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/evaluate/slices.ts
var SliceConfigError = class extends ConfigurationError {
  name = "SliceConfigError";
};
var MISSING = "(missing)";
function describeSpec(spec) {
  try {
    return JSON.stringify(spec) ?? String(spec);
  } catch {
    return String(spec);
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function parsePart(raw, where) {
  if (typeof raw === "string") raw = { feature: raw };
  if (!isRecord(raw)) {
    throw new SliceConfigError(`${where}: expected a feature name or {feature, buckets?}, got ${describeSpec(raw)}`);
  }
  if ("cross" in raw) throw new SliceConfigError(`${where}: a cross cannot contain another cross; list its features`);
  const feature = raw.feature;
  if (typeof feature !== "string" || feature === "") {
    throw new SliceConfigError(`${where}: 'feature' must be a non-empty column name, got ${describeSpec(feature)}`);
  }
  const unknownKeys = Object.keys(raw).filter((key) => key !== "feature" && key !== "buckets");
  if (unknownKeys.length > 0) {
    throw new SliceConfigError(`${where} (feature '${feature}'): unknown key '${unknownKeys[0]}'; use 'buckets'`);
  }
  if (!("buckets" in raw) || raw.buckets === void 0) return { feature, buckets: void 0 };
  const buckets = raw.buckets;
  if (!Array.isArray(buckets) || buckets.length === 0) {
    throw new SliceConfigError(
      `${where} (feature '${feature}'): buckets must be a non-empty list of numbers such as [18, 30, 65], got ${describeSpec(buckets)}`
    );
  }
  for (const b of buckets) {
    if (typeof b !== "number" || !Number.isFinite(b)) {
      throw new SliceConfigError(
        `${where} (feature '${feature}'): bucket boundary ${describeSpec(b)} is not a finite number; the outer buckets are open-ended already`
      );
    }
  }
  const numbers = buckets;
  for (let i = 1; i < numbers.length; i++) {
    if (!(numbers[i] > numbers[i - 1])) {
      const fixed = [...new Set(numbers)].sort((a, b) => a - b);
      throw new SliceConfigError(
        `${where} (feature '${feature}'): buckets must be strictly ascending without duplicates, got [${numbers.join(", ")}]; write [${fixed.join(", ")}]`
      );
    }
  }
  return { feature, buckets: numbers };
}
function parseSpec(spec, where) {
  if (isRecord(spec) && "cross" in spec) {
    if ("feature" in spec) {
      throw new SliceConfigError(`${where}: give either 'feature' or 'cross', not both`);
    }
    const cross = spec.cross;
    if (!Array.isArray(cross) || cross.length < 2) {
      throw new SliceConfigError(`${where}: 'cross' must list at least two features, got ${describeSpec(cross)}`);
    }
    const parts = cross.map((raw, i) => parsePart(raw, `${where}.cross[${i}]`));
    const seen = /* @__PURE__ */ new Set();
    for (const part of parts) {
      if (seen.has(part.feature)) {
        throw new SliceConfigError(`${where}: feature '${part.feature}' appears twice in the cross; list it once`);
      }
      seen.add(part.feature);
    }
    return parts;
  }
  return [parsePart(spec, where)];
}
function canonical(parts) {
  return parts.map((p) => p.buckets === void 0 ? p.feature : `${p.feature}[${p.buckets.join(",")}]`).join(" & ");
}
function reader(column, n, feature) {
  if (typeof column === "function") return column;
  if (column.length < n) {
    throw new RangeError(`assignSlices: column '${feature}' has ${column.length} values but there are ${n} rows`);
  }
  return (row) => column[row];
}
function categoryOf(value) {
  if (value === null || value === void 0 || value === "") return null;
  if (typeof value === "number") return Number.isNaN(value) ? null : String(value);
  return String(value);
}
function numericKey(label) {
  if (label.trim() === "") return null;
  const x = Number(label);
  return Number.isFinite(x) ? x : null;
}
function compareCategories(a, b) {
  const x = numericKey(a);
  const y = numericKey(b);
  if (x !== null && y !== null && x !== y) return x - y;
  if (x !== null && y === null) return -1;
  if (x === null && y !== null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
function codeCategorical(feature, get, n) {
  const codeOf = /* @__PURE__ */ new Map();
  const firstSeen = [];
  const raw = new Int32Array(n);
  let missing = false;
  for (let row = 0; row < n; row++) {
    const category = categoryOf(get(row));
    if (category === null) {
      raw[row] = -1;
      missing = true;
      continue;
    }
    let code = codeOf.get(category);
    if (code === void 0) {
      code = firstSeen.length;
      codeOf.set(category, code);
      firstSeen.push(category);
    }
    raw[row] = code;
  }
  const labels = [...firstSeen].sort(compareCategories);
  const remap = new Int32Array(firstSeen.length);
  labels.forEach((label, i) => {
    remap[codeOf.get(label)] = i;
  });
  const missingCode = labels.length;
  if (missing) labels.push(MISSING);
  const codes = new Int32Array(n);
  for (let row = 0; row < n; row++) {
    const c = raw[row];
    codes[row] = c < 0 ? missingCode : remap[c];
  }
  return { feature, codes, labels };
}
function numberOf(value, feature, row) {
  if (value === null || value === void 0) return null;
  if (typeof value === "number") return Number.isNaN(value) ? null : value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return null;
    const x = Number(text);
    if (!Number.isNaN(x)) return x;
  }
  throw new SliceConfigError(
    `slice feature '${feature}' has buckets but row ${row} holds the non-numeric value ${describeSpec(value)}; remove 'buckets' to slice it by category, or fix the data`
  );
}
function bucketLabel(buckets, b) {
  const lower = b === 0 ? "(-inf" : `[${buckets[b - 1]}`;
  const upper = b === buckets.length ? "inf)" : `${buckets[b]})`;
  return `${lower},${upper}`;
}
function codeBucketed(feature, buckets, get, n) {
  const labels = buckets.map((_, b) => bucketLabel(buckets, b));
  labels.push(bucketLabel(buckets, buckets.length), MISSING);
  const missingCode = buckets.length + 1;
  const codes = new Int32Array(n);
  for (let row = 0; row < n; row++) {
    const x = numberOf(get(row), feature, row);
    if (x === null) {
      codes[row] = missingCode;
      continue;
    }
    let lo = 0;
    let hi = buckets.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (buckets[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    codes[row] = lo;
  }
  return { feature, codes, labels };
}
function assignSlices(specs, columns, n, options = {}) {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`assignSlices: n must be an integer \u2265 0, got ${n}`);
  const maxSlices = options.maxSlicesPerSpec ?? 1e3;
  const parsed = specs.map((spec, i) => parseSpec(spec, `slices[${i}]`));
  const seen = /* @__PURE__ */ new Map();
  parsed.forEach((parts, i) => {
    const name = canonical(parts);
    const previous = seen.get(name);
    if (previous !== void 0) {
      throw new SliceConfigError(`slices[${i}] repeats slices[${previous}] (${name}); remove one of them`);
    }
    seen.set(name, i);
    for (const part of parts) {
      if (columns(part.feature) === void 0) {
        const known = options.knownColumns;
        const hint = known === void 0 ? "" : ` (columns: ${known.join(", ")})`;
        throw new SliceConfigError(
          `slices[${i}] names feature '${part.feature}', which is not a column of the evaluation data${hint}; fix the name or remove the slice`
        );
      }
    }
  });
  const cache = /* @__PURE__ */ new Map();
  const coded = (part) => {
    const name = canonical([part]);
    let c = cache.get(name);
    if (c === void 0) {
      const get = reader(columns(part.feature), n, part.feature);
      c = part.buckets === void 0 ? codeCategorical(part.feature, get, n) : codeBucketed(part.feature, part.buckets, get, n);
      cache.set(name, c);
    }
    return c;
  };
  const slices = [];
  parsed.forEach((parts, i) => {
    const spec = specs[i];
    const codedParts = parts.map(coded);
    let radix = 1;
    for (const c of codedParts) radix *= c.labels.length;
    if (radix > Number.MAX_SAFE_INTEGER) {
      throw new SliceConfigError(
        `slices[${i}]: the cross ${canonical(parts)} has too many combinations; cross fewer features`
      );
    }
    const combined = new Float64Array(n);
    const counts = /* @__PURE__ */ new Map();
    for (let row = 0; row < n; row++) {
      let code = 0;
      for (const c of codedParts) code = code * c.labels.length + c.codes[row];
      combined[row] = code;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    if (counts.size > maxSlices) {
      throw new SliceConfigError(
        `slices[${i}] (${canonical(parts)}) gives ${counts.size} slices, more than maxSlicesPerSpec ${maxSlices}; slice a lower-cardinality feature, add buckets, or raise the limit`
      );
    }
    const order = [...counts.keys()].sort((a, b) => a - b);
    const slot = /* @__PURE__ */ new Map();
    const specSlices = order.map((code) => {
      const conditions = [];
      let rest = code;
      for (let p = codedParts.length - 1; p >= 0; p--) {
        const c = codedParts[p];
        const size = c.labels.length;
        conditions.unshift({ feature: c.feature, value: c.labels[rest % size] });
        rest = Math.floor(rest / size);
      }
      const indices = new Int32Array(counts.get(code));
      slot.set(code, { indices, filled: 0 });
      return { key: conditions.map((c) => `${c.feature}=${c.value}`).join(" & "), spec, conditions, indices };
    });
    for (let row = 0; row < n; row++) {
      const target = slot.get(combined[row]);
      target.indices[target.filled++] = row;
    }
    slices.push(...specSlices);
  });
  return slices;
}
function rankSlices(slices, options) {
  const { metric, higherIsBetter, minSize } = options;
  if (!Number.isInteger(minSize) || minSize < 0) {
    throw new SliceConfigError(`rankSlices: minSize must be an integer \u2265 0, got ${minSize}`);
  }
  const ranked = [];
  const skipped = [];
  for (const slice of slices) {
    if (slice.size < minSize) {
      skipped.push({ slice, reason: `${slice.size} rows, fewer than the minimum slice size ${minSize}` });
      continue;
    }
    const value = slice.metrics[metric];
    if (value === void 0) {
      const names = Object.keys(slice.metrics).join(", ");
      throw new SliceConfigError(
        `metric '${metric}' was not computed for slice '${slice.key}'; choose one of: ${names}`
      );
    }
    if (value.value === null) {
      skipped.push({ slice, reason: `${metric} is undefined: ${value.undefinedReason}` });
      continue;
    }
    ranked.push({ slice, value: value.value });
  }
  const sign = higherIsBetter ? 1 : -1;
  ranked.sort(
    (a, b) => sign * (a.value - b.value) || b.slice.size - a.slice.size || (a.slice.key < b.slice.key ? -1 : a.slice.key > b.slice.key ? 1 : 0)
  );
  return { ranked: ranked.map((r, i) => ({ ...r, rank: i + 1 })), skipped };
}

export {
  SliceConfigError,
  assignSlices,
  rankSlices
};
