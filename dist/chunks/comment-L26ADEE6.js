import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  RUN_PARTS,
  loadRunSummary,
  runModel
} from "./chunk-5PSCNOTF.js";
import {
  latencyChart,
  worstStatus
} from "./chunk-TPXSPGBS.js";
import "./chunk-MQJC2JX5.js";
import {
  GithubClient,
  GithubPermissionError,
  isNotFound,
  loginOf,
  numberField,
  objectOf,
  optionalString
} from "./chunk-OOAZJM7Z.js";
import "./chunk-C47VL7NO.js";
import "./chunk-HJIXDHLD.js";
import {
  scalarMetrics
} from "./chunk-LE5632HT.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-OQEQJUKG.js";
import {
  ICON,
  cell,
  formatNumber,
  mermaidLineChart
} from "./chunk-UZ3AVPPC.js";
import {
  EXIT_CONFIGURATION,
  EXIT_INTERNAL
} from "./chunk-BQYLOU6Z.js";
import {
  ConfigurationError,
  describeThrown
} from "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";

// src/cli/comment.ts
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

// src/github/comments.ts
var MAX_COMMENT_BODY = 65536;
var READ = "issues: read or pull-requests: read";
var WRITE = "issues: write or pull-requests: write";
async function upsertComment(client, input) {
  if (!input.marker.startsWith("<!--") || input.marker.includes("\n")) {
    throw new ConfigurationError(
      `the comment marker must be one HTML comment line, got ${JSON.stringify(input.marker)}`
    );
  }
  const body = input.body.trimStart().startsWith(input.marker) ? input.body : `${input.marker}
${input.body}`;
  if (body.length > MAX_COMMENT_BODY) {
    throw new ConfigurationError(
      `the comment has ${body.length} characters, more than GitHub's ${MAX_COMMENT_BODY}: render it with a lower limit`
    );
  }
  const params = { owner: input.owner, repo: input.repo };
  const matches = [];
  try {
    for await (const item of client.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      params: { ...params, issue_number: input.issueNumber },
      permission: READ
    })) {
      const comment = objectOf(item, "issue comment");
      const text = optionalString(comment, "body") ?? "";
      if (!text.trimStart().startsWith(input.marker)) continue;
      matches.push({
        id: numberField(comment, "id", "issue comment"),
        body: text,
        author: loginOf(comment.user),
        url: optionalString(comment, "html_url")
      });
    }
  } catch (error) {
    if (isNotFound(error)) {
      throw new ConfigurationError(
        `${input.owner}/${input.repo}#${input.issueNumber} does not exist or the token cannot see it: check the repository and the pull request number`
      );
    }
    throw error;
  }
  const author = matches.length === 0 ? void 0 : input.author ?? await tokenLogin(client);
  const existing = author === void 0 ? matches[0] : matches.find((comment) => comment.author === author);
  if (existing !== void 0) {
    if (existing.body === body) return { action: "unchanged", id: existing.id, url: existing.url };
    const response2 = await client.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      params: { ...params, comment_id: existing.id },
      body: { body },
      permission: WRITE
    });
    const updated = objectOf(response2.data, "issue comment");
    return { action: "updated", id: existing.id, url: optionalString(updated, "html_url") ?? existing.url };
  }
  const response = await client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    params: { ...params, issue_number: input.issueNumber },
    body: { body },
    permission: WRITE
  });
  const created = objectOf(response.data, "issue comment");
  return {
    action: "created",
    id: numberField(created, "id", "issue comment"),
    url: optionalString(created, "html_url")
  };
}
async function tokenLogin(client) {
  try {
    const response = await client.request("GET /user");
    return loginOf(response.data);
  } catch (error) {
    if (error instanceof GithubPermissionError || isNotFound(error)) return void 0;
    throw error;
  }
}

