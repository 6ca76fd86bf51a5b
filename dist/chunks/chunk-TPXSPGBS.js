import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  LATENCY_BUCKET_BOUNDS_MS
} from "./chunk-MQJC2JX5.js";
import {
  ICON,
  cell,
  checksLines,
  checksTable,
  formatNumber
} from "./chunk-UZ3AVPPC.js";

// src/core/verdict.ts
function worstStatus(checks) {
  if (checks.some((c) => c.status === "fail")) return "fail";
  if (checks.some((c) => c.status === "warn")) return "warn";
  if (checks.every((c) => c.status === "skip") && checks.length > 0) return "skip";
  return "pass";
}

// src/load/report.ts
var STATS = ["p50", "p90", "p95", "p99", "max", "mean"];
function sharedMachineNote(cores) {
  return `the load generator and the server share ${cores} CPU cores; compare ratios, not absolute figures`;
}
function ms(value) {
  return value === void 0 ? "\u2014" : `${formatNumber(Number(value.toPrecision(4)))} ms`;
}
function perSecond(value) {
  return formatNumber(Number(value.toPrecision(4)));
}
function rate(fraction) {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}
function change(candidate, baseline, unit) {
  if (candidate === void 0 || baseline === void 0) return "\u2014";
  const difference = candidate - baseline;
  const absolute = `${difference >= 0 ? "+" : "\u2212"}${formatNumber(Number(Math.abs(difference).toPrecision(3)))}${unit}`;
  if (baseline === 0) return absolute;
  const relative = (candidate / baseline - 1) * 100;
  return `${absolute} (${relative >= 0 ? "+" : "\u2212"}${Math.abs(relative).toFixed(1)}%)`;
}
function verdictWord(checks) {
  const status = worstStatus(checks);
  return { icon: ICON[status], word: status === "fail" ? "FAILED" : "PASSED" };
}
function headline(result) {
  const p99 = result.latencyMs === null ? "no successful answer" : `p99 ${ms(result.latencyMs.p99)}`;
  return `${p99}, ${perSecond(result.qps)} requests/s, ${rate(result.errorRate)} errors`;
}
function setup(result) {
  const warmup = result.warmup.seconds > 0 ? ` after ${formatNumber(result.warmup.seconds)} s of warm-up` : "";
  const cap = result.rate === null ? "" : `, rate capped at ${result.rate} requests/s`;
  return `${result.connections} connections for ${formatNumber(result.durationSeconds)} s${warmup}${cap}: ${result.requests} requests finished, ${result.successes} answered 2xx`;
}
function figureRows(result, baseline) {
  const rows = [];
  for (const stat of STATS) {
    const value = result.latencyMs?.[stat];
    const base = baseline?.latencyMs?.[stat];
    rows.push(baseline === void 0 ? [stat, ms(value)] : [stat, ms(value), ms(base), change(value, base, " ms")]);
  }
  const qpsRow = ["QPS (2xx/s)", perSecond(result.qps)];
  const errorRow = ["error rate", rate(result.errorRate)];
  const requestRow = ["requests", String(result.requests)];
  if (baseline !== void 0) {
    qpsRow.push(perSecond(baseline.qps), change(result.qps, baseline.qps, "/s"));
    errorRow.push(
      rate(baseline.errorRate),
      `${result.errorRate >= baseline.errorRate ? "+" : "\u2212"}${Number((Math.abs(result.errorRate - baseline.errorRate) * 100).toPrecision(3))} points`
    );
    requestRow.push(String(baseline.requests), "");
  }
  rows.push(qpsRow, errorRow, requestRow);
  return rows;
}
function errorKinds(result, baseline) {
  return [.../* @__PURE__ */ new Set([...Object.keys(result.errors.byKind), ...Object.keys(baseline?.errors.byKind ?? {})])].sort();
}
function latencyChart(result, baseline) {
  const runs = baseline === void 0 ? [result] : [result, baseline];
  const bounds = runs.flatMap((run) => run.histogram.map((bucket) => bucket.toMs));
  if (bounds.length === 0) return [];
  const low = LATENCY_BUCKET_BOUNDS_MS.indexOf(Math.min(...bounds));
  const high = LATENCY_BUCKET_BOUNDS_MS.indexOf(Math.max(...bounds));
  const axis = LATENCY_BUCKET_BOUNDS_MS.slice(low, high + 1);
  const shares = (run) => {
    const total = run.histogram.reduce((sum, bucket) => sum + bucket.count, 0);
    const byBound = new Map(run.histogram.map((bucket) => [bucket.toMs, bucket.count]));
    return axis.map((bound) => total === 0 ? 0 : Number(((byBound.get(bound) ?? 0) / total * 100).toFixed(2)));
  };
  const series = runs.map(shares);
  const top = Math.max(1, ...series.flat());
  const [candidate, base] = series;
  return [
    "```mermaid",
    "xychart-beta",
    `  title "Latency of 2xx answers${baseline === void 0 ? "" : " (bars: candidate, line: baseline)"}"`,
    `  x-axis "latency up to (ms)" [${axis.map((bound) => `"${bound}"`).join(", ")}]`,
    `  y-axis "% of answers" 0 --> ${Math.ceil(top * 1.05)}`,
    `  bar [${(candidate ?? []).join(", ")}]`,
    ...base === void 0 ? [] : [`  line [${base.join(", ")}]`],
    "```"
  ];
}
function renderLoadTestMarkdown(input) {
  const { result, baseline, checks } = input;
  const { icon, word } = verdictWord(checks);
  const lines = [
    `## ${icon} load-test${input.title === void 0 ? "" : `: \`${input.title}\``} ${word} \u2014 ${headline(result)}`,
    "",
    `${setup(result)}. Latencies are of successful (2xx) answers; errors are non-2xx answers, timeouts and requests lost with their connection.`
  ];
  if (input.sharedCpuCores !== void 0) lines.push("", `> **Note:** ${sharedMachineNote(input.sharedCpuCores)}.`);
  lines.push(
    "",
    baseline === void 0 ? "| | candidate |" : "| | candidate | baseline | change |",
    baseline === void 0 ? "|---|---|" : "|---|---|---|---|"
  );
  for (const row of figureRows(result, baseline)) lines.push(`| ${row.map(cell).join(" | ")} |`);
  const kinds = errorKinds(result, baseline);
  if (kinds.length > 0) {
    lines.push(
      "",
      "### Errors by kind",
      "",
      baseline === void 0 ? "| kind | candidate |" : "| kind | candidate | baseline |",
      baseline === void 0 ? "|---|---|" : "|---|---|---|"
    );
    for (const kind of kinds) {
      const counts = [result.errors.byKind[kind] ?? 0];
      if (baseline !== void 0) counts.push(baseline.errors.byKind[kind] ?? 0);
      lines.push(`| ${cell(kind)} | ${counts.join(" | ")} |`);
    }
  }
  if (checks.length > 0) lines.push("", "### Checks", "", ...checksTable(checks));
  const chart = latencyChart(result, baseline);
  if (chart.length > 0) lines.push("", "### Latency distribution", "", ...chart);
  lines.push("");
  return lines.join("\n");
}
function renderLoadTestTerminal(input) {
  const { result, baseline, checks } = input;
  const lines = [`load-test: ${verdictWord(checks).word}${input.title === void 0 ? "" : ` \u2014 ${input.title}`}`];
  lines.push(`  ${setup(result)}`);
  const rows = figureRows(result, baseline);
  const header = baseline === void 0 ? ["", "candidate"] : ["", "candidate", "baseline", "change"];
  const widths = header.map(
    (title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length))
  );
  for (const row of [header, ...rows]) {
    lines.push(`  ${row.map((value, column) => value.padEnd(widths[column] ?? 0)).join("  ")}`.trimEnd());
  }
  const kinds = Object.entries(result.errors.byKind);
  if (kinds.length > 0) lines.push(`  errors: ${kinds.map(([kind, count]) => `${kind} \xD7${count}`).join(", ")}`);
  lines.push(...checksLines(checks));
  if (input.sharedCpuCores !== void 0) lines.push(`  note: ${sharedMachineNote(input.sharedCpuCores)}`);
  return lines.join("\n");
}

export {
  worstStatus,
  sharedMachineNote,
  latencyChart,
  renderLoadTestMarkdown,
  renderLoadTestTerminal
};
