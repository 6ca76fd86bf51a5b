import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  bindInputs,
  inspectOnnx,
  readBatches
} from "./chunk-4HX5RLVW.js";
import {
  classificationMetrics,
  regressionMetrics,
  scalarMetrics
} from "./chunk-GQQX47NJ.js";
import {
  buildFeeds,
  cellNumber,
  cellText
} from "./chunk-R7CK5MXY.js";
import {
  createSession,
  runBatch
} from "./chunk-3FJXVL4H.js";
import {
  readModelPackage,
  readOnnxBytes,
  versionOf
} from "./chunk-WRFJ5HCA.js";
import {
  ConfigurationError
} from "./chunk-PUKCIQPK.js";

// src/evaluate/run.ts
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";

// src/evaluate/bootstrap.ts
var Xoshiro128 = class {
  s0;
  s1;
  s2;
  s3;
  constructor(seed) {
    let x = seed >>> 0;
    const splitMix32 = () => {
      x = x + 2654435769 >>> 0;
      let z = x;
      z = Math.imul(z ^ z >>> 16, 2246822507);
      z = Math.imul(z ^ z >>> 13, 3266489909);
      return (z ^ z >>> 16) >>> 0;
    };
    this.s0 = splitMix32();
    this.s1 = splitMix32();
    this.s2 = splitMix32();
    this.s3 = splitMix32();
  }
  /** Next 32-bit output as an unsigned integer. */
  nextUint32() {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }
  /** Uniform integer in [0, bound), bound ≤ 2^32, without modulo bias (rejects the incomplete top block). */
  nextBelow(bound) {
    const limit = 4294967296 - 4294967296 % bound;
    for (; ; ) {
      const x = this.nextUint32();
      if (x < limit) return x % bound;
    }
  }
};
function rotl(x, k) {
  return x << k | x >>> 32 - k;
}
function validate(n, options, name) {
  if (!Number.isInteger(n) || n < 0 || n > 2147483647)
    throw new RangeError(`${name}: n must be an integer \u2265 0, got ${n}`);
  if (!Number.isInteger(options.samples) || options.samples < 1) {
    throw new RangeError(`${name}: samples must be a positive integer, got ${options.samples}`);
  }
  if (!Number.isInteger(options.seed)) throw new RangeError(`${name}: seed must be an integer, got ${options.seed}`);
  if (!(options.confidence > 0 && options.confidence < 1)) {
    throw new RangeError(`${name}: confidence must be in (0, 1), e.g. 0.95, got ${options.confidence}`);
  }
}
function quantileSorted(sorted, q) {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const fraction = position - lower;
  const a = sorted[lower];
  const b = sorted[upper];
  return fraction === 0 ? a : a + (b - a) * fraction;
}
function resampleAll(n, options, evaluate) {
  const rng = new Xoshiro128(options.seed);
  const indices = new Int32Array(n);
  const values = new Float64Array(options.samples);
  let valid = 0;
  for (let s = 0; s < options.samples; s++) {
    for (let i = 0; i < n; i++) indices[i] = rng.nextBelow(n);
    const v = evaluate(indices);
    if (v !== null && Number.isFinite(v)) values[valid++] = v;
  }
  return { values: values.subarray(0, valid), valid };
}
function percentileInterval(values, valid, options, what) {
  if (valid === 0) {
    return { low: null, high: null, reason: `${what} was undefined in all ${options.samples} resamples` };
  }
  values.sort();
  const alpha = (1 - options.confidence) / 2;
  return {
    low: quantileSorted(values, alpha),
    high: quantileSorted(values, 1 - alpha),
    samples: options.samples,
    validSamples: valid,
    confidence: options.confidence,
    method: "percentile"
  };
}
function bootstrapInterval(n, statistic, options) {
  validate(n, options, "bootstrapInterval");
  if (n === 0) return { low: null, high: null, reason: "no rows to resample" };
  const { values, valid } = resampleAll(n, options, statistic);
  return percentileInterval(values, valid, options, "the statistic");
}

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

