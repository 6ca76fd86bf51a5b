import { readFile, stat } from 'node:fs/promises';
import { ConfigurationError, describeThrown, shorten } from '../core/errors.js';
import type { Check, Verdict } from '../core/verdict.js';
import { type Cell, readColumns } from '../data/table.js';
import type { DataFormat } from '../data/types.js';
import { loadModelUnderTest, type ModelUnderTest } from '../evaluate/run.js';
import { featureKinds, instanceValue, predictUrl } from '../load/bodies.js';
import { buildFeeds } from '../model/features.js';
import { createSession, runBatch } from '../model/runtime.js';
import { inspectOnnx } from '../onnx/inspect.js';
import {
  availableExecutionProviders,
  installedRuntimeSupport,
  loadChecks,
  localFunctionDomains,
  measureLoad,
  normalizeExecutionProvider,
  runtimeChecks,
} from './compat.js';
import { contractChecks, contractOf, diffContracts, loadContract } from './contract.js';
import { startServer } from './server.js';

export interface ServingCheckRequest {
  model: string;
  features: string[];
  baseline?: string;
  /** A declared API contract file (schemas/api-contract.schema.json). */
  contract?: string;
  data?: string;
  format: DataFormat | 'auto';
  delimiter?: string;
  goldenRequests?: string;
  /** Rows of `data` sent as golden requests. */
  goldenRows: number;
  memoryLimitBytes?: number;
  loadTimeoutSeconds: number;
  retries: number;
  tolerance: number;
  executionProviders: string[];
  log: (line: string) => void;
}

export interface ServingCheckResult {
  verdict: Verdict;
  model: { name: string; version: string };
  /** Largest |served − offline| over every golden output; null when no golden request was sent. */
  servedParity: number | null;
  goldenRequests: number;
  malformedRequests: number;
  load: { loadSeconds: number | null; peakRssBytes: number | null; baselineRssBytes: number | null };
}

/** Requests a client must not be able to break the server with; each must get a 4xx, never a 5xx. */
export function malformedRequests(
  features: readonly string[],
): Array<{ name: string; body: string; contentType?: string }> {
  const valid = Object.fromEntries(features.map((feature) => [feature, null]));
  const [first] = features;
  return [
    { name: 'invalid JSON', body: '{"instances": [' },
    { name: 'not an object', body: '[1, 2, 3]' },
    { name: 'no instances', body: '{}' },
    { name: 'empty instances', body: '{"instances": []}' },
    { name: 'unknown feature', body: JSON.stringify({ instances: [{ ...valid, mlops_no_such_feature: 1 }] }) },
    ...(first === undefined
      ? []
      : [{ name: 'wrong type', body: JSON.stringify({ instances: [{ ...valid, [first]: { nested: true } }] }) }]),
    { name: 'wrong content type', body: 'a=1', contentType: 'application/x-www-form-urlencoded' },
  ];
}

/**
 * TFX InfraValidator and more: the model against the runtime (opset, IR, providers, memory, load time, in a
 * child process), its API contract against the declared one and the baseline's, then the real server on an
 * ephemeral port: golden requests whose served outputs must equal the offline ones, and malformed ones that
 * must get clean 4xx answers.
 */
