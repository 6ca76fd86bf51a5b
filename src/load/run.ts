import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { ConfigurationError, describeThrown } from '../core/errors.js';

export interface LoadTarget {
  /** The full predict URL, e.g. `http://127.0.0.1:8080/v1/models/churn:predict`. */
  url: string;
}

export interface LoadOptions {
  /** Concurrent keep-alive connections (autocannon lowers it to `rate` when the rate is smaller). */
  connections: number;
  /** Length of the measured window. */
  durationSeconds: number;
  /** A first run whose figures are discarded (JIT, connection pools, lazy model loading); 0 for none. */
  warmupSeconds: number;
  /**
   * Cap on requests per second over all connections; none means each connection goes as fast as answered.
   * autocannon spends each connection's share at the start of every second, so the load comes in bursts.
   */
  rate?: number;
  /**
   * A request unanswered after this long is abandoned and counted as a `timeout` error, when that happens inside
   * the window; a request still in flight at the end counts for nothing, so keep this well below the duration.
   * At least 1 (autocannon's minimum).
   */
  timeoutSeconds: number;
  /** Only 1: the per-request accounting below relies on one request in flight per connection. */
  pipelining?: 1;
}

export interface LatencySummary {
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** One bucket of the latency histogram: answers with `fromMs < latency ≤ toMs`. */
export interface LatencyBucket {
  fromMs: number;
  toMs: number;
  count: number;
}

export interface LoadErrors {
  /** Failed requests: non-2xx answers, timeouts and requests lost to a socket error or a closed connection. */
  total: number;
  /**
   * Counts by kind: `http-<status>` (e.g. `http-500`), `timeout`, `socket-<code>` (e.g. `socket-ECONNRESET`),
   * `socket-closed` (the server closed the connection with a request unanswered).
   */
  byKind: Record<string, number>;
}

export interface LoadResult {
  url: string;
  /** Requests that finished in the measured window: answered (any status) or failed. */
  requests: number;
  /** 2xx answers. */
  successes: number;
  errors: LoadErrors;
  /** `errors.total / requests`; 1 when nothing finished (nothing answered is not a pass). */
  errorRate: number;
  /** 2xx answers per second over the measured window. */
  qps: number;
  /** Of 2xx answers only, so a server that fails fast does not look fast; null when there were none. */
  latencyMs: LatencySummary | null;
  /** 2xx latencies in buckets on a fixed ladder (the same for every run, so two runs can be overlaid). */
  histogram: LatencyBucket[];
  /** The measured window in seconds. */
  durationSeconds: number;
  /** Connections actually used. */
  connections: number;
  /** Requested cap in requests per second, or null. */
  rate: number | null;
  warmup: { seconds: number; requests: number; errors: number };
}

/**
 * Upper bounds of the histogram buckets in ms: the R10 preferred-number series (each step ×1.26) from 0.1 ms
 * to 100 s, fine enough to separate 20 ms from 25 ms, yet a fixed ladder, so candidate and baseline share bins.
 */
export const LATENCY_BUCKET_BOUNDS_MS: readonly number[] = (() => {
  const steps = [1, 1.25, 1.6, 2, 2.5, 3.15, 4, 5, 6.3, 8];
  const bounds: number[] = [];
  for (let decade = -1; decade < 5; decade++) {
    for (const step of steps) bounds.push(Number((step * 10 ** decade).toPrecision(3)));
  }
  bounds.push(100_000);
  return bounds;
})();

/** Time autocannon may take beyond the window before it is told to stop, then before the run is given up. */
const STOP_GRACE_MS = 5000;
/** How often autocannon checks its stop flag: the default (1 s) could run a whole extra second. */
const SAMPLE_INTERVAL_MS = 100;

/**
 * Runs a load test with autocannon: a warm-up run whose figures are discarded, then the measured run.
 *
 * autocannon generates the load (keep-alive connections, the rate cap, timeouts, cycling through `bodies`);
 * the figures are taken here from each connection's events rather than from autocannon's summary, because
 * that summary has no p95, corrects latencies for coordinated omission with a 1 ms interval whatever the rate
 * (inventing samples below the real latency), does not count a request lost when the server closes the
 * connection, and after such a loss times every later answer on that connection from the lost request.
 */
export async function runLoad(
  target: LoadTarget,
  bodies: readonly string[],
  options: LoadOptions,
): Promise<LoadResult> {
  checkOptions(target, bodies, options);
  const rate = options.rate === undefined ? undefined : Math.max(1, Math.round(options.rate));
  const connections = rate === undefined ? options.connections : Math.min(options.connections, rate);
  const requests = bodies.map((body) => ({
    method: 'POST' as const,
    body,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
  }));
  const settings = { url: target.url, connections, rate, timeoutSeconds: options.timeoutSeconds };

  const warmup = { seconds: options.warmupSeconds, requests: 0, errors: 0 };
  if (options.warmupSeconds > 0) {
    const discarded = await phase(settings, requests, options.warmupSeconds);
    warmup.requests = discarded.requests;
    warmup.errors = discarded.errors.total;
  }
  const measured = await phase(settings, requests, options.durationSeconds);
  const { samples } = measured;
  return {
    url: target.url,
    requests: measured.requests,
    successes: measured.successes,
    errors: measured.errors,
    errorRate: measured.requests === 0 ? 1 : measured.errors.total / measured.requests,
    qps: measured.windowSeconds > 0 ? measured.successes / measured.windowSeconds : 0,
    latencyMs: summarise(samples),
    histogram: histogramOf(samples),
    durationSeconds: measured.windowSeconds,
    connections,
    rate: rate ?? null,
    warmup,
  };
}

function checkOptions(target: LoadTarget, bodies: readonly string[], options: LoadOptions): void {
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    throw new ConfigurationError(`load test: target URL "${target.url}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`load test: target URL "${target.url}" must be http:// or https://`);
  }
  if (bodies.length === 0) throw new ConfigurationError('load test: no request bodies to send');
  const positive = (name: string, value: number, minimum: number, integer = false): void => {
    if (!Number.isFinite(value) || value < minimum || (integer && !Number.isInteger(value))) {
      throw new ConfigurationError(
        `load test: ${name} must be ${integer ? 'an integer ' : 'a number '}≥ ${minimum}, got ${value}`,
      );
    }
  };
  positive('connections', options.connections, 1, true);
  positive('duration', options.durationSeconds, 0.1);
  positive('warmup', options.warmupSeconds, 0);
  // autocannon refuses timeouts below one second.
  positive('timeout', options.timeoutSeconds, 1);
  if (options.rate !== undefined) positive('rate', options.rate, 0.5);
  if (options.pipelining !== undefined && options.pipelining !== 1) {
    throw new ConfigurationError('load test: only pipelining 1 is supported');
  }
}

interface PhaseSettings {
  url: string;
  connections: number;
  rate: number | undefined;
  timeoutSeconds: number;
}

interface PhaseOutcome {
  requests: number;
  successes: number;
  errors: LoadErrors;
  samples: Float64Array;
  windowSeconds: number;
}

/**
 * The events of autocannon's per-connection client that the accounting needs. `request`, `timeout` and
 * `connError` are real events of autocannon 9's client that its type definitions leave out.
 */
export interface ConnectionEvents {
  onRequest(listener: () => void): void;
  onTimeout(listener: () => void): void;
  onResponse(listener: (status: number) => void): void;
  onSocketError(listener: (error: unknown) => void): void;
  setRequests(requests: autocannon.Request[]): void;
}

function connectionEvents(client: autocannon.Client): ConnectionEvents {
  const emitter: NodeJS.EventEmitter = client;
  return {
    onRequest: (listener) => emitter.on('request', () => listener()),
    onTimeout: (listener) => emitter.on('timeout', () => listener()),
    onResponse: (listener) => emitter.on('response', (status: unknown) => listener(Number(status))),
    onSocketError: (listener) => emitter.on('connError', (error: unknown) => listener(error)),
    setRequests: (requests) => client.setRequests(requests),
  };
}

/** Latency samples in a growing typed array: millions of numbers without millions of boxed values. */
class SampleBuffer {
  private values = new Float64Array(4096);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  sorted(): Float64Array {
    return this.values.slice(0, this.length).sort();
  }
}

/** `inFlightSince` of a request sent while autocannon was still setting up its connections. */
const BEFORE_START = -1;

/**
 * The bodies connection `index` of `connections` cycles through, as a [from, to) range of `total` bodies: a
 * partition, so every body is sent and each is encoded once in all, not once per connection. autocannon
 * encodes a connection's whole list while it builds the connection, before any request goes out: 100
 * connections × 1,000 bodies took seconds, which the first requests' latencies and the window then included.
 */
export function connectionBodies(index: number, connections: number, total: number): [number, number] {
  if (total <= connections) return [index % total, (index % total) + 1];
  return [Math.floor((index * total) / connections), Math.floor(((index + 1) * total) / connections)];
}

/** Counts what finished inside the window: answers by status, failures by kind, 2xx latencies. */
export class Accounting {
  readonly samples = new SampleBuffer();
  readonly byKind = new Map<string, number>();
  /** Answers of any status. */
  answered = 0;
  successes = 0;
  /** Requests that got no answer: timeouts, socket errors, closed connections. */
  lost = 0;
  private connectionsSeen = 0;
  /** When the load started: after autocannon built every connection (see `start`). */
  loadStart: number | undefined;
  private windowEnd = Number.POSITIVE_INFINITY;