// src/evaluate/run.ts
var HEADLINE = {
  binary: [
    { metric: "rocAuc", higherIsBetter: true },
    { metric: "accuracy", higherIsBetter: true },
    { metric: "prAuc", higherIsBetter: true },
    { metric: "logLoss", higherIsBetter: false },
    { metric: "macroF1", higherIsBetter: true }
  ],
  multiclass: [
    { metric: "accuracy", higherIsBetter: true },
    { metric: "macroF1", higherIsBetter: true },
    { metric: "rocAuc", higherIsBetter: true },
    { metric: "logLoss", higherIsBetter: false }
  ],
  regression: [
    { metric: "rmse", higherIsBetter: false },
    { metric: "mae", higherIsBetter: false },
    { metric: "r2", higherIsBetter: true }
  ]
};
async function loadModelUnderTest(model, features, taskHint) {
  if (!model.toLowerCase().endsWith(".onnx")) {
    const pkg = await readModelPackage(model);
    const { manifest } = pkg;
    return {
      name: manifest.name,
      version: manifest.version,
      task: manifest.task,
      ...manifest.label === void 0 ? {} : { label: manifest.label },
      inputs: manifest.inputs,
      outputs: manifest.outputs,
      onnxPath: pkg.onnxPath,
      manifest
    };
  }
  const bytes = await readOnnxBytes(model);
  const info = inspectOnnx(bytes);
  const inputs = bindInputs(info, features, /* @__PURE__ */ new Set());
  const named = new Set(info.inputs.map((input) => input.name));
  if (features.length > 0 && inputs.every((binding) => binding.column === void 0)) {
    const unknown = features.filter((feature) => !named.has(feature));
    if (unknown.length > 0) {
      throw new ConfigurationError(
        `model: ${model} has inputs ${[...named].join(", ")}; \`features\` names ${unknown.join(", ")}, which it does not take`
      );
    }
  }
  const probabilities = info.outputs.find(
    (output) => output.name === "probabilities" || output.shape?.length === 2 && output.shape[1] !== 1 && output.elemType === "float"
  );
  const prediction = info.outputs.find((output) => output.elemType === "float" || output.elemType === "double");
  const width = probabilities?.shape?.[1];
  const task = taskHint ?? (probabilities === void 0 ? "regression" : typeof width === "number" && width > 2 ? "multiclass" : "binary");
  const outputs = task === "regression" ? { tensors: [], ...prediction === void 0 ? {} : { prediction: prediction.name } } : { tensors: [], ...probabilities === void 0 ? {} : { probabilities: probabilities.name } };
  return { name: path.basename(model, ".onnx"), version: versionOf(bytes), task, inputs, outputs, onnxPath: model };
}
var FloatColumn = class {
  data;
  length = 0;
  constructor(capacity = 4096) {
    this.data = new Float32Array(capacity);
  }
  push(values) {
    if (this.length + values.length > this.data.length) {
      const grown = new Float32Array(Math.max(this.data.length * 2, this.length + values.length));
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    this.data.set(values, this.length);
    this.length += values.length;
  }
  view() {
    return this.data.subarray(0, this.length);
  }
};
async function evaluateModel(request) {
  const model = await loadModelUnderTest(request.model, request.features);
  const label = request.label ?? model.label;
  if (label === void 0) {
    throw new ConfigurationError("evaluate: set `label` (the column with the true values); the model records none");
  }
  const sliceFeatures = [...new Set(request.slices.flatMap(sliceColumns))];
  const modelColumns = [...new Set(model.inputs.map((binding) => binding.feature))];
  const wanted = [.../* @__PURE__ */ new Set([...modelColumns, label, ...sliceFeatures])];
  const classification = model.task !== "regression";
  const classes = model.outputs.classes ?? [];
  const classIndex = new Map(classes.map((name, at) => [name, at]));
  const session = await createSession(model.onnxPath, `model ${request.model}`);
  await mkdir(path.dirname(path.resolve(request.predictionsPath)), { recursive: true });
  const predictions = createWriteStream(request.predictionsPath);
  const write = (text) => predictions.write(text) ? void 0 : new Promise((resolve) => predictions.once("drain", () => resolve()));
  const probabilities = new FloatColumn();
  const scores = new FloatColumn();
  const truth = [];
  const sliceValues = new Map(sliceFeatures.map((name) => [name, []]));
  let classCount = classes.length;
  let rowsWithoutLabel = 0;
  let inferenceSeconds = 0;
  let scoringSeconds = 0;
  let rowNumber = 0;
  const started = performance.now();
  let headerWritten = false;
  try {
    await readBatches(
      request.data,
      "data",
      wanted,
      {
        format: request.format,
        batchSize: request.batchSize,
        numeric: new Set(
          model.inputs.filter((binding) => binding.dtype !== "string").map((binding) => binding.feature)
        ),
        ...request.delimiter === void 0 ? {} : { delimiter: request.delimiter }
      },
      async (batch) => {
        const labels = batch.columns.get(label);
        const keep = [];
        labels.forEach((value, row) => {
          if (value === null || typeof value === "number" && Number.isNaN(value)) rowsWithoutLabel++;
          else keep.push(row);
        });
        if (keep.length === 0) return;
        const scoringStart = performance.now();
        const columns = keep.length === batch.size ? batch.columns : new Map([...batch.columns].map(([name, values]) => [name, keep.map((row) => values[row] ?? null)]));
        const describe = (row) => `${batch.files[keep[row] ?? 0]} line ${batch.lines[keep[row] ?? 0]}`;
        const feeds = buildFeeds(model.inputs, columns, keep.length, describe);
        const inferenceStart = performance.now();
        const outputs = await runBatch(session, feeds, model.outputs, keep.length);
        inferenceSeconds += (performance.now() - inferenceStart) / 1e3;
        const batchLabels = columns.get(label);
        if (classification) {
          if (outputs.probabilities === void 0)
            throw new ConfigurationError("the model gave no probabilities for a classification task");
          if (classCount === 0) classCount = outputs.classes ?? 2;
          if (outputs.classes !== classCount) {
            throw new ConfigurationError(
              `the model gives ${outputs.classes} probability columns but records ${classCount} classes`
            );
          }
          probabilities.push(outputs.probabilities);
          batchLabels.forEach((value, row) => {
            const text = cellText(value);
            const at = classIndex.get(text) ?? (classes.length === 0 ? Number(text) : void 0);
            if (at === void 0 || !Number.isInteger(at) || at < 0 || at >= classCount) {
              throw new ConfigurationError(
                `${describe(row)}: label "${text}" is not one of the model's classes (${classes.slice(0, 10).join(", ")}); evaluate on data with the same label values as training`
              );
            }
            truth.push(at);
          });
        } else {
          if (outputs.prediction === void 0)
            throw new ConfigurationError("the model gave no prediction for a regression task");
          scores.push(outputs.prediction);
          batchLabels.forEach((value, row) => {
            const number = cellNumber(value);
            if (number === void 0 || !Number.isFinite(number)) {
              throw new ConfigurationError(
                `${describe(row)}: label "${cellText(value)}" must be a finite number for a regression model`
              );
            }
            truth.push(number);
          });
        }
        for (const name of sliceFeatures) {
          const target = sliceValues.get(name);
          for (const value of columns.get(name)) target.push(value);
        }
        if (!headerWritten) {
          headerWritten = true;
          const classColumns = classification ? Array.from({ length: classCount }, (_, c) => csvField(`p_${classes[c] ?? String(c)}`)) : [];
          await write(`${["row", "file", "line", "label", "prediction", ...classColumns].join(",")}
`);
        }
        scoringSeconds += (performance.now() - scoringStart) / 1e3;
        await write(
          predictionLines(keep, batch.files, batch.lines, batchLabels, outputs, classes, classCount, rowNumber)
        );
        rowNumber += keep.length;
        request.progress?.(rowNumber, void 0);
      }
    );
  } finally {
    await new Promise((resolve) => predictions.end(() => resolve()));
    await session.release().catch(() => void 0);
  }
  const seconds = (performance.now() - started) / 1e3;
  const n = truth.length;
  if (n === 0) throw new ConfigurationError(`evaluate: ${request.data} has no rows with a label "${label}"`);
  request.log(`scored ${n} rows in ${seconds.toFixed(2)} s (${Math.round(n / Math.max(seconds, 1e-9))} rows/s)`);
  const classNames = classes.length > 0 ? classes : Array.from({ length: classCount }, (_, c) => String(c));
  const labelsArray = Int32Array.from(truth);
  const targets = Float64Array.from(truth);
  const predicted = Float64Array.from(scores.view());
  const probabilityView = probabilities.view();
  const metricsFor = (indices) => classification ? classificationMetrics({
    labels: labelsArray,
    probabilities: probabilityView,
    classes: classNames,
    ...indices === void 0 ? {} : { indices }
  }) : regressionMetrics({ targets, predictions: predicted, ...indices === void 0 ? {} : { indices } });
  const metrics = metricsFor();
  const overall = scalarMetrics(metrics);
  const headlines = HEADLINE[model.task];
  const intervals = {};
  if (request.bootstrapSamples > 0) {
    for (const { metric } of headlines) {
      intervals[metric] = bootstrapInterval(n, (indices) => scalarMetrics(metricsFor(indices))[metric]?.value ?? null, {
        samples: request.bootstrapSamples,
        seed: request.seed,
        confidence: request.confidence
      });
    }
  }
  const first = headlines[0];
  let slices = { ranked: [], skipped: [] };
  if (request.slices.length > 0) {
    try {
      const assigned = assignSlices(request.slices, (name) => sliceValues.get(name), n, {
        knownColumns: sliceFeatures
      });
      const results = assigned.map((slice) => ({
        key: slice.key,
        size: slice.indices.length,
        metrics: scalarMetrics(metricsFor(slice.indices))
      }));
      slices = rankSlices(results, {
        metric: first.metric,
        higherIsBetter: first.higherIsBetter,
        minSize: request.minSliceSize
      });
    } catch (error) {
      if (error instanceof SliceConfigError) throw new ConfigurationError(`evaluate: slices: ${error.message}`);
      throw error;
    }
  }
  const checks = thresholdChecks(request.thresholds, overall, model.task);
  const verdict = {
    kind: "evaluate",
    passed: checks.every((check) => check.status !== "fail"),
    checks,
    createdAt: (/* @__PURE__ */ new Date()).toISOString()
  };
  return {
    model: { name: model.name, version: model.version, task: model.task },
    label,
    rows: n,
    rowsWithoutLabel,
    classes: classNames,
    metrics,
    headline: {
      metric: first.metric,
      value: overall[first.metric]?.value ?? null,
      higherIsBetter: first.higherIsBetter
    },
    intervals,
    slices,
    verdict,
    predictionsPath: request.predictionsPath,
    scoring: { seconds, rowsPerSecond: n / Math.max(seconds, 1e-9), scoringSeconds, inferenceSeconds }
  };
}
function sliceColumns(spec) {
  if ("cross" in spec) return spec.cross.map((part) => typeof part === "string" ? part : part.feature);
  return [spec.feature];
}
function thresholdChecks(thresholds, metrics, task) {
  const checks = [];
  for (const [metric, bounds] of Object.entries(thresholds)) {
    const measured = metrics[metric];
    if (measured === void 0) {
      throw new ConfigurationError(
        `evaluate.thresholds names "${metric}", which is not a ${task} metric; use one of: ${Object.keys(metrics).join(", ")}`
      );
    }
    if (bounds.min === void 0 && bounds.max === void 0) {
      throw new ConfigurationError(`evaluate.thresholds.${metric} sets neither min nor max`);
    }
    const limit = [bounds.min === void 0 ? "" : `\u2265 ${bounds.min}`, bounds.max === void 0 ? "" : `\u2264 ${bounds.max}`].filter(Boolean).join(" and ");
    if (measured.value === null) {
      checks.push({
        check: `metric.${metric}`,
        status: "fail",
        value: null,
        threshold: limit,
        message: `${metric} is undefined (${measured.undefinedReason}), so it cannot meet ${limit}`
      });
      continue;
    }
    const ok = (bounds.min === void 0 || measured.value >= bounds.min) && (bounds.max === void 0 || measured.value <= bounds.max);
    checks.push({
      check: `metric.${metric}`,
      status: ok ? "pass" : "fail",
      value: measured.value,
      threshold: limit,
      message: `${metric} = ${measured.value.toFixed(4)} ${ok ? "meets" : "misses"} ${limit}`
    });
  }
  return checks;
}
function csvField(text) {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
function predictionLines(keep, files, lines, labels, outputs, classes, classCount, firstRow) {
  let text = "";
  keep.forEach((source, row) => {
    const prefix = `${firstRow + row},${csvField(files[source] ?? "")},${lines[source]},${csvField(cellText(labels[row] ?? null))}`;
    if (outputs.probabilities !== void 0) {
      let best = 0;
      const values = [];
      for (let c = 0; c < classCount; c++) {
        const p = outputs.probabilities[row * classCount + c];
        if (p > outputs.probabilities[row * classCount + best]) best = c;
        values.push(String(p));
      }
      text += `${prefix},${csvField(classes[best] ?? String(best))},${values.join(",")}
`;
    } else {
      text += `${prefix},${outputs.prediction?.[row]}
`;
    }
  });
  return text;
}

export {
  Xoshiro128,
  quantileSorted,
  assignSlices,
  HEADLINE,
  loadModelUnderTest,
  evaluateModel
};
