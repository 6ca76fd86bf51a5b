import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import * as vl from 'vega-lite';

/**
 * Vega-Lite specs for the HTML run report, each built from typed rows, and the renderer that turns them into
 * static SVG at build time: the page needs no JavaScript, no network and no fonts to show them.
 */

export const COLORS = {
  reference: '#8c8c8c',
  current: '#1f77b4',
  candidate: '#1f77b4',
  baseline: '#ff7f0e',
  pass: '#2ca02c',
  fail: '#d62728',
};

const CONFIG = {
  font: 'Helvetica, Arial, sans-serif',
  background: 'white',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 220 },
  legend: { labelFontSize: 11, titleFontSize: 11, labelLimit: 220 },
  title: { fontSize: 13, anchor: 'start' as const },
};

/** Renders one spec to an SVG string (no canvas: text is measured by estimate, which is fine for reading). */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const compiled = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

function base(title: string, width: number, height: number): { title: string; width: number; height: number } {
  return { title, width, height };
}

export interface HistogramBar {
  from: number;
  to: number;
  /** Fraction of the dataset's rows in the bin, so datasets of different sizes overlay. */
  share: number;
  dataset: 'reference' | 'current';
}

/** Reference and current distributions of a numeric feature on shared bins, overlaid. */
export function numericOverlayChart(feature: string, bars: readonly HistogramBar[]): TopLevelSpec {
  return {
    ...base(feature, 300, 140),
    config: CONFIG,
    data: { values: [...bars] },
    mark: { type: 'bar', opacity: 0.55, binSpacing: 0 },
    encoding: {
      x: { field: 'from', type: 'quantitative', title: null, scale: { zero: false } },
      x2: { field: 'to' },
      y: { field: 'share', type: 'quantitative', title: 'share of rows', axis: { format: '.0%' }, stack: null },
      // Both ends given, so the bars stand on zero rather than being read as horizontal ranges.
      y2: { datum: 0 },
      color: {
        field: 'dataset',
        type: 'nominal',
        title: null,
        scale: { domain: ['reference', 'current'], range: [COLORS.reference, COLORS.current] },
        legend: { orient: 'top' },
      },
    },
  };
}

export interface CategoryBar {
  category: string;
  share: number;
  dataset: 'reference' | 'current';
}

/** Reference and current shares of a categorical feature's most frequent values, side by side. */
export function categoricalOverlayChart(feature: string, bars: readonly CategoryBar[]): TopLevelSpec {
  return {
    ...base(feature, 300, 140),
    config: CONFIG,
    data: { values: [...bars] },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'category', type: 'nominal', title: null, sort: null, axis: { labelAngle: -30, labelLimit: 90 } },
      xOffset: { field: 'dataset', type: 'nominal', sort: ['reference', 'current'] },
      y: { field: 'share', type: 'quantitative', title: 'share of rows', axis: { format: '.0%' } },
      color: {
        field: 'dataset',
        type: 'nominal',
        title: null,
        scale: { domain: ['reference', 'current'], range: [COLORS.reference, COLORS.current] },
        legend: { orient: 'top' },
      },
    },
  };
}

export interface DriftBar {
  feature: string;
  /** Population stability index, recorded for every feature whatever the test. */
  psi: number;
  drifted: boolean;
}

/** PSI per feature, worst first, with the common 0.1 / 0.2 reading guides. */
export function driftOverviewChart(bars: readonly DriftBar[]): TopLevelSpec {
  const values = bars.map((bar) => ({ ...bar, status: bar.drifted ? 'drifted' : 'no drift' }));
  return {
    ...base('Population stability index per feature', 520, Math.max(60, 22 * bars.length)),
    config: CONFIG,
    layer: [
      {
        data: { values },
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'feature', type: 'nominal', sort: '-x', title: null },
          x: { field: 'psi', type: 'quantitative', title: 'PSI' },
          color: {
            field: 'status',
            type: 'nominal',
            title: null,
            scale: { domain: ['no drift', 'drifted'], range: [COLORS.current, COLORS.fail] },
            legend: { orient: 'top' },
          },
        },
      },
      {
        data: { values: [{ guide: 0.1 }, { guide: 0.2 }] },
        mark: { type: 'rule', strokeDash: [4, 3], color: '#555' },
        encoding: { x: { field: 'guide', type: 'quantitative' } },
      },
    ],
  };
}

export interface LossPoint {
  epoch: number;
  loss: number;
  series: 'training' | 'validation';
}

