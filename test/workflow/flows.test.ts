/**
 * The branch-driven flows of the starter workflows, end to end with the local runner (`mlops workflow run`) on
 * copies of examples/churn: push to main → staging; production dispatch refused without approval, refused off
 * GitHub without `allow-unprotected-production`, promoted with both; a second staged version promoted, then
 * rolled back; a worse model stopped at compare-baseline; broken data stopped at validate-data. Every outcome is
 * read back from the registry the workflows wrote (`.mlops/registry/stages/*.json` and `mlops history`).
 *
 * The tests of the main describe share one project directory and run in order (each flow starts from the state
 * the previous one left, as a real repository would); they are kept short by a fast mlops.yml in the copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { useSharedTempDir, useTempDir } from '../temp-dir.js';
import { root, runWorkflow } from './helpers.js';

const staging = path.join(root, 'workflows/staging.yml');
const production = path.join(root, 'workflows/production.yml');
const GATES = ['validate-data', 'train', 'evaluate', 'compare-baseline', 'check-serving-compat', 'load-test'];
const FLOW_TIMEOUT = 120_000;

type Config = Record<string, Record<string, unknown>>;

/**
 * A copy of examples/churn in `dir` with a fast mlops.yml: fewer epochs and bootstrap resamples, a 1 s load test
 * without warm-up, and a p99 limit a loaded 2-core machine always meets (latency is not what these tests are about).
 */
function exampleProject(dir: string): { dir: string; edit: (change: (config: Config) => void) => void } {
  cpSync(path.join(root, 'examples/churn'), dir, { recursive: true });
  const file = path.join(dir, 'mlops.yml');
  const edit = (change: (config: Config) => void) => {
    const config = parse(readFileSync(file, 'utf8')) as Config;
    change(config);
    writeFileSync(file, stringify(config));
  };
  edit((config) => {
    (config.train?.params as Record<string, unknown>).epochs = 8;
    Object.assign(config.evaluate ?? {}, { 'bootstrap-samples': 100 });
    Object.assign(config['compare-baseline'] ?? {}, { 'bootstrap-samples': 100 });
    Object.assign(config['load-test'] ?? {}, { duration: 1, warmup: 0, connections: 2, 'p99-ms': 5000 });
  });
  return { dir, edit };
}

interface StageEvent {
  version: string;
  previous: string | null;
  action: string;
  outcome: string;
}
interface StageFile {
  stage: string;
  current: string | null;
  history: StageEvent[];
}

