import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  withoutByteOrderMark
} from "./chunk-HJIXDHLD.js";
import {
  describeThrown,
  shorten
} from "./chunk-FCHSJP6A.js";

// src/report/run-summary.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
var RUN_PARTS = [
  "validate-data",
  "train",
  "evaluate",
  "compare-baseline",
  "check-serving-compat",
  "load-test",
  "promote"
];
var PART_FILES = {
  "validate-data": "result.json",
  train: "result.json",
  evaluate: "metrics.json",
  "compare-baseline": "verdict.json",
  "check-serving-compat": "verdict.json",
  "load-test": "verdict.json",
  promote: "audit-entry.json"
};
function runModel(summary) {
  const manifest = summary.training?.manifest;
  if (manifest != null) return { name: manifest.name, version: manifest.version };
  const named = summary.evaluation?.model ?? summary.serving?.model ?? summary.load?.model;
  if (named !== void 0) return { name: named.name, version: named.version };
  return { name: null, version: summary.comparison?.candidateVersion ?? summary.promotion?.version ?? null };
}
function emptyRunSummary(directory) {
  return {
    directory,
    validation: null,
    training: null,
    evaluation: null,
    comparison: null,
    serving: null,
    load: null,
    promotion: null,
    files: {},
    problems: []
  };
}
async function loadRunSummary(directory, options = {}) {
  const summary = emptyRunSummary(directory);
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  const subdirectories = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const part = async (name, expected, guard) => {
    const file = options.files?.[name] ?? await partFile(directory, subdirectories, name);
    if (file === void 0) return null;
    summary.files[name] = file;
    const outcome = await readRunFile(file, expected, guard);
    if ("value" in outcome) return outcome.value;
    summary.problems.push({ part: name, file, ...outcome });
    return null;
  };
  summary.validation = await part(
    "validate-data",
    "a validate-data result (verdict, anomalies, statistics)",
    isValidation
  );
  summary.training = await part("train", "a train result (verdict, backend, manifest)", isTraining);
  summary.evaluation = await part("evaluate", "an mlops-actions/metrics document", isEvaluation);
  summary.comparison = await part("compare-baseline", "an mlops-actions/blessing document", isComparison);
  summary.serving = await part("check-serving-compat", "an mlops-actions/serving-verdict document", isServing);
  summary.load = await part("load-test", "a load-test verdict (an mlops-actions/load-verdict document)", isLoad);
  summary.promotion = await part("promote", "an mlops-actions/promotion document", isPromotion);
  return summary;
}
async function readRunFile(file, expected, guard) {
  let parsed;
  try {
    parsed = JSON.parse(withoutByteOrderMark(await readFile(file, "utf8")));
  } catch (error) {
    const message = error instanceof SyntaxError ? `not JSON: ${error.message}` : describeThrown(error);
    return { kind: "unreadable", message: shorten(message, 200) };
  }
  return guard(parsed) ? { value: parsed } : { kind: "unexpected", message: `not ${expected}` };
}
async function partFile(directory, subdirectories, part) {
  const name = PART_FILES[part];
  const direct = path.join(directory, part, name);
  if (await isFile(direct)) return direct;
  let newest;
  for (const subdirectory of subdirectories) {
    if (!subdirectory.startsWith(`${part}-`)) continue;
    const file = path.join(directory, subdirectory, name);
    const info = await stat(file).catch(() => void 0);
    if (info?.isFile() === true && (newest === void 0 || info.mtimeMs > newest.modified)) {
      newest = { file, modified: info.mtimeMs };
    }
  }
  return newest?.file;
}
async function isFile(file) {
  return (await stat(file).catch(() => void 0))?.isFile() === true;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isArrayOf(value, item) {
  return Array.isArray(value) && value.every(item);
}
var STATUSES = /* @__PURE__ */ new Set(["pass", "fail", "warn", "skip"]);
function isCheck(value) {
  return isRecord(value) && typeof value.check === "string" && STATUSES.has(value.status) && typeof value.message === "string" && (value.feature === void 0 || typeof value.feature === "string");
}
function isVerdict(value) {
  return isRecord(value) && typeof value.passed === "boolean" && isArrayOf(value.checks, isCheck);
}
function isNumberOrNull(value) {
  return value === null || typeof value === "number";
}
function isAnomaly(value) {
  return isRecord(value) && isCheck(value) && typeof value.kind === "string" && typeof value.count === "number";
}
function isFeatureDrift(value) {
  return isRecord(value) && typeof value.feature === "string" && typeof value.method === "string" && typeof value.drifted === "boolean" && typeof value.statistic === "number" && typeof value.threshold === "number";
}
function isDrift(value) {
  return isRecord(value) && Array.isArray(value.features) && value.features.every(isFeatureDrift) && typeof value.driftedCount === "number" && typeof value.share === "number";
}
function isStatistics(value) {
  return isRecord(value) && typeof value.name === "string" && typeof value.type === "string";
}
function isValidation(value) {
  return isRecord(value) && isVerdict(value.verdict) && typeof value.rows === "number" && Array.isArray(value.sources) && isArrayOf(value.anomalies, isAnomaly) && (value.drift === null || isDrift(value.drift)) && isArrayOf(value.statistics, isStatistics);
}
function isManifest(value) {
  return isRecord(value) && typeof value.name === "string" && typeof value.version === "string" && typeof value.task === "string" && isRecord(value.framework) && isRecord(value.training) && Array.isArray(value.training.lossCurve) && isRecord(value.training.data) && isRecord(value.lineage);
}
function isTraining(value) {
  return isRecord(value) && isVerdict(value.verdict) && typeof value.backend === "string" && isNumberOrNull(value.finalLoss) && isArrayOf(value.notes, (note) => typeof note === "string") && (value.manifest === null || isManifest(value.manifest));
}
function isModel(value) {
  return isRecord(value) && typeof value.name === "string" && typeof value.version === "string";
}
function isRankedSlice(value) {
  return isRecord(value) && typeof value.key === "string" && typeof value.size === "number";
}
function isEvaluation(value) {
  return isRecord(value) && value.format === "mlops-actions/metrics" && isModel(value.model) && typeof value.model.task === "string" && typeof value.rows === "number" && isArrayOf(value.classes, (name) => typeof name === "string") && isRecord(value.metrics) && isRecord(value.intervals) && isRecord(value.headline) && typeof value.headline.metric === "string" && isRecord(value.slices) && Array.isArray(value.slices.ranked) && value.slices.ranked.every(isRankedSlice) && Array.isArray(value.slices.skipped) && isVerdict(value.verdict);
}
function isComparison(value) {
  return isRecord(value) && value.format === "mlops-actions/blessing" && isVerdict(value.verdict) && typeof value.blessed === "boolean" && typeof value.candidateVersion === "string" && isArrayOf(value.checks, isCheck) && isRecord(value.metrics) && isRecord(value.metrics.candidate) && isRecord(value.metrics.difference) && Array.isArray(value.worstSlices) && value.worstSlices.every(isRankedSlice) && isRecord(value.bootstrap);
}
function isServing(value) {
  return isRecord(value) && value.format === "mlops-actions/serving-verdict" && isVerdict(value.verdict) && isModel(value.model) && isRecord(value.load);
}
function isLoadResult(value) {
  return isRecord(value) && typeof value.qps === "number" && Array.isArray(value.histogram);
}
function isLoad(value) {
  return isRecord(value) && value.format === "mlops-actions/load-verdict" && isVerdict(value.verdict) && isModel(value.model) && isLoadResult(value.result) && (value.baseline === void 0 || isLoadResult(value.baseline));
}
function isPromotion(value) {
  return isRecord(value) && value.format === "mlops-actions/promotion" && isVerdict(value.verdict) && typeof value.promoted === "boolean";
}

export {
  RUN_PARTS,
  PART_FILES,
  runModel,
  loadRunSummary,
  readRunFile,
  isFile,
  isRecord
};