// src/report/pr-comment.ts
var MAX_COMMENT_CHARACTERS = 65536;
var ROW_CAPS = {
  anomalies: 20,
  drift: 25,
  metrics: 30,
  slices: 10,
  checks: 20,
  errorKinds: 10,
  failing: 10
};
var CELL_CHARACTERS = 200;
var MORE_ROWS = (count) => `\u2026 ${count} more rows in the run's artifacts`;
var MARKER_PREFIX = "<!-- mlops-actions:pr-comment";
function markerWord(value) {
  const word = value.trim().replace(/\s+/g, "_").replace(/[<>]|--/g, "_").slice(0, 100);
  return word === "" ? "_" : word;
}
function commentMarker(workflow, model) {
  return `${MARKER_PREFIX} workflow=${markerWord(workflow)} model=${markerWord(model)} -->`;
}
function parseCommentMarker(text) {
  const match = /^<!-- mlops-actions:pr-comment workflow=(\S+) model=(\S+) -->/.exec(text.trimStart());
  if (match?.[1] === void 0 || match[2] === void 0) return void 0;
  return { marker: match[0], workflow: match[1], model: match[2] };
}
function safe(value, max = CELL_CHARACTERS) {
  const text = cell(value).replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  return text.length <= max ? text : `${text.slice(0, max)}\u2026`;
}
function code(value, max = 80) {
  return `\`${safe(value.replaceAll("`", "'"), max)}\``;
}
function table(header, rows, cap, total = rows.length) {
  return {
    head: [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`],
    rows: rows.slice(0, cap).map((row) => `| ${row.join(" | ")} |`),
    total
  };
}
function renderBlocks(blocks, maxRows) {
  const parts = [];
  for (const block of blocks) {
    if ("lines" in block) {
      if (block.lines.length > 0) parts.push(block.lines.join("\n"));
      continue;
    }
    const shown = block.table.rows.slice(0, maxRows);
    const more = block.table.total - shown.length;
    const lines = shown.length === 0 ? [] : [...block.table.head, ...shown];
    if (more > 0) lines.push(...shown.length === 0 ? [] : [""], MORE_ROWS(more));
    if (lines.length > 0) parts.push(lines.join("\n"));
  }
  return parts.join("\n\n");
}
function fitSection(section, budget) {
  const full = renderBlocks(section.blocks, Number.POSITIVE_INFINITY);
  if (full.length <= budget) return full;
  const longest = Math.max(0, ...section.blocks.map((block) => "table" in block ? block.table.rows.length : 0));
  let low = 0;
  let high = longest;
  if (renderBlocks(section.blocks, 0).length > budget) return void 0;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (renderBlocks(section.blocks, middle).length <= budget) low = middle;
    else high = middle - 1;
  }
  return renderBlocks(section.blocks, low);
}
function short(version) {
  if (version == null) return "none";
  const [scheme, hex] = version.includes(":") ? version.split(":", 2) : ["", version];
  const digits = hex ?? "";
  const cut = digits.length > 12 ? `${digits.slice(0, 12)}\u2026` : digits;
  return scheme === "" ? cut : `${scheme}:${cut}`;
}
function metricText(value) {
  if (value === void 0) return "";
  return value.value === null ? `undefined (${value.undefinedReason})` : formatNumber(value.value);
}
function signed(value) {
  if (value == null) return "";
  if (value === 0) return "0";
  return value > 0 ? `+${formatNumber(value)}` : `\u2212${formatNumber(-value)}`;
}
function intervalText(interval, sign) {
  if (interval == null) return "";
  if (interval.low === null) return `\u2014 (${interval.reason})`;
  const show = sign ? signed : formatNumber;
  return `[${show(interval.low)}, ${show(interval.high)}]`;
}
function percent(fraction) {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}
function milliseconds(value) {
  return value === void 0 ? "\u2014" : `${Number(value.toPrecision(3))} ms`;
}
function mebibytes(bytes) {
  return bytes === null ? "not measured" : `${(bytes / 1048576).toFixed(1)} MiB`;
}
function change(candidate, baseline, unit) {
  if (candidate === void 0 || baseline === void 0) return "\u2014";
  const plain = (x) => x > 0 ? `+${x}` : x < 0 ? `\u2212${-x}` : "0";
  const difference = plain(Number((candidate - baseline).toPrecision(3)));
  return baseline === 0 ? `${difference}${unit}` : `${difference}${unit} (${plain(Number(((candidate / baseline - 1) * 100).toFixed(1)))}%)`;
}
function stepStatus(passed, checks) {
  if (!passed) return "fail";
  const worst = worstStatus(checks);
  return worst === "fail" || worst === "warn" ? "warn" : "pass";
}
function steps(summary) {
  const result = [];
  const { validation, training, evaluation, comparison, serving, load, promotion } = summary;
  if (validation !== null) {
    const failing = validation.anomalies.filter((anomaly) => anomaly.status === "fail").length;
    const drift = validation.drift;
    result.push({
      part: "validate-data",
      status: stepStatus(validation.verdict.passed, validation.verdict.checks),
      checks: validation.verdict.checks,
      line: [
        `${validation.rows} rows \xD7 ${validation.statistics.length} columns`,
        `${validation.anomalies.length} schema anomalies${failing > 0 ? ` (${failing} failing)` : ""}`,
        drift === null ? "no drift reference" : `${drift.driftedCount} of ${drift.features.length} features drifted (${percent(drift.share)})`
      ].join("; ")
    });
  }
  if (training !== null) {
    const manifest = training.manifest;
    const epochs = manifest?.training.lossCurve.length ?? 0;
    result.push({
      part: "train",
      status: stepStatus(training.verdict.passed && manifest !== null, training.verdict.checks),
      checks: training.verdict.checks,
      line: manifest === null ? "no model package was written" : `${code(manifest.name)} ${manifest.task}, ${code(short(manifest.version))}, on ${safe(manifest.framework.backend, 40)}${training.gpu ? " (GPU)" : ""}${epochs > 0 ? `: ${epochs} epochs` : ""}${training.finalLoss === null ? "" : `, final loss ${formatNumber(training.finalLoss)}`}`
    });
  }
  if (evaluation !== null) {
    const { headline } = evaluation;
    const thresholds = evaluation.verdict.checks;
    const met = thresholds.filter((check) => check.status === "pass").length;
    result.push({
      part: "evaluate",
      status: stepStatus(evaluation.verdict.passed, thresholds),
      checks: thresholds,
      line: `${safe(headline.metric, 40)} ${formatNumber(headline.value)} ${safe(intervalText(evaluation.intervals[headline.metric], false), 80)} on ${evaluation.rows} rows${thresholds.length > 0 ? `; ${met} of ${thresholds.length} thresholds met` : ""}`
    });
  }
  if (comparison !== null) {
    const status = comparison.blessed ? stepStatus(true, comparison.checks) : comparison.advisory ? "warn" : "fail";
    const metric = comparisonMetrics(summary)[0];
    const difference = metric === void 0 ? void 0 : comparison.metrics.difference[metric];
    const delta = metric === void 0 || difference?.value == null ? "" : `; ${safe(metric, 40)} \u0394 ${signed(difference.value)} ${safe(intervalText(difference.interval, true), 80)}`.trimEnd();
    result.push({
      part: "compare-baseline",
      status,
      checks: comparison.checks,
      line: `${comparison.blessed ? "blessed" : comparison.advisory ? "not blessed (advisory)" : "not blessed"} against ${baselineLabel(summary)}${delta}`
    });
  }
  if (serving !== null) {
    result.push({
      part: "check-serving-compat",
      status: stepStatus(serving.verdict.passed, serving.verdict.checks),
      checks: serving.verdict.checks,
      line: `loaded in ${serving.load.loadSeconds === null ? "n/a" : `${serving.load.loadSeconds.toFixed(2)} s`}, peak memory ${mebibytes(serving.load.peakRssBytes)}; ${serving.goldenRequests} golden requests, largest served \u2212 offline difference ${formatNumber(serving.servedParity) || "n/a"}; ${serving.malformedRequests} malformed requests`
    });
  }
  if (load !== null) {
    const { result: run2, baseline } = load;
    const p99 = run2.latencyMs === null ? "no successful answer" : `p99 ${milliseconds(run2.latencyMs.p99)}`;
    const versus = baseline === void 0 || run2.latencyMs === null || baseline.latencyMs === null ? "" : `; p99 vs baseline ${change(run2.latencyMs.p99, baseline.latencyMs.p99, " ms")}`;
    result.push({
      part: "load-test",
      status: stepStatus(load.verdict.passed, load.verdict.checks),
      checks: load.verdict.checks,
      line: `${run2.latencyMs === null ? "" : `p50 ${milliseconds(run2.latencyMs.p50)}, `}${p99}, ${formatNumber(Number(run2.qps.toPrecision(4)))} requests/s, ${percent(run2.errorRate)} errors${versus}`
    });
  }
  if (promotion !== null) {
    const event = promotion.event;
    const refused = promotion.verdict.checks.find((check) => check.status === "fail");
    result.push({
      part: "promote",
      status: promotion.promoted ? "pass" : "fail",
      checks: promotion.verdict.checks,
      line: promotion.promoted ? `${safe(event?.stage ?? "the stage", 40)} ${promotion.unchanged ? "already runs" : "now runs"} ${code(short(promotion.version))}${event?.action === "rollback" ? " (rollback)" : ""}${promotion.previous === void 0 || promotion.unchanged ? "" : `, was ${code(short(promotion.previous))}`}` : `refused${refused === void 0 ? "" : `: ${safe(refused.message, 160)}`}`
    });
  }
  return result;
}
function baselineLabel(summary) {
  const comparison = summary.comparison;
  if (comparison === null || comparison.baselineKind === "none") return "no baseline (first run)";
  const version = comparison.baselineVersion === null ? "the baseline" : code(short(comparison.baselineVersion));
  return comparison.baselineKind === "fixed-metrics" ? `${version} (recorded metrics, no paired intervals)` : version;
}
function comparisonMetrics(summary) {
  const comparison = summary.comparison;
  if (comparison === null) return [];
  const gated = [];
  for (const check of comparison.checks) {
    const name = /^metric\.([^.]+)\./.exec(check.check)?.[1];
    if (name !== void 0) gated.push(name);
  }
  const headline = summary.evaluation?.headline.metric;
  return [
    .../* @__PURE__ */ new Set([...gated, ...headline === void 0 ? [] : [headline], ...Object.keys(comparison.metrics.candidate)])
  ].filter((name) => comparison.metrics.candidate[name] !== void 0);
}
function overallStatus(summary, all) {
  if (all.some((step) => step.status === "fail")) return "fail";
  if (all.length === 0 || summary.problems.length > 0 || all.some((step) => step.status === "warn")) return "warn";
  return "pass";
}
function verdictLines(summary, options, model, all) {
  const status = overallStatus(summary, all);
  const failed = all.filter((step) => step.status === "fail").length;
  const word = all.length === 0 ? "no results found" : status === "fail" ? `failed (${failed} of ${all.length} steps)` : status === "warn" ? "passed with warnings" : "passed";
  const version = runModel(summary).version;
  const lines = [
    commentMarker(options.workflow, model),
    `## ${ICON[status]} ${code(model)} ${word}`,
    "",
    [
      `Workflow ${code(options.workflow)}`,
      ...version === null ? [] : [`model version ${code(short(version))}`],
      ...options.runUrl === void 0 ? [] : [`[workflow run and artifacts](${encodeURI(options.runUrl)})`]
    ].join(" \xB7 ")
  ];
  if (all.length > 0) {
    lines.push("", "| | step | result |", "|---|---|---|");
    for (const step of all) lines.push(`| ${ICON[step.status]} | ${step.part} | ${step.line} |`);
  }
  const failing = all.flatMap(
    (step) => step.checks.filter((check) => check.status === "fail").map((check) => ({ part: step.part, check }))
  );
  if (failing.length > 0) {
    lines.push("", "**Failing checks**", "");
    for (const { part, check } of failing.slice(0, ROW_CAPS.failing)) {
      const feature = check.feature === void 0 ? "" : ` (${safe(check.feature, 60)})`;
      lines.push(`- ${ICON.fail} ${part} ${code(check.check, 60)}${feature}: ${safe(check.message, 240)}`);
    }
    if (failing.length > ROW_CAPS.failing) {
      lines.push(`- \u2026 ${failing.length - ROW_CAPS.failing} more failing checks in the run's artifacts`);
    }
  }
  const missing = RUN_PARTS.filter((part) => !all.some((step) => step.part === part));
  if (missing.length > 0 && all.length > 0) lines.push("", `Not in this run: ${missing.join(", ")}.`);
  for (const problem of summary.problems.slice(0, 7)) {
    lines.push("", `${ICON.warn} could not read ${code(problem.file, 120)}: ${safe(problem.message, 200)}`);
  }
  return lines;
}
function heading(title, status) {
  return `### ${status === void 0 ? "" : `${ICON[status]} `}${title}`;
}
function dataSection(summary, status) {
  const validation = summary.validation;
  if (validation === null) return void 0;
  const { anomalies, drift } = validation;
  const blocks = [{ lines: [heading("Data validation", status)] }];
  if (anomalies.length === 0) blocks.push({ lines: ["No schema anomalies: every column matches the schema."] });
  else {
    const ordered = [...anomalies].sort((a, b) => rank(a.status) - rank(b.status));
    blocks.push({ lines: [`**${anomalies.length} schema anomalies**`] });
    blocks.push({
      table: table(
        ["", "kind", "feature", "count", "where", "what to do"],
        ordered.map((anomaly) => [
          ICON[anomaly.status],
          safe(anomaly.kind, 40),
          safe(anomaly.feature ?? "", 80),
          String(anomaly.count),
          safe((anomaly.examples ?? []).slice(0, 2).join("; "), 120),
          safe(anomaly.message)
        ]),
        ROW_CAPS.anomalies
      )
    });
  }
  if (drift === null) blocks.push({ lines: ["No reference data was given, so drift was not measured."] });
  else {
    const drifted = drift.features.filter((feature) => feature.drifted);
    blocks.push({
      lines: [
        `**Drift:** ${drift.driftedCount} of ${drift.features.length} features drifted (${percent(drift.share)})${drift.datasetDrifted ? ", which is dataset drift" : ""}; multiple-testing correction ${safe(drift.correction, 40)}.`
      ]
    });
    if (drifted.length > 0) {
      blocks.push({
        table: table(
          ["feature", "method", "statistic", "threshold", "p-value (adjusted)", "effect size", "PSI"],
          drifted.map((feature) => [
            safe(feature.feature, 80),
            safe(feature.method, 20),
            formatNumber(feature.statistic),
            formatNumber(feature.threshold),
            feature.pValue === null ? "" : `${formatNumber(feature.pValue)} (${formatNumber(feature.adjustedPValue)})`,
            formatNumber(feature.effectSize),
            formatNumber(feature.psi)
          ]),
          ROW_CAPS.drift
        )
      });
    }
  }
  const driftText = drift === null ? "no drift reference" : `${drift.driftedCount} of ${drift.features.length} features drifted`;
  return {
    id: "data-validation",
    blocks,
    collapsed: collapsedLine("Data validation", status, `${anomalies.length} schema anomalies, ${driftText}`)
  };
}
function rank(status) {
  return { fail: 0, warn: 1, pass: 2, skip: 3 }[status];
}
function collapsedLine(title, status, text) {
  return `**${title}**${status === void 0 ? "" : ` ${ICON[status]}`}: ${text} (shortened to fit GitHub's comment limit; see the run's artifacts).`;
}
function metricsSection(summary, statuses) {
  const { comparison, evaluation } = summary;
  if (comparison !== null) {
    const status2 = statuses.get("compare-baseline");
    const names2 = comparisonMetrics(summary);
    const hasBaseline = comparison.metrics.baseline !== null;
    const confidence2 = `${Number((comparison.bootstrap.confidence * 100).toPrecision(4))}%`;
    const paired = comparison.baselineKind === "predictions" && comparison.bootstrap.samples > 0;
    const gate = (name) => {
      const checks = comparison.checks.filter((check) => check.check.startsWith(`metric.${name}.`));
      return checks.length === 0 ? "" : ICON[worstStatus(checks)];
    };
    const header = ["gate", "metric", "candidate"];
    if (hasBaseline) header.push("baseline", "\u0394");
    if (paired) header.push(`${confidence2} CI of \u0394 (paired bootstrap)`);
    header.push("better");
    const rows2 = names2.map((name) => {
      const difference = comparison.metrics.difference[name];
      const row = [gate(name), safe(name, 60), safe(metricText(comparison.metrics.candidate[name]), 80)];
      if (hasBaseline) {
        row.push(safe(metricText(comparison.metrics.baseline?.[name]), 80), signed(difference?.value));
      }
      if (paired) row.push(safe(intervalText(difference?.interval, true), 80));
      row.push(difference?.direction === "lower" ? "lower" : "higher");
      return row;
    });
    const intro = [
      `Candidate ${code(short(comparison.candidateVersion))} against ${baselineLabel(summary)} on ${comparison.rows} rows (${comparison.task}).`
    ];
    if (comparison.firstRun) intro.push("", "First run: there is no baseline to compare with.");
    if (comparison.flipRate !== null) {
      const flip = comparison.flipRate;
      intro.push(
        "",
        `**Flip rate:** ${percent(flip.rate)} of rows (${flip.flipped} of ${flip.rows}) ${flip.kind === "class" ? "change their predicted class" : `move by more than ${formatNumber(flip.tolerance)}`}.`
      );
    }
    if (evaluation !== null) {
      const headline2 = evaluation.headline;
      intro.push(
        "",
        `evaluate: ${safe(headline2.metric, 40)} ${formatNumber(headline2.value)} (${confidenceOf(evaluation.intervals[headline2.metric])} CI ${safe(intervalText(evaluation.intervals[headline2.metric], false), 80)}) on ${evaluation.rows} rows.`
      );
    }
    const first = names2[0];
    const firstDelta = first === void 0 ? void 0 : comparison.metrics.difference[first]?.value;
    return {
      id: "metrics",
      blocks: [
        { lines: [heading("Metrics against the baseline", status2)] },
        { lines: intro },
        { table: table(header, rows2, ROW_CAPS.metrics) }
      ],
      collapsed: collapsedLine(
        "Metrics against the baseline",
        status2,
        `${comparison.blessed ? "blessed" : "not blessed"}${first === void 0 || firstDelta == null ? "" : `, ${safe(first, 40)} \u0394 ${signed(firstDelta)}`}`
      )
    };
  }
  if (evaluation === null) return void 0;
  const status = statuses.get("evaluate");
  const scalars = scalarMetrics(evaluation.metrics);
  const thresholds = /* @__PURE__ */ new Map();
  for (const check of evaluation.verdict.checks) {
    const name = /^metric\.([^.]+)/.exec(check.check)?.[1];
    if (name !== void 0) thresholds.set(name, check);
  }
  const headline = evaluation.headline.metric;
  const names = [.../* @__PURE__ */ new Set([...thresholds.keys(), headline, ...Object.keys(scalars)])].filter(
    (name) => scalars[name] !== void 0
  );
  const confidence = confidenceOf(Object.values(evaluation.intervals).find((interval) => interval.low !== null));
  const rows = names.map((name) => {
    const check = thresholds.get(name);
    return [
      check === void 0 ? "" : ICON[check.status],
      safe(name, 60),
      safe(metricText(scalars[name]), 80),
      safe(intervalText(evaluation.intervals[name], false), 80),
      check === void 0 ? "" : safe(check.threshold ?? "", 40)
    ];
  });
  return {
    id: "metrics",
    blocks: [
      { lines: [heading("Metrics", status)] },
      {
        lines: [
          `Model ${code(short(evaluation.model.version))} on ${evaluation.rows} rows; no baseline comparison in this run.`
        ]
      },
      {
        table: table(["gate", "metric", "value", `${confidence} CI (bootstrap)`, "threshold"], rows, ROW_CAPS.metrics)
      }
    ],
    collapsed: collapsedLine(
      "Metrics",
      status,
      `${safe(headline, 40)} ${formatNumber(evaluation.headline.value)} on ${evaluation.rows} rows`
    )
  };
}
function confidenceOf(interval) {
  return interval === void 0 || interval.low === null ? "95%" : `${Number((interval.confidence * 100).toPrecision(4))}%`;
}
function slicesSection(summary) {
  const { comparison, evaluation } = summary;
  const blocks = [{ lines: [heading("Worst slices", void 0)] }];
  const parts = [];
  if (comparison !== null && comparison.worstSlices.length > 0) {
    const slices = comparison.worstSlices;
    blocks.push({
      lines: [`By change of ${safe(comparison.sliceMetric ?? "the slice metric", 40)} against the baseline:`]
    });
    blocks.push({
      table: table(
        ["", "slice", "rows", "candidate", "baseline", "\u0394"],
        slices.map((slice) => [
          ICON[slice.status],
          safe(slice.key, 120),
          String(slice.size),
          formatNumber(slice.candidate),
          formatNumber(slice.baseline),
          signed(slice.difference)
        ]),
        ROW_CAPS.slices
      )
    });
    parts.push(`${slices.filter((slice) => slice.status === "fail").length} of ${slices.length} slices regressed`);
  }
  if (evaluation !== null && evaluation.slices.ranked.length > 0) {
    const ranked = evaluation.slices.ranked;
    blocks.push({ lines: [`By ${safe(evaluation.headline.metric, 40)} (evaluate), worst first:`] });
    blocks.push({
      table: table(
        ["rank", "slice", "rows", safe(evaluation.headline.metric, 40)],
        ranked.map((slice) => [
          String(slice.rank),
          safe(slice.key, 120),
          String(slice.size),
          formatNumber(slice.value)
        ]),
        ROW_CAPS.slices
      )
    });
    const worst = ranked[0];
    if (worst !== void 0) parts.push(`worst ${safe(worst.key, 60)} at ${formatNumber(worst.value)}`);
  }
  if (parts.length === 0) return void 0;
  return { id: "worst-slices", blocks, collapsed: collapsedLine("Worst slices", void 0, parts.join("; ")) };
}
function checkRows(checks) {
  return [...checks].sort((a, b) => rank(a.status) - rank(b.status)).map((check) => [
    ICON[check.status],
    code(check.check, 60),
    safe(typeof check.value === "number" ? formatNumber(check.value) : String(check.value ?? ""), 60),
    safe(typeof check.threshold === "number" ? formatNumber(check.threshold) : String(check.threshold ?? ""), 60),
    safe(check.message)
  ]);
}
function passedLine(checks) {
  const passed = checks.filter((check) => check.status === "pass");
  if (passed.length === 0) return [];
  const families = /* @__PURE__ */ new Map();
  for (const check of passed) {
    const family = check.check.split(".")[0] ?? check.check;
    families.set(family, (families.get(family) ?? 0) + 1);
  }
  const list = [...families].slice(0, 20).map(([family, count]) => `${safe(family, 40)} \xD7${count}`);
  return [`${ICON.pass} ${passed.length} of ${checks.length} checks passed (${list.join(", ")}).`];
}
function servingSection(summary, status) {
  const serving = summary.serving;
  if (serving === null) return void 0;
  const checks = serving.verdict.checks;
  const failing = checks.filter((check) => check.status === "fail").length;
  const others = checks.filter((check) => check.status !== "pass");
  const blocks = [
    { lines: [heading("Serving checks", status)] },
    {
      lines: [
        `Model ${code(short(serving.model.version))} loaded in ${serving.load.loadSeconds === null ? "n/a" : `${serving.load.loadSeconds.toFixed(2)} s`}, peak memory ${mebibytes(serving.load.peakRssBytes)} (runtime alone ${mebibytes(serving.load.baselineRssBytes)}); ${serving.goldenRequests} golden requests with largest served \u2212 offline difference ${formatNumber(serving.servedParity) || "n/a"}; ${serving.malformedRequests} malformed requests.`
      ]
    },
    { lines: passedLine(checks) }
  ];
  if (others.length > 0) {
    blocks.push({ table: table(["", "check", "value", "threshold", "message"], checkRows(others), ROW_CAPS.checks) });
  }
  return {
    id: "serving",
    blocks,
    collapsed: collapsedLine("Serving checks", status, `${failing} of ${checks.length} checks failed`)
  };
}
var LATENCY_STATS = ["p50", "p90", "p95", "p99", "max", "mean"];
function loadSection(summary, status) {
  const load = summary.load;
  if (load === null) return void 0;
  const { result, baseline } = load;
  const header = baseline === void 0 ? ["", "candidate"] : ["", "candidate", "baseline", "change"];
  const rows = LATENCY_STATS.map((stat2) => {
    const value = result.latencyMs?.[stat2];
    const base = baseline?.latencyMs?.[stat2];
    return baseline === void 0 ? [stat2, milliseconds(value)] : [stat2, milliseconds(value), milliseconds(base), change(value, base, " ms")];
  });
  const qps = (value) => formatNumber(Number(value.toPrecision(4)));
  rows.push(
    baseline === void 0 ? ["requests/s (2xx)", qps(result.qps)] : ["requests/s (2xx)", qps(result.qps), qps(baseline.qps), change(result.qps, baseline.qps, "/s")],
    baseline === void 0 ? ["error rate", percent(result.errorRate)] : ["error rate", percent(result.errorRate), percent(baseline.errorRate), ""]
  );
  const blocks = [
    { lines: [heading("Load test", status)] },
    {
      lines: [
        `${result.connections} connections for ${formatNumber(result.durationSeconds)} s: ${result.requests} requests, ${result.successes} answered 2xx. Latencies are of 2xx answers.${load.sharedCpuCores === null ? "" : ` The load generator and the server shared ${load.sharedCpuCores} CPU cores: compare ratios, not absolute figures.`}`
      ]
    },
    { table: table(header, rows, rows.length) }
  ];
  const kinds = Object.entries(result.errors.byKind).sort((a, b) => b[1] - a[1]);
  if (kinds.length > 0) {
    blocks.push({
      table: table(
        ["error", "count"],
        kinds.map(([kind, count]) => [safe(kind, 80), String(count)]),
        ROW_CAPS.errorKinds
      )
    });
  }
  const gates = load.verdict.checks;
  if (gates.length > 0) {
    blocks.push({ table: table(["", "check", "value", "threshold", "message"], checkRows(gates), ROW_CAPS.checks) });
  }
  const p99 = result.latencyMs === null ? "no successful answer" : `p99 ${milliseconds(result.latencyMs.p99)}`;
  return {
    id: "load-test",
    blocks,
    collapsed: collapsedLine("Load test", status, `${p99}, ${qps(result.qps)} requests/s`)
  };
}
function label(text) {
  return text.replaceAll('"', "'").replace(/[\r\n]/g, " ").slice(0, 40);
}
var CHART_METRICS = 12;
function deltaChartSection(summary) {
  const comparison = summary.comparison;
  if (comparison === null || comparison.metrics.baseline === null) return void 0;
  const names = comparisonMetrics(summary).filter((name) => typeof comparison.metrics.difference[name]?.value === "number").slice(0, CHART_METRICS);
  if (names.length === 0) return void 0;
  const value = (name) => comparison.metrics.difference[name]?.value ?? 0;
  const bound = (name, side) => {
    const interval = comparison.metrics.difference[name]?.interval;
    return interval == null || interval.low === null ? value(name) : interval[side];
  };
  const deltas = names.map(value);
  const lows = names.map((name) => bound(name, "low"));
  const highs = names.map((name) => bound(name, "high"));
  const all = [0, ...deltas, ...lows, ...highs].filter(Number.isFinite);
  const low = Math.min(...all);
  const high = Math.max(...all);
  const pad = (high - low) * 0.05 || 0.01;
  const round = (x) => Number(x.toPrecision(4));
  const hasIntervals = names.some((name) => comparison.metrics.difference[name]?.interval?.low != null);
  const lines = [
    "```mermaid",
    "xychart-beta",
    `  title "\u0394 candidate \u2212 baseline${hasIntervals ? " (bars), CI bounds (lines)" : ""}"`,
    `  x-axis [${names.map((name) => `"${label(name)}"`).join(", ")}]`,
    `  y-axis "\u0394" ${round(low - pad)} --> ${round(high + pad)}`,
    `  bar [${deltas.map(round).join(", ")}]`,
    ...hasIntervals ? [`  line [${lows.map(round).join(", ")}]`, `  line [${highs.map(round).join(", ")}]`] : [],
    "```"
  ];
  return {
    id: "chart-metric-deltas",
    blocks: [{ lines: [heading("Chart: metric changes", void 0)] }, { lines }],
    collapsed: collapsedLine("Chart: metric changes", void 0, `${names.length} metrics`)
  };
}
function latencyChartSection(summary) {
  const load = summary.load;
  if (load === null) return void 0;
  const lines = latencyChart(load.result, load.baseline);
  if (lines.length === 0) return void 0;
  return {
    id: "chart-latency",
    blocks: [{ lines: [heading("Chart: latency histogram", void 0)] }, { lines }],
    collapsed: collapsedLine("Chart: latency histogram", void 0, `${load.result.successes} answers`)
  };
}
var CHART_POINTS = 100;
function lossChartSection(summary) {
  const curve = summary.training?.manifest?.training.lossCurve ?? [];
  const step = Math.max(1, Math.ceil(curve.length / CHART_POINTS));
  const points = curve.filter((_, index) => index % step === 0 || index === curve.length - 1);
  const validation = points.some((point) => point.validationLoss !== void 0);
  const lines = mermaidLineChart(
    `Loss per epoch (training${validation ? ", then validation" : ""})`,
    "epoch",
    "loss",
    points.map((point) => point.epoch),
    [points.map((point) => point.loss), ...validation ? [points.map((p) => p.validationLoss ?? Number.NaN)] : []]
  );
  if (lines.length === 0) return void 0;
  return {
    id: "chart-loss",
    blocks: [{ lines: [heading("Chart: loss curve", void 0)] }, { lines }],
    collapsed: collapsedLine("Chart: loss curve", void 0, `${curve.length} epochs`)
  };
}
function modelSection(summary) {
  const manifest = summary.training?.manifest ?? null;
  const promotion = summary.promotion;
  if (manifest === null && promotion === null) return void 0;
  const rows = [];
  if (manifest !== null) {
    rows.push(
      [
        "model",
        `${code(manifest.name)} ${safe(manifest.task, 20)}${manifest.label === void 0 ? "" : `, label ${code(manifest.label)}`}`
      ],
      ["version", code(manifest.version, 80)],
      [
        "framework",
        safe(`${manifest.framework.name} ${manifest.framework.version ?? ""} (${manifest.framework.backend})`)
      ],
      ["training data", `${manifest.training.data.rows} rows, ${code(short(manifest.training.data.digest))}`],
      ["training time", `${manifest.training.durationSeconds.toFixed(1)} s`]
    );
    const commit = manifest.lineage.git?.commit;
    if (commit !== void 0) rows.push(["commit", code(commit.slice(0, 12))]);
  }
  if (promotion !== null) {
    const event = promotion.event;
    rows.push([
      "promotion",
      promotion.promoted ? `${safe(event?.stage ?? "", 40)} ${promotion.unchanged ? "already ran" : "now runs"} ${code(short(promotion.version))} (${safe(promotion.registry, 80)})` : "refused"
    ]);
    if (event !== void 0 && event.evidence.length > 0) {
      rows.push([
        "evidence",
        event.evidence.map((item) => `${item.kind} ${item.passed ? ICON.pass : ICON.fail}`).join(", ")
      ]);
    }
  }
  const notes = (summary.training?.notes ?? []).slice(0, 5).map((note) => `- ${safe(note, 240)}`);
  return {
    id: "model",
    blocks: [{ lines: [heading("Model", void 0)] }, { table: table(["", ""], rows, rows.length) }, { lines: notes }],
    collapsed: collapsedLine(
      "Model",
      void 0,
      manifest === null ? "promotion record" : code(short(manifest.version))
    )
  };
}
function renderPrComment(summary, options) {
  const limit = (options.limit ?? MAX_COMMENT_CHARACTERS) - 1;
  const model = options.model ?? runModel(summary).name ?? "model";
  const all = steps(summary);
  const statuses = new Map(all.map((step) => [step.part, step.status]));
  const candidates = [
    dataSection(summary, statuses.get("validate-data")),
    metricsSection(summary, statuses),
    slicesSection(summary),
    servingSection(summary, statuses.get("check-serving-compat")),
    loadSection(summary, statuses.get("load-test")),
    deltaChartSection(summary),
    latencyChartSection(summary),
    lossChartSection(summary),
    modelSection(summary)
  ];
  const sections = candidates.filter((section) => section !== void 0);
  const separator = "\n\n";
  let body = verdictLines(summary, options, model, all).join("\n");
  let reserve = sections.reduce((sum, section) => sum + separator.length + section.collapsed.length, 0);
  let collapsing = false;
  for (const section of sections) {
    reserve -= separator.length + section.collapsed.length;
    const budget = limit - body.length - reserve - separator.length;
    const fitted = collapsing ? void 0 : fitSection(section, budget);
    collapsing = fitted === void 0;
    body += separator + (fitted ?? section.collapsed);
  }
  return `${body.length <= limit ? body : cutAtLine(body, limit)}
`;
}
function cutAtLine(text, limit) {
  const end = text.lastIndexOf("\n", limit);
  return text.slice(0, end < 0 ? limit : end);
}

// src/cli/comment.ts
var HELP = `mlops comment: the pull-request comment for a pipeline run, written to a file and optionally posted.

Usage: mlops comment [<run-dir> | <comment.md>] [options]

  <run-dir>              the run's output directory (default .mlops)
  <comment.md>           a comment written earlier (a fork PR's artifact), posted as it is with --post
  --workflow NAME        the workflow the comment belongs to (default $GITHUB_WORKFLOW, else "mlops")
  --model NAME           the model it is about (default: the model the run names)
  --output FILE          where to write the markdown (default <run-dir>/pr-comment.md)
  --run-url URL          link to the workflow run (default: from GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID)
  --post                 create the comment on the pull request, or update the one this workflow and model wrote
  --repository O/R       with --post (default $GITHUB_REPOSITORY)
  --pr N                 with --post (default: the pull request of $GITHUB_EVENT_PATH)
  --token-env NAME       environment variable holding the token (default GITHUB_TOKEN); the job needs
                         \`pull-requests: write\` (or \`issues: write\`)
  --json                 print what was done as JSON

One comment per workflow and model: its hidden first line identifies it, so later runs edit it in place.`;
async function commentCommand(argv) {
  let values;
  let positionals;
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        workflow: { type: "string" },
        model: { type: "string" },
        output: { type: "string" },
        "run-url": { type: "string" },
        post: { type: "boolean" },
        repository: { type: "string" },
        pr: { type: "string" },
        "token-env": { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean" }
      }
    });
    values = parsed.values;
    positionals = parsed.positionals;
  } catch (error) {
    process.stderr.write(
      `mlops comment: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}; see 'mlops comment --help'
`
    );
    return EXIT_CONFIGURATION;
  }
  if (values.help === true) {
    process.stdout.write(`${HELP}
`);
    return 0;
  }
  try {
    const report = await run(values, positionals);
    if (values.json === true) process.stdout.write(`${JSON.stringify(report, null, 2)}
`);
    else {
      const lines = [`mlops comment: ${report.output ?? report.source} (${report.characters} characters)`];
      if (report.posted !== void 0) {
        lines.push(`  ${report.posted.action} comment ${report.posted.url ?? `#${report.posted.id}`}`);
      }
      process.stdout.write(`${lines.join("\n")}
`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`mlops comment: error: ${describeThrown(error)}
`);
    return error instanceof ConfigurationError ? EXIT_CONFIGURATION : EXIT_INTERNAL;
  }
}
async function run(values, positionals) {
  const [source = ".mlops", ...extra] = positionals;
  if (extra.length > 0)
    throw new ConfigurationError(`give one run directory or comment file, not ${positionals.length}`);
  const info = await stat(source).catch(() => void 0);
  if (info === void 0) throw new ConfigurationError(`${source} does not exist: give the run's output directory`);
  let body;
  let output;
  if (info.isDirectory()) {
    const summary = await loadRunSummary(source);
    const env = process.env;
    const runUrl = values["run-url"] ?? (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0);
    body = renderPrComment(summary, {
      workflow: values.workflow ?? env.GITHUB_WORKFLOW ?? "mlops",
      model: values.model ?? runModel(summary).name ?? "model",
      ...runUrl === void 0 ? {} : { runUrl }
    });
    output = values.output ?? path.join(source, "pr-comment.md");
    await writeFile(output, body);
  } else {
    body = await readFile(source, "utf8");
    if (body.length > MAX_COMMENT_CHARACTERS) {
      throw new ConfigurationError(`${source} has ${body.length} characters; GitHub takes ${MAX_COMMENT_CHARACTERS}`);
    }
    if (values.output !== void 0) {
      await writeFile(values.output, body);
      output = values.output;
    }
  }
  const marker = parseCommentMarker(body)?.marker;
  if (marker === void 0) {
    throw new ConfigurationError(
      `${source} does not start with an mlops-actions comment marker: render it with 'mlops comment <run-dir>'`
    );
  }
  const report = { source, output, marker, characters: body.length };
  if (values.post === true) report.posted = await post(values, marker, body);
  return report;
}
async function post(values, marker, body) {
  const repository = values.repository ?? process.env.GITHUB_REPOSITORY;
  const [owner, repo, ...rest] = (repository ?? "").split("/");
  if (owner === void 0 || owner === "" || repo === void 0 || repo === "" || rest.length > 0) {
    throw new ConfigurationError("--post needs --repository owner/repo (or GITHUB_REPOSITORY)");
  }
  const pr = values.pr ?? await eventPullRequest();
  const issueNumber = Number(pr);
  if (pr === void 0 || !Number.isInteger(issueNumber) || issueNumber < 1) {
    throw new ConfigurationError(
      `--post needs --pr with the pull request number${pr === void 0 ? " (the event has none)" : `, got "${pr}"`}`
    );
  }
  const tokenEnv = values["token-env"] ?? "GITHUB_TOKEN";
  const token = process.env[tokenEnv];
  if (token === void 0 || token === "") {
    throw new ConfigurationError(
      `--post needs a token in $${tokenEnv}: set it (env: ${tokenEnv}: \${{ secrets.GITHUB_TOKEN }}) or name another variable with --token-env`
    );
  }
  const result = await upsertComment(new GithubClient({ token }), { owner, repo, issueNumber, marker, body });
  return { ...result, repository: `${owner}/${repo}`, pr: issueNumber };
}
async function eventPullRequest() {
  const file = process.env.GITHUB_EVENT_PATH;
  if (file === void 0 || file === "") return void 0;
  try {
    const event = JSON.parse(await readFile(file, "utf8"));
    if (typeof event !== "object" || event === null) return void 0;
    const holder = "pull_request" in event ? event.pull_request : "issue" in event ? event.issue : void 0;
    if (typeof holder !== "object" || holder === null || !("number" in holder)) return void 0;
    return typeof holder.number === "number" ? String(holder.number) : void 0;
  } catch {
    return void 0;
  }
}
export {
  commentCommand
};
