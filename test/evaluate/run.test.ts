import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { classificationMetrics, regressionMetrics, scalarMetrics } from '../../src/evaluate/metrics.js';
import { type EvaluateRequest, evaluateModel, HEADLINE } from '../../src/evaluate/run.js';
import { writeModelPackage } from '../../src/model/package.js';
import { exportTabularModel } from '../../src/onnx/tabular.js';
import {
  binaryPackageParts,
  bindingsFor,
  manifestFor,
  REGRESSION_FEATURES,
  regressionSpec,
  scoreWithOrt,
} from '../model/helpers.js';
import { useTempDir } from '../temp-dir.js';
import { binaryRows, type Row, regressionRows, toCsv, toJsonl } from '../train/helpers.js';

const temp = useTempDir('mlops-evaluate-test-');
const COLUMNS = ['age', 'charges', 'plan', 'region', 'churned'];

/** 300 labelled rows (with missing feature values), 7 without a label, and a region with only 5 rows. */
function evaluationRows(): Row[] {
  const rows: Row[] = binaryRows(307, 17).map((row, i) => ({
    ...row,
    region: i % 61 === 3 ? 'tiny' : (['north', 'south', 'east'][i % 3] ?? 'north'),
  }));
  for (const i of [0, 40, 41, 150, 200, 250, 306]) (rows[i] as Row).churned = null;
  return rows;
}

async function binaryPackage(): Promise<string> {
  const directory = temp.path('model');
  await writeModelPackage(directory, binaryPackageParts());
  return directory;
}

async function writeData(rows: readonly Row[], name = 'eval.csv', columns = COLUMNS): Promise<string> {
  return temp.write(name, name.endsWith('.jsonl') ? toJsonl(columns, rows) : toCsv(columns, rows));
}

