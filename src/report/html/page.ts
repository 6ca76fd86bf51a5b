import path from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import type { Check, Verdict } from '../../core/verdict.js';
import type { BootstrapResult } from '../../evaluate/bootstrap.js';
import type { ClassificationMetrics, MetricValue, RegressionMetrics } from '../../evaluate/metrics.js';
import type { LineageArtifact, LineageRecord } from '../../lineage/types.js';
import type { LoadResult } from '../../load/run.js';
import type { ColumnProfile } from '../../validate/profile.js';
import { columnStatistics } from '../../validate/statistics.js';
import { formatNumber } from '../markdown.js';
import { PART_FILES, RUN_PARTS, type RunPart } from '../run-summary.js';
import {
  type CalibrationPoint,
  calibrationChart,
  categoricalOverlayChart,
  confusionMatrixChart,
  driftOverviewChart,
  type IntervalRow,
  intervalChart,
  type LatencyBar,
  type LossPoint,
  latencyHistogramChart,
  lossCurveChart,
  memoryChart,
  numericOverlayChart,
  type PercentileBar,
  percentileChart,
  predictionScatterChart,
  renderSvg,
  sliceChart,
  thin,
} from './charts.js';
import { featureOverlay } from './distributions.js';
import { type LoadedRun, MAX_POINTS } from './load.js';

export interface ReportOptions {
  /** Shown in the header; the report is reproducible when the caller fixes it. */
  generatedAt?: Date;
  title?: string;
}

export interface RenderedReport {
  html: string;
  /** Section ids in page order. */
  sections: string[];
  /** Inline SVG charts on the page. */
  charts: number;
}

interface Section {
  id: string;
  title: string;
  body: string;
}

/** Every character that could end an attribute or open markup, so data never becomes markup. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (char) => `&#${char.charCodeAt(0)};`);
}

const esc = escapeHtml;

function num(value: number | null | undefined): string {
  return esc(formatNumber(value));
}

function percent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : `${(value * 100).toFixed(digits)}%`;
}

function shortDigest(digest: string | null | undefined): string {
  if (digest === null || digest === undefined) return '';
  const [algorithm, hex] = digest.includes(':') ? digest.split(':', 2) : ['', digest];
  return `${algorithm === '' ? '' : `${algorithm}:`}${(hex ?? '').slice(0, 12)}…`;
}

function digest(value: string | null | undefined): string {
  return value === null || value === undefined ? '' : `<code title="${esc(value)}">${esc(shortDigest(value))}</code>`;
}

function mib(bytes: number | null | undefined): number | null {
  return bytes === null || bytes === undefined ? null : bytes / 2 ** 20;
}

type Status = Check['status'] | 'missing';

function badge(status: Status, text: string = status): string {
  return `<span class="badge ${status}">${esc(text)}</span>`;
}

function verdictBadge(verdict: Verdict): string {
  return verdict.passed ? badge('pass', 'passed') : badge('fail', 'failed');
}

/** Cells are HTML already (escaped by the caller); headers are text. */
function table(headers: readonly string[], rows: readonly string[][], className = ''): string {
  if (rows.length === 0) return '<p class="note">Nothing to list.</p>';
  const head = headers.map((header) => `<th>${esc(header)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table${className === '' ? '' : ` class="${className}"`}><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function keyValues(pairs: ReadonlyArray<[string, string]>): string {
  return `<dl class="facts">${pairs
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `<div><dt>${esc(key)}</dt><dd>${value}</dd></div>`)
    .join('')}</dl>`;
}

function checkValue(value: Check['value'] | Check['threshold']): string {
  return typeof value === 'number' ? num(value) : esc(value ?? '');
}

function checksTable(checks: readonly Check[]): string {
  return table(
    ['', 'check', 'feature', 'value', 'threshold', 'message'],
    checks.map((check) => [
      badge(check.status),
      `<code>${esc(check.check)}</code>`,
      esc(check.feature ?? ''),
      checkValue(check.value),
      checkValue(check.threshold),
      esc(check.message),
    ]),
    'checks',
  );
}

function checksBlock(verdict: Verdict, open = false): string {
  const counts = countChecks(verdict.checks);
  const summary = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
  return `<details${open ? ' open' : ''}><summary>${verdict.checks.length} checks (${esc(summary || 'none')})</summary>${checksTable(verdict.checks)}</details>`;
}

function countChecks(checks: readonly Check[]): Record<Check['status'], number> {
  const counts = { pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const check of checks) if (check.status in counts) counts[check.status]++;
  return counts;
}

function note(text: string): string {
  return `<p class="note">${esc(text)}</p>`;
}

function metricValue(value: MetricValue | undefined): number | null {
  return value === undefined ? null : value.value;
}

function metricCell(value: MetricValue | undefined): string {
  if (value === undefined) return '';
  if (value.value === null) return `<span class="muted" title="${esc(value.undefinedReason)}">undefined</span>`;
  return value.note === undefined ? num(value.value) : `<span title="${esc(value.note)}">${num(value.value)}*</span>`;
}

function intervalText(interval: BootstrapResult | null | undefined): string {
  if (interval === null || interval === undefined) return '';
  if (interval.low === null) return `<span class="muted">${esc(interval.reason)}</span>`;
  return `[${num(interval.low)}, ${num(interval.high)}]`;
}

/**
 * Vega numbers gradient and clip ids from a process-wide counter: renaming them per chart keeps them unique on
 * the page and makes the page the same on every build of the same run.
 */
function stableIds(svg: string, prefix: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
  let renamed = svg;
  ids.forEach((id, index) => {
    const next = `${prefix}-${index}`;
    renamed = renamed.replaceAll(`id="${id}"`, `id="${next}"`).replaceAll(`url(#${id})`, `url(#${next})`);
  });
  return renamed;
}