  constructor(
    private readonly requests: readonly autocannon.Request[],
    private readonly connections: number,
  ) {}

  /**
   * The window opens when autocannon has built its connections (it does so synchronously, as its own clock
   * starts): requests sent while it built them are timed from here, not from before the set-up.
   */
  start(seconds: number, now = performance.now()): void {
    this.loadStart = now;
    this.windowEnd = now + seconds * 1000;
  }

  private count(kind: string): void {
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
  }

  private fail(kind: string): void {
    if (performance.now() > this.windowEnd) return;
    this.lost++;
    this.count(kind);
  }

  /**
   * Follows one connection. With one request in flight per connection, a new request while the last is still
   * unanswered means autocannon reconnected and dropped it: after a timeout or a socket error (counted as
   * such), or after the server closed the connection, which autocannon does not report at all. A timeout is
   * reported only after the replacement request is sent, hence the decision is deferred to a microtask.
   */
  attach(client: ConnectionEvents): void {
    const [from, to] = connectionBodies(this.connectionsSeen++, this.connections, this.requests.length);
    // Fresh objects: autocannon writes the encoded request into each one.
    client.setRequests(this.requests.slice(from, to).map((request) => ({ ...request })));

    let inFlightSince: number | undefined;
    let replaced = false;
    client.onRequest(() => {
      if (inFlightSince !== undefined) {
        replaced = true;
        queueMicrotask(() => {
          if (replaced) this.fail('socket-closed');
          replaced = false;
        });
      }
      inFlightSince = this.loadStart === undefined ? BEFORE_START : performance.now();
    });
    client.onTimeout(() => {
      if (replaced) {
        replaced = false;
        this.fail('timeout');
      } else if (inFlightSince !== undefined) {
        // Rate-limited: the connection was dropped and no request replaced the lost one yet.
        inFlightSince = undefined;
        this.fail('timeout');
      }
      // Else the connection sat idle under the rate cap past the timeout: no request was lost.
    });
    client.onSocketError((error) => {
      if (inFlightSince === undefined) return;
      inFlightSince = undefined;
      this.fail(`socket-${errorCode(error)}`);
    });
    client.onResponse((status) => {
      const now = performance.now();
      const started = inFlightSince === BEFORE_START ? this.loadStart : inFlightSince;
      inFlightSince = undefined;
      if (now > this.windowEnd) return;
      this.answered++;
      if (status >= 200 && status < 300) {
        this.successes++;
        if (started !== undefined) this.samples.push(now - started);
      } else {
        this.count(`http-${status}`);
      }
    });
  }

