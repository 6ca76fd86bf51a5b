import type * as TfCore from '@tensorflow/tfjs';
import { mulberry32, permutation } from '../core/random.js';
import type { Tf } from './backend.js';

type Tensor2D = TfCore.Tensor2D;
type Variable = TfCore.Variable;

export type Activation = 'relu' | 'tanh' | 'elu' | 'selu' | 'sigmoid';
export type OptimizerName = 'adam' | 'sgd' | 'rmsprop';
export type TrainTask = 'binary' | 'multiclass' | 'regression';

export interface NetworkParams {
  hiddenUnits: number[];
  activation: Activation;
  dropout: number;
  optimizer: OptimizerName;
  learningRate: number;
  epochs: number;
  batchSize: number;
  /** Epochs without a better validation loss before stopping; 0 turns early stopping off. */
  patience: number;
}

export interface TrainingSet {
  x: Float32Array;
  rows: number;
  width: number;
  /** binary: 0/1; multiclass: class index; regression: the (standardised) target. */
  targets: Float32Array;
  /** Per-row loss weight (class weights); undefined = all 1. */
  weights?: Float32Array;
}

export interface DenseWeights {
  inputSize: number;
  units: number;
  kernel: Float32Array;
  bias: Float32Array;
  activation: Activation | 'linear';
}

export interface EpochRecord {
  epoch: number;
  loss: number;
  validationLoss?: number;
}

export interface FitResult {
  layers: DenseWeights[];
  curve: EpochRecord[];
  stoppedEarly: boolean;
  bestEpoch: number;
  /** Set when a loss or a weight stopped being finite; training stops at once. */
  nonFinite?: string;
}

/**
 * A small dense network trained with an explicit loop rather than tf.LayersModel.fit: every random choice
 * (initialisation, shuffling, dropout) comes from the seed, the loss and weights are checked for NaN each
 * epoch, and the weights come out as plain arrays for the ONNX export.
 */
export class DenseNetwork {
  private readonly kernels: Variable[] = [];
  private readonly biases: Variable[] = [];
  private readonly activations: Array<Activation | 'linear'> = [];
  private dropoutStep = 0;

  constructor(
    private readonly tf: Tf,
    inputSize: number,
    outputUnits: number,
    private readonly params: NetworkParams,
    private readonly task: TrainTask,
    private readonly seed: number,
  ) {
    const sizes = [inputSize, ...params.hiddenUnits, outputUnits];
    for (let i = 0; i + 1 < sizes.length; i++) {
      const fanIn = sizes[i] as number;
      const fanOut = sizes[i + 1] as number;
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      this.kernels.push(tf.variable(tf.randomUniform([fanIn, fanOut], -limit, limit, 'float32', seed * 7919 + i)));
      this.biases.push(tf.variable(tf.zeros([fanOut])));
      this.activations.push(i + 2 < sizes.length ? params.activation : 'linear');
    }
  }

  /** Logits (classification) or values (regression). */
  forward(x: Tensor2D, training: boolean): Tensor2D {
    const tf = this.tf;
    let h = x;
    this.kernels.forEach((kernel, i) => {
      h = tf.add(tf.matMul(h, kernel as TfCore.Tensor2D), this.biases[i] as Variable);
      const activation = this.activations[i];
      if (activation !== 'linear') {
        h = activate(tf, h, activation as Activation);
        if (training && this.params.dropout > 0) {
          h = tf.dropout(h, this.params.dropout, undefined, this.seed * 104729 + this.dropoutStep++) as Tensor2D;
        }
      }
    });
    return h;
  }

