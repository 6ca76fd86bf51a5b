import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  HEADLINE
} from "./chunk-E2XHC4IF.js";
import "./chunk-CPEI5QS6.js";
import "./chunk-4RJOQMT2.js";
import "./chunk-YNCSL7WP.js";
import "./chunk-HJIXDHLD.js";
import "./chunk-LE5632HT.js";
import "./chunk-QTAPR7R5.js";
import "./chunk-KHYRHHGG.js";
import "./chunk-KNVOZRVJ.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-5BLKW2OX.js";
import "./chunk-IX446UGZ.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-TPMIUAPN.js";
import {
  cell,
  checksLines,
  checksTable,
  formatNumber
} from "./chunk-UZ3AVPPC.js";
import "./chunk-HMXGF6KM.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";

// src/compare/report.ts
var WORST_SLICES_SHOWN = 10;
function shortDigest(version) {
  if (version === null) return "none";
  const [scheme, hex] = version.includes(":") ? version.split(":", 2) : ["", version];
  const short = (hex ?? "").length > 12 ? `${(hex ?? "").slice(0, 12)}\u2026` : hex ?? "";
  return scheme === "" ? short : `${scheme}:${short}`;
}
function metricText(value) {
  if (value === void 0) return "";
  return value.value === null ? `undefined (${value.undefinedReason})` : formatNumber(value.value);
}
function deltaText(value) {
  if (value === null) return "";
  if (value === 0) return "0";
  return value > 0 ? `+${formatNumber(value)}` : `\u2212${formatNumber(-value)}`;
}
function intervalText(interval) {
  if (interval === null) return "";
  if (interval.low === null) return `\u2014 (${interval.reason})`;
  return `[${deltaText(interval.low)}, ${deltaText(interval.high)}]`;
}
function metricOrder(result) {
  const gated = /* @__PURE__ */ new Set();
  for (const check of result.checks) {
    const match = /^metric\.([^.]+)\./.exec(check.check);
    if (match?.[1] !== void 0) gated.add(match[1]);
  }
  const headline = HEADLINE[result.task].map((h) => h.metric);
  return [.../* @__PURE__ */ new Set([...gated, ...headline, ...Object.keys(result.metrics.candidate)])].filter(
    (name) => result.metrics.candidate[name] !== void 0
  );
}
function flipText(flip) {
  if (flip.kind === "class") {
    return `${formatNumber(flip.rate * 100)}% of rows (${flip.flipped} of ${flip.rows}) change their predicted class`;
  }
  return `${formatNumber(flip.rate * 100)}% of rows (${flip.flipped} of ${flip.rows}) move by more than ${formatNumber(flip.tolerance)}; mean absolute difference ${formatNumber(flip.meanAbsoluteDifference)}`;
}
function confidenceLabel(result) {
  return `${Number((result.bootstrap.confidence * 100).toPrecision(4))}%`;
}
function baselineLabel(result) {
  if (result.baselineKind === "none") return "none (first run)";
  const version = result.baselineVersion === null ? "" : `\`${shortDigest(result.baselineVersion)}\``;
  if (result.baselineKind === "fixed-metrics") {
    const source = result.baselineSource === void 0 ? "" : ` from \`${result.baselineSource}\``;
    return `${version === "" ? "" : `${version} `}recorded metrics${source} (no paired intervals)`;
  }
  return version === "" ? "predictions on the same rows" : version;
}
function sliceRow(slice) {
  const icon = slice.status === "fail" ? "\u274C" : slice.status === "warn" ? "\u26A0\uFE0F" : slice.status === "skip" ? "\u23ED\uFE0F" : "\u2705";
  return `| ${icon} | ${cell(slice.key)} | ${slice.size} | ${formatNumber(slice.candidate)} | ${formatNumber(slice.baseline)} | ${deltaText(slice.difference)} | ${cell(slice.message)} |`;
}
function renderComparisonMarkdown(result) {
  const failed = result.checks.filter((check) => check.status === "fail");
  const lines = [
    `## ${result.blessed ? "\u2705 blessed" : "\u274C not blessed"}: candidate \`${shortDigest(result.candidateVersion)}\` vs baseline ${baselineLabel(result)}`,
    ""
  ];
  if (!result.blessed && failed.length > 0) {
    const names = failed.map(
      (check) => `\`${check.check}${check.feature === void 0 ? "" : ` (${check.feature})`}\``
    );
    lines.push(`**Failed:** ${cell(names.join(", "))}; details in the checks below.`, "");
  }
  if (result.firstRun) {
    lines.push(
      result.blessed ? "> \u26A0\uFE0F First run: there is no baseline, so nothing was compared; the candidate was blessed on its value bounds by `bootstrap: allow`." : "> First run: there is no baseline to compare with.",
      ""
    );
  }
  lines.push(
    `Candidate \`${result.candidateVersion}\`${result.baselineVersion === null ? "" : `, baseline \`${result.baselineVersion}\``}; ${result.rows} rows (${result.task}).`,
    ""
  );
  if (result.flipRate !== null) lines.push(`**Flip rate:** ${flipText(result.flipRate)}.`, "");
  const hasBaseline = result.metrics.baseline !== null;
  const paired = result.baselineKind === "predictions" && result.bootstrap.samples > 0;
  const header = ["metric", "candidate"];
  if (hasBaseline) header.push("baseline", "\u0394 (candidate \u2212 baseline)");
  if (paired)
    header.push(`${confidenceLabel(result)} CI of \u0394 (paired bootstrap, ${result.bootstrap.samples} resamples)`);
  header.push("better");
  lines.push("### Metrics", "", `| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`);
  for (const name of metricOrder(result)) {
    const difference = result.metrics.difference[name];
    const row = [cell(name), cell(metricText(result.metrics.candidate[name]))];
    if (hasBaseline) {
      row.push(cell(metricText(result.metrics.baseline?.[name])), cell(deltaText(difference?.value ?? null)));
    }
    if (paired) row.push(cell(intervalText(difference?.interval ?? null)));
    row.push(difference?.direction === "lower" ? "lower" : "higher");
    lines.push(`| ${row.join(" | ")} |`);
  }
  lines.push("", "### Checks", "", ...checksTable(result.checks));
  if (result.worstSlices.length > 0) {
    lines.push(
      "",
      `### Worst slices by ${result.sliceMetric ?? ""} change`,
      "",
      "| | slice | rows | candidate | baseline | \u0394 | note |",
      "|---|---|---|---|---|---|---|",
      ...result.worstSlices.slice(0, WORST_SLICES_SHOWN).map(sliceRow)
    );
    const rest = result.worstSlices.length - WORST_SLICES_SHOWN;
    if (rest > 0) lines.push("", `\u2026 ${rest} more slices in the verdict JSON.`);
  }
  lines.push("");
  return lines.join("\n");
}
function renderComparisonTerminal(result) {
  const lines = [
    `compare-baseline: ${result.blessed ? "BLESSED" : "NOT BLESSED"} \u2014 candidate ${shortDigest(result.candidateVersion)} vs baseline ${result.baselineKind === "none" ? "none (first run)" : result.baselineKind === "fixed-metrics" ? `recorded metrics${result.baselineSource === void 0 ? "" : ` (${result.baselineSource})`}` : shortDigest(result.baselineVersion)} on ${result.rows} rows`
  ];
  const hasBaseline = result.metrics.baseline !== null;
  for (const name of metricOrder(result).slice(0, 8)) {
    const difference = result.metrics.difference[name];
    let text = `  ${name.padEnd(20)} ${metricText(result.metrics.candidate[name])}`;
    if (hasBaseline) {
      text += `  baseline ${metricText(result.metrics.baseline?.[name])}  \u0394 ${deltaText(difference?.value ?? null)}`;
      const interval = intervalText(difference?.interval ?? null);
      if (interval !== "" && difference?.interval?.low !== null) text += `  ${confidenceLabel(result)} CI ${interval}`;
    }
    lines.push(text);
  }
  if (result.flipRate !== null) lines.push(`  flip rate: ${flipText(result.flipRate)}`);
  lines.push(...checksLines(result.checks));
  const worst = result.worstSlices.filter((slice) => slice.regression !== null).slice(0, 5);
  if (worst.length > 0) {
    lines.push(`  worst slices by ${result.sliceMetric} change:`);
    for (const slice of worst) {
      lines.push(
        `    ${slice.key.padEnd(30)} ${String(slice.size).padStart(7)} rows  ${formatNumber(slice.baseline)} \u2192 ${formatNumber(slice.candidate)}  \u0394 ${deltaText(slice.difference)}`
      );
    }
  }
  return lines.join("\n");
}
export {
  renderComparisonMarkdown,
  renderComparisonTerminal,
  shortDigest
};