  errors(): LoadErrors {
    return {
      total: this.answered - this.successes + this.lost,
      byKind: Object.fromEntries([...this.byKind].sort(([a], [b]) => a.localeCompare(b))),
    };
  }
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return 'error';
}

function phase(
  settings: PhaseSettings,
  requests: ReadonlyArray<{ method: 'POST'; body: string; headers: Record<string, string> }>,
  seconds: number,
): Promise<PhaseOutcome> {
  const list: autocannon.Request[] = requests.map((request) => ({ ...request, headers: { ...request.headers } }));
  const accounting = new Accounting(list, settings.connections);

  return new Promise<PhaseOutcome>((resolve, reject) => {
    let settled = false;
    let giveUp: NodeJS.Timeout | undefined;
    // autocannon stops itself after `seconds`; this only matters if it does not (a bug, a stuck socket).
    const stopTimer = setTimeout(
      () => {
        instance.stop();
        giveUp = setTimeout(() => {
          finish(new Error(`load test: autocannon did not stop ${STOP_GRACE_MS * 2} ms after the end of the run`));
        }, STOP_GRACE_MS);
      },
      (seconds + settings.timeoutSeconds) * 1000 + STOP_GRACE_MS,
    );
    const finish = (error: Error | undefined): void => {
      if (settled) return;
      settled = true;
      clearTimeout(stopTimer);
      if (giveUp !== undefined) clearTimeout(giveUp);
      if (error !== undefined) {
        reject(error);
        return;
      }
      const windowSeconds = Math.min(seconds, (performance.now() - (accounting.loadStart ?? 0)) / 1000);
      resolve({
        requests: accounting.answered + accounting.lost,
        successes: accounting.successes,
        errors: accounting.errors(),
        samples: accounting.samples.sorted(),
        windowSeconds,
      });
    };
    const instance = autocannon(
      {
        url: settings.url,
        method: 'POST',
        connections: settings.connections,
        duration: seconds,
        timeout: settings.timeoutSeconds,
        pipelining: 1,
        // Each connection's own share replaces this in setupClient; one body here keeps autocannon from
        // encoding the whole list for every connection first.
        requests: list.slice(0, 1).map((request) => ({ ...request })),
        sampleInt: SAMPLE_INTERVAL_MS,
        ...(settings.rate === undefined ? {} : { overallRate: settings.rate }),
        setupClient: (client) => accounting.attach(connectionEvents(client)),
      },
      (error: unknown) => {
        finish(error === null || error === undefined ? undefined : new Error(`load test: ${describeThrown(error)}`));
      },
    );
    accounting.start(seconds);
  });
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: Float64Array, p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? 0;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function summarise(sorted: Float64Array): LatencySummary | null {
  if (sorted.length === 0) return null;
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    p50: round(percentile(sorted, 0.5)),
    p90: round(percentile(sorted, 0.9)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted[sorted.length - 1] ?? 0),
    mean: round(sum / sorted.length),
  };
}

/** Buckets from the first to the last non-empty one, empty ones between kept so the chart's x axis is even. */
export function histogramOf(samples: Float64Array): LatencyBucket[] {
  const bounds = LATENCY_BUCKET_BOUNDS_MS;
  const counts = new Array<number>(bounds.length).fill(0);
  for (const value of samples) {
    let low = 0;
    let high = bounds.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (value <= (bounds[mid] ?? Number.POSITIVE_INFINITY)) high = mid;
      else low = mid + 1;
    }
    counts[low] = (counts[low] ?? 0) + 1;
  }
  const first = counts.findIndex((count) => count > 0);
  if (first < 0) return [];
  const last = counts.findLastIndex((count) => count > 0);
  const buckets: LatencyBucket[] = [];
  for (let i = first; i <= last; i++) {
    buckets.push({ fromMs: i === 0 ? 0 : (bounds[i - 1] ?? 0), toMs: bounds[i] ?? 0, count: counts[i] ?? 0 });
  }
  return buckets;
}

