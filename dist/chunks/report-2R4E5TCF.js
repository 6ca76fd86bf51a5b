import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  checksLines,
  checksTable,
  formatNumber,
  mermaidLineChart
} from "./chunk-UZ3AVPPC.js";
import "./chunk-NUEQ5RRT.js";

// src/train/report.ts
function renderTrainMarkdown(result) {
  const manifest = result.package?.manifest;
  const passed = result.verdict.passed && manifest !== void 0;
  const lines = [`## ${passed ? "\u2705" : "\u274C"} train: ${passed ? "model packaged" : "failed"}`, ""];
  if (manifest !== void 0) {
    const gpu = manifest.lineage.hardware.gpus[0];
    lines.push(
      `| | |`,
      `|---|---|`,
      `| model | \`${manifest.name}\` ${manifest.task}${manifest.label === void 0 ? "" : `, label \`${manifest.label}\``} |`,
      `| version | \`${manifest.version}\` |`,
      `| trained with | ${manifest.framework.name} ${manifest.framework.version ?? ""} on ${manifest.framework.backend}${result.usedGpu && gpu !== void 0 ? ` (${gpu.name})` : ""} |`,
      `| data | ${manifest.training.data.rows} rows, digest \`${manifest.training.data.digest.slice(0, 19)}\u2026\` |`,
      `| final loss | ${formatNumber(result.finalLoss ?? null)} |`,
      `| duration | ${manifest.training.durationSeconds.toFixed(1)} s |`,
      ""
    );
  }
  lines.push(...checksTable(result.verdict.checks), "");
  const curve = manifest?.training.lossCurve ?? [];
  const chart = mermaidLineChart(
    "Loss per epoch (training, then validation)",
    "epoch",
    "loss",
    curve.map((point) => point.epoch),
    [
      curve.map((point) => point.loss),
      ...curve.some((p) => p.validationLoss !== void 0) ? [curve.map((p) => p.validationLoss ?? Number.NaN)] : []
    ]
  );
  if (chart.length > 0) lines.push(...chart, "");
  for (const note of result.notes) lines.push(`- ${note}`);
  return lines.join("\n");
}
function renderTrainTerminal(result, manifestPath) {
  const manifest = result.package?.manifest;
  const lines = [
    `train: ${result.verdict.passed && manifest !== void 0 ? "PASSED" : "FAILED"} (backend ${result.backend}${result.usedGpu ? ", GPU" : ""})`,
    ...checksLines(result.verdict.checks),
    ...result.notes.map((note) => `  note: ${note}`)
  ];
  if (manifest !== void 0) {
    lines.push(
      `  model ${manifest.version}`,
      `  package ${result.package?.directory}${manifestPath === void 0 ? "" : ` (manifest ${manifestPath})`}`
    );
  }
  return lines.join("\n");
}
export {
  renderTrainMarkdown,
  renderTrainTerminal
};
