import { performance } from 'node:perf_hooks';
import { ConfigurationError } from '../core/errors.js';
import { mulberry32, permutation } from '../core/random.js';
import type { Check, Verdict } from '../core/verdict.js';
import { type DataDigest, digestFiles } from '../data/digest.js';
import { type Cell, readColumnNames, readColumns } from '../data/table.js';
import type { DataFormat } from '../data/types.js';
import {
  buildFeeds,
  cellNumber,
  cellText,
  encodeRows,
  type FeatureKind,
  type FeaturePlan,
  fitFeaturePlan,
  inferKind,
  planWidth,
} from '../model/features.js';
import {
  type InputBinding,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  type ModelManifest,
  type ModelPackage,
  onnxRecord,
  PROFILE_FILE,
  type Task,
  versionOf,
  writeModelPackage,
} from '../model/package.js';
import { createSession, runBatch } from '../model/runtime.js';
import { tensorInfo } from '../model/signature.js';
import { inspectOnnx } from '../onnx/inspect.js';
import { exportTabularModel } from '../onnx/tabular.js';
import { profileData } from '../validate/run.js';
import { loadSchema } from '../validate/schema.js';
import { type BackendRequest, type LoadedBackend, selectBackend } from './backend.js';
import { collectLineage, detectGpus } from './hardware.js';
import { DenseNetwork, type DenseWeights, evaluateLoss, fitNetwork, predict, type TrainingSet } from './network.js';
import { type BuiltinParams, builtinParams, recordedParams } from './params.js';

export interface TrainRequest {
  data: string;
  validationData?: string;
  label: string;
  output: string;
  name: string;
  seed: number;
  epochs?: number;
  params: Record<string, unknown>;
  backend: BackendRequest;
  requireGpu: boolean;
  timeoutMinutes: number;
  delimiter?: string;
  format: DataFormat | 'auto';
  /** A data schema whose feature types decide numeric vs categorical; else types are read from the data. */
  schema?: string;
  features: string[];
  exclude: string[];
  log: (line: string) => void;
  /** Epochs done of the planned number. */
  progress?: (done: number, total: number) => void;
}

export interface TrainResult {
  verdict: Verdict;
  package?: ModelPackage;
  backend: string;
  usedGpu: boolean;
  finalLoss?: number;
  notes: string[];
}

/** The largest difference allowed between TF.js and ONNX Runtime on the same rows. */
export const PARITY_TOLERANCE = 1e-5;
const PARITY_SAMPLE = 256;
const OVERFIT_SAMPLE = 128;
const OVERFIT_STEPS = 150;

interface PreparedData {
  plan: FeaturePlan[];
  task: Task;
  classes: string[];
  train: TrainingSet;
  validation?: TrainingSet;
  trainColumns: Map<string, Cell[]>;
  trainRows: number;
  trainDigest: DataDigest;
  validationDigest?: DataDigest;
  targetMean: number;
  targetStd: number;
  notes: string[];
}

