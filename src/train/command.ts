import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ConfigurationError, describeThrown, shorten } from '../core/errors.js';
import type { Check } from '../core/verdict.js';
import { digestFiles } from '../data/digest.js';
import { type Cell, readColumns } from '../data/table.js';
import { buildFeeds } from '../model/features.js';
import {
  type InputBinding,
  type LossPoint,
  MODEL_FILE,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  type ModelManifest,
  onnxRecord,
  PROFILE_FILE,
  versionOf,
  writeModelPackage,
} from '../model/package.js';
import { createSession, runBatch } from '../model/runtime.js';
import { bindInputs, tensorInfo } from '../model/signature.js';
import { inspectOnnx, type OnnxModelInfo } from '../onnx/inspect.js';
import { profileData } from '../validate/run.js';
import { collectLineage, detectGpus } from './hardware.js';
import type { BuiltinParams } from './params.js';
import { describeLabel, type TrainRequest, type TrainResult, verdictOf } from './run.js';

/**
 * The bring-your-own contract, documented in actions/train/README.md. The command gets these variables and
 * must write MLOPS_OUTPUT/model.onnx; it may write MLOPS_OUTPUT/metrics.json.
 */
export const COMMAND_ENV = {
  MLOPS_TRAIN_DATA: 'training data path or glob, as given',
  MLOPS_TRAIN_FILES: 'the files it matches, one per line',
  MLOPS_VALIDATION_DATA: 'validation data path or glob (empty when none)',
  MLOPS_LABEL: 'label column',
  MLOPS_FEATURES: 'JSON array of feature columns when configured, else empty',
  MLOPS_OUTPUT: 'directory to write model.onnx (and metrics.json) into',
  MLOPS_SEED: 'random seed',
  MLOPS_PARAMS: 'hyper-parameters as a JSON object',
  MLOPS_EPOCHS: 'epochs when given, else empty',
} as const;

function formatDuration(ms: number): string {
  return ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;
}

/** Splits a command line into arguments: spaces separate, single or double quotes group, nothing else is special. */
export function splitCommand(command: string): string[] {
  const args: string[] = [];
  let current = '';
  let quote: '"' | "'" | undefined;
  let started = false;
  for (const char of command) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (quote !== undefined)
    throw new ConfigurationError(`train: \`command\` has an unclosed ${quote} quote: ${shorten(command, 80)}`);
  if (started) args.push(current);
  if (args.length === 0) throw new ConfigurationError('train: `command` is empty');
  return args;
}

export interface CommandOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationSeconds: number;
}

/** Runs the user's program without a shell, streaming its output line by line, killing it at the deadline. */
export function runCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  log: (line: string) => void,
  notice: (line: string) => void = log,
): Promise<CommandOutcome> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(args[0] as string, args.slice(1), {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    let timedOut = false;
    const kill = (signal: NodeJS.Signals) => {
      try {
        // The whole process group: a training script's own workers must not outlive it.
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      notice(`the training command ran past its time limit (${formatDuration(timeoutMs)}); stopping it`);
      kill('SIGTERM');
      setTimeout(() => kill('SIGKILL'), 10_000).unref();
    }, timeoutMs);
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) log(line.replace(/\r$/, ''));
      });
      stream.on('end', () => {
        if (partial !== '') log(partial);
      });
    }
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ENOENT') {
        reject(
          new ConfigurationError(
            `train: the command "${shorten(args[0] as string, 80)}" was not found: check \`command\` and the runner's PATH`,
          ),
        );
      } else
        reject(
          new ConfigurationError(
            `train: cannot start "${shorten(args[0] as string, 80)}": ${describeThrown(error, 200)}`,
          ),
        );
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ exitCode, signal, timedOut, durationSeconds: (performance.now() - started) / 1000 });
    });
  });
}

interface UserMetrics {
  metrics: Record<string, number | null>;
  lossCurve: LossPoint[];
}

