/**
 * Serving benchmark (issue 4), in one run, interleaved, as ratios:
 * (a) raw onnxruntime-node predictions/s in process at batch 1 and 64 on a small MLP (20 → 64 → 64 → 2);
 * (b) a bare Node http server doing one inference per request (scripts/bench/bare-server.mjs);
 * (c) `mlops serve` on the same model (validation, limits and metrics included), and with dynamic batching;
 * (b) and (c) under the same wrk load at 10 and 100 connections. wrk shares the 2 cores with the server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeRng } from './gen-data.mjs';
import { median } from './lib.mjs';

const QPS_GOAL = 0.7;
const P99_GOAL = 1.5;
const FEATURES = Array.from({ length: 20 }, (_, i) => `f${i}`);

function runToEnd(argv, cwd) {
  const result = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0)
    throw new Error(`${argv.join(' ')} failed (${result.status}):\n${result.stderr?.slice(-2000)}`);
  return result.stdout;
}

/** Starts a server process and resolves with its port once it prints it. */
function startServer(argv, cwd, pattern) {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      const match = pattern.exec(out);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.stderr.setEncoding('utf8').on('data', () => {});
    child.on('exit', (code) => reject(new Error(`${argv.join(' ')} exited early (${code}): ${out}`)));
  });
}

