/**
 * train + evaluate benchmark:
 * - training throughput (rows × epochs / s) of the built-in trainer on each backend available here;
 * - evaluate's scoring throughput against raw onnxruntime-node batch inference on the same model and rows,
 *   measured in the same run, interleaved (goal: ratio ≥ 0.8, i.e. evaluation overhead is small).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GENERATOR_VERSION, makeRng } from './gen-data.mjs';
import { median } from './lib.mjs';

const SCORING_GOAL = 0.8;

/** Runs a command and returns its stdout (stderr is kept for the error message). */
function run(argv, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${argv.join(' ')} exited with ${code}:\n${err.slice(-2000)}`));
    });
  });
}

/** The example's rows resampled with a seeded generator into a larger evaluation file. */
async function ensureEvalData(repoRoot, dir, rows, seed) {
  const file = path.join(dir, `churn-eval-${rows}-${seed}-g${GENERATOR_VERSION}.csv`);
  if (existsSync(file)) return file;
  const source = (await readFile(path.join(repoRoot, 'examples/churn/data/eval.csv'), 'utf8')).trim().split('\n');
  const [header, ...body] = source;
  const random = makeRng(seed);
  const lines = [header];
  for (let i = 0; i < rows; i++) lines.push(body[Math.floor(random() * body.length)]);
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

/** @type {import('./lib.mjs').Scenario} */
export const scenario = {
  name: 'train-evaluate',
  description: 'built-in trainer rows/s per backend; evaluate scoring vs raw onnxruntime-node (ratio)',
  async run(ctx) {
    const { options, repoRoot, log } = ctx;
    const cli = { argv: [process.execPath, path.join(repoRoot, 'bin/mlops.js')] };
    const out = path.join(options.dataDir, 'out', 'train-evaluate');
    await mkdir(out, { recursive: true });
    const trainData = path.join(repoRoot, 'examples/churn/data/train.csv');
    const epochs = 10;

    const training = {};
    for (const backend of ['tensorflow', 'wasm', 'cpu']) {
      const samples = [];
      for (let round = 0; round < options.rounds; round++) {
        const output = path.join(out, `train-${backend}`);
        let text;
        try {
          text = await run(
            [
              ...cli.argv,
              'train',
              '--json',
              '--data',
              trainData,
              '--label',
              'churned',
              '--backend',
              backend,
              '--epochs',
              String(epochs),
              '--params',
              '{"patience":0,"overfit_check_min_decrease":0}',
              '--output',
              output,
            ],
            { cwd: repoRoot },
          );
        } catch (error) {
          if (backend === 'tensorflow') {
            log('tensorflow backend not installed here (@tensorflow/tfjs-node); skipped');
            break;
          }
          throw error;
        }
        const result = JSON.parse(text);
        samples.push(result.manifest.training.rowsPerSecond);
      }
      if (samples.length > 0) training[backend] = median(samples);
    }

    const evalRows = Math.min(options.rows, 200000);
    const evalData = await ensureEvalData(repoRoot, options.dataDir, evalRows, options.seed);
    const model = path.join(out, 'train-cpu', 'model');
    const ours = [];
    const raw = [];
    const endToEnd = [];
    for (let round = 0; round < options.rounds; round++) {
      log(`scoring round ${round + 1}/${options.rounds}: ${evalRows} rows`);
      const text = await run(
        [
          ...cli.argv,
          'evaluate',
          '--json',
          '--model',
          model,
          '--data',
          evalData,
          '--output',
          path.join(out, 'evaluate'),
          '--bootstrap-samples',
          '0',
          '--batch-size',
          '1024',
        ],
        { cwd: repoRoot },
      );
      const result = JSON.parse(text);
      ours.push(result.rows / result.scoring.scoringSeconds);
      endToEnd.push(result.rows / result.scoring.seconds);
      const rawText = await run(
        [process.execPath, path.join(repoRoot, 'scripts/bench/ort-raw.mjs'), model, evalData, '1024'],
        { cwd: repoRoot },
      );
      raw.push(JSON.parse(rawText).rowsPerSecond);
    }
    const scoring = median(ours);
    const reference = median(raw);
    const ratio = scoring / reference;
    const ok = ratio >= SCORING_GOAL;
    const table = [
      'train: built-in trainer throughput (rows × epochs / s, median)',
      ...Object.entries(training).map(([backend, value]) => `  ${backend.padEnd(10)} ${Math.round(value)} rows/s`),
      training.wasm && training.cpu ? `  wasm / cpu = ${(training.wasm / training.cpu).toFixed(2)}×` : '',
      `evaluate: ${evalRows} rows, batch 1024 (median of ${options.rounds})`,
      `  scoring (feeds + inference + predictions)  ${Math.round(scoring)} rows/s`,
      `  raw onnxruntime-node session.run           ${Math.round(reference)} rows/s`,
      `  ratio ${ratio.toFixed(2)} (goal ≥ ${SCORING_GOAL}) ${ok ? 'met' : 'MISSED'}`,
      `  end to end incl. CSV reading               ${Math.round(median(endToEnd))} rows/s`,
    ].filter(Boolean);
    return {
      ok,
      table: table.join('\n'),
      json: { training, scoring: { ours: scoring, raw: reference, ratio, endToEnd: median(endToEnd), rows: evalRows } },
    };
  },
};
