import type { BootstrapResult } from '../evaluate/bootstrap.js';
import type { MetricValue } from '../evaluate/metrics.js';
import { HEADLINE } from '../evaluate/run.js';
import { cell, checksLines, checksTable, formatNumber } from '../report/markdown.js';
import type { ComparisonResult, FlipRate, SliceComparison } from './compare.js';

const WORST_SLICES_SHOWN = 10;

/** Digests are long; the first 12 hex digits identify a model in a PR comment, the JSON keeps the rest. */
export function shortDigest(version: string | null): string {
  if (version === null) return 'none';
  const [scheme, hex] = version.includes(':') ? version.split(':', 2) : ['', version];
  const short = (hex ?? '').length > 12 ? `${(hex ?? '').slice(0, 12)}…` : (hex ?? '');
  return scheme === '' ? short : `${scheme}:${short}`;
}

function metricText(value: MetricValue | undefined): string {
  if (value === undefined) return '';
  return value.value === null ? `undefined (${value.undefinedReason})` : formatNumber(value.value);
}

function deltaText(value: number | null): string {
  if (value === null) return '';
  if (value === 0) return '0';
  return value > 0 ? `+${formatNumber(value)}` : `−${formatNumber(-value)}`;
}

function intervalText(interval: BootstrapResult | null): string {
  if (interval === null) return '';
  if (interval.low === null) return `— (${interval.reason})`;
  return `[${deltaText(interval.low)}, ${deltaText(interval.high)}]`;
}

/** Gated metrics first (what the verdict is about), then the task's headline metrics, then the rest. */
function metricOrder(result: ComparisonResult): string[] {
  const gated = new Set<string>();
  for (const check of result.checks) {
    const match = /^metric\.([^.]+)\./.exec(check.check);
    if (match?.[1] !== undefined) gated.add(match[1]);
  }
  const headline = HEADLINE[result.task].map((h) => h.metric);
  return [...new Set([...gated, ...headline, ...Object.keys(result.metrics.candidate)])].filter(
    (name) => result.metrics.candidate[name] !== undefined,
  );
}

function flipText(flip: FlipRate): string {
  if (flip.kind === 'class') {
    return `${formatNumber(flip.rate * 100)}% of rows (${flip.flipped} of ${flip.rows}) change their predicted class`;
  }
  return `${formatNumber(flip.rate * 100)}% of rows (${flip.flipped} of ${flip.rows}) move by more than ${formatNumber(flip.tolerance)}; mean absolute difference ${formatNumber(flip.meanAbsoluteDifference)}`;
}

function confidenceLabel(result: ComparisonResult): string {
  return `${Number((result.bootstrap.confidence * 100).toPrecision(4))}%`;
}

function baselineLabel(result: ComparisonResult): string {
  if (result.baselineKind === 'none') return 'none (first run)';
  const version = result.baselineVersion === null ? '' : `\`${shortDigest(result.baselineVersion)}\``;
  if (result.baselineKind === 'fixed-metrics') {
    const source = result.baselineSource === undefined ? '' : ` from \`${result.baselineSource}\``;
    return `${version === '' ? '' : `${version} `}recorded metrics${source} (no paired intervals)`;
  }
  return version === '' ? 'predictions on the same rows' : version;
}

function sliceRow(slice: SliceComparison): string {
  const icon = slice.status === 'fail' ? '❌' : slice.status === 'warn' ? '⚠️' : slice.status === 'skip' ? '⏭️' : '✅';
  return `| ${icon} | ${cell(slice.key)} | ${slice.size} | ${formatNumber(slice.candidate)} | ${formatNumber(slice.baseline)} | ${deltaText(slice.difference)} | ${cell(slice.message)} |`;
}