/** Renders charts and counts them; a chart that fails to render becomes a note, never a broken page. */
class Charts {
  count = 0;

  async figure(spec: TopLevelSpec, caption = ''): Promise<string> {
    try {
      const svg = stableIds(await renderSvg(spec), `chart${this.count + 1}`);
      this.count++;
      return `<figure class="chart">${svg}${caption === '' ? '' : `<figcaption>${esc(caption)}</figcaption>`}</figure>`;
    } catch (error) {
      return note(`chart not drawn: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

const PART_TITLES: Record<RunPart, string> = {
  'validate-data': 'Data validation',
  train: 'Training',
  evaluate: 'Evaluation',
  'compare-baseline': 'Comparison with the baseline',
  'check-serving-compat': 'Serving compatibility',
  'load-test': 'Load test',
  promote: 'Promotion',
};

function partVerdict(run: LoadedRun, part: RunPart): Verdict | undefined {
  switch (part) {
    case 'validate-data':
      return run.validation?.verdict;
    case 'train':
      return run.training?.verdict;
    case 'evaluate':
      return run.evaluation?.verdict;
    case 'compare-baseline':
      return run.comparison?.verdict;
    case 'check-serving-compat':
      return run.serving?.verdict;
    case 'load-test':
      return run.load?.verdict;
    case 'promote':
      return run.promotion?.verdict;
  }
}

function missing(run: LoadedRun, part: RunPart): string {
  const file = run.files[part];
  const problem =
    file === undefined
      ? undefined
      : run.problems.find((text) => text.startsWith(`${path.relative(run.directory, file)} `));
  return note(
    problem === undefined
      ? `Not part of this run: ${part}/${PART_FILES[part]} is absent (the ${part} step did not run or wrote elsewhere).`
      : `Left out: ${problem}.`,
  );
}

function overviewSection(run: LoadedRun): Section {
  const rows = RUN_PARTS.map((part) => {
    const verdict = partVerdict(run, part);
    if (verdict === undefined)
      return [`<a href="#${part}">${esc(part)}</a>`, badge('missing', 'not run'), '', '', '', '', ''];
    const counts = countChecks(verdict.checks);
    let outcome = verdict.passed ? badge('pass', 'passed') : badge('fail', 'failed');
    if (part === 'compare-baseline' && run.comparison !== null)
      outcome = run.comparison.blessed ? badge('pass', 'blessed') : badge('fail', 'not blessed');
    if (part === 'promote' && run.promotion !== null)
      outcome = run.promotion.promoted ? badge('pass', 'promoted') : badge('fail', 'refused');
    return [
      `<a href="#${part}">${esc(part)}</a>`,
      outcome,
      String(counts.pass),
      counts.warn > 0 ? `<strong>${counts.warn}</strong>` : '0',
      counts.fail > 0 ? `<strong class="fail-text">${counts.fail}</strong>` : '0',
      String(counts.skip),
      esc(verdict.createdAt ?? ''),
    ];
  });
  const ran = RUN_PARTS.filter((part) => partVerdict(run, part) !== undefined);
  const failed = ran.filter((part) => partVerdict(run, part)?.passed === false);
  const headline =
    failed.length === 0
      ? `<p class="headline ok">${badge('pass', 'passed')} All ${ran.length} step(s) of this run passed.</p>`
      : `<p class="headline bad">${badge('fail', 'failed')} ${failed.length} of ${ran.length} step(s) failed: ${failed.map(esc).join(', ')}.</p>`;
  const problems =
    run.problems.length === 0
      ? ''
      : `<div class="problems"><strong>Left out of this report:</strong><ul>${run.problems.map((problem) => `<li>${esc(problem)}</li>`).join('')}</ul></div>`;
  return {
    id: 'overview',
    title: 'Verdicts',
    body: `${headline}${table(['step', 'verdict', 'pass', 'warn', 'fail', 'skip', 'at'], rows, 'overview')}${problems}`,
  };
}

async function dataSection(run: LoadedRun, charts: Charts): Promise<Section> {
  const result = run.validation;
  const section = { id: 'validate-data', title: PART_TITLES['validate-data'] };
  if (result === null) return { ...section, body: missing(run, 'validate-data') };
  const drift = result.drift;
  const parts: string[] = [
    `<p>${verdictBadge(result.verdict)} ${num(result.rows)} rows from ${esc(
      result.sources.map((source) => source.path).join(', ') || 'the data',
    )}; schema: ${esc(result.schemaSource ?? 'unknown')}.</p>`,
  ];
  const reference = run.reference;
  parts.push(
    reference === null
      ? note(
          'No reference profile in this run (validate-data/reference-profile.json or train/model/profile.json): current distributions only.',
        )
      : note(
          `Reference: ${reference.source} (${reference.profile.rows} rows). Distributions are shares of each dataset's rows.`,
        ),
  );

  parts.push('<h3 id="drift">Drift per feature</h3>');
  if (drift === null) parts.push(note('Drift was not computed (no reference given to validate-data).'));
  else {
    parts.push(
      `<p>${drift.driftedCount} of ${drift.features.length} features drifted (share ${percent(drift.share)}); dataset drift: <strong>${drift.datasetDrifted ? 'yes' : 'no'}</strong>; p-value correction: ${esc(drift.correction)}.</p>`,
    );
    const ordered = [...drift.features].sort(
      (a, b) => Number(b.drifted) - Number(a.drifted) || b.psi - a.psi || a.feature.localeCompare(b.feature),
    );
    parts.push(
      await charts.figure(
        driftOverviewChart(
          ordered.map((feature) => ({ feature: feature.feature, psi: feature.psi, drifted: feature.drifted })),
        ),
        'Dashed lines: PSI 0.1 (moderate shift) and 0.2 (significant shift). Each feature is gated by its own method and threshold below.',
      ),
    );
    const currentColumns = new Map((run.profile?.columns ?? []).map((column) => [column.name, column]));
    const referenceColumns = new Map((reference?.profile.columns ?? []).map((column) => [column.name, column]));
    const statistics = new Map(result.statistics.map((stats) => [stats.name, stats]));
    const cards: string[] = [];
    for (const feature of ordered) {
      const current = currentColumns.get(feature.feature);
      const referenceColumn = referenceColumns.get(feature.feature);
      let chart = note('No profile of this feature in the run: no distribution to draw.');
      let quantiles = '';
      if (current !== undefined) {
        const overlay = featureOverlay(referenceColumn, current, feature.method);
        if (overlay?.kind === 'numeric') quantiles = quantileTable(statistics.get(feature.feature), referenceColumn);
        if (overlay !== undefined)
          chart = await charts.figure(
            overlay.kind === 'numeric'
              ? numericOverlayChart(feature.feature, overlay.bars)
              : categoricalOverlayChart(feature.feature, overlay.bars),
          );
      }
      const test =
        feature.pValue === null
          ? `${esc(feature.method)} ${num(feature.statistic)} (threshold ${num(feature.threshold)})`
          : `${esc(feature.method)} statistic ${num(feature.statistic)}, p ${num(feature.adjustedPValue ?? feature.pValue)} (threshold ${num(feature.threshold)})`;
      cards.push(
        `<div class="card${feature.drifted ? ' drifted' : ''}"><h4>${esc(feature.feature)} ${feature.drifted ? badge('fail', 'drifted') : badge('pass', 'no drift')}</h4><p class="small">${test}; PSI ${num(feature.psi)}; effect size ${num(feature.effectSize)}</p>${chart}${quantiles}</div>`,
      );
    }
    parts.push(`<div class="grid">${cards.join('\n')}</div>`);
    const untested = result.statistics.filter(
      (stats) => !drift.features.some((feature) => feature.feature === stats.name),
    );
    if (untested.length > 0)
      parts.push(
        note(
          `Not tested for drift (identifier-like, or absent from the reference): ${untested.map((stats) => stats.name).join(', ')}.`,
        ),
      );
  }

  parts.push('<h3 id="anomalies">Anomalies</h3>');
  parts.push(
    result.anomalies.length === 0
      ? note('No anomalies.')
      : table(
          ['', 'kind', 'feature', 'count', 'message', 'examples'],
          result.anomalies.map((anomaly) => [
            badge(anomaly.status),
            `<code>${esc(anomaly.kind)}</code>`,
            esc(anomaly.feature ?? ''),
            num(anomaly.count),
            esc(anomaly.message),
            esc((anomaly.examples ?? []).slice(0, 3).join('; ')),
          ]),
        ),
  );
  parts.push(checksBlock(result.verdict));
  return { ...section, body: parts.join('\n') };
}

function quantileTable(
  current: { quantiles: Record<string, number> | null; mean: number | null } | undefined,
  reference: ColumnProfile | undefined,
): string {
  const referenceStats = reference === undefined ? undefined : columnStatistics(reference);
  if (current?.quantiles === null && referenceStats?.quantiles === null) return '';
  const keys = ['p5', 'p25', 'p50', 'p75', 'p95'];
  const row = (name: string, stats: typeof current) =>
    stats === undefined || stats.quantiles === null
      ? []
      : [[esc(name), ...keys.map((key) => num(stats.quantiles?.[key])), num(stats.mean)]];
  const rows = [...row('reference', referenceStats), ...row('current', current)];
  return rows.length === 0 ? '' : table(['', ...keys, 'mean'], rows, 'compact quantiles');
}

async function trainSection(run: LoadedRun, charts: Charts): Promise<Section> {
  const section = { id: 'train', title: PART_TITLES.train };
  const train = run.training;
  if (train === null) return { ...section, body: missing(run, 'train') };
  const parts: string[] = [`<p>${verdictBadge(train.verdict)} backend ${esc(train.backend)}</p>`];
  const manifest = train.manifest;
  if (manifest === null) parts.push(note('Training wrote no model package (a gate failed), so there is no manifest.'));
  else {
    const curve = manifest.training.lossCurve;
    const points: LossPoint[] = thin(curve, MAX_POINTS / 2).flatMap((point) => [
      ...(Number.isFinite(point.loss) ? [{ epoch: point.epoch, loss: point.loss, series: 'training' as const }] : []),
      ...(point.validationLoss !== undefined && point.validationLoss !== null && Number.isFinite(point.validationLoss)
        ? [{ epoch: point.epoch, loss: point.validationLoss, series: 'validation' as const }]
        : []),
    ]);
    parts.push(points.length === 0 ? note('No loss curve recorded.') : await charts.figure(lossCurveChart(points)));
    const hardware = manifest.lineage.hardware;
    parts.push('<div class="columns">');
    parts.push(
      `<div><h3>Model</h3>${keyValues([
        ['name', esc(manifest.name)],
        ['version', digest(manifest.version)],
        ['task', esc(manifest.task)],
        ['label', esc(manifest.label ?? '')],
        [
          'framework',
          esc(`${manifest.framework.name} ${manifest.framework.version ?? ''} (${manifest.framework.backend})`),
        ],
        [
          'ONNX',
          esc(
            `IR ${manifest.onnx.irVersion}, opsets ${manifest.onnx.opsets.map((opset) => `${opset.domain || 'ai.onnx'} ${opset.version}`).join(', ')}, ${manifest.onnx.bytes} bytes`,
          ),
        ],
        ['seed', esc(manifest.training.seed)],
        ['epochs', esc(manifest.training.metrics.epochs ?? curve.length)],
        ['stopped early', esc(manifest.training.stoppedEarly ?? '')],
        ['duration', `${num(manifest.training.durationSeconds)} s`],
      ])}</div>`,
    );
    parts.push(
      `<div><h3>Hardware</h3>${keyValues([
        ['CPU', esc(`${hardware.cpu} (${hardware.cores} cores)`)],
        ['memory', `${num(mib(hardware.memoryBytes))} MiB`],
        ['GPUs', esc(hardware.gpus.length === 0 ? 'none' : hardware.gpus.map((gpu) => gpu.name).join(', '))],
        ['used GPU', esc(train.gpu ?? hardware.usedGpu ?? false)],
        [
          'runner',
          esc(
            [
              manifest.lineage.runner.name,
              manifest.lineage.runner.os,
              manifest.lineage.runner.arch,
              manifest.lineage.runner.node,
            ]
              .filter(Boolean)
              .join(', '),
          ),
        ],
        [
          'git',
          esc(
            manifest.lineage.git === undefined
              ? ''
              : `${manifest.lineage.git.commit ?? ''} ${manifest.lineage.git.ref ?? ''}${manifest.lineage.git.dirty ? ' (dirty)' : ''}`,
          ),
        ],
      ])}</div>`,
    );
    parts.push('</div>');
    parts.push('<h3>Training data</h3>');
    parts.push(
      keyValues([
        ['digest', digest(manifest.training.data.digest)],
        ['rows', num(manifest.training.data.rows)],
        [
          'validation data',
          manifest.training.validationData === undefined
            ? 'split from the training data'
            : digest(manifest.training.validationData.digest),
        ],
      ]),
    );
    parts.push(
      table(
        ['file', 'sha256', 'bytes'],
        manifest.training.data.files.map((file) => [esc(file.path), digest(file.sha256), num(file.bytes)]),
        'compact',
      ),
    );
    parts.push('<h3>Parameters</h3>');
    parts.push(
      table(
        ['parameter', 'value'],
        Object.entries(manifest.training.params).map(([name, value]) => [
          `<code>${esc(name)}</code>`,
          esc(JSON.stringify(value)),
        ]),
        'compact',
      ),
    );
  }
  if ((train.notes ?? []).length > 0)
    parts.push(`<ul class="notes">${(train.notes ?? []).map((line) => `<li>${esc(line)}</li>`).join('')}</ul>`);
  parts.push(checksBlock(train.verdict));
  return { ...section, body: parts.join('\n') };
}

function isClassification(metrics: ClassificationMetrics | RegressionMetrics): metrics is ClassificationMetrics {
  return 'confusionMatrix' in metrics;
}

/** Flattens a metrics block into name → value, with the slice metrics' names (macroF1, weightedRecall…). */
function flatMetrics(metrics: ClassificationMetrics | RegressionMetrics): Array<[string, MetricValue]> {
  if (!isClassification(metrics)) {
    return [
      ['rmse', metrics.rmse],
      ['mae', metrics.mae],
      ['r2', metrics.r2],
      ['mape', metrics.mape],
      ['medianAbsoluteError', metrics.medianAbsoluteError],
    ];
  }
  const averaged = (['macro', 'micro', 'weighted'] as const).flatMap((kind) =>
    (['precision', 'recall', 'f1'] as const).map((name): [string, MetricValue] => [
      `${kind}${name === 'f1' ? 'F1' : name[0]!.toUpperCase() + name.slice(1)}`,
      metrics[kind][name],
    ]),
  );
  return [
    ['rocAuc', metrics.rocAuc],
    ['accuracy', metrics.accuracy],
    ['balancedAccuracy', metrics.balancedAccuracy],
    ['prAuc', metrics.prAuc],
    ['logLoss', metrics.logLoss],
    ['brier', metrics.brier],
    ['ece', metrics.ece],
    ...averaged,
  ];
}

async function evaluateSection(run: LoadedRun, charts: Charts): Promise<Section> {
  const section = { id: 'evaluate', title: PART_TITLES.evaluate };
  const document = run.evaluation;
  if (document === null) return { ...section, body: missing(run, 'evaluate') };
  const predictions = run.predictions;
  const parts: string[] = [
    `<p>${verdictBadge(document.verdict)} ${esc(document.model.task)} model ${digest(document.model.version)} on ${num(document.rows)} rows; headline <strong>${esc(document.headline.metric)} = ${num(document.headline.value)}</strong>.</p>`,
  ];
  const flat = flatMetrics(document.metrics);
  const intervals = document.intervals;
  const rows: IntervalRow[] = [];
  for (const [name, interval] of Object.entries(intervals)) {
    const value = metricValue(flat.find(([metric]) => metric === name)?.[1]);
    if (value === null) continue;
    rows.push({ metric: name, value, low: interval.low, high: interval.high });
  }
  parts.push('<h3>Metrics</h3><div class="columns"><div>');
  parts.push(
    table(
      ['metric', 'value', `${percent(firstConfidence(intervals), 0) || '95%'} bootstrap interval`],
      flat.map(([name, value]) => [`<code>${esc(name)}</code>`, metricCell(value), intervalText(intervals[name])]),
      'compact',
    ),
  );
  parts.push('</div><div>');
  if (rows.length > 0)
    parts.push(
      await charts.figure(
        intervalChart('Headline metrics with bootstrap intervals', rows),
        'Points: the value on all rows; bars: the percentile bootstrap interval.',
      ),
    );
  parts.push('</div></div>');

  const metrics = document.metrics;
  if (isClassification(metrics)) {
    parts.push('<h3>Per class</h3>');
    parts.push(
      table(
        ['class', 'precision', 'recall', 'F1', 'support'],
        metrics.perClass.map((entry) => [
          esc(entry.class),
          metricCell(entry.precision),
          metricCell(entry.recall),
          metricCell(entry.f1),
          num(entry.support),
        ]),
        'compact',
      ),
    );
    parts.push('<div class="columns"><div>');
    const classes = document.classes.length > 0 ? document.classes : metrics.perClass.map((entry) => entry.class);
    const cells = metrics.confusionMatrix.flatMap((row, actual) => {
      const total = row.reduce((sum, count) => sum + count, 0);
      return row.map((count, predicted) => ({
        actual: classes[actual] ?? String(actual),
        predicted: classes[predicted] ?? String(predicted),
        count,
        share: total === 0 ? 0 : count / total,
      }));
    });
    parts.push(
      cells.length === 0 ? note('No confusion matrix.') : await charts.figure(confusionMatrixChart(cells, classes)),
    );
    parts.push('</div><div>');
    const calibration = predictions?.calibration;
    if (calibration !== null && calibration !== undefined && calibration.bins.length > 0) {
      const points: CalibrationPoint[] = calibration.bins.map((bin) => ({
        meanPredicted: bin.meanPredicted,
        observed: bin.observed,
        count: bin.count,
      }));
      const binary = calibration.kind === 'probability';
      parts.push(
        await charts.figure(
          calibrationChart(
            points,
            binary ? `mean predicted P(${calibration.positiveClass ?? 'positive'})` : 'mean top-class confidence',
            binary ? 'observed frequency' : 'accuracy',
          ),
          `${calibration.bins.length} equal-width bins over ${predictions?.rows ?? 0} predictions; the diagonal is perfect calibration. ECE ${formatNumber(metrics.ece.value)}.`,
        ),
      );
    } else parts.push(note('No calibration curve: evaluate/predictions.csv is absent or has no probabilities.'));
    parts.push('</div></div>');
  } else if (predictions?.scatter !== null && predictions?.scatter !== undefined && predictions.scatter.length > 0) {
    parts.push(await charts.figure(predictionScatterChart(predictions.scatter)));
  }

  parts.push('<h3 id="slices">Slices (worst first)</h3>');
  const ranked = document.slices.ranked;
  if (ranked.length === 0) parts.push(note('No slices were evaluated.'));
  else {
    const bars = ranked
      .slice(0, 30)
      .flatMap((slice) => (slice.value === null ? [] : [{ slice: slice.key, value: slice.value, size: slice.size }]));
    if (bars.length > 0)
      parts.push(
        await charts.figure(
          sliceChart(document.headline.metric, bars, document.headline.value),
          `Dashed line: ${document.headline.metric} on all rows${ranked.length > 30 ? `; the 30 worst of ${ranked.length} slices` : ''}.`,
        ),
      );
    const shown = ['accuracy', 'macroF1', 'logLoss', 'rmse', 'mae'].filter((name) =>
      ranked.some((slice) => slice.metrics[name] !== undefined),
    );
    parts.push(
      table(
        ['rank', 'slice', 'rows', document.headline.metric, ...shown],
        ranked.map((slice) => [
          String(slice.rank),
          esc(slice.key),
          num(slice.size),
          num(slice.value),
          ...shown.map((name) => metricCell(slice.metrics[name])),
        ]),
        'compact',
      ),
    );
  }
  const skipped = document.slices.skipped ?? [];
  if (skipped.length > 0)
    parts.push(
      note(
        `Skipped slices: ${skipped.map((slice) => `${slice.key} (${slice.size} rows: ${slice.reason})`).join('; ')}.`,
      ),
    );
  parts.push(checksBlock(document.verdict));
  return { ...section, body: parts.join('\n') };
}

function firstConfidence(intervals: Record<string, BootstrapResult>): number | null {
  for (const interval of Object.values(intervals)) if (interval.low !== null) return interval.confidence;
  return null;
}

async function compareSection(run: LoadedRun, charts: Charts): Promise<Section> {
  const section = { id: 'compare-baseline', title: PART_TITLES['compare-baseline'] };
  const compare = run.comparison;
  if (compare === null) return { ...section, body: missing(run, 'compare-baseline') };
  const parts: string[] = [
    `<p>${compare.blessed ? badge('pass', 'blessed') : badge('fail', 'not blessed')}${compare.advisory ? ' (advisory)' : ''} candidate ${digest(compare.candidateVersion)} vs baseline ${compare.baselineVersion === null ? '<em>none</em>' : digest(compare.baselineVersion)} (${esc(compare.baselineKind)}) on ${num(compare.rows)} rows.${compare.firstRun ? ' First run: no baseline to compare with.' : ''}</p>`,
  ];
  const flip = compare.flipRate;
  if (flip !== null)
    parts.push(
      `<p><strong>Flip rate:</strong> ${percent(flip.rate, 2)} of rows (${flip.flipped} of ${flip.rows}) ${flip.kind === 'class' ? 'change their predicted class' : `change by more than ${formatNumber(flip.tolerance)}`}.</p>`,
    );
  const { candidate, baseline, difference } = compare.metrics;
  const names = [...new Set([...Object.keys(difference), ...Object.keys(candidate)])];
  const confidence = compare.bootstrap?.confidence;
  parts.push(
    table(
      [
        'metric',
        'candidate',
        'baseline',
        'Δ (candidate − baseline)',
        `${percent(confidence ?? null, 0) || ''} paired interval of Δ`,
        'better',
      ],
      names.map((name) => {
        const delta = difference[name];
        return [
          `<code>${esc(name)}</code>`,
          metricCell(candidate[name]),
          metricCell(baseline?.[name]),
          delta?.value === null || delta === undefined ? '' : num(delta.value),
          intervalText(delta?.interval),
          esc(delta?.direction ?? ''),
        ];
      }),
      'compact',
    ),
  );
  const rows: IntervalRow[] = names.flatMap((name) => {
    const delta = difference[name];
    if (delta === undefined || delta.value === null || delta.interval === null || delta.interval.low === null)
      return [];
    return [{ metric: name, value: delta.value, low: delta.interval.low, high: delta.interval.high }];
  });
  if (rows.length > 0)
    parts.push(
      await charts.figure(
        intervalChart('Paired differences (candidate − baseline)', rows, true),
        'Points: the difference on the same rows; bars: the paired bootstrap interval. Right of 0 is higher for the candidate.',
      ),
    );
  if (compare.worstSlices.length > 0) {
    parts.push(`<h3>Slices by regression (${esc(compare.sliceMetric ?? '')})</h3>`);
    parts.push(
      table(
        ['', 'slice', 'rows', 'candidate', 'baseline', 'Δ', 'message'],
        compare.worstSlices.map((slice) => [
          badge(slice.status),
          esc(slice.key),
          num(slice.size),
          num(slice.candidate),
          num(slice.baseline),
          num(slice.difference),
          esc(slice.message),
        ]),
        'compact',
      ),
    );
  }
  parts.push(checksBlock(compare.verdict, !compare.blessed));
  return { ...section, body: parts.join('\n') };
}

async function servingSection(run: LoadedRun, charts: Charts): Promise<Section> {
  const section = { id: 'check-serving-compat', title: PART_TITLES['check-serving-compat'] };
  const serving = run.serving;
  if (serving === null) return { ...section, body: missing(run, 'check-serving-compat') };
  const memoryCheck = serving.verdict.checks.find((check) => check.check === 'load.memory');
  const limit = typeof memoryCheck?.threshold === 'number' ? mib(memoryCheck.threshold) : null;
  const bars = [
    ['before loading', mib(serving.load.baselineRssBytes)],
    ['peak with the model', mib(serving.load.peakRssBytes)],
  ].flatMap(([what, value]) => (typeof value === 'number' ? [{ what: String(what), mib: value }] : []));
  const parts = [
    `<p>${verdictBadge(serving.verdict)} model ${esc(serving.model.name)} ${digest(serving.model.version)}</p>`,
    keyValues([
      ['load time', serving.load.loadSeconds === null ? '' : `${num(serving.load.loadSeconds)} s`],
      ['peak memory', serving.load.peakRssBytes === null ? '' : `${num(mib(serving.load.peakRssBytes))} MiB`],
      ['memory limit', limit === null ? '' : `${num(limit)} MiB`],
      ['served = offline', serving.servedParity === null ? 'not checked' : `max |diff| ${num(serving.servedParity)}`],
      ['golden requests', num(serving.goldenRequests)],
      ['malformed requests', num(serving.malformedRequests)],
    ]),
  ];
  if (bars.length > 0)
    parts.push(await charts.figure(memoryChart(bars, limit), limit === null ? '' : 'Red line: the memory limit.'));
  parts.push(checksBlock(serving.verdict, true));
  return { ...section, body: parts.join('\n') };
}

const PERCENTILES = ['p50', 'p90', 'p95', 'p99', 'max'] as const;

async function loadTestSection(run: LoadedRun, charts: Charts): Promise<Section> {
  const section = { id: 'load-test', title: PART_TITLES['load-test'] };
  const test = run.load;
  if (test === null) return { ...section, body: missing(run, 'load-test') };
  const results: Array<['candidate' | 'baseline', LoadResult]> = [
    ['candidate', test.result],
    ...(test.baseline === undefined ? [] : [['baseline', test.baseline] as ['baseline', LoadResult]]),
  ];
  const parts = [
    `<p>${verdictBadge(test.verdict)} ${esc(test.model.name)} ${digest(test.model.version)}: ${num(test.result.qps)} requests/s over ${num(test.result.durationSeconds)} s with ${num(test.result.connections)} connections; error rate ${percent(test.result.errorRate, 2)}.</p>`,
  ];
  if (test.sharedCpuCores !== null && test.sharedCpuCores !== undefined)
    parts.push(note(`The load generator shared this machine's ${test.sharedCpuCores} CPU cores with the server.`));
  parts.push(
    table(
      ['', 'requests', 'errors', 'QPS', ...PERCENTILES.map((name) => `${name} (ms)`), 'mean (ms)'],
      results.map(([model, result]) => [
        esc(model),
        num(result.requests),
        num(result.errors.total),
        num(result.qps),
        ...PERCENTILES.map((name) => num(result.latencyMs?.[name])),
        num(result.latencyMs?.mean),
      ]),
      'compact',
    ),
  );
  const percentileBars: PercentileBar[] = results.flatMap(([model, result]) =>
    result.latencyMs === null
      ? []
      : (['p50', 'p90', 'p95', 'p99'] as const).map((percentile) => ({
          percentile,
          ms: result.latencyMs?.[percentile] ?? 0,
          model,
        })),
  );
  const histogramBars: LatencyBar[] = results.flatMap(([model, result]) => {
    const total = result.histogram.reduce((sum, bucket) => sum + bucket.count, 0);
    return result.histogram
      .filter((bucket) => bucket.count > 0 && bucket.fromMs > 0 && bucket.toMs > bucket.fromMs)
      .map((bucket) => ({
        fromMs: bucket.fromMs,
        toMs: bucket.toMs,
        share: total === 0 ? 0 : bucket.count / total,
        model,
      }));
  });
  parts.push('<div class="columns"><div>');
  if (histogramBars.length > 0) parts.push(await charts.figure(latencyHistogramChart(histogramBars)));
  parts.push('</div><div>');
  if (percentileBars.length > 0) parts.push(await charts.figure(percentileChart(percentileBars)));
  parts.push('</div></div>');
  parts.push(checksBlock(test.verdict, true));
  return { ...section, body: parts.join('\n') };
}

function promoteSection(run: LoadedRun): Section {
  const section = { id: 'promote', title: PART_TITLES.promote };
  const promotion = run.promotion;
  if (promotion === null) return { ...section, body: missing(run, 'promote') };
  const event = promotion.event;
  const parts = [
    `<p>${promotion.promoted ? badge('pass', 'promoted') : badge('fail', 'refused')}${promotion.unchanged ? ' (already there: nothing changed)' : ''}</p>`,
    keyValues([
      ['stage', esc(event?.stage ?? '')],
      ['action', esc(event?.action ?? '')],
      ['version', digest(promotion.version)],
      ['previous', digest(promotion.previous)],
      ['reason', esc(event?.reason ?? '')],
      ['actor', esc(event?.actor ?? '')],
      ['at', esc(event?.at ?? '')],
      ['registry', esc(promotion.registry ?? '')],
    ]),
  ];
  if (event !== undefined && event.evidence.length > 0)
    parts.push(
      table(
        ['evidence', 'verdict file', 'passed'],
        event.evidence.map((item) => [
          esc(item.kind),
          digest(item.digest),
          item.passed ? badge('pass', 'yes') : badge('fail', 'no'),
        ]),
        'compact',
      ),
    );
  parts.push(checksBlock(promotion.verdict, !promotion.promoted));
  return { ...section, body: parts.join('\n') };
}

function artifactsText(record: LineageRecord, type: 'INPUT' | 'OUTPUT'): string {
  const byId = new Map(record.artifacts.map((artifact) => [artifact.id, artifact]));
  return record.events
    .filter((event) => event.type === type)
    .flatMap((event) => {
      const artifact = byId.get(event.artifactId);
      return artifact === undefined ? [] : [`${esc(artifact.type)} ${digest(artifact.digest)}`];
    })
    .join('<br>');
}

function lineageSection(run: LoadedRun): Section {
  const section = { id: 'lineage', title: 'Lineage' };
  const lineage = run.lineage;
  if (lineage === null)
    return {
      ...section,
      body: note(
        run.modelVersion === null
          ? 'No model version in this run, so no lineage to follow.'
          : 'No lineage records for this model version under registry/lineage/records.',
      ),
    };
  const { chain } = lineage;
  const parts = [
    `<p>The chain of runs of model ${digest(chain.version)}, oldest first: the checks of its training data, its training, and every run that used it.</p>`,
  ];
  if (chain.trainingData.length > 0)
    parts.push(
      `<p>Training data: ${chain.trainingData.map((artifact: LineageArtifact) => `${digest(artifact.digest)} <span class="muted">${esc(artifact.uri)}</span>`).join(', ')}</p>`,
    );
  parts.push(
    `<ol class="chain">${chain.steps
      .map(({ role, record }) => {
        const status = record.execution.status === 'passed' ? 'pass' : 'fail';
        return `<li><span class="role">${esc(role)}</span> <strong>${esc(record.execution.component)}</strong> ${badge(status, record.execution.status)} <span class="muted">${esc(record.execution.startedAt)} · ${num(record.execution.durationSeconds)} s${record.previousModel === undefined ? '' : ` · baseline ${esc(shortDigest(record.previousModel))}`}</span><div class="io"><div><em>in</em> ${artifactsText(record, 'INPUT') || '—'}</div><div><em>out</em> ${artifactsText(record, 'OUTPUT') || '—'}</div></div></li>`;
      })
      .join('\n')}</ol>`,
  );
  if (lineage.skipped.length > 0) parts.push(note(`Unreadable lineage records skipped: ${lineage.skipped.join('; ')}`));
  return { ...section, body: parts.join('\n') };
}

const STYLE = `
:root { --fg: #1b1f23; --muted: #6a737d; --line: #e1e4e8; --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); margin: 0; background: #fff; }
header { padding: 16px 32px; border-bottom: 1px solid var(--line); background: var(--bg); }
header h1 { margin: 0 0 4px; font-size: 22px; }
nav { padding: 8px 32px; border-bottom: 1px solid var(--line); position: sticky; top: 0; background: #fff; z-index: 1; }
nav a { margin-right: 14px; color: #0969da; text-decoration: none; }
main { padding: 8px 32px 48px; max-width: 1280px; }
section { border-bottom: 1px solid var(--line); padding-bottom: 16px; }
h2 { font-size: 19px; margin-top: 28px; } h3 { font-size: 15px; margin: 18px 0 6px; } h4 { margin: 0 0 4px; font-size: 14px; }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); }
table.quantiles { font-size: 11px; } table.quantiles td, table.quantiles th { padding: 1px 4px; }
table.checks td:last-child { max-width: 640px; overflow-wrap: anywhere; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--bg); padding: 0 3px; border-radius: 3px; }
.badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; }
.badge.pass { background: var(--pass); } .badge.fail { background: var(--fail); } .badge.warn { background: var(--warn); }
.badge.skip, .badge.missing { background: var(--muted); }
.fail-text { color: var(--fail); } .muted, .note { color: var(--muted); } .small { font-size: 12px; margin: 0 0 4px; }
.headline { font-size: 15px; }
.problems { border-left: 3px solid var(--warn); padding: 4px 12px; background: #fff8c5; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
.card.drifted { border-color: var(--fail); }
.columns { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
figure.chart { margin: 6px 0; } figure.chart svg { max-width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: 12px; max-width: 560px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
dl.facts div { display: contents; } dt { color: var(--muted); } dd { margin: 0; }
ol.chain { padding-left: 20px; } ol.chain li { margin: 6px 0; }
.role { display: inline-block; min-width: 70px; color: var(--muted); text-transform: uppercase; font-size: 11px; }
.io { display: flex; gap: 24px; font-size: 12px; margin-left: 74px; }
details summary { cursor: pointer; color: #0969da; margin: 8px 0; }
`;

/** Assembles the whole page: every section in pipeline order, charts inline, no script and no external resource. */
export async function renderReport(run: LoadedRun, options: ReportOptions = {}): Promise<RenderedReport> {
  const charts = new Charts();
  const builders: Array<[string, string, () => Section | Promise<Section>]> = [
    ['overview', 'Verdicts', () => overviewSection(run)],
    ['validate-data', PART_TITLES['validate-data'], () => dataSection(run, charts)],
    ['train', PART_TITLES.train, () => trainSection(run, charts)],
    ['evaluate', PART_TITLES.evaluate, () => evaluateSection(run, charts)],
    ['compare-baseline', PART_TITLES['compare-baseline'], () => compareSection(run, charts)],
    ['check-serving-compat', PART_TITLES['check-serving-compat'], () => servingSection(run, charts)],
    ['load-test', PART_TITLES['load-test'], () => loadTestSection(run, charts)],
    ['promote', PART_TITLES.promote, () => promoteSection(run)],
    ['lineage', 'Lineage', () => lineageSection(run)],
  ];
  const sections: Section[] = [];
  for (const [id, title, build] of builders) {
    try {
      sections.push(await build());
    } catch (error) {
      // A document that passed the loader's shape check can still hold something unexpected deeper down.
      sections.push({
        id,
        title,
        body: note(`This section could not be drawn: ${error instanceof Error ? error.message : String(error)}`),
      });
    }
  }
  const title =
    options.title ?? `mlops run report${run.modelVersion === null ? '' : `: ${shortDigest(run.modelVersion)}`}`;
  const generatedAt = (options.generatedAt ?? new Date()).toISOString();
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${esc(title)}</h1><div class="muted">run ${esc(run.directory)} · model ${esc(run.modelVersion ?? 'unknown')} · generated ${esc(generatedAt)}</div></header>
<nav>${sections.map((section) => `<a href="#${section.id}">${esc(section.title)}</a>`).join('')}</nav>
<main>
${sections.map((section) => `<section id="${section.id}"><h2>${esc(section.title)}</h2>\n${section.body}\n</section>`).join('\n')}
</main>
</body>
</html>
`;
  return { html, sections: sections.map((section) => section.id), charts: charts.count };
}