/** Trains the built-in TF.js model, exports it to ONNX, proves the export, and writes the package. */
export async function trainBuiltin(request: TrainRequest): Promise<TrainResult> {
  const started = performance.now();
  const { params, unknown } = builtinParams(request.params, request.epochs);
  const gpus = await detectGpus();
  if (request.requireGpu && gpus.length === 0) {
    throw new ConfigurationError(
      'require-gpu is true but no GPU is visible (nvidia-smi found none, or CUDA_VISIBLE_DEVICES hides them): run this job on a GPU runner (runs-on labels) or set require-gpu to false',
    );
  }
  const backend = await selectBackend(request.backend);
  const usedGpu = backend.gpuBuild && gpus.length > 0;
  if (request.requireGpu && !usedGpu) {
    throw new ConfigurationError(
      `require-gpu is true and a GPU is visible (${gpus[0]?.name}), but the built-in trainer has no GPU backend: install @tensorflow/tfjs-node-gpu on the runner, or train with your own \`command\``,
    );
  }
  request.log(
    `backend: ${backend.name} (${backend.package} ${backend.version})${usedGpu ? ` on ${gpus[0]?.name}` : ''}`,
  );
  for (const reason of backend.skipped) request.log(`  not used: ${reason}`);
  if (unknown.length > 0) request.log(`params not used by the built-in trainer: ${unknown.join(', ')}`);

  const data = await prepareData(request, params);
  const { tf } = backend;
  const checks: Check[] = [
    {
      check: 'train.rows',
      status: 'pass',
      value: data.trainRows,
      threshold: params.minRows,
      message: `${data.train.rows} training rows${data.validation ? `, ${data.validation.rows} validation rows` : ''}`,
    },
  ];
  const outputUnits = data.task === 'multiclass' ? data.classes.length : 1;

  const overfit = overfitCheck(backend, data, params, request.seed, outputUnits);
  checks.push(overfit);
  if (overfit.status === 'fail') return failed(checks, backend, usedGpu, data.notes);

  const network = new DenseNetwork(tf, data.train.width, outputUnits, params, data.task, request.seed);
  const deadline = started + request.timeoutMinutes * 60_000;
  let timedOut = false;
  const fit = fitNetwork(tf, network, data.train, data.validation, params, request.seed, (record) => {
    request.log(
      `epoch ${record.epoch}/${params.epochs}  loss ${record.loss.toFixed(5)}${record.validationLoss === undefined ? '' : `  validation loss ${record.validationLoss.toFixed(5)}`}`,
    );
    request.progress?.(record.epoch, params.epochs);
    if (performance.now() > deadline) timedOut = true;
  });
  request.progress?.(params.epochs, params.epochs);
  const trainLoss = evaluateLoss(tf, network, data.train);
  network.dispose();
  if (timedOut) {
    throw new ConfigurationError(
      `training ran past timeout-minutes (${request.timeoutMinutes}); raise it or lower epochs`,
    );
  }
  checks.push(finiteCheck(fit.nonFinite));
  if (fit.nonFinite !== undefined) return failed(checks, backend, usedGpu, data.notes);
  checks.push(convergenceCheck(fit.curve));
  if (checks.some((check) => check.status === 'fail')) return failed(checks, backend, usedGpu, data.notes);

  const layers = foldTargetScale(fit.layers, data);
  const onnx = exportTabularModel({
    features: data.plan,
    layers: layers.map((layer) => ({
      inputSize: layer.inputSize,
      units: layer.units,
      weights: layer.kernel,
      bias: layer.bias,
      activation: layer.activation,
    })),
    head: data.task === 'multiclass' ? { task: 'multiclass', classes: data.classes.length } : { task: data.task },
    metadata: { 'mlops-actions.label': request.label, 'mlops-actions.task': data.task },
  });
  const parity = await parityCheck(backend, data, layers, onnx);
  checks.push(parity);
  if (parity.status === 'fail') return failed(checks, backend, usedGpu, data.notes);

  const lastEpoch = fit.curve[fit.curve.length - 1];
  const bestRecord = fit.curve[fit.bestEpoch - 1] ?? lastEpoch;
  const finalLoss = bestRecord?.validationLoss ?? trainLoss;
  const durationSeconds = (performance.now() - started) / 1000;
  const { profile } = await profileData(request.data, 'data', {
    format: request.format,
    ...(request.delimiter === undefined ? {} : { delimiter: request.delimiter }),
  });
  const info = inspectOnnx(onnx);
  const manifest: ModelManifest = {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    name: request.name,
    version: versionOf(onnx),
    createdAt: new Date().toISOString(),
    task: data.task,
    label: request.label,
    framework: { name: 'tensorflow.js', version: backend.version, backend: backend.name },
    onnx: onnxRecord(onnx, info),
    inputs: data.plan.map(
      (feature): InputBinding =>
        feature.kind === 'numeric'
          ? {
              feature: feature.name,
              tensor: feature.name,
              dtype: 'float32',
              shape: ['N', 1],
              kind: 'numeric',
              missing: 'NaN',
            }
          : {
              feature: feature.name,
              tensor: feature.name,
              dtype: 'string',
              shape: ['N', 1],
              kind: 'categorical',
              vocabulary: feature.vocabulary,
              missing: 'empty string',
            },
    ),
    outputs: {
      tensors: info.outputs.map(tensorInfo),
      ...(data.task === 'regression'
        ? { prediction: 'prediction' }
        : { probabilities: 'probabilities', classes: data.classes }),
    },
    training: {
      data: data.trainDigest,
      ...(data.validationDigest === undefined ? {} : { validationData: data.validationDigest }),
      params: recordedParams(params),
      seed: request.seed,
      metrics: {
        loss: trainLoss,
        ...(bestRecord?.validationLoss === undefined ? {} : { validationLoss: bestRecord.validationLoss }),
        epochs: fit.curve.length,
        bestEpoch: fit.bestEpoch,
      },
      lossCurve: fit.curve.map((record) => ({ ...record })),
      stoppedEarly: fit.stoppedEarly,
      durationSeconds,
      rowsPerSecond: (data.train.rows * fit.curve.length) / Math.max(durationSeconds, 1e-9),
    },
    lineage: await collectLineage(gpus, usedGpu),
    profile: PROFILE_FILE,
  };
  const written = await writeModelPackage(request.output, { manifest, onnx, profile });
  return {
    verdict: verdictOf(checks),
    package: written,
    backend: backend.name,
    usedGpu,
    finalLoss,
    notes: data.notes,
  };
}

