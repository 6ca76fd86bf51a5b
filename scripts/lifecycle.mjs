#!/usr/bin/env node
/**
 * The model lifecycle on the bundled example, from the CLI as a user runs it: train twice, compare the second
 * model with the first (then in production), promote dev → staging → production, a refusal for missing
 * evidence, a rollback, and the lineage and history. Each step states the exit code it expects.
 *
 * Usage: node scripts/lifecycle.mjs [--workdir DIR]   (default: a fresh .mlops-lifecycle/ in the repository)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { workdir: { type: 'string' } } });
const work = path.resolve(values.workdir ?? path.join(root, '.mlops-lifecycle'));
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const config = path.join(root, 'examples/churn/mlops.yml');
const registry = ['--registry', '.mlops/registry'];

let failures = 0;
function step(title, expected, args, shown = 6) {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/mlops.js'), ...args], { cwd: work, encoding: 'utf8' });
  const ok = run.status === expected;
  if (!ok) failures++;
  const last = `${run.stdout}${run.stderr}`.trim().split('\n').filter(Boolean);
  process.stdout.write(`\n${ok ? '✔' : '✘'} ${title}: exit ${run.status} (expected ${expected})\n`);
  for (const line of ok ? last.slice(-shown) : last.slice(-30)) process.stdout.write(`    ${line}\n`);
  return run;
}
const out = (action, suffix = '') => ['--output', `.mlops/${action}${suffix}`];

step('validate the evaluation data', 0, ['validate-data', '--config', config, ...out('validate-data')]);
step('train the first model', 0, ['train', '--config', config, ...out('train', '-1'), '--seed', '1']);
const first = '.mlops/train-1/model';
step('compare it: no production model yet, allowed by bootstrap: allow', 0, [
  'compare-baseline',
  '--config',
  config,
  '--model',
  first,
  ...registry,
  ...out('compare-baseline'),
]);
step('check that it serves', 0, [
  'check-serving-compat',
  '--config',
  config,
  '--model',
  first,
  ...out('check-serving-compat'),
]);
step('load-test it', 0, [
  'load-test',
  '--config',
  config,
  '--model',
  first,
  '--duration',
  '2',
  '--warmup',
  '0',
  ...out('load-test'),
]);
step('promote it to dev (data + model verdicts)', 0, [
  'promote',
  '--config',
  config,
  '--model',
  first,
  '--to',
  'dev',
  ...registry,
]);
step('promote dev to staging (+ serving and load verdicts)', 0, [
  'promote',
  '--config',
  config,
  '--model',
  'dev',
  '--to',
  'staging',
  ...registry,
]);
step('promote staging to production (one staging run; no GitHub here, so protection is waived explicitly)', 0, [
  'promote',
  '--config',
  config,
  '--model',
  'staging',
  '--to',
  'production',
  '--allow-unprotected-production',
  'true',
  ...registry,
]);
step('promoting it again is an idempotent success', 0, [
  'promote',
  '--config',
  config,
  '--model',
  'staging',
  '--to',
  'production',
  '--allow-unprotected-production',
  'true',
  ...registry,
]);
step('train a second model with another seed', 0, ['train', '--config', config, ...out('train', '-2'), '--seed', '2']);
const second = '.mlops/train-2/model';
const compared = step('compare it with production (paired, same rows)', 0, [
  'compare-baseline',
  '--config',
  config,
  '--model',
  second,
  ...registry,
  ...out('compare-baseline'),
]);
step('staging refuses it: the serving and load verdicts are about the first model', 1, [
  'promote',
  '--config',
  config,
  '--model',
  second,
  '--to',
  'staging',
  ...registry,
]);
step('production refuses it: never in staging', 1, [
  'promote',
  '--config',
  config,
  '--model',
  second,
  '--to',
  'production',
  '--allow-unprotected-production',
  'true',
  ...registry,
]);
if (compared.status === 0)
  step('dev takes it (data + model verdicts for this version)', 0, [
    'promote',
    '--config',
    config,
    '--model',
    second,
    '--to',
    'dev',
    ...registry,
  ]);
step('roll dev back to the first model', 0, [
  'promote',
  '--config',
  config,
  '--to',
  'dev',
  '--rollback',
  'true',
  '--reason',
  'lifecycle demo rollback',
  ...registry,
]);
step('what ran where, when, and why', 0, ['history', ...registry], 100);
step('the lineage of the production model', 0, ['lineage', 'production', ...registry], 100);
process.stdout.write(
  `\n${failures === 0 ? 'lifecycle: every step behaved as expected' : `lifecycle: ${failures} step(s) did not`} (work directory ${work})\n`,
);
process.exitCode = failures === 0 ? 0 : 1;
