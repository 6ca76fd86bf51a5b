/**
 * The built actions run as GitHub's runner runs them: `node dist/<action>/index.js` with inputs in `INPUT_<NAME>`
 * variables (name upper-cased, spaces to underscores, hyphens kept) and real files for GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY. Nothing is mocked. (The test command builds before vitest, so dist/ exists.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSharedTempDir, useTempDir } from './temp-dir.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = path.join(root, 'examples/churn');
const TRAIN = path.join(example, 'data/train.csv');
const EVAL = path.join(example, 'data/eval.csv');
const DRIFTED = path.join(example, 'data/serving-drifted.csv');
const SCHEMA = path.join(example, 'schema.json');

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Map<string, string>;
  summary: string;
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIMITER`, the value's lines, then `DELIMITER`. */
function parseGitHubOutput(text: string): Map<string, string> {
  const lines = text.split('\n');
  const outputs = new Map<string, string>();
  let index = 0;
  while (index < lines.length) {
    const line = lines[index++]!;
    if (line === '' && index === lines.length) break;
    const match = /^([^<=]+)<<(.+)$/.exec(line);
    if (match === null) throw new Error(`GITHUB_OUTPUT line ${index} is not a heredoc start: ${JSON.stringify(line)}`);
    const [, name, delimiter] = match;
    const value: string[] = [];
    while (index < lines.length && lines[index] !== delimiter) value.push(lines[index++]!);
    if (index === lines.length) throw new Error(`GITHUB_OUTPUT: output ${name} is never closed by ${delimiter}`);
    index++;
    if (outputs.has(name!)) throw new Error(`GITHUB_OUTPUT: output ${name} written twice`);
    outputs.set(name!, value.join('\n'));
  }
  return outputs;
}

const temp = useTempDir('mlops-action-test-');

