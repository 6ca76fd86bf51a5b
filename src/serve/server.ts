/**
 * The prediction server: Node's own http module in front of one ONNX Runtime session. It speaks the Open
 * Inference Protocol (KServe v2) and KServe's simple v1 JSON API, validates every request against schemas
 * generated from the model's signature, bounds the work in flight, and shuts down without dropping requests.
 * No framework: the per-request path is routing by string comparison, one JSON.parse, one compiled validator,
 * one inference, and a response written in one call.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type * as Ort from 'onnxruntime-node';
import { ConfigurationError, describeThrown, shorten } from '../core/errors.js';
import { locateJsonError } from '../data/jsonl.js';
import type { Cell } from '../data/table.js';
import { buildFeeds } from '../model/features.js';
import { loadOnnxRuntime, type ModelOutputs, runBatch, type Session } from '../model/runtime.js';
import { inspectOnnx, type OnnxModelInfo } from '../onnx/inspect.js';
import { Batcher, CancelledError, Limiter, OverloadedError, type QueueTicket } from './batcher.js';
import { type Endpoint, type ErrorKind, ServerMetrics } from './metrics.js';
import { compileRequestValidators, RequestError, type V1Request, type V2Request } from './request-schema.js';
import {
  concatTensorArrays,
  type OutputTensorJson,
  type TensorData,
  tensorJson,
  v2Datatype,
  v2Shape,
} from './tensors.js';
import { DEFAULT_SERVE_OPTIONS, type RunningServer, type ServedModel, type ServeOptions } from './types.js';

/** Seams for fault injection and logging; production callers pass none. */
export interface ServerHooks {
  /** Awaited before each inference (one per batch when batching): tests slow or fail inference with it. */
  beforeInference?: (rows: number) => Promise<void> | void;
  /** One line per server-side failure (inference errors); default: stderr. */
  log?: (line: string) => void;
}

export interface StartedServer extends RunningServer {
  /** The server's Prometheus registry text, as `GET /metrics` returns it. */
  metrics(): Promise<string>;
}

const JSON_TYPE = 'application/json';

interface Exchange {
  res: ServerResponse;
  endpoint: Endpoint;
  started: number;
  done: boolean;
  timer: NodeJS.Timeout | undefined;
  ticket: QueueTicket | undefined;
}

/** What one request gets back from a (possibly shared) inference: the batch's outputs and its rows in them. */
interface Slice<T> {
  outputs: T;
  from: number;
  rows: number;
}

