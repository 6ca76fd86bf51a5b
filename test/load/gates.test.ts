import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import type { Check } from '../../src/core/verdict.js';
import { type LoadThresholds, loadGates, NO_THRESHOLDS_MESSAGE } from '../../src/load/gates.js';
import { loadResult } from './helpers.js';

function byId(checks: Check[]): Map<string, Check> {
  return new Map(checks.map((check) => [check.check, check]));
}

describe('loadGates', () => {
  // The result has p50 10, p95 18, p99 25 ms, 99 QPS, 1% errors.
  it.each<[string, LoadThresholds, string, 'pass' | 'fail', number]>([
    ['p50 under', { p50Ms: 12 }, 'load.p50-ms', 'pass', 10],
    ['p50 over', { p50Ms: 9 }, 'load.p50-ms', 'fail', 10],
    ['p95 at the limit', { p95Ms: 18 }, 'load.p95-ms', 'pass', 18],
    ['p95 over', { p95Ms: 17.9 }, 'load.p95-ms', 'fail', 18],
    ['p99 under', { p99Ms: 30 }, 'load.p99-ms', 'pass', 25],
    ['p99 over', { p99Ms: 20 }, 'load.p99-ms', 'fail', 25],
    ['QPS above the minimum', { minQps: 90 }, 'load.min-qps', 'pass', 99],
    ['QPS below the minimum', { minQps: 100 }, 'load.min-qps', 'fail', 99],
    ['error rate under', { maxErrorRate: 0.02 }, 'load.max-error-rate', 'pass', 0.01],
    ['error rate over', { maxErrorRate: 0.001 }, 'load.max-error-rate', 'fail', 0.01],
  ])('%s', (_name, thresholds, id, status, value) => {
    const checks = loadGates(loadResult(), thresholds);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ check: id, status, value, threshold: Object.values(thresholds)[0] });
    expect(checks[0]?.message).not.toBe('');
  });

  it('records every configured gate, passing ones included, with value and threshold', () => {
    const checks = loadGates(loadResult(), { p50Ms: 12, p95Ms: 20, p99Ms: 20, minQps: 50, maxErrorRate: 0.05 });
    expect(checks.map((check) => [check.check, check.status])).toEqual([
      ['load.p50-ms', 'pass'],
      ['load.p95-ms', 'pass'],
      ['load.p99-ms', 'fail'],
      ['load.min-qps', 'pass'],
      ['load.max-error-rate', 'pass'],
    ]);
    expect(checks.find((check) => check.check === 'load.max-error-rate')?.message).toMatch(/http-500 ×8, timeout ×2/);
  });

  it('fails closed when no threshold is configured', () => {
    const checks = loadGates(loadResult(), {});
    expect(checks).toEqual([
      { check: 'load.thresholds', status: 'fail', value: null, threshold: null, message: NO_THRESHOLDS_MESSAGE },
    ]);
    expect(NO_THRESHOLDS_MESSAGE).toBe(
      'no load-test thresholds configured: set at least one of p99-ms, min-qps, max-error-rate',
    );
    // A baseline alone gates nothing either.
    expect(loadGates(loadResult(), {}, loadResult())).toHaveLength(1);
  });

  it('fails latency gates when nothing succeeded, and the error-rate gate when nothing finished', () => {
    const dead = loadResult({
      requests: 0,
      successes: 0,
      errors: { total: 0, byKind: {} },
      errorRate: 1,
      qps: 0,
      latencyMs: null,
      histogram: [],
    });
    const checks = byId(loadGates(dead, { p99Ms: 100, minQps: 1, maxErrorRate: 1 }));
    expect(checks.get('load.p99-ms')).toMatchObject({ status: 'fail', value: null, threshold: 100 });
    expect(checks.get('load.min-qps')).toMatchObject({ status: 'fail', value: 0 });
    expect(checks.get('load.max-error-rate')?.status).toBe('fail');
  });

  describe('against a baseline', () => {
    const baseline = loadResult({ qps: 100, latencyMs: { p50: 10, p90: 15, p95: 18, p99: 20, max: 30, mean: 11 } });

    it('passes within the allowed p99 increase and QPS decrease', () => {
      // p99 25 vs 20 = +25%; QPS 99 vs 100 = −1%.
      const checks = byId(
        loadGates(loadResult(), { p99Ms: 50 }, baseline, { maxP99Increase: 0.3, maxQpsDecrease: 0.05 }),
      );
      expect(checks.get('load.regression.p99')).toMatchObject({ status: 'pass', value: 0.25, threshold: 0.3 });
      expect(checks.get('load.regression.qps')).toMatchObject({ status: 'pass', value: -0.01, threshold: -0.05 });
    });

    it('fails beyond them', () => {
      const checks = byId(
        loadGates(loadResult({ qps: 80 }), { p99Ms: 50 }, baseline, { maxP99Increase: 0.1, maxQpsDecrease: 0.1 }),
      );
      expect(checks.get('load.regression.p99')).toMatchObject({ status: 'fail', value: 0.25, threshold: 0.1 });
      expect(checks.get('load.regression.p99')?.message).toMatch(/\+25\.0%.*limit \+10\.0%/);
      expect(checks.get('load.regression.qps')).toMatchObject({ status: 'fail', value: -0.2, threshold: -0.1 });
    });

    it('counts regression limits as thresholds, and records the changes even when not gated', () => {
      const gatedOnlyByRegression = loadGates(loadResult(), {}, baseline, { maxQpsDecrease: 0.1 });
      expect(gatedOnlyByRegression.map((check) => [check.check, check.status])).toEqual([
        ['load.regression.p99', 'skip'],
        ['load.regression.qps', 'pass'],
      ]);
      expect(gatedOnlyByRegression[0]).toMatchObject({ value: 0.25, threshold: null });
    });

    it('skips regression limits without a baseline', () => {
      const checks = byId(loadGates(loadResult(), { p99Ms: 50 }, undefined, { maxP99Increase: 0.1 }));
      expect(checks.get('load.regression.p99')?.status).toBe('skip');
      expect(checks.get('load.p99-ms')?.status).toBe('pass');
    });

    it('fails the p99 regression when the candidate has no successful answer', () => {
      const dead = loadResult({ latencyMs: null, qps: 0 });
      const checks = byId(loadGates(dead, {}, baseline, { maxP99Increase: 0.1, maxQpsDecrease: 0.1 }));
      expect(checks.get('load.regression.p99')?.status).toBe('fail');
      expect(checks.get('load.regression.qps')).toMatchObject({ status: 'fail', value: -1 });
    });
  });

  it('refuses limits that make no sense', () => {
    expect(() => loadGates(loadResult(), { maxErrorRate: 2 })).toThrow(ConfigurationError);
    expect(() => loadGates(loadResult(), { p99Ms: -1 })).toThrow(/p99-ms/);
    expect(() => loadGates(loadResult(), { minQps: Number.NaN })).toThrow(/min-qps/);
    expect(() => loadGates(loadResult(), { p99Ms: 1 }, undefined, { maxQpsDecrease: 1.5 })).toThrow(
      /max-qps-regression/,
    );
  });
});