/** Runs one built action with the given inputs (keys are input names as in action.yml). */
async function runAction(action: string, inputs: Record<string, string>): Promise<ActionRun> {
  const outputFile = temp.path('github-output');
  const summaryFile = temp.path('step-summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {};
  // Nothing from the environment the tests run in (which may itself be a GitHub runner) may leak in.
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(INPUT_|GITHUB_|RUNNER_|MLOPS_)/.test(key)) env[key] = value;
  }
  env.GITHUB_OUTPUT = outputFile;
  env.GITHUB_STEP_SUMMARY = summaryFile;
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [path.join(root, 'dist', action, 'index.js')], { cwd: temp.dir, env });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        err += chunk;
      });
      child.on('error', reject);
      child.on('close', (exitCode) => resolve({ code: exitCode, stdout: out, stderr: err }));
    },
  );
  return {
    code,
    stdout,
    stderr,
    outputs: parseGitHubOutput(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

function errorLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::error'));
}

describe('validate-data action', () => {
  it('passes on the clean example: outputs, result files and the job summary', async () => {
    const output = temp.path('out');
    const run = await runAction('validate-data', { data: EVAL, reference: TRAIN, schema: SCHEMA, output });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(errorLines(run.stdout)).toEqual([]);
    expect(run.outputs.get('passed')).toBe('true');
    expect(run.outputs.get('result')).toBe(path.join(output, 'result.json'));
    expect(run.outputs.get('profile')).toBe(path.join(output, 'profile.json'));
    expect(existsSync(run.outputs.get('result')!)).toBe(true);
    expect(existsSync(run.outputs.get('profile')!)).toBe(true);
    expect(run.outputs.get('anomalies')).toBe('0');
    expect(run.outputs.get('drifted-features')).toBe('0');
    expect(run.outputs.get('drift-share')).toBe('0');
    const result = JSON.parse(await readFile(run.outputs.get('result')!, 'utf8')) as { verdict: { passed: boolean } };
    expect(result.verdict.passed).toBe(true);
    // The verdict heading, then the drift table with one row per feature.
    expect(run.summary).toMatch(/^## ✅ validate-data: passed/m);
    expect(run.summary).toMatch(/^### Drift against the reference/m);
    expect(run.summary).toMatch(/^\| \| feature \| method \| statistic \|/m);
    for (const feature of ['age', 'tenure_months', 'monthly_charges', 'support_calls', 'plan', 'region']) {
      expect(run.summary).toMatch(new RegExp(`^\\| ✅ \\| ${feature} \\|`, 'm'));
    }
  });

  it('fails the step on drifted data with fail-on: drift, with at most 10 error annotations', async () => {
    const output = temp.path('out');
    const run = await runAction('validate-data', {
      data: DRIFTED,
      reference: TRAIN,
      schema: SCHEMA,
      output,
      'fail-on': 'drift',
    });
    expect(run.code).toBe(1);
    expect(run.outputs.get('passed')).toBe('false');
    expect(Number(run.outputs.get('drifted-features'))).toBeGreaterThan(0);
    const errors = errorLines(run.stdout);
    expect(errors.length).toBeGreaterThan(1);
    expect(errors.length).toBeLessThanOrEqual(10);
    // Findings point at the data file; the last error is the step's failure message.
    expect(errors.filter((line) => line.startsWith(`::error file=${DRIFTED}`)).length).toBeGreaterThan(0);
    expect(errors.some((line) => line.includes('drift'))).toBe(true);
    expect(run.summary).toMatch(/^## ❌ validate-data: failed/m);
    expect(run.summary).toMatch(/^\| ⚠️ \| \w+ \|/m);
  });

  it('keeps to 10 error annotations, the failure message included, when more than 10 checks fail', async () => {
    // GitHub shows at most 10 error annotations per step: an 11th (here it would be the step's own
    // "the gate failed" message from setFailed) is dropped.
    const columns = Array.from({ length: 12 }, (_, index) => `f${index}`);
    const table = (offset: number) =>
      `${[
        columns.join(','),
        ...Array.from({ length: 200 }, (_, row) =>
          columns.map((_, column) => String(offset + ((row * 7 + column) % 100))).join(','),
        ),
      ].join('\n')}\n`;
    await writeFile(temp.path('reference.csv'), table(0));
    await writeFile(temp.path('current.csv'), table(1000));
    const run = await runAction('validate-data', {
      data: temp.path('current.csv'),
      reference: temp.path('reference.csv'),
      output: temp.path('out'),
      'fail-on': 'drift',
    });
    expect(run.code).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(errors.some((line) => line.includes('the gate failed'))).toBe(true);
  });

  it('fails with one ::error:: line naming a missing data file, and no stack trace', async () => {
    const missing = temp.path('no-such-file.csv');
    const run = await runAction('validate-data', { data: missing, output: temp.path('out') });
    expect(run.code).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::/);
    expect(errors[0]).toContain(missing);
    // Annotations escape newlines as %0A: a one-line message has none.
    expect(errors[0]).not.toContain('%0A');
    expect(run.stdout + run.stderr).not.toContain('    at ');
    expect(run.outputs.size).toBe(0);
  });

  it('refuses an unknown fail-on value as a configuration error', async () => {
    const run = await runAction('validate-data', { data: EVAL, output: temp.path('out'), 'fail-on': 'bogus' });
    expect(run.code).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('fail-on');
    expect(errors[0]).toContain('schema, drift, none');
  });
});

describe('train and evaluate actions', () => {
  it('train packages a model and evaluate scores it, through the real actions', async () => {
    const trainOutput = temp.path('train');
    const train = await runAction('train', {
      data: TRAIN,
      label: 'churned',
      output: trainOutput,
      epochs: '3',
      backend: 'cpu',
      seed: '7',
    });
    expect(train.code, train.stdout + train.stderr).toBe(0);
    expect(errorLines(train.stdout)).toEqual([]);
    const model = train.outputs.get('model')!;
    expect(model).toBe(path.join(trainOutput, 'model'));
    expect(existsSync(path.join(model, 'model.onnx'))).toBe(true);
    expect(train.outputs.get('version')).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(train.outputs.get('backend')).toBe('cpu');
    expect(train.outputs.get('gpu')).toBe('false');
    expect(Number(train.outputs.get('final-loss'))).toBeGreaterThan(0);
    expect(train.outputs.get('passed')).toBe('true');
    expect(train.summary).toMatch(/^## ✅ train: model packaged/m);
    expect(train.summary).toContain('train.onnx-parity');
    expect(train.stdout).toMatch(/^epoch 3\/3 {2}loss/m);

    const evalOutput = temp.path('evaluate');
    const evaluate = await runAction('evaluate', {
      model,
      data: EVAL,
      output: evalOutput,
      slices: 'plan\nage: 30, 50',
      'bootstrap-samples': '200',
    });
    expect(evaluate.code, evaluate.stdout + evaluate.stderr).toBe(0);
    expect(evaluate.outputs.get('headline-metric')).toBe('rocAuc');
    const auc = Number(evaluate.outputs.get('headline-value'));
    expect(auc).toBeGreaterThan(0.6);
    expect(auc).toBeLessThanOrEqual(1);
    expect(evaluate.outputs.get('passed')).toBe('true');
    const metrics = JSON.parse(await readFile(evaluate.outputs.get('metrics')!, 'utf8')) as {
      rows: number;
      intervals: Record<string, { low: number; high: number }>;
      slices: { ranked: Array<{ key: string }> };
    };
    expect(metrics.rows).toBe(1000);
    expect(metrics.intervals.rocAuc!.low).toBeLessThan(auc);
    expect(metrics.intervals.rocAuc!.high).toBeGreaterThan(auc);
    expect(metrics.slices.ranked.map((slice) => slice.key)).toContain('plan=basic');
    const predictions = (await readFile(evaluate.outputs.get('predictions')!, 'utf8')).trim().split('\n');
    expect(predictions).toHaveLength(1001);
    expect(predictions[0]).toBe('row,file,line,label,prediction,p_0,p_1');
    expect(evaluate.summary).toMatch(/^### Confusion matrix/m);
    expect(evaluate.summary).toMatch(/^### Worst slices by rocAuc/m);

    // A threshold the model cannot meet fails the step (exit 1) and names the metric.
    const config = temp.path('mlops.yml');
    await writeFile(config, 'version: 1\nevaluate:\n  thresholds:\n    rocAuc: {min: 0.999}\n');
    const gated = await runAction('evaluate', {
      model,
      data: EVAL,
      output: evalOutput,
      config,
      'bootstrap-samples': '0',
    });
    expect(gated.code).toBe(1);
    expect(gated.outputs.get('passed')).toBe('false');
    const errors = errorLines(gated.stdout);
    expect(errors.some((line) => line.includes('metric.rocAuc'))).toBe(true);
  });

  it('train refuses a missing label column with one clear error', async () => {
    const run = await runAction('train', { data: TRAIN, label: 'no_such_column', output: temp.path('out') });
    expect(run.code).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('no_such_column');
    expect(run.stdout + run.stderr).not.toContain('    at ');
  });
});

describe('check-serving-compat and load-test actions', () => {
  let packageDir: string;
  const shared = useSharedTempDir('mlops-serving-action-');
  beforeAll(async () => {
    packageDir = shared.path('train', 'model');
    const trained = spawnSync(
      process.execPath,
      [
        path.join(root, 'bin/mlops.js'),
        'train',
        '--data',
        TRAIN,
        '--label',
        'churned',
        '--epochs',
        '2',
        '--backend',
        'cpu',
        '--output',
        shared.path('train'),
      ],
      { encoding: 'utf8' },
    );
    expect(trained.status, trained.stderr).toBe(0);
  });

  it('check-serving-compat serves the package, proves parity and writes the verdict', async () => {
    const run = await runAction('check-serving-compat', {
      model: packageDir,
      baseline: packageDir,
      data: EVAL,
      output: temp.path('out'),
      'memory-limit': '2Gi',
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.get('passed')).toBe('true');
    expect(Number(run.outputs.get('served-parity'))).toBeLessThanOrEqual(1e-5);
    const verdict = JSON.parse(await readFile(run.outputs.get('verdict')!, 'utf8')) as {
      verdict: { checks: Array<{ check: string; status: string }> };
    };
    const checks = verdict.verdict.checks.map((check) => `${check.check}:${check.status}`);
    for (const expected of [
      'runtime.opset:pass',
      'load.memory:pass',
      'serving.parity:pass',
      'serving.bad-request:pass',
      'contract.baseline:pass',
    ]) {
      expect(checks).toContain(expected);
    }
    expect(run.summary).toMatch(/^## ✅ check-serving-compat/m);
  });

  it('check-serving-compat fails the step when the memory limit is below what the model needs', async () => {
    const run = await runAction('check-serving-compat', {
      model: packageDir,
      data: EVAL,
      output: temp.path('out'),
      'memory-limit': '1Mi',
    });
    expect(run.code).toBe(1);
    expect(run.outputs.get('passed')).toBe('false');
    expect(errorLines(run.stdout).some((line) => line.includes('load.memory'))).toBe(true);
  });

  it('load-test drives the served model and gates on its SLOs; no thresholds fails closed', async () => {
    const run = await runAction('load-test', {
      model: packageDir,
      data: EVAL,
      output: temp.path('out'),
      duration: '1',
      warmup: '0',
      connections: '4',
      'p99-ms': '1000',
      'max-error-rate': '0',
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(Number(run.outputs.get('qps'))).toBeGreaterThan(0);
    expect(Number(run.outputs.get('p99-ms'))).toBeGreaterThan(0);
    expect(run.outputs.get('error-rate')).toBe('0');
    expect(run.summary).toContain('xychart-beta');
    const closed = await runAction('load-test', {
      model: packageDir,
      data: EVAL,
      output: temp.path('out'),
      duration: '1',
      warmup: '0',
      connections: '2',
    });
    expect(closed.code).toBe(1);
    expect(errorLines(closed.stdout).some((line) => line.includes('no load-test thresholds configured'))).toBe(true);
  });
});

describe.each(['compare-baseline', 'promote'])('action %s without inputs', (action) => {
  it('fails with one configuration error that names the missing input, no stack, no outputs', async () => {
    const run = await runAction(action, {});
    expect(run.code).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/`(model|to)`/);
    expect(run.stdout + run.stderr).not.toContain('    at ');
    expect(run.outputs.size).toBe(0);
  });
});

describe('compare-baseline and promote actions', () => {
  it('blesses a first run only by policy, then refuses promotion without evidence, then promotes with it', async () => {
    const trained = spawnSync(
      process.execPath,
      [
        path.join(root, 'bin/mlops.js'),
        'train',
        '--data',
        TRAIN,
        '--label',
        'churned',
        '--epochs',
        '2',
        '--backend',
        'cpu',
        '--output',
        temp.path('train'),
      ],
      { encoding: 'utf8' },
    );
    expect(trained.status, trained.stderr).toBe(0);
    const model = temp.path('train', 'model');
    const registry = temp.path('registry');
    const config = temp.path('mlops.yml');
    await writeFile(config, 'version: 1\ncompare-baseline:\n  metrics:\n    rocAuc: {lower: 0.5}\n');
    const denied = await runAction('compare-baseline', {
      model,
      data: EVAL,
      registry,
      config,
      output: temp.path('cmp'),
      'bootstrap-samples': '50',
    });
    expect(denied.code).toBe(1);
    expect(denied.outputs.get('blessed')).toBe('false');
    expect(errorLines(denied.stdout).some((line) => line.includes('baseline.first-run'))).toBe(true);
    const allowed = await runAction('compare-baseline', {
      model,
      data: EVAL,
      registry,
      config,
      bootstrap: 'allow',
      output: temp.path('cmp'),
      'bootstrap-samples': '50',
    });
    expect(allowed.code, allowed.stdout).toBe(0);
    expect(allowed.outputs.get('blessed')).toBe('true');
    expect(await readFile(allowed.outputs.get('report')!, 'utf8')).toMatch(/blessed/);

    // dev needs a data verdict too: without it the promotion is refused and names what is missing.
    const refused = await runAction('promote', { model, to: 'dev', registry, output: temp.path('promote') });
    expect(refused.code).toBe(1);
    expect(refused.outputs.get('promoted')).toBe('false');
    expect(errorLines(refused.stdout).some((line) => line.includes('evidence.data'))).toBe(true);
  });
});

describe('the model lifecycle from the CLI', () => {
  it('trains twice, compares, promotes dev → staging → production, refuses, rolls back and prints lineage', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'scripts/lifecycle.mjs'), '--workdir', temp.path('lifecycle')],
      {
        encoding: 'utf8',
        timeout: 180_000,
      },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('lifecycle: every step behaved as expected');
    expect(run.stdout).toMatch(/✔ staging refuses it.*exit 1 \(expected 1\)/);
    expect(run.stdout).toMatch(/✔ roll dev back to the first model: exit 0/);
    expect(run.stdout).toMatch(/lineage of sha256:[0-9a-f]{64}/);
  }, 180_000);
});
