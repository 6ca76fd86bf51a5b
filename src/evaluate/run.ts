import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ConfigurationError } from '../core/errors.js';
import type { Check, Verdict } from '../core/verdict.js';
import { type Cell, readBatches } from '../data/table.js';
import type { DataFormat } from '../data/types.js';
import { buildFeeds, cellNumber, cellText } from '../model/features.js';
import {
  type InputBinding,
  type ModelManifest,
  type OutputBinding,
  readModelPackage,
  readOnnxBytes,
  type Task,
  versionOf,
} from '../model/package.js';
import { createSession, runBatch } from '../model/runtime.js';
import { bindInputs } from '../model/signature.js';
import { inspectOnnx } from '../onnx/inspect.js';
import { type BootstrapResult, bootstrapInterval } from './bootstrap.js';
import {
  type ClassificationMetrics,
  classificationMetrics,
  type MetricValue,
  type RegressionMetrics,
  regressionMetrics,
  scalarMetrics,
} from './metrics.js';
import { assignSlices, rankSlices, SliceConfigError, type SliceRanking, type SliceSpec } from './slices.js';

export interface MetricBounds {
  min?: number;
  max?: number;
}

export interface EvaluateRequest {
  model: string;
  /** Feature columns in input order, for a bare .onnx model. */
  features: string[];
  data: string;
  label?: string;
  slices: SliceSpec[];
  minSliceSize: number;
  bootstrapSamples: number;
  confidence: number;
  seed: number;
  batchSize: number;
  delimiter?: string;
  format: DataFormat | 'auto';
  thresholds: Record<string, MetricBounds>;
  predictionsPath: string;
  log: (line: string) => void;
  /** Rows scored so far (the total is unknown while streaming). */
  progress?: (done: number, total: number | undefined) => void;
}

export interface ModelUnderTest {
  name: string;
  version: string;
  task: Task;
  label?: string;
  inputs: InputBinding[];
  outputs: OutputBinding;
  onnxPath: string;
  manifest?: ModelManifest;
}

export interface SliceResult {
  key: string;
  size: number;
  metrics: Record<string, MetricValue>;
}

export interface EvaluateResult {
  model: { name: string; version: string; task: Task };
  label: string;
  rows: number;
  rowsWithoutLabel: number;
  classes: string[];
  metrics: ClassificationMetrics | RegressionMetrics;
  headline: { metric: string; value: number | null; higherIsBetter: boolean };
  intervals: Record<string, BootstrapResult>;
  slices: SliceRanking<SliceResult>;
  verdict: Verdict;
  predictionsPath: string;
  /**
   * `seconds` is the whole read-score-write loop; `scoringSeconds` the part between parsed rows and collected
   * outputs (feeds, inference, labels), which the benchmark compares with raw ONNX Runtime; `inferenceSeconds`
   * the runtime call alone.
   */
  scoring: { seconds: number; rowsPerSecond: number; scoringSeconds: number; inferenceSeconds: number };
}

/** Headline metrics get bootstrap intervals; the first one is the action's `headline-metric`. */
export const HEADLINE: Record<Task, Array<{ metric: string; higherIsBetter: boolean }>> = {
  binary: [
    { metric: 'rocAuc', higherIsBetter: true },
    { metric: 'accuracy', higherIsBetter: true },
    { metric: 'prAuc', higherIsBetter: true },
    { metric: 'logLoss', higherIsBetter: false },
    { metric: 'macroF1', higherIsBetter: true },
  ],
  multiclass: [
    { metric: 'accuracy', higherIsBetter: true },
    { metric: 'macroF1', higherIsBetter: true },
    { metric: 'rocAuc', higherIsBetter: true },
    { metric: 'logLoss', higherIsBetter: false },
  ],
  regression: [
    { metric: 'rmse', higherIsBetter: false },
    { metric: 'mae', higherIsBetter: false },
    { metric: 'r2', higherIsBetter: true },
  ],
};

