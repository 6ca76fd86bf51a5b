import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModelUnderTest, type ModelUnderTest } from '../../src/evaluate/run.js';
import { type ModelManifest, writeModelPackage } from '../../src/model/package.js';
import { floatTensor, makeNode } from '../../src/onnx/builder.js';
import { DataType } from '../../src/onnx/proto.js';
import { exportTabularModel } from '../../src/onnx/tabular.js';
import { type ServerHooks, type StartedServer, serveUntilSignal, startServer } from '../../src/serve/server.js';
import type { ServeOptions } from '../../src/serve/types.js';
import {
  binaryPackageParts,
  bindingsFor,
  customModel,
  manifestFor,
  REGRESSION_FEATURES,
  regressionSpec,
  scoreWithOrt,
  tensorValueInfo,
} from '../model/helpers.js';

type Row = Record<string, string | number | null>;

let dir: string;
let binary: ModelUnderTest;
let binaryManifest: ModelManifest;
let regression: ModelUnderTest;
let regressionManifest: ModelManifest;
let packed: ModelUnderTest;
let packedPath: string;
let main: StartedServer;
const servers: StartedServer[] = [];

async function serve(model: ModelUnderTest, options: Partial<ServeOptions> = {}, hooks: ServerHooks = {}) {
  const server = await startServer(model, { port: 0, ...options }, { log: () => {}, ...hooks });
  servers.push(server);
  return server;
}

/** Rows with every kind of value: numbers, missing numbers, known, unknown and missing categories. */
function binaryRows(count: number, seed = 1): Row[] {
  const plans = ['basic', 'premium', 'standard', 'enterprise', null];
  return Array.from({ length: count }, (_, i) => {
    const k = i + seed;
    return {
      age: k % 7 === 0 ? null : 18 + ((k * 37) % 60) + 0.5,
      charges: k % 11 === 0 ? null : ((k * 53) % 120) + 0.25,
      plan: plans[k % plans.length] ?? null,
    };
  });
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, unknown>,
  };
}

function predictUrl(server: StartedServer): string {
  return `${server.url}/v1/models/${server.modelName}:predict`;
}

function inferUrl(server: StartedServer): string {
  return `${server.url}/v2/models/${server.modelName}/infer`;
}

function maxAbsDiff(a: readonly number[], b: readonly number[]): number {
  expect(a.length).toBe(b.length);
  return a.reduce((worst, value, i) => Math.max(worst, Math.abs(value - (b[i] as number))), 0);
}

interface Classification {
  label: string;
  probabilities: Record<string, number>;
}

