import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { featureKinds, instanceValue, predictUrl, requestBodies } from '../../src/load/bodies.js';
import { loadGates } from '../../src/load/gates.js';
import { latencyChart, renderLoadTestMarkdown, renderLoadTestTerminal } from '../../src/load/report.js';
import {
  histogramOf,
  isLocalTarget,
  LATENCY_BUCKET_BOUNDS_MS,
  parseLoadResult,
  summarise,
} from '../../src/load/run.js';
import { loadResult } from './helpers.js';

describe('load-test report', () => {
  const baseline = loadResult({
    qps: 110,
    errors: { total: 1, byKind: { 'socket-ECONNRESET': 1 } },
    errorRate: 0.001,
    latencyMs: { p50: 8, p90: 12, p95: 14, p99: 20, max: 30, mean: 9 },
    histogram: [
      { fromMs: 6.3, toMs: 8, count: 600 },
      { fromMs: 8, toMs: 10, count: 400 },
    ],
  });

  it('puts candidate and baseline side by side with deltas, errors by kind, checks and a chart', () => {
    const result = loadResult();
    const checks = loadGates(result, { p99Ms: 30 }, baseline, { maxP99Increase: 0.1 });
    const markdown = renderLoadTestMarkdown({ result, checks, baseline, title: 'churn', sharedCpuCores: 2 });
    expect(markdown).toMatch(/^## ❌ load-test: `churn` FAILED — p99 25 ms, 99 requests\/s, 1% errors/);
    expect(markdown).toContain('| | candidate | baseline | change |');
    expect(markdown).toContain('| p99 | 25 ms | 20 ms | +5 ms (+25.0%) |');
    expect(markdown).toContain('| p50 | 10 ms | 8 ms | +2 ms (+25.0%) |');
    expect(markdown).toContain('| QPS (2xx/s) | 99 | 110 | −11/s (−10.0%) |');
    expect(markdown).toContain('| http-500 | 8 | 0 |');
    expect(markdown).toContain('| socket-ECONNRESET | 0 | 1 |');
    expect(markdown).toContain('load.regression.p99');
    expect(markdown).toContain(
      '> **Note:** the load generator and the server share 2 CPU cores; compare ratios, not absolute figures.',
    );
    expect(markdown).toContain('```mermaid\nxychart-beta');
    // The x axis runs over both runs' buckets: from (6.3, 8] to (31.5, 40].
    expect(markdown).toContain('x-axis "latency up to (ms)" ["8", "10", "12.5", "16", "20", "25", "31.5", "40"]');
    expect(markdown).toContain('  bar [0, 50.51, 30.3, 15.15, 3.03, 0.91, 0, 0.1]');
    expect(markdown).toContain('  line [60, 40, 0, 0, 0, 0, 0, 0]');
  });

  it('without a baseline shows the candidate alone, and no note unless the machine is shared', () => {
    const result = loadResult();
    const markdown = renderLoadTestMarkdown({ result, checks: loadGates(result, { p99Ms: 30 }) });
    expect(markdown).toMatch(/^## ✅ load-test PASSED/);
    expect(markdown).toContain('| | candidate |\n|---|---|');
    expect(markdown).toContain('| p95 | 18 ms |');
    expect(markdown).not.toContain('share');
    expect(latencyChart(result).some((line) => line.startsWith('  line'))).toBe(false);
    expect(latencyChart(loadResult({ histogram: [] }))).toEqual([]);
  });

  it('renders for a terminal', () => {
    const result = loadResult();
    const text = renderLoadTestTerminal({
      result,
      checks: loadGates(result, {}),
      baseline,
      sharedCpuCores: 4,
    });
    expect(text).toMatch(/^load-test: FAILED/);
    expect(text).toMatch(/p99\s+25 ms\s+20 ms\s+\+5 ms \(\+25\.0%\)/);
    expect(text).toContain('errors: http-500 ×8, timeout ×2');
    expect(text).toContain('FAIL load.thresholds');
    expect(text).toContain('note: the load generator and the server share 4 CPU cores');
  });
});

describe('latency statistics', () => {
  it('takes nearest-rank percentiles and buckets on the fixed ladder', () => {
    const samples = Float64Array.from({ length: 100 }, (_, i) => i + 1).sort();
    expect(summarise(samples)).toEqual({ p50: 50, p90: 90, p95: 95, p99: 99, max: 100, mean: 50.5 });
    expect(summarise(new Float64Array())).toBeNull();
    const buckets = histogramOf(Float64Array.from([0.05, 1, 1.1, 7, 1e9]));
    expect(buckets[0]).toEqual({ fromMs: 0, toMs: 0.1, count: 1 });
    expect(buckets.find((bucket) => bucket.toMs === 1)?.count).toBe(1);
    expect(buckets.find((bucket) => bucket.toMs === 1.25)?.count).toBe(1);
    expect(buckets.find((bucket) => bucket.toMs === 8)?.count).toBe(1);
    expect(buckets.at(-1)).toMatchObject({ toMs: 100_000, count: 1 });
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(5);
    expect(LATENCY_BUCKET_BOUNDS_MS.slice(10, 21)).toEqual([1, 1.25, 1.6, 2, 2.5, 3.15, 4, 5, 6.3, 8, 10]);
  });

  it('reads a saved result back as a baseline, and refuses something else', () => {
    const saved = JSON.parse(JSON.stringify(loadResult()));
    expect(parseLoadResult(saved, 'baseline.json')).toEqual(loadResult());
    expect(() => parseLoadResult({ qps: 1 }, 'metrics.json')).toThrow(/metrics.json is not a load-test result/);
    expect(() => parseLoadResult([], 'x.json')).toThrow(ConfigurationError);
  });

  it('knows when the target shares this machine', () => {
    expect(isLocalTarget('http://127.0.0.1:8080/v1/models/m:predict')).toBe(true);
    expect(isLocalTarget('http://localhost/x')).toBe(true);
    expect(isLocalTarget('http://[::1]:80/x')).toBe(true);
    expect(isLocalTarget('https://models.example.com/x')).toBe(false);
  });
});

describe('requestBodies', () => {
  const columns = new Map([
    ['age', ['30', '41', null, '', 'n/a', '7']],
    ['plan', ['pro', 'free', 'pro', null, 'free', 'pro']],
    ['zip', [1010, 2020, 3030, 4040, 5050, 6060]],
  ]);
  const kinds = new Map([
    ['age', 'numeric' as const],
    ['zip', 'categorical' as const],
  ]);

  it('converts numeric text for numeric features, sends categories as strings, leaves the rest', () => {
    const bodies = requestBodies(columns, 6, ['age', 'plan', 'zip'], { kinds });
    expect(bodies.map((body) => JSON.parse(body))).toEqual([
      { instances: [{ age: 30, plan: 'pro', zip: '1010' }] },
      { instances: [{ age: 41, plan: 'free', zip: '2020' }] },
      { instances: [{ age: null, plan: 'pro', zip: '3030' }] },
      { instances: [{ age: null, plan: null, zip: '4040' }] },
      { instances: [{ age: 'n/a', plan: 'free', zip: '5050' }] },
      { instances: [{ age: 7, plan: 'pro', zip: '6060' }] },
    ]);
    expect(instanceValue(Number.NaN, 'numeric')).toBeNull();
    expect(instanceValue(' 2.5e1 ', 'numeric')).toBe(25);
    expect(featureKinds([{ feature: 'a', tensor: 'a', dtype: 'float32', shape: [null, 1], kind: 'numeric' }])).toEqual(
      new Map([['a', 'numeric']]),
    );
  });

  it('groups rows into requests, spreads them over the table when capped, and repeats them when short', () => {
    const rows = (body: string): number[] =>
      (JSON.parse(body) as { instances: Array<{ zip: number }> }).instances.map((instance) => instance.zip);
    expect(requestBodies(columns, 6, ['zip'], { instancesPerRequest: 2 }).map(rows)).toEqual([
      [1010, 2020],
      [3030, 4040],
      [5050, 6060],
    ]);
    expect(requestBodies(columns, 6, ['zip'], { maxBodies: 3 }).map(rows)).toEqual([[1010], [3030], [5050]]);
    expect(requestBodies(columns, 6, ['zip'], { instancesPerRequest: 4 }).map(rows)).toEqual([
      [1010, 2020, 3030, 4040],
      [5050, 6060, 1010, 2020],
    ]);
  });

  it('refuses what it cannot build', () => {
    expect(() => requestBodies(columns, 6, ['income'])).toThrow(/no column "income"/);
    expect(() => requestBodies(columns, 0, ['age'])).toThrow(ConfigurationError);
    expect(() => requestBodies(columns, 6, [])).toThrow(ConfigurationError);
    expect(() => requestBodies(columns, 6, ['age'], { instancesPerRequest: 0 })).toThrow(ConfigurationError);
  });

  it('builds the predict URL', () => {
    expect(predictUrl('http://127.0.0.1:8080/', 'churn model')).toBe(
      'http://127.0.0.1:8080/v1/models/churn%20model:predict',
    );
  });
});