function stageFile(workdir: string, stage: string): StageFile | undefined {
  const file = path.join(workdir, '.mlops/registry/stages', `${stage}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StageFile) : undefined;
}

/** `mlops history <stage> --registry <dir> --json`, as a user would ask. */
function history(workdir: string, stage: string): StageEvent[] {
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'bin/mlops.js'), 'history', stage, '--registry', path.join(workdir, '.mlops/registry'), '--json'],
    { encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  const stages = JSON.parse(run.stdout) as { stage: string; events: StageEvent[] }[];
  return stages.find((entry) => entry.stage === stage)?.events ?? [];
}

const tail = (text: string) => text.slice(-4000);
const pushToMain = ['--event', 'push', '--ref', 'refs/heads/main', '--approve', 'staging'];
const dispatch = (inputs: Record<string, string>, approve: boolean) => [
  '--event',
  'workflow_dispatch',
  '--ref',
  'refs/heads/main',
  ...Object.entries(inputs).flatMap(([key, value]) => ['--input', `${key}=${value}`]),
  ...(approve ? ['--approve', 'production'] : []),
];

describe('starter flows on the example project (local runner)', () => {
  const temp = useSharedTempDir('mlops-flow-main-');
  let project: ReturnType<typeof exampleProject>;
  let first = '';
  let second = '';

  beforeAll(() => {
    project = exampleProject(temp.dir);
  });

  it(
    'push to main: staging.yml runs every gate and deploys the version to staging',
    async () => {
      const run = await runWorkflow(staging, project.dir, pushToMain);
      expect(run.code, tail(run.stderr)).toBe(0);
      const pipeline = run.job('pipeline');
      for (const gate of GATES) expect(run.job(gate, pipeline.workflow).result).toBe('success');
      first = pipeline.outputs['model-version'] ?? '';
      expect(first).toMatch(/^sha256:[0-9a-f]{64}$/);
      const promote = run.job('promote', run.job('deploy').workflow);
      expect(promote).toMatchObject({ result: 'success', environment: { name: 'staging' } });
      expect(stageFile(project.dir, 'staging')?.current).toBe(first);
      expect(history(project.dir, 'staging')).toMatchObject([
        { version: first, action: 'promote', outcome: 'success' },
      ]);
      expect(stageFile(project.dir, 'production')).toBeUndefined();
    },
    FLOW_TIMEOUT,
  );

  it(
    'production.yml without --approve production: the recheck runs, the promotion is refused, nothing promoted',
    async () => {
      const run = await runWorkflow(production, project.dir, dispatch({ version: first, reason: 'release' }, false));
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('not approved (pass --approve production)');
      const called = run.job('production').workflow;
      expect(run.job('recheck', called).result).toBe('success');
      expect(run.job('promote', called)).toMatchObject({ result: 'skipped', reason: 'not approved' });
      expect(stageFile(project.dir, 'production')).toBeUndefined();
    },
    FLOW_TIMEOUT,
  );

  it(
    'approved but off GitHub: promote refuses, since the environment protection cannot be checked',
    async () => {
      const run = await runWorkflow(production, project.dir, dispatch({ version: first, reason: 'release' }, true));
      expect(run.code).toBe(1);
      const promote = run.job('promote', run.job('production').workflow);
      expect(promote.result).toBe('failure');
      expect(run.stderr).toContain('::error::promote.environment-protection: not running on GitHub');
      expect(stageFile(project.dir, 'production')).toBeUndefined();
    },
    FLOW_TIMEOUT,
  );

  it(
    'approved after staging, with allow-unprotected-production in mlops.yml (local runs only): production',
    async () => {
      // The only switch for a machine where GitHub's environment protection cannot be read is promote's
      // `allow-unprotected-production` input; mlops-production.yml exposes no input for it (on purpose), so the
      // local project sets it in its mlops.yml, where every action input may be set. Never in a real repository.
      project.edit((config) => {
        Object.assign(config.promote ?? {}, { 'allow-unprotected-production': true });
      });
      const run = await runWorkflow(production, project.dir, dispatch({ version: first, reason: 'release 1' }, true));
      expect(run.code, tail(run.stderr)).toBe(0);
      const called = run.job('production').workflow;
      expect(run.job('recheck', called).result).toBe('success');
      expect(run.job('promote', called)).toMatchObject({ result: 'success', environment: { name: 'production' } });
      expect(run.stderr).toContain('WARN promote.environment-protection');
      expect(stageFile(project.dir, 'production')?.current).toBe(first);
      expect(history(project.dir, 'production')).toMatchObject([
        { version: first, previous: null, action: 'promote', outcome: 'success' },
      ]);
    },
    FLOW_TIMEOUT,
  );

  it(
    'a retrained model pushed to main passes against the production baseline, is staged, then released',
    async () => {
      project.edit((config) => {
        Object.assign(config.train ?? {}, { seed: 7 });
      });
      const staged = await runWorkflow(staging, project.dir, pushToMain);
      expect(staged.code, tail(staged.stderr)).toBe(0);
      second = staged.job('pipeline').outputs['model-version'] ?? '';
      expect(second).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(second).not.toBe(first);
      expect(stageFile(project.dir, 'staging')?.current).toBe(second);
      const released = await runWorkflow(
        production,
        project.dir,
        dispatch({ version: second, reason: 'release 2' }, true),
      );
      expect(released.code, tail(released.stderr)).toBe(0);
      expect(stageFile(project.dir, 'production')).toMatchObject({ current: second });
      expect(history(project.dir, 'production').at(-1)).toMatchObject({
        version: second,
        previous: first,
        action: 'promote',
      });
    },
    FLOW_TIMEOUT,
  );

  it(
    'rollback (production.yml rollback: true, approved) restores the version production ran before',
    async () => {
      const run = await runWorkflow(
        production,
        project.dir,
        dispatch({ rollback: 'true', reason: 'bad release' }, true),
      );
      expect(run.code, tail(run.stderr)).toBe(0);
      const called = run.job('production').workflow;
      expect(run.job('recheck', called).result).toBe('skipped');
      expect(run.job('promote', called).result).toBe('success');
      expect(stageFile(project.dir, 'production')?.current).toBe(first);
      expect(history(project.dir, 'production').at(-1)).toMatchObject({
        version: first,
        previous: second,
        action: 'rollback',
        outcome: 'success',
      });
      expect(stageFile(project.dir, 'staging')?.current).toBe(second);
    },
    FLOW_TIMEOUT,
  );

  it(
    'a worse model (shuffled training labels) stops at compare-baseline: nothing after it, nothing promoted',
    async () => {
      // Shuffle the label column of the training copy: the model learns nothing.
      const train = path.join(project.dir, 'data/train.csv');
      const [header = '', ...rows] = readFileSync(train, 'utf8').trimEnd().split('\n');
      const label = header.split(',').indexOf('churned');
      const cells = rows.map((row) => row.split(','));
      const labels = cells.map((row) => row[label] ?? '');
      // A fixed rotation is a deterministic "shuffle" that decouples every label from its row.
      const rotated = [...labels.slice(labels.length >> 1), ...labels.slice(0, labels.length >> 1)];
      cells.forEach((row, index) => {
        row[label] = rotated[index] ?? '';
      });
      writeFileSync(train, `${[header, ...cells.map((row) => row.join(','))].join('\n')}\n`);
      // evaluate's absolute thresholds would catch it first; loosen them so the gate under test is the
      // comparison with the production model (the case of a model that meets the floor but is worse).
      project.edit((config) => {
        delete config.evaluate?.thresholds;
      });
      const stagedBefore = stageFile(project.dir, 'staging');
      const productionBefore = stageFile(project.dir, 'production');
      const run = await runWorkflow(staging, project.dir, pushToMain);
      expect(run.code).toBe(1);
      const pipeline = run.job('pipeline').workflow;
      for (const gate of ['validate-data', 'train', 'evaluate']) expect(run.job(gate, pipeline).result).toBe('success');
      expect(run.job('compare-baseline', pipeline).result).toBe('failure');
      expect(run.job('check-serving-compat', pipeline).result).toBe('skipped');
      expect(run.job('load-test', pipeline).result).toBe('skipped');
      expect(run.job('deploy').result).toBe('skipped');
      const blessing = JSON.parse(
        readFileSync(path.join(project.dir, '.mlops/compare-baseline/verdict.json'), 'utf8'),
      ) as { blessed: boolean; baselineVersion: string; checks: { check: string; status: string }[] };
      expect(blessing.blessed).toBe(false);
      expect(blessing.baselineVersion).toBe(first);
      expect(blessing.checks).toContainEqual(
        expect.objectContaining({ check: 'metric.rocAuc.non-inferiority', status: 'fail' }),
      );
      expect(stageFile(project.dir, 'staging')).toEqual(stagedBefore);
      expect(stageFile(project.dir, 'production')).toEqual(productionBefore);
    },
    FLOW_TIMEOUT,
  );
});

describe('broken data (local runner)', () => {
  const temp = useTempDir('mlops-flow-broken-');

  it(
    'an evaluation file missing a column stops the staging flow at validate-data; nothing is trained or promoted',
    async () => {
      const project = exampleProject(temp.dir);
      const evalFile = path.join(project.dir, 'data/eval.csv');
      const lines = readFileSync(evalFile, 'utf8').trimEnd().split('\n');
      const dropped = (lines[0] ?? '').split(',').indexOf('support_calls');
      expect(dropped).toBeGreaterThan(0);
      writeFileSync(
        evalFile,
        `${lines
          .map((line) =>
            line
              .split(',')
              .filter((_, index) => index !== dropped)
              .join(','),
          )
          .join('\n')}\n`,
      );
      const run = await runWorkflow(staging, project.dir, pushToMain);
      expect(run.code).toBe(1);
      const pipeline = run.job('pipeline').workflow;
      expect(run.job('validate-data', pipeline).result).toBe('failure');
      for (const gate of GATES.slice(1)) expect(run.job(gate, pipeline).result).toBe('skipped');
      expect(run.job('deploy').result).toBe('skipped');
      expect(run.stderr).toContain('::error file=data/eval.csv::schema.missing-column: column "support_calls"');
      expect(existsSync(path.join(project.dir, '.mlops/train/model'))).toBe(false);
      // validate-data may record the data's lineage in the registry; no version and no stage may appear.
      const registry = path.join(project.dir, '.mlops/registry');
      expect(existsSync(path.join(registry, 'versions'))).toBe(false);
      expect(existsSync(path.join(registry, 'stages'))).toBe(false);
    },
    FLOW_TIMEOUT,
  );
});
