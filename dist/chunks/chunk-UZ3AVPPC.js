import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);

// src/report/markdown.ts
var ICON = { pass: "\u2705", fail: "\u274C", warn: "\u26A0\uFE0F", skip: "\u23ED\uFE0F" };
function cell(value) {
  return String(value ?? "").replaceAll("|", "\\|").replaceAll("\n", " ");
}
function formatNumber(value) {
  if (value === null || value === void 0) return "";
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3 ? value.toExponential(3) : value.toFixed(4);
}
function formatValue(value) {
  return typeof value === "number" ? formatNumber(value) : String(value ?? "");
}
var MAX_TABLE_ROWS = 200;
function moreRows(left, where) {
  return left > 0 ? ["", `\u2026 ${left} more in ${where}.`] : [];
}
function checksTable(checks) {
  const lines = ["| | check | value | threshold | message |", "|---|---|---|---|---|"];
  const rank = { fail: 0, warn: 1, pass: 2, skip: 3 };
  const shown = checks.length <= MAX_TABLE_ROWS ? checks : [...checks].sort((a, b) => rank[a.status] - rank[b.status]).slice(0, MAX_TABLE_ROWS);
  for (const check of shown) {
    lines.push(
      `| ${ICON[check.status]} | ${cell(check.check)} | ${cell(formatValue(check.value))} | ${cell(formatValue(check.threshold))} | ${cell(check.message)} |`
    );
  }
  return [...lines, ...moreRows(checks.length - shown.length, "the verdict file")];
}
function checksLines(checks, indent = "  ") {
  return checks.map((check) => `${indent}${check.status.toUpperCase().padEnd(4)} ${check.check}: ${check.message}`);
}
function mermaidLineChart(title, xLabel, yLabel, allX, allSeries) {
  const step = Math.max(1, Math.ceil(allX.length / 100));
  const keep = (index) => index % step === 0 || index === allX.length - 1;
  const x = allX.filter((_, index) => keep(index));
  const series = allSeries.map((values) => values.filter((_, index) => keep(index)));
  const finite = series.flat().filter(Number.isFinite);
  if (x.length < 2 || finite.length === 0) return [];
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const pad = (high - low) * 0.05 || Math.abs(high) * 0.05 || 1;
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${title.replaceAll('"', "'")}"`,
    `  x-axis "${xLabel}" [${x.join(", ")}]`,
    `  y-axis "${yLabel}" ${Number((low - pad).toPrecision(4))} --> ${Number((high + pad).toPrecision(4))}`,
    ...series.map(
      (values) => `  line [${values.map((value) => Number.isFinite(value) ? Number(value.toPrecision(5)) : 0).join(", ")}]`
    ),
    "```"
  ];
}

export {
  ICON,
  cell,
  formatNumber,
  MAX_TABLE_ROWS,
  moreRows,
  checksTable,
  checksLines,
  mermaidLineChart
};
