import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  bindInputs,
  buildFeeds,
  cellNumber,
  cellText,
  inspectOnnx,
  readBatches
} from "./chunk-CPEI5QS6.js";
import {
  SliceConfigError,
  assignSlices,
  rankSlices
} from "./chunk-4RJOQMT2.js";
import {
  readModelPackage,
  readOnnxBytes,
  versionOf
} from "./chunk-YNCSL7WP.js";
import {
  classificationMetrics,
  regressionMetrics,
  scalarMetrics
} from "./chunk-LE5632HT.js";
import {
  createSession,
  runBatch
} from "./chunk-HMXGF6KM.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

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
  HEADLINE,
  loadModelUnderTest,
  evaluateModel,
  thresholdChecks
};
