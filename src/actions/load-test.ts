import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configSection } from '../config/config.js';
import { fileArtifact, modelArtifact } from '../lineage/artifacts.js';
import type { LoadRegression, LoadThresholds } from '../load/gates.js';
import { ActionInputs, setOutputs } from './inputs.js';
import type { ActionIO, ActionOutcome } from './io.js';

const ACTION = 'load-test';

/** Reads inputs into a typed request, runs the load test (and the baseline's), writes the verdict and summary. */
export async function runLoadTestAction(io: ActionIO): Promise<ActionOutcome> {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string('output') ?? path.join('.mlops', ACTION);
  const optional = (
    name: 'p50-ms' | 'p95-ms' | 'p99-ms' | 'min-qps' | 'max-error-rate' | 'max-p99-regression' | 'max-qps-regression',
    max = Number.POSITIVE_INFINITY,
  ) => (inputs.string(name) === undefined ? undefined : inputs.number(name, 0, { min: 0, max }));
  const thresholds: LoadThresholds = {};
  const p50 = optional('p50-ms');
  const p95 = optional('p95-ms');
  const p99 = optional('p99-ms');
  const minQps = optional('min-qps');
  const maxErrorRate = optional('max-error-rate', 1);
  if (p50 !== undefined) thresholds.p50Ms = p50;
  if (p95 !== undefined) thresholds.p95Ms = p95;
  if (p99 !== undefined) thresholds.p99Ms = p99;
  if (minQps !== undefined) thresholds.minQps = minQps;
  if (maxErrorRate !== undefined) thresholds.maxErrorRate = maxErrorRate;
  const regression: LoadRegression = {};
  const p99Increase = optional('max-p99-regression');
  const qpsDecrease = optional('max-qps-regression', 1);
  if (p99Increase !== undefined) regression.maxP99Increase = p99Increase;
  if (qpsDecrease !== undefined) regression.maxQpsDecrease = qpsDecrease;
  const rate = inputs.string('rate') === undefined ? undefined : inputs.number('rate', 1, { min: 0.1 });
  const baseline = inputs.string('baseline');
  const targetUrl = inputs.string('target-url');
  const features = section.features;
  // Built before the domain module loads, so a missing input fails without loading it.
  const request: Parameters<typeof import('../load/plan.js').runLoadTest>[0] = {
    model: inputs.required('model'),
    features: Array.isArray(features) ? features.map(String) : [],
    ...(baseline === undefined ? {} : { baseline }),
    data: inputs.required('data'),
    format: 'auto',
    ...(targetUrl === undefined ? {} : { targetUrl }),
    load: {
      connections: inputs.number('connections', 8, { min: 1, max: 10000 }),
      durationSeconds: inputs.number('duration', 30, { min: 0.1, max: 3600 }),
      warmupSeconds: inputs.number('warmup', 5, { min: 0, max: 3600 }),
      timeoutSeconds: typeof section['timeout-seconds'] === 'number' ? section['timeout-seconds'] : 10,
      ...(rate === undefined ? {} : { rate }),
    },
    instancesPerRequest: typeof section['instances-per-request'] === 'number' ? section['instances-per-request'] : 1,
    thresholds,
    regression,
    log: (line) => io.report(line),
    progress: (done, total) => io.progress?.('load test (s)', Math.round(done), total),
  };
  const result = await (await import('../load/plan.js')).runLoadTest(request);
  await mkdir(output, { recursive: true });
  const verdictPath = path.join(output, 'verdict.json');
  const document = { format: 'mlops-actions/load-verdict', formatVersion: 1, ...result };
  await writeFile(verdictPath, `${JSON.stringify(document, null, 2)}\n`);
  const latency = result.result.latencyMs;
  setOutputs(io, ACTION, {
    passed: String(result.verdict.passed),
    verdict: verdictPath,
    qps: String(result.result.qps),
    'p50-ms': latency === null ? '' : String(latency.p50),
    'p95-ms': latency === null ? '' : String(latency.p95),
    'p99-ms': latency === null ? '' : String(latency.p99),
    'error-rate': String(result.result.errorRate),
  });
  for (const check of result.verdict.checks.filter((c) => c.status === 'fail').slice(0, 9)) {
    io.annotate('error', `${check.check}: ${check.message}`);
  }
  const report = {
    result: result.result,
    checks: result.verdict.checks,
    ...(result.baseline === undefined ? {} : { baseline: result.baseline }),
    ...(result.sharedCpuCores === null ? {} : { sharedCpuCores: result.sharedCpuCores }),
    title: `load-test: ${result.model.name}`,
  };
  await io.summary((await import('../load/report.js')).renderLoadTestMarkdown(report));
  io.report((await import('../load/report.js')).renderLoadTestTerminal(report));
  io.result(document);
  return {
    passed: result.verdict.passed,
    lineage: {
      parameters: {
        connections: result.result.connections,
        durationSeconds: result.result.durationSeconds,
        targetUrl: targetUrl ?? null,
      },
      inputs: [modelArtifact('model', result.model.version, inputs.required('model'))],
      outputs: [await fileArtifact('perf-verdict', 'Verdict', verdictPath, { passed: result.verdict.passed })],
      metrics: {
        qps: result.result.qps,
        errorRate: result.result.errorRate,
        p99Ms: result.result.latencyMs?.p99 ?? null,
      },
      verdicts: [{ kind: 'load-test', passed: result.verdict.passed }],
    },
  };
}
