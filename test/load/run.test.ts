import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { readColumns } from '../../src/data/table.js';
import { requestBodies } from '../../src/load/bodies.js';
import { Accounting, type ConnectionEvents, connectionBodies, type LoadResult, runLoad } from '../../src/load/run.js';
import { useTempDir } from '../temp-dir.js';
import { answer, type Behaviour, startServer, type TestServer } from './helpers.js';

const temp = useTempDir('mlops-load-test-');
const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(behaviour: Behaviour): Promise<TestServer> {
  const server = await startServer(behaviour);
  servers.push(server);
  return server;
}

const BODIES = ['{"instances":[{"age":30}]}', '{"instances":[{"age":40}]}', '{"instances":[{"age":50}]}'];
const QUICK = { connections: 4, durationSeconds: 1, warmupSeconds: 0.2, timeoutSeconds: 2 };

function expectConsistent(result: LoadResult): void {
  expect(result.requests).toBe(result.successes + result.errors.total);
  expect(Object.values(result.errors.byKind).reduce((sum, count) => sum + count, 0)).toBe(result.errors.total);
  expect(result.histogram.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(result.successes);
  expect(result.qps).toBeCloseTo(result.successes / result.durationSeconds, 6);
}

describe('runLoad', () => {
  it('measures a fast server: throughput, ordered percentiles, histogram, warm-up discarded', async () => {
    const server = await serve(answer);
    const result = await runLoad({ url: server.url }, BODIES, QUICK);
    expectConsistent(result);
    expect(result.qps).toBeGreaterThan(0);
    expect(result.errors.total).toBe(0);
    expect(result.errorRate).toBe(0);
    const latency = result.latencyMs;
    if (latency === null) throw new Error('no latency');
    expect(latency.p50).toBeGreaterThan(0);
    expect(latency.p50).toBeLessThanOrEqual(latency.p90);
    expect(latency.p90).toBeLessThanOrEqual(latency.p95);
    expect(latency.p95).toBeLessThanOrEqual(latency.p99);
    expect(latency.p99).toBeLessThanOrEqual(latency.max);
    expect(latency.mean).toBeLessThanOrEqual(latency.max);
    expect(result.warmup.seconds).toBe(0.2);
    expect(result.warmup.requests).toBeGreaterThan(0);
    // The server saw the warm-up too; the result counts only the measured window.
    expect(server.bodies.length).toBeGreaterThanOrEqual(result.requests + result.warmup.requests);
    expect(result.durationSeconds).toBeCloseTo(1, 1);
    expect(result.connections).toBe(4);
    expect(result.rate).toBeNull();
  });

  it("sends the bodies built from the data, all of them, and nothing else, as JSON with the data's numbers", async () => {
    const csv = [
      'age,plan,charges',
      ...Array.from({ length: 12 }, (_, i) => `${20 + i},${i % 2 ? 'pro' : 'free'},${i}.5`),
    ];
    const file = await temp.write('rows.csv', `${csv.join('\n')}\n`);
    const features = ['age', 'plan', 'charges'];
    const { columns, rows } = await readColumns(file, 'data', features, {});
    const kinds = new Map([
      ['age', 'numeric' as const],
      ['plan', 'categorical' as const],
      ['charges', 'numeric' as const],
    ]);
    const bodies = requestBodies(columns, rows, features, { instancesPerRequest: 2, maxBodies: 100, kinds });
    expect(bodies).toHaveLength(6);
    expect(JSON.parse(bodies[0] ?? '')).toEqual({
      instances: [
        { age: 20, plan: 'free', charges: 0.5 },
        { age: 21, plan: 'pro', charges: 1.5 },
      ],
    });

    const server = await serve(answer);
    const result = await runLoad({ url: server.url }, bodies, { ...QUICK, durationSeconds: 0.5, warmupSeconds: 0 });
    expect(result.successes).toBeGreaterThan(bodies.length);
    const sent = new Set(server.bodies);
    expect([...sent].sort()).toEqual([...bodies].sort());
  });

  it("measures a slow server's latency from request to answer", async () => {
    const server = await serve((n, request, response) => setTimeout(() => answer(n, request, response), 20));
    const result = await runLoad({ url: server.url }, BODIES, { ...QUICK, warmupSeconds: 0.1 });
    expectConsistent(result);
    expect(result.latencyMs?.p50).toBeGreaterThanOrEqual(20);
    expect(result.latencyMs?.p99).toBeLessThan(500);
    // 4 connections at ~20 ms each: at most 200 answers a second.
    expect(result.qps).toBeGreaterThan(50);
    expect(result.qps).toBeLessThanOrEqual(200);
  });

  it('counts non-2xx answers as errors, by status, and leaves them out of latency', async () => {
    const server = await serve((n, request, response) => {
      if (n % 4 === 0) {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end('{"error":"boom"}');
      } else {
        answer(n, request, response);
      }
    });
    const result = await runLoad({ url: server.url }, BODIES, QUICK);
    expectConsistent(result);
    expect(result.requests).toBeGreaterThan(200);
    expect(result.errorRate).toBeGreaterThan(0.23);
    expect(result.errorRate).toBeLessThan(0.27);
    expect(Object.keys(result.errors.byKind)).toEqual(['http-500']);
    expect(result.errors.byKind['http-500']).toBe(result.errors.total);
    expect(result.qps).toBeCloseTo(result.successes / result.durationSeconds, 6);
  });

  it('counts a request whose connection the server destroys as a socket error', async () => {
    const server = await serve((n, request, response) => {
      if (n % 10 === 0) request.socket.destroy();
      else answer(n, request, response);
    });
    const result = await runLoad({ url: server.url }, BODIES, QUICK);
    expectConsistent(result);
    expect(result.requests).toBeGreaterThan(200);
    expect(result.errorRate).toBeGreaterThan(0.07);
    expect(result.errorRate).toBeLessThan(0.13);
    const kinds = Object.keys(result.errors.byKind);
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toMatch(/^socket-/);
    // A lost request must not inflate the next answer's latency on that connection.
    expect(result.latencyMs?.p50).toBeLessThan(20);
  });

  it('holds the overall rate cap: 50 requests/s for 2 s is about 100 requests', async () => {
    const server = await serve(answer);
    const result = await runLoad({ url: server.url }, BODIES, {
      connections: 10,
      durationSeconds: 2,
      warmupSeconds: 0,
      timeoutSeconds: 2,
      rate: 50,
    });
    expectConsistent(result);
    expect(result.requests).toBeGreaterThanOrEqual(70);
    expect(result.requests).toBeLessThanOrEqual(130);
    expect(result.rate).toBe(50);
    expect(result.qps).toBeGreaterThan(35);
    expect(result.qps).toBeLessThan(65);
  });

  it('counts unanswered requests as timeouts and reports no latency when nothing succeeds', async () => {
    const server = await serve(() => {});
    const started = Date.now();
    const result = await runLoad({ url: server.url }, BODIES, {
      connections: 2,
      durationSeconds: 1.5,
      warmupSeconds: 0,
      timeoutSeconds: 1,
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.successes).toBe(0);
    expect(result.errors.byKind.timeout).toBe(2);
    expect(result.errorRate).toBe(1);
    expect(result.latencyMs).toBeNull();
    expect(result.histogram).toEqual([]);
    expect(result.qps).toBe(0);
  });

  it('reports a refused connection as a socket error rather than failing', async () => {
    const server = await startServer(answer);
    await server.close();
    const result = await runLoad({ url: server.url }, BODIES, { ...QUICK, durationSeconds: 0.3, warmupSeconds: 0 });
    expect(result.successes).toBe(0);
    expect(result.errors.byKind['socket-ECONNREFUSED']).toBeGreaterThan(0);
    expect(result.errorRate).toBe(1);
  });

  it('refuses options it cannot honour, before sending anything', async () => {
    const url = 'http://127.0.0.1:9/v1/models/m:predict';
    await expect(runLoad({ url: 'not a url' }, BODIES, QUICK)).rejects.toThrow(ConfigurationError);
    await expect(runLoad({ url: 'ftp://host/x' }, BODIES, QUICK)).rejects.toThrow(/http/);
    await expect(runLoad({ url }, [], QUICK)).rejects.toThrow(/no request bodies/);
    await expect(runLoad({ url }, BODIES, { ...QUICK, connections: 0 })).rejects.toThrow(/connections/);
    await expect(runLoad({ url }, BODIES, { ...QUICK, timeoutSeconds: 0.5 })).rejects.toThrow(/timeout/);
    await expect(runLoad({ url }, BODIES, { ...QUICK, rate: 0 })).rejects.toThrow(/rate/);
  });
});

describe('connectionBodies', () => {
  it.each([
    [4, 6],
    [100, 1000],
    [10, 1000],
    [7, 7],
    [3, 1000],
  ])('%i connections share %i bodies: each body once, every connection some', (connections, total) => {
    const seen = new Array<number>(total).fill(0);
    for (let index = 0; index < connections; index++) {
      const [from, to] = connectionBodies(index, connections, total);
      expect(to).toBeGreaterThan(from);
      for (let body = from; body < to; body++) seen[body]!++;
    }
    expect(seen.every((count) => count === 1)).toBe(true);
  });

  it('gives each of more connections than bodies one body, using all of them', () => {
    const used = Array.from({ length: 10 }, (_, index) => connectionBodies(index, 10, 3));
    expect(used.every(([from, to]) => to === from + 1)).toBe(true);
    expect(new Set(used.map(([from]) => from))).toEqual(new Set([0, 1, 2]));
  });
});

describe('Accounting', () => {
  function fakeConnection() {
    const listeners: { request?: () => void; response?: (status: number) => void } = {};
    let requests = 0;
    const events: ConnectionEvents = {
      onRequest: (listener) => {
        listeners.request = listener;
      },
      onTimeout: () => {},
      onResponse: (listener) => {
        listeners.response = listener;
      },
      onSocketError: () => {},
      setRequests: (list) => {
        requests = list.length;
      },
    };
    return { events, listeners, requests: () => requests };
  }

  it('times a request sent while the connections were being built from the start of the load', async () => {
    const bodies = Array.from({ length: 10 }, (_, i) => ({ method: 'POST' as const, body: String(i) }));
    const accounting = new Accounting(bodies, 2);
    const connection = fakeConnection();
    accounting.attach(connection.events);
    expect(connection.requests()).toBe(5);
    connection.listeners.request?.();
    // Setting up the other connections takes a while before the load starts.
    await new Promise((resolve) => setTimeout(resolve, 60));
    accounting.start(1);
    connection.listeners.response?.(200);
    const [latency] = accounting.samples.sorted();
    expect(accounting.successes).toBe(1);
    expect(latency).toBeGreaterThanOrEqual(0);
    expect(latency).toBeLessThan(30);
  });

  it('times a request sent after the start from when it was sent', async () => {
    const accounting = new Accounting([{ method: 'POST', body: '{}' }], 1);
    const connection = fakeConnection();
    accounting.attach(connection.events);
    accounting.start(1);
    connection.listeners.request?.();
    await new Promise((resolve) => setTimeout(resolve, 40));
    connection.listeners.response?.(200);
    expect(accounting.samples.sorted()[0]).toBeGreaterThanOrEqual(35);
  });
});