function request(model: string, data: string, overrides: Partial<EvaluateRequest> = {}): EvaluateRequest {
  return {
    model,
    features: [],
    data,
    slices: [],
    minSliceSize: 10,
    bootstrapSamples: 0,
    confidence: 0.95,
    seed: 1,
    batchSize: 64,
    format: 'auto',
    thresholds: {},
    predictionsPath: temp.path('out/predictions.csv'),
    log: () => {},
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('evaluateModel: a binary package', () => {
  it('computes the metrics of the ONNX Runtime outputs, and writes one prediction per labelled row', async () => {
    const rows = evaluationRows();
    const model = await binaryPackage();
    const data = await writeData(rows);
    const logged: string[] = [];
    const result = await evaluateModel(request(model, data, { log: (line) => logged.push(line) }));

    const labelled = rows.filter((row) => row.churned !== null);
    const probabilities = await scoreWithOrt(`${model}/model.onnx`, binaryPackageParts().manifest, labelled);
    const expected = classificationMetrics({
      labels: Int32Array.from(labelled, (row) => row.churned as number),
      probabilities: Float32Array.from(probabilities.flat()),
      classes: ['0', '1'],
    });
    expect(result.metrics).toEqual(expected);
    expect(result.rows).toBe(300);
    expect(result.rowsWithoutLabel).toBe(7);
    expect(result.label).toBe('churned');
    expect(result.classes).toEqual(['0', '1']);
    expect(result.model).toEqual({ name: 'hand-made', version: binaryPackageParts().manifest.version, task: 'binary' });
    expect(result.headline).toEqual({
      metric: 'rocAuc',
      value: scalarMetrics(expected).rocAuc?.value,
      higherIsBetter: true,
    });
    // The hand-weighted model follows the generator's logit, so it ranks well: a sanity check of the feeds.
    expect(result.headline.value as number).toBeGreaterThan(0.8);
    expect(result.intervals).toEqual({});
    expect(result.verdict).toMatchObject({ kind: 'evaluate', passed: true, checks: [] });
    expect(logged).toEqual([expect.stringMatching(/^scored 300 rows in /)]);

    const text = await readFile(temp.path('out/predictions.csv'), 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('row,file,line,label,prediction,p_0,p_1');
    expect(lines).toHaveLength(301);
    const sourceLines = rows.flatMap((row, i) => (row.churned === null ? [] : [i + 2]));
    lines.slice(1).forEach((line, i) => {
      const [row, file, sourceLine, label, prediction, p0, p1] = line.split(',');
      const p = probabilities[i] as [number, number];
      expect([Number(row), file, Number(sourceLine), label]).toEqual([
        i,
        data,
        sourceLines[i],
        String(labelled[i]?.churned),
      ]);
      expect(Number(p0)).toBe(p[0]);
      expect(Number(p1)).toBe(p[1]);
      expect(prediction).toBe(p[1] > p[0] ? '1' : '0');
    });
  });

  it('gives identical metrics and predictions for batch sizes 1 and 1000', async () => {
    const model = await binaryPackage();
    const data = await writeData(evaluationRows());
    const one = await evaluateModel(request(model, data, { batchSize: 1, predictionsPath: temp.path('p1.csv') }));
    const many = await evaluateModel(request(model, data, { batchSize: 1000, predictionsPath: temp.path('p2.csv') }));
    expect(one.metrics).toEqual(many.metrics);
    expect(one.rowsWithoutLabel).toBe(many.rowsWithoutLabel);
    expect(await readFile(temp.path('p1.csv'), 'utf8')).toBe(await readFile(temp.path('p2.csv'), 'utf8'));
  });

  it('reads JSON Lines the same as CSV', async () => {
    const rows = evaluationRows();
    const model = await binaryPackage();
    const csv = await evaluateModel(request(model, await writeData(rows)));
    const jsonl = await evaluateModel(
      request(model, await writeData(rows, 'eval.jsonl'), { predictionsPath: temp.path('p.csv') }),
    );
    expect(jsonl.metrics).toEqual(csv.metrics);
    expect([jsonl.rows, jsonl.rowsWithoutLabel]).toEqual([300, 7]);
  });

  it('gives bootstrap intervals of the headline metrics, the same for the same seed', async () => {
    const model = await binaryPackage();
    const data = await writeData(evaluationRows());
    const run = (seed: number) => evaluateModel(request(model, data, { bootstrapSamples: 200, seed }));
    const first = await run(3);
    const again = await run(3);
    const other = await run(4);
    expect(Object.keys(first.intervals)).toEqual(HEADLINE.binary.map((entry) => entry.metric));
    for (const [metric, interval] of Object.entries(first.intervals)) {
      if (interval.low === null) throw new Error(`${metric}: no interval (${interval.reason})`);
      expect(interval).toMatchObject({ samples: 200, confidence: 0.95, method: 'percentile' });
      expect(interval.low).toBeLessThan(interval.high);
      const point = scalarMetrics(first.metrics)[metric]?.value as number;
      expect(point).toBeGreaterThan(interval.low - 0.05);
      expect(point).toBeLessThan(interval.high + 0.05);
    }
    expect(again.intervals).toEqual(first.intervals);
    expect(other.intervals).not.toEqual(first.intervals);
  });

  it('ranks slices worst first and skips those below the minimum size', async () => {
    const rows = evaluationRows();
    const model = await binaryPackage();
    const result = await evaluateModel(
      request(model, await writeData(rows), { slices: [{ feature: 'region' }], minSliceSize: 10 }),
    );
    const labelled = rows.filter((row) => row.churned !== null);
    expect(result.slices.skipped.map((entry) => [entry.slice.key, entry.slice.size])).toEqual([['region=tiny', 5]]);
    expect(result.slices.skipped[0]?.reason).toBe('5 rows, fewer than the minimum slice size 10');
    const ranked = result.slices.ranked;
    expect(ranked.map((entry) => entry.slice.key).sort()).toEqual(['region=east', 'region=north', 'region=south']);
    expect(ranked.map((entry) => entry.rank)).toEqual([1, 2, 3]);
    for (let i = 1; i < ranked.length; i++) {
      expect((ranked[i]?.value as number) >= (ranked[i - 1]?.value as number)).toBe(true);
    }
    // Each slice's metric is the metric of its rows.
    const probabilities = await scoreWithOrt(`${model}/model.onnx`, binaryPackageParts().manifest, labelled);
    for (const entry of ranked) {
      const region = entry.slice.key.slice('region='.length);
      const indices = Int32Array.from(labelled.flatMap((row, i) => (row.region === region ? [i] : [])));
      const expected = classificationMetrics({
        labels: Int32Array.from(labelled, (row) => row.churned as number),
        probabilities: Float32Array.from(probabilities.flat()),
        classes: ['0', '1'],
        indices,
      });
      expect(entry.slice.size).toBe(indices.length);
      expect(entry.value).toBe(expected.rocAuc.value);
    }
  });

  it.each([
    [{ accuracy: { min: 0.5 } }, true, 'pass', /^accuracy = 0\.\d{4} meets ≥ 0\.5$/],
    [{ rocAuc: { min: 0.5, max: 1 } }, true, 'pass', /^rocAuc = 0\.\d{4} meets ≥ 0\.5 and ≤ 1$/],
    [{ accuracy: { min: 0.999 } }, false, 'fail', /^accuracy = 0\.\d{4} misses ≥ 0\.999$/],
    [{ logLoss: { max: 0.01 } }, false, 'fail', /^logLoss = 0\.\d{4} misses ≤ 0\.01$/],
  ] as const)('thresholds %j: passed %s', async (thresholds, passed, status, message) => {
    const model = await binaryPackage();
    const result = await evaluateModel(request(model, await writeData(evaluationRows()), { thresholds }));
    expect(result.verdict.passed).toBe(passed);
    const [metric] = Object.keys(thresholds);
    expect(result.verdict.checks).toHaveLength(1);
    expect(result.verdict.checks[0]).toMatchObject({ check: `metric.${metric}`, status });
    expect(result.verdict.checks[0]?.message).toMatch(message);
    expect(result.verdict.checks[0]?.value).toBe(scalarMetrics(result.metrics)[metric as string]?.value);
  });

  it.each([
    [{ acuracy: { min: 0.5 } }, /names "acuracy", which is not a binary metric; use one of: accuracy, .*rocAuc/],
    [{ accuracy: {} }, /evaluate\.thresholds\.accuracy sets neither min nor max/],
  ])('thresholds %j are a ConfigurationError', async (thresholds, expected) => {
    const model = await binaryPackage();
    const error = await rejection(evaluateModel(request(model, await writeData(evaluationRows()), { thresholds })));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(expected);
  });

  it('names the file and line of a label that is not one of the classes', async () => {
    const rows = evaluationRows();
    (rows[120] as Row).churned = 'maybe';
    const data = await writeData(rows);
    const error = await rejection(evaluateModel(request(await binaryPackage(), data, { batchSize: 50 })));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain(`${data} line 122: label "maybe" is not one of the model's classes (0, 1)`);
  });

  it('names a feature column the data lacks', async () => {
    const data = await writeData(evaluationRows(), 'eval.csv', ['age', 'charges', 'region', 'churned']);
    const error = await rejection(evaluateModel(request(await binaryPackage(), data)));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain(`${data} has no column "plan"`);
  });

  it('says to set the label when neither the request nor the model names one', async () => {
    const { onnx, manifest } = binaryPackageParts();
    const { label: _label, ...unlabelled } = manifest;
    await writeModelPackage(temp.path('model'), { onnx, manifest: unlabelled });
    const error = await rejection(evaluateModel(request(temp.path('model'), await writeData(evaluationRows()))));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('set `label`');
  });
});

describe('evaluateModel: a bare .onnx', () => {
  it('scores a bare model whose inputs `features` names, as its package would', async () => {
    const data = await writeData(evaluationRows());
    const packaged = await evaluateModel(request(await binaryPackage(), data));
    const bare = await temp.write('churn.onnx', binaryPackageParts().onnx);
    const result = await evaluateModel(
      request(bare, data, { features: ['age', 'charges', 'plan'], label: 'churned', predictionsPath: temp.path('p') }),
    );
    expect(result.model).toMatchObject({ name: 'churn', task: 'binary', version: packaged.model.version });
    expect(result.metrics).toEqual(packaged.metrics);
  });

  it('refuses `features` the model does not take', async () => {
    const bare = await temp.write('churn.onnx', binaryPackageParts().onnx);
    const error = await rejection(
      evaluateModel(
        request(bare, await writeData(evaluationRows()), { features: ['age', 'tenure'], label: 'churned' }),
      ),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('`features` names tenure, which it does not take');
  });
});

describe('evaluateModel: a regression package', () => {
  it('computes regression metrics of the ONNX Runtime predictions', async () => {
    const onnx = exportTabularModel(regressionSpec());
    const manifest = manifestFor(onnx, { task: 'regression', inputs: bindingsFor(REGRESSION_FEATURES), label: 'y' });
    await writeModelPackage(temp.path('model'), { onnx, manifest });
    const rows = regressionRows(250, 9, 1);
    const data = await temp.write('eval.csv', toCsv(['a', 'b', 'y'], rows));
    const result = await evaluateModel(request(temp.path('model'), data, { thresholds: { rmse: { max: 100 } } }));

    const predictions = (await scoreWithOrt(`${temp.path('model')}/model.onnx`, manifest, rows)).map(
      (p) => p[0] as number,
    );
    const expected = regressionMetrics({
      targets: Float64Array.from(rows, (row) => row.y as number),
      predictions: Float64Array.from(predictions),
    });
    expect(result.metrics).toEqual(expected);
    expect(result.classes).toEqual([]);
    expect(result.headline).toEqual({ metric: 'rmse', value: expected.rmse.value, higherIsBetter: false });
    expect(result.verdict.passed).toBe(true);
    expect(expected.rmse.value as number).toBeGreaterThan(0.5);

    const lines = (await readFile(temp.path('out/predictions.csv'), 'utf8')).trimEnd().split('\n');
    expect(lines[0]).toBe('row,file,line,label,prediction');
    expect(lines).toHaveLength(251);
    expect(Number(lines[1]?.split(',')[4])).toBe(predictions[0]);
  });

  it('refuses a label that is not a number', async () => {
    const onnx = exportTabularModel(regressionSpec());
    const manifest = manifestFor(onnx, { task: 'regression', inputs: bindingsFor(REGRESSION_FEATURES), label: 'y' });
    await writeModelPackage(temp.path('model'), { onnx, manifest });
    const rows = regressionRows(20, 9);
    (rows[4] as Row).y = 'high';
    const data = await temp.write('eval.csv', toCsv(['a', 'b', 'y'], rows));
    const error = await rejection(evaluateModel(request(temp.path('model'), data)));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain(`${data} line 6: label "high" must be a finite number`);
  });
});