export function lossCurveChart(points: readonly LossPoint[]): TopLevelSpec {
  return {
    ...base('Loss per epoch', 520, 200),
    config: CONFIG,
    data: { values: [...points] },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'epoch', type: 'quantitative', title: 'epoch', axis: { tickMinStep: 1 } },
      y: { field: 'loss', type: 'quantitative', title: 'loss', scale: { zero: false } },
      color: {
        field: 'series',
        type: 'nominal',
        title: null,
        scale: { domain: ['training', 'validation'], range: [COLORS.current, COLORS.baseline] },
        legend: { orient: 'top' },
      },
    },
  };
}

export interface IntervalRow {
  metric: string;
  value: number;
  low: number | null;
  high: number | null;
}

/** Point estimates with their bootstrap intervals as error bars; `zero` draws the no-difference line. */
export function intervalChart(title: string, rows: readonly IntervalRow[], zero = false): TopLevelSpec {
  const withBars = rows.filter((row) => row.low !== null && row.high !== null);
  return {
    ...base(title, 520, Math.max(60, 26 * rows.length)),
    config: CONFIG,
    layer: [
      ...(zero
        ? [
            {
              data: { values: [{ zero: 0 }] },
              mark: { type: 'rule' as const, color: '#555', strokeDash: [4, 3] },
              encoding: { x: { field: 'zero', type: 'quantitative' as const } },
            },
          ]
        : []),
      {
        data: { values: [...withBars] },
        mark: { type: 'rule', strokeWidth: 2, color: COLORS.current },
        encoding: {
          y: { field: 'metric', type: 'nominal', title: null, sort: null },
          x: { field: 'low', type: 'quantitative', title: zero ? 'candidate − baseline' : 'value', scale: { zero } },
          x2: { field: 'high' },
        },
      },
      {
        data: { values: [...rows] },
        mark: { type: 'point', filled: true, size: 60, color: COLORS.current },
        encoding: {
          y: { field: 'metric', type: 'nominal', title: null, sort: null },
          x: { field: 'value', type: 'quantitative' },
        },
      },
    ],
  };
}

export interface MatrixCell {
  actual: string;
  predicted: string;
  count: number;
  /** Fraction of the actual class's rows (row-normalised), which sets the colour. */
  share: number;
}

export function confusionMatrixChart(cells: readonly MatrixCell[], classes: readonly string[]): TopLevelSpec {
  const side = Math.min(420, Math.max(160, 48 * classes.length));
  return {
    ...base('Confusion matrix (rows: actual class)', side, side),
    config: CONFIG,
    data: { values: [...cells] },
    encoding: {
      x: { field: 'predicted', type: 'nominal', sort: [...classes], title: 'predicted', axis: { orient: 'top' } },
      y: { field: 'actual', type: 'nominal', sort: [...classes], title: 'actual' },
    },
    layer: [
      {
        mark: { type: 'rect' },
        encoding: {
          color: {
            field: 'share',
            type: 'quantitative',
            title: 'share of actual',
            scale: { scheme: 'blues', domain: [0, 1] },
            legend: { format: '.0%' },
          },
        },
      },
      {
        mark: { type: 'text', fontSize: 12 },
        encoding: {
          text: { field: 'count', type: 'quantitative' },
          color: { condition: { test: 'datum.share > 0.5', value: 'white' }, value: 'black' },
        },
      },
    ],
  };
}

export interface CalibrationPoint {
  meanPredicted: number;
  observed: number;
  count: number;
}

/** Reliability diagram: binned mean prediction against observed frequency; the diagonal is perfect calibration. */
export function calibrationChart(points: readonly CalibrationPoint[], xTitle: string, yTitle: string): TopLevelSpec {
  return {
    ...base('Calibration', 300, 300),
    config: CONFIG,
    layer: [
      {
        data: {
          values: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
        },
        mark: { type: 'line', color: '#999', strokeDash: [4, 3] },
        encoding: {
          x: { field: 'x', type: 'quantitative', scale: { domain: [0, 1] }, title: xTitle },
          y: { field: 'y', type: 'quantitative', scale: { domain: [0, 1] }, title: yTitle },
        },
      },
      {
        data: { values: [...points] },
        mark: { type: 'line', point: true, color: COLORS.current },
        encoding: {
          x: { field: 'meanPredicted', type: 'quantitative' },
          y: { field: 'observed', type: 'quantitative' },
          tooltip: [{ field: 'count', type: 'quantitative' }],
        },
      },
    ],
  };
}

