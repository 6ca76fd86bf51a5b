import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { digestFiles } from '../../src/data/digest.js';
import { type ModelManifest, PROFILE_FILE, readModelPackage } from '../../src/model/package.js';
import { PARITY_TOLERANCE, type TrainRequest, type TrainResult, trainBuiltin } from '../../src/train/run.js';
import { scoreWithOrt } from '../model/helpers.js';
import { useTempDir } from '../temp-dir.js';
import {
  BINARY_COLUMNS,
  binaryRows,
  MULTICLASS_COLUMNS,
  multiclassRows,
  REGRESSION_COLUMNS,
  type Row,
  regressionRows,
  seeded,
  trainRequest,
  writeCsv,
} from './helpers.js';

const temp = useTempDir('mlops-train-test-');

afterEach(() => {
  vi.unstubAllEnvs();
});

function check(result: TrainResult, name: string) {
  const found = result.verdict.checks.find((entry) => entry.check === name);
  if (found === undefined) throw new Error(`no check ${name} in ${JSON.stringify(result.verdict.checks)}`);
  return found;
}

async function train(rows: Row[], columns: string[], label: string, overrides: Partial<TrainRequest> = {}) {
  const data = await writeCsv(temp.path('train.csv'), columns, rows);
  const { request, lines } = trainRequest({ data, label, output: temp.path('model'), ...overrides });
  const result = await trainBuiltin(request);
  return { result, lines, data, request };
}

