/**
 * The blessing: a candidate model against a baseline, both scored on the same rows.
 *
 * Differences are paired: every bootstrap resample evaluates both models on the same drawn rows, so what the
 * rows have in common (hard examples, label noise) cancels and the interval of (candidate − baseline) is far
 * narrower than two independent intervals would suggest. Any gate that cannot be evaluated fails rather than
 * passes, except where the configuration explicitly allows it (first run with `bootstrap: allow`).
 */
import { ConfigurationError } from '../core/errors.js';
import type { Check, CheckStatus, Verdict } from '../core/verdict.js';
import type { Cell } from '../data/table.js';
import { type BootstrapResult, quantileSorted, Xoshiro128 } from '../evaluate/bootstrap.js';
import { classificationMetrics, type MetricValue, regressionMetrics, scalarMetrics } from '../evaluate/metrics.js';
import { HEADLINE } from '../evaluate/run.js';
import { assignSlices } from '../evaluate/slices.js';
import type { Task } from '../model/package.js';
import {
  type ComparisonConfig,
  type Direction,
  defaultDirection,
  hasThresholds,
  type MetricThreshold,
  metricNames,
  unknownMetricError,
} from './config.js';

export type Predictions = Float32Array | Float64Array;

/** A slice's metrics as recorded by an earlier evaluate run (its metrics.json `slices`). */
export interface FixedSlice {
  key: string;
  size: number;
  metrics: Record<string, number | null>;
}

/** A baseline known only by its recorded metrics: value and change thresholds work, interval gates cannot. */
export interface FixedBaseline {
  fixedMetrics: Record<string, number | null>;
  slices?: FixedSlice[];
  /** Where the numbers came from, for the report. */
  source?: string;
}

export interface ComparisonInput {
  task: Task;
  /** Class names, index = class index; required for classification. */
  classes?: readonly string[];
  /** Classification: class index per row. */
  labels?: Int32Array;
  /** Regression: true value per row. */
  targets?: Float64Array;
  /** Classification: n × K probabilities, row-major; regression: n predicted values. */
  candidate: Predictions;
  /** The baseline's predictions on the same rows, or its recorded metrics; absent on a first run. */
  baseline?: Predictions | FixedBaseline;
  /** Columns the slice specs name, one value per row (same rows as `labels`/`targets`). */
  sliceColumns?: ReadonlyMap<string, readonly Cell[]>;
}

export interface ComparisonOptions {
  /** Paired resamples for the intervals of the differences; 0 turns them (and the interval gates) off. */
  bootstrapSamples: number;
  seed: number;
  /** Two-sided coverage of the intervals, e.g. 0.95. */
  confidence: number;
  /** First run, no baseline: `allow` blesses (recorded as a warning), `deny` does not. */
  bootstrapPolicy: 'allow' | 'deny';
  candidateVersion: string;
  baselineVersion?: string;
}

export interface MetricDifference {
  /** candidate − baseline; null when either is undefined or there is no baseline. */
  value: number | null;
  /** Paired percentile bootstrap interval of the difference; null when none was computed. */
  interval: BootstrapResult | null;
  direction: Direction;
}

export interface SliceComparison {
  key: string;
  /** Candidate rows in the slice (0 when the candidate's data lack it). */
  size: number;
  baselineSize: number;
  candidate: number | null;
  baseline: number | null;
  /** candidate − baseline. */
  difference: number | null;
  /** How much worse the candidate is (positive = worse), whatever the metric's direction. */
  regression: number | null;
  status: CheckStatus;
  message: string;
}

export interface FlipRate {
  /** Flipped rows / rows. */
  rate: number;
  flipped: number;
  rows: number;
  /** `class`: the predicted class differs; `value`: the predictions differ by more than `tolerance`. */
  kind: 'class' | 'value';
  tolerance?: number;
  meanAbsoluteDifference?: number;
}

export interface ComparisonResult {
  verdict: Verdict;
  blessed: boolean;
  task: Task;
  rows: number;
  candidateVersion: string;
  baselineVersion: string | null;
  baselineKind: 'predictions' | 'fixed-metrics' | 'none';
  baselineSource?: string;
  firstRun: boolean;
  checks: Check[];
  metrics: {
    candidate: Record<string, MetricValue>;
    baseline: Record<string, MetricValue> | null;
    difference: Record<string, MetricDifference>;
  };
  /** Null without baseline predictions. */
  flipRate: FlipRate | null;
  /** Metric the slices are compared on. */
  sliceMetric: string | null;
  /** Every compared slice, worst regression first. */
  worstSlices: SliceComparison[];
  bootstrap: { samples: number; seed: number; confidence: number };
}

/** Rounding at an exact threshold (0.8 − 0.79 = 0.010000000000000009) must not fail a change of exactly the limit. */
const SLACK = 1e-12;

