import { existsSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { digestFiles } from '../../src/data/digest.js';
import { type ModelManifest, readModelPackage, versionOf } from '../../src/model/package.js';
import { floatTensor, intAttribute, makeNode } from '../../src/onnx/builder.js';
import { DataType } from '../../src/onnx/proto.js';
import { exportTabularModel } from '../../src/onnx/tabular.js';
import { COMMAND_ENV, splitCommand, trainWithCommand } from '../../src/train/command.js';
import type { TrainRequest, TrainResult } from '../../src/train/run.js';
import { binarySpec, customModel, tensorValueInfo } from '../model/helpers.js';
import { useTempDir } from '../temp-dir.js';
import { BINARY_COLUMNS, binaryRows, type Row, trainRequest, writeCsv } from './helpers.js';

describe('splitCommand', () => {
  it.each([
    ['python train.py', ['python', 'train.py']],
    ['  python   train.py  --epochs 3 ', ['python', 'train.py', '--epochs', '3']],
    ['python "my script.py" --name \'a b\'', ['python', 'my script.py', '--name', 'a b']],
    ['echo "it\'s"', ['echo', "it's"]],
    ['echo \'say "hi"\'', ['echo', 'say "hi"']],
    ['echo ""', ['echo', '']],
    ["echo '' x", ['echo', '', 'x']],
    ['a"b c"d', ['ab cd']],
    ['tab\tseparated\nlines', ['tab', 'separated', 'lines']],
    ['no\\escapes', ['no\\escapes']],
  ])('%j → %j', (command, args) => {
    expect(splitCommand(command)).toEqual(args);
  });

  it.each([
    ['python "train.py', /unclosed " quote/],
    ["python 'train.py", /unclosed ' quote/],
    ['', /`command` is empty/],
    ['   \t ', /`command` is empty/],
  ])('refuses %j', (command, expected) => {
    expect(() => splitCommand(command)).toThrow(ConfigurationError);
    expect(() => splitCommand(command)).toThrow(expected);
  });
});

/**
 * The user's trainer: reports its environment, logs, waits for the test's go-ahead (proof that its output
 * reached the log while it ran), then does what `params.mode` says.
 */
const SCRIPT = `
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const params = JSON.parse(process.env.MLOPS_PARAMS);
const names = ${JSON.stringify(Object.keys(COMMAND_ENV))};
if (params.report) writeFileSync(params.report, JSON.stringify(Object.fromEntries(names.map((n) => [n, process.env[n] ?? null]))));
if (params.pid) writeFileSync(params.pid, String(process.pid));
console.log('starting training');
console.error('a warning on stderr');
if (params.go) {
  const deadline = Date.now() + 5000;
  while (!existsSync(params.go)) {
    if (Date.now() > deadline) { console.error('no go-ahead: output was not streamed'); process.exit(4); }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
process.stdout.write('epoch 1 loss 0.5\\nepoch 2 ');
process.stdout.write('loss 0.4\\r\\nno newline at the end');
if (params.sleep) await new Promise((resolve) => setTimeout(resolve, 60000));
if (params.exit !== undefined) process.exit(params.exit);
if (params.model) copyFileSync(params.model, join(process.env.MLOPS_OUTPUT, 'model.onnx'));
if (params.metrics !== undefined) writeFileSync(join(process.env.MLOPS_OUTPUT, 'metrics.json'), params.metrics);
`;

const temp = useTempDir('mlops-train-command-test-');

interface Setup {
  rows?: Row[];
  model?: Uint8Array;
  params?: Record<string, unknown>;
  request?: Partial<TrainRequest>;
}

async function runTrainer(setup: Setup = {}): Promise<{
  result: TrainResult;
  lines: string[];
  request: TrainRequest & { command: string };
  script: string;
}> {
  const script = await temp.write('train.mjs', SCRIPT);
  const data = await writeCsv(temp.path('train.csv'), BINARY_COLUMNS, setup.rows ?? binaryRows(120, 2));
  const params: Record<string, unknown> = { ...setup.params };
  if (setup.model !== undefined) params.model = await temp.write('made.onnx', setup.model);
  const { request, lines } = trainRequest({
    data,
    label: 'churned',
    output: temp.path('package'),
    params,
    ...setup.request,
  });
  const withCommand = { ...request, command: `node ${script}` };
  const result = await trainWithCommand(withCommand, 'auto');
  return { result, lines, request: withCommand, script };
}

function check(result: TrainResult, name: string) {
  const found = result.verdict.checks.find((entry) => entry.check === name);
  if (found === undefined) throw new Error(`no check ${name} in ${JSON.stringify(result.verdict.checks)}`);
  return found;
}

const goodModel = () => exportTabularModel(binarySpec());
const metricsJson = JSON.stringify({
  loss: 0.4,
  auc: 0.81,
  diverged: 'no',
  loss_curve: [
    { epoch: 1, loss: 0.5, validation_loss: 0.55 },
    { epoch: 2, loss: 0.4 },
    { loss: 'NaN' },
    { loss: 0.35 },
  ],
});

/** Rows without missing values, for hand-built graphs that do not fill NaN themselves. */
const completeRows = () =>
  binaryRows(120, 2).map((row): Row => ({ ...row, charges: row.charges ?? 70, plan: row.plan ?? 'basic' }));

describe('trainWithCommand', () => {
  it('runs the command with the documented environment and packages what it wrote', async () => {
    const shards = [binaryRows(70, 2), binaryRows(50, 3)];
    const files = [
      await writeCsv(temp.path('train-1.csv'), BINARY_COLUMNS, shards[0] as Row[]),
      await writeCsv(temp.path('train-2.csv'), BINARY_COLUMNS, shards[1] as Row[]),
    ];
    const validation = await writeCsv(temp.path('validation.csv'), BINARY_COLUMNS, binaryRows(30, 4));
    const script = await temp.write('train.mjs', SCRIPT);
    const model = goodModel();
    const params = {
      model: await temp.write('made.onnx', model),
      report: temp.path('env.json'),
      go: temp.path('go'),
      metrics: metricsJson,
      trees: 100,
    };
    const seen: Array<{ line: string; at: number }> = [];
    const started = performance.now();
    const request = {
      ...trainRequest({ data: temp.path('train-*.csv'), label: 'churned', output: temp.path('package') }).request,
      validationData: validation,
      seed: 42,
      epochs: 3,
      params,
      command: `node '${script}'`,
      log: (line: string) => {
        seen.push({ line, at: performance.now() - started });
        // The go-ahead the script waits for: it can only come if this line arrived while the script ran.
        if (line === '  | starting training') writeFileSync(params.go, '');
      },
    };
    const result = await trainWithCommand(request, 'auto');
    const lines = seen.map((entry) => entry.line);

    expect(result.verdict.passed, JSON.stringify(result.verdict.checks)).toBe(true);
    expect(result.backend).toBe('command');
    expect(result.finalLoss).toBe(0.35);
    expect(lines[0]).toBe(`running: node ${script}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        '  | starting training',
        '  | a warning on stderr',
        '  | epoch 1 loss 0.5',
        '  | epoch 2 loss 0.4',
        '  | no newline at the end',
        'metrics.json: "diverged" is not a number and is not recorded',
      ]),
    );
    expect(lines.some((line) => line.includes('no go-ahead'))).toBe(false);

    const env = JSON.parse(await readFile(params.report, 'utf8')) as Record<string, string>;
    expect(env).toEqual({
      MLOPS_TRAIN_DATA: temp.path('train-*.csv'),
      MLOPS_TRAIN_FILES: expect.any(String),
      MLOPS_VALIDATION_DATA: validation,
      MLOPS_LABEL: 'churned',
      MLOPS_FEATURES: '',
      MLOPS_OUTPUT: expect.stringMatching(/mlops-train-.*\/output$/),
      MLOPS_SEED: '42',
      MLOPS_PARAMS: JSON.stringify(params),
      MLOPS_EPOCHS: '3',
    });
    // The files the glob matched, in order (relative to the working directory the command shares).
    expect(env.MLOPS_TRAIN_FILES?.split('\n').map((file) => path.resolve(file))).toEqual(files);
    // The scratch output directory is removed afterwards.
    expect(existsSync(env.MLOPS_OUTPUT as string)).toBe(false);

    const pkg = await readModelPackage(temp.path('package'));
    const manifest: ModelManifest = pkg.manifest;
    expect(manifest).toEqual(result.package?.manifest);
    expect(manifest.version).toBe(versionOf(model));
    expect(manifest.task).toBe('binary');
    expect(manifest.framework).toEqual({ name: 'command', backend: 'command', command: ['node', script] });
    expect(manifest.training.params).toEqual(params);
    expect(manifest.training.seed).toBe(42);
    expect(manifest.training.metrics).toEqual({ loss: 0.4, auc: 0.81 });
    expect(manifest.training.lossCurve).toEqual([
      { epoch: 1, loss: 0.5, validationLoss: 0.55 },
      { epoch: 2, loss: 0.4 },
      { epoch: 4, loss: 0.35 },
    ]);
    const expectedDigest = await digestFiles(files, 120);
    expect(manifest.training.data.digest).toBe(expectedDigest.digest);
    expect(manifest.training.data.rows).toBe(120);
    expect(manifest.training.data.files.map((file) => ({ ...file, path: path.resolve(file.path) }))).toEqual(
      expectedDigest.files,
    );
    expect(manifest.inputs).toEqual([
      { feature: 'age', tensor: 'age', dtype: 'float32', shape: ['N', 1], kind: 'numeric' },
      { feature: 'charges', tensor: 'charges', dtype: 'float32', shape: ['N', 1], kind: 'numeric' },
      { feature: 'plan', tensor: 'plan', dtype: 'string', shape: ['N', 1], kind: 'categorical' },
    ]);
    expect(manifest.outputs).toMatchObject({ probabilities: 'probabilities', classes: ['0', '1'] });
    // A sample of rows (64 per file today, so 64 + 50 here) is scored.
    expect(check(result, 'train.command-output').message).toMatch(
      /^model\.onnx loads in ONNX Runtime and scores \d+ training rows$/,
    );
  });

  it('passes absolute paths in MLOPS_TRAIN_FILES for an absolute glob', async () => {
    await writeCsv(temp.path('train-1.csv'), BINARY_COLUMNS, binaryRows(40, 2));
    const script = await temp.write('train.mjs', SCRIPT);
    const { request } = trainRequest({
      data: temp.path('train-*.csv'),
      label: 'churned',
      output: temp.path('package'),
      params: { report: temp.path('env.json'), exit: 5 },
    });
    await trainWithCommand({ ...request, command: `node ${script}` }, 'auto');
    const env = JSON.parse(await readFile(temp.path('env.json'), 'utf8')) as Record<string, string>;
    expect(env.MLOPS_TRAIN_FILES).toBe(temp.path('train-1.csv'));
  });

  it('fails train.command on a non-zero exit code and writes no package', async () => {
    const { result, lines } = await runTrainer({ model: goodModel(), params: { exit: 3 } });
    expect(result.verdict.passed).toBe(false);
    const failed = check(result, 'train.command');
    expect(failed).toMatchObject({ status: 'fail', value: 3 });
    expect(failed.message).toContain('failed with exit code 3');
    expect(result.verdict.checks).toHaveLength(1);
    expect(result.package).toBeUndefined();
    expect(existsSync(temp.path('package'))).toBe(false);
    expect(lines).toContain('  | epoch 1 loss 0.5');
  });

  it('fails train.command-output when the command exits 0 without a model.onnx', async () => {
    const { result } = await runTrainer({ params: { metrics: metricsJson } });
    expect(result.verdict.passed).toBe(false);
    expect(check(result, 'train.command').status).toBe('pass');
    const failed = check(result, 'train.command-output');
    expect(failed).toMatchObject({ status: 'fail', value: 'missing' });
    expect(failed.message).toMatch(/exited 0 but wrote no model\.onnx into \$MLOPS_OUTPUT/);
    expect(existsSync(temp.path('package'))).toBe(false);
  });

  it('stops a command that runs past timeout-minutes, and kills it', async () => {
    const started = performance.now();
    const { result, lines } = await runTrainer({
      params: { sleep: true, pid: temp.path('pid') },
      request: { timeoutMinutes: 0.01 },
    });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(8000);
    const failed = check(result, 'train.command');
    expect(failed).toMatchObject({ status: 'fail', value: 'timed out' });
    expect(failed.message).toContain('ran past timeout-minutes (0.01) and was stopped');
    expect(lines.some((line) => /training command ran past .* stopping it$/.test(line))).toBe(true);
    expect(existsSync(temp.path('package'))).toBe(false);
    const pid = Number(await readFile(temp.path('pid'), 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });

  it('is a ConfigurationError when the command is not found', async () => {
    const { request } = trainRequest({
      data: await writeCsv(temp.path('train.csv'), BINARY_COLUMNS, binaryRows(40, 1)),
      label: 'churned',
      output: temp.path('package'),
    });
    const error = await trainWithCommand({ ...request, command: 'no-such-trainer-xyz --fast' }, 'auto').catch(
      (thrown: unknown) => thrown as Error,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('the command "no-such-trainer-xyz" was not found');
  });

  it('is a ConfigurationError when metrics.json is not JSON', async () => {
    const error = await runTrainer({ model: goodModel(), params: { metrics: '{"loss": 0.3' } }).catch(
      (thrown: unknown) => thrown as Error,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/metrics\.json, which is not valid JSON/);
  });

  it('fails the output check for probabilities that do not sum to 1', async () => {
    // probabilities = [sigmoid(age), sigmoid(age)]: each in (0, 1), together about 2.
    const model = customModel({
      inputs: [tensorValueInfo('age', DataType.FLOAT, ['N', 1])],
      outputs: [tensorValueInfo('probabilities', DataType.FLOAT, ['N', 2])],
      nodes: [
        makeNode('Concat', ['age', 'age'], ['pair'], [intAttribute('axis', 1)]),
        makeNode('Sigmoid', ['pair'], ['probabilities']),
      ],
    });
    const { result } = await runTrainer({ model, rows: completeRows() });
    expect(result.verdict.passed).toBe(false);
    const failed = check(result, 'train.command-output');
    expect(failed.status).toBe('fail');
    expect(failed.message).toMatch(/probabilities for training row 1 sum to 2\.0000, not 1/);
    expect(existsSync(temp.path('package'))).toBe(false);
  });

  it('fails the output check for a model that gives NaN', async () => {
    // The tabular graph fills missing values; this one passes NaN straight through.
    const model = customModel({
      inputs: [tensorValueInfo('charges', DataType.FLOAT, ['N', 1])],
      outputs: [tensorValueInfo('probabilities', DataType.FLOAT, ['N', 2])],
      nodes: [
        makeNode('Concat', ['charges', 'charges'], ['pair'], [intAttribute('axis', 1)]),
        makeNode('Softmax', ['pair'], ['probabilities'], [intAttribute('axis', 1)]),
      ],
    });
    const { result } = await runTrainer({ model });
    expect(check(result, 'train.command-output').message).toBe('model.onnx it produced NaN or Inf');
  });

  describe('a packed model with one [N, F] float input', () => {
    const packed = () =>
      customModel({
        inputs: [tensorValueInfo('x', DataType.FLOAT, ['N', 2])],
        outputs: [tensorValueInfo('probabilities', DataType.FLOAT, ['N', 2])],
        initializers: [floatTensor('w', [2, 2], [0.02, -0.02, 0, 0.01])],
        nodes: [
          makeNode('MatMul', ['x', 'w'], ['logits']),
          makeNode('Softmax', ['logits'], ['probabilities'], [intAttribute('axis', 1)]),
        ],
      });

    it('needs `features` in order', async () => {
      const error = await runTrainer({ model: packed(), rows: completeRows() }).catch(
        (thrown: unknown) => thrown as Error,
      );
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toContain(
        'model.onnx takes one input "x" of 2 columns; list its 2 feature columns, in order, under train.features',
      );
      expect((error as Error).message).toContain('(got 0)');
    });

    it('binds the listed features to its columns', async () => {
      const { result } = await runTrainer({
        model: packed(),
        rows: completeRows(),
        params: { report: temp.path('env.json') },
        request: { features: ['charges', 'age'] },
      });
      expect(result.verdict.passed, JSON.stringify(result.verdict.checks)).toBe(true);
      const env = JSON.parse(await readFile(temp.path('env.json'), 'utf8')) as Record<string, string>;
      expect(env.MLOPS_FEATURES).toBe('["charges","age"]');
      const manifest = (await readModelPackage(temp.path('package'))).manifest;
      expect(manifest.inputs).toEqual([
        { feature: 'charges', tensor: 'x', dtype: 'float32', shape: ['N', 2], kind: 'numeric', column: 0 },
        { feature: 'age', tensor: 'x', dtype: 'float32', shape: ['N', 2], kind: 'numeric', column: 1 },
      ]);
    });
  });

  it('records a regression model that names its output "prediction"', async () => {
    const model = customModel({
      inputs: [tensorValueInfo('age', DataType.FLOAT, ['N', 1])],
      outputs: [tensorValueInfo('prediction', DataType.FLOAT, ['N', 1])],
      initializers: [floatTensor('two', [], [2])],
      nodes: [makeNode('Mul', ['age', 'two'], ['prediction'])],
    });
    const rows = completeRows().map((row) => ({ ...row, churned: (row.age as number) * 2 + 0.5 }));
    const { result } = await runTrainer({ model, rows });
    expect(result.verdict.passed, JSON.stringify(result.verdict.checks)).toBe(true);
    const manifest = (await readModelPackage(temp.path('package'))).manifest;
    expect(manifest.task).toBe('regression');
    expect(manifest.outputs).toEqual({
      tensors: [{ name: 'prediction', dtype: 'float', shape: ['N', 1] }],
      prediction: 'prediction',
    });
  });
});