export async function startServer(
  model: ServedModel,
  options: Partial<ServeOptions> = {},
  hooks: ServerHooks = {},
): Promise<StartedServer> {
  const settings = checkOptions({ ...DEFAULT_SERVE_OPTIONS, ...options });
  const log = hooks.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const bytes = await readFile(model.onnxPath).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(`model: cannot read ${model.onnxPath}: ${error.code ?? error.message}`);
  });
  const info = inspectOnnx(bytes, model.onnxPath);
  const ort = await loadOnnxRuntime();
  const session = await openSession(ort, bytes, settings.executionProviders, model.onnxPath);
  const validators = compileRequestValidators(
    { bindings: model.inputs, inputs: info.inputs, outputs: info.outputs },
    settings,
  );
  const metrics = new ServerMetrics(model);
  const features = [...new Set(model.inputs.map((binding) => binding.feature))];
  const metadataJson = JSON.stringify(modelMetadata(model, info));
  const v1MetadataJson = JSON.stringify({
    name: model.name,
    version: model.version,
    ready: true,
    task: model.task,
    features: model.inputs.map((binding) => ({ name: binding.feature, kind: binding.kind, dtype: binding.dtype })),
    ...(model.outputs.classes === undefined ? {} : { classes: model.outputs.classes }),
  });
  const classKeys = (model.outputs.classes ?? []).map((name) => JSON.stringify(name));
  const predict = predictionsWriter(model.task, classKeys);

  let shuttingDown = false;
  let openRequests = 0;
  let inferencesRunning = 0;
  let inferencesSettled: (() => void) | undefined;

  const inference = async <T>(rows: number, requests: number, run: () => Promise<T>): Promise<T> => {
    inferencesRunning++;
    try {
      if (hooks.beforeInference !== undefined) await hooks.beforeInference(rows);
      const started = performance.now();
      const result = await run();
      metrics.inferred((performance.now() - started) / 1000, rows, requests, settings.batching !== undefined);
      return result;
    } finally {
      inferencesRunning--;
      if (inferencesRunning === 0) inferencesSettled?.();
    }
  };

  const runV1 = (instances: readonly Record<string, Cell>[], requests: number): Promise<ModelOutputs> => {
    const rows = instances.length;
    const columns = new Map<string, Cell[]>();
    for (const feature of features) {
      const values = new Array<Cell>(rows);
      for (let row = 0; row < rows; row++) values[row] = (instances[row] as Record<string, Cell>)[feature] ?? null;
      columns.set(feature, values);
    }
    const feeds = buildFeeds(model.inputs, columns, rows, (row) => `instances[${row}]`);
    return inference(rows, requests, () => runBatch(session, feeds, model.outputs, rows));
  };

  const runV2 = async (
    feeds: Record<string, TensorData>,
    outputs: readonly string[],
    rows: number,
    requests: number,
  ): Promise<Ort.InferenceSession.OnnxValueMapType> => {
    const tensors: Record<string, Ort.Tensor> = {};
    for (const [name, feed] of Object.entries(feeds)) tensors[name] = new ort.Tensor(feed.type, feed.data, feed.dims);
    return inference(rows, requests, () => session.run(tensors, outputs));
  };

  // Without batching, each request holds one of `maxConcurrent` inference slots. With batching, requests are
  // admitted up to the same total and the batches, not the requests, take the inference slots.
  const limiter = new Limiter(settings.maxConcurrent, settings.maxQueue);
  const batchLimiter = new Limiter(settings.maxConcurrent, Number.POSITIVE_INFINITY);
  let admitted = 0;
  const admissionLimit = settings.maxConcurrent + settings.maxQueue;

  const v1Batcher =
    settings.batching === undefined
      ? undefined
      : new Batcher<V1Request['instances'], Slice<ModelOutputs>>(settings.batching, (items) =>
          batchLimiter.run(async () => {
            const merged = items.length === 1 ? (items[0] as V1Request['instances']) : items.flat();
            const outputs = await runV1(merged, items.length);
            let from = 0;
            return items.map((item) => {
              const slice = { outputs, from, rows: item.length };
              from += item.length;
              return slice;
            });
          }),
        );

  const v2Batchers = new Map<string, Batcher<V2Request, Slice<Ort.InferenceSession.OnnxValueMapType>>>();
  const v2BatcherFor = (request: V2Request) => {
    let batcher = v2Batchers.get(request.batchKey);
    if (batcher === undefined && settings.batching !== undefined) {
      batcher = new Batcher(settings.batching, (items, rows) =>
        batchLimiter.run(async () => {
          const first = items[0] as V2Request;
          let feeds = first.feeds;
          if (items.length > 1) {
            feeds = {};
            for (const [name, feed] of Object.entries(first.feeds)) {
              const parts = items.map((item) => (item.feeds[name] as TensorData).data);
              feeds[name] = {
                type: feed.type,
                data: concatTensorArrays(feed.type, parts),
                dims: [rows, ...feed.dims.slice(1)],
              };
            }
          }
          const outputs = await runV2(feeds, first.outputs, rows, items.length);
          for (const name of first.outputs) {
            const tensor = outputs[name];
            if (tensor === undefined || Number(tensor.dims[0]) !== rows) {
              throw new Error(`output "${name}" does not have one row per input row, so a batch cannot be split`);
            }
          }
          let from = 0;
          return items.map((item) => {
            const slice = { outputs, from, rows: item.rows ?? 0 };
            from += item.rows ?? 0;
            return slice;
          });
        }),
      );
      // Bounded: the key comes from validated output names and model-fixed dimensions.
      if (v2Batchers.size < 64) v2Batchers.set(request.batchKey, batcher);
    }
    return batcher;
  };

  const finish = (exchange: Exchange, status: number): void => {
    exchange.done = true;
    openRequests--;
    if (exchange.timer !== undefined) clearTimeout(exchange.timer);
    metrics.finished(exchange.endpoint, status, (performance.now() - exchange.started) / 1000);
  };

  const reply = (
    exchange: Exchange,
    status: number,
    body: string,
    contentType = JSON_TYPE,
    extra?: Record<string, string>,
  ): void => {
    if (exchange.done) return;
    finish(exchange, status);
    const res = exchange.res;
    if (res.headersSent || res.destroyed) return;
    const headers: Record<string, string | number> = {
      'content-type': contentType,
      'content-length': Buffer.byteLength(body),
    };
    if (shuttingDown) headers.connection = 'close';
    if (extra !== undefined) Object.assign(headers, extra);
    res.writeHead(status, headers);
    res.end(body);
  };

  const fail = (
    exchange: Exchange,
    status: number,
    message: string,
    kind: ErrorKind,
    extra?: Record<string, string>,
  ) => {
    if (exchange.done) return;
    metrics.error(exchange.endpoint, kind);
    reply(exchange, status, JSON.stringify({ error: message }), JSON_TYPE, extra);
  };

  const failWith = (exchange: Exchange, error: unknown): void => {
    if (exchange.done || error instanceof CancelledError) return;
    if (error instanceof RequestError) fail(exchange, error.status, error.message, 'client');
    else if (error instanceof OverloadedError) {
      fail(exchange, 503, 'the server is at capacity; retry shortly', 'overload', { 'retry-after': '1' });
    } else {
      const message = describeThrown(error, 300);
      log(`mlops serve: ${exchange.endpoint} failed: ${message}`);
      fail(exchange, 500, `inference failed: ${shorten(message, 200)}`, 'inference');
    }
  };

  const startTimer = (exchange: Exchange): void => {
    exchange.timer = setTimeout(() => {
      exchange.timer = undefined;
      exchange.ticket?.cancel?.();
      fail(exchange, 504, `no answer within ${settings.requestTimeoutMs} ms; the request was dropped`, 'timeout');
    }, settings.requestTimeoutMs);
  };

  /** A batched request is admitted up to the admission limit (else 503) and answered when its batch has run. */
  const admitBatched = <S>(exchange: Exchange, add: () => Promise<S>, respond: (slice: S) => void): void => {
    if (admitted >= admissionLimit) throw new OverloadedError('the server is at capacity');
    admitted++;
    add().then(
      (slice) => {
        admitted--;
        respond(slice);
      },
      (error: unknown) => {
        admitted--;
        failWith(exchange, error);
      },
    );
  };

  /** An unbatched request takes one of the limiter's inference slots; its ticket lets a timeout give up its place. */
  const runLimited = <T>(exchange: Exchange, job: () => Promise<T>, respond: (outputs: T) => void): void => {
    exchange.ticket = {};
    limiter.run(job, exchange.ticket).then(respond, (error: unknown) => failWith(exchange, error));
  };

  const handlePredict = (exchange: Exchange, body: unknown): void => {
    const request = validators.v1(body);
    const rows = request.instances.length;
    const respond = (outputs: ModelOutputs, from: number) => {
      if (!exchange.done) reply(exchange, 200, predict(outputs, from, rows));
    };
    if (v1Batcher !== undefined) {
      admitBatched(
        exchange,
        () => v1Batcher.add(request.instances, rows),
        (slice) => respond(slice.outputs, slice.from),
      );
      return;
    }
    runLimited(
      exchange,
      () => runV1(request.instances, 1),
      (outputs) => respond(outputs, 0),
    );
  };

  const handleInfer = (exchange: Exchange, body: unknown): void => {
    const request = validators.v2(body);
    const respond = (outputs: Ort.InferenceSession.OnnxValueMapType, from: number, rows: number | undefined) => {
      if (exchange.done) return;
      const tensors: OutputTensorJson[] = [];
      for (const name of request.outputs) {
        const tensor = outputs[name];
        if (tensor !== undefined) tensors.push(tensorJson(name, tensor, from, rows));
      }
      reply(
        exchange,
        200,
        JSON.stringify({
          model_name: model.name,
          model_version: model.version,
          ...(request.id === undefined ? {} : { id: request.id }),
          outputs: tensors,
        }),
      );
    };
    const batcher = request.rows === undefined ? undefined : v2BatcherFor(request);
    if (batcher !== undefined && request.rows !== undefined) {
      const rows = request.rows;
      admitBatched(
        exchange,
        () => batcher.add(request, rows),
        (slice) => respond(slice.outputs, slice.from, slice.rows),
      );
      return;
    }
    runLimited(
      exchange,
      () => runV2(request.feeds, request.outputs, request.rows ?? 1, 1),
      (outputs) => respond(outputs, 0, undefined),
    );
  };

  /** Reads a JSON body within the limits, then hands it on; every failure is a 4xx with the reason. */
  const withJsonBody = (
    exchange: Exchange,
    req: IncomingMessage,
    handle: (exchange: Exchange, body: unknown) => void,
  ): void => {
    const contentType = req.headers['content-type'];
    if (contentType !== undefined && !isJsonType(contentType)) {
      fail(exchange, 415, `content-type must be application/json, got ${shorten(contentType, 60)}`, 'client');
      req.resume();
      return;
    }
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > settings.maxBodyBytes) {
      refuseLarge(exchange, req, Number(declared));
      return;
    }
    startTimer(exchange);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (exchange.done) return;
      size += chunk.length;
      if (size > settings.maxBodyBytes) {
        chunks.length = 0;
        refuseLarge(exchange, req, undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (exchange.done) return;
      const text = (chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)).toString('utf8');
      let body: unknown;
      try {
        body = parseJson(text);
        handle(exchange, body);
      } catch (error) {
        failWith(exchange, error);
      }
    });
    req.on('error', () => {
      // The client went away mid-body: nobody is left to answer.
      if (!exchange.done) finish(exchange, 499);
    });
  };

  const refuseLarge = (exchange: Exchange, req: IncomingMessage, declared: number | undefined): void => {
    fail(
      exchange,
      413,
      `the body is ${declared === undefined ? 'larger than' : `${declared} bytes; more than`} this server takes (${settings.maxBodyBytes} bytes); send fewer instances per request`,
      'client',
      { connection: 'close' },
    );
    // Stop reading: the connection closes once the answer is out, and what the client still sends is dropped
    // by the kernel rather than buffered here.
    req.removeAllListeners('data');
    req.pause();
    exchange.res.once('finish', () => req.socket.destroySoon());
  };

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    openRequests++;
    metrics.started();
    const exchange: Exchange = {
      res,
      endpoint: 'unknown',
      started: performance.now(),
      done: false,
      timer: undefined,
      ticket: undefined,
    };
    try {
      route(exchange, req);
    } catch (error) {
      failWith(exchange, error);
    }
  };

  const route = (exchange: Exchange, req: IncomingMessage): void => {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query < 0 ? url : url.slice(0, query);
    const method = req.method ?? 'GET';
    const isGet = method === 'GET' || method === 'HEAD';
    /** Names the endpoint (for metrics) and answers 405 unless the method is one it takes. */
    const accepts = (endpoint: Endpoint, takes: 'GET' | 'POST'): boolean => {
      exchange.endpoint = endpoint;
      if (takes === 'POST' ? method === 'POST' : isGet) return true;
      const allow = takes === 'POST' ? 'POST' : 'GET, HEAD';
      req.resume();
      fail(exchange, 405, `${method} is not allowed on ${shorten(path, 100)}; use ${allow}`, 'client', { allow });
      return false;
    };

    if (path.startsWith('/v2/models/')) {
      const rest = path.slice('/v2/models/'.length);
      const slash = rest.indexOf('/');
      const name = decodeName(slash < 0 ? rest : rest.slice(0, slash));
      const suffix = slash < 0 ? '' : rest.slice(slash);
      if (suffix === '/infer') {
        if (!accepts('infer', 'POST')) return;
        if (!checkModel(exchange, req, name)) return;
        withJsonBody(exchange, req, handleInfer);
        return;
      }
      if (suffix === '' || suffix === '/ready') {
        if (!accepts(suffix === '' ? 'model_metadata' : 'model_ready', 'GET')) return;
        if (!checkModel(exchange, req, name)) return;
        if (suffix === '') {
          reply(exchange, 200, metadataJson);
          return;
        }
        reply(exchange, shuttingDown ? 503 : 200, JSON.stringify({ name: model.name, ready: !shuttingDown }));
        return;
      }
    } else if (path.startsWith('/v1/models/')) {
      const rest = path.slice('/v1/models/'.length);
      if (rest.endsWith(':predict')) {
        if (!accepts('predict', 'POST')) return;
        if (!checkModel(exchange, req, decodeName(rest.slice(0, -':predict'.length)))) return;
        withJsonBody(exchange, req, handlePredict);
        return;
      }
      if (!rest.includes('/') && !rest.includes(':')) {
        if (!accepts('model_metadata', 'GET')) return;
        if (!checkModel(exchange, req, decodeName(rest))) return;
        reply(exchange, 200, v1MetadataJson);
        return;
      }
    } else {
      switch (path) {
        case '/v2/health/live':
          if (!accepts('live', 'GET')) return;
          reply(exchange, 200, '{"live":true}');
          return;
        case '/v2/health/ready':
          if (!accepts('ready', 'GET')) return;
          reply(exchange, shuttingDown ? 503 : 200, shuttingDown ? '{"ready":false}' : '{"ready":true}');
          return;
        case '/v2':
          if (!accepts('server_metadata', 'GET')) return;
          reply(exchange, 200, '{"name":"mlops-actions","version":"1","extensions":[]}');
          return;
        case '/metrics':
          if (!accepts('metrics', 'GET')) return;
          metrics.text().then(
            (text) => reply(exchange, 200, text, metrics.contentType),
            (error: unknown) => failWith(exchange, error),
          );
          return;
      }
    }
    req.resume();
    fail(
      exchange,
      404,
      `no such endpoint: ${shorten(path, 100)}; this server answers /v2/health/{live,ready}, /v2/models/${model.name}[/ready|/infer], /v1/models/${model.name}:predict and /metrics`,
      'client',
    );
  };

  const checkModel = (exchange: Exchange, req: IncomingMessage, name: string | undefined): boolean => {
    if (name === model.name) return true;
    req.resume();
    fail(
      exchange,
      404,
      `model ${name === undefined ? '(badly encoded name)' : JSON.stringify(shorten(name, 100))} is not served here; this server serves "${model.name}"`,
      'client',
    );
    return false;
  };

  const server: Server = createServer({ noDelay: true, keepAlive: true }, handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      shuttingDown = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      v1Batcher?.flush();
      for (const batcher of v2Batchers.values()) batcher.flush();
      const grace = new Promise<'timeout'>((resolve) => {
        const timer = setTimeout(() => resolve('timeout'), settings.shutdownGraceMs);
        timer.unref();
        closed.then(() => clearTimeout(timer));
      });
      if ((await Promise.race([closed, grace])) === 'timeout') {
        log(
          `mlops serve: ${openRequests} request(s) still open after ${settings.shutdownGraceMs} ms; closing their connections`,
        );
        server.closeAllConnections();
        await closed;
      }
      // A timed-out request's inference may still be running: the session must outlive it.
      if (inferencesRunning > 0) await new Promise<void>((resolve) => (inferencesSettled = resolve));
      await session.release();
    })();
    return closing;
  };

  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    modelName: model.name,
    close,
    metrics: () => metrics.text(),
  };
}

