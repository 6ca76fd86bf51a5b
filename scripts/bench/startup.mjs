/**
 * Start-up cost every step pays: each action's time to start, read its inputs and fail on a missing required
 * one (as GitHub runs it: `node dist/<action>/index.js`), as a ratio to a bare bundle that only imports
 * @actions/core and does the same. Interleaved rounds, medians.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { median } from './lib.mjs';

const GOAL = 1.3;

function timeOnce(argv, cwd) {
  const started = process.hrtime.bigint();
  const run = spawnSync(argv[0], argv.slice(1), {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 1 || !run.stdout.includes('::error::')) {
    throw new Error(
      `${argv.join(' ')} should fail on a missing input with one ::error:: line (exit ${run.status}):\n${run.stdout}${run.stderr}`,
    );
  }
  return seconds;
}

/** @type {import('./lib.mjs').Scenario} */
export const scenario = {
  name: 'startup',
  description: "each action's start-up and failure on a missing input vs a bare @actions/core bundle (ratio)",
  async run(ctx) {
    const { options, repoRoot, log } = ctx;
    const dir = path.join(options.dataDir, 'out', 'startup');
    await mkdir(dir, { recursive: true });
    const source = path.join(dir, 'bare-source.mjs');
    await writeFile(
      source,
      "import * as core from '@actions/core';\nif (!core.getInput('model')) core.setFailed('model: input is required');\n",
    );
    const bare = path.join(dir, 'bare.mjs');
    await build({
      entryPoints: [source],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bare,
      nodePaths: [path.join(repoRoot, 'node_modules')],
      // The same CommonJS shim our bundles carry, so the comparison is like for like.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
      logLevel: 'warning',
    });
    const actions = (await readdir(path.join(repoRoot, 'actions'))).sort();
    const samples = Object.fromEntries([['bare', []], ...actions.map((name) => [name, []])]);
    const rounds = Math.max(options.rounds, 5);
    for (let round = 0; round < rounds; round++) {
      log(`start-up round ${round + 1}/${rounds}`);
      for (const name of ['bare', ...actions]) {
        const entry = name === 'bare' ? bare : path.join(repoRoot, 'dist', name, 'index.js');
        samples[name].push(timeOnce([process.execPath, entry], dir));
      }
    }
    const reference = median(samples.bare);
    const rows = actions.map((name) => ({
      name,
      seconds: median(samples[name]),
      ratio: median(samples[name]) / reference,
    }));
    const ok = rows.every((row) => row.ratio <= GOAL);
    const table = [
      `bare @actions/core bundle: ${(reference * 1000).toFixed(0)} ms (median of ${rounds})`,
      ...rows.map(
        (row) =>
          `  ${row.name.padEnd(22)} ${(row.seconds * 1000).toFixed(0).padStart(5)} ms  ${row.ratio.toFixed(2)}× ${row.ratio <= GOAL ? '' : `(goal ≤ ${GOAL})`}`,
      ),
      `goal: every action ≤ ${GOAL}× — ${ok ? 'met' : 'MISSED'}`,
    ];
    return { ok, table: table.join('\n'), json: { referenceSeconds: reference, actions: rows } };
  },
};
