import { type Check, type CheckStatus, worstStatus } from '../core/verdict.js';
import type { BootstrapResult } from '../evaluate/bootstrap.js';
import { type MetricValue, scalarMetrics } from '../evaluate/metrics.js';
import { latencyChart } from '../load/report.js';
import type { LatencySummary } from '../load/run.js';
import { cell, formatNumber, ICON, mermaidLineChart } from './markdown.js';
import { RUN_PARTS, type RunPart, type RunSummary, runModel } from './run-summary.js';

/**
 * The pull-request comment: one per workflow and model, found again by its first line and edited in place, so a
 * PR shows the latest run instead of a pile of comments. GitHub refuses bodies over 65,536 characters, so the
 * comment is assembled section by section in priority order within that budget.
 */

export const MAX_COMMENT_CHARACTERS = 65_536;

export interface PrCommentOptions {
  workflow: string;
  /** The model's name; default: the one the run names. */
  model?: string;
  /** Link to the workflow run, whose artifacts hold everything the comment leaves out. */
  runUrl?: string;
  /** Character budget (default GitHub's limit); lower it to leave room for text around the comment. */
  limit?: number;
}

/** The priority order: when the budget runs short, sections later in this list are collapsed to one line first. */
export const SECTION_ORDER = [
  'verdict',
  'data-validation',
  'metrics',
  'worst-slices',
  'serving',
  'load-test',
  'chart-metric-deltas',
  'chart-latency',
  'chart-loss',
  'model',
] as const;
export type SectionId = (typeof SECTION_ORDER)[number];

/** Rows a table shows when there is room for everything: beyond that a comment stops being read. */
const ROW_CAPS = {
  anomalies: 20,
  drift: 25,
  metrics: 30,
  slices: 10,
  checks: 20,
  errorKinds: 10,
  failing: 10,
} as const;
/** Longest cell text: one pathological value (a 10 kB feature name) must not eat the budget. */
const CELL_CHARACTERS = 200;
const MORE_ROWS = (count: number): string => `… ${count} more rows in the run's artifacts`;

const MARKER_PREFIX = '<!-- mlops-actions:pr-comment';

/** A marker word: no spaces (they separate fields) and nothing that could end the HTML comment. */
function markerWord(value: string): string {
  const word = value
    .trim()
    .replace(/\s+/g, '_')
    .replace(/[<>]|--/g, '_')
    .slice(0, 100);
  return word === '' ? '_' : word;
}

/** The hidden first line that identifies the comment of one workflow and model. */
export function commentMarker(workflow: string, model: string): string {
  return `${MARKER_PREFIX} workflow=${markerWord(workflow)} model=${markerWord(model)} -->`;
}

/** The workflow and model of a marker line, or undefined when the text does not start with one. */
export function parseCommentMarker(text: string): { marker: string; workflow: string; model: string } | undefined {
  const match = /^<!-- mlops-actions:pr-comment workflow=(\S+) model=(\S+) -->/.exec(text.trimStart());
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { marker: match[0], workflow: match[1], model: match[2] };
}

// ----- table and text building blocks -----

interface Table {
  head: [string, string];
  rows: string[];
  /** Rows there are in all, when `rows` was already capped. */
  total: number;
}

type Block = { lines: string[] } | { table: Table };

interface Section {
  id: SectionId;
  /** Markdown lines shown in full; tables may be cut at a row boundary. */
  blocks: Block[];
  /** The one line that stands in for the section when it does not fit. */
  collapsed: string;
}

