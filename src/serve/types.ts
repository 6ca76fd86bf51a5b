import type { ModelUnderTest } from '../evaluate/run.js';

/** How `mlops serve` and the serving checks run the prediction server. Every field has a default. */
export interface ServeOptions {
  /** Interface to bind; 127.0.0.1 unless deployed behind a load balancer (then 0.0.0.0). */
  host: string;
  /** 0 picks a free port (tests and check-serving-compat). */
  port: number;
  /** Request bodies above this get 413. Default 1 MiB. */
  maxBodyBytes: number;
  /**
   * Inferences handed to ONNX Runtime at once; beyond `maxConcurrent + maxQueue` requests get 503 with
   * Retry-After. onnxruntime-node runs them one after another on the event loop whatever this says, and a request
   * that waits for a slot reaches ONNX Runtime one event-loop turn later, so the default leaves most of the
   * admission limit to slots: at 100 connections, 64 slots measured a p99 of 37–43 ms, 256 slots 28–32 ms.
   */
  maxConcurrent: number;
  maxQueue: number;
  /** A request not answered in this time gets 504 (and its inference result is dropped). */
  requestTimeoutMs: number;
  /** On SIGTERM/close: stop accepting, finish in-flight requests for at most this long, then exit. */
  shutdownGraceMs: number;
  /** Rows of one request the server accepts (larger gets 413). Default 10,000. */
  maxInstances: number;
  /** Dynamic batching: gather requests for up to `maxDelayMs` or `maxRows` rows into one inference. */
  batching?: { maxDelayMs: number; maxRows: number };
  /** ONNX Runtime execution providers to ask for, e.g. ['cuda', 'cpu']. Default ['cpu']. */
  executionProviders: string[];
}

export const DEFAULT_SERVE_OPTIONS: ServeOptions = {
  host: '127.0.0.1',
  port: 8080,
  maxBodyBytes: 1 << 20,
  maxConcurrent: 256,
  maxQueue: 64,
  requestTimeoutMs: 10_000,
  shutdownGraceMs: 10_000,
  maxInstances: 10_000,
  executionProviders: ['cpu'],
};

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** The model's name in URLs (`/v2/models/{name}`). */
  modelName: string;
  /** Graceful: stops accepting, waits for in-flight requests (up to the grace period), releases the model. */
  close(): Promise<void>;
}

/** What the server serves: the model (package or bare ONNX with features) as evaluate loads it. */
export type ServedModel = ModelUnderTest;