function failed(checks: Check[], backend: LoadedBackend, usedGpu: boolean, notes: string[]): TrainResult {
  return { verdict: verdictOf(checks), backend: backend.name, usedGpu, notes };
}

export function verdictOf(checks: Check[]): Verdict {
  return {
    kind: 'train',
    passed: checks.every((check) => check.status !== 'fail'),
    checks,
    createdAt: new Date().toISOString(),
  };
}

async function prepareData(request: TrainRequest, params: BuiltinParams): Promise<PreparedData> {
  const notes: string[] = [];
  const options = {
    format: request.format,
    ...(request.delimiter === undefined ? {} : { delimiter: request.delimiter }),
  };
  const { names, kinds } = await featureSelection(request);
  // Without a schema or a feature list every column but the label is a candidate.
  const wanted = names ?? (await readColumnNames(request.data, 'data', options));
  const excluded = new Set(request.exclude);
  const candidates = wanted.filter((name) => !excluded.has(name) && name !== request.label);
  const table = await readColumns(request.data, 'data', [...candidates, request.label], options);
  const labels = table.columns.get(request.label) as Cell[];
  const keep: number[] = [];
  labels.forEach((value, row) => {
    if (value !== null && !(typeof value === 'number' && Number.isNaN(value))) keep.push(row);
  });
  if (keep.length < labels.length)
    notes.push(`${labels.length - keep.length} training rows without a label were left out`);
  const columns = new Map<string, Cell[]>();
  for (const [name, values] of table.columns)
    columns.set(
      name,
      keep.map((row) => values[row] ?? null),
    );
  const rows = keep.length;
  if (rows < params.minRows) {
    throw new ConfigurationError(
      `the training data has ${rows} labelled rows; the built-in trainer needs at least ${params.minRows} (params.min_rows): add data`,
    );
  }
  const describeRow = (row: number) => `training row ${(keep[row] ?? row) + 1}`;

  const features: Array<{ name: string; kind: FeatureKind }> = [];
  for (const name of candidates) {
    const values = columns.get(name) as Cell[];
    const kind = kinds?.get(name) ?? inferKind(values);
    if (kind === 'categorical' && names === undefined && looksLikeIdentifier(values)) {
      notes.push(
        `column "${name}" looks like an identifier (almost every value distinct) and is not used as a feature`,
      );
      continue;
    }
    features.push({ name, kind });
  }
  if (features.length === 0)
    throw new ConfigurationError('no feature columns are left to train on: check `features`, `exclude` and the schema');
  const plan = features.map(({ name, kind }) =>
    fitFeaturePlan(name, kind, columns.get(name) as Cell[], { maxCategories: params.maxCategories, describeRow }),
  );

  const labelInfo = describeLabel(
    labels.filter((value) => value !== null),
    params.task,
    request.label,
  );
  if (labelInfo.task !== 'regression' && labelInfo.classes.length < 2) {
    throw new ConfigurationError(
      `the label "${request.label}" has a single class (${labelInfo.classes[0] ?? 'none'}) in the training data: a classifier needs at least two; check the data or the label column`,
    );
  }
  const x = encodeRows(plan, columns, rows, describeRow);
  const width = planWidth(plan);
  const targets = encodeTargets(columns.get(request.label) as Cell[], labelInfo, describeRow);
  let targetMean = 0;
  let targetStd = 1;
  if (labelInfo.task === 'regression') {
    ({ mean: targetMean, std: targetStd } = meanStd(targets));
    for (let i = 0; i < targets.length; i++) targets[i] = ((targets[i] as number) - targetMean) / targetStd;
  }
  const weights = classWeights(targets, labelInfo, params);

  let train: TrainingSet = { x, rows, width, targets, ...(weights === undefined ? {} : { weights }) };
  let validation: TrainingSet | undefined;
  let validationDigest: DataDigest | undefined;
  if (request.validationData !== undefined) {
    const held = await readColumns(
      request.validationData,
      'validation-data',
      [...plan.map((f) => f.name), request.label],
      options,
    );
    const heldLabels = held.columns.get(request.label) as Cell[];
    const heldKeep = heldLabels.flatMap((value, row) => (value === null ? [] : [row]));
    const heldColumns = new Map<string, Cell[]>();
    for (const [name, values] of held.columns)
      heldColumns.set(
        name,
        heldKeep.map((row) => values[row] ?? null),
      );
    const describeHeld = (row: number) => `validation row ${(heldKeep[row] ?? row) + 1}`;
    const heldTargets = encodeTargets(heldColumns.get(request.label) as Cell[], labelInfo, describeHeld);
    if (labelInfo.task === 'regression') {
      for (let i = 0; i < heldTargets.length; i++)
        heldTargets[i] = ((heldTargets[i] as number) - targetMean) / targetStd;
    }
    const heldWeights = classWeights(heldTargets, labelInfo, params, weightsByClass(targets, labelInfo, params));
    validation = {
      x: encodeRows(plan, heldColumns, heldKeep.length, describeHeld),
      rows: heldKeep.length,
      width,
      targets: heldTargets,
      ...(heldWeights === undefined ? {} : { weights: heldWeights }),
    };
    validationDigest = await digestFiles(held.files, heldKeep.length);
  } else if (params.validationSplit > 0 && rows >= 2 * params.minRows) {
    const order = permutation(rows, mulberry32(request.seed ^ 0x5bd1e995));
    const heldCount = Math.max(1, Math.round(rows * params.validationSplit));
    validation = subset(train, order.subarray(0, heldCount));
    train = subset(train, order.subarray(heldCount));
    notes.push(`${heldCount} rows (validation_split ${params.validationSplit}) were held out for early stopping`);
  }
  return {
    plan,
    task: labelInfo.task,
    classes: labelInfo.classes,
    train,
    ...(validation === undefined ? {} : { validation }),
    trainColumns: columns,
    trainRows: rows,
    trainDigest: await digestFiles(table.files, rows),
    ...(validationDigest === undefined ? {} : { validationDigest }),
    targetMean,
    targetStd,
    notes,
  };
}