/** A package directory, or a bare .onnx file whose inputs are named by `features`. */
export async function loadModelUnderTest(model: string, features: string[], taskHint?: Task): Promise<ModelUnderTest> {
  if (!model.toLowerCase().endsWith('.onnx')) {
    const pkg = await readModelPackage(model);
    const { manifest } = pkg;
    return {
      name: manifest.name,
      version: manifest.version,
      task: manifest.task,
      ...(manifest.label === undefined ? {} : { label: manifest.label }),
      inputs: manifest.inputs,
      outputs: manifest.outputs,
      onnxPath: pkg.onnxPath,
      manifest,
    };
  }
  const bytes = await readOnnxBytes(model);
  const info = inspectOnnx(bytes);
  const inputs = bindInputs(info, features, new Set());
  const named = new Set(info.inputs.map((input) => input.name));
  if (features.length > 0 && inputs.every((binding) => binding.column === undefined)) {
    const unknown = features.filter((feature) => !named.has(feature));
    if (unknown.length > 0) {
      throw new ConfigurationError(
        `model: ${model} has inputs ${[...named].join(', ')}; \`features\` names ${unknown.join(', ')}, which it does not take`,
      );
    }
  }
  const probabilities = info.outputs.find(
    (output) =>
      output.name === 'probabilities' ||
      (output.shape?.length === 2 && output.shape[1] !== 1 && output.elemType === 'float'),
  );
  const prediction = info.outputs.find((output) => output.elemType === 'float' || output.elemType === 'double');
  const width = probabilities?.shape?.[1];
  const task: Task =
    taskHint ??
    (probabilities === undefined ? 'regression' : typeof width === 'number' && width > 2 ? 'multiclass' : 'binary');
  const outputs: OutputBinding =
    task === 'regression'
      ? { tensors: [], ...(prediction === undefined ? {} : { prediction: prediction.name }) }
      : { tensors: [], ...(probabilities === undefined ? {} : { probabilities: probabilities.name }) };
  return { name: path.basename(model, '.onnx'), version: versionOf(bytes), task, inputs, outputs, onnxPath: model };
}

