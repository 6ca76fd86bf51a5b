import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  parseSliceConfig,
  parseSliceLine
} from "./chunk-B3MKAWAE.js";
import {
  evaluateModel
} from "./chunk-42L4P7MG.js";
import {
  scalarMetrics
} from "./chunk-GQQX47NJ.js";
import {
  datasetArtifact,
  fileArtifact,
  modelArtifact
} from "./chunk-JZTBKARK.js";
import {
  ActionInputs,
  configSection,
  setOutputs
} from "./chunk-3RSZWOQD.js";
import {
  cell,
  checksLines,
  checksTable,
  formatNumber,
  moreRows
} from "./chunk-5MNTP7TV.js";
import {
  ConfigurationError
} from "./chunk-PUKCIQPK.js";

// src/actions/evaluate.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/evaluate/report.ts
var WORST_SLICES_SHOWN = 10;
var MAX_MATRIX_CLASSES = 20;
function metricText(value) {
  if (value === void 0) return "";
  return value.value === null ? `undefined (${value.undefinedReason})` : formatNumber(value.value);
}
function intervalText(interval) {
  if (interval === void 0) return "";
  if (interval.low === null) return `\u2014 (${interval.reason})`;
  return `[${formatNumber(interval.low)}, ${formatNumber(interval.high)}]`;
}
function renderEvaluateMarkdown(result) {
  const scalars = scalarMetrics(result.metrics);
  const lines = [
    `## ${result.verdict.passed ? "\u2705" : "\u274C"} evaluate: \`${result.model.name}\` on ${result.rows} rows \u2014 ${result.headline.metric} ${formatNumber(result.headline.value)}`,
    "",
    `Model \`${result.model.version.slice(0, 19)}\u2026\` (${result.model.task}), label \`${result.label}\`, scored with ONNX Runtime at ${Math.round(result.scoring.rowsPerSecond)} rows/s.`,
    "",
    "| metric | value | 95% interval (bootstrap) |",
    "|---|---|---|"
  ];
  const confidence = Object.values(result.intervals).find((interval) => interval.low !== null);
  if (confidence !== void 0 && confidence.low !== null && confidence.confidence !== 0.95) {
    lines[4] = `| metric | value | ${Math.round(confidence.confidence * 100)}% interval (bootstrap) |`;
  }
  for (const [name, value] of Object.entries(scalars)) {
    lines.push(`| ${name} | ${cell(metricText(value))} | ${cell(intervalText(result.intervals[name]))} |`);
  }
  if (result.verdict.checks.length > 0) lines.push("", "### Thresholds", "", ...checksTable(result.verdict.checks));
  if ("confusionMatrix" in result.metrics) {
    const shownClasses = Math.min(result.classes.length, MAX_MATRIX_CLASSES);
    const matrix = result.metrics.confusionMatrix.slice(0, shownClasses);
    const classes = result.classes.slice(0, shownClasses);
    lines.push("", "### Confusion matrix (rows: true class, columns: predicted)", "");
    lines.push(`| | ${classes.map(cell).join(" | ")} |`, `|---|${classes.map(() => "---").join("|")}|`);
    matrix.forEach((row, index) => {
      lines.push(`| **${cell(classes[index])}** | ${row.slice(0, shownClasses).join(" | ")} |`);
    });
    lines.push(...moreRows(result.classes.length - shownClasses, "metrics.json (the full matrix)"));
  }
  if (result.slices.ranked.length > 0 || result.slices.skipped.length > 0) {
    lines.push(
      "",
      `### Worst slices by ${result.headline.metric}`,
      "",
      "| rank | slice | rows | value |",
      "|---|---|---|---|"
    );
    for (const { rank, slice, value } of result.slices.ranked.slice(0, WORST_SLICES_SHOWN)) {
      lines.push(`| ${rank} | ${cell(slice.key)} | ${slice.size} | ${formatNumber(value)} |`);
    }
    if (result.slices.ranked.length > WORST_SLICES_SHOWN)
      lines.push("", `\u2026 ${result.slices.ranked.length - WORST_SLICES_SHOWN} more slices in metrics.json.`);
    if (result.slices.skipped.length > 0)
      lines.push(
        "",
        `${result.slices.skipped.length} slices skipped (too small or metric undefined); see metrics.json.`
      );
  }
  lines.push("");
  return lines.join("\n");
}
function renderEvaluateTerminal(result) {
  const scalars = scalarMetrics(result.metrics);
  const lines = [
    `evaluate: ${result.verdict.passed ? "PASSED" : "FAILED"} \u2014 ${result.model.name} (${result.model.task}) on ${result.rows} rows`
  ];
  for (const [name, value] of Object.entries(scalars)) {
    const interval = intervalText(result.intervals[name]);
    lines.push(`  ${name.padEnd(20)} ${metricText(value)}${interval === "" ? "" : `  ${interval}`}`);
  }
  lines.push(...checksLines(result.verdict.checks));
  const worst = result.slices.ranked.slice(0, 5);
  if (worst.length > 0) {
    lines.push(`  worst slices by ${result.headline.metric}:`);
    for (const { slice, value } of worst)
      lines.push(`    ${slice.key.padEnd(30)} ${String(slice.size).padStart(7)} rows  ${formatNumber(value)}`);
  }
  if (result.rowsWithoutLabel > 0)
    lines.push(`  note: ${result.rowsWithoutLabel} rows without a label were not scored`);
  return lines.join("\n");
}