/** Which columns are features, and their kinds when a schema declares them. */
async function featureSelection(
  request: TrainRequest,
): Promise<{ names: string[] | undefined; kinds: Map<string, FeatureKind> | undefined }> {
  if (request.schema === undefined)
    return { names: request.features.length > 0 ? request.features : undefined, kinds: undefined };
  const schema = await loadSchema(request.schema);
  const byName = new Map(schema.features.map((feature) => [feature.name, feature]));
  const names = request.features.length > 0 ? request.features : schema.features.map((feature) => feature.name);
  const kinds = new Map<string, FeatureKind>();
  for (const name of names) {
    const feature = byName.get(name);
    if (feature === undefined) throw new ConfigurationError(`feature "${name}" is not in the schema ${request.schema}`);
    // Features absent at serving (the label, say) cannot be model inputs.
    if (name === request.label || (feature.environments !== undefined && !feature.environments.includes('SERVING')))
      continue;
    kinds.set(name, feature.type === 'integer' || feature.type === 'float' ? 'numeric' : 'categorical');
  }
  return { names: [...kinds.keys()], kinds };
}

/** Almost every value distinct in a text column: an ID, which a model would only memorise. */
function looksLikeIdentifier(values: readonly Cell[]): boolean {
  const present = values.filter((value) => value !== null);
  return present.length >= 50 && new Set(present.map(cellText)).size > 0.5 * present.length;
}