/** Optional metrics.json: numbers are kept, `loss_curve` becomes the loss curve; anything else is ignored. */
async function readUserMetrics(directory: string, log: (line: string) => void): Promise<UserMetrics> {
  const file = path.join(directory, 'metrics.json');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return { metrics: {}, lossCurve: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(
      `train: the command wrote ${file}, which is not valid JSON; write an object such as {"loss": 0.3}`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigurationError(`train: ${file} must be a JSON object such as {"loss": 0.3}`);
  }
  const metrics: Record<string, number | null> = {};
  const lossCurve: LossPoint[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    if (key === 'loss_curve' && Array.isArray(value)) {
      value.forEach((point: unknown, index) => {
        const record = point as { epoch?: unknown; loss?: unknown; validation_loss?: unknown };
        if (typeof record?.loss !== 'number' || !Number.isFinite(record.loss)) return;
        lossCurve.push({
          epoch:
            typeof record.epoch === 'number' && Number.isInteger(record.epoch) && record.epoch >= 1
              ? record.epoch
              : index + 1,
          loss: record.loss,
          ...(typeof record.validation_loss === 'number' && Number.isFinite(record.validation_loss)
            ? { validationLoss: record.validation_loss }
            : {}),
        });
      });
    } else if (typeof value === 'number') {
      metrics[key] = Number.isFinite(value) ? value : null;
    } else {
      log(`metrics.json: "${key}" is not a number and is not recorded`);
    }
  }
  return { metrics, lossCurve };
}

const PROBABILITY_NAMES = ['probabilities', 'probability', 'output_probability', 'probs'];
const PREDICTION_NAMES = ['prediction', 'predictions', 'variable', 'output', 'y'];

function bindOutputs(
  info: OnnxModelInfo,
  task: BuiltinParams['task'],
): { probabilities?: string; prediction?: string } {
  const floats = info.outputs.filter((output) => output.elemType === 'float' || output.elemType === 'double');
  const named = (names: string[]) => floats.find((output) => names.includes(output.name.toLowerCase()));
  if (task !== 'regression') {
    const probabilities =
      named(PROBABILITY_NAMES) ?? (task === 'auto' ? undefined : floats.find((output) => output.shape?.length === 2));
    if (probabilities !== undefined) return { probabilities: probabilities.name };
  }
  const prediction = named(PREDICTION_NAMES) ?? (floats.length === 1 ? floats[0] : undefined);
  if (prediction !== undefined) {
    const width = prediction.shape?.[1];
    if (task === 'auto' && prediction.shape?.length === 2 && typeof width === 'number' && width > 1) {
      return { probabilities: prediction.name };
    }
    return { prediction: prediction.name };
  }
  throw new ConfigurationError(
    `model.onnx has no output named ${[...PROBABILITY_NAMES, ...PREDICTION_NAMES].join(' / ')} (its outputs: ${info.outputs.map((o) => `${o.name}: ${o.elemType}`).join(', ')}); name the probability output "probabilities" [N, classes] or the regression output "prediction"`,
  );
}

/** Runs the user's trainer, validates what it wrote, and packages it like a built-in model. */
export async function trainWithCommand(
  request: TrainRequest & { command: string },
  task: BuiltinParams['task'],
): Promise<TrainResult> {
  const args = splitCommand(request.command);
  const gpus = await detectGpus();
  if (request.requireGpu && gpus.length === 0) {
    throw new ConfigurationError(
      'require-gpu is true but no GPU is visible (nvidia-smi found none, or CUDA_VISIBLE_DEVICES hides them): run this job on a GPU runner or set require-gpu to false',
    );
  }
  const labelTable = await readColumns(request.data, 'data', [request.label], {
    format: request.format,
    ...(request.delimiter === undefined ? {} : { delimiter: request.delimiter }),
  });
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'mlops-train-'));
  const outputDirectory = path.join(workspace, 'output');
  await mkdir(outputDirectory);
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      MLOPS_TRAIN_DATA: request.data,
      MLOPS_TRAIN_FILES: labelTable.files.join('\n'),
      MLOPS_VALIDATION_DATA: request.validationData ?? '',
      MLOPS_LABEL: request.label,
      MLOPS_FEATURES: request.features.length > 0 ? JSON.stringify(request.features) : '',
      MLOPS_OUTPUT: outputDirectory,
      MLOPS_SEED: String(request.seed),
      MLOPS_PARAMS: JSON.stringify(request.params),
      MLOPS_EPOCHS: request.epochs === undefined ? '' : String(request.epochs),
    };
    request.log(`running: ${args.map((arg) => (/\s/.test(arg) ? JSON.stringify(arg) : arg)).join(' ')}`);
    const outcome = await runCommand(
      args,
      env,
      request.timeoutMinutes * 60_000,
      (line) => request.log(`  | ${line}`),
      request.log,
    );
    const checks: Check[] = [];
    const exited = outcome.exitCode === 0 && !outcome.timedOut;
    checks.push({
      check: 'train.command',
      status: exited ? 'pass' : 'fail',
      value: outcome.timedOut ? 'timed out' : (outcome.exitCode ?? outcome.signal),
      threshold: 0,
      message: outcome.timedOut
        ? `the training command ran past timeout-minutes (${request.timeoutMinutes}) and was stopped`
        : exited
          ? `the training command finished in ${outcome.durationSeconds.toFixed(1)} s`
          : `the training command failed with ${outcome.exitCode === null ? `signal ${outcome.signal}` : `exit code ${outcome.exitCode}`}; its output is above`,
    });
    if (!exited) return { verdict: verdictOf(checks), backend: 'command', usedGpu: false, notes: [] };

    const onnxPath = path.join(outputDirectory, MODEL_FILE);
    const onnxInfo = await stat(onnxPath).catch(() => undefined);
    if (onnxInfo === undefined || !onnxInfo.isFile()) {
      checks.push({
        check: 'train.command-output',
        status: 'fail',
        value: 'missing',
        threshold: MODEL_FILE,
        message: `the training command exited 0 but wrote no ${MODEL_FILE} into $MLOPS_OUTPUT (${outputDirectory}); it must export its model to ONNX there`,
      });
      return { verdict: verdictOf(checks), backend: 'command', usedGpu: false, notes: [] };
    }
    const onnx = new Uint8Array(await readFile(onnxPath));
    const info = inspectOnnx(onnx);
    const userMetrics = await readUserMetrics(outputDirectory, request.log);
    const labels = (labelTable.columns.get(request.label) as Cell[]).filter((value) => value !== null);
    const outputs = bindOutputs(info, task);
    const labelInfo = describeLabel(
      labels,
      outputs.prediction !== undefined ? 'regression' : task === 'auto' ? 'auto' : task,
      request.label,
    );
    const bindings = bindInputs(info, request.features, new Set());
    const sample = await readColumns(request.data, 'data', [...new Set(bindings.map((binding) => binding.feature))], {
      format: request.format,
      maxRows: 64,
      ...(request.delimiter === undefined ? {} : { delimiter: request.delimiter }),
    });
    // maxRows applies per file: keep the first 64 rows of the whole set.
    const sampleRows = Math.min(sample.rows, 64);
    const sampleColumns = new Map([...sample.columns].map(([name, values]) => [name, values.slice(0, sampleRows)]));
    checks.push(await sampleCheck(onnx, bindings, outputs, sampleColumns, sampleRows, labelInfo.classes.length));
    if (checks.some((check) => check.status === 'fail'))
      return { verdict: verdictOf(checks), backend: 'command', usedGpu: false, notes: [] };

    const { profile } = await profileData(request.data, 'data', {
      format: request.format,
      ...(request.delimiter === undefined ? {} : { delimiter: request.delimiter }),
    });
    const manifest: ModelManifest = {
      format: MODEL_FORMAT,
      formatVersion: MODEL_FORMAT_VERSION,
      name: request.name,
      version: versionOf(onnx),
      createdAt: new Date().toISOString(),
      task: labelInfo.task,
      label: request.label,
      framework: { name: 'command', backend: 'command', command: args },
      onnx: onnxRecord(onnx, info),
      inputs: bindings,
      outputs: {
        tensors: info.outputs.map(tensorInfo),
        ...outputs,
        ...(labelInfo.task === 'regression' ? {} : { classes: labelInfo.classes }),
      },
      training: {
        data: await digestFiles(labelTable.files, labelTable.rows),
        params: request.params,
        seed: request.seed,
        metrics: userMetrics.metrics,
        lossCurve: userMetrics.lossCurve,
        durationSeconds: outcome.durationSeconds,
      },
      lineage: await collectLineage(gpus, gpus.length > 0),
      profile: PROFILE_FILE,
    };
    const written = await writeModelPackage(request.output, { manifest, onnx, profile });
    const lastLoss = userMetrics.lossCurve[userMetrics.lossCurve.length - 1];
    const finalLoss = lastLoss?.validationLoss ?? lastLoss?.loss ?? userMetrics.metrics.loss ?? undefined;
    return {
      verdict: verdictOf(checks),
      package: written,
      backend: 'command',
      usedGpu: gpus.length > 0,
      ...(finalLoss === undefined || finalLoss === null ? {} : { finalLoss }),
      notes: [],
    };
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