describe('trainBuiltin: binary classification', () => {
  it.each(['cpu', 'wasm'] as const)(
    'trains on %s, proves the export and writes a package ONNX Runtime can serve',
    async (backend) => {
      const rows = binaryRows(300, 11);
      const { result, lines, data } = await train(rows, BINARY_COLUMNS, 'churned', { backend, epochs: 8 });

      expect(result.verdict.passed, JSON.stringify(result.verdict.checks)).toBe(true);
      expect(result.backend).toBe(backend);
      expect(result.usedGpu).toBe(false);
      expect(result.verdict.checks.map((entry) => entry.check)).toEqual([
        'train.rows',
        'train.overfit-sample',
        'train.finite',
        'train.converged',
        'train.onnx-parity',
      ]);
      const parity = check(result, 'train.onnx-parity');
      expect(parity.status).toBe('pass');
      expect(typeof parity.value).toBe('number');
      expect(parity.value as number).toBeLessThanOrEqual(PARITY_TOLERANCE);

      // What was written is a valid package (schema and digest checked by the reader).
      expect(result.package).toBeDefined();
      const pkg = await readModelPackage(temp.path('model'));
      const { manifest } = pkg;
      expect(manifest).toEqual(result.package?.manifest);
      expect(manifest.task).toBe('binary');
      expect(manifest.label).toBe('churned');
      expect(manifest.framework).toEqual({ name: 'tensorflow.js', version: expect.any(String), backend });
      expect(manifest.outputs).toMatchObject({ probabilities: 'probabilities', classes: ['0', '1'] });
      expect(manifest.inputs.map((input) => [input.feature, input.dtype, input.kind])).toEqual([
        ['age', 'float32', 'numeric'],
        ['charges', 'float32', 'numeric'],
        ['plan', 'string', 'categorical'],
      ]);
      expect(manifest.inputs[2]?.vocabulary).toEqual(['basic', 'premium', 'standard']);
      expect(existsSync(`${temp.path('model')}/${PROFILE_FILE}`)).toBe(true);

      // Loss curve: one point per epoch run, as logged.
      const epochLines = lines.filter((line) => /^epoch \d+\/8 {2}loss /.test(line));
      expect(manifest.training.lossCurve).toHaveLength(epochLines.length);
      expect(manifest.training.metrics.epochs).toBe(epochLines.length);
      expect(manifest.training.lossCurve.map((point) => point.epoch)).toEqual(
        Array.from({ length: epochLines.length }, (_, i) => i + 1),
      );
      expect(manifest.training.lossCurve.every((point) => point.validationLoss !== undefined)).toBe(true);
      expect(manifest.training.seed).toBe(7);
      expect(manifest.training.params).toMatchObject({ epochs: 8, learning_rate: 0.01, class_weight: 'none' });

      // The data digest is that of the file read, over its 300 labelled rows.
      expect(manifest.training.data).toEqual(await digestFiles([data], 300));
      expect(manifest.lineage.hardware).toMatchObject({ cores: os.cpus().length, gpus: [], usedGpu: false });
      expect(lines[0]).toMatch(new RegExp(`^backend: ${backend} `));

      // ONNX Runtime directly, on raw rows (with their missing values): probabilities that sum to 1 and rank well.
      const probabilities = await scoreWithOrt(pkg.onnxPath, manifest, rows);
      for (const [p0, p1] of probabilities as Array<[number, number]>) {
        expect(p1).toBeGreaterThanOrEqual(0);
        expect(p1).toBeLessThanOrEqual(1);
        expect(p0 + p1).toBeCloseTo(1, 6);
      }
      const correct = rows.filter((row, i) => ((probabilities[i]?.[1] as number) > 0.5 ? 1 : 0) === row.churned).length;
      expect(correct / rows.length).toBeGreaterThan(0.75);
    },
  );

  it('notes rows without a label and leaves them out', async () => {
    const rows = binaryRows(200, 3).map((row, i) => (i % 50 === 0 ? { ...row, churned: null } : row));
    const { result } = await train(rows, BINARY_COLUMNS, 'churned');
    expect(result.verdict.passed).toBe(true);
    expect(result.notes).toContain('4 training rows without a label were left out');
    expect(check(result, 'train.rows').value).toBe(196);
    expect(result.package?.manifest.training.data.rows).toBe(196);
  });

  it('logs params the built-in trainer does not know', async () => {
    const { result, lines } = await train(binaryRows(200, 3), BINARY_COLUMNS, 'churned', {
      params: { learning_rat: 0.1, n_estimators: 10 },
    });
    expect(result.verdict.passed).toBe(true);
    expect(lines).toContain('params not used by the built-in trainer: learning_rat, n_estimators');
  });

  it('records class_weight balanced and the validation data in the manifest', async () => {
    const validation = await writeCsv(temp.path('validation.csv'), BINARY_COLUMNS, binaryRows(80, 99));
    const { result } = await train(binaryRows(200, 5), BINARY_COLUMNS, 'churned', {
      validationData: validation,
      params: { class_weight: 'balanced' },
    });
    expect(result.verdict.passed, JSON.stringify(result.verdict.checks)).toBe(true);
    const manifest = result.package?.manifest as ModelManifest;
    expect(manifest.training.params.class_weight).toBe('balanced');
    expect(manifest.training.validationData).toEqual(await digestFiles([validation], 80));
    // All 200 rows train when validation data is given (no split).
    expect(check(result, 'train.rows').message).toBe('200 training rows, 80 validation rows');
    expect(manifest.training.metrics.validationLoss).toEqual(expect.any(Number));
  });
});

