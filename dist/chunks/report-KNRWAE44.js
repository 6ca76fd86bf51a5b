import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  scalarMetrics
} from "./chunk-LE5632HT.js";
import {
  cell,
  checksLines,
  checksTable,
  formatNumber,
  moreRows
} from "./chunk-UZ3AVPPC.js";
import "./chunk-NUEQ5RRT.js";

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
export {
  renderEvaluateMarkdown,
  renderEvaluateTerminal
};
