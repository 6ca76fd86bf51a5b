#!/usr/bin/env node
/**
 * Benchmark runner: `npm run bench [-- --only validate-data --rows 1000000 --rounds 3]`.
 *
 * Each scenario lives in `scripts/bench/<name>.mjs` and exports `scenario` (see the Scenario typedef in
 * `scripts/bench/lib.mjs`). Scenarios compare against a reference measured in the same run, interleaved, and report
 * ratios: this machine's speed drifts too much for absolute seconds to mean anything.
 * Results go to `<data-dir>/results-<scenario>.json`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Scenario modules, loaded lazily; add training throughput, serving, … here. */
const SCENARIOS = {
  'validate-data': () => import('./bench/validate-data.mjs'),
  'train-evaluate': () => import('./bench/train-evaluate.mjs'),
  serve: () => import('./bench/serve.mjs'),
  startup: () => import('./bench/startup.mjs'),
};

const USAGE = `Usage: node scripts/bench.mjs [options]

  --only NAME[,NAME]  scenarios to run (default: all): ${Object.keys(SCENARIOS).join(', ')}
  --rows N            rows in the generated data (default 1000000)
  --rounds N          interleaved rounds, medians are reported (default 3)
  --data-dir DIR      data, outputs and results (default bench-data/, gitignored)
  --seed N            data generator seed (default 42)
  --strict            exit with status 2 when a goal is missed
  -h, --help

Environment: MLOPS_BENCH_CLI="cmd args…" replaces \`node bin/mlops.js\` (stand-in for testing the harness).`;

/**
 * @param {string} name
 * @param {string} value
 */
function positiveInt(name, value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got "${value}"`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      rows: { type: 'string', default: '1000000' },
      rounds: { type: 'string', default: '3' },
      'data-dir': { type: 'string', default: 'bench-data' },
      seed: { type: 'string', default: '42' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const names = values.only ? values.only.split(',').map((s) => s.trim()) : Object.keys(SCENARIOS);
  const unknown = names.filter((n) => !(n in SCENARIOS));
  if (unknown.length > 0) throw new Error(`unknown scenario(s): ${unknown.join(', ')}\n\n${USAGE}`);

  const dataDir = path.resolve(REPO_ROOT, values['data-dir']);
  /** @type {import('./bench/lib.mjs').BenchContext} */
  const ctx = {
    repoRoot: REPO_ROOT,
    options: {
      rows: positiveInt('rows', values.rows),
      rounds: positiveInt('rounds', values.rounds),
      dataDir,
      seed: positiveInt('seed', values.seed),
    },
    log: (msg) => console.error(`[bench] ${msg}`),
  };
  await mkdir(dataDir, { recursive: true });

  let allOk = true;
  for (const name of names) {
    const { scenario } = await SCENARIOS[/** @type {keyof typeof SCENARIOS} */ (name)]();
    ctx.log(`scenario ${scenario.name}: ${scenario.description}`);
    const report = await scenario.run(ctx);
    const out = path.join(dataDir, `results-${scenario.name}.json`);
    await writeFile(out, `${JSON.stringify(report.json, null, 2)}\n`);
    const shown = path.relative(process.cwd(), out);
    console.log(`\n${report.table}\n\nresults: ${shown.startsWith('..') ? out : shown}`);
    allOk &&= report.ok;
  }
  return !allOk && values.strict ? 2 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`bench: ${err instanceof Error ? err.message : err}`);
    process.exitCode = 1;
  },
);