describe('trainBuiltin: multiclass and regression', () => {
  it('trains three classes; ONNX gives [N, 3] probabilities in class order', async () => {
    const rows = multiclassRows(240, 21);
    const { result } = await train(rows, MULTICLASS_COLUMNS, 'species', { backend: 'wasm', epochs: 8 });
    expect(result.verdict.passed, JSON.stringify(result.verdict.checks)).toBe(true);
    expect(check(result, 'train.onnx-parity').value as number).toBeLessThanOrEqual(PARITY_TOLERANCE);
    const pkg = await readModelPackage(temp.path('model'));
    expect(pkg.manifest.task).toBe('multiclass');
    expect(pkg.manifest.outputs.classes).toEqual(['setosa', 'versicolor', 'virginica']);
    const probabilities = await scoreWithOrt(pkg.onnxPath, pkg.manifest, rows);
    let correct = 0;
    rows.forEach((row, i) => {
      const p = probabilities[i] as number[];
      expect(p).toHaveLength(3);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      const best = p.indexOf(Math.max(...p));
      if (pkg.manifest.outputs.classes?.[best] === row.species) correct++;
    });
    expect(correct / rows.length).toBeGreaterThan(0.9);
  });

  it('trains a regression whose ONNX predictions are in the target units', async () => {
    const rows = regressionRows(300, 31);
    const { result } = await train(rows, REGRESSION_COLUMNS, 'y', {
      epochs: 10,
      params: { learning_rate: 0.05, batch_size: 16 },
    });
    expect(result.verdict.passed, JSON.stringify(result.verdict.checks)).toBe(true);
    const pkg = await readModelPackage(temp.path('model'));
    expect(pkg.manifest.task).toBe('regression');
    expect(pkg.manifest.outputs.prediction).toBe('prediction');
    expect(pkg.manifest.outputs.probabilities).toBeUndefined();
    expect(pkg.manifest.outputs.tensors).toEqual([{ name: 'prediction', dtype: 'float', shape: ['N', 1] }]);
    const predictions = (await scoreWithOrt(pkg.onnxPath, pkg.manifest, rows)).map((p) => p[0] as number);
    const targets = rows.map((row) => row.y as number);
    const mean = targets.reduce((a, b) => a + b, 0) / targets.length;
    const std = Math.sqrt(targets.reduce((a, b) => a + (b - mean) ** 2, 0) / targets.length);
    const mae = predictions.reduce((sum, p, i) => sum + Math.abs(p - (targets[i] as number)), 0) / targets.length;
    // Standardised predictions would sit near 0 with an error of about `mean`; real units are within a few %.
    expect(std).toBeGreaterThan(5);
    expect(mae).toBeLessThan(0.15 * std);
    expect(Math.abs(predictions.reduce((a, b) => a + b, 0) / predictions.length - mean)).toBeLessThan(0.1 * std);
  });
});

describe('trainBuiltin: reproducibility', () => {
  it('gives the same version and loss curve for the same seed, and a different version for another seed', async () => {
    const data = await writeCsv(temp.path('train.csv'), BINARY_COLUMNS, binaryRows(200, 8));
    const run = async (seed: number, output: string) => {
      const { request } = trainRequest({ data, label: 'churned', output: temp.path(output), seed, epochs: 5 });
      const result = await trainBuiltin(request);
      expect(result.verdict.passed).toBe(true);
      return result.package?.manifest as ModelManifest;
    };
    const first = await run(1, 'a');
    const second = await run(1, 'b');
    const other = await run(2, 'c');
    expect(second.version).toBe(first.version);
    expect(second.training.lossCurve).toEqual(first.training.lossCurve);
    expect(await readFile(temp.path('b/model.onnx'))).toEqual(await readFile(temp.path('a/model.onnx')));
    expect(other.version).not.toBe(first.version);
    expect(other.training.lossCurve).not.toEqual(first.training.lossCurve);
  });
});