/**
 * Serves until SIGTERM or SIGINT, then shuts down gracefully (what Kubernetes sends before it kills a pod).
 * Resolves once the server is closed.
 */
export function serveUntilSignal(running: RunningServer, log: (line: string) => void = () => {}): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      log(`${signal}: closing ${running.url} (finishing requests in flight)`);
      running.close().then(resolve, reject);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}

function checkOptions(options: ServeOptions): ServeOptions {
  const positive: Array<keyof ServeOptions> = [
    'maxBodyBytes',
    'maxConcurrent',
    'requestTimeoutMs',
    'shutdownGraceMs',
    'maxInstances',
  ];
  for (const key of positive) {
    const value = options[key];
    if (typeof value !== 'number' || !(value > 0)) {
      throw new ConfigurationError(`serve: ${key} must be a positive number, got ${String(value)}`);
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new ConfigurationError(`serve: port must be an integer from 0 to 65535, got ${options.port}`);
  }
  if (!(options.maxQueue >= 0)) {
    throw new ConfigurationError(`serve: maxQueue must be zero or more, got ${options.maxQueue}`);
  }
  if (options.batching !== undefined && !(options.batching.maxRows >= 1 && options.batching.maxDelayMs >= 0)) {
    throw new ConfigurationError(
      `serve: batching needs maxRows ≥ 1 and maxDelayMs ≥ 0, got ${JSON.stringify(options.batching)}`,
    );
  }
  return options;
}

/** 'CUDAExecutionProvider' and 'cuda' both name ONNX Runtime's CUDA provider. */
function providerName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/executionprovider$/, '');
}