async function stop(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function wrk(url, connections, seconds, script) {
  const out = runToEnd(['wrk', '-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-s', script, url]);
  const qps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p99 = parseLatency(/^\s+99%\s+([\d.]+)(us|ms|s)/m.exec(out));
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  if (!Number.isFinite(qps) || p99 === null) throw new Error(`cannot read wrk's output:\n${out}`);
  return { qps, p99Ms: p99, non2xx };
}

function parseLatency(match) {
  if (!match) return null;
  const value = Number(match[1]);
  return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value;
}

/** @type {import('./lib.mjs').Scenario} */
export const scenario = {
  name: 'serve',
  description:
    'mlops serve vs a bare Node http + onnxruntime server under wrk (QPS and p99 ratios), raw ORT batch 1/64',
  async run(ctx) {
    const { options, repoRoot, log } = ctx;
    if (spawnSync('wrk', ['--version']).error) throw new Error('wrk is needed: sudo apt-get install -y wrk');
    const out = path.join(options.dataDir, 'out', 'serve');
    await mkdir(out, { recursive: true });
    const cli = [process.execPath, path.join(repoRoot, 'bin/mlops.js')];

    const data = path.join(out, 'mlp-train.csv');
    const random = makeRng(options.seed);
    const lines = [[...FEATURES, 'y'].join(',')];
    for (let row = 0; row < 2000; row++) {
      const values = FEATURES.map(() => random() * 2 - 1);
      const score = values.reduce((sum, value, i) => sum + value * (i % 3 === 0 ? 1 : -0.5), 0);
      lines.push([...values.map((v) => v.toFixed(5)), score + random() - 0.5 > 0 ? 1 : 0].join(','));
    }
    await writeFile(data, `${lines.join('\n')}\n`);
    const model = path.join(out, 'train', 'model');
    if (!existsSync(path.join(model, 'model.json'))) {
      log('training the 20 → 64 → 64 → 2 model');
      runToEnd(
        [
          ...cli,
          'train',
          '--data',
          data,
          '--label',
          'y',
          '--backend',
          'cpu',
          '--output',
          path.join(out, 'train'),
          '--params',
          '{"hidden_units":[64,64],"epochs":2,"patience":0,"task":"binary","overfit_check_min_decrease":0}',
        ],
        repoRoot,
      );
    }
    const body = JSON.stringify({ instances: [Object.fromEntries(FEATURES.map((f, i) => [f, (i % 7) / 10 - 0.3]))] });
    const script = path.join(out, 'post.lua');
    await writeFile(
      script,
      `wrk.method = "POST"\nwrk.body = ${JSON.stringify(body)}\nwrk.headers["Content-Type"] = "application/json"\n`,
    );

    const raw = {};
    for (const batch of [1, 64]) {
      raw[batch] = JSON.parse(
        runToEnd(
          [process.execPath, path.join(repoRoot, 'scripts/bench/ort-throughput.mjs'), model, String(batch), '3'],
          repoRoot,
        ),
      ).predictionsPerSecond;
    }

    const seconds = 5;
    const samples = { bare: { 10: [], 100: [] }, ours: { 10: [], 100: [] }, batched: { 100: [] } };
    const servers = {
      bare: () =>
        startServer(
          [process.execPath, path.join(repoRoot, 'scripts/bench/bare-server.mjs'), model],
          repoRoot,
          /listening (\d+)/,
        ),
      ours: () => startServer([...cli, 'serve', model, '--port', '0'], repoRoot, /on http:\/\/127\.0\.0\.1:(\d+)/),
      batched: () =>
        startServer(
          [...cli, 'serve', model, '--port', '0', '--batch-delay-ms', '1', '--batch-max-rows', '64'],
          repoRoot,
          /on http:\/\/127\.0\.0\.1:(\d+)/,
        ),
    };
    for (let round = 0; round < options.rounds; round++) {
      for (const connections of [10, 100]) {
        for (const kind of ['bare', 'ours', 'batched']) {
          if (!samples[kind][connections]) continue;
          const { child, port } = await servers[kind]();
          try {
            wrk(`http://127.0.0.1:${port}/v1/models/model:predict`, connections, 1, script);
            const measured = wrk(`http://127.0.0.1:${port}/v1/models/model:predict`, connections, seconds, script);
            if (measured.non2xx > 0) throw new Error(`${kind} answered ${measured.non2xx} non-2xx responses`);
            samples[kind][connections].push(measured);
            log(
              `round ${round + 1} ${kind} c=${connections}: ${Math.round(measured.qps)} req/s, p99 ${measured.p99Ms.toFixed(2)} ms`,
            );
          } finally {
            await stop(child);
          }
        }
      }
    }
    const summary = (list) => ({ qps: median(list.map((s) => s.qps)), p99Ms: median(list.map((s) => s.p99Ms)) });
    const figures = {};
    for (const [kind, byConnections] of Object.entries(samples)) {
      for (const [connections, list] of Object.entries(byConnections))
        figures[`${kind}@${connections}`] = summary(list);
    }
    const ratio = (kind, connections) => ({
      qps: figures[`${kind}@${connections}`].qps / figures[`bare@${connections}`].qps,
      p99: figures[`${kind}@${connections}`].p99Ms / figures[`bare@${connections}`].p99Ms,
    });
    const goals = {
      c10: ratio('ours', 10),
      c100: ratio('ours', 100),
      batched100: ratio('batched', 100),
    };
    const okC10 = goals.c10.qps >= QPS_GOAL && goals.c10.p99 <= P99_GOAL;
    const okC100 = goals.c100.qps >= QPS_GOAL && goals.c100.p99 <= P99_GOAL;
    const okBatched = goals.batched100.qps > 1;
    const table = [
      `(a) raw onnxruntime-node: batch 1 ${Math.round(raw[1])} predictions/s, batch 64 ${Math.round(raw[64])} predictions/s`,
      `(b) bare http + ORT vs (c) mlops serve, wrk -t1, ${seconds} s per run, median of ${options.rounds} (wrk shares the 2 cores)`,
      ...Object.entries(figures).map(
        ([key, f]) =>
          `  ${key.padEnd(12)} ${String(Math.round(f.qps)).padStart(7)} req/s  p99 ${f.p99Ms.toFixed(2)} ms`,
      ),
      `  c=10:  QPS ${goals.c10.qps.toFixed(2)}× (goal ≥ ${QPS_GOAL}), p99 ${goals.c10.p99.toFixed(2)}× (goal ≤ ${P99_GOAL}) ${okC10 ? 'met' : 'MISSED'}`,
      `  c=100: QPS ${goals.c100.qps.toFixed(2)}× (goal ≥ ${QPS_GOAL}), p99 ${goals.c100.p99.toFixed(2)}× (goal ≤ ${P99_GOAL}) ${okC100 ? 'met' : 'MISSED'}`,
      `  c=100 with dynamic batching: QPS ${goals.batched100.qps.toFixed(2)}× of bare (goal > 1) ${okBatched ? 'met' : 'MISSED'}`,
    ];
    return { ok: okC10 && okC100 && okBatched, table: table.join('\n'), json: { raw, figures, goals } };
  },
};