/** Growable typed storage, so a million rows cost a few typed arrays rather than a million objects. */
class FloatColumn {
  data: Float32Array;
  length = 0;
  constructor(capacity = 4096) {
    this.data = new Float32Array(capacity);
  }
  push(values: Float32Array | Float64Array): void {
    if (this.length + values.length > this.data.length) {
      const grown = new Float32Array(Math.max(this.data.length * 2, this.length + values.length));
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    this.data.set(values, this.length);
    this.length += values.length;
  }
  view(): Float32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Scores the data with ONNX Runtime in batches, then computes metrics, intervals and slices. */
export async function evaluateModel(request: EvaluateRequest): Promise<EvaluateResult> {
  const model = await loadModelUnderTest(request.model, request.features);
  const label = request.label ?? model.label;
  if (label === undefined) {
    throw new ConfigurationError('evaluate: set `label` (the column with the true values); the model records none');
  }
  const sliceFeatures = [...new Set(request.slices.flatMap(sliceColumns))];
  const modelColumns = [...new Set(model.inputs.map((binding) => binding.feature))];
  const wanted = [...new Set([...modelColumns, label, ...sliceFeatures])];
  const classification = model.task !== 'regression';
  const classes = model.outputs.classes ?? [];
  const classIndex = new Map(classes.map((name, at) => [name, at]));
  const session = await createSession(model.onnxPath, `model ${request.model}`);

  await mkdir(path.dirname(path.resolve(request.predictionsPath)), { recursive: true });
  const predictions = createWriteStream(request.predictionsPath);
  const write = (text: string) =>
    predictions.write(text) ? undefined : new Promise<void>((resolve) => predictions.once('drain', () => resolve()));

  const probabilities = new FloatColumn();
  const scores = new FloatColumn();
  const truth: number[] = [];
  const sliceValues = new Map<string, Cell[]>(sliceFeatures.map((name) => [name, []]));
  let classCount = classes.length;
  let rowsWithoutLabel = 0;
  let inferenceSeconds = 0;
  let scoringSeconds = 0;
  let rowNumber = 0;
  const started = performance.now();
  let headerWritten = false;

  try {
    await readBatches(
      request.data,
      'data',
      wanted,
      {
        format: request.format,
        batchSize: request.batchSize,
        numeric: new Set(
          model.inputs.filter((binding) => binding.dtype !== 'string').map((binding) => binding.feature),
        ),
        ...(request.delimiter === undefined ? {} : { delimiter: request.delimiter }),
      },
      async (batch) => {
        const labels = batch.columns.get(label) as Cell[];
        const keep: number[] = [];
        labels.forEach((value, row) => {
          if (value === null || (typeof value === 'number' && Number.isNaN(value))) rowsWithoutLabel++;
          else keep.push(row);
        });
        if (keep.length === 0) return;
        const scoringStart = performance.now();
        // Rows without a label are dropped; the usual batch has none, and is used as it is.
        const columns =
          keep.length === batch.size
            ? batch.columns
            : new Map([...batch.columns].map(([name, values]) => [name, keep.map((row) => values[row] ?? null)]));
        const describe = (row: number) => `${batch.files[keep[row] ?? 0]} line ${batch.lines[keep[row] ?? 0]}`;
        const feeds = buildFeeds(model.inputs, columns, keep.length, describe);
        const inferenceStart = performance.now();
        const outputs = await runBatch(session, feeds, model.outputs, keep.length);
        inferenceSeconds += (performance.now() - inferenceStart) / 1000;
        const batchLabels = columns.get(label) as Cell[];
        if (classification) {
          if (outputs.probabilities === undefined)
            throw new ConfigurationError('the model gave no probabilities for a classification task');
          if (classCount === 0) classCount = outputs.classes ?? 2;
          if (outputs.classes !== classCount) {
            throw new ConfigurationError(
              `the model gives ${outputs.classes} probability columns but records ${classCount} classes`,
            );
          }
          probabilities.push(outputs.probabilities);
          batchLabels.forEach((value, row) => {
            const text = cellText(value);
            const at = classIndex.get(text) ?? (classes.length === 0 ? Number(text) : undefined);
            if (at === undefined || !Number.isInteger(at) || at < 0 || at >= classCount) {
              throw new ConfigurationError(
                `${describe(row)}: label "${text}" is not one of the model's classes (${classes.slice(0, 10).join(', ')}); evaluate on data with the same label values as training`,
              );
            }
            truth.push(at);
          });
        } else {
          if (outputs.prediction === undefined)
            throw new ConfigurationError('the model gave no prediction for a regression task');
          scores.push(outputs.prediction);
          batchLabels.forEach((value, row) => {
            const number = cellNumber(value);
            if (number === undefined || !Number.isFinite(number)) {
              throw new ConfigurationError(
                `${describe(row)}: label "${cellText(value)}" must be a finite number for a regression model`,
              );
            }
            truth.push(number);
          });
        }
        for (const name of sliceFeatures) {
          const target = sliceValues.get(name) as Cell[];
          for (const value of columns.get(name) as Cell[]) target.push(value);
        }
        if (!headerWritten) {
          headerWritten = true;
          const classColumns = classification
            ? Array.from({ length: classCount }, (_, c) => csvField(`p_${classes[c] ?? String(c)}`))
            : [];
          await write(`${['row', 'file', 'line', 'label', 'prediction', ...classColumns].join(',')}\n`);
        }
        scoringSeconds += (performance.now() - scoringStart) / 1000;
        await write(
          predictionLines(keep, batch.files, batch.lines, batchLabels, outputs, classes, classCount, rowNumber),
        );
        rowNumber += keep.length;
        request.progress?.(rowNumber, undefined);
      },
    );
  } finally {
    await new Promise<void>((resolve) => predictions.end(() => resolve()));
    await session.release().catch(() => undefined);
  }
  const seconds = (performance.now() - started) / 1000;
  const n = truth.length;
  if (n === 0) throw new ConfigurationError(`evaluate: ${request.data} has no rows with a label "${label}"`);
  request.log(`scored ${n} rows in ${seconds.toFixed(2)} s (${Math.round(n / Math.max(seconds, 1e-9))} rows/s)`);

  const classNames = classes.length > 0 ? classes : Array.from({ length: classCount }, (_, c) => String(c));
  const labelsArray = Int32Array.from(truth);
  const targets = Float64Array.from(truth);
  const predicted = Float64Array.from(scores.view());
  const probabilityView = probabilities.view();
  const metricsFor = (indices?: Int32Array): ClassificationMetrics | RegressionMetrics =>
    classification
      ? classificationMetrics({
          labels: labelsArray,
          probabilities: probabilityView,
          classes: classNames,
          ...(indices === undefined ? {} : { indices }),
        })
      : regressionMetrics({ targets, predictions: predicted, ...(indices === undefined ? {} : { indices }) });
  const metrics = metricsFor();
  const overall = scalarMetrics(metrics);

  const headlines = HEADLINE[model.task];
  const intervals: Record<string, BootstrapResult> = {};
  if (request.bootstrapSamples > 0) {
    for (const { metric } of headlines) {
      intervals[metric] = bootstrapInterval(n, (indices) => scalarMetrics(metricsFor(indices))[metric]?.value ?? null, {
        samples: request.bootstrapSamples,
        seed: request.seed,
        confidence: request.confidence,
      });
    }
  }

  const first = headlines[0] as { metric: string; higherIsBetter: boolean };
  let slices: SliceRanking<SliceResult> = { ranked: [], skipped: [] };
  if (request.slices.length > 0) {
    try {
      const assigned = assignSlices(request.slices, (name) => sliceValues.get(name), n, {
        knownColumns: sliceFeatures,
      });
      const results = assigned.map((slice) => ({
        key: slice.key,
        size: slice.indices.length,
        metrics: scalarMetrics(metricsFor(slice.indices)),
      }));
      slices = rankSlices(results, {
        metric: first.metric,
        higherIsBetter: first.higherIsBetter,
        minSize: request.minSliceSize,
      });
    } catch (error) {
      if (error instanceof SliceConfigError) throw new ConfigurationError(`evaluate: slices: ${error.message}`);
      throw error;
    }
  }

  const checks = thresholdChecks(request.thresholds, overall, model.task);
  const verdict: Verdict = {
    kind: 'evaluate',
    passed: checks.every((check) => check.status !== 'fail'),
    checks,
    createdAt: new Date().toISOString(),
  };
  return {
    model: { name: model.name, version: model.version, task: model.task },
    label,
    rows: n,
    rowsWithoutLabel,
    classes: classNames,
    metrics,
    headline: {
      metric: first.metric,
      value: overall[first.metric]?.value ?? null,
      higherIsBetter: first.higherIsBetter,
    },
    intervals,
    slices,
    verdict,
    predictionsPath: request.predictionsPath,
    scoring: { seconds, rowsPerSecond: n / Math.max(seconds, 1e-9), scoringSeconds, inferenceSeconds },
  };
}

function sliceColumns(spec: SliceSpec): string[] {
  if ('cross' in spec) return spec.cross.map((part) => (typeof part === 'string' ? part : part.feature));
  return [spec.feature];
}

/** Metric gates from the configuration; an unknown metric name is a configuration error, not a silent pass. */
export function thresholdChecks(
  thresholds: Record<string, MetricBounds>,
  metrics: Record<string, MetricValue>,
  task: Task,
): Check[] {
  const checks: Check[] = [];
  for (const [metric, bounds] of Object.entries(thresholds)) {
    const measured = metrics[metric];
    if (measured === undefined) {
      throw new ConfigurationError(
        `evaluate.thresholds names "${metric}", which is not a ${task} metric; use one of: ${Object.keys(metrics).join(', ')}`,
      );
    }
    if (bounds.min === undefined && bounds.max === undefined) {
      throw new ConfigurationError(`evaluate.thresholds.${metric} sets neither min nor max`);
    }
    const limit = [bounds.min === undefined ? '' : `≥ ${bounds.min}`, bounds.max === undefined ? '' : `≤ ${bounds.max}`]
      .filter(Boolean)
      .join(' and ');
    if (measured.value === null) {
      checks.push({
        check: `metric.${metric}`,
        status: 'fail',
        value: null,
        threshold: limit,
        message: `${metric} is undefined (${measured.undefinedReason}), so it cannot meet ${limit}`,
      });
      continue;
    }
    const ok =
      (bounds.min === undefined || measured.value >= bounds.min) &&
      (bounds.max === undefined || measured.value <= bounds.max);
    checks.push({
      check: `metric.${metric}`,
      status: ok ? 'pass' : 'fail',
      value: measured.value,
      threshold: limit,
      message: `${metric} = ${measured.value.toFixed(4)} ${ok ? 'meets' : 'misses'} ${limit}`,
    });
  }
  return checks;
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function predictionLines(
  keep: number[],
  files: string[],
  lines: number[],
  labels: Cell[],
  outputs: { probabilities?: Float32Array; prediction?: Float64Array },
  classes: string[],
  classCount: number,
  firstRow: number,
): string {
  let text = '';
  keep.forEach((source, row) => {
    const prefix = `${firstRow + row},${csvField(files[source] ?? '')},${lines[source]},${csvField(cellText(labels[row] ?? null))}`;
    if (outputs.probabilities !== undefined) {
      let best = 0;
      const values: string[] = [];
      for (let c = 0; c < classCount; c++) {
        const p = outputs.probabilities[row * classCount + c] as number;
        if (p > (outputs.probabilities[row * classCount + best] as number)) best = c;
        values.push(String(p));
      }
      text += `${prefix},${csvField(classes[best] ?? String(best))},${values.join(',')}\n`;
    } else {
      text += `${prefix},${outputs.prediction?.[row]}\n`;
    }
  });
  return text;
}