export async function checkServing(request: ServingCheckRequest): Promise<ServingCheckResult> {
  const model = await loadModelUnderTest(request.model, request.features);
  const bytes = await readFile(model.onnxPath);
  const info = inspectOnnx(bytes, model.onnxPath);
  const checks: Check[] = [];
  const providers = request.executionProviders.map(normalizeExecutionProvider);

  const runtime = await installedRuntimeSupport();
  checks.push(
    ...runtimeChecks(info, runtime, {
      executionProviders: providers,
      availableProviders: await availableExecutionProviders(),
      modelBytes: (await stat(model.onnxPath)).size,
      localFunctionDomains: localFunctionDomains(bytes),
      ...(request.memoryLimitBytes === undefined ? {} : { memoryLimitBytes: request.memoryLimitBytes }),
    }),
  );
  request.log(`loading ${model.name} ${model.version.slice(0, 19)}… in a separate process to measure it`);
  const measured = await measureLoad(model.onnxPath, {
    timeoutMs: request.loadTimeoutSeconds * 1000 + 15_000,
    retries: request.retries,
    executionProviders: providers,
  });
  checks.push(
    ...loadChecks(measured, {
      loadTimeoutSeconds: request.loadTimeoutSeconds,
      ...(request.memoryLimitBytes === undefined ? {} : { memoryLimitBytes: request.memoryLimitBytes }),
    }),
  );

  const candidateContract = contractOf(model, info);
  if (request.contract !== undefined) {
    const declared = await loadContract(request.contract);
    checks.push(...contractChecks(diffContracts(candidateContract, declared, 'declared'), 'declared'));
  }
  if (request.baseline !== undefined) {
    const baseline = await loadModelUnderTest(request.baseline, request.features);
    checks.push(...contractChecks(diffContracts(candidateContract, contractOf(baseline), 'baseline'), 'baseline'));
  } else {
    checks.push({
      check: 'contract.baseline',
      status: 'skip',
      value: null,
      threshold: null,
      message: 'no baseline given: the API is not compared with the deployed model',
    });
  }

  let servedParity: number | null = null;
  let goldenCount = 0;
  let malformedCount = 0;
  if (measured.error !== undefined) {
    checks.push({
      check: 'serving.server',
      status: 'skip',
      value: null,
      threshold: null,
      message: 'the model did not load, so the server was not started',
    });
  } else {
    const server = await startServer(
      model,
      { port: 0, executionProviders: providers, shutdownGraceMs: 5000 },
      { log: request.log },
    );
    try {
      const url = predictUrl(server.url, server.modelName);
      const golden = await goldenExchanges(request, model);
      goldenCount = golden.length;
      if (golden.length === 0) {
        checks.push({
          check: 'serving.parity',
          status: 'fail',
          value: null,
          threshold: request.tolerance,
          message:
            'no golden requests: give `data` (rows to send) or `golden-requests`, so served outputs can be compared',
        });
      } else {
        servedParity = await compareServed(url, golden, model.outputs.classes ?? []);
        const ok = servedParity <= request.tolerance;
        checks.push({
          check: 'serving.parity',
          status: ok ? 'pass' : 'fail',
          value: servedParity,
          threshold: request.tolerance,
          message: ok
            ? `${golden.length} golden requests: served outputs equal the offline outputs (max |diff| ${servedParity.toExponential(2)})`
            : `served outputs differ from the offline outputs by up to ${servedParity} (allowed ${request.tolerance}): training/serving skew in feature handling; compare the request records with the data`,
        });
      }
      const malformed = malformedRequests([...new Set(model.inputs.map((binding) => binding.feature))]);
      malformedCount = malformed.length;
      checks.push(...(await malformedChecks(url, malformed)));
      const alive = await fetch(`${server.url}/v2/health/ready`)
        .then((response) => response.status)
        .catch(() => 0);
      checks.push({
        check: 'serving.alive-after-bad-requests',
        status: alive === 200 ? 'pass' : 'fail',
        value: alive,
        threshold: 200,
        message:
          alive === 200
            ? 'the server is still ready after the malformed requests'
            : `the server answered ${alive} to /v2/health/ready after the malformed requests`,
      });
    } finally {
      await server.close();
    }
  }
  return {
    verdict: {
      kind: 'check-serving-compat',
      passed: checks.every((check) => check.status !== 'fail'),
      checks,
      createdAt: new Date().toISOString(),
    },
    model: { name: model.name, version: model.version },
    servedParity,
    goldenRequests: goldenCount,
    malformedRequests: malformedCount,
    load: {
      loadSeconds: measured.loadSeconds,
      peakRssBytes: measured.peakRssBytes,
      baselineRssBytes: measured.baselineRssBytes,
    },
  };
}

interface GoldenExchange {
  body: string;
  /** Expected outputs per instance: class probabilities in class order, or one value. */
  expected: number[][];
}

/** Golden requests from a recorded file, else built from data rows with offline outputs from ONNX Runtime. */
async function goldenExchanges(request: ServingCheckRequest, model: ModelUnderTest): Promise<GoldenExchange[]> {
  if (request.goldenRequests !== undefined) return readGoldenFile(request.goldenRequests, model);
  if (request.data === undefined) return [];
  const features = [...new Set(model.inputs.map((binding) => binding.feature))];
  const table = await readColumns(request.data, 'data', features, {
    format: request.format,
    maxRows: request.goldenRows,
    ...(request.delimiter === undefined ? {} : { delimiter: request.delimiter }),
  });
  const rows = Math.min(table.rows, request.goldenRows);
  const columns = new Map<string, Cell[]>([...table.columns].map(([name, values]) => [name, values.slice(0, rows)]));
  const session = await createSession(model.onnxPath, `model ${request.model}`);
  let outputs: Awaited<ReturnType<typeof runBatch>>;
  try {
    outputs = await runBatch(
      session,
      buildFeeds(model.inputs, columns, rows, (row) => `data row ${row + 1}`),
      model.outputs,
      rows,
    );
  } finally {
    await session.release();
  }
  const kinds = featureKinds(model.inputs);
  const exchanges: GoldenExchange[] = [];
  for (let row = 0; row < rows; row++) {
    const instance: Record<string, unknown> = {};
    for (const feature of features)
      instance[feature] = instanceValue(columns.get(feature)?.[row] ?? null, kinds.get(feature));
    exchanges.push({ body: JSON.stringify({ instances: [instance] }), expected: [expectedRow(outputs, row)] });
  }
  return exchanges;
}