describe('trainBuiltin: refusals', () => {
  const churn = { columns: BINARY_COLUMNS, label: 'churned' };
  const species = { columns: MULTICLASS_COLUMNS, label: 'species' };
  it.each([
    [
      'a single-class label',
      churn,
      () => binaryRows(100, 1).map((row) => ({ ...row, churned: 1 })),
      {},
      /the label "churned" has a single class \(1\)/,
    ],
    ['too few rows', churn, () => binaryRows(10, 1), {}, /has 10 labelled rows; .* at least 20 \(params\.min_rows\)/],
    ['fewer rows than min_rows', churn, () => binaryRows(60, 1), { min_rows: 61 }, /at least 61 \(params\.min_rows\)/],
    ['a binary task with three classes', species, () => multiclassRows(60, 1), { task: 'binary' }, /has 3 classes/],
    ['a bad param', churn, () => binaryRows(60, 1), { optimizer: 'lbfgs' }, /`optimizer`: must be one of/],
  ] as Array<[string, { columns: string[]; label: string }, () => Row[], Record<string, unknown>, RegExp]>)(
    'refuses %s with a ConfigurationError',
    async (_what, { columns, label }, rows, params, expected) => {
      const error = await train(rows(), columns, label, { params }).catch((thrown: unknown) => thrown as Error);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(expected);
      expect(existsSync(temp.path('model'))).toBe(false);
    },
  );

  it('refuses require-gpu where no GPU is visible', async () => {
    vi.stubEnv('CUDA_VISIBLE_DEVICES', '-1');
    const error = await train(binaryRows(100, 1), BINARY_COLUMNS, 'churned', { requireGpu: true }).catch(
      (thrown: unknown) => thrown as Error,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('require-gpu is true but no GPU is visible');
    expect(existsSync(temp.path('model'))).toBe(false);
  });
});

describe('trainBuiltin: failed checks write no package', () => {
  it('fails the overfit check on a label with no signal', async () => {
    // Constant features and coin-flip labels: nothing to learn beyond the base rate.
    const random = seeded(5);
    const rows: Row[] = Array.from({ length: 200 }, () => ({
      age: 40,
      charges: 55.5,
      plan: 'basic',
      churned: random() < 0.5 ? 1 : 0,
    }));
    const { result } = await train(rows, BINARY_COLUMNS, 'churned');
    expect(result.verdict.passed).toBe(false);
    const overfit = check(result, 'train.overfit-sample');
    expect(overfit.status).toBe('fail');
    expect(overfit.value as number).toBeLessThan(0.1);
    expect(overfit.message).toContain('could not fit 128 training rows');
    expect(result.package).toBeUndefined();
    expect(existsSync(temp.path('model'))).toBe(false);
    // Training stopped there: the full fit never ran.
    expect(result.verdict.checks.map((entry) => entry.check)).toEqual(['train.rows', 'train.overfit-sample']);
  });

  it.each([
    [
      'with the overfit check off, train.finite fails',
      { learning_rate: 10, optimizer: 'sgd', overfit_check_min_decrease: 0 },
      'train.finite',
      /^the (validation )?loss became \S+ in epoch 1: lower the learning rate/,
    ],
    [
      'with the overfit check on, it fails first',
      { learning_rate: 10, optimizer: 'sgd' },
      'train.overfit-sample',
      /loss [\d.]+ → NaN/,
    ],
  ])('a huge learning rate on a regression: %s', async (_what, params, failing, message) => {
    const { result, lines } = await train(regressionRows(200, 4), REGRESSION_COLUMNS, 'y', { params });
    expect(result.verdict.passed).toBe(false);
    if (failing === 'train.finite') expect(lines.at(-1)).toMatch(/^epoch 1\/8 .*(NaN|Infinity)/);
    const failed = check(result, failing);
    expect(failed.status).toBe('fail');
    expect(failed.message).toMatch(message);
    expect(result.verdict.checks.at(-1)?.check).toBe(failing);
    expect(result.package).toBeUndefined();
    expect(await readdir(temp.path(''))).toEqual(['train.csv']);
  });

  it('names the value that stopped being finite when it is the validation loss', async () => {
    const params = { learning_rate: 10, optimizer: 'sgd', overfit_check_min_decrease: 0 };
    const { result, lines } = await train(regressionRows(200, 4), REGRESSION_COLUMNS, 'y', { params });
    expect(lines.at(-1)).toMatch(/^epoch 1\/8 {2}loss \S+ {2}validation loss (NaN|Infinity)$/);
    expect(check(result, 'train.finite').message).toMatch(/validation loss became (NaN|Infinity) in epoch 1/);
  });
});