async function openSession(
  ort: Awaited<ReturnType<typeof loadOnnxRuntime>>,
  bytes: Uint8Array,
  providers: readonly string[],
  what: string,
): Promise<Session> {
  try {
    return await ort.InferenceSession.create(bytes, {
      graphOptimizationLevel: 'all',
      executionProviders: providers.map(providerName),
    });
  } catch (error) {
    throw new ConfigurationError(
      `model ${what} cannot be served by ONNX Runtime with execution providers ${providers.join(', ')}: ${describeThrown(error, 300)}`,
    );
  }
}

/** The v2 model metadata: the graph's tensors, with the protocol's datatype names and -1 for symbolic dimensions. */
function modelMetadata(model: ServedModel, info: OnnxModelInfo): object {
  const tensor = (value: OnnxModelInfo['inputs'][number]) => ({
    name: value.name,
    datatype: v2Datatype(value.elemType) ?? value.type,
    shape: v2Shape(value.shape),
  });
  return {
    name: model.name,
    versions: [model.version],
    platform: 'onnxruntime',
    inputs: info.inputs.map(tensor),
    outputs: info.outputs.map(tensor),
  };
}

/** JSON numbers cannot be NaN or Infinity. */
function jsonNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : 'null';
}

/**
 * Writes `{"predictions": [...]}` for rows [from, from + rows) by hand: the class keys are escaped once, and
 * string building avoids an object per row and per class that JSON.stringify would need.
 */