/** Loads the user's model in ONNX Runtime and scores a few training rows: outputs must be finite and well-formed. */
async function sampleCheck(
  onnx: Uint8Array,
  bindings: InputBinding[],
  outputs: { probabilities?: string; prediction?: string },
  columns: Map<string, Cell[]>,
  rows: number,
  classes: number,
): Promise<Check> {
  const session = await createSession(onnx, 'model.onnx written by the training command');
  try {
    const result = await runBatch(
      session,
      buildFeeds(bindings, columns, rows, (row) => `training row ${row + 1}`),
      { tensors: [], ...outputs },
      rows,
    );
    const values = result.probabilities ?? result.prediction ?? new Float32Array();
    const finite = values.every(Number.isFinite);
    let problem = finite ? undefined : 'it produced NaN or Inf';
    if (problem === undefined && result.probabilities !== undefined) {
      if (result.classes !== classes)
        problem = `it gives ${result.classes} probability columns but the label has ${classes} classes`;
      for (let row = 0; row < rows && problem === undefined; row++) {
        let sum = 0;
        for (let c = 0; c < (result.classes ?? 0); c++)
          sum += result.probabilities[row * (result.classes ?? 0) + c] as number;
        if (Math.abs(sum - 1) > 1e-3)
          problem = `its probabilities for training row ${row + 1} sum to ${sum.toFixed(4)}, not 1 (apply softmax/sigmoid in the graph)`;
      }
    }
    return {
      check: 'train.command-output',
      status: problem === undefined ? 'pass' : 'fail',
      value: problem === undefined,
      threshold: null,
      message:
        problem === undefined
          ? `model.onnx loads in ONNX Runtime and scores ${rows} training rows`
          : `model.onnx ${problem}`,
    };
  } finally {
    await session.release();
  }
}
