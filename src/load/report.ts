import { type Check, worstStatus } from '../core/verdict.js';
import { cell, checksLines, checksTable, formatNumber, ICON } from '../report/markdown.js';
import { LATENCY_BUCKET_BOUNDS_MS, type LatencySummary, type LoadResult } from './run.js';

export interface LoadReportInput {
  result: LoadResult;
  checks: readonly Check[];
  baseline?: LoadResult;
  /** What was tested, e.g. the model's name; shown in the heading. */
  title?: string;
  /**
   * CPU cores of this machine when the load generator and the server both run on it: they compete for the
   * cores, so absolute figures say little about production and only candidate/baseline ratios carry over.
   */
  sharedCpuCores?: number;
}

const STATS: ReadonlyArray<keyof LatencySummary> = ['p50', 'p90', 'p95', 'p99', 'max', 'mean'];

export function sharedMachineNote(cores: number): string {
  return `the load generator and the server share ${cores} CPU cores; compare ratios, not absolute figures`;
}

function ms(value: number | undefined): string {
  return value === undefined ? '—' : `${formatNumber(Number(value.toPrecision(4)))} ms`;
}

function perSecond(value: number): string {
  return formatNumber(Number(value.toPrecision(4)));
}

function rate(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}

function change(candidate: number | undefined, baseline: number | undefined, unit: string): string {
  if (candidate === undefined || baseline === undefined) return '—';
  const difference = candidate - baseline;
  const absolute = `${difference >= 0 ? '+' : '−'}${formatNumber(Number(Math.abs(difference).toPrecision(3)))}${unit}`;
  if (baseline === 0) return absolute;
  const relative = (candidate / baseline - 1) * 100;
  return `${absolute} (${relative >= 0 ? '+' : '−'}${Math.abs(relative).toFixed(1)}%)`;
}

function verdictWord(checks: readonly Check[]): { icon: string; word: string } {
  const status = worstStatus(checks);
  return { icon: ICON[status], word: status === 'fail' ? 'FAILED' : 'PASSED' };
}

function headline(result: LoadResult): string {
  const p99 = result.latencyMs === null ? 'no successful answer' : `p99 ${ms(result.latencyMs.p99)}`;
  return `${p99}, ${perSecond(result.qps)} requests/s, ${rate(result.errorRate)} errors`;
}

function setup(result: LoadResult): string {
  const warmup = result.warmup.seconds > 0 ? ` after ${formatNumber(result.warmup.seconds)} s of warm-up` : '';
  const cap = result.rate === null ? '' : `, rate capped at ${result.rate} requests/s`;
  return `${result.connections} connections for ${formatNumber(result.durationSeconds)} s${warmup}${cap}: ${result.requests} requests finished, ${result.successes} answered 2xx`;
}

/** Rows of figures: latency statistics, then throughput and errors; candidate and, when given, baseline. */
function figureRows(result: LoadResult, baseline: LoadResult | undefined): string[][] {
  const rows: string[][] = [];
  for (const stat of STATS) {
    const value = result.latencyMs?.[stat];
    const base = baseline?.latencyMs?.[stat];
    rows.push(baseline === undefined ? [stat, ms(value)] : [stat, ms(value), ms(base), change(value, base, ' ms')]);
  }
  const qpsRow = ['QPS (2xx/s)', perSecond(result.qps)];
  const errorRow = ['error rate', rate(result.errorRate)];
  const requestRow = ['requests', String(result.requests)];
  if (baseline !== undefined) {
    qpsRow.push(perSecond(baseline.qps), change(result.qps, baseline.qps, '/s'));
    errorRow.push(
      rate(baseline.errorRate),
      `${result.errorRate >= baseline.errorRate ? '+' : '−'}${Number((Math.abs(result.errorRate - baseline.errorRate) * 100).toPrecision(3))} points`,
    );
    requestRow.push(String(baseline.requests), '');
  }
  rows.push(qpsRow, errorRow, requestRow);
  return rows;
}

function errorKinds(result: LoadResult, baseline: LoadResult | undefined): string[] {
  return [...new Set([...Object.keys(result.errors.byKind), ...Object.keys(baseline?.errors.byKind ?? {})])].sort();
}

/**
 * A Mermaid bar chart of the share of successful answers per latency bucket; the baseline, when given, is a
 * line over the same buckets (the ladder of bounds is fixed, so both runs share bins).
 */
