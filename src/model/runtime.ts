import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Ort from 'onnxruntime-node';
import { ConfigurationError, describeThrown } from '../core/errors.js';
import type { FeedData } from './features.js';
import type { OutputBinding } from './package.js';

export type OnnxRuntime = typeof Ort;
export type Session = Ort.InferenceSession;

let runtime: Promise<OnnxRuntime> | undefined;

/**
 * Where to get onnxruntime-node when it is not installed beside the code: the GitHub adapter registers one
 * that installs it into the runner's tool cache (dist/ stays pure JavaScript). Returns the directory whose
 * node_modules holds the package.
 */
export type RuntimeInstaller = () => Promise<string>;
let installer: RuntimeInstaller | undefined;

export function registerRuntimeInstaller(install: RuntimeInstaller | undefined): void {
  installer = install;
  runtime = undefined;
}

/** onnxruntime-node is the serving runtime; loaded on first use so actions that do not score never pay for it. */
export function loadOnnxRuntime(): Promise<OnnxRuntime> {
  runtime ??= importRuntime().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

let entry: string | undefined;

/**
 * The entry file of the onnxruntime-node in use (beside the code, or installed by the runner's installer),
 * for child processes that must load the very same runtime.
 */
export async function onnxRuntimeEntry(): Promise<string> {
  await loadOnnxRuntime();
  return entry as string;
}

async function importRuntime(): Promise<OnnxRuntime> {
  let failure: unknown;
  try {
    const module = await import('onnxruntime-node');
    entry = createRequire(import.meta.url).resolve('onnxruntime-node');
    return module;
  } catch (error) {
    failure = error;
  }
  if (installer === undefined) {
    throw new ConfigurationError(
      `onnxruntime-node could not be loaded (${describeThrown(failure, 200)}); install it with ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node`,
    );
  }
  const directory = await installer();
  const require = createRequire(path.join(directory, 'package.json'));
  const module = require('onnxruntime-node') as OnnxRuntime;
  entry = require.resolve('onnxruntime-node');
  return module;
}

export async function createSession(model: Uint8Array | string, what: string): Promise<Session> {
  const ort = await loadOnnxRuntime();
  try {
    return await ort.InferenceSession.create(model as Uint8Array, { graphOptimizationLevel: 'all' });
  } catch (error) {
    throw new ConfigurationError(
      `${what} cannot be loaded by ONNX Runtime ${ort.env.versions.node ?? ''}: ${describeThrown(error, 300)}`,
    );
  }
}

export interface ModelOutputs {
  rows: number;
  /** n × classes, row-major, for classifiers. */
  probabilities?: Float32Array;
  classes?: number;
  /** One value per row, for regressors. */
  prediction?: Float64Array;
}

/** Runs one batch and returns the outputs the package's contract names, checked for shape. */
export async function runBatch(
  session: Session,
  feeds: Record<string, FeedData>,
  outputs: OutputBinding,
  rows: number,
): Promise<ModelOutputs> {
  const ort = await loadOnnxRuntime();
  const tensors: Record<string, Ort.Tensor> = {};
  for (const [name, feed] of Object.entries(feeds)) tensors[name] = new ort.Tensor(feed.dtype, feed.data, feed.dims);
  const wanted = [outputs.probabilities ?? outputs.prediction].filter((name): name is string => name !== undefined);
  const result = await session.run(tensors, wanted);
  if (outputs.probabilities !== undefined) {
    const tensor = result[outputs.probabilities];
    if (tensor === undefined) throw new Error(`the model produced no output "${outputs.probabilities}"`);
    const classes = tensor.dims.length === 2 ? Number(tensor.dims[1]) : 1;
    if (Number(tensor.dims[0]) !== rows) {
      throw new ConfigurationError(
        `model output ${outputs.probabilities} has ${tensor.dims[0]} rows for ${rows} inputs`,
      );
    }
    const data =
      tensor.data instanceof Float32Array ? tensor.data : Float32Array.from(tensor.data as ArrayLike<number>);
    if (classes === 1) {
      // A single-column binary output is P(class 1): widen to [1 - p, p] so every consumer sees one layout.
      const widened = new Float32Array(rows * 2);
      for (let row = 0; row < rows; row++) {
        const p = data[row] as number;
        widened[row * 2] = 1 - p;
        widened[row * 2 + 1] = p;
      }
      return { rows, probabilities: widened, classes: 2 };
    }
    return { rows, probabilities: data, classes };
  }
  if (outputs.prediction !== undefined) {
    const tensor = result[outputs.prediction];
    if (tensor === undefined) throw new Error(`the model produced no output "${outputs.prediction}"`);
    if (tensor.size !== rows) {
      throw new ConfigurationError(
        `model output ${outputs.prediction} has ${tensor.size} values for ${rows} inputs; expected one per row`,
      );
    }
    return { rows, prediction: Float64Array.from(tensor.data as ArrayLike<number>) };
  }
  throw new ConfigurationError('the model package names no probabilities or prediction output');
}