function isFixed(baseline: Predictions | FixedBaseline | undefined): baseline is FixedBaseline {
  return baseline !== undefined && !ArrayBuffer.isView(baseline);
}

function fmt(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'undefined';
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  return abs !== 0 && (abs < 1e-3 || abs >= 1e5) ? value.toExponential(3) : value.toFixed(4);
}

function signed(value: number): string {
  return value > 0 ? `+${fmt(value)}` : value < 0 ? `−${fmt(-value)}` : '0';
}

function percent(value: number): string {
  return `${Number((value * 100).toPrecision(4))}%`;
}

/** Positive when the candidate is worse, in the metric's units. */
function worseBy(candidate: number, baseline: number, direction: Direction): number {
  return direction === 'higher' ? baseline - candidate : candidate - baseline;
}

function argmaxRows(probabilities: Predictions, rows: number, k: number): Int32Array {
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (probabilities[r * k + c]! > probabilities[r * k + best]!) best = c;
    out[r] = best;
  }
  return out;
}

interface Prepared {
  n: number;
  classification: boolean;
  k: number;
  scalars: (predictions: Predictions, indices?: Int32Array) => Record<string, MetricValue>;
}

function prepare(input: ComparisonInput): Prepared {
  const classification = input.task !== 'regression';
  if (classification) {
    const { labels, classes } = input;
    if (labels === undefined || classes === undefined) {
      throw new ConfigurationError(`compare-baseline: a ${input.task} comparison needs labels and classes`);
    }
    const k = classes.length;
    const n = labels.length;
    const check = (what: string, values: Predictions) => {
      if (values.length !== n * k) {
        throw new ConfigurationError(
          `compare-baseline: the ${what} gives ${values.length} probabilities, expected ${n} rows × ${k} classes = ${n * k}; both models must be scored on the same rows with the same classes`,
        );
      }
    };
    check('candidate', input.candidate);
    if (input.baseline !== undefined && !isFixed(input.baseline)) check('baseline', input.baseline);
    const probabilities = (predictions: Predictions, indices?: Int32Array) =>
      scalarMetrics(
        classificationMetrics({
          labels,
          probabilities: predictions,
          classes,
          ...(indices === undefined ? {} : { indices }),
        }),
      );
    return { n, classification, k, scalars: probabilities };
  }
  const { targets } = input;
  if (targets === undefined) throw new ConfigurationError('compare-baseline: a regression comparison needs targets');
  const n = targets.length;
  const check = (what: string, values: Predictions) => {
    if (values.length !== n) {
      throw new ConfigurationError(
        `compare-baseline: the ${what} gives ${values.length} predictions for ${n} targets; both models must be scored on the same rows`,
      );
    }
  };
  check('candidate', input.candidate);
  if (input.baseline !== undefined && !isFixed(input.baseline)) check('baseline', input.baseline);
  // regressionMetrics takes float64; converting once here keeps a float32 input from being copied per resample.
  const widened = new WeakMap<Predictions, Float64Array>();
  const asFloat64 = (predictions: Predictions): Float64Array => {
    if (predictions instanceof Float64Array) return predictions;
    let copy = widened.get(predictions);
    if (copy === undefined) {
      copy = Float64Array.from(predictions);
      widened.set(predictions, copy);
    }
    return copy;
  };
  const values = (predictions: Predictions, indices?: Int32Array) =>
    scalarMetrics(
      regressionMetrics({
        targets,
        predictions: asFloat64(predictions),
        ...(indices === undefined ? {} : { indices }),
      }),
    );
  return { n, classification, k: 1, scalars: values };
}

function validateOptions(options: ComparisonOptions): void {
  if (!Number.isInteger(options.bootstrapSamples) || options.bootstrapSamples < 0) {
    throw new ConfigurationError(
      `compare-baseline: bootstrap-samples must be an integer ≥ 0, got ${options.bootstrapSamples}`,
    );
  }
  if (!Number.isInteger(options.seed))
    throw new ConfigurationError(`compare-baseline: seed must be an integer, got ${options.seed}`);
  if (!(options.confidence > 0 && options.confidence < 1)) {
    throw new ConfigurationError(
      `compare-baseline: confidence-level must be in (0, 1), e.g. 0.95, got ${options.confidence}`,
    );
  }
}

/**
 * Paired percentile intervals of (candidate − baseline) for several metrics from one pass of resamples. The
 * resamples are exactly those of `pairedBootstrapDifference` for the same (n, seed, samples), so each interval
 * equals what that function gives for the metric alone, at the cost of one metric computation per model per
 * resample instead of one per metric.
 */
