import { ConfigurationError } from '../core/errors.js';
import type { Check } from '../core/verdict.js';
import { formatNumber } from '../report/markdown.js';
import type { LatencySummary, LoadResult } from './run.js';

/** Absolute limits; each one set becomes a check. Names follow the action's inputs (`p99-ms`, `min-qps`, …). */
export interface LoadThresholds {
  p50Ms?: number;
  p95Ms?: number;
  p99Ms?: number;
  minQps?: number;
  /** Fraction of failed requests, 0 to 1. */
  maxErrorRate?: number;
}

/** Limits against a baseline run, as fractions (0.10 = 10%). */
export interface LoadRegression {
  /** `max-p99-regression`: candidate p99 may exceed the baseline's by at most this fraction. */
  maxP99Increase?: number;
  /** `max-qps-regression`: candidate QPS may fall below the baseline's by at most this fraction. */
  maxQpsDecrease?: number;
}

export const NO_THRESHOLDS_MESSAGE =
  'no load-test thresholds configured: set at least one of p99-ms, min-qps, max-error-rate';

const LATENCY_GATES = [
  ['p50Ms', 'p50', 'p50-ms'],
  ['p95Ms', 'p95', 'p95-ms'],
  ['p99Ms', 'p99', 'p99-ms'],
] as const satisfies ReadonlyArray<readonly [keyof LoadThresholds, keyof LatencySummary, string]>;

const ms = (value: number): string => `${formatNumber(Number(value.toPrecision(4)))} ms`;
const percent = (fraction: number): string => `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)}%`;

function checkLimits(thresholds: LoadThresholds, regression: LoadRegression | undefined): void {
  const entries: Array<[string, number | undefined, number, number]> = [
    ['p50-ms', thresholds.p50Ms, 0, Number.POSITIVE_INFINITY],
    ['p95-ms', thresholds.p95Ms, 0, Number.POSITIVE_INFINITY],
    ['p99-ms', thresholds.p99Ms, 0, Number.POSITIVE_INFINITY],
    ['min-qps', thresholds.minQps, 0, Number.POSITIVE_INFINITY],
    ['max-error-rate', thresholds.maxErrorRate, 0, 1],
    ['max-p99-regression', regression?.maxP99Increase, 0, Number.POSITIVE_INFINITY],
    ['max-qps-regression', regression?.maxQpsDecrease, 0, 1],
  ];
  for (const [name, value, low, high] of entries) {
    if (value !== undefined && !(Number.isFinite(value) && value >= low && value <= high)) {
      throw new ConfigurationError(
        `${name} must be a number from ${low}${Number.isFinite(high) ? ` to ${high}` : ' up'}, got ${value}`,
      );
    }
  }
}

/**
 * The load-test verdict's checks: one per configured limit, pass or fail, each with the measured value and the
 * limit. With a baseline, the p99 and QPS changes are always recorded (gated when a regression limit is set).
 * With no limit at all the verdict fails closed: a load test that gates nothing would pass any server.
 */
export function loadGates(
  result: LoadResult,
  thresholds: LoadThresholds,
  baseline?: LoadResult,
  regression?: LoadRegression,
): Check[] {
  checkLimits(thresholds, regression);
  const checks: Check[] = [];
  const latency = result.latencyMs;

  for (const [key, stat, name] of LATENCY_GATES) {
    const limit = thresholds[key];
    if (limit === undefined) continue;
    if (latency === null) {
      checks.push({
        check: `load.${name}`,
        status: 'fail',
        value: null,
        threshold: limit,
        message: `${stat} latency: no successful response to measure (${describeErrors(result)}); limit ${ms(limit)}`,
      });
      continue;
    }
    const value = latency[stat];
    const passed = value <= limit;
    checks.push({
      check: `load.${name}`,
      status: passed ? 'pass' : 'fail',
      value,
      threshold: limit,
      message: `${stat} latency ${ms(value)} ${passed ? '≤' : '>'} limit ${ms(limit)}`,
    });
  }

  if (thresholds.minQps !== undefined) {
    const limit = thresholds.minQps;
    const passed = result.qps >= limit;
    checks.push({
      check: 'load.min-qps',
      status: passed ? 'pass' : 'fail',
      value: result.qps,
      threshold: limit,
      message: `${formatNumber(round(result.qps))} successful requests/s ${passed ? '≥' : '<'} minimum ${formatNumber(limit)} (${result.connections} connections${result.rate === null ? '' : `, rate capped at ${result.rate}/s`})`,
    });
  }

  if (thresholds.maxErrorRate !== undefined) {
    const limit = thresholds.maxErrorRate;
    const passed = result.requests > 0 && result.errorRate <= limit;
    checks.push({
      check: 'load.max-error-rate',
      status: passed ? 'pass' : 'fail',
      value: result.errorRate,
      threshold: limit,
      message:
        result.requests === 0
          ? 'no request finished in the measured window: the server did not answer'
          : `error rate ${percentText(result.errorRate)} (${describeErrors(result)}) ${passed ? '≤' : '>'} limit ${percentText(limit)}`,
    });
  }

  const gated = checks.length > 0 || (baseline !== undefined && hasRegressionLimit(regression));
  checks.push(...regressionChecks(result, baseline, regression));
  if (!gated) {
    return [{ check: 'load.thresholds', status: 'fail', value: null, threshold: null, message: NO_THRESHOLDS_MESSAGE }];
  }
  return checks;
}