  /** Weighted mean loss: sigmoid / softmax cross-entropy on logits, or squared error. */
  loss(output: Tensor2D, targets: TfCore.Tensor1D, weights: TfCore.Tensor1D | undefined): TfCore.Scalar {
    const tf = this.tf;
    let perRow: TfCore.Tensor1D;
    if (this.task === 'binary') {
      const z = tf.reshape(output, [-1]) as TfCore.Tensor1D;
      // max(z, 0) - z·y + log(1 + exp(-|z|)): the stable form of sigmoid cross-entropy.
      perRow = tf.add(tf.sub(tf.relu(z), tf.mul(z, targets)), tf.log1p(tf.exp(tf.neg(tf.abs(z)))));
    } else if (this.task === 'multiclass') {
      const oneHot = tf.oneHot(tf.cast(targets, 'int32') as TfCore.Tensor1D, output.shape[1] as number);
      perRow = tf.neg(tf.sum(tf.mul(tf.logSoftmax(output), oneHot), 1)) as TfCore.Tensor1D;
    } else {
      perRow = tf.square(tf.sub(tf.reshape(output, [-1]), targets)) as TfCore.Tensor1D;
    }
    if (weights === undefined) return tf.mean(perRow);
    return tf.div(tf.sum(tf.mul(perRow, weights)), tf.sum(weights));
  }

  variables(): Variable[] {
    return [...this.kernels, ...this.biases];
  }

  snapshot(): Float32Array[] {
    return this.variables().map((variable) => Float32Array.from(variable.dataSync() as Float32Array));
  }

  restore(values: Float32Array[]): void {
    this.variables().forEach((variable, i) => {
      variable.assign(this.tf.tensor(values[i] as Float32Array, variable.shape));
    });
  }

  weights(): DenseWeights[] {
    return this.kernels.map((kernel, i) => ({
      inputSize: kernel.shape[0] as number,
      units: kernel.shape[1] as number,
      kernel: Float32Array.from(kernel.dataSync() as Float32Array),
      bias: Float32Array.from((this.biases[i] as Variable).dataSync() as Float32Array),
      activation: this.activations[i] as Activation | 'linear',
    }));
  }

  /** Names the first variable holding NaN or Inf, if any. */
  nonFiniteWeight(): string | undefined {
    const names = [...this.kernels.map((_, i) => `kernel ${i + 1}`), ...this.biases.map((_, i) => `bias ${i + 1}`)];
    const index = this.variables().findIndex(
      (variable) => !(variable.dataSync() as Float32Array).every(Number.isFinite),
    );
    return index < 0 ? undefined : names[index];
  }

  dispose(): void {
    for (const variable of this.variables()) variable.dispose();
  }
}

function activate(tf: Tf, h: Tensor2D, activation: Activation): Tensor2D {
  switch (activation) {
    case 'relu':
      return tf.relu(h);
    case 'tanh':
      return tf.tanh(h);
    case 'elu':
      return tf.elu(h);
    case 'selu':
      return tf.selu(h);
    case 'sigmoid':
      return tf.sigmoid(h);
  }
}

export function makeOptimizer(tf: Tf, name: OptimizerName, learningRate: number): TfCore.Optimizer {
  switch (name) {
    case 'adam':
      return tf.train.adam(learningRate);
    case 'sgd':
      return tf.train.sgd(learningRate);
    case 'rmsprop':
      return tf.train.rmsprop(learningRate);
  }
}

/** Mean loss over a data set in inference mode (no dropout), in batches. */
export function evaluateLoss(tf: Tf, network: DenseNetwork, data: TrainingSet, batchSize = 4096): number {
  let total = 0;
  let weightSum = 0;
  for (let start = 0; start < data.rows; start += batchSize) {
    const end = Math.min(data.rows, start + batchSize);
    const value = tf.tidy(() => {
      const x = tf.tensor2d(data.x.subarray(start * data.width, end * data.width), [end - start, data.width]);
      const y = tf.tensor1d(data.targets.subarray(start, end));
      const w = data.weights === undefined ? undefined : tf.tensor1d(data.weights.subarray(start, end));
      return network.loss(network.forward(x, false), y, w).dataSync()[0] as number;
    });
    const weight = data.weights === undefined ? end - start : sum(data.weights.subarray(start, end));
    total += value * weight;
    weightSum += weight;
  }
  return weightSum > 0 ? total / weightSum : Number.NaN;
}