function predictionsWriter(
  task: ServedModel['task'],
  classKeys: readonly string[],
): (outputs: ModelOutputs, from: number, rows: number) => string {
  return (outputs, from, rows) => {
    let out = '{"predictions":[';
    if (task === 'regression' || outputs.probabilities === undefined) {
      const values = outputs.prediction ?? new Float64Array(0);
      for (let row = from; row < from + rows; row++) {
        out += `${row === from ? '' : ','}{"value":${jsonNumber(values[row] ?? Number.NaN)}}`;
      }
      return `${out}]}`;
    }
    const width = outputs.classes ?? 2;
    const probabilities = outputs.probabilities;
    for (let row = from; row < from + rows; row++) {
      let best = 0;
      let bestValue = Number.NEGATIVE_INFINITY;
      let entries = '';
      for (let k = 0; k < width; k++) {
        const p = probabilities[row * width + k] as number;
        if (p > bestValue) {
          bestValue = p;
          best = k;
        }
        entries += `${k === 0 ? '' : ','}${classKeys[k] ?? `"${k}"`}:${jsonNumber(p)}`;
      }
      out += `${row === from ? '' : ','}{"label":${classKeys[best] ?? `"${best}"`},"probabilities":{${entries}}}`;
    }
    return `${out}]}`;
  };
}

function isJsonType(value: string): boolean {
  if (value === JSON_TYPE) return true;
  const type = (value.split(';')[0] ?? '').trim().toLowerCase();
  return type === JSON_TYPE || (type.startsWith('application/') && type.endsWith('+json'));
}

function decodeName(raw: string): string | undefined {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') throw new RequestError(400, 'the body is empty; send a JSON object');
  try {
    return JSON.parse(text);
  } catch (error) {
    const problem = locateJsonError(text);
    if (problem === undefined) {
      throw new RequestError(400, `the body is not valid JSON: ${shorten(describeThrown(error), 160)}`);
    }
    const before = text.slice(0, problem.position);
    const line = before.split('\n').length;
    const column = problem.position - before.lastIndexOf('\n');
    throw new RequestError(
      400,
      `the body is not valid JSON: line ${line}, column ${column} (position ${problem.position}): ${shorten(problem.problem, 160)}`,
    );
  }
}