function pairedIntervals(
  n: number,
  names: readonly string[],
  candidate: (indices: Int32Array) => Record<string, MetricValue>,
  baseline: (indices: Int32Array) => Record<string, MetricValue>,
  options: { samples: number; seed: number; confidence: number },
): Record<string, BootstrapResult> {
  const out: Record<string, BootstrapResult> = {};
  if (n === 0) {
    for (const name of names) out[name] = { low: null, high: null, reason: 'no rows to resample' };
    return out;
  }
  const rng = new Xoshiro128(options.seed);
  const indices = new Int32Array(n);
  const values = names.map(() => new Float64Array(options.samples));
  const valid = names.map(() => 0);
  for (let s = 0; s < options.samples; s++) {
    for (let i = 0; i < n; i++) indices[i] = rng.nextBelow(n);
    const a = candidate(indices);
    const b = baseline(indices);
    names.forEach((name, m) => {
      const x = a[name]?.value;
      const y = b[name]?.value;
      if (x === null || x === undefined || y === null || y === undefined) return;
      const d = x - y;
      if (Number.isFinite(d)) values[m]![valid[m]!++] = d;
    });
  }
  const alpha = (1 - options.confidence) / 2;
  names.forEach((name, m) => {
    const count = valid[m]!;
    if (count === 0) {
      out[name] = {
        low: null,
        high: null,
        reason: `the difference of ${name} was undefined in all ${options.samples} resamples`,
      };
      return;
    }
    const sorted = values[m]!.subarray(0, count).sort();
    out[name] = {
      low: quantileSorted(sorted, alpha),
      high: quantileSorted(sorted, 1 - alpha),
      samples: options.samples,
      validSamples: count,
      confidence: options.confidence,
      method: 'percentile',
    };
  });
  return out;
}

function boundsCheck(metric: string, threshold: MetricThreshold, value: MetricValue | undefined): Check | null {
  if (threshold.lower === undefined && threshold.upper === undefined) return null;
  const limit = [
    threshold.lower === undefined ? '' : `≥ ${threshold.lower}`,
    threshold.upper === undefined ? '' : `≤ ${threshold.upper}`,
  ]
    .filter(Boolean)
    .join(' and ');
  const check = `metric.${metric}.bounds`;
  if (value === undefined || value.value === null) {
    const reason = value !== undefined && value.value === null ? value.undefinedReason : 'not computed';
    return {
      check,
      status: 'fail',
      value: null,
      threshold: limit,
      message: `candidate ${metric} is undefined (${reason}), so it cannot meet ${limit}`,
    };
  }
  const ok =
    (threshold.lower === undefined || value.value >= threshold.lower) &&
    (threshold.upper === undefined || value.value <= threshold.upper);
  return {
    check,
    status: ok ? 'pass' : 'fail',
    value: value.value,
    threshold: limit,
    message: `candidate ${metric} = ${fmt(value.value)} ${ok ? 'meets' : 'misses'} ${limit}`,
  };
}

function changeChecks(
  metric: string,
  threshold: MetricThreshold,
  candidate: MetricValue | undefined,
  baseline: MetricValue | undefined,
  noBaseline: string | null,
): Check[] {
  const change = threshold.change;
  if (change === undefined) return [];
  const { direction } = threshold;
  const worse = direction === 'higher' ? 'lower' : 'higher';
  const checks: Check[] = [];
  const kinds: Array<['absolute' | 'relative', number]> = [];
  if (change.absolute !== undefined) kinds.push(['absolute', change.absolute]);
  if (change.relative !== undefined) kinds.push(['relative', change.relative]);
  for (const [kind, allowed] of kinds) {
    const check = `metric.${metric}.change.${kind}`;
    const sign = direction === 'higher' ? '−' : '+';
    const threshold =
      kind === 'absolute'
        ? `Δ ${direction === 'higher' ? '≥' : '≤'} ${sign}${allowed}`
        : `Δ/|baseline| ${direction === 'higher' ? '≥' : '≤'} ${sign}${percent(allowed)}`;
    if (noBaseline !== null) {
      checks.push({ check, status: 'skip', value: null, threshold, message: `not compared: ${noBaseline}` });
      continue;
    }
    const c = candidate?.value ?? null;
    const b = baseline?.value ?? null;
    if (c === null || b === null) {
      const who = c === null ? 'candidate' : 'baseline';
      const which = c === null ? candidate : baseline;
      const reason = which !== undefined && which.value === null ? which.undefinedReason : 'not recorded';
      checks.push({
        check,
        status: 'fail',
        value: null,
        threshold,
        message: `${who} ${metric} is undefined (${reason}), so the change cannot be checked against ${threshold}`,
      });
      continue;
    }
    const delta = c - b;
    const regression = worseBy(c, b, direction);
    if (kind === 'absolute') {
      const ok = regression <= allowed + SLACK * Math.max(1, Math.abs(b));
      checks.push({
        check,
        status: ok ? 'pass' : 'fail',
        value: delta,
        threshold,
        message: `${metric} ${fmt(b)} → ${fmt(c)} (Δ ${signed(delta)}); ${ok ? 'within' : 'beyond'} the allowed ${worse === 'lower' ? 'drop' : 'rise'} of ${fmt(allowed)}`,
      });
    } else {
      const scale = Math.abs(b);
      const ratio = scale === 0 ? null : delta / scale;
      const ok = scale === 0 ? regression <= 0 : regression <= allowed * scale + SLACK * Math.max(1, scale);
      checks.push({
        check,
        status: ok ? 'pass' : 'fail',
        value: ratio,
        threshold,
        message:
          scale === 0
            ? `${metric} ${fmt(b)} → ${fmt(c)}: the baseline is 0, so any move ${worse} counts as an unbounded relative regression`
            : `${metric} ${fmt(b)} → ${fmt(c)} (${ratio !== null && ratio > 0 ? '+' : ''}${percent(ratio ?? 0)}); ${ok ? 'within' : 'beyond'} the allowed ${worse === 'lower' ? 'drop' : 'rise'} of ${percent(allowed)}`,
      });
    }
  }
  return checks;
}

