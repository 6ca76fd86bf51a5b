import { cell, checksLines, checksTable, formatNumber, moreRows } from '../report/markdown.js';
import type { BootstrapResult } from './bootstrap.js';
import { type MetricValue, scalarMetrics } from './metrics.js';
import type { EvaluateResult } from './run.js';

const WORST_SLICES_SHOWN = 10;
const MAX_MATRIX_CLASSES = 20;

function metricText(value: MetricValue | undefined): string {
  if (value === undefined) return '';
  return value.value === null ? `undefined (${value.undefinedReason})` : formatNumber(value.value);
}

function intervalText(interval: BootstrapResult | undefined): string {
  if (interval === undefined) return '';
  if (interval.low === null) return `— (${interval.reason})`;
  return `[${formatNumber(interval.low)}, ${formatNumber(interval.high)}]`;
}

/** Headline metrics with intervals, threshold checks, confusion matrix, worst slices. */
export function renderEvaluateMarkdown(result: EvaluateResult): string {
  const scalars = scalarMetrics(result.metrics);
  const lines = [
    `## ${result.verdict.passed ? '✅' : '❌'} evaluate: \`${result.model.name}\` on ${result.rows} rows — ${result.headline.metric} ${formatNumber(result.headline.value)}`,
    '',
    `Model \`${result.model.version.slice(0, 19)}…\` (${result.model.task}), label \`${result.label}\`, scored with ONNX Runtime at ${Math.round(result.scoring.rowsPerSecond)} rows/s.`,
    '',
    '| metric | value | 95% interval (bootstrap) |',
    '|---|---|---|',
  ];
  const confidence = Object.values(result.intervals).find((interval) => interval.low !== null);
  if (confidence !== undefined && confidence.low !== null && confidence.confidence !== 0.95) {
    lines[4] = `| metric | value | ${Math.round(confidence.confidence * 100)}% interval (bootstrap) |`;
  }
  for (const [name, value] of Object.entries(scalars)) {
    lines.push(`| ${name} | ${cell(metricText(value))} | ${cell(intervalText(result.intervals[name]))} |`);
  }
  if (result.verdict.checks.length > 0) lines.push('', '### Thresholds', '', ...checksTable(result.verdict.checks));
  if ('confusionMatrix' in result.metrics) {
    // A matrix with hundreds of classes is unreadable and would overflow the summary: show the first ones.
    const shownClasses = Math.min(result.classes.length, MAX_MATRIX_CLASSES);
    const matrix = result.metrics.confusionMatrix.slice(0, shownClasses);
    const classes = result.classes.slice(0, shownClasses);
    lines.push('', '### Confusion matrix (rows: true class, columns: predicted)', '');
    lines.push(`| | ${classes.map(cell).join(' | ')} |`, `|---|${classes.map(() => '---').join('|')}|`);
    matrix.forEach((row, index) => {
      lines.push(`| **${cell(classes[index])}** | ${row.slice(0, shownClasses).join(' | ')} |`);
    });
    lines.push(...moreRows(result.classes.length - shownClasses, 'metrics.json (the full matrix)'));
  }
  if (result.slices.ranked.length > 0 || result.slices.skipped.length > 0) {
    lines.push(
      '',
      `### Worst slices by ${result.headline.metric}`,
      '',
      '| rank | slice | rows | value |',
      '|---|---|---|---|',
    );
    for (const { rank, slice, value } of result.slices.ranked.slice(0, WORST_SLICES_SHOWN)) {
      lines.push(`| ${rank} | ${cell(slice.key)} | ${slice.size} | ${formatNumber(value)} |`);
    }
    if (result.slices.ranked.length > WORST_SLICES_SHOWN)
      lines.push('', `… ${result.slices.ranked.length - WORST_SLICES_SHOWN} more slices in metrics.json.`);
    if (result.slices.skipped.length > 0)
      lines.push(
        '',
        `${result.slices.skipped.length} slices skipped (too small or metric undefined); see metrics.json.`,
      );
  }
  lines.push('');
  return lines.join('\n');
}

export function renderEvaluateTerminal(result: EvaluateResult): string {
  const scalars = scalarMetrics(result.metrics);
  const lines = [
    `evaluate: ${result.verdict.passed ? 'PASSED' : 'FAILED'} — ${result.model.name} (${result.model.task}) on ${result.rows} rows`,
  ];
  for (const [name, value] of Object.entries(scalars)) {
    const interval = intervalText(result.intervals[name]);
    lines.push(`  ${name.padEnd(20)} ${metricText(value)}${interval === '' ? '' : `  ${interval}`}`);
  }
  lines.push(...checksLines(result.verdict.checks));
  const worst = result.slices.ranked.slice(0, 5);
  if (worst.length > 0) {
    lines.push(`  worst slices by ${result.headline.metric}:`);
    for (const { slice, value } of worst)
      lines.push(`    ${slice.key.padEnd(30)} ${String(slice.size).padStart(7)} rows  ${formatNumber(value)}`);
  }
  if (result.rowsWithoutLabel > 0)
    lines.push(`  note: ${result.rowsWithoutLabel} rows without a label were not scored`);
  return lines.join('\n');
}
