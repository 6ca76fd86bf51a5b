import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  validateData
} from "./chunk-6EGSLB5R.js";
import {
  datasetArtifact,
  fileArtifact
} from "./chunk-JZTBKARK.js";
import {
  ActionInputs,
  configSection,
  setOutputs
} from "./chunk-3RSZWOQD.js";
import {
  ICON,
  MAX_TABLE_ROWS,
  cell,
  formatNumber,
  moreRows
} from "./chunk-5MNTP7TV.js";

// src/actions/validate-data.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

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

// src/actions/io.ts
var MAX_ANNOTATIONS = 10;

// src/actions/validate-data.ts
var ACTION = "validate-data";
async function runValidateData(io) {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const drift = section.drift ?? {};
  const driftOptions = {
    correction: drift.correction ?? "benjamini-hochberg",
    driftShare: drift.share ?? 0.5,
    smallReferenceRows: drift["small-reference-rows"] ?? 1e3,
    psiBins: drift["psi-bins"] ?? 10,
    overrides: drift.features ?? {}
  };
  const output = inputs.string("output") ?? path.join(".mlops", ACTION);
  const result = await validateData({
    data: inputs.string("data"),
    reference: inputs.string("reference"),
    schema: inputs.string("schema"),
    inferSchemaTo: inputs.string("infer-schema"),
    label: inputs.string("label"),
    failOn: inputs.oneOf("fail-on", ["schema", "drift", "none"], "schema"),
    environment: inputs.string("environment") ?? "TRAINING",
    mergeProfiles: inputs.list("merge-profiles"),
    delimiter: inputs.string("delimiter"),
    format: inputs.oneOf("format", ["auto", "csv", "jsonl", "parquet"], "auto"),
    severity: section.severity ?? {},
    drift: driftOptions
  });
  await mkdir(output, { recursive: true });
  const resultPath = path.join(output, "result.json");
  const profilePath = path.join(output, "profile.json");
  await writeFile(profilePath, `${JSON.stringify(result.profile)}
`);
  const document = resultDocument(result, profilePath);
  await writeFile(resultPath, `${JSON.stringify(document, null, 2)}
`);
  if (result.schemaSource !== "file") {
    await writeFile(path.join(output, "schema.inferred.json"), `${JSON.stringify(result.schema, null, 2)}
`);
  }
  setOutputs(io, ACTION, {
    passed: String(result.verdict.passed),
    result: resultPath,
    profile: profilePath,
    anomalies: String(result.anomalies.length),
    "drifted-features": String(result.drift?.driftedCount ?? 0),
    "drift-share": String(result.drift?.share ?? 0)
  });
  annotate(io, result);
  await io.summary(renderMarkdown(result));
  io.report(renderTerminal(result));
  io.result(document);
  const data = inputs.string("data");
  const reference = inputs.string("reference");
  return {
    passed: result.verdict.passed,
    lineage: {
      parameters: {
        failOn: inputs.oneOf("fail-on", ["schema", "drift", "none"], "schema"),
        schema: result.schemaSource
      },
      // Dataset digests are those train records, so `mlops lineage` joins the data checks to the training run.
      inputs: [
        ...data === void 0 ? [] : [await datasetArtifact("data", data, result.profile.rows)],
        ...reference === void 0 || reference.toLowerCase().endsWith(".json") ? [] : [await datasetArtifact("reference", reference)]
      ],
      outputs: [
        await fileArtifact("data-verdict", "Verdict", resultPath, { passed: result.verdict.passed }),
        await fileArtifact("profile", "Profile", profilePath)
      ],
      verdicts: [{ kind: "validate-data", passed: result.verdict.passed }]
    }
  };
}
function resultDocument(result, profilePath) {
  return {
    verdict: result.verdict,
    schemaSource: result.schemaSource,
    rows: result.profile.rows,
    sources: result.profile.sources,
    profile: profilePath,
    anomalies: result.anomalies,
    drift: result.drift,
    statistics: result.statistics
  };
}
function annotate(io, result) {
  const file = result.profile.sources.length === 1 ? result.profile.sources[0]?.path : void 0;
  const findings = [...result.verdict.checks].filter((check) => check.status === "fail" || check.status === "warn").sort((a, b) => a.status === b.status ? 0 : a.status === "fail" ? -1 : 1).slice(0, MAX_ANNOTATIONS - 1);
  for (const check of findings) {
    const line = check.examples?.[0]?.match(/^line (\d+)/)?.[1];
    const location = file === void 0 ? void 0 : { file, ...line === void 0 ? {} : { line: Number(line) } };
    io.annotate(check.status === "fail" ? "error" : "warning", `${check.check}: ${check.message}`, location);
  }
}

export {
  runValidateData
};