function expectedRow(outputs: Awaited<ReturnType<typeof runBatch>>, row: number): number[] {
  if (outputs.probabilities !== undefined) {
    const k = outputs.classes ?? 2;
    return Array.from(outputs.probabilities.subarray(row * k, (row + 1) * k));
  }
  return [outputs.prediction?.[row] ?? Number.NaN];
}

/** JSON Lines: {"request": {"instances": [...]}, "response": {"predictions": [...]}} per line. */
async function readGoldenFile(file: string, model: ModelUnderTest): Promise<GoldenExchange[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(`golden-requests: cannot read ${file}: ${error.code ?? error.message}`);
  });
  const classes = model.outputs.classes ?? [];
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      let parsed: { request?: unknown; response?: { predictions?: unknown } };
      try {
        parsed = JSON.parse(line) as typeof parsed;
      } catch {
        throw new ConfigurationError(`${file} line ${number}: not valid JSON: ${shorten(line, 60)}`);
      }
      const predictions = parsed.response?.predictions;
      if (parsed.request === undefined || !Array.isArray(predictions)) {
        throw new ConfigurationError(
          `${file} line ${number}: expected {"request": {...}, "response": {"predictions": [...]}}`,
        );
      }
      return {
        body: JSON.stringify(parsed.request),
        expected: predictions.map((prediction) => predictionVector(prediction, classes, file, number)),
      };
    });
}

function predictionVector(prediction: unknown, classes: string[], file: string, line: number): number[] {
  const record = prediction as { probabilities?: Record<string, number>; value?: number };
  if (record?.probabilities !== undefined) return classes.map((name) => Number(record.probabilities?.[name]));
  if (typeof record?.value === 'number') return [record.value];
  throw new ConfigurationError(`${file} line ${line}: each prediction needs "probabilities" (by class) or "value"`);
}

/** Sends each golden request and returns the largest difference from its expected outputs. */
async function compareServed(url: string, golden: GoldenExchange[], classes: readonly string[]): Promise<number> {
  let worst = 0;
  for (const exchange of golden) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: exchange.body,
    });
    const text = await response.text();
    if (response.status !== 200) {
      throw new ConfigurationError(
        `a golden request got HTTP ${response.status}: ${shorten(text, 200)} (request ${shorten(exchange.body, 120)})`,
      );
    }
    const served = (
      JSON.parse(text) as { predictions: Array<{ probabilities?: Record<string, number>; value?: number }> }
    ).predictions;
    exchange.expected.forEach((expected, index) => {
      const prediction = served[index];
      const probabilities = prediction?.probabilities;
      const values =
        probabilities !== undefined
          ? classes.length > 0
            ? classes.map((name) => probabilities[name] ?? Number.NaN)
            : Object.values(probabilities)
          : [prediction?.value ?? Number.NaN];
      expected.forEach((value, k) => {
        const difference = Math.abs((values[k] ?? Number.NaN) - value);
        worst = Number.isNaN(difference) ? Number.POSITIVE_INFINITY : Math.max(worst, difference);
      });
    });
  }
  return worst;
}

async function malformedChecks(url: string, requests: ReturnType<typeof malformedRequests>): Promise<Check[]> {
  const checks: Check[] = [];
  for (const malformed of requests) {
    let status = 0;
    let detail = '';
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': malformed.contentType ?? 'application/json' },
        body: malformed.body,
      });
      status = response.status;
      detail = shorten(await response.text(), 120);
    } catch (error) {
      detail = describeThrown(error, 120);
    }
    const clean = status >= 400 && status < 500;
    checks.push({
      check: 'serving.bad-request',
      status: clean ? 'pass' : 'fail',
      value: status,
      threshold: '4xx',
      message: clean
        ? `${malformed.name}: ${status} ${detail}`
        : `${malformed.name}: expected a 4xx answer, got ${status || 'no answer'} ${detail}`,
    });
  }
  return checks;
}
