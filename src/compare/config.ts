/**
 * The thresholds of compare-baseline (mlops.yml's `compare-baseline.metrics` and `compare-baseline.slices`):
 * TFMA's value and change thresholds, plus gates on the paired bootstrap interval of the difference, so a
 * candidate is judged by how sure we are that it is not worse rather than by one noisy point estimate.
 */
import { ConfigurationError } from '../core/errors.js';
import { compileValidator } from '../core/json-schema.js';
import { parseSliceConfig } from '../evaluate/slice-text.js';
import { assignSlices, type SliceSpec } from '../evaluate/slices.js';
import type { Task } from '../model/package.js';
import { COMPARISON_CONFIG_SCHEMA_PROPERTIES, DEFAULT_MIN_SLICE_SIZE } from './config-schema.js';

export type Direction = 'higher' | 'lower';

/** Scalar metric names as `scalarMetrics` reports them, with the direction in which each is better. */
export const CLASSIFICATION_METRIC_DIRECTIONS: Readonly<Record<string, Direction>> = {
  accuracy: 'higher',
  balancedAccuracy: 'higher',
  macroPrecision: 'higher',
  macroRecall: 'higher',
  macroF1: 'higher',
  microPrecision: 'higher',
  microRecall: 'higher',
  microF1: 'higher',
  weightedPrecision: 'higher',
  weightedRecall: 'higher',
  weightedF1: 'higher',
  rocAuc: 'higher',
  prAuc: 'higher',
  logLoss: 'lower',
  brier: 'lower',
  ece: 'lower',
};

export const REGRESSION_METRIC_DIRECTIONS: Readonly<Record<string, Direction>> = {
  mae: 'lower',
  rmse: 'lower',
  r2: 'higher',
  mape: 'lower',
  medianAbsoluteError: 'lower',
};

/** Names people write for a metric, mapped to ours, so an error can say what they probably meant. */
const ALIASES: Readonly<Record<string, string>> = {
  auc: 'rocAuc',
  roc_auc: 'rocAuc',
  rocauc: 'rocAuc',
  pr_auc: 'prAuc',
  average_precision: 'prAuc',
  f1: 'macroF1',
  f1_macro: 'macroF1',
  loss: 'logLoss',
  log_loss: 'logLoss',
  logloss: 'logLoss',
  brier_score: 'brier',
  balanced_accuracy: 'balancedAccuracy',
  mse: 'rmse',
  median_absolute_error: 'medianAbsoluteError',
};

/** The metric names a threshold may use for a task; every name of either kind when the task is not known yet. */
export function metricNames(task?: Task): string[] {
  if (task === 'regression') return Object.keys(REGRESSION_METRIC_DIRECTIONS);
  if (task === 'binary' || task === 'multiclass') return Object.keys(CLASSIFICATION_METRIC_DIRECTIONS);
  return [...Object.keys(CLASSIFICATION_METRIC_DIRECTIONS), ...Object.keys(REGRESSION_METRIC_DIRECTIONS)];
}

/** The direction in which a metric is better, or undefined for a name that is not a metric. */
export function defaultDirection(metric: string): Direction | undefined {
  return CLASSIFICATION_METRIC_DIRECTIONS[metric] ?? REGRESSION_METRIC_DIRECTIONS[metric];
}

export interface ChangeThreshold {
  /** Largest allowed move in the worse direction, in the metric's units. */
  absolute?: number;
  /** Largest allowed move in the worse direction as a fraction of |baseline|, e.g. 0.05 for 5%. */
  relative?: number;
}

export interface MetricThreshold {
  /** Bounds on the candidate's value, checked with or without a baseline. */
  lower?: number;
  upper?: number;
  change?: ChangeThreshold;
  /** Resolved: the configured direction, else the metric's own. */
  direction: Direction;
  /** Passes when the worse-side bound of the paired interval of (candidate − baseline) is better than −margin. */
  nonInferiority?: { margin: number };
  /** Passes when the paired interval of (candidate − baseline) excludes 0 on the better side. */
  superiority?: true;
}

export interface SliceThresholds {
  specs: SliceSpec[];
  /** Undefined: the task's headline metric, chosen by compareModels. */
  metric?: string;
  /** Largest allowed per-slice move in the worse direction. */
  change: { absolute?: number };
  /** Slices with fewer rows are not compared: their metric is too noisy to gate on. */
  minSize: number;
  /** A baseline slice that the candidate's data lack (or has too few rows of) fails the comparison. */
  failOnMissing: boolean;
}

export interface ComparisonConfig {
  metrics: Record<string, MetricThreshold>;
  slices?: SliceThresholds;
  /** Regression flip rate: predictions that differ by more than this count as flipped. */
  flipTolerance?: number;
}

export { COMPARISON_CONFIG_SCHEMA_PROPERTIES, DEFAULT_MIN_SLICE_SIZE } from './config-schema.js';

