import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  lineageStoreFor,
  openRegistry
} from "./chunk-XS2BLZKR.js";
import "./chunk-UTWNSTMI.js";
import "./chunk-YNCSL7WP.js";
import "./chunk-HJIXDHLD.js";
import "./chunk-FEWK3QBM.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-TPMIUAPN.js";
import {
  STAGES
} from "./chunk-KO3WFQKK.js";
import {
  EXIT_CONFIGURATION,
  EXIT_INTERNAL
} from "./chunk-BQYLOU6Z.js";
import {
  ConfigurationError,
  describeThrown
} from "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";

// src/cli/lineage.ts
import { parseArgs } from "node:util";

// src/lineage/render.ts
function shortDigest(digest) {
  return digest.startsWith("sha256:") && digest.length > 19 ? `${digest.slice(0, 19)}\u2026` : digest;
}
function renderChain(chain) {
  const lines = [`lineage of ${chain.version}`];
  if (chain.trainingData.length === 0) {
    lines.push("training data: not recorded (no train run in the lineage store produced this version)");
  } else {
    lines.push("training data:");
    for (const data of chain.trainingData) lines.push(`  ${data.digest}  ${data.uri}`);
  }
  if (chain.steps.length === 0) {
    lines.push("no recorded runs used this version");
    return `${lines.join("\n")}
`;
  }
  lines.push("");
  const rows = chain.steps.map(({ role, record }) => [
    record.execution.startedAt,
    role,
    record.execution.component,
    record.execution.status,
    `${formatSeconds(record.execution.durationSeconds)}`,
    describeRun(record, chain.version)
  ]);
  lines.push(...table(["started", "role", "run", "status", "took", "details"], rows));
  return `${lines.join("\n")}
`;
}
function describeRun(record, version) {
  const parts = [];
  const inputs = artifactsOf(record, "INPUT").filter((artifact) => artifact.digest !== version);
  const outputs = artifactsOf(record, "OUTPUT");
  if (inputs.length > 0) parts.push(`in: ${inputs.map(describeArtifact).join(", ")}`);
  if (outputs.length > 0) {
    parts.push(
      `out: ${outputs.map((artifact) => artifact.digest === version ? `${artifact.type} (this version)` : describeArtifact(artifact)).join(", ")}`
    );
  }
  if (record.previousModel !== void 0) parts.push(`baseline ${shortDigest(record.previousModel)}`);
  if (record.verdicts !== void 0 && record.verdicts.length > 0) {
    parts.push(record.verdicts.map((verdict) => `${verdict.kind} ${verdict.passed ? "passed" : "FAILED"}`).join(", "));
  }
  if (record.execution.actor !== void 0) parts.push(`by ${record.execution.actor}`);
  if (record.execution.runUrl !== void 0) parts.push(record.execution.runUrl);
  return parts.join("; ");
}
function artifactsOf(record, type) {
  const ids = new Set(record.events.filter((event) => event.type === type).map((event) => event.artifactId));
  return record.artifacts.filter((artifact) => ids.has(artifact.id));
}
function describeArtifact(artifact) {
  return `${artifact.type} ${shortDigest(artifact.digest)}`;
}
function renderStageHistory(events, stage) {
  const name = stage ?? events[0]?.stage ?? "stage";
  if (events.length === 0) return `${name}: no version has been promoted yet
`;
  const rows = events.map((event, index) => {
    const next = events[index + 1];
    const evidence = event.evidence.map((item) => `${item.kind} ${item.passed ? "passed" : "FAILED"}`).join(", ");
    const details = [
      event.reason === "" ? void 0 : JSON.stringify(event.reason),
      evidence === "" ? "no evidence" : evidence,
      event.outcome === "success" ? void 0 : `deployment ${event.outcome}`,
      event.runUrl
    ].filter((part) => part !== void 0);
    return [
      event.at,
      next?.at ?? "now (live)",
      shortDigest(event.version),
      event.action,
      event.actor,
      details.join("; ")
    ];
  });
  const live = events[events.length - 1];
  const header = `${name}: ${events.length} move${events.length === 1 ? "" : "s"}, live: ${live?.version ?? "none"}`;
  return `${[header, "", ...table(["from", "until", "version", "action", "by", "why"], rows)].join("\n")}
`;
}
function formatSeconds(seconds) {
  return seconds < 60 ? `${seconds.toFixed(1)} s` : `${(seconds / 60).toFixed(1)} min`;
}
function table(header, rows) {
  const widths = header.map(
    (title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length))
  );
  const line = (cells) => cells.map((cell, column) => column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  return [line(header), ...rows.map(line)];
}

// src/cli/lineage.ts
var HELP = {
  lineage: `mlops lineage: the chain of runs from the training data to deployment for one model version.

Usage: mlops lineage <sha256:version | stage> [--registry DIR] [--json]

A stage (dev, staging, production) stands for the version it runs now. Default registry: .mlops/registry.`,
  history: `mlops history: what each stage ran, from when, promoted by whom and why.

Usage: mlops history [<stage>] [--registry DIR] [--json]

Without a stage, every stage. Default registry: .mlops/registry.`
};
async function lineageCommand(command, argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { registry: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean" } }
    });
  } catch (error) {
    process.stderr.write(
      `mlops ${command}: ${error.message.split("\n")[0]}; see 'mlops ${command} --help'
`
    );
    return EXIT_CONFIGURATION;
  }
  const values = parsed.values;
  if (values.help === true) {
    process.stdout.write(`${HELP[command]}
`);
    return 0;
  }
  try {
    const registry = openRegistry(values.registry ?? ".mlops/registry");
    const [target, ...extra] = parsed.positionals;
    if (extra.length > 0)
      throw new ConfigurationError(`mlops ${command}: give one ${command === "lineage" ? "version" : "stage"}`);
    if (command === "history") {
      if (target !== void 0 && !STAGES.includes(target)) {
        throw new ConfigurationError(`mlops history: "${target}" is not a stage (${STAGES.join(", ")})`);
      }
      const stages = target === void 0 ? [...STAGES] : [target];
      const histories = await Promise.all(
        stages.map(async (stage) => ({ stage, events: await registry.history(stage) }))
      );
      if (values.json === true) process.stdout.write(`${JSON.stringify(histories, null, 2)}
`);
      else
        process.stdout.write(
          `${histories.map(({ stage, events }) => renderStageHistory(events, stage)).join("\n\n")}
`
        );
      return 0;
    }
    if (target === void 0) throw new ConfigurationError("mlops lineage: give a version (sha256:\u2026) or a stage");
    const version = STAGES.includes(target) ? await registry.current(target) : target;
    if (version === void 0) throw new ConfigurationError(`mlops lineage: stage ${target} runs no model yet`);
    const chain = await lineageStoreFor(registry, ".mlops/lineage").chain(version);
    if (values.json === true) process.stdout.write(`${JSON.stringify(chain, null, 2)}
`);
    else process.stdout.write(`${renderChain(chain)}
`);
    return 0;
  } catch (error) {
    process.stderr.write(`mlops ${command}: error: ${describeThrown(error)}
`);
    return error instanceof ConfigurationError ? EXIT_CONFIGURATION : EXIT_INTERNAL;
  }
}
export {
  lineageCommand
};
