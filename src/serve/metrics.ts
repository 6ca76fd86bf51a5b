import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Route names used as the `endpoint` label: a fixed set, so a scanner probing random paths cannot grow it. */
export type Endpoint =
  | 'live'
  | 'ready'
  | 'model_metadata'
  | 'model_ready'
  | 'infer'
  | 'predict'
  | 'metrics'
  | 'server_metadata'
  | 'unknown';

export type ErrorKind = 'client' | 'overload' | 'timeout' | 'inference';

/**
 * The server's Prometheus metrics, in a registry of its own: several servers in one process (tests,
 * check-serving-compat against a baseline) must not share or clash on the global one.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'endpoint' | 'code'>;
  private readonly duration: Histogram<'endpoint'>;
  private readonly errors: Counter<'endpoint' | 'kind'>;
  private readonly inFlight: Gauge;
  private readonly inference: Histogram;
  private readonly batchRequests: Histogram;
  private readonly batchRows: Histogram;

  constructor(model: { name: string; version: string }) {
    this.registry.setDefaultLabels({ model: model.name });
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'mlops_serve_requests_total',
      help: 'HTTP requests answered, by endpoint and status code.',
      labelNames: ['endpoint', 'code'],
      registers,
    });
    this.duration = new Histogram({
      name: 'mlops_serve_request_duration_seconds',
      help: 'Time from request to response, body reading and queueing included.',
      labelNames: ['endpoint'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.errors = new Counter({
      name: 'mlops_serve_errors_total',
      help: 'Requests that failed: client mistakes (4xx), overload (503), timeouts (504), inference errors (500).',
      labelNames: ['endpoint', 'kind'],
      registers,
    });
    this.inFlight = new Gauge({
      name: 'mlops_serve_in_flight_requests',
      help: 'Requests received and not yet answered.',
      registers,
    });
    this.inference = new Histogram({
      name: 'mlops_serve_inference_duration_seconds',
      help: 'ONNX Runtime time per inference (one batch when batching).',
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    this.batchRequests = new Histogram({
      name: 'mlops_serve_batch_requests',
      help: 'Requests merged into one inference by dynamic batching.',
      buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
      registers,
    });
    this.batchRows = new Histogram({
      name: 'mlops_serve_batch_rows',
      help: 'Rows per inference.',
      buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096],
      registers,
    });
    new Gauge({
      name: 'mlops_serve_model_info',
      help: 'The served model; always 1.',
      labelNames: ['version'],
      registers,
    }).set({ version: model.version }, 1);
    collectDefaultMetrics({ register: this.registry, prefix: 'mlops_serve_' });
  }

  started(): void {
    this.inFlight.inc();
  }

  finished(endpoint: Endpoint, code: number, seconds: number): void {
    this.inFlight.dec();
    this.requests.inc({ endpoint, code });
    this.duration.observe({ endpoint }, seconds);
  }

  error(endpoint: Endpoint, kind: ErrorKind): void {
    this.errors.inc({ endpoint, kind });
  }

  inferred(seconds: number, rows: number, requests: number, batching: boolean): void {
    this.inference.observe(seconds);
    this.batchRows.observe(rows);
    if (batching) this.batchRequests.observe(requests);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
