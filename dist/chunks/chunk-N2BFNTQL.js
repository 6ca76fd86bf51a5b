import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  PART_FILES,
  RUN_PARTS,
  isFile,
  isRecord,
  loadRunSummary,
  readRunFile,
  runModel
} from "./chunk-5PSCNOTF.js";
import {
  mulberry32
} from "./chunk-VRJ3OIWF.js";
import {
  LineageStore,
  validateLineageRecord
} from "./chunk-UTWNSTMI.js";
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
var PROFILE = "an mlops-actions/profile document";
function isProfile(value) {
  return isRecord(value) && value.format === "mlops-actions/profile" && Array.isArray(value.columns);
}
async function isDirectory(target) {
  return (await stat(target).catch(() => void 0))?.isDirectory() === true;
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
function leftOut(relative, problem) {
  return problem.kind === "unreadable" ? `${relative} could not be read (${problem.message}); left out` : `${relative} is ${problem.message}; left out`;
}
async function loadRun(dir) {
  const directory = await resolveRunDirectory(dir);
  const summary = await loadRunSummary(directory);
  const problems = summary.problems.map((problem) => leftOut(path.relative(directory, problem.file), problem));
  const beside = (part, ...name) => path.join(path.dirname(summary.files[part] ?? path.join(directory, part, PART_FILES[part])), ...name);
  const optional = async (file, expected, guard) => {
    if (!await isFile(file)) return null;
    const outcome = await readRunFile(file, expected, guard);
    if ("value" in outcome) return outcome.value;
    problems.push(leftOut(path.relative(directory, file), outcome));
    return null;
  };
  let profile = null;
  let reference = null;
  if (summary.validation !== null) {
    profile = await optional(beside("validate-data", "profile.json"), PROFILE, isProfile);
    for (const file of [beside("validate-data", "reference-profile.json"), beside("train", "model", "profile.json")]) {
      const found = await optional(file, PROFILE, isProfile);
      if (found === null) continue;
      reference = { profile: found, source: path.relative(directory, file) };
      break;
    }
  }
  let predictions = null;
  const evaluation = summary.evaluation;
  const predictionsFile = beside("evaluate", "predictions.csv");
  if (evaluation !== null && await isFile(predictionsFile)) {
    try {
      predictions = await summarizePredictions(predictionsFile, evaluation.model.task, evaluation.classes);
    } catch (error) {
      problems.push(
        `${path.relative(directory, predictionsFile)} could not be read (${describeThrown(error, 200)}); no calibration`
      );
    }
  }
  const modelVersion = runModel(summary).version;
  let lineage = null;
  const lineageRoot = path.join(directory, "registry", "lineage");
  if (modelVersion !== null && await isDirectory(path.join(lineageRoot, "records"))) {
    try {
      const store = new TolerantLineageStore(lineageRoot);
      const chain = await store.chain(modelVersion);
      if (chain.steps.length > 0) lineage = { chain, skipped: store.skipped };
    } catch (error) {
      problems.push(`the lineage records could not be read (${describeThrown(error, 200)}); no lineage`);
    }
  }
  return { ...summary, profile, reference, predictions, lineage, modelVersion, problems };
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
