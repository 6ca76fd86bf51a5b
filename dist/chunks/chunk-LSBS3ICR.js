import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  mulberry32
} from "./chunk-VRJ3OIWF.js";
import {
  RUN_PARTS
} from "./chunk-FRQNXLAQ.js";
import {
  LineageStore,
  validateLineageRecord
} from "./chunk-Z45SZNTK.js";
import {
  readJsonFile
} from "./chunk-SOIZSZ23.js";
import {
  ConfigurationError,
  describeThrown
} from "./chunk-FCHSJP6A.js";

// src/report/html/load.ts
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
var MAX_POINTS = 2e3;
var CALIBRATION_BINS = 10;
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isCheck(value) {
  return isRecord(value) && typeof value.check === "string" && typeof value.status === "string";
}
function isVerdict(value) {
  return isRecord(value) && typeof value.passed === "boolean" && Array.isArray(value.checks) && value.checks.every(isCheck);
}
function isValidateDataDocument(value) {
  return isRecord(value) && isVerdict(value.verdict) && Array.isArray(value.anomalies) && Array.isArray(value.statistics) && (value.drift === null || isRecord(value.drift) && Array.isArray(value.drift.features));
}
function isProfile(value) {
  return isRecord(value) && value.format === "mlops-actions/profile" && Array.isArray(value.columns);
}
function isManifest(value) {
  return isRecord(value) && typeof value.version === "string" && isRecord(value.training) && Array.isArray(value.training.lossCurve) && isRecord(value.lineage);
}
function isTrainDocument(value) {
  return isRecord(value) && isVerdict(value.verdict) && (value.manifest === null || isManifest(value.manifest));
}
function isMetricsDocument(value) {
  return isRecord(value) && isRecord(value.model) && typeof value.model.task === "string" && isRecord(value.metrics) && isRecord(value.intervals) && isRecord(value.slices) && Array.isArray(value.slices.ranked) && Array.isArray(value.classes) && isVerdict(value.verdict);
}
function isComparison(value) {
  return isRecord(value) && isVerdict(value.verdict) && typeof value.blessed === "boolean" && isRecord(value.metrics) && isRecord(value.metrics.candidate) && isRecord(value.metrics.difference) && Array.isArray(value.worstSlices);
}
function isServing(value) {
  return isRecord(value) && isVerdict(value.verdict) && isRecord(value.model) && isRecord(value.load);
}
function isLoadResult(value) {
  return isRecord(value) && typeof value.qps === "number" && Array.isArray(value.histogram);
}
function isLoadTest(value) {
  return isRecord(value) && isVerdict(value.verdict) && isRecord(value.model) && isLoadResult(value.result) && (value.baseline === void 0 || isLoadResult(value.baseline));
}
function isPromotion(value) {
  return isRecord(value) && isVerdict(value.verdict) && typeof value.promoted === "boolean";
}
async function isDirectory(target) {
  return (await stat(target).catch(() => void 0))?.isDirectory() === true;
}
async function exists(target) {
  return await stat(target).catch(() => void 0) !== void 0;
}
async function resolveRunDirectory(dir) {
  if (!await isDirectory(dir)) {
    throw new ConfigurationError(
      `${dir} is not a directory: give the directory of a pipeline run (the one holding .mlops/)`
    );
  }
  for (const candidate of [path.join(dir, ".mlops"), dir]) {
    if (!await isDirectory(candidate)) continue;
    for (const part of RUN_PARTS) if (await isDirectory(path.join(candidate, part))) return candidate;
  }
  throw new ConfigurationError(
    `${dir} holds no pipeline run: expected .mlops/ with at least one of ${RUN_PARTS.join(", ")}; run the pipeline there first (e.g. 'npm run example') or give the directory that holds .mlops/`
  );
}
async function loadRun(dir) {
  const directory = await resolveRunDirectory(dir);
  const problems = [];
  const read = async (relative, what, guard) => {
    const file = path.join(directory, relative);
    if (!await exists(file)) return void 0;
    try {
      const value = await readJsonFile(file, what);
      if (guard(value)) return value;
      problems.push(`${relative} is not a ${what} this report understands; left out`);
    } catch (error) {
      problems.push(`${relative} could not be read (${describeThrown(error, 200)}); left out`);
    }
    return void 0;
  };
  const run = { directory, modelVersion: void 0, problems };
  run.train = await read("train/result.json", "train result", isTrainDocument);
  const validation = await read("validate-data/result.json", "validate-data result", isValidateDataDocument);
  if (validation !== void 0) {
    const profile = await read(path.join("validate-data", "profile.json"), "data profile", isProfile);
    run.validateData = { result: validation, profile, reference: await referenceProfile(read) };
  }
  const metrics = await read("evaluate/metrics.json", "metrics document", isMetricsDocument);
  if (metrics !== void 0) {
    const file = path.join(directory, "evaluate", "predictions.csv");
    let predictions;
    if (await exists(file)) {
      try {
        predictions = await summarizePredictions(file, metrics.model.task, metrics.classes);
      } catch (error) {
        problems.push(`evaluate/predictions.csv could not be read (${describeThrown(error, 200)}); no calibration`);
      }
    }
    run.evaluate = { metrics, predictions };
  }
  run.compare = await read("compare-baseline/verdict.json", "comparison verdict", isComparison);
  run.serving = await read("check-serving-compat/verdict.json", "serving verdict", isServing);
  run.loadTest = await read("load-test/verdict.json", "load-test verdict", isLoadTest);
  run.promote = await read("promote/audit-entry.json", "promotion audit entry", isPromotion);
  run.modelVersion = run.train?.manifest?.version ?? run.evaluate?.metrics.model.version ?? run.compare?.candidateVersion ?? run.serving?.model.version ?? run.loadTest?.model.version ?? run.promote?.version;
  const lineageRoot = path.join(directory, "registry", "lineage");
  if (run.modelVersion !== void 0 && await isDirectory(path.join(lineageRoot, "records"))) {
    try {
      const store = new TolerantLineageStore(lineageRoot);
      const chain = await store.chain(run.modelVersion);
      if (chain.steps.length > 0) run.lineage = { chain, skipped: store.skipped };
    } catch (error) {
      problems.push(`the lineage records could not be read (${describeThrown(error, 200)}); no lineage`);
    }
  }
  return run;
}
async function referenceProfile(read) {
  for (const relative of [
    path.join("validate-data", "reference-profile.json"),
    path.join("train", "model", "profile.json")
  ]) {
    const profile = await read(relative, "reference profile", isProfile);
    if (profile !== void 0) return { profile, source: relative };
  }
  return void 0;
}
var TolerantLineageStore = class extends LineageStore {
  skipped = [];
  async all() {
    const directory = path.join(this.root, "records");
    const names = (await readdir(directory)).filter((name) => !name.startsWith(".") && name.endsWith(".json")).sort();
    const records = [];
    for (const name of names) {
      const file = path.join(directory, name);
      try {
        records.push(validateLineageRecord(JSON.parse(await readFile(file, "utf8")), file));
      } catch (error) {
        this.skipped.push(`${name}: ${describeThrown(error, 160)}`);
      }
    }
    return records.sort(
      (a, b) => Date.parse(a.execution.startedAt) - Date.parse(b.execution.startedAt) || a.execution.id.localeCompare(b.execution.id)
    );
  }
};
var CsvRecords = class {
  constructor(onRecord) {
    this.onRecord = onRecord;
  }
  onRecord;
  field = "";
  fields = [];
  quoted = false;
  quoteSeen = false;
  push(text) {
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (this.quoted) {
        if (char === '"') {
          this.quoted = false;
          this.quoteSeen = true;
        } else this.field += char;
        continue;
      }
      if (char === '"') {
        if (this.quoteSeen) this.field += '"';
        this.quoted = true;
      } else if (char === ",") this.endField();
      else if (char === "\n") this.endRecord();
      else if (char !== "\r") this.field += char;
      this.quoteSeen = false;
    }
  }
  end() {
    if (this.field !== "" || this.fields.length > 0) this.endRecord();
  }
  endField() {
    this.fields.push(this.field);
    this.field = "";
  }
  endRecord() {
    this.endField();
    this.onRecord(this.fields);
    this.fields = [];
  }
};
async function summarizePredictions(file, task, classes) {
  const bins = Array.from({ length: CALIBRATION_BINS }, () => ({ count: 0, predicted: 0, observed: 0 }));
  const sample = [];
  const random = mulberry32(24301);
  const positiveClass = task === "binary" ? classes[1] ?? null : null;
  let header;
  let labelAt = -1;
  let predictionAt = -1;
  let probabilityAt = [];
  let rows = 0;
  const parser = new CsvRecords((fields) => {
    if (header === void 0) {
      header = fields;
      labelAt = fields.indexOf("label");
      predictionAt = fields.indexOf("prediction");
      probabilityAt = classes.map((name) => fields.indexOf(`p_${name}`));
      return;
    }
    const label = fields[labelAt];
    if (label === void 0) return;
    rows++;
    if (task === "regression") {
      const point = { label: Number(label), prediction: Number(fields[predictionAt]) };
      if (!Number.isFinite(point.label) || !Number.isFinite(point.prediction)) return;
      if (sample.length < MAX_POINTS) sample.push(point);
      else {
        const slot = Math.floor(random() * rows);
        if (slot < MAX_POINTS) sample[slot] = point;
      }
      return;
    }
    let score;
    let hit;
    if (task === "binary") {
      score = Number(fields[probabilityAt[1] ?? -1]);
      hit = label === positiveClass;
    } else {
      const probabilities = probabilityAt.map((at) => Number(fields[at]));
      score = Math.max(...probabilities);
      hit = fields[predictionAt] === label;
    }
    if (!Number.isFinite(score)) return;
    const bin = bins[Math.min(CALIBRATION_BINS - 1, Math.max(0, Math.floor(score * CALIBRATION_BINS)))];
    bin.count++;
    bin.predicted += score;
    bin.observed += hit ? 1 : 0;
  });
  const stream = createReadStream(file, { encoding: "utf8" });
  for await (const chunk of stream) parser.push(String(chunk));
  parser.end();
  if (header === void 0 || labelAt < 0) throw new Error("no header with a label column");
  if (task === "regression") return { calibration: null, scatter: sample, rows };
  if (task === "binary" && (probabilityAt[1] ?? -1) < 0) return { calibration: null, scatter: null, rows };
  return {
    calibration: {
      kind: task === "binary" ? "probability" : "confidence",
      positiveClass,
      bins: bins.flatMap(
        (bin, index) => bin.count === 0 ? [] : [
          {
            from: index / CALIBRATION_BINS,
            to: (index + 1) / CALIBRATION_BINS,
            count: bin.count,
            meanPredicted: bin.predicted / bin.count,
            observed: bin.observed / bin.count
          }
        ]
      )
    },
    scatter: null,
    rows
  };
}

export {
  MAX_POINTS,
  resolveRunDirectory,
  loadRun,
  summarizePredictions
};
