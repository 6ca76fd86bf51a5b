import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  checksLines,
  checksTable,
  formatNumber
} from "./chunk-UZ3AVPPC.js";
import "./chunk-NUEQ5RRT.js";

// src/serve/report.ts
function mebibytes(bytes) {
  return bytes === null ? "not measured" : `${(bytes / 1048576).toFixed(1)} MiB`;
}
function renderServingMarkdown(result) {
  const { load } = result;
  return [
    `## ${result.verdict.passed ? "\u2705" : "\u274C"} check-serving-compat: \`${result.model.name}\` ${result.verdict.passed ? "serves" : "does not serve safely"}`,
    "",
    `Model \`${result.model.version.slice(0, 19)}\u2026\`: loaded in ${load.loadSeconds === null ? "n/a" : `${load.loadSeconds.toFixed(2)} s`}, peak memory ${mebibytes(load.peakRssBytes)} (runtime alone ${mebibytes(load.baselineRssBytes)}); ${result.goldenRequests} golden requests, served-vs-offline max |diff| ${formatNumber(result.servedParity)}; ${result.malformedRequests} malformed requests.`,
    "",
    ...checksTable(result.verdict.checks),
    ""
  ].join("\n");
}
function renderServingTerminal(result) {
  return [
    `check-serving-compat: ${result.verdict.passed ? "PASSED" : "FAILED"} \u2014 ${result.model.name} ${result.model.version.slice(0, 19)}\u2026`,
    ...checksLines(result.verdict.checks)
  ].join("\n");
}
export {
  renderServingMarkdown,
  renderServingTerminal
};