/** Text made safe for a table cell or a line: no pipes, newlines or HTML, and of bounded length. */
function safe(value: unknown, max = CELL_CHARACTERS): string {
  const text = cell(value).replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** Inline code that cannot be closed early by a backtick in the value. */
function code(value: string, max = 80): string {
  return `\`${safe(value.replaceAll('`', "'"), max)}\``;
}

function table(header: string[], rows: string[][], cap: number, total = rows.length): Table {
  return {
    head: [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`],
    rows: rows.slice(0, cap).map((row) => `| ${row.join(' | ')} |`),
    total,
  };
}

function renderBlocks(blocks: readonly Block[], maxRows: number): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if ('lines' in block) {
      if (block.lines.length > 0) parts.push(block.lines.join('\n'));
      continue;
    }
    const shown = block.table.rows.slice(0, maxRows);
    const more = block.table.total - shown.length;
    const lines = shown.length === 0 ? [] : [...block.table.head, ...shown];
    // A line of its own after the table: text right under the last row would be read as another row.
    if (more > 0) lines.push(...(shown.length === 0 ? [] : ['']), MORE_ROWS(more));
    if (lines.length > 0) parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}

/** The section within `budget` characters: whole, or with its tables cut to the most rows that fit. */
function fitSection(section: Section, budget: number): string | undefined {
  const full = renderBlocks(section.blocks, Number.POSITIVE_INFINITY);
  if (full.length <= budget) return full;
  const longest = Math.max(0, ...section.blocks.map((block) => ('table' in block ? block.table.rows.length : 0)));
  let low = 0;
  let high = longest;
  if (renderBlocks(section.blocks, 0).length > budget) return undefined;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (renderBlocks(section.blocks, middle).length <= budget) low = middle;
    else high = middle - 1;
  }
  return renderBlocks(section.blocks, low);
}

// ----- numbers -----

function short(version: string | null | undefined): string {
  if (version == null) return 'none';
  const [scheme, hex] = version.includes(':') ? version.split(':', 2) : ['', version];
  const digits = hex ?? '';
  const cut = digits.length > 12 ? `${digits.slice(0, 12)}…` : digits;
  return scheme === '' ? cut : `${scheme}:${cut}`;
}

function metricText(value: MetricValue | undefined): string {
  if (value === undefined) return '';
  return value.value === null ? `undefined (${value.undefinedReason})` : formatNumber(value.value);
}

function signed(value: number | null | undefined): string {
  if (value == null) return '';
  if (value === 0) return '0';
  return value > 0 ? `+${formatNumber(value)}` : `−${formatNumber(-value)}`;
}

function intervalText(interval: BootstrapResult | null | undefined, sign: boolean): string {
  if (interval == null) return '';
  if (interval.low === null) return `— (${interval.reason})`;
  const show = sign ? signed : formatNumber;
  return `[${show(interval.low)}, ${show(interval.high)}]`;
}

function percent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}

function milliseconds(value: number | undefined): string {
  return value === undefined ? '—' : `${Number(value.toPrecision(3))} ms`;
}

function mebibytes(bytes: number | null): string {
  return bytes === null ? 'not measured' : `${(bytes / 1048576).toFixed(1)} MiB`;
}

/** Latency and throughput changes to three significant digits: `+0.382 ms (+5.5%)`. */
function change(candidate: number | undefined, baseline: number | undefined, unit: string): string {
  if (candidate === undefined || baseline === undefined) return '—';
  const plain = (x: number): string => (x > 0 ? `+${x}` : x < 0 ? `−${-x}` : '0');
  const difference = plain(Number((candidate - baseline).toPrecision(3)));
  return baseline === 0
    ? `${difference}${unit}`
    : `${difference}${unit} (${plain(Number(((candidate / baseline - 1) * 100).toFixed(1)))}%)`;
}

// ----- statuses -----

/** A step's status: failed when its verdict failed, a warning when it passed with failing or warning checks. */
function stepStatus(passed: boolean, checks: readonly Check[]): CheckStatus {
  if (!passed) return 'fail';
  const worst = worstStatus(checks);
  return worst === 'fail' || worst === 'warn' ? 'warn' : 'pass';
}

interface Step {
  part: RunPart;
  status: CheckStatus;
  line: string;
  checks: readonly Check[];
}

function steps(summary: RunSummary): Step[] {
  const result: Step[] = [];
  const { validation, training, evaluation, comparison, serving, load, promotion } = summary;
  if (validation !== null) {
    const failing = validation.anomalies.filter((anomaly) => anomaly.status === 'fail').length;
    const drift = validation.drift;
    result.push({
      part: 'validate-data',
      status: stepStatus(validation.verdict.passed, validation.verdict.checks),
      checks: validation.verdict.checks,
      line: [
        `${validation.rows} rows × ${validation.statistics.length} columns`,
        `${validation.anomalies.length} schema anomalies${failing > 0 ? ` (${failing} failing)` : ''}`,
        drift === null
          ? 'no drift reference'
          : `${drift.driftedCount} of ${drift.features.length} features drifted (${percent(drift.share)})`,
      ].join('; '),
    });
  }
  if (training !== null) {
    const manifest = training.manifest;
    const epochs = manifest?.training.lossCurve.length ?? 0;
    result.push({
      part: 'train',
      status: stepStatus(training.verdict.passed && manifest !== null, training.verdict.checks),
      checks: training.verdict.checks,
      line:
        manifest === null
          ? 'no model package was written'
          : `${code(manifest.name)} ${manifest.task}, ${code(short(manifest.version))}, on ${safe(manifest.framework.backend, 40)}${training.gpu ? ' (GPU)' : ''}${epochs > 0 ? `: ${epochs} epochs` : ''}${training.finalLoss === null ? '' : `, final loss ${formatNumber(training.finalLoss)}`}`,
    });
  }
  if (evaluation !== null) {
    const { headline } = evaluation;
    const thresholds = evaluation.verdict.checks;
    const met = thresholds.filter((check) => check.status === 'pass').length;
    result.push({
      part: 'evaluate',
      status: stepStatus(evaluation.verdict.passed, thresholds),
      checks: thresholds,
      line: `${safe(headline.metric, 40)} ${formatNumber(headline.value)} ${safe(intervalText(evaluation.intervals[headline.metric], false), 80)} on ${evaluation.rows} rows${thresholds.length > 0 ? `; ${met} of ${thresholds.length} thresholds met` : ''}`,
    });
  }
  if (comparison !== null) {
    const status: CheckStatus = comparison.blessed
      ? stepStatus(true, comparison.checks)
      : comparison.advisory
        ? 'warn'
        : 'fail';
    const metric = comparisonMetrics(summary)[0];
    const difference = metric === undefined ? undefined : comparison.metrics.difference[metric];
    const delta =
      metric === undefined || difference?.value == null
        ? ''
        : `; ${safe(metric, 40)} Δ ${signed(difference.value)} ${safe(intervalText(difference.interval, true), 80)}`.trimEnd();
    result.push({
      part: 'compare-baseline',
      status,
      checks: comparison.checks,
      line: `${comparison.blessed ? 'blessed' : comparison.advisory ? 'not blessed (advisory)' : 'not blessed'} against ${baselineLabel(summary)}${delta}`,
    });
  }
  if (serving !== null) {
    result.push({
      part: 'check-serving-compat',
      status: stepStatus(serving.verdict.passed, serving.verdict.checks),
      checks: serving.verdict.checks,
      line: `loaded in ${serving.load.loadSeconds === null ? 'n/a' : `${serving.load.loadSeconds.toFixed(2)} s`}, peak memory ${mebibytes(serving.load.peakRssBytes)}; ${serving.goldenRequests} golden requests, largest served − offline difference ${formatNumber(serving.servedParity) || 'n/a'}; ${serving.malformedRequests} malformed requests`,
    });
  }
  if (load !== null) {
    const { result: run, baseline } = load;
    const p99 = run.latencyMs === null ? 'no successful answer' : `p99 ${milliseconds(run.latencyMs.p99)}`;
    const versus =
      baseline === undefined || run.latencyMs === null || baseline.latencyMs === null
        ? ''
        : `; p99 vs baseline ${change(run.latencyMs.p99, baseline.latencyMs.p99, ' ms')}`;
    result.push({
      part: 'load-test',
      status: stepStatus(load.verdict.passed, load.verdict.checks),
      checks: load.verdict.checks,
      line: `${run.latencyMs === null ? '' : `p50 ${milliseconds(run.latencyMs.p50)}, `}${p99}, ${formatNumber(Number(run.qps.toPrecision(4)))} requests/s, ${percent(run.errorRate)} errors${versus}`,
    });
  }
  if (promotion !== null) {
    const event = promotion.event;
    const refused = promotion.verdict.checks.find((check) => check.status === 'fail');
    result.push({
      part: 'promote',
      status: promotion.promoted ? 'pass' : 'fail',
      checks: promotion.verdict.checks,
      line: promotion.promoted
        ? `${safe(event?.stage ?? 'the stage', 40)} ${promotion.unchanged ? 'already runs' : 'now runs'} ${code(short(promotion.version))}${event?.action === 'rollback' ? ' (rollback)' : ''}${promotion.previous === undefined || promotion.unchanged ? '' : `, was ${code(short(promotion.previous))}`}`
        : `refused${refused === undefined ? '' : `: ${safe(refused.message, 160)}`}`,
    });
  }
  return result;
}

function baselineLabel(summary: RunSummary): string {
  const comparison = summary.comparison;
  if (comparison === null || comparison.baselineKind === 'none') return 'no baseline (first run)';
  const version = comparison.baselineVersion === null ? 'the baseline' : code(short(comparison.baselineVersion));
  return comparison.baselineKind === 'fixed-metrics' ? `${version} (recorded metrics, no paired intervals)` : version;
}

/** Gated metrics first (the verdict is about them), then evaluate's headline, then the rest as recorded. */
function comparisonMetrics(summary: RunSummary): string[] {
  const comparison = summary.comparison;
  if (comparison === null) return [];
  const gated: string[] = [];
  for (const check of comparison.checks) {
    const name = /^metric\.([^.]+)\./.exec(check.check)?.[1];
    if (name !== undefined) gated.push(name);
  }
  const headline = summary.evaluation?.headline.metric;
  return [
    ...new Set([...gated, ...(headline === undefined ? [] : [headline]), ...Object.keys(comparison.metrics.candidate)]),
  ].filter((name) => comparison.metrics.candidate[name] !== undefined);
}

function overallStatus(summary: RunSummary, all: readonly Step[]): CheckStatus {
  if (all.some((step) => step.status === 'fail')) return 'fail';
  if (all.length === 0 || summary.problems.length > 0 || all.some((step) => step.status === 'warn')) return 'warn';
  return 'pass';
}

// ----- sections -----

function verdictLines(summary: RunSummary, options: PrCommentOptions, model: string, all: Step[]): string[] {
  const status = overallStatus(summary, all);
  const failed = all.filter((step) => step.status === 'fail').length;
  const word =
    all.length === 0
      ? 'no results found'
      : status === 'fail'
        ? `failed (${failed} of ${all.length} steps)`
        : status === 'warn'
          ? 'passed with warnings'
          : 'passed';
  const version = runModel(summary).version;
  const lines = [
    commentMarker(options.workflow, model),
    `## ${ICON[status]} ${code(model)} ${word}`,
    '',
    [
      `Workflow ${code(options.workflow)}`,
      ...(version === null ? [] : [`model version ${code(short(version))}`]),
      ...(options.runUrl === undefined ? [] : [`[workflow run and artifacts](${encodeURI(options.runUrl)})`]),
    ].join(' · '),
  ];
  if (all.length > 0) {
    lines.push('', '| | step | result |', '|---|---|---|');
    for (const step of all) lines.push(`| ${ICON[step.status]} | ${step.part} | ${step.line} |`);
  }
  const failing = all.flatMap((step) =>
    step.checks.filter((check) => check.status === 'fail').map((check) => ({ part: step.part, check })),
  );
  if (failing.length > 0) {
    lines.push('', '**Failing checks**', '');
    for (const { part, check } of failing.slice(0, ROW_CAPS.failing)) {
      const feature = check.feature === undefined ? '' : ` (${safe(check.feature, 60)})`;
      lines.push(`- ${ICON.fail} ${part} ${code(check.check, 60)}${feature}: ${safe(check.message, 240)}`);
    }
    if (failing.length > ROW_CAPS.failing) {
      lines.push(`- … ${failing.length - ROW_CAPS.failing} more failing checks in the run's artifacts`);
    }
  }
  const missing = RUN_PARTS.filter((part) => !all.some((step) => step.part === part));
  if (missing.length > 0 && all.length > 0) lines.push('', `Not in this run: ${missing.join(', ')}.`);
  for (const problem of summary.problems.slice(0, 7)) {
    lines.push('', `${ICON.warn} could not read ${code(problem.file, 120)}: ${safe(problem.message, 200)}`);
  }
  return lines;
}

function heading(title: string, status: CheckStatus | undefined): string {
  return `### ${status === undefined ? '' : `${ICON[status]} `}${title}`;
}

function dataSection(summary: RunSummary, status: CheckStatus | undefined): Section | undefined {
  const validation = summary.validation;
  if (validation === null) return undefined;
  const { anomalies, drift } = validation;
  const blocks: Block[] = [{ lines: [heading('Data validation', status)] }];
  if (anomalies.length === 0) blocks.push({ lines: ['No schema anomalies: every column matches the schema.'] });
  else {
    const ordered = [...anomalies].sort((a, b) => rank(a.status) - rank(b.status));
    blocks.push({ lines: [`**${anomalies.length} schema anomalies**`] });
    blocks.push({
      table: table(
        ['', 'kind', 'feature', 'count', 'where', 'what to do'],
        ordered.map((anomaly) => [
          ICON[anomaly.status],
          safe(anomaly.kind, 40),
          safe(anomaly.feature ?? '', 80),
          String(anomaly.count),
          safe((anomaly.examples ?? []).slice(0, 2).join('; '), 120),
          safe(anomaly.message),
        ]),
        ROW_CAPS.anomalies,
      ),
    });
  }
  if (drift === null) blocks.push({ lines: ['No reference data was given, so drift was not measured.'] });
  else {
    const drifted = drift.features.filter((feature) => feature.drifted);
    blocks.push({
      lines: [
        `**Drift:** ${drift.driftedCount} of ${drift.features.length} features drifted (${percent(drift.share)})${drift.datasetDrifted ? ', which is dataset drift' : ''}; multiple-testing correction ${safe(drift.correction, 40)}.`,
      ],
    });
    if (drifted.length > 0) {
      blocks.push({
        table: table(
          ['feature', 'method', 'statistic', 'threshold', 'p-value (adjusted)', 'effect size', 'PSI'],
          drifted.map((feature) => [
            safe(feature.feature, 80),
            safe(feature.method, 20),
            formatNumber(feature.statistic),
            formatNumber(feature.threshold),
            feature.pValue === null ? '' : `${formatNumber(feature.pValue)} (${formatNumber(feature.adjustedPValue)})`,
            formatNumber(feature.effectSize),
            formatNumber(feature.psi),
          ]),
          ROW_CAPS.drift,
        ),
      });
    }
  }
  const driftText =
    drift === null ? 'no drift reference' : `${drift.driftedCount} of ${drift.features.length} features drifted`;
  return {
    id: 'data-validation',
    blocks,
    collapsed: collapsedLine('Data validation', status, `${anomalies.length} schema anomalies, ${driftText}`),
  };
}

function rank(status: CheckStatus): number {
  return { fail: 0, warn: 1, pass: 2, skip: 3 }[status];
}

function collapsedLine(title: string, status: CheckStatus | undefined, text: string): string {
  return `**${title}**${status === undefined ? '' : ` ${ICON[status]}`}: ${text} (shortened to fit GitHub's comment limit; see the run's artifacts).`;
}

function metricsSection(summary: RunSummary, statuses: Map<RunPart, CheckStatus>): Section | undefined {
  const { comparison, evaluation } = summary;
  if (comparison !== null) {
    const status = statuses.get('compare-baseline');
    const names = comparisonMetrics(summary);
    const hasBaseline = comparison.metrics.baseline !== null;
    const confidence = `${Number((comparison.bootstrap.confidence * 100).toPrecision(4))}%`;
    const paired = comparison.baselineKind === 'predictions' && comparison.bootstrap.samples > 0;
    const gate = (name: string): string => {
      const checks = comparison.checks.filter((check) => check.check.startsWith(`metric.${name}.`));
      return checks.length === 0 ? '' : ICON[worstStatus(checks)];
    };
    const header = ['gate', 'metric', 'candidate'];
    if (hasBaseline) header.push('baseline', 'Δ');
    if (paired) header.push(`${confidence} CI of Δ (paired bootstrap)`);
    header.push('better');
    const rows = names.map((name) => {
      const difference = comparison.metrics.difference[name];
      const row = [gate(name), safe(name, 60), safe(metricText(comparison.metrics.candidate[name]), 80)];
      if (hasBaseline) {
        row.push(safe(metricText(comparison.metrics.baseline?.[name]), 80), signed(difference?.value));
      }
      if (paired) row.push(safe(intervalText(difference?.interval, true), 80));
      row.push(difference?.direction === 'lower' ? 'lower' : 'higher');
      return row;
    });
    const intro = [
      `Candidate ${code(short(comparison.candidateVersion))} against ${baselineLabel(summary)} on ${comparison.rows} rows (${comparison.task}).`,
    ];
    if (comparison.firstRun) intro.push('', 'First run: there is no baseline to compare with.');
    if (comparison.flipRate !== null) {
      const flip = comparison.flipRate;
      intro.push(
        '',
        `**Flip rate:** ${percent(flip.rate)} of rows (${flip.flipped} of ${flip.rows}) ${flip.kind === 'class' ? 'change their predicted class' : `move by more than ${formatNumber(flip.tolerance)}`}.`,
      );
    }
    if (evaluation !== null) {
      const headline = evaluation.headline;
      intro.push(
        '',
        `evaluate: ${safe(headline.metric, 40)} ${formatNumber(headline.value)} (${confidenceOf(evaluation.intervals[headline.metric])} CI ${safe(intervalText(evaluation.intervals[headline.metric], false), 80)}) on ${evaluation.rows} rows.`,
      );
    }
    const first = names[0];
    const firstDelta = first === undefined ? undefined : comparison.metrics.difference[first]?.value;
    return {
      id: 'metrics',
      blocks: [
        { lines: [heading('Metrics against the baseline', status)] },
        { lines: intro },
        { table: table(header, rows, ROW_CAPS.metrics) },
      ],
      collapsed: collapsedLine(
        'Metrics against the baseline',
        status,
        `${comparison.blessed ? 'blessed' : 'not blessed'}${first === undefined || firstDelta == null ? '' : `, ${safe(first, 40)} Δ ${signed(firstDelta)}`}`,
      ),
    };
  }
  if (evaluation === null) return undefined;
  const status = statuses.get('evaluate');
  const scalars = scalarMetrics(evaluation.metrics);
  const thresholds = new Map<string, Check>();
  for (const check of evaluation.verdict.checks) {
    const name = /^metric\.([^.]+)/.exec(check.check)?.[1];
    if (name !== undefined) thresholds.set(name, check);
  }
  const headline = evaluation.headline.metric;
  const names = [...new Set([...thresholds.keys(), headline, ...Object.keys(scalars)])].filter(
    (name) => scalars[name] !== undefined,
  );
  const confidence = confidenceOf(Object.values(evaluation.intervals).find((interval) => interval.low !== null));
  const rows = names.map((name) => {
    const check = thresholds.get(name);
    return [
      check === undefined ? '' : ICON[check.status],
      safe(name, 60),
      safe(metricText(scalars[name]), 80),
      safe(intervalText(evaluation.intervals[name], false), 80),
      check === undefined ? '' : safe(check.threshold ?? '', 40),
    ];
  });
  return {
    id: 'metrics',
    blocks: [
      { lines: [heading('Metrics', status)] },
      {
        lines: [
          `Model ${code(short(evaluation.model.version))} on ${evaluation.rows} rows; no baseline comparison in this run.`,
        ],
      },
      {
        table: table(['gate', 'metric', 'value', `${confidence} CI (bootstrap)`, 'threshold'], rows, ROW_CAPS.metrics),
      },
    ],
    collapsed: collapsedLine(
      'Metrics',
      status,
      `${safe(headline, 40)} ${formatNumber(evaluation.headline.value)} on ${evaluation.rows} rows`,
    ),
  };
}

function confidenceOf(interval: BootstrapResult | undefined): string {
  return interval === undefined || interval.low === null
    ? '95%'
    : `${Number((interval.confidence * 100).toPrecision(4))}%`;
}

function slicesSection(summary: RunSummary): Section | undefined {
  const { comparison, evaluation } = summary;
  const blocks: Block[] = [{ lines: [heading('Worst slices', undefined)] }];
  const parts: string[] = [];
  if (comparison !== null && comparison.worstSlices.length > 0) {
    const slices = comparison.worstSlices;
    blocks.push({
      lines: [`By change of ${safe(comparison.sliceMetric ?? 'the slice metric', 40)} against the baseline:`],
    });
    blocks.push({
      table: table(
        ['', 'slice', 'rows', 'candidate', 'baseline', 'Δ'],
        slices.map((slice) => [
          ICON[slice.status],
          safe(slice.key, 120),
          String(slice.size),
          formatNumber(slice.candidate),
          formatNumber(slice.baseline),
          signed(slice.difference),
        ]),
        ROW_CAPS.slices,
      ),
    });
    parts.push(`${slices.filter((slice) => slice.status === 'fail').length} of ${slices.length} slices regressed`);
  }
  if (evaluation !== null && evaluation.slices.ranked.length > 0) {
    const ranked = evaluation.slices.ranked;
    blocks.push({ lines: [`By ${safe(evaluation.headline.metric, 40)} (evaluate), worst first:`] });
    blocks.push({
      table: table(
        ['rank', 'slice', 'rows', safe(evaluation.headline.metric, 40)],
        ranked.map((slice) => [
          String(slice.rank),
          safe(slice.key, 120),
          String(slice.size),
          formatNumber(slice.value),
        ]),
        ROW_CAPS.slices,
      ),
    });
    const worst = ranked[0];
    if (worst !== undefined) parts.push(`worst ${safe(worst.key, 60)} at ${formatNumber(worst.value)}`);
  }
  if (parts.length === 0) return undefined;
  return { id: 'worst-slices', blocks, collapsed: collapsedLine('Worst slices', undefined, parts.join('; ')) };
}

function checkRows(checks: readonly Check[]): string[][] {
  return [...checks]
    .sort((a, b) => rank(a.status) - rank(b.status))
    .map((check) => [
      ICON[check.status],
      code(check.check, 60),
      safe(typeof check.value === 'number' ? formatNumber(check.value) : String(check.value ?? ''), 60),
      safe(typeof check.threshold === 'number' ? formatNumber(check.threshold) : String(check.threshold ?? ''), 60),
      safe(check.message),
    ]);
}

/** Passing checks by family (`runtime ×5, serving ×9`): their names say what was covered, the table what was not. */
function passedLine(checks: readonly Check[]): string[] {
  const passed = checks.filter((check) => check.status === 'pass');
  if (passed.length === 0) return [];
  const families = new Map<string, number>();
  for (const check of passed) {
    const family = check.check.split('.')[0] ?? check.check;
    families.set(family, (families.get(family) ?? 0) + 1);
  }
  const list = [...families].slice(0, 20).map(([family, count]) => `${safe(family, 40)} ×${count}`);
  return [`${ICON.pass} ${passed.length} of ${checks.length} checks passed (${list.join(', ')}).`];
}

function servingSection(summary: RunSummary, status: CheckStatus | undefined): Section | undefined {
  const serving = summary.serving;
  if (serving === null) return undefined;
  const checks = serving.verdict.checks;
  const failing = checks.filter((check) => check.status === 'fail').length;
  const others = checks.filter((check) => check.status !== 'pass');
  const blocks: Block[] = [
    { lines: [heading('Serving checks', status)] },
    {
      lines: [
        `Model ${code(short(serving.model.version))} loaded in ${serving.load.loadSeconds === null ? 'n/a' : `${serving.load.loadSeconds.toFixed(2)} s`}, peak memory ${mebibytes(serving.load.peakRssBytes)} (runtime alone ${mebibytes(serving.load.baselineRssBytes)}); ${serving.goldenRequests} golden requests with largest served − offline difference ${formatNumber(serving.servedParity) || 'n/a'}; ${serving.malformedRequests} malformed requests.`,
      ],
    },
    { lines: passedLine(checks) },
  ];
  if (others.length > 0) {
    blocks.push({ table: table(['', 'check', 'value', 'threshold', 'message'], checkRows(others), ROW_CAPS.checks) });
  }
  return {
    id: 'serving',
    blocks,
    collapsed: collapsedLine('Serving checks', status, `${failing} of ${checks.length} checks failed`),
  };
}

const LATENCY_STATS: ReadonlyArray<keyof LatencySummary> = ['p50', 'p90', 'p95', 'p99', 'max', 'mean'];

function loadSection(summary: RunSummary, status: CheckStatus | undefined): Section | undefined {
  const load = summary.load;
  if (load === null) return undefined;
  const { result, baseline } = load;
  const header = baseline === undefined ? ['', 'candidate'] : ['', 'candidate', 'baseline', 'change'];
  const rows: string[][] = LATENCY_STATS.map((stat) => {
    const value = result.latencyMs?.[stat];
    const base = baseline?.latencyMs?.[stat];
    return baseline === undefined
      ? [stat, milliseconds(value)]
      : [stat, milliseconds(value), milliseconds(base), change(value, base, ' ms')];
  });
  const qps = (value: number): string => formatNumber(Number(value.toPrecision(4)));
  rows.push(
    baseline === undefined
      ? ['requests/s (2xx)', qps(result.qps)]
      : ['requests/s (2xx)', qps(result.qps), qps(baseline.qps), change(result.qps, baseline.qps, '/s')],
    baseline === undefined
      ? ['error rate', percent(result.errorRate)]
      : ['error rate', percent(result.errorRate), percent(baseline.errorRate), ''],
  );
  const blocks: Block[] = [
    { lines: [heading('Load test', status)] },
    {
      lines: [
        `${result.connections} connections for ${formatNumber(result.durationSeconds)} s: ${result.requests} requests, ${result.successes} answered 2xx. Latencies are of 2xx answers.${load.sharedCpuCores === null ? '' : ` The load generator and the server shared ${load.sharedCpuCores} CPU cores: compare ratios, not absolute figures.`}`,
      ],
    },
    { table: table(header, rows, rows.length) },
  ];
  const kinds = Object.entries(result.errors.byKind).sort((a, b) => b[1] - a[1]);
  if (kinds.length > 0) {
    blocks.push({
      table: table(
        ['error', 'count'],
        kinds.map(([kind, count]) => [safe(kind, 80), String(count)]),
        ROW_CAPS.errorKinds,
      ),
    });
  }
  const gates = load.verdict.checks;
  if (gates.length > 0) {
    blocks.push({ table: table(['', 'check', 'value', 'threshold', 'message'], checkRows(gates), ROW_CAPS.checks) });
  }
  const p99 = result.latencyMs === null ? 'no successful answer' : `p99 ${milliseconds(result.latencyMs.p99)}`;
  return {
    id: 'load-test',
    blocks,
    collapsed: collapsedLine('Load test', status, `${p99}, ${qps(result.qps)} requests/s`),
  };
}

/** Mermaid text: quotes would end a label. */
function label(text: string): string {
  return text
    .replaceAll('"', "'")
    .replace(/[\r\n]/g, ' ')
    .slice(0, 40);
}

const CHART_METRICS = 12;

function deltaChartSection(summary: RunSummary): Section | undefined {
  const comparison = summary.comparison;
  if (comparison === null || comparison.metrics.baseline === null) return undefined;
  const names = comparisonMetrics(summary)
    .filter((name) => typeof comparison.metrics.difference[name]?.value === 'number')
    .slice(0, CHART_METRICS);
  if (names.length === 0) return undefined;
  const value = (name: string): number => comparison.metrics.difference[name]?.value ?? 0;
  const bound = (name: string, side: 'low' | 'high'): number => {
    const interval = comparison.metrics.difference[name]?.interval;
    return interval == null || interval.low === null ? value(name) : interval[side];
  };
  const deltas = names.map(value);
  const lows = names.map((name) => bound(name, 'low'));
  const highs = names.map((name) => bound(name, 'high'));
  const all = [0, ...deltas, ...lows, ...highs].filter(Number.isFinite);
  const low = Math.min(...all);
  const high = Math.max(...all);
  const pad = (high - low) * 0.05 || 0.01;
  const round = (x: number): number => Number(x.toPrecision(4));
  const hasIntervals = names.some((name) => comparison.metrics.difference[name]?.interval?.low != null);
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "Δ candidate − baseline${hasIntervals ? ' (bars), CI bounds (lines)' : ''}"`,
    `  x-axis [${names.map((name) => `"${label(name)}"`).join(', ')}]`,
    `  y-axis "Δ" ${round(low - pad)} --> ${round(high + pad)}`,
    `  bar [${deltas.map(round).join(', ')}]`,
    ...(hasIntervals ? [`  line [${lows.map(round).join(', ')}]`, `  line [${highs.map(round).join(', ')}]`] : []),
    '```',
  ];
  return {
    id: 'chart-metric-deltas',
    blocks: [{ lines: [heading('Chart: metric changes', undefined)] }, { lines }],
    collapsed: collapsedLine('Chart: metric changes', undefined, `${names.length} metrics`),
  };
}

function latencyChartSection(summary: RunSummary): Section | undefined {
  const load = summary.load;
  if (load === null) return undefined;
  const lines = latencyChart(load.result, load.baseline);
  if (lines.length === 0) return undefined;
  return {
    id: 'chart-latency',
    blocks: [{ lines: [heading('Chart: latency histogram', undefined)] }, { lines }],
    collapsed: collapsedLine('Chart: latency histogram', undefined, `${load.result.successes} answers`),
  };
}

/** A chart of thousands of epochs draws no better than one of a hundred, and costs far more characters. */
const CHART_POINTS = 100;

function lossChartSection(summary: RunSummary): Section | undefined {
  const curve = summary.training?.manifest?.training.lossCurve ?? [];
  const step = Math.max(1, Math.ceil(curve.length / CHART_POINTS));
  const points = curve.filter((_, index) => index % step === 0 || index === curve.length - 1);
  const validation = points.some((point) => point.validationLoss !== undefined);
  const lines = mermaidLineChart(
    `Loss per epoch (training${validation ? ', then validation' : ''})`,
    'epoch',
    'loss',
    points.map((point) => point.epoch),
    [points.map((point) => point.loss), ...(validation ? [points.map((p) => p.validationLoss ?? Number.NaN)] : [])],
  );
  if (lines.length === 0) return undefined;
  return {
    id: 'chart-loss',
    blocks: [{ lines: [heading('Chart: loss curve', undefined)] }, { lines }],
    collapsed: collapsedLine('Chart: loss curve', undefined, `${curve.length} epochs`),
  };
}

function modelSection(summary: RunSummary): Section | undefined {
  const manifest = summary.training?.manifest ?? null;
  const promotion = summary.promotion;
  if (manifest === null && promotion === null) return undefined;
  const rows: string[][] = [];
  if (manifest !== null) {
    rows.push(
      [
        'model',
        `${code(manifest.name)} ${safe(manifest.task, 20)}${manifest.label === undefined ? '' : `, label ${code(manifest.label)}`}`,
      ],
      ['version', code(manifest.version, 80)],
      [
        'framework',
        safe(`${manifest.framework.name} ${manifest.framework.version ?? ''} (${manifest.framework.backend})`),
      ],
      ['training data', `${manifest.training.data.rows} rows, ${code(short(manifest.training.data.digest))}`],
      ['training time', `${manifest.training.durationSeconds.toFixed(1)} s`],
    );
    const commit = manifest.lineage.git?.commit;
    if (commit !== undefined) rows.push(['commit', code(commit.slice(0, 12))]);
  }
  if (promotion !== null) {
    const event = promotion.event;
    rows.push([
      'promotion',
      promotion.promoted
        ? `${safe(event?.stage ?? '', 40)} ${promotion.unchanged ? 'already ran' : 'now runs'} ${code(short(promotion.version))} (${safe(promotion.registry, 80)})`
        : 'refused',
    ]);
    if (event !== undefined && event.evidence.length > 0) {
      rows.push([
        'evidence',
        event.evidence.map((item) => `${item.kind} ${item.passed ? ICON.pass : ICON.fail}`).join(', '),
      ]);
    }
  }
  const notes = (summary.training?.notes ?? []).slice(0, 5).map((note) => `- ${safe(note, 240)}`);
  return {
    id: 'model',
    blocks: [{ lines: [heading('Model', undefined)] }, { table: table(['', ''], rows, rows.length) }, { lines: notes }],
    collapsed: collapsedLine(
      'Model',
      undefined,
      manifest === null ? 'promotion record' : code(short(manifest.version)),
    ),
  };
}

// ----- assembly -----

/**
 * The PR comment for one run. The verdict always comes whole; every further section is added in SECTION_ORDER
 * while it fits, with its tables cut at a row boundary when that lets it fit; from the first that cannot fit on,
 * sections are collapsed to one line each.
 * Room for every later section's one-line form is held back, so a long early section cannot push them out.
 */
export function renderPrComment(summary: RunSummary, options: PrCommentOptions): string {
  // One character stays free for the final newline.
  const limit = (options.limit ?? MAX_COMMENT_CHARACTERS) - 1;
  const model = options.model ?? runModel(summary).name ?? 'model';
  const all = steps(summary);
  const statuses = new Map(all.map((step) => [step.part, step.status]));
  const candidates: Array<Section | undefined> = [
    dataSection(summary, statuses.get('validate-data')),
    metricsSection(summary, statuses),
    slicesSection(summary),
    servingSection(summary, statuses.get('check-serving-compat')),
    loadSection(summary, statuses.get('load-test')),
    deltaChartSection(summary),
    latencyChartSection(summary),
    lossChartSection(summary),
    modelSection(summary),
  ];
  const sections = candidates.filter((section): section is Section => section !== undefined);
  const separator = '\n\n';
  let body = verdictLines(summary, options, model, all).join('\n');
  let reserve = sections.reduce((sum, section) => sum + separator.length + section.collapsed.length, 0);
  // Once one section had to be collapsed, all after it are too: a later, smaller section squeezed into the
  // leftover room would outrank the one above it.
  let collapsing = false;
  for (const section of sections) {
    reserve -= separator.length + section.collapsed.length;
    const budget = limit - body.length - reserve - separator.length;
    const fitted: string | undefined = collapsing ? undefined : fitSection(section, budget);
    collapsing = fitted === undefined;
    body += separator + (fitted ?? section.collapsed);
  }
  // Only a limit below the verdict and the one-line sections overflows: lines go from the end, never mid-line.
  return `${body.length <= limit ? body : cutAtLine(body, limit)}\n`;
}

function cutAtLine(text: string, limit: number): string {
  const end = text.lastIndexOf('\n', limit);
  return text.slice(0, end < 0 ? limit : end);
}

/** The status of each step, for callers that print or gate on it. */
export function stepStatuses(summary: RunSummary): Array<{ part: RunPart; status: CheckStatus; line: string }> {
  return steps(summary).map(({ part, status, line }) => ({ part, status, line }));
}