function intervalText(interval: BootstrapResult): string {
  return interval.low === null
    ? `undefined (${interval.reason})`
    : `[${signed(interval.low)}, ${signed(interval.high)}]`;
}

function intervalChecks(
  metric: string,
  threshold: MetricThreshold,
  difference: MetricDifference,
  unavailable: { status: CheckStatus; reason: string } | null,
): Check[] {
  const { direction } = threshold;
  const checks: Check[] = [];
  const gates: Array<{ id: string; limit: number; name: string }> = [];
  if (threshold.nonInferiority !== undefined)
    gates.push({ id: 'non-inferiority', limit: threshold.nonInferiority.margin, name: 'non-inferiority' });
  if (threshold.superiority !== undefined) gates.push({ id: 'superiority', limit: 0, name: 'superiority' });
  for (const gate of gates) {
    const check = `metric.${metric}.${gate.id}`;
    // Higher is better: the lower bound must clear −margin; lower is better: the upper bound must stay under +margin.
    const side = direction === 'higher' ? 'lower' : 'upper';
    const limitText =
      direction === 'higher'
        ? `CI lower bound of Δ > ${gate.limit === 0 ? '0' : `−${gate.limit}`}`
        : `CI upper bound of Δ < ${gate.limit === 0 ? '0' : `+${gate.limit}`}`;
    if (unavailable !== null) {
      checks.push({
        check,
        status: unavailable.status,
        value: null,
        threshold: limitText,
        message: `${gate.name} of ${metric} not tested: ${unavailable.reason}`,
      });
      continue;
    }
    const interval = difference.interval;
    if (interval === null || interval.low === null) {
      checks.push({
        check,
        status: 'fail',
        value: null,
        threshold: limitText,
        message: `${gate.name} of ${metric} cannot be tested: the interval of Δ is ${interval === null ? 'missing' : `undefined (${interval.reason})`}`,
      });
      continue;
    }
    const bound = direction === 'higher' ? interval.low : interval.high;
    const ok = direction === 'higher' ? bound > -gate.limit : bound < gate.limit;
    const level = `${Number((interval.confidence * 100).toPrecision(4))}%`;
    const verdict =
      gate.id === 'superiority'
        ? ok
          ? 'the candidate is better beyond resampling noise'
          : 'the interval does not exclude "no improvement"'
        : ok
          ? `the candidate is not worse by more than the margin ${gate.limit}`
          : `a regression beyond the margin ${gate.limit} cannot be ruled out`;
    checks.push({
      check,
      status: ok ? 'pass' : 'fail',
      value: bound,
      threshold: limitText,
      message: `${level} paired bootstrap CI of Δ ${metric} (candidate − baseline) = ${intervalText(interval)}, Δ = ${difference.value === null ? 'undefined' : signed(difference.value)}; ${side} bound ${signed(bound)}: ${verdict} (${interval.validSamples}/${interval.samples} resamples defined)`,
    });
  }
  return checks;
}

/** "country=DE & age=[18,30)" → ["country", "age"]; a key is written by assignSlices as feature=value joined by " & ". */
function keyFeatures(key: string): string {
  return key
    .split(' & ')
    .map((part) => part.slice(0, Math.max(0, part.indexOf('='))))
    .sort()
    .join('\u0000');
}

interface CandidateSlice {
  key: string;
  size: number;
  indices: Int32Array;
}