/** Whether the target runs on this machine, so that it competes with the load generator for the same cores. */
export function isLocalTarget(url: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return false;
  }
  return hostname === 'localhost' || hostname === '[::1]' || hostname.startsWith('127.') || hostname === '0.0.0.0';
}

/**
 * Reads a result saved by an earlier run (the baseline), checking the fields the gates and the report use, so
 * that a wrong file is refused with its name instead of comparing against `undefined`.
 */
export function parseLoadResult(value: unknown, source: string): LoadResult {
  const problem = (what: string): ConfigurationError =>
    new ConfigurationError(`baseline ${source} is not a load-test result: ${what}`);
  if (typeof value !== 'object' || value === null) throw problem('not a JSON object');
  const record: Record<string, unknown> = { ...value };
  for (const key of ['requests', 'successes', 'errorRate', 'qps', 'durationSeconds', 'connections']) {
    if (typeof record[key] !== 'number') throw problem(`"${key}" is not a number`);
  }
  const latency = record.latencyMs;
  if (latency !== null) {
    if (typeof latency !== 'object' || latency === undefined) throw problem('"latencyMs" is missing');
    const stats: Record<string, unknown> = { ...latency };
    for (const key of ['p50', 'p90', 'p95', 'p99', 'max', 'mean']) {
      if (typeof stats[key] !== 'number') throw problem(`"latencyMs.${key}" is not a number`);
    }
  }
  const errors = record.errors;
  if (typeof errors !== 'object' || errors === null || !('total' in errors) || typeof errors.total !== 'number') {
    throw problem('"errors.total" is not a number');
  }
  if (!('byKind' in errors) || typeof errors.byKind !== 'object' || errors.byKind === null) {
    throw problem('"errors.byKind" is not an object');
  }
  if (!Array.isArray(record.histogram)) throw problem('"histogram" is not a list');
  // The checks above cover every field read downstream; the rest is carried as written.
  return value as LoadResult;
}