/** Regression: label against prediction on a sample of rows, with the identity line. */
export function predictionScatterChart(points: ReadonlyArray<{ label: number; prediction: number }>): TopLevelSpec {
  const finite = points.flatMap((point) => [point.label, point.prediction]);
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  return {
    ...base(`Prediction vs label (${points.length} rows sampled)`, 300, 300),
    config: CONFIG,
    layer: [
      {
        data: {
          values: [
            { x: low, y: low },
            { x: high, y: high },
          ],
        },
        mark: { type: 'line', color: '#999', strokeDash: [4, 3] },
        encoding: {
          x: { field: 'x', type: 'quantitative', title: 'label', scale: { zero: false } },
          y: { field: 'y', type: 'quantitative', title: 'prediction', scale: { zero: false } },
        },
      },
      {
        data: { values: [...points] },
        mark: { type: 'circle', size: 12, opacity: 0.5, color: COLORS.current },
        encoding: {
          x: { field: 'label', type: 'quantitative' },
          y: { field: 'prediction', type: 'quantitative' },
        },
      },
    ],
  };
}

export interface SliceBar {
  slice: string;
  value: number;
  size: number;
}

/** Slice metric values, worst first as ranked by evaluate; the overall value is the reference line. */
export function sliceChart(metric: string, bars: readonly SliceBar[], overall: number | null): TopLevelSpec {
  return {
    ...base(`${metric} per slice (worst first)`, 520, Math.max(60, 20 * bars.length)),
    config: CONFIG,
    layer: [
      {
        data: { values: [...bars] },
        mark: { type: 'bar', color: COLORS.current },
        encoding: {
          y: { field: 'slice', type: 'nominal', sort: null, title: null, axis: { labelLimit: 320 } },
          x: { field: 'value', type: 'quantitative', title: metric },
        },
      },
      ...(overall === null
        ? []
        : [
            {
              data: { values: [{ overall }] },
              mark: { type: 'rule' as const, color: COLORS.fail, strokeDash: [4, 3] },
              encoding: { x: { field: 'overall', type: 'quantitative' as const } },
            },
          ]),
    ],
  };
}

export interface LatencyBar {
  fromMs: number;
  toMs: number;
  share: number;
  model: 'candidate' | 'baseline';
}

/** Latency histograms on the load test's fixed logarithmic ladder, so candidate and baseline share bins. */
export function latencyHistogramChart(bars: readonly LatencyBar[]): TopLevelSpec {
  const models = [...new Set(bars.map((bar) => bar.model))];
  return {
    ...base('Latency distribution (successful requests)', 520, 180),
    config: CONFIG,
    data: { values: [...bars] },
    mark: { type: 'bar', opacity: 0.6, binSpacing: 0 },
    encoding: {
      x: { field: 'fromMs', type: 'quantitative', title: 'latency (ms, log scale)', scale: { type: 'log' } },
      x2: { field: 'toMs' },
      y: { field: 'share', type: 'quantitative', title: 'share of requests', axis: { format: '.0%' }, stack: null },
      y2: { datum: 0 },
      color: {
        field: 'model',
        type: 'nominal',
        title: null,
        scale: { domain: models, range: models.map((model) => COLORS[model]) },
        legend: { orient: 'top' },
      },
    },
  };
}

export interface PercentileBar {
  percentile: string;
  ms: number;
  model: 'candidate' | 'baseline';
}

export function percentileChart(bars: readonly PercentileBar[]): TopLevelSpec {
  const models = [...new Set(bars.map((bar) => bar.model))];
  return {
    ...base('Latency percentiles', 360, 180),
    config: CONFIG,
    data: { values: [...bars] },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'percentile', type: 'nominal', sort: null, title: null, axis: { labelAngle: 0 } },
      xOffset: { field: 'model', type: 'nominal', sort: models },
      y: { field: 'ms', type: 'quantitative', title: 'ms' },
      color: {
        field: 'model',
        type: 'nominal',
        title: null,
        scale: { domain: models, range: models.map((model) => COLORS[model]) },
        legend: { orient: 'top' },
      },
    },
  };
}

export interface MemoryBar {
  what: string;
  mib: number;
}

/** Resident memory of the serving process against the limit it is held to. */
export function memoryChart(bars: readonly MemoryBar[], limitMib: number | null): TopLevelSpec {
  return {
    ...base('Serving process memory (MiB)', 420, Math.max(50, 28 * bars.length)),
    config: CONFIG,
    layer: [
      {
        data: { values: [...bars] },
        mark: { type: 'bar', color: COLORS.current },
        encoding: {
          y: { field: 'what', type: 'nominal', sort: null, title: null },
          x: { field: 'mib', type: 'quantitative', title: 'MiB' },
        },
      },
      ...(limitMib === null
        ? []
        : [
            {
              data: { values: [{ limit: limitMib }] },
              mark: { type: 'rule' as const, color: COLORS.fail, strokeWidth: 2 },
              encoding: { x: { field: 'limit', type: 'quantitative' as const } },
            },
          ]),
    ],
  };
}

/** Keeps at most `max` items, evenly spaced and always including the last (a loss curve's final epoch). */
export function thin<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, index) => items[Math.round(index * step)]!);
}
