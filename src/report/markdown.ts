import type { Check } from '../core/verdict.js';

/** Building blocks shared by every action's job summary and terminal report. */
export const ICON: Record<Check['status'], string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' };

/** A value made safe for one markdown table cell. */
export function cell(value: unknown): string {
  return String(value ?? '')
    .replaceAll('|', '\\|')
    .replaceAll('\n', ' ');
}

/** Numbers for people: integers as they are, tiny or huge values in exponent form, else four decimals. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3 ? value.toExponential(3) : value.toFixed(4);
}

function formatValue(value: Check['value'] | Check['threshold']): string {
  return typeof value === 'number' ? formatNumber(value) : String(value ?? '');
}

/** Every check of a verdict as a table: status, check, measured value, threshold, message. */
export function checksTable(checks: readonly Check[]): string[] {
  const lines = ['| | check | value | threshold | message |', '|---|---|---|---|---|'];
  for (const check of checks) {
    lines.push(
      `| ${ICON[check.status]} | ${cell(check.check)} | ${cell(formatValue(check.value))} | ${cell(formatValue(check.threshold))} | ${cell(check.message)} |`,
    );
  }
  return lines;
}

/** The same checks for a terminal, one line each. */
export function checksLines(checks: readonly Check[], indent = '  '): string[] {
  return checks.map((check) => `${indent}${check.status.toUpperCase().padEnd(4)} ${check.check}: ${check.message}`);
}

/** A Mermaid line chart (GitHub renders it in summaries and comments); series share the x axis. */
export function mermaidLineChart(
  title: string,
  xLabel: string,
  yLabel: string,
  x: number[],
  series: number[][],
): string[] {
  const finite = series.flat().filter(Number.isFinite);
  if (x.length < 2 || finite.length === 0) return [];
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const pad = (high - low) * 0.05 || Math.abs(high) * 0.05 || 1;
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title.replaceAll('"', "'")}"`,
    `  x-axis "${xLabel}" [${x.join(', ')}]`,
    `  y-axis "${yLabel}" ${Number((low - pad).toPrecision(4))} --> ${Number((high + pad).toPrecision(4))}`,
    ...series.map(
      (values) =>
        `  line [${values.map((value) => (Number.isFinite(value) ? Number(value.toPrecision(5)) : 0)).join(', ')}]`,
    ),
    '```',
  ];
}