export function latencyChart(result: LoadResult, baseline?: LoadResult): string[] {
  const runs = baseline === undefined ? [result] : [result, baseline];
  const bounds = runs.flatMap((run) => run.histogram.map((bucket) => bucket.toMs));
  if (bounds.length === 0) return [];
  const low = LATENCY_BUCKET_BOUNDS_MS.indexOf(Math.min(...bounds));
  const high = LATENCY_BUCKET_BOUNDS_MS.indexOf(Math.max(...bounds));
  const axis = LATENCY_BUCKET_BOUNDS_MS.slice(low, high + 1);
  const shares = (run: LoadResult): number[] => {
    const total = run.histogram.reduce((sum, bucket) => sum + bucket.count, 0);
    const byBound = new Map(run.histogram.map((bucket) => [bucket.toMs, bucket.count]));
    return axis.map((bound) => (total === 0 ? 0 : Number((((byBound.get(bound) ?? 0) / total) * 100).toFixed(2))));
  };
  const series = runs.map(shares);
  const top = Math.max(1, ...series.flat());
  const [candidate, base] = series;
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Latency of 2xx answers${baseline === undefined ? '' : ' (bars: candidate, line: baseline)'}"`,
    `  x-axis "latency up to (ms)" [${axis.map((bound) => `"${bound}"`).join(', ')}]`,
    `  y-axis "% of answers" 0 --> ${Math.ceil(top * 1.05)}`,
    `  bar [${(candidate ?? []).join(', ')}]`,
    ...(base === undefined ? [] : [`  line [${base.join(', ')}]`]),
    '```',
  ];
}

/** The job summary: verdict, figures side by side with the baseline, errors by kind, checks, latency chart. */
export function renderLoadTestMarkdown(input: LoadReportInput): string {
  const { result, baseline, checks } = input;
  const { icon, word } = verdictWord(checks);
  const lines = [
    `## ${icon} load-test${input.title === undefined ? '' : `: \`${input.title}\``} ${word} — ${headline(result)}`,
    '',
    `${setup(result)}. Latencies are of successful (2xx) answers; errors are non-2xx answers, timeouts and requests lost with their connection.`,
  ];
  if (input.sharedCpuCores !== undefined) lines.push('', `> **Note:** ${sharedMachineNote(input.sharedCpuCores)}.`);

  lines.push(
    '',
    baseline === undefined ? '| | candidate |' : '| | candidate | baseline | change |',
    baseline === undefined ? '|---|---|' : '|---|---|---|---|',
  );
  for (const row of figureRows(result, baseline)) lines.push(`| ${row.map(cell).join(' | ')} |`);

  const kinds = errorKinds(result, baseline);
  if (kinds.length > 0) {
    lines.push(
      '',
      '### Errors by kind',
      '',
      baseline === undefined ? '| kind | candidate |' : '| kind | candidate | baseline |',
      baseline === undefined ? '|---|---|' : '|---|---|---|',
    );
    for (const kind of kinds) {
      const counts = [result.errors.byKind[kind] ?? 0];
      if (baseline !== undefined) counts.push(baseline.errors.byKind[kind] ?? 0);
      lines.push(`| ${cell(kind)} | ${counts.join(' | ')} |`);
    }
  }

  if (checks.length > 0) lines.push('', '### Checks', '', ...checksTable(checks));
  const chart = latencyChart(result, baseline);
  if (chart.length > 0) lines.push('', '### Latency distribution', '', ...chart);
  lines.push('');
  return lines.join('\n');
}

/** The same for a terminal. */
export function renderLoadTestTerminal(input: LoadReportInput): string {
  const { result, baseline, checks } = input;
  const lines = [`load-test: ${verdictWord(checks).word}${input.title === undefined ? '' : ` — ${input.title}`}`];
  lines.push(`  ${setup(result)}`);
  const rows = figureRows(result, baseline);
  const header = baseline === undefined ? ['', 'candidate'] : ['', 'candidate', 'baseline', 'change'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  for (const row of [header, ...rows]) {
    lines.push(`  ${row.map((value, column) => value.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd());
  }
  const kinds = Object.entries(result.errors.byKind);
  if (kinds.length > 0) lines.push(`  errors: ${kinds.map(([kind, count]) => `${kind} ×${count}`).join(', ')}`);
  lines.push(...checksLines(checks));
  if (input.sharedCpuCores !== undefined) lines.push(`  note: ${sharedMachineNote(input.sharedCpuCores)}`);
  return lines.join('\n');
}