interface LabelInfo {
  task: Task;
  classes: string[];
}

/**
 * auto: text labels or at most 20 distinct integers are classes (two make it binary); anything else is a
 * regression target. Classes are ordered numerically when they are numbers, so "10" follows "9".
 */
export function describeLabel(values: readonly Cell[], requested: BuiltinParams['task'], label: string): LabelInfo {
  const distinct = new Set(values.map(cellText));
  const numbers = [...distinct].map((text) => cellNumber(text));
  const numeric = numbers.every((value) => value !== undefined && Number.isFinite(value));
  const integral = numeric && numbers.every((value) => Number.isInteger(value));
  let task: Task;
  if (requested === 'auto')
    task =
      !numeric || (integral && distinct.size <= 20) ? (distinct.size === 2 ? 'binary' : 'multiclass') : 'regression';
  else task = requested;
  if (task === 'regression') {
    if (!numeric) throw new ConfigurationError(`task is regression but the label "${label}" has non-numeric values`);
    return { task, classes: [] };
  }
  const classes = [...distinct].sort(numeric ? (a, b) => Number(a) - Number(b) : undefined);
  if (task === 'binary' && classes.length > 2) {
    throw new ConfigurationError(
      `task is binary but the label "${label}" has ${classes.length} classes: set task to multiclass`,
    );
  }
  if (classes.length > 1000)
    throw new ConfigurationError(`the label "${label}" has ${classes.length} classes; at most 1000 are supported`);
  return { task, classes };
}

function encodeTargets(values: readonly Cell[], info: LabelInfo, describeRow: (row: number) => string): Float32Array {
  const targets = new Float32Array(values.length);
  const index = new Map(info.classes.map((name, at) => [name, at]));
  values.forEach((value, row) => {
    if (info.task === 'regression') {
      const number = cellNumber(value);
      if (number === undefined || !Number.isFinite(number)) {
        throw new ConfigurationError(`${describeRow(row)}: the label must be a finite number, got "${String(value)}"`);
      }
      targets[row] = number;
      return;
    }
    const at = index.get(cellText(value));
    if (at === undefined) {
      throw new ConfigurationError(
        `${describeRow(row)}: label "${cellText(value)}" is not one of the classes seen in training (${info.classes.slice(0, 10).join(', ')})`,
      );
    }
    targets[row] = at;
  });
  return targets;
}

function weightsByClass(targets: Float32Array, info: LabelInfo, params: BuiltinParams): number[] | undefined {
  if (info.task === 'regression' || params.classWeight === 'none') return undefined;
  const counts = new Array<number>(info.classes.length).fill(0);
  for (const target of targets) counts[target] = (counts[target] as number) + 1;
  if (params.classWeight === 'balanced') {
    return counts.map((count) => (count === 0 ? 0 : targets.length / (info.classes.length * count)));
  }
  const given = params.classWeight;
  for (const name of Object.keys(given)) {
    if (!info.classes.includes(name))
      throw new ConfigurationError(
        `class_weight names class "${name}", which the label does not have (${info.classes.join(', ')})`,
      );
  }
  return info.classes.map((name) => given[name] ?? 1);
}