// src/actions/evaluate.ts
var ACTION = "evaluate";
async function runEvaluate(io) {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string("output") ?? path.join(".mlops", ACTION);
  const slicesInput = io.input("slices");
  const slices = slicesInput === void 0 ? parseSliceConfig(section.slices) : slicesInput.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map(parseSliceLine);
  const bootstrapSamples = inputs.number("bootstrap-samples", 1e3, { min: 0, max: 1e5 });
  const batchSize = inputs.number("batch-size", 1024, { min: 1, max: 1 << 20 });
  if (!Number.isInteger(bootstrapSamples) || !Number.isInteger(batchSize)) {
    throw new ConfigurationError("evaluate: `bootstrap-samples` and `batch-size` must be whole numbers");
  }
  await mkdir(output, { recursive: true });
  const label = inputs.string("label");
  const delimiter = inputs.string("delimiter");
  const result = await evaluateModel({
    model: inputs.required("model"),
    features: inputs.list("features"),
    data: inputs.required("data"),
    ...label === void 0 ? {} : { label },
    slices,
    minSliceSize: typeof section["min-slice-size"] === "number" ? section["min-slice-size"] : 30,
    bootstrapSamples,
    confidence: typeof section["confidence-level"] === "number" ? section["confidence-level"] : 0.95,
    seed: inputs.number("seed", 0, { min: 0, max: 2 ** 31 - 1 }),
    batchSize,
    format: inputs.oneOf("format", ["auto", "csv", "jsonl", "parquet"], "auto"),
    ...delimiter === void 0 ? {} : { delimiter },
    thresholds: section.thresholds ?? {},
    predictionsPath: path.join(output, "predictions.csv"),
    log: (line) => io.report(line),
    progress: (done, total) => io.progress?.("scoring", done, total)
  });
  const metricsPath = path.join(output, "metrics.json");
  const document = metricsDocument(result);
  await writeFile(metricsPath, `${JSON.stringify(document, null, 2)}
`);
  setOutputs(io, ACTION, {
    metrics: metricsPath,
    predictions: result.predictionsPath,
    "headline-metric": result.headline.metric,
    "headline-value": result.headline.value === null ? "" : String(result.headline.value),
    passed: String(result.verdict.passed)
  });
  for (const check of result.verdict.checks.filter((c) => c.status === "fail"))
    io.annotate("error", `${check.check}: ${check.message}`);
  await io.summary(renderEvaluateMarkdown(result));
  io.report(renderEvaluateTerminal(result));
  io.result(document);
  return {
    passed: result.verdict.passed,
    lineage: {
      parameters: { slices: slices.length, bootstrapSamples },
      inputs: [
        modelArtifact("model", result.model.version, inputs.required("model"), { task: result.model.task }),
        await datasetArtifact("data", inputs.required("data"), result.rows + result.rowsWithoutLabel)
      ],
      outputs: [await fileArtifact("metrics", "Metrics", metricsPath)],
      metrics: Object.fromEntries(
        Object.entries(scalarMetrics(result.metrics)).map(([name, value]) => [name, value.value])
      ),
      verdicts: [{ kind: "evaluate", passed: result.verdict.passed }]
    }
  };
}
function metricsDocument(result) {
  return {
    format: "mlops-actions/metrics",
    formatVersion: 1,
    model: result.model,
    label: result.label,
    rows: result.rows,
    rowsWithoutLabel: result.rowsWithoutLabel,
    classes: result.classes,
    headline: result.headline,
    metrics: result.metrics,
    intervals: result.intervals,
    slices: {
      ranked: result.slices.ranked.map(({ slice, value, rank }) => ({
        rank,
        key: slice.key,
        size: slice.size,
        value,
        metrics: slice.metrics
      })),
      skipped: result.slices.skipped.map(({ slice, reason }) => ({ key: slice.key, size: slice.size, reason }))
    },
    verdict: result.verdict,
    predictions: result.predictionsPath,
    scoring: result.scoring
  };
}

export {
  runEvaluate,
  metricsDocument
};
