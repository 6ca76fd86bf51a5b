import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ICON,
  MAX_TABLE_ROWS,
  cell,
  formatNumber,
  moreRows
} from "./chunk-UZ3AVPPC.js";
import "./chunk-NUEQ5RRT.js";

// src/validate/report.ts
var SOURCE_NOTE = {
  file: "the schema file",
  "inferred-from-reference": "a schema inferred from the reference on the fly (commit one with `infer-schema` to review it)",
  "inferred-from-data": "a schema inferred from the data itself: only structural checks can fail (give `schema` or `reference`)"
};
function renderMarkdown(result) {
  const { verdict, anomalies, drift, profile } = result;
  const lines = [];
  const failing = verdict.checks.filter((check) => check.status === "fail").length;
  lines.push(
    `## ${verdict.passed ? "\u2705" : "\u274C"} validate-data: ${verdict.passed ? "passed" : `failed (${failing} failing checks)`}`
  );
  lines.push("");
  lines.push(
    `${profile.rows} rows \xD7 ${profile.columns.length} columns from ${profile.sources.map((s) => `\`${s.path}\``).join(", ") || "merged profiles"}; checked against ${SOURCE_NOTE[result.schemaSource]}.`
  );
  lines.push("");
  lines.push(`### Schema anomalies (${anomalies.length})`);
  if (anomalies.length === 0) lines.push("", "None: every column matches the schema.");
  else {
    lines.push("", "| | kind | feature | count | where | what to do |", "|---|---|---|---|---|---|");
    for (const anomaly of anomalies) {
      lines.push(
        `| ${ICON[anomaly.status]} | ${anomaly.kind} | ${cell(anomaly.feature ?? "")} | ${anomaly.count} | ${cell((anomaly.examples ?? []).slice(0, 3).join("; "))} | ${cell(anomaly.message)} |`
      );
    }
  }
  if (drift !== null) {
    lines.push(
      "",
      `### Drift against the reference: ${drift.driftedCount} of ${drift.features.length} features drifted (${(drift.share * 100).toFixed(1)}%)`
    );
    lines.push(
      "",
      `Multiple-testing correction: ${drift.correction}. Effect size and p-value are recorded for every feature.`,
      ""
    );
    lines.push(
      "| | feature | method | statistic | p-value (adjusted) | effect size | PSI | threshold |",
      "|---|---|---|---|---|---|---|---|"
    );
    for (const feature of drift.features.slice(0, MAX_TABLE_ROWS)) {
      const p = feature.pValue === null ? "" : `${formatNumber(feature.pValue)} (${formatNumber(feature.adjustedPValue)})`;
      lines.push(
        `| ${feature.drifted ? "\u26A0\uFE0F" : "\u2705"} | ${cell(feature.feature)} | ${feature.method} | ${formatNumber(feature.statistic)} | ${p} | ${formatNumber(feature.effectSize)} | ${formatNumber(feature.psi)} | ${formatNumber(feature.threshold)} |`
      );
    }
    lines.push(...moreRows(drift.features.length - MAX_TABLE_ROWS, "result.json (drift, worst first)"));
  }
  lines.push("", "<details><summary>Column statistics</summary>", "");
  lines.push(
    "| column | type | missing | min | mean | std | p50 | max | distinct |",
    "|---|---|---|---|---|---|---|---|---|"
  );
  for (const stats of result.statistics.slice(0, MAX_TABLE_ROWS)) {
    lines.push(
      `| ${cell(stats.name)} | ${stats.type} | ${(stats.missingFraction * 100).toFixed(1)}% | ${formatNumber(stats.min)} | ${formatNumber(stats.mean)} | ${formatNumber(stats.std)} | ${formatNumber(stats.quantiles?.p50)} | ${formatNumber(stats.max)} | ${stats.distinctExact ? "" : "\u2248"}${stats.distinct} |`
    );
  }
  lines.push(...moreRows(result.statistics.length - MAX_TABLE_ROWS, "result.json (statistics)"));
  lines.push("", "</details>", "");
  return lines.join("\n");
}
function renderTerminal(result) {
  const { verdict, anomalies, drift, profile } = result;
  const lines = [];
  lines.push(
    `validate-data: ${verdict.passed ? "PASSED" : "FAILED"} \u2014 ${profile.rows} rows \xD7 ${profile.columns.length} columns, checked against ${SOURCE_NOTE[result.schemaSource]}`
  );
  if (anomalies.length === 0) lines.push("  schema: no anomalies");
  for (const anomaly of anomalies) {
    lines.push(
      `  ${anomaly.status.toUpperCase()} ${anomaly.kind}${anomaly.feature === void 0 ? "" : ` [${anomaly.feature}]`}: ${anomaly.message}`
    );
    for (const example of (anomaly.examples ?? []).slice(0, 3)) lines.push(`      ${example}`);
  }
  if (drift !== null) {
    lines.push(
      `  drift: ${drift.driftedCount} of ${drift.features.length} features drifted (${(drift.share * 100).toFixed(1)}%, correction ${drift.correction})`
    );
    for (const feature of drift.features.slice(0, 10)) {
      lines.push(
        `    ${feature.drifted ? "DRIFT" : "ok   "} ${feature.feature.padEnd(20)} ${feature.method.padEnd(13)} ${feature.reason}`
      );
    }
    if (drift.features.length > 10) lines.push(`    \u2026 ${drift.features.length - 10} more in the result file`);
  }
  return lines.join("\n");
}
export {
  renderMarkdown,
  renderTerminal
};