function classWeights(
  targets: Float32Array,
  info: LabelInfo,
  params: BuiltinParams,
  byClass = weightsByClass(targets, info, params),
): Float32Array | undefined {
  if (byClass === undefined) return undefined;
  return Float32Array.from(targets, (target) => byClass[target] ?? 1);
}

function meanStd(values: Float32Array): { mean: number; std: number } {
  let mean = 0;
  for (const value of values) mean += value;
  mean /= values.length;
  let variance = 0;
  for (const value of values) variance += (value - mean) ** 2;
  const std = Math.sqrt(variance / values.length);
  return { mean, std: std > 1e-12 ? std : 1 };
}

function subset(data: TrainingSet, rows: Int32Array): TrainingSet {
  const x = new Float32Array(rows.length * data.width);
  const targets = new Float32Array(rows.length);
  const weights = data.weights === undefined ? undefined : new Float32Array(rows.length);
  rows.forEach((row, k) => {
    x.set(data.x.subarray(row * data.width, (row + 1) * data.width), k * data.width);
    targets[k] = data.targets[row] as number;
    if (weights !== undefined) weights[k] = data.weights?.[row] ?? 1;
  });
  return { x, rows: rows.length, width: data.width, targets, ...(weights === undefined ? {} : { weights }) };
}

/**
 * Google's "overfit a small sample" test: a network that cannot lower its loss on 128 rows it sees over and
 * over will not learn from all of them either (a broken label, features without signal, a bad learning rate).
 */
function overfitCheck(
  backend: LoadedBackend,
  data: PreparedData,
  params: BuiltinParams,
  seed: number,
  outputUnits: number,
): Check {
  const threshold = params.overfitCheckMinDecrease;
  if (threshold === 0) {
    return {
      check: 'train.overfit-sample',
      status: 'skip',
      value: null,
      threshold: 0,
      message: 'turned off (overfit_check_min_decrease is 0)',
    };
  }
  const { tf } = backend;
  const order = permutation(data.train.rows, mulberry32(seed + 1)).subarray(
    0,
    Math.min(OVERFIT_SAMPLE, data.train.rows),
  );
  const sample = subset(data.train, order);
  const network = new DenseNetwork(tf, sample.width, outputUnits, { ...params, dropout: 0 }, data.task, seed + 1);
  const before = evaluateLoss(tf, network, sample);
  fitNetwork(
    tf,
    network,
    sample,
    undefined,
    {
      ...params,
      dropout: 0,
      epochs: OVERFIT_STEPS,
      batchSize: sample.rows,
      patience: 0,
      learningRate: Math.max(params.learningRate, 0.01),
    },
    seed + 1,
  );
  const after = evaluateLoss(tf, network, sample);
  network.dispose();
  const decrease = before > 0 ? (before - after) / before : 0;
  const passed = Number.isFinite(after) && decrease >= threshold;
  return {
    check: 'train.overfit-sample',
    status: passed ? 'pass' : 'fail',
    value: Number(decrease.toFixed(4)),
    threshold,
    message: passed
      ? `on ${sample.rows} rows the loss fell from ${before.toFixed(4)} to ${after.toFixed(4)} (${(decrease * 100).toFixed(1)}%)`
      : `the network could not fit ${sample.rows} training rows (loss ${before.toFixed(4)} → ${after.toFixed(4)}, needs a ${(threshold * 100).toFixed(0)}% decrease): check that the features carry signal about the label, that the label column is right, and the learning rate`,
  };
}

function finiteCheck(problem: string | undefined): Check {
  return {
    check: 'train.finite',
    status: problem === undefined ? 'pass' : 'fail',
    value: problem === undefined,
    threshold: null,
    message:
      problem === undefined
        ? 'loss and weights stayed finite'
        : `${problem}: lower the learning rate, or check the data for huge values`,
  };
}

