import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LoadResult } from '../../src/load/run.js';

export interface TestServer {
  /** The predict URL on this server. */
  url: string;
  /** Every request body the server received, in order. */
  bodies: string[];
  close(): Promise<void>;
}

/** What the server does with the n-th request (1-based), once its body has been read. */
export type Behaviour = (n: number, request: http.IncomingMessage, response: http.ServerResponse) => void;

export const answer: Behaviour = (_n, _request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end('{"predictions":[0.5]}');
};

/** A real HTTP server on 127.0.0.1, port 0, that records request bodies and answers as `behaviour` says. */
export function startServer(behaviour: Behaviour): Promise<TestServer> {
  const bodies: string[] = [];
  let count = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      behaviour(++count, request, response);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/v1/models/churn:predict`,
        bodies,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** A result with round figures, for gate and report tests. */
export function loadResult(overrides: Partial<LoadResult> = {}): LoadResult {
  return {
    url: 'http://127.0.0.1:8080/v1/models/churn:predict',
    requests: 1000,
    successes: 990,
    errors: { total: 10, byKind: { 'http-500': 8, timeout: 2 } },
    errorRate: 0.01,
    qps: 99,
    latencyMs: { p50: 10, p90: 15, p95: 18, p99: 25, max: 40, mean: 11 },
    histogram: [
      { fromMs: 8, toMs: 10, count: 500 },
      { fromMs: 10, toMs: 12.5, count: 300 },
      { fromMs: 12.5, toMs: 16, count: 150 },
      { fromMs: 16, toMs: 20, count: 30 },
      { fromMs: 20, toMs: 25, count: 9 },
      { fromMs: 25, toMs: 31.5, count: 0 },
      { fromMs: 31.5, toMs: 40, count: 1 },
    ],
    durationSeconds: 10,
    connections: 8,
    rate: null,
    warmup: { seconds: 2, requests: 200, errors: 0 },
    ...overrides,
  };
}