/** The value of the one sample of `name` whose labels include `labels`, from Prometheus text. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const found: number[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match === null || match[1] !== name) continue;
    const have = new Map([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => have.get(key) === value)) found.push(Number(match[3]));
  }
  expect(found, `${name} ${JSON.stringify(labels)}`).toHaveLength(1);
  return found[0] as number;
}

/** A promise with its resolve exposed: holds an inference until the test lets it go. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlops-serve-test-'));
  const parts = binaryPackageParts();
  binaryManifest = { ...parts.manifest, name: 'churn' };
  await writeModelPackage(path.join(dir, 'binary'), { manifest: binaryManifest, onnx: parts.onnx });
  binary = await loadModelUnderTest(path.join(dir, 'binary'), []);

  const regressionOnnx = exportTabularModel(regressionSpec());
  regressionManifest = manifestFor(regressionOnnx, {
    task: 'regression',
    inputs: bindingsFor(REGRESSION_FEATURES),
    name: 'price',
  });
  await writeModelPackage(path.join(dir, 'regression'), { manifest: regressionManifest, onnx: regressionOnnx });
  regression = await loadModelUnderTest(path.join(dir, 'regression'), []);

  // A bring-your-own model with one packed [N, 3] input: prediction = x · [1, 2, 3].
  packedPath = path.join(dir, 'packed.onnx');
  await writeFile(
    packedPath,
    customModel({
      inputs: [tensorValueInfo('x', DataType.FLOAT, ['N', 3])],
      outputs: [tensorValueInfo('prediction', DataType.FLOAT, ['N', 1])],
      nodes: [makeNode('MatMul', ['x', 'w'], ['prediction'])],
      initializers: [floatTensor('w', [3, 1], [1, 2, 3])],
    }),
  );
  packed = await loadModelUnderTest(packedPath, ['a', 'b', 'c'], 'regression');

  main = await serve(binary, { maxBodyBytes: 64 * 1024, maxInstances: 100 });
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('endpoints', () => {
  it('answers health, readiness and metadata in the Open Inference Protocol shapes', async () => {
    const live = await fetch(`${main.url}/v2/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ live: true });
    const ready = await fetch(`${main.url}/v2/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true });

    const metadata = await fetch(`${main.url}/v2/models/churn`);
    expect(metadata.status).toBe(200);
    expect(metadata.headers.get('content-type')).toBe('application/json');
    expect(await metadata.json()).toEqual({
      name: 'churn',
      versions: [binary.version],
      platform: 'onnxruntime',
      inputs: [
        { name: 'age', datatype: 'FP32', shape: [-1, 1] },
        { name: 'charges', datatype: 'FP32', shape: [-1, 1] },
        { name: 'plan', datatype: 'BYTES', shape: [-1, 1] },
      ],
      outputs: [
        { name: 'probabilities', datatype: 'FP32', shape: [-1, 2] },
        { name: 'label', datatype: 'INT64', shape: [-1] },
      ],
    });
    const modelReady = await fetch(`${main.url}/v2/models/churn/ready`);
    expect(modelReady.status).toBe(200);
    expect(await modelReady.json()).toEqual({ name: 'churn', ready: true });

    const v1 = await fetch(`${main.url}/v1/models/churn`);
    expect(await v1.json()).toMatchObject({
      name: 'churn',
      version: binary.version,
      ready: true,
      task: 'binary',
      classes: ['0', '1'],
      features: [
        { name: 'age', kind: 'numeric', dtype: 'float32' },
        { name: 'charges', kind: 'numeric', dtype: 'float32' },
        { name: 'plan', kind: 'categorical', dtype: 'string' },
      ],
    });
  });

  it('v1 classification equals ONNX Runtime on the same rows, missing values included', async () => {
    const rows = binaryRows(40);
    const expected = await scoreWithOrt(binary.onnxPath, binaryManifest, rows);
    const { status, json } = await post(predictUrl(main), { instances: rows });
    expect(status).toBe(200);
    const predictions = json.predictions as Classification[];
    expect(predictions).toHaveLength(rows.length);
    predictions.forEach((prediction, i) => {
      const want = expected[i] as number[];
      expect(Object.keys(prediction.probabilities)).toEqual(['0', '1']);
      expect(
        maxAbsDiff([prediction.probabilities['0'] ?? -1, prediction.probabilities['1'] ?? -1], want),
      ).toBeLessThanOrEqual(1e-6);
      expect(prediction.label).toBe((want[1] as number) > (want[0] as number) ? '1' : '0');
    });
    // Both labels occur, so the argmax is really exercised.
    expect(new Set(predictions.map((p) => p.label)).size).toBe(2);
  });

  it('v2 inference equals ONNX Runtime, with null as a missing float and nested data accepted', async () => {
    const rows = binaryRows(25, 3);
    const expected = await scoreWithOrt(binary.onnxPath, binaryManifest, rows);
    const body = {
      id: 'req-7',
      inputs: [
        { name: 'age', shape: [rows.length, 1], datatype: 'FP32', data: rows.map((row) => row.age) },
        { name: 'charges', shape: [rows.length, 1], datatype: 'FP32', data: rows.map((row) => [row.charges]) },
        { name: 'plan', shape: [rows.length, 1], datatype: 'BYTES', data: rows.map((row) => row.plan ?? '') },
      ],
    };
    const { status, json } = await post(inferUrl(main), body);
    expect(status).toBe(200);
    expect(json.model_name).toBe('churn');
    expect(json.model_version).toBe(binary.version);
    expect(json.id).toBe('req-7');
    const outputs = json.outputs as Array<{ name: string; shape: number[]; datatype: string; data: number[] }>;
    expect(outputs.map((o) => [o.name, o.datatype, o.shape])).toEqual([
      ['probabilities', 'FP32', [rows.length, 2]],
      ['label', 'INT64', [rows.length]],
    ]);
    expect(maxAbsDiff(outputs[0]?.data ?? [], expected.flat())).toBeLessThanOrEqual(1e-6);
    expect(outputs[1]?.data).toEqual(expected.map((p) => ((p[1] as number) > (p[0] as number) ? 1 : 0)));

    // Asking for one output returns only that one.
    const only = await post(inferUrl(main), { ...body, outputs: [{ name: 'label' }] });
    expect((only.json.outputs as Array<{ name: string }>).map((o) => o.name)).toEqual(['label']);
  });

  it('serves regression and packed single-tensor models', async () => {
    const server = await serve(regression);
    const rows: Row[] = [
      { a: 1, b: 2 },
      { a: null, b: 7.5 },
      { a: 9, b: null },
    ];
    const expected = await scoreWithOrt(regression.onnxPath, regressionManifest, rows);
    const { json } = await post(predictUrl(server), { instances: rows });
    const values = (json.predictions as Array<{ value: number }>).map((p) => p.value);
    expect(maxAbsDiff(values, expected.flat())).toBeLessThanOrEqual(1e-6);

    const packedServer = await serve(packed);
    expect(packedServer.modelName).toBe('packed');
    const answer = await post(predictUrl(packedServer), {
      instances: [
        { a: 1, b: 1, c: 1 },
        { c: 2, b: 0, a: 0.5 },
      ],
    });
    expect(answer.status).toBe(200);
    expect(answer.json.predictions).toEqual([{ value: 6 }, { value: 6.5 }]);
    const v2 = await post(inferUrl(packedServer), {
      inputs: [{ name: 'x', shape: [1, 3], datatype: 'FP32', data: [1, 0, 0] }],
    });
    expect(v2.json.outputs).toEqual([{ name: 'prediction', shape: [1, 1], datatype: 'FP32', data: [1] }]);
  });
});

describe('bad requests', () => {
  const row = { age: 30, charges: 50, plan: 'basic' };
  const v2Input = (overrides: Record<string, unknown>) => ({
    inputs: [
      { name: 'age', shape: [1, 1], datatype: 'FP32', data: [30] },
      { name: 'charges', shape: [1, 1], datatype: 'FP32', data: [50] },
      { name: 'plan', shape: [1, 1], datatype: 'BYTES', data: ['basic'] },
    ].map((input) => (input.name === 'age' ? { ...input, ...overrides } : input)),
  });
  const cases: Array<{
    name: string;
    path?: string;
    method?: string;
    contentType?: string;
    body?: unknown;
    status: number;
    error: RegExp;
  }> = [
    { name: 'bad JSON', body: '{"instances": [{"age": 1,}]}', status: 400, error: /not valid JSON: line 1, column 26/ },
    { name: 'empty body', body: '', status: 400, error: /body is empty/ },
    { name: 'wrong content type', contentType: 'text/csv', body: 'age\n1', status: 415, error: /application\/json/ },
    {
      name: 'unknown feature',
      body: { instances: [row, { ...row, agee: 3 }] },
      status: 400,
      error: /^instances\[1\]\.agee: unknown feature; the model takes age, charges, plan$/,
    },
    {
      name: 'missing feature',
      body: { instances: [{ age: 30, plan: 'basic' }] },
      status: 400,
      error: /^instances\[0\]\.charges: missing feature/,
    },
    {
      name: 'wrong type (number)',
      body: { instances: [row, row, row, { ...row, age: '41' }] },
      status: 400,
      error: /^instances\[3\]\.age: must be a number or null$/,
    },
    {
      name: 'wrong type (category)',
      body: { instances: [{ ...row, plan: 3 }] },
      status: 400,
      error: /^instances\[0\]\.plan: must be a string or null$/,
    },
    { name: 'instances not an array', body: { instances: row }, status: 400, error: /^instances: must be an array/ },
    { name: 'no instances key', body: { rows: [row] }, status: 400, error: /^instances: missing; the body must be/ },
    { name: 'empty instances', body: { instances: [] }, status: 400, error: /^instances: must hold at least one/ },
    {
      name: 'too many instances',
      body: { instances: Array.from({ length: 101 }, () => row) },
      status: 413,
      error: /101 instances is more than .* \(100\)/,
    },
    {
      name: 'oversized body',
      body: { instances: [{ ...row, plan: 'x'.repeat(100_000) }] },
      status: 413,
      error: /more than this server takes \(65536 bytes\)/,
    },
    {
      name: 'v2 wrong datatype',
      path: '/v2/models/churn/infer',
      body: v2Input({ datatype: 'INT64' }),
      status: 400,
      error: /^inputs\[0\]\.datatype: must be "FP32" \(input "age" is FP32 with shape \[-1, 1\]\)$/,
    },
    {
      name: 'v2 wrong shape',
      path: '/v2/models/churn/infer',
      body: v2Input({ shape: [1, 2], data: [30, 31] }),
      status: 400,
      error: /^inputs\[0\]\.shape\[1\]: must be 1/,
    },
    {
      name: 'v2 wrong rank',
      path: '/v2/models/churn/infer',
      body: v2Input({ shape: [1] }),
      status: 400,
      error: /^inputs\[0\]\.shape: must have 2 dimensions/,
    },
    {
      name: 'v2 wrong data length',
      path: '/v2/models/churn/infer',
      body: v2Input({ data: [30, 31] }),
      status: 400,
      error: /^inputs\[0\]\.data: has 2 values but shape \[1, 1\] holds 1/,
    },
    {
      name: 'v2 wrong element type',
      path: '/v2/models/churn/infer',
      body: v2Input({ data: ['thirty'] }),
      status: 400,
      error: /^inputs\[0\]\.data\[0\]: must be a number or null/,
    },
    {
      name: 'v2 unknown input',
      path: '/v2/models/churn/infer',
      body: v2Input({ name: 'agee' }),
      status: 400,
      error: /^inputs\[0\]\.name: unknown input "agee"; the model takes age, charges, plan$/,
    },
    {
      name: 'v2 missing input',
      path: '/v2/models/churn/infer',
      body: { inputs: v2Input({}).inputs.slice(1) },
      status: 400,
      error: /^inputs: missing "age"/,
    },
    {
      name: 'v2 disagreeing batch sizes',
      path: '/v2/models/churn/infer',
      body: v2Input({ shape: [2, 1], data: [30, 31] }),
      status: 400,
      error: /^inputs\[1\]\.shape\[0\]: dimension "N" is 1 here but 2 in inputs\[0\]/,
    },
    {
      name: 'v2 unknown output',
      path: '/v2/models/churn/infer',
      body: { ...v2Input({}), outputs: [{ name: 'logits' }] },
      status: 400,
      error: /^outputs\[0\]\.name: unknown output "logits"; the model returns probabilities, label$/,
    },
    {
      name: 'unknown model',
      path: '/v1/models/other:predict',
      body: { instances: [row] },
      status: 404,
      error: /model "other" is not served here; this server serves "churn"/,
    },
    {
      name: 'unknown model (v2)',
      path: '/v2/models/other/infer',
      body: v2Input({}),
      status: 404,
      error: /model "other" is not served here/,
    },
    { name: 'wrong method', path: '/v1/models/churn:predict', method: 'GET', status: 405, error: /GET is not allowed/ },
    { name: 'unknown path', path: '/predict', method: 'GET', status: 404, error: /no such endpoint: \/predict/ },
  ];

  it.each(cases)('$name → $status', async (c) => {
    const method = c.method ?? 'POST';
    const response = await fetch(`${main.url}${c.path ?? '/v1/models/churn:predict'}`, {
      method,
      headers: { 'content-type': c.contentType ?? 'application/json' },
      ...(method === 'GET' ? {} : { body: typeof c.body === 'string' ? c.body : JSON.stringify(c.body) }),
    });
    expect(response.status).toBe(c.status);
    expect(response.headers.get('content-type')).toBe('application/json');
    const json = (await response.json()) as { error: string };
    expect(json.error).toMatch(c.error);
    if (c.status === 405) expect(response.headers.get('allow')).toBe('POST');
    // The server is still there and still right.
    const after = await post(predictUrl(main), { instances: [row] });
    expect(after.status).toBe(200);
  });

  it('refuses an oversized chunked body without buffering it', async () => {
    const chunk = new TextEncoder().encode(`{"instances": [{"plan": "${'y'.repeat(16 * 1024)}`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Far more than the limit if the server kept reading.
        if (sent++ < 400) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(predictUrl(main), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(400);
  });
});

describe('load and failures', () => {
  it('answers 503 with Retry-After when every slot and the queue are taken', async () => {
    const hold = gate();
    const server = await serve(binary, { maxConcurrent: 1, maxQueue: 0 }, { beforeInference: () => hold.promise });
    const body = { instances: [{ age: 30, charges: 50, plan: 'basic' }] };
    const first = post(predictUrl(server), body);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const refused = await post(predictUrl(server), body);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.json.error).toMatch(/at capacity/);
    hold.open();
    expect((await first).status).toBe(200);
    expect((await post(predictUrl(server), body)).status).toBe(200);
  });

  it('answers 504 when the inference outlasts the request timeout, and keeps serving', async () => {
    let slow = true;
    const server = await serve(
      binary,
      { requestTimeoutMs: 150 },
      { beforeInference: () => (slow ? new Promise((resolve) => setTimeout(resolve, 400)) : undefined) },
    );
    const body = { instances: [{ age: 30, charges: 50, plan: 'basic' }] };
    const late = await post(predictUrl(server), body);
    expect(late.status).toBe(504);
    expect(late.json.error).toMatch(/no answer within 150 ms/);
    slow = false;
    expect((await post(predictUrl(server), body)).status).toBe(200);
  });

  it('answers 500 with a short message when inference fails, and keeps serving', async () => {
    let broken = true;
    const server = await serve(
      binary,
      {},
      {
        beforeInference: () => {
          if (broken) throw new Error('device lost');
        },
      },
    );
    const body = { instances: [{ age: 30, charges: 50, plan: 'basic' }] };
    const failed = await post(predictUrl(server), body);
    expect(failed.status).toBe(500);
    expect(failed.json.error).toBe('inference failed: device lost');
    broken = false;
    expect((await post(predictUrl(server), body)).status).toBe(200);
  });

  it('exposes Prometheus metrics after requests', async () => {
    await post(predictUrl(main), { instances: [{ age: 30, charges: 50, plan: 'basic' }] });
    await post(predictUrl(main), { instances: [] });
    const response = await fetch(`${main.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(
      sample(text, 'mlops_serve_requests_total', { endpoint: 'predict', code: '200', model: 'churn' }),
    ).toBeGreaterThan(0);
    expect(sample(text, 'mlops_serve_requests_total', { endpoint: 'predict', code: '400' })).toBeGreaterThan(0);
    expect(sample(text, 'mlops_serve_errors_total', { endpoint: 'predict', kind: 'client' })).toBeGreaterThan(0);
    expect(sample(text, 'mlops_serve_request_duration_seconds_count', { endpoint: 'predict' })).toBeGreaterThan(1);
    expect(sample(text, 'mlops_serve_request_duration_seconds_bucket', { endpoint: 'predict', le: '+Inf' })).toBe(
      sample(text, 'mlops_serve_request_duration_seconds_count', { endpoint: 'predict' }),
    );
    // The scrape itself is in flight while the text is produced.
    expect(sample(text, 'mlops_serve_in_flight_requests', {})).toBe(1);
    expect(sample(text, 'mlops_serve_inference_duration_seconds_count', {})).toBeGreaterThan(0);
    expect(sample(text, 'mlops_serve_model_info', { version: binary.version })).toBe(1);
  });
});

describe('dynamic batching', () => {
  it('gives 50 concurrent requests the same answers as one inference each, in batches of more than one', async () => {
    const batched = await serve(binary, { batching: { maxDelayMs: 10, maxRows: 64 } });
    const requests = Array.from({ length: 50 }, (_, i) => ({ instances: binaryRows(1 + (i % 3), i) }));
    const one = await Promise.all(requests.map((body) => post(predictUrl(main), body)));
    const together = await Promise.all(requests.map((body) => post(predictUrl(batched), body)));
    expect(together.map((r) => r.status)).toEqual(requests.map(() => 200));
    expect(together.map((r) => r.json)).toEqual(one.map((r) => r.json));

    // v2 requests batch too, and a bad one among them fails alone.
    const v2 = (rows: Row[]) => ({
      inputs: [
        { name: 'age', shape: [rows.length, 1], datatype: 'FP32', data: rows.map((r) => r.age) },
        { name: 'charges', shape: [rows.length, 1], datatype: 'FP32', data: rows.map((r) => r.charges) },
        { name: 'plan', shape: [rows.length, 1], datatype: 'BYTES', data: rows.map((r) => r.plan ?? '') },
      ],
    });
    const v2Bodies: unknown[] = requests.map((body) => v2(body.instances));
    v2Bodies[7] = { inputs: [] };
    const v2One = await Promise.all(v2Bodies.map((body) => post(inferUrl(main), body)));
    const v2Together = await Promise.all(v2Bodies.map((body) => post(inferUrl(batched), body)));
    expect(v2Together.map((r) => r.status)).toEqual(v2Bodies.map((_, i) => (i === 7 ? 400 : 200)));
    expect(v2Together.map((r) => r.json)).toEqual(v2One.map((r) => r.json));

    const text = await batched.metrics();
    const batches = sample(text, 'mlops_serve_batch_requests_count', {});
    expect(sample(text, 'mlops_serve_batch_requests_sum', {})).toBe(99);
    expect(batches).toBeLessThan(99);
    // Some batch held more than one request.
    expect(sample(text, 'mlops_serve_batch_requests_bucket', { le: '1' })).toBeLessThan(batches);
  });
});

describe('graceful shutdown', () => {
  it('finishes the request in flight, refuses new connections, and turns ready to 503', async () => {
    const hold = gate();
    let entered: () => void = () => {};
    const inInference = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const server = await serve(
      binary,
      {},
      {
        beforeInference: () => {
          entered();
          return hold.promise;
        },
      },
    );
    const inFlight = post(predictUrl(server), { instances: [{ age: 30, charges: 50, plan: 'basic' }] });
    await inInference;

    // A connection that has started a request is not idle, so it survives close() and sees the readiness flip.
    const socket = net.connect(server.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write('GET /v2/health/ready HTTP/1.1\r\nHost: test\r\n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = server.close();
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
      });
      socket.on('close', () => resolve(text));
    });
    socket.write('\r\n');
    const raw = await answer;
    expect(raw).toMatch(/^HTTP\/1\.1 503/);
    expect(raw).toMatch(/connection: close/i);
    expect(raw).toMatch(/\{"ready":false\}$/);

    await expect(fetch(`${server.url}/v2/health/live`)).rejects.toThrow();

    hold.open();
    const done = await inFlight;
    expect(done.status).toBe(200);
    expect((done.json.predictions as unknown[]).length).toBe(1);
    await closed;
  });

  it('closes on SIGTERM when served until a signal', async () => {
    const server = await serve(binary);
    const lines: string[] = [];
    const listeners = process.listenerCount('SIGINT');
    const served = serveUntilSignal(server, (line) => lines.push(line));
    process.emit('SIGTERM', 'SIGTERM');
    await served;
    expect(lines.join('\n')).toMatch(/^SIGTERM: closing http:\/\/127\.0\.0\.1:\d+/);
    await expect(fetch(`${server.url}/v2/health/live`)).rejects.toThrow();
    expect(process.listenerCount('SIGINT')).toBe(listeners);
  });
});