function convergenceCheck(curve: ReadonlyArray<{ loss: number }>): Check {
  const first = curve[0]?.loss ?? Number.NaN;
  const best = Math.min(...curve.map((record) => record.loss));
  const converged = curve.length < 2 || best < first;
  return {
    check: 'train.converged',
    status: converged ? 'pass' : 'fail',
    value: Number.isFinite(best) ? best : null,
    threshold: first,
    message: converged
      ? `the training loss fell from ${first.toFixed(5)} to ${best.toFixed(5)} over ${curve.length} epochs`
      : `the training loss never fell below its first epoch's ${first.toFixed(5)}: lower the learning rate or check the data`,
  };
}

/** Regression trains on a standardised target; the scale goes back into the last layer so ONNX gives real units. */
function foldTargetScale(layers: DenseWeights[], data: PreparedData): DenseWeights[] {
  if (data.task !== 'regression') return layers;
  const last = layers[layers.length - 1] as DenseWeights;
  const folded: DenseWeights = {
    ...last,
    kernel: Float32Array.from(last.kernel, (value) => value * data.targetStd),
    bias: Float32Array.from(last.bias, (value) => value * data.targetStd + data.targetMean),
  };
  return [...layers.slice(0, -1), folded];
}

/**
 * The exported graph gets raw records (including missing values and unseen categories) and must give what
 * TF.js gives on the same rows after our encoding: the proof that serving computes what was trained.
 */
async function parityCheck(
  backend: LoadedBackend,
  data: PreparedData,
  layers: DenseWeights[],
  onnx: Uint8Array,
): Promise<Check> {
  const rows = Math.min(PARITY_SAMPLE, data.trainRows);
  const columns = new Map<string, Cell[]>();
  for (const feature of data.plan)
    columns.set(feature.name, (data.trainColumns.get(feature.name) as Cell[]).slice(0, rows));
  // Add one row of all-missing values: the fill and unknown-category paths must agree too.
  for (const values of columns.values()) values.push(null);
  const total = rows + 1;
  const x = encodeRows(data.plan, columns, total, (row) => `parity row ${row + 1}`);
  const expected = predict(backend.tf, layers, data.task, x, total, planWidth(data.plan));
  const session = await createSession(onnx, 'the exported model');
  const bindings: InputBinding[] = data.plan.map((feature) => ({
    feature: feature.name,
    tensor: feature.name,
    dtype: feature.kind === 'numeric' ? 'float32' : 'string',
    shape: ['N', 1],
    kind: feature.kind,
  }));
  const outputs = await runBatch(
    session,
    buildFeeds(bindings, columns, total, (row) => `parity row ${row + 1}`),
    data.task === 'regression'
      ? { tensors: [], prediction: 'prediction' }
      : { tensors: [], probabilities: 'probabilities' },
    total,
  );
  await session.release();
  let worst = 0;
  for (let row = 0; row < total; row++) {
    if (data.task === 'regression') {
      worst = Math.max(
        worst,
        Math.abs((outputs.prediction?.[row] ?? Number.NaN) - (expected[row] as number)) /
          Math.max(1, Math.abs(expected[row] as number)),
      );
    } else if (data.task === 'binary') {
      worst = Math.max(
        worst,
        Math.abs((outputs.probabilities?.[row * 2 + 1] ?? Number.NaN) - (expected[row] as number)),
      );
    } else {
      const k = data.classes.length;
      for (let c = 0; c < k; c++)
        worst = Math.max(
          worst,
          Math.abs((outputs.probabilities?.[row * k + c] ?? Number.NaN) - (expected[row * k + c] as number)),
        );
    }
    if (Number.isNaN(worst)) break;
  }
  const passed = worst <= PARITY_TOLERANCE;
  return {
    check: 'train.onnx-parity',
    status: passed ? 'pass' : 'fail',
    value: Number.isNaN(worst) ? 'NaN' : worst,
    threshold: PARITY_TOLERANCE,
    message: passed
      ? `ONNX Runtime reproduces TF.js on ${total} rows (max abs difference ${worst.toExponential(2)}${data.task === 'regression' ? ', relative' : ''})`
      : `the exported ONNX model differs from the trained TF.js model by ${worst} on ${total} rows (allowed ${PARITY_TOLERANCE}); the package was not written. Diverged training (huge weights) can cause this: lower the learning rate; otherwise please report it with the log`,
  };
}