/** The same as a standalone object schema, for validating `{metrics, slices, flipTolerance}` on its own. */
export const COMPARISON_CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: COMPARISON_CONFIG_SCHEMA_PROPERTIES,
} as const;

interface RawMetricThreshold {
  lower?: number;
  upper?: number;
  change?: ChangeThreshold;
  direction?: Direction;
  nonInferiority?: { margin: number };
  superiority?: true;
}

interface RawConfig {
  metrics?: Record<string, RawMetricThreshold>;
  slices?: {
    specs: unknown;
    metric?: string;
    change?: { absolute?: number };
    minSize?: number;
    failOnMissing?: boolean;
  };
  flipTolerance?: number;
}

const validateRaw = compileValidator<RawConfig>(COMPARISON_CONFIG_SCHEMA, 'compare-baseline threshold configuration');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function unknownMetricError(where: string, metric: string, task?: Task): ConfigurationError {
  const valid = metricNames(task);
  const alias = ALIASES[metric.toLowerCase()] ?? valid.find((name) => name.toLowerCase() === metric.toLowerCase());
  const hint = alias !== undefined && valid.includes(alias) ? ` (did you mean "${alias}"?)` : '';
  const kind = task === undefined ? '' : ` ${task}`;
  return new ConfigurationError(
    `${where} names "${metric}", which is not a${kind} metric${hint}; use one of: ${valid.join(', ')}`,
  );
}

/**
 * Parses the `compare-baseline` section of mlops.yml (its input keys are ignored) into typed thresholds. The
 * task, when known, narrows the valid metric names; compareModels checks them against the task again.
 */
export function parseComparisonConfig(section: unknown, task?: Task): ComparisonConfig {
  if (section === undefined || section === null) return { metrics: {} };
  if (!isRecord(section)) throw new ConfigurationError('mlops.yml: compare-baseline must be a mapping');
  const picked: Record<string, unknown> = {};
  for (const key of ['metrics', 'slices', 'flipTolerance']) {
    if (section[key] !== undefined && section[key] !== null) picked[key] = section[key];
  }
  const raw = validateRaw(picked, 'mlops.yml compare-baseline');
  const metrics: Record<string, MetricThreshold> = {};
  for (const [metric, entry] of Object.entries(raw.metrics ?? {})) {
    const where = `compare-baseline.metrics.${metric}`;
    const direction = entry.direction ?? defaultDirection(metric);
    if (direction === undefined || !metricNames(task).includes(metric)) {
      throw unknownMetricError('compare-baseline.metrics', metric, task);
    }
    if (entry.nonInferiority !== undefined && entry.superiority !== undefined) {
      throw new ConfigurationError(
        `${where} sets both nonInferiority and superiority; keep one (superiority is the stricter)`,
      );
    }
    const gates = [entry.lower, entry.upper, entry.change, entry.nonInferiority, entry.superiority];
    if (gates.every((gate) => gate === undefined)) {
      throw new ConfigurationError(
        `${where} sets no threshold; add lower, upper, change, nonInferiority or superiority (direction alone gates nothing)`,
      );
    }
    if (entry.lower !== undefined && entry.upper !== undefined && entry.lower > entry.upper) {
      throw new ConfigurationError(
        `${where}: lower (${entry.lower}) is above upper (${entry.upper}); nothing can pass`,
      );
    }
    metrics[metric] = {
      direction,
      ...(entry.lower === undefined ? {} : { lower: entry.lower }),
      ...(entry.upper === undefined ? {} : { upper: entry.upper }),
      ...(entry.change === undefined ? {} : { change: { ...entry.change } }),
      ...(entry.nonInferiority === undefined ? {} : { nonInferiority: { margin: entry.nonInferiority.margin } }),
      ...(entry.superiority === undefined ? {} : { superiority: true as const }),
    };
  }
  const config: ComparisonConfig = { metrics };
  if (raw.slices !== undefined) {
    const specs = parseSliceConfig(raw.slices.specs);
    if (specs.length === 0) throw new ConfigurationError('compare-baseline.slices.specs lists no slice');
    // Assigning zero rows checks the specs' structure (buckets, crosses, repeats) now, before any scoring.
    assignSlices(specs, () => [], 0);
    const metric = raw.slices.metric;
    if (metric !== undefined && !metricNames(task).includes(metric)) {
      throw unknownMetricError('compare-baseline.slices.metric', metric, task);
    }
    config.slices = {
      specs,
      ...(metric === undefined ? {} : { metric }),
      change: { ...(raw.slices.change ?? {}) },
      minSize: raw.slices.minSize ?? DEFAULT_MIN_SLICE_SIZE,
      failOnMissing: raw.slices.failOnMissing ?? true,
    };
  }
  if (raw.flipTolerance !== undefined) config.flipTolerance = raw.flipTolerance;
  return config;
}

/** Whether anything would gate the candidate: without a threshold a comparison must not bless (fail closed). */
export function hasThresholds(config: ComparisonConfig): boolean {
  return Object.keys(config.metrics).length > 0 || config.slices?.change.absolute !== undefined;
}
