import os from 'node:os';
import { ConfigurationError } from '../core/errors.js';
import type { Check, Verdict } from '../core/verdict.js';
import { readColumns } from '../data/table.js';
import type { DataFormat } from '../data/types.js';
import { loadModelUnderTest, type ModelUnderTest } from '../evaluate/run.js';
import { startServer } from '../serve/server.js';
import { featureKinds, predictUrl, requestBodies } from './bodies.js';
import { type LoadRegression, type LoadThresholds, loadGates } from './gates.js';
import { isLocalTarget, type LoadOptions, type LoadResult, runLoad } from './run.js';

export interface LoadTestRequest {
  model: string;
  features: string[];
  baseline?: string;
  data: string;
  format: DataFormat | 'auto';
  /** A deployed server's base URL; when set, no local server is started for the candidate. */
  targetUrl?: string;
  load: LoadOptions;
  instancesPerRequest: number;
  thresholds: LoadThresholds;
  regression: LoadRegression;
  log: (line: string) => void;
  /** Seconds of load generated so far, of the planned warm-up + measurement. */
  progress?: (done: number, total: number) => void;
}

export interface LoadTestResult {
  verdict: Verdict;
  model: { name: string; version: string };
  result: LoadResult;
  baseline?: LoadResult;
  /** Cores the generator shares with the server when both run here (null for a remote target). */
  sharedCpuCores: number | null;
}

/**
 * Drives the prediction server (started here on the candidate, or a deployed URL) with bodies drawn from the
 * data, then the baseline model's server on the same runner with the same bodies and settings, and gates on
 * the SLOs and on the regression against the baseline.
 */
export async function runLoadTest(request: LoadTestRequest): Promise<LoadTestResult> {
  const model = await loadModelUnderTest(request.model, request.features);
  const bodies = await bodiesFor(model, request);
  request.log(`${bodies.length} request bodies of ${request.instancesPerRequest} instance(s) from ${request.data}`);
  const result =
    request.targetUrl === undefined
      ? await againstLocalServer(model, bodies, request, 'candidate')
      : await withProgress(
          request,
          runLoad({ url: targetPredictUrl(request.targetUrl, model.name) }, bodies, request.load),
        );
  let baseline: LoadResult | undefined;
  if (request.baseline !== undefined) {
    const baselineModel = await loadModelUnderTest(request.baseline, request.features);
    baseline = await againstLocalServer(baselineModel, bodies, request, 'baseline');
  }
  const checks: Check[] = loadGates(result, request.thresholds, baseline, request.regression);
  const local = request.targetUrl === undefined || isLocalTarget(request.targetUrl);
  return {
    verdict: {
      kind: 'load-test',
      passed: checks.every((check) => check.status !== 'fail'),
      checks,
      createdAt: new Date().toISOString(),
    },
    model: { name: model.name, version: model.version },
    result,
    ...(baseline === undefined ? {} : { baseline }),
    sharedCpuCores: local ? os.cpus().length : null,
  };
}

async function bodiesFor(model: ModelUnderTest, request: LoadTestRequest): Promise<string[]> {
  const features = [...new Set(model.inputs.map((binding) => binding.feature))];
  const table = await readColumns(request.data, 'data', features, { format: request.format, maxRows: 5000 });
  if (table.rows === 0) throw new ConfigurationError(`load-test: ${request.data} has no rows to build requests from`);
  return requestBodies(table.columns, table.rows, features, {
    instancesPerRequest: request.instancesPerRequest,
    kinds: featureKinds(model.inputs),
  });
}

async function againstLocalServer(
  model: ModelUnderTest,
  bodies: string[],
  request: LoadTestRequest,
  role: 'candidate' | 'baseline',
): Promise<LoadResult> {
  const server = await startServer(model, { port: 0 }, { log: request.log });
  try {
    request.log(
      `${role}: ${model.name} ${model.version.slice(0, 19)}… on ${server.url}, ${request.load.connections} connections for ${request.load.durationSeconds} s`,
    );
    return await withProgress(
      request,
      runLoad({ url: predictUrl(server.url, server.modelName) }, bodies, request.load),
    );
  } finally {
    await server.close();
  }
}

/** A base URL gets the predict path of `mlops serve`; a URL with a path of its own is used as it is. */
export function targetPredictUrl(target: string, modelName: string): string {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new ConfigurationError(`target-url "${target}" is not a URL; write e.g. https://models.example.com`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`target-url "${target}" must be http or https`);
  }
  return url.pathname === '/' || url.pathname === '' ? predictUrl(url.origin, modelName) : url.toString();
}

/** Reports elapsed seconds once a second while autocannon runs, and completes the bar when it is done. */
async function withProgress<T>(request: LoadTestRequest, running: Promise<T>): Promise<T> {
  const total = request.load.warmupSeconds + request.load.durationSeconds;
  if (request.progress === undefined) return running;
  const report = request.progress;
  const started = Date.now();
  const timer = setInterval(() => report(Math.min(total, (Date.now() - started) / 1000), total), 1000);
  try {
    return await running;
  } finally {
    clearInterval(timer);
    report(total, total);
  }
}