/** The PR comment / job summary: verdict first, then the evidence behind it. */
export function renderComparisonMarkdown(result: ComparisonResult): string {
  const failed = result.checks.filter((check) => check.status === 'fail');
  const lines = [
    `## ${result.blessed ? '✅ blessed' : '❌ not blessed'}: candidate \`${shortDigest(result.candidateVersion)}\` vs baseline ${baselineLabel(result)}`,
    '',
  ];
  if (!result.blessed && failed.length > 0) {
    const names = failed.map(
      (check) => `\`${check.check}${check.feature === undefined ? '' : ` (${check.feature})`}\``,
    );
    lines.push(`**Failed:** ${cell(names.join(', '))}; details in the checks below.`, '');
  }
  if (result.firstRun) {
    lines.push(
      result.blessed
        ? '> ⚠️ First run: there is no baseline, so nothing was compared; the candidate was blessed on its value bounds by `bootstrap: allow`.'
        : '> First run: there is no baseline to compare with.',
      '',
    );
  }
  lines.push(
    `Candidate \`${result.candidateVersion}\`${result.baselineVersion === null ? '' : `, baseline \`${result.baselineVersion}\``}; ${result.rows} rows (${result.task}).`,
    '',
  );
  if (result.flipRate !== null) lines.push(`**Flip rate:** ${flipText(result.flipRate)}.`, '');

  const hasBaseline = result.metrics.baseline !== null;
  const paired = result.baselineKind === 'predictions' && result.bootstrap.samples > 0;
  const header = ['metric', 'candidate'];
  if (hasBaseline) header.push('baseline', 'Δ (candidate − baseline)');
  if (paired)
    header.push(`${confidenceLabel(result)} CI of Δ (paired bootstrap, ${result.bootstrap.samples} resamples)`);
  header.push('better');
  lines.push('### Metrics', '', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
  for (const name of metricOrder(result)) {
    const difference = result.metrics.difference[name];
    const row = [cell(name), cell(metricText(result.metrics.candidate[name]))];
    if (hasBaseline) {
      row.push(cell(metricText(result.metrics.baseline?.[name])), cell(deltaText(difference?.value ?? null)));
    }
    if (paired) row.push(cell(intervalText(difference?.interval ?? null)));
    row.push(difference?.direction === 'lower' ? 'lower' : 'higher');
    lines.push(`| ${row.join(' | ')} |`);
  }
  lines.push('', '### Checks', '', ...checksTable(result.checks));

  if (result.worstSlices.length > 0) {
    lines.push(
      '',
      `### Worst slices by ${result.sliceMetric ?? ''} change`,
      '',
      '| | slice | rows | candidate | baseline | Δ | note |',
      '|---|---|---|---|---|---|---|',
      ...result.worstSlices.slice(0, WORST_SLICES_SHOWN).map(sliceRow),
    );
    const rest = result.worstSlices.length - WORST_SLICES_SHOWN;
    if (rest > 0) lines.push('', `… ${rest} more slices in the verdict JSON.`);
  }
  lines.push('');
  return lines.join('\n');
}

/** The same for a terminal: one line per metric, check and worst slice. */
export function renderComparisonTerminal(result: ComparisonResult): string {
  const lines = [
    `compare-baseline: ${result.blessed ? 'BLESSED' : 'NOT BLESSED'} — candidate ${shortDigest(result.candidateVersion)} vs baseline ${result.baselineKind === 'none' ? 'none (first run)' : result.baselineKind === 'fixed-metrics' ? `recorded metrics${result.baselineSource === undefined ? '' : ` (${result.baselineSource})`}` : shortDigest(result.baselineVersion)} on ${result.rows} rows`,
  ];
  const hasBaseline = result.metrics.baseline !== null;
  for (const name of metricOrder(result).slice(0, 8)) {
    const difference = result.metrics.difference[name];
    let text = `  ${name.padEnd(20)} ${metricText(result.metrics.candidate[name])}`;
    if (hasBaseline) {
      text += `  baseline ${metricText(result.metrics.baseline?.[name])}  Δ ${deltaText(difference?.value ?? null)}`;
      const interval = intervalText(difference?.interval ?? null);
      if (interval !== '' && difference?.interval?.low !== null) text += `  ${confidenceLabel(result)} CI ${interval}`;
    }
    lines.push(text);
  }
  if (result.flipRate !== null) lines.push(`  flip rate: ${flipText(result.flipRate)}`);
  lines.push(...checksLines(result.checks));
  const worst = result.worstSlices.filter((slice) => slice.regression !== null).slice(0, 5);
  if (worst.length > 0) {
    lines.push(`  worst slices by ${result.sliceMetric} change:`);
    for (const slice of worst) {
      lines.push(
        `    ${slice.key.padEnd(30)} ${String(slice.size).padStart(7)} rows  ${formatNumber(slice.baseline)} → ${formatNumber(slice.candidate)}  Δ ${deltaText(slice.difference)}`,
      );
    }
  }
  return lines.join('\n');
}
