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

/** Rows a summary table may have: GitHub rejects a step summary over 1 MiB. */
export const MAX_TABLE_ROWS = 200;

/** The line that stands for the rows a table left out. */
export function moreRows(left: number, where: string): string[] {
  return left > 0 ? ['', `… ${left} more in ${where}.`] : [];
}

/**
 * Every check of a verdict as a table: status, check, measured value, threshold, message. Beyond
 * MAX_TABLE_ROWS, failures and warnings are kept first and the rest are counted.
 */
export function checksTable(checks: readonly Check[]): string[] {
  const lines = ['| | check | value | threshold | message |', '|---|---|---|---|---|'];
  const rank = { fail: 0, warn: 1, pass: 2, skip: 3 } as const;
  const shown =
    checks.length <= MAX_TABLE_ROWS
      ? checks
      : [...checks].sort((a, b) => rank[a.status] - rank[b.status]).slice(0, MAX_TABLE_ROWS);
  for (const check of shown) {
    lines.push(
      `| ${ICON[check.status]} | ${cell(check.check)} | ${cell(formatValue(check.value))} | ${cell(formatValue(check.threshold))} | ${cell(check.message)} |`,
    );
  }
  return [...lines, ...moreRows(checks.length - shown.length, 'the verdict file')];
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
  allX: number[],
  allSeries: number[][],
): string[] {
  // At most 100 points: enough to read a curve, and a long training run stays a short summary.
  const step = Math.max(1, Math.ceil(allX.length / 100));
  const keep = (index: number) => index % step === 0 || index === allX.length - 1;
  const x = allX.filter((_, index) => keep(index));
  const series = allSeries.map((values) => values.filter((_, index) => keep(index)));
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