function compareSlices(
  input: ComparisonInput,
  config: ComparisonConfig,
  prepared: Prepared,
  metric: string,
  direction: Direction,
  noBaseline: string | null,
): { checks: Check[]; slices: SliceComparison[] } {
  const slicing = config.slices;
  if (slicing === undefined) return { checks: [], slices: [] };
  const columns = input.sliceColumns;
  if (columns === undefined) {
    throw new ConfigurationError(
      'compare-baseline.slices is set but no slice columns were read; the data must contain the sliced features',
    );
  }
  const assigned: CandidateSlice[] = assignSlices(slicing.specs, (name) => columns.get(name), prepared.n, {
    knownColumns: [...columns.keys()],
  }).map((slice) => ({ key: slice.key, size: slice.indices.length, indices: slice.indices }));
  const allowed = slicing.change.absolute;
  const minSize = slicing.minSize;
  const limitText = allowed === undefined ? null : `Δ ${direction === 'higher' ? '≥ −' : '≤ +'}${allowed}`;
  const valueOn = (predictions: Predictions, indices: Int32Array) =>
    prepared.scalars(predictions, indices)[metric]?.value ?? null;
  const compared: SliceComparison[] = [];
  const checks: Check[] = [];

  const judge = (
    key: string,
    size: number,
    baselineSize: number,
    c: number | null,
    b: number | null,
  ): SliceComparison => {
    const base = { key, size, baselineSize, candidate: c, baseline: b };
    if (c === null || b === null) {
      return {
        ...base,
        difference: null,
        regression: null,
        status: 'skip',
        message: `${metric} is undefined on the slice for the ${c === null ? 'candidate' : 'baseline'}`,
      };
    }
    const difference = c - b;
    const regression = worseBy(c, b, direction);
    if (allowed === undefined) {
      return { ...base, difference, regression, status: 'pass', message: `Δ ${signed(difference)} (no change limit)` };
    }
    const ok = regression <= allowed + SLACK * Math.max(1, Math.abs(b));
    return {
      ...base,
      difference,
      regression,
      status: ok ? 'pass' : 'fail',
      message: `${metric} ${fmt(b)} → ${fmt(c)} (Δ ${signed(difference)}) on ${size} rows; ${ok ? 'within' : 'exceeds'} the allowed ${fmt(allowed)}`,
    };
  };

  if (noBaseline !== null) {
    for (const slice of assigned) {
      const c = slice.size >= minSize ? valueOn(input.candidate, slice.indices) : null;
      compared.push({
        key: slice.key,
        size: slice.size,
        baselineSize: 0,
        candidate: c,
        baseline: null,
        difference: null,
        regression: null,
        status: 'skip',
        message: `not compared: ${noBaseline}`,
      });
    }
    checks.push({
      check: 'slice.change',
      status: 'skip',
      value: null,
      threshold: limitText,
      message: `${assigned.length} slices not compared: ${noBaseline}`,
    });
    return { checks, slices: compared };
  }

  const baseline = input.baseline;
  if (isFixed(baseline)) {
    const recorded = baseline.slices ?? [];
    if (recorded.length === 0) {
      checks.push({
        check: 'slice.change',
        status: 'skip',
        value: null,
        threshold: limitText,
        message: 'the fixed-metrics baseline records no slices; compare against a baseline model to gate on slices',
      });
      return { checks, slices: [] };
    }
    const wantedShapes = new Set(assigned.map((slice) => keyFeatures(slice.key)));
    for (const spec of slicing.specs) {
      const parts = 'cross' in spec ? spec.cross.map((p) => (typeof p === 'string' ? p : p.feature)) : [spec.feature];
      wantedShapes.add([...parts].sort().join('\u0000'));
    }
    const byKey = new Map(assigned.map((slice) => [slice.key, slice]));
    const seen = new Set<string>();
    for (const old of recorded) {
      if (!wantedShapes.has(keyFeatures(old.key)) || old.size < minSize) continue;
      seen.add(old.key);
      const current = byKey.get(old.key);
      const b = old.metrics[metric] ?? null;
      if (current === undefined || current.size < minSize) {
        const size = current?.size ?? 0;
        const status: CheckStatus = slicing.failOnMissing ? 'fail' : 'warn';
        const what =
          current === undefined
            ? `is missing from the candidate's data`
            : `has only ${size} rows in the candidate's data (minimum ${minSize})`;
        const message = `slice ${old.key} (${old.size} rows in the baseline's data) ${what}, so its ${metric} cannot be compared${slicing.failOnMissing ? '; set compare-baseline.slices.failOnMissing: false to accept that' : ''}`;
        compared.push({
          key: old.key,
          size,
          baselineSize: old.size,
          candidate: null,
          baseline: b,
          difference: null,
          regression: null,
          status,
          message,
        });
        checks.push({
          check: 'slice.missing',
          status,
          value: size,
          threshold: `≥ ${minSize} rows`,
          feature: old.key,
          message,
        });
        continue;
      }
      compared.push(judge(old.key, current.size, old.size, valueOn(input.candidate, current.indices), b));
    }
    for (const slice of assigned) {
      if (seen.has(slice.key) || slice.size < minSize) continue;
      compared.push({
        key: slice.key,
        size: slice.size,
        baselineSize: 0,
        candidate: valueOn(input.candidate, slice.indices),
        baseline: null,
        difference: null,
        regression: null,
        status: 'skip',
        message: 'new slice: not in the baseline',
      });
    }
  } else if (baseline !== undefined) {
    for (const slice of assigned) {
      if (slice.size < minSize) {
        compared.push({
          key: slice.key,
          size: slice.size,
          baselineSize: slice.size,
          candidate: null,
          baseline: null,
          difference: null,
          regression: null,
          status: 'skip',
          message: `${slice.size} rows, fewer than the minimum slice size ${minSize}`,
        });
        continue;
      }
      compared.push(
        judge(
          slice.key,
          slice.size,
          slice.size,
          valueOn(input.candidate, slice.indices),
          valueOn(baseline, slice.indices),
        ),
      );
    }
  }

  compared.sort(
    (x, y) =>
      (y.regression ?? Number.NEGATIVE_INFINITY) - (x.regression ?? Number.NEGATIVE_INFINITY) ||
      y.size - x.size ||
      (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
  );
  if (allowed !== undefined) {
    const failed = compared.filter((slice) => slice.status === 'fail' && slice.regression !== null);
    for (const slice of failed) {
      checks.push({
        check: 'slice.change',
        status: 'fail',
        value: slice.difference,
        threshold: limitText,
        feature: slice.key,
        message: slice.message,
      });
    }
    const judged = compared.filter((slice) => slice.regression !== null);
    if (failed.length === 0) {
      const worst = judged[0];
      checks.push({
        check: 'slice.change',
        status: judged.length === 0 ? 'warn' : 'pass',
        value: worst?.difference ?? null,
        threshold: limitText,
        message:
          judged.length === 0
            ? `no slice had ≥ ${minSize} rows and a defined ${metric} in both models, so no slice was compared`
            : `${judged.length} slices within the allowed ${metric} regression; worst ${worst?.key} (Δ ${signed(worst?.difference ?? 0)})`,
      });
    }
  }
  return { checks, slices: compared };
}

function flipRate(input: ComparisonInput, prepared: Prepared, tolerance: number | undefined): FlipRate | null {
  const baseline = input.baseline;
  if (baseline === undefined || isFixed(baseline)) return null;
  const { n, k } = prepared;
  if (prepared.classification) {
    const a = argmaxRows(input.candidate, n, k);
    const b = argmaxRows(baseline, n, k);
    let flipped = 0;
    for (let r = 0; r < n; r++) if (a[r] !== b[r]) flipped++;
    return { rate: n === 0 ? 0 : flipped / n, flipped, rows: n, kind: 'class' };
  }
  let limit = tolerance;
  if (limit === undefined) {
    // A tenth of the targets' spread: differences below it do not change what the prediction means.
    const targets = input.targets ?? new Float64Array();
    let mean = 0;
    for (let r = 0; r < n; r++) mean += targets[r]! / n;
    let variance = 0;
    for (let r = 0; r < n; r++) variance += (targets[r]! - mean) ** 2 / n;
    limit = 0.1 * Math.sqrt(variance);
  }
  let flipped = 0;
  let absSum = 0;
  for (let r = 0; r < n; r++) {
    const d = Math.abs(input.candidate[r]! - baseline[r]!);
    absSum += d;
    if (d > limit) flipped++;
  }
  return {
    rate: n === 0 ? 0 : flipped / n,
    flipped,
    rows: n,
    kind: 'value',
    tolerance: limit,
    meanAbsoluteDifference: n === 0 ? 0 : absSum / n,
  };
}

function fixedAsMetricValues(fixed: FixedBaseline, names: readonly string[]): Record<string, MetricValue> {
  const out: Record<string, MetricValue> = {};
  for (const name of names) {
    const value = fixed.fixedMetrics[name];
    if (value === undefined) continue;
    out[name] =
      value === null || !Number.isFinite(value)
        ? { value: null, undefinedReason: 'undefined in the recorded baseline metrics' }
        : { value };
  }
  return out;
}

/**
 * Compares a candidate with its baseline on the same rows and decides whether to bless it. Configuration
 * mistakes (unknown metric for the task, misaligned inputs) throw ConfigurationError; everything measured,
 * pass or fail, is a check in the verdict.
 */
export function compareModels(
  input: ComparisonInput,
  config: ComparisonConfig,
  options: ComparisonOptions,
): ComparisonResult {
  validateOptions(options);
  const valid = metricNames(input.task);
  for (const metric of Object.keys(config.metrics)) {
    if (!valid.includes(metric)) throw unknownMetricError('compare-baseline.metrics', metric, input.task);
  }
  const headline = HEADLINE[input.task];
  const sliceMetric = config.slices === undefined ? null : (config.slices.metric ?? headline[0]!.metric);
  if (sliceMetric !== null && !valid.includes(sliceMetric)) {
    throw unknownMetricError('compare-baseline.slices.metric', sliceMetric, input.task);
  }
  const prepared = prepare(input);
  const { baseline } = input;
  const fixed = isFixed(baseline) ? baseline : undefined;
  const paired = baseline !== undefined && !isFixed(baseline) ? baseline : undefined;
  const firstRun = baseline === undefined;
  const checks: Check[] = [];

  if (!hasThresholds(config)) {
    checks.push({
      check: 'config.thresholds',
      status: 'fail',
      value: 0,
      threshold: '≥ 1 threshold',
      message:
        'no thresholds configured: set compare-baseline.metrics in mlops.yml (e.g. rocAuc: {nonInferiority: {margin: 0.01}}); a comparison without a threshold never blesses',
    });
  }
  if (firstRun) {
    checks.push(
      options.bootstrapPolicy === 'allow'
        ? {
            check: 'baseline.first-run',
            status: 'warn',
            value: 'no baseline',
            threshold: 'bootstrap: allow',
            message:
              'first run, no baseline: allowed by bootstrap: allow; only the value bounds were checked, the comparisons were skipped',
          }
        : {
            check: 'baseline.first-run',
            status: 'fail',
            value: 'no baseline',
            threshold: 'bootstrap: deny',
            message:
              'first run, no baseline to compare with, and bootstrap is deny; set the `bootstrap` input (or compare-baseline.bootstrap in mlops.yml) to `allow` to bless the first model on its value bounds alone',
          },
    );
  }

  const candidateMetrics = prepared.scalars(input.candidate);
  const baselineMetrics =
    paired !== undefined
      ? prepared.scalars(paired)
      : fixed !== undefined
        ? fixedAsMetricValues(fixed, Object.keys(candidateMetrics))
        : null;

  const intervalNames = [...new Set([...Object.keys(config.metrics), ...headline.map((h) => h.metric)])];
  const intervals =
    paired !== undefined && options.bootstrapSamples > 0
      ? pairedIntervals(
          prepared.n,
          intervalNames,
          (indices) => prepared.scalars(input.candidate, indices),
          (indices) => prepared.scalars(paired, indices),
          { samples: options.bootstrapSamples, seed: options.seed, confidence: options.confidence },
        )
      : {};
  const difference: Record<string, MetricDifference> = {};
  for (const name of Object.keys(candidateMetrics)) {
    const c = candidateMetrics[name]?.value ?? null;
    const b = baselineMetrics?.[name]?.value ?? null;
    const fixedReason = 'the baseline is a fixed-metrics file: without its predictions there is no paired interval';
    difference[name] = {
      value: c === null || b === null ? null : c - b,
      interval:
        intervals[name] ??
        (fixed !== undefined && intervalNames.includes(name) ? { low: null, high: null, reason: fixedReason } : null),
      direction: config.metrics[name]?.direction ?? defaultDirection(name) ?? 'higher',
    };
  }

  const noBaseline = firstRun ? 'first run, no baseline' : null;
  const intervalUnavailable: { status: CheckStatus; reason: string } | null = firstRun
    ? { status: 'skip', reason: 'first run, no baseline' }
    : fixed !== undefined
      ? {
          status: 'skip',
          reason: `the baseline is a fixed-metrics file${fixed.source === undefined ? '' : ` (${fixed.source})`}, so there is no paired bootstrap interval; compare against the baseline model to test it`,
        }
      : options.bootstrapSamples === 0
        ? { status: 'fail', reason: 'bootstrap-samples is 0; set it to e.g. 1000 to test interval gates' }
        : null;

  for (const [metric, threshold] of Object.entries(config.metrics)) {
    const bounds = boundsCheck(metric, threshold, candidateMetrics[metric]);
    if (bounds !== null) checks.push(bounds);
    checks.push(
      ...changeChecks(
        metric,
        threshold,
        candidateMetrics[metric],
        baselineMetrics?.[metric] ?? {
          value: null,
          undefinedReason: fixed === undefined ? 'no baseline' : 'not in the baseline metrics file',
        },
        noBaseline,
      ),
    );
    const diff = difference[metric] ?? { value: null, interval: null, direction: threshold.direction };
    checks.push(...intervalChecks(metric, threshold, diff, intervalUnavailable));
  }

  const sliceDirection =
    sliceMetric === null
      ? 'higher'
      : (config.metrics[sliceMetric]?.direction ?? defaultDirection(sliceMetric) ?? 'higher');
  const slices =
    sliceMetric === null
      ? { checks: [], slices: [] }
      : compareSlices(input, config, prepared, sliceMetric, sliceDirection, noBaseline);
  checks.push(...slices.checks);

  // A fixed-metrics baseline can leave every configured gate skipped; blessing then would rest on nothing.
  const gates = checks.filter((check) => check.check.startsWith('metric.') || check.check.startsWith('slice.'));
  if (fixed !== undefined && gates.length > 0 && gates.every((check) => check.status === 'skip')) {
    checks.push({
      check: 'config.nothing-checked',
      status: 'fail',
      value: gates.length,
      threshold: '≥ 1 evaluated threshold',
      message:
        'every configured threshold was skipped against the fixed-metrics baseline; add a value or change threshold, or compare against the baseline model',
    });
  }

  const blessed = checks.every((check) => check.status !== 'fail');
  const verdict: Verdict = { kind: 'compare-baseline', passed: blessed, checks, createdAt: new Date().toISOString() };
  return {
    verdict,
    blessed,
    task: input.task,
    rows: prepared.n,
    candidateVersion: options.candidateVersion,
    baselineVersion: options.baselineVersion ?? null,
    baselineKind: paired !== undefined ? 'predictions' : fixed !== undefined ? 'fixed-metrics' : 'none',
    ...(fixed?.source === undefined ? {} : { baselineSource: fixed.source }),
    firstRun,
    checks,
    metrics: { candidate: candidateMetrics, baseline: baselineMetrics, difference },
    flipRate: flipRate(input, prepared, config.flipTolerance),
    sliceMetric,
    worstSlices: slices.slices,
    bootstrap: { samples: options.bootstrapSamples, seed: options.seed, confidence: options.confidence },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberOrNull(value: unknown): number | null | undefined {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (isRecord(value) && 'value' in value) return numberOrNull(value.value);
  return undefined;
}

/** evaluate's nested metrics object (macro.f1, …) flattened to the names of `scalarMetrics`. */
function flattenMetrics(metrics: Record<string, unknown>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [key, value] of Object.entries(metrics)) {
    const number = numberOrNull(value);
    if (number !== undefined && key !== 'n') out[key] = number;
  }
  for (const average of ['macro', 'micro', 'weighted'] as const) {
    const group = metrics[average];
    if (!isRecord(group)) continue;
    for (const [part, name] of [
      ['precision', 'Precision'],
      ['recall', 'Recall'],
      ['f1', 'F1'],
    ] as const) {
      const number = numberOrNull(group[part]);
      if (number !== undefined) out[`${average}${name}`] = number;
    }
  }
  return out;
}

/**
 * A fixed-metrics baseline from JSON written by an earlier run: evaluate's whole metrics.json (metrics and
 * slices), its `metrics` object, a compare-baseline result (its candidate's metrics), or a flat
 * `{name: number | null}` / `{name: {value}}` map.
 */
export function fixedBaselineFromJson(value: unknown, source: string): FixedBaseline {
  if (!isRecord(value)) {
    throw new ConfigurationError(`baseline metrics ${source} must be a JSON object of metric values`);
  }
  let metrics: Record<string, unknown> = value;
  let slices: FixedSlice[] | undefined;
  if (value.format === 'mlops-actions/metrics' && isRecord(value.metrics)) {
    metrics = value.metrics;
    const recorded = isRecord(value.slices) ? value.slices : {};
    slices = [];
    for (const group of ['ranked', 'skipped'] as const) {
      const list = recorded[group];
      if (!Array.isArray(list)) continue;
      for (const item of list) {
        if (!isRecord(item) || typeof item.key !== 'string' || typeof item.size !== 'number') continue;
        slices.push({
          key: item.key,
          size: item.size,
          metrics: isRecord(item.metrics) ? flattenMetrics(item.metrics) : {},
        });
      }
    }
  } else if (isRecord(value.metrics) && isRecord(value.metrics.candidate)) {
    metrics = value.metrics.candidate;
  } else if (isRecord(value.metrics)) {
    metrics = value.metrics;
  }
  const fixedMetrics = flattenMetrics(metrics);
  if (Object.keys(fixedMetrics).length === 0) {
    throw new ConfigurationError(
      `baseline metrics ${source} holds no metric values; give evaluate's metrics.json or an object such as {"rocAuc": 0.81}`,
    );
  }
  return { fixedMetrics, ...(slices === undefined ? {} : { slices }), source };
}
