import { checksLines, checksTable, formatNumber } from '../report/markdown.js';
import type { ServingCheckResult } from './check.js';

function mebibytes(bytes: number | null): string {
  return bytes === null ? 'not measured' : `${(bytes / 1048576).toFixed(1)} MiB`;
}

export function renderServingMarkdown(result: ServingCheckResult): string {
  const { load } = result;
  return [
    `## ${result.verdict.passed ? '✅' : '❌'} check-serving-compat: \`${result.model.name}\` ${result.verdict.passed ? 'serves' : 'does not serve safely'}`,
    '',
    `Model \`${result.model.version.slice(0, 19)}…\`: loaded in ${load.loadSeconds === null ? 'n/a' : `${load.loadSeconds.toFixed(2)} s`}, peak memory ${mebibytes(load.peakRssBytes)} (runtime alone ${mebibytes(load.baselineRssBytes)}); ${result.goldenRequests} golden requests, served-vs-offline max |diff| ${formatNumber(result.servedParity)}; ${result.malformedRequests} malformed requests.`,
    '',
    ...checksTable(result.verdict.checks),
    '',
  ].join('\n');
}

export function renderServingTerminal(result: ServingCheckResult): string {
  return [
    `check-serving-compat: ${result.verdict.passed ? 'PASSED' : 'FAILED'} — ${result.model.name} ${result.model.version.slice(0, 19)}…`,
    ...checksLines(result.verdict.checks),
  ].join('\n');
}