function sum(values: Float32Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/**
 * Mini-batch training with seeded shuffles, early stopping on the validation loss (restoring the best
 * weights), and a NaN/Inf check of loss and weights every epoch.
 */
export function fitNetwork(
  tf: Tf,
  network: DenseNetwork,
  train: TrainingSet,
  validation: TrainingSet | undefined,
  params: NetworkParams,
  seed: number,
  onEpoch?: (record: EpochRecord) => void,
): FitResult {
  const optimizer = makeOptimizer(tf, params.optimizer, params.learningRate);
  const random = mulberry32(seed);
  const curve: EpochRecord[] = [];
  let best = Number.POSITIVE_INFINITY;
  let bestEpoch = 0;
  let bestWeights: Float32Array[] | undefined;
  let stoppedEarly = false;
  const xBatch = new Float32Array(params.batchSize * train.width);
  const yBatch = new Float32Array(params.batchSize);
  const wBatch = new Float32Array(params.batchSize);
  try {
    for (let epoch = 1; epoch <= params.epochs; epoch++) {
      const order = permutation(train.rows, random);
      let lossSum = 0;
      let seen = 0;
      for (let start = 0; start < train.rows; start += params.batchSize) {
        const size = Math.min(params.batchSize, train.rows - start);
        for (let k = 0; k < size; k++) {
          const row = order[start + k] as number;
          xBatch.set(train.x.subarray(row * train.width, (row + 1) * train.width), k * train.width);
          yBatch[k] = train.targets[row] as number;
          wBatch[k] = train.weights?.[row] ?? 1;
        }
        const batchLoss = tf.tidy(() => {
          const x = tf.tensor2d(xBatch.subarray(0, size * train.width), [size, train.width]);
          const y = tf.tensor1d(yBatch.subarray(0, size));
          const w = train.weights === undefined ? undefined : tf.tensor1d(wBatch.subarray(0, size));
          const loss = optimizer.minimize(
            () => network.loss(network.forward(x, true), y, w),
            true,
            network.variables(),
          );
          return (loss as TfCore.Scalar).dataSync()[0] as number;
        });
        lossSum += batchLoss * size;
        seen += size;
      }
      const loss = lossSum / seen;
      const record: EpochRecord = { epoch, loss };
      if (validation !== undefined) record.validationLoss = evaluateLoss(tf, network, validation);
      curve.push(record);
      onEpoch?.(record);
      if (!Number.isFinite(loss) || (record.validationLoss !== undefined && !Number.isFinite(record.validationLoss))) {
        return {
          layers: network.weights(),
          curve,
          stoppedEarly: false,
          bestEpoch: epoch,
          nonFinite: Number.isFinite(loss)
            ? `the validation loss became ${record.validationLoss} in epoch ${epoch}`
            : `the loss became ${loss} in epoch ${epoch}`,
        };
      }
      const weight = network.nonFiniteWeight();
      if (weight !== undefined) {
        return {
          layers: network.weights(),
          curve,
          stoppedEarly: false,
          bestEpoch: epoch,
          nonFinite: `${weight} holds NaN or Inf after epoch ${epoch}`,
        };
      }
      const monitored = record.validationLoss ?? loss;
      if (monitored < best - 1e-7) {
        best = monitored;
        bestEpoch = epoch;
        if (params.patience > 0) bestWeights = network.snapshot();
      } else if (params.patience > 0 && epoch - bestEpoch >= params.patience) {
        stoppedEarly = true;
        break;
      }
    }
    if (bestWeights !== undefined && bestEpoch !== curve.length) network.restore(bestWeights);
    return {
      layers: network.weights(),
      curve,
      stoppedEarly,
      bestEpoch: bestWeights === undefined ? curve.length : bestEpoch,
    };
  } finally {
    optimizer.dispose();
  }
}

/** Probabilities (classification) or values (regression) for encoded rows, in inference mode. */
export function predict(
  tf: Tf,
  layers: DenseWeights[],
  task: TrainTask,
  x: Float32Array,
  rows: number,
  width: number,
): Float32Array {
  return tf.tidy(() => {
    let h: Tensor2D = tf.tensor2d(x, [rows, width]);
    for (const layer of layers) {
      h = tf.add(tf.matMul(h, tf.tensor2d(layer.kernel, [layer.inputSize, layer.units])), tf.tensor1d(layer.bias));
      if (layer.activation !== 'linear') h = activate(tf, h, layer.activation);
    }
    if (task === 'binary') return tf.sigmoid(h).dataSync() as Float32Array;
    if (task === 'multiclass') return tf.softmax(h).dataSync() as Float32Array;
    return h.dataSync() as Float32Array;
  });
}
