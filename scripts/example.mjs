#!/usr/bin/env node
/**
 * The main job on the embedded default: the bundled example project (examples/churn) is copied to a fresh
 * working directory and the dev starter workflow runs on it through the local runner, as a push to the dev
 * branch would on GitHub: the reusable pipeline (validate-data → train → evaluate → compare-baseline →
 * check-serving-compat → load-test → report), then the deploy workflow promotes the model to `dev` in the local
 * registry. The same workflow files a user's repository calls; nothing here is specific to the example.
 *
 * Usage: node scripts/example.mjs [--workdir DIR] [--keep]
 *   --workdir  where the project copy goes (default .mlops-example/ in this repository, replaced each run)
 *   --keep     keep the directory's earlier state (registry, step cache): a second run compares against the first
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { workdir: { type: 'string' }, keep: { type: 'boolean' } } });
const work = path.resolve(values.workdir ?? path.join(root, '.mlops-example'));
if (!values.keep) rmSync(work, { recursive: true, force: true });
if (!existsSync(work)) {
  mkdirSync(work, { recursive: true });
  cpSync(path.join(root, 'examples/churn'), work, { recursive: true });
}

const mlops = (...args) =>
  spawnSync(process.execPath, [path.join(root, 'bin/mlops.js'), ...args], { cwd: work, stdio: 'inherit' });

const run = mlops(
  'workflow',
  'run',
  path.join(root, 'workflows/dev.yml'),
  '--event',
  'push',
  '--ref',
  'refs/heads/dev',
  '--approve',
  'dev',
  '--workdir',
  work,
);
if (run.status !== 0) {
  process.stderr.write(`\nnpm run example: the dev workflow failed (exit ${run.status}); the log above says where\n`);
  process.exit(run.status ?? 1);
}

process.stdout.write('\nWhat is live in dev now (mlops history dev):\n');
const history = mlops('history', 'dev', '--registry', '.mlops/registry');
const relative = (file) => path.relative(process.cwd(), path.join(work, file)) || '.';
process.stdout.write(
  [
    '',
    `project copy:   ${relative('.')}`,
    `registry:       ${relative('.mlops/registry')}  (versions, stages, audit.jsonl, lineage)`,
    `model package:  ${relative('.mlops/train/model')}  (serve it: npx mlops serve ${relative('.mlops/train/model')})`,
    `run report:     ${relative('mlops-report/report.html')}  and the PR comment ${relative('mlops-report/pr-comment.md')}`,
    `job summaries:  ${relative('.mlops-runner/summaries')}`,
    '',
  ].join('\n'),
);
process.exit(history.status ?? 1);
