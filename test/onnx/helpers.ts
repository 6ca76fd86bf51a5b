import { mulberry32 } from '../../src/core/random.js';
import type {
  DenseActivation,
  DenseLayerSpec,
  FeatureSpec,
  HeadSpec,
  TabularModelSpec,
} from '../../src/onnx/tabular.js';

export const rng = mulberry32;

export function featureWidth(features: readonly FeatureSpec[]): number {
  return features.reduce((sum, f) => sum + (f.kind === 'numeric' ? 1 : f.vocabulary.length), 0);
}

/** Dense layers with weights ~ U(-1, 1) / sqrt(fan-in), so activations stay in the range training produces. */
export function randomLayers(
  random: () => number,
  inputSize: number,
  shape: readonly { units: number; activation: DenseActivation }[],
): DenseLayerSpec[] {
  const layers: DenseLayerSpec[] = [];
  for (const { units, activation } of shape) {
    const scale = 1.5 / Math.sqrt(inputSize);
    const weights = Float32Array.from({ length: inputSize * units }, () => (random() * 2 - 1) * scale);
    const bias = Float32Array.from({ length: units }, () => (random() * 2 - 1) * 0.5);
    layers.push({ inputSize, units, weights, bias, activation });
    inputSize = units;
  }
  return layers;
}

export function makeSpec(
  seed: number,
  features: FeatureSpec[],
  hidden: readonly { units: number; activation: DenseActivation }[],
  head: HeadSpec,
  metadata?: Record<string, string>,
): TabularModelSpec {
  const outputUnits = head.task === 'multiclass' ? head.classes : 1;
  const layers = randomLayers(rng(seed), featureWidth(features), [
    ...hidden,
    { units: outputUnits, activation: 'linear' },
  ]);
  return metadata === undefined ? { features, layers, head } : { features, layers, head, metadata };
}

export type Row = Record<string, number | string>;

/** Rows with ~15% missing numerics (NaN), and missing ('') or unseen categories mixed in. */
export function randomRows(seed: number, features: readonly FeatureSpec[], count: number): Row[] {
  const random = rng(seed);
  return Array.from({ length: count }, () => {
    const row: Row = {};
    for (const f of features) {
      if (f.kind === 'numeric') {
        row[f.name] = random() < 0.15 ? Number.NaN : f.mean + (random() * 4 - 2) * f.std;
      } else {
        const u = random();
        row[f.name] =
          u < 0.1 ? '' : u < 0.2 ? 'never-seen' : (f.vocabulary[Math.floor(random() * f.vocabulary.length)] ?? '');
      }
    }
    return row;
  });
}

export interface Reference {
  probabilities?: number[][];
  label?: number[];
  prediction?: number[];
}

const f32 = Math.fround;

function activate(x: number, activation: DenseActivation): number {
  switch (activation) {
    case 'linear':
      return x;
    case 'relu':
      return Math.max(0, x);
    case 'tanh':
      return f32(Math.tanh(x));
    case 'sigmoid':
      return f32(1 / (1 + Math.exp(-x)));
    case 'elu':
      return x > 0 ? x : f32(Math.exp(x) - 1);
    case 'selu':
      return f32(1.0507009873554805 * (x > 0 ? x : 1.6732632423543772 * (Math.exp(x) - 1)));
  }
}

/** The network written out plainly in float32, as the trainer's TF.js model computes it. */
export function referencePredict(spec: TabularModelSpec, rows: readonly Row[]): Reference {
  const outputs = rows.map((row) => {
    let x: number[] = [];
    for (const f of spec.features) {
      const value = row[f.name];
      if (f.kind === 'numeric') {
        const raw = f32(typeof value === 'number' ? value : Number.NaN);
        const filled = Number.isNaN(raw) ? f32(f.fill) : raw;
        x.push(f32(f32(filled - f32(f.mean)) / f32(f.std)));
      } else {
        for (const category of f.vocabulary) x.push(category === value ? 1 : 0);
      }
    }
    for (const layer of spec.layers) {
      const next: number[] = [];
      for (let u = 0; u < layer.units; u++) {
        let sum = 0;
        for (let i = 0; i < layer.inputSize; i++) sum = f32(sum + f32(x[i]! * layer.weights[i * layer.units + u]!));
        next.push(activate(f32(sum + layer.bias[u]!), layer.activation));
      }
      x = next;
    }
    return x;
  });

  if (spec.head.task === 'regression') return { prediction: outputs.map((o) => o[0]!) };
  const probabilities = outputs.map((logits) => {
    if (spec.head.task === 'binary') {
      const positive = f32(1 / (1 + Math.exp(-logits[0]!)));
      return [f32(1 - positive), positive];
    }
    const max = Math.max(...logits);
    const exps = logits.map((l) => Math.exp(l - max));
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => f32(e / total));
  });
  return { probabilities, label: probabilities.map(argmax) };
}

export function argmax(values: readonly number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v > (values[best] ?? Number.NEGATIVE_INFINITY)) best = i;
  });
  return best;
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] ?? Number.NaN) - (b[i] ?? Number.NaN)));
  return max;
}