function hasRegressionLimit(regression: LoadRegression | undefined): boolean {
  return regression?.maxP99Increase !== undefined || regression?.maxQpsDecrease !== undefined;
}

function regressionChecks(
  result: LoadResult,
  baseline: LoadResult | undefined,
  regression: LoadRegression | undefined,
): Check[] {
  const p99Limit = regression?.maxP99Increase;
  const qpsLimit = regression?.maxQpsDecrease;
  if (baseline === undefined) {
    const skipped: Check[] = [];
    if (p99Limit !== undefined) {
      skipped.push({
        check: 'load.regression.p99',
        status: 'skip',
        value: null,
        threshold: p99Limit,
        message: 'no baseline: the p99 regression was not checked (give `baseline`)',
      });
    }
    if (qpsLimit !== undefined) {
      skipped.push({
        check: 'load.regression.qps',
        status: 'skip',
        value: null,
        threshold: -qpsLimit,
        message: 'no baseline: the QPS regression was not checked (give `baseline`)',
      });
    }
    return skipped;
  }

  const checks: Check[] = [];
  const candidateP99 = result.latencyMs?.p99;
  const baselineP99 = baseline.latencyMs?.p99;
  if (candidateP99 === undefined) {
    checks.push({
      check: 'load.regression.p99',
      status: p99Limit === undefined ? 'skip' : 'fail',
      value: null,
      threshold: p99Limit ?? null,
      message: `no successful candidate response to compare with the baseline's p99 (${describeErrors(result)})`,
    });
  } else if (baselineP99 === undefined || baselineP99 <= 0) {
    checks.push({
      check: 'load.regression.p99',
      status: 'skip',
      value: null,
      threshold: p99Limit ?? null,
      message: `the baseline run has no latency to compare with (candidate p99 ${ms(candidateP99)})`,
    });
  } else {
    const change = candidateP99 / baselineP99 - 1;
    const passed = p99Limit === undefined || change <= p99Limit;
    checks.push({
      check: 'load.regression.p99',
      status: p99Limit === undefined ? 'skip' : passed ? 'pass' : 'fail',
      value: round(change),
      threshold: p99Limit ?? null,
      message: `p99 ${ms(candidateP99)} vs baseline ${ms(baselineP99)}: ${percent(change)}${p99Limit === undefined ? ' (recorded; set max-p99-regression to gate it)' : ` ${passed ? '≤' : '>'} limit ${percent(p99Limit)}`}`,
    });
  }

  if (baseline.qps <= 0) {
    checks.push({
      check: 'load.regression.qps',
      status: 'skip',
      value: null,
      threshold: qpsLimit === undefined ? null : -qpsLimit,
      message: `the baseline run answered no request successfully (candidate ${formatNumber(round(result.qps))} requests/s)`,
    });
  } else {
    const change = result.qps / baseline.qps - 1;
    const passed = qpsLimit === undefined || change >= -qpsLimit;
    checks.push({
      check: 'load.regression.qps',
      status: qpsLimit === undefined ? 'skip' : passed ? 'pass' : 'fail',
      value: round(change),
      threshold: qpsLimit === undefined ? null : -qpsLimit,
      message: `${formatNumber(round(result.qps))} requests/s vs baseline ${formatNumber(round(baseline.qps))}: ${percent(change)}${qpsLimit === undefined ? ' (recorded; set max-qps-regression to gate it)' : ` ${passed ? '≥' : '<'} limit ${percent(-qpsLimit)}`}`,
    });
  }
  return checks;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function percentText(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}

/** "25 of 100 failed: http-500 ×20, timeout ×5" */
export function describeErrors(result: LoadResult): string {
  if (result.errors.total === 0) return `0 of ${result.requests} failed`;
  const kinds = Object.entries(result.errors.byKind)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, count]) => `${kind} ×${count}`)
    .join(', ');
  return `${result.errors.total} of ${result.requests} failed: ${kinds}`;
}
