/**
 * ONNX exporter for the suite's built-in tabular models (feature preprocessing + a stack of dense layers + a head).
 *
 * SERVING CONTRACT (what evaluate, check-serving-compat and load-test feed and read; changing it breaks them):
 *
 *   Inputs, one per raw feature, named exactly as the feature, in spec order, batch dimension symbolic 'N':
 *     numeric      float32 [N, 1]   NaN means missing
 *     categorical  string  [N, 1]   '' means missing
 *   Outputs:
 *     binary / multiclass  `probabilities` float32 [N, C] (binary: C = 2, column 1 = sigmoid(logit), column 0 = 1 - it)
 *                          `label`         int64   [N]    argmax of probabilities (the first index on a tie)
 *     regression           `prediction`    float32 [N, 1]
 *
 * The graph computes exactly what the trainer's float32 network computes, in the same order, so the TF.js vs
 * onnxruntime parity check can hold at 1e-5:
 *   numeric:     x = isNaN(x) ? fill : x;  x = (x - mean) / std          (IsNaN, Where, Sub, Div)
 *   categorical: one-hot in vocabulary order, unknown or '' -> all zeros  (ai.onnx.ml OneHotEncoder zeros=1, Flatten)
 *   concat in feature order (Concat axis 1), then per layer x = act(x @ kernel + bias) (MatMul, Add, activation)
 *   head: binary Sigmoid on the single logit; multiclass Softmax(axis -1); regression none. Label: ArgMax keepdims 0.
 * Runs of adjacent numeric features are concatenated first and preprocessed as one [N, k] block: identical values,
 * fewer nodes.
 *
 * Opsets: ai.onnx 17 and ai.onnx.ml 3 with IR version 8. Every op used here is unchanged in meaning since at least
 * these versions; 17 / 3 / IR 8 are the newest that onnx 1.12's checker (Debian's python3-onnx) validates, and
 * onnxruntime-node 1.30 runs far newer ones, so the files open in every runtime the suite is likely to meet.
 */
import { ConfigurationError } from '../core/errors.js';
import { floatAttribute, floatTensor, intAttribute, makeNode, stringsAttribute, tensorValueInfo } from './builder.js';
import {
  DataType,
  emptyGraph,
  emptyModel,
  encodeModel,
  type ModelProto,
  type NodeProto,
  type TensorProto,
  type ValueInfoProto,
} from './proto.js';

export type FeatureSpec =
  | { name: string; kind: 'numeric'; mean: number; std: number; fill: number }
  | { name: string; kind: 'categorical'; vocabulary: string[] };

export type DenseActivation = 'relu' | 'tanh' | 'sigmoid' | 'linear' | 'elu' | 'selu';

export interface DenseLayerSpec {
  inputSize: number;
  units: number;
  /** Row-major [inputSize, units], the layout of a tf.layers.dense kernel. */
  weights: Float32Array;
  bias: Float32Array;
  activation: DenseActivation;
}

export type HeadSpec = { task: 'binary' } | { task: 'multiclass'; classes: number } | { task: 'regression' };

export interface TabularModelSpec {
  /** Order of the concatenated input vector: numeric 1 column, categorical vocabulary.length columns. */
  features: FeatureSpec[];
  /** The last layer's output is the head's pre-activation: give it activation 'linear'. */
  layers: DenseLayerSpec[];
  head: HeadSpec;
  metadata?: Record<string, string>;
}

export const TABULAR_IR_VERSION = 8;
export const TABULAR_OPSETS: readonly { domain: string; version: number }[] = [
  { domain: '', version: 17 },
  { domain: 'ai.onnx.ml', version: 3 },
];
export const PRODUCER_NAME = 'mlops-actions';
export const BATCH_DIM = 'N';
export const OUTPUT_PROBABILITIES = 'probabilities';
export const OUTPUT_LABEL = 'label';
export const OUTPUT_PREDICTION = 'prediction';

const ML_DOMAIN = 'ai.onnx.ml';
/** Internal tensor names live under this prefix; a feature name that collides with one is rejected. */
const INTERNAL = 'mlops/';
/** tf.selu's constants, which ONNX's Selu defaults also round from; passed explicitly so no default is assumed. */
const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;

/** Serializes the model described by `spec` as ONNX bytes (see the contract above). */
export function exportTabularModel(spec: TabularModelSpec): Uint8Array {
  return encodeModel(buildTabularModel(spec));
}

/** The model as a message, for callers that want to inspect or extend it before encoding. */
export function buildTabularModel(spec: TabularModelSpec): ModelProto {
  validateSpec(spec);
  const nodes: NodeProto[] = [];
  const initializers: TensorProto[] = [];
  const valueInfo: ValueInfoProto[] = [];

  const blocks: string[] = [];
  for (let i = 0; i < spec.features.length; ) {
    const feature = spec.features[i]!;
    if (feature.kind === 'categorical') {
      blocks.push(categoricalBlock(feature.name, feature.vocabulary, `${INTERNAL}categorical${i}`, nodes, valueInfo));
      i++;
      continue;
    }
    const run: Extract<FeatureSpec, { kind: 'numeric' }>[] = [];
    for (let next = spec.features[i]; next?.kind === 'numeric'; next = spec.features[++i]) run.push(next);
    blocks.push(numericBlock(run, `${INTERNAL}numeric${i - run.length}`, nodes, initializers));
  }
  let x = blocks[0]!;
  if (blocks.length > 1) {
    x = `${INTERNAL}features`;
    nodes.push(makeNode('Concat', blocks, [x], [intAttribute('axis', 1)]));
  }

  const last = spec.layers.length - 1;
  spec.layers.forEach((layer, index) => {
    const output = index === last && spec.head.task === 'regression' ? OUTPUT_PREDICTION : undefined;
    x = denseLayer(layer, x, `${INTERNAL}dense${index}`, output, nodes, initializers);
  });

  const graph = emptyGraph();
  graph.name = 'mlops-tabular';
  graph.docString = `mlops-actions tabular model (${spec.head.task}); contract in src/onnx/tabular.ts`;
  graph.input = spec.features.map((f) =>
    tensorValueInfo(f.name, f.kind === 'numeric' ? DataType.FLOAT : DataType.STRING, [BATCH_DIM, 1]),
  );

  if (spec.head.task === 'regression') {
    graph.output = [tensorValueInfo(OUTPUT_PREDICTION, DataType.FLOAT, [BATCH_DIM, 1])];
  } else {
    let classes: number;
    if (spec.head.task === 'binary') {
      classes = 2;
      const positive = `${INTERNAL}head/positive`;
      const negative = `${INTERNAL}head/negative`;
      const one = `${INTERNAL}head/one`;
      initializers.push(floatTensor(one, [], [1]));
      nodes.push(
        makeNode('Sigmoid', [x], [positive]),
        makeNode('Sub', [one, positive], [negative]),
        makeNode('Concat', [negative, positive], [OUTPUT_PROBABILITIES], [intAttribute('axis', 1)]),
      );
    } else {
      classes = spec.head.classes;
      nodes.push(makeNode('Softmax', [x], [OUTPUT_PROBABILITIES], [intAttribute('axis', -1)]));
    }
    nodes.push(
      makeNode(
        'ArgMax',
        [OUTPUT_PROBABILITIES],
        [OUTPUT_LABEL],
        [intAttribute('axis', 1), intAttribute('keepdims', 0), intAttribute('select_last_index', 0)],
      ),
    );
    graph.output = [
      tensorValueInfo(OUTPUT_PROBABILITIES, DataType.FLOAT, [BATCH_DIM, classes]),
      tensorValueInfo(OUTPUT_LABEL, DataType.INT64, [BATCH_DIM]),
    ];
  }
  graph.node = nodes;
  graph.initializer = initializers;
  graph.valueInfo = valueInfo;
  checkNameCollisions(spec, graph.node, graph.initializer);

  const model = emptyModel();
  model.irVersion = TABULAR_IR_VERSION;
  model.opsetImport = TABULAR_OPSETS.map((o) => ({ ...o }));
  model.producerName = PRODUCER_NAME;
  model.graph = graph;
  model.metadataProps = Object.entries(spec.metadata ?? {}).map(([key, value]) => ({ key, value }));
  return model;
}

function numericBlock(
  run: readonly Extract<FeatureSpec, { kind: 'numeric' }>[],
  prefix: string,
  nodes: NodeProto[],
  initializers: TensorProto[],
): string {
  let raw = run[0]!.name;
  if (run.length > 1) {
    raw = `${prefix}/raw`;
    nodes.push(
      makeNode(
        'Concat',
        run.map((f) => f.name),
        [raw],
        [intAttribute('axis', 1)],
      ),
    );
  }
  const k = run.length;
  initializers.push(
    floatTensor(
      `${prefix}/fill`,
      [k],
      run.map((f) => f.fill),
    ),
    floatTensor(
      `${prefix}/mean`,
      [k],
      run.map((f) => f.mean),
    ),
    floatTensor(
      `${prefix}/std`,
      [k],
      run.map((f) => f.std),
    ),
  );
  nodes.push(
    makeNode('IsNaN', [raw], [`${prefix}/missing`]),
    makeNode('Where', [`${prefix}/missing`, `${prefix}/fill`, raw], [`${prefix}/filled`]),
    makeNode('Sub', [`${prefix}/filled`, `${prefix}/mean`], [`${prefix}/centered`]),
    makeNode('Div', [`${prefix}/centered`, `${prefix}/std`], [`${prefix}/scaled`]),
  );
  return `${prefix}/scaled`;
}

function categoricalBlock(
  input: string,
  vocabulary: readonly string[],
  prefix: string,
  nodes: NodeProto[],
  valueInfo: ValueInfoProto[],
): string {
  // OneHotEncoder appends the category axis: [N, 1] -> [N, 1, V]; Flatten(axis 1) makes it [N, V]. onnx declares no
  // type inference for OneHotEncoder, so its output type is stated, or the checker's strict shape inference fails.
  valueInfo.push(tensorValueInfo(`${prefix}/onehot3d`, DataType.FLOAT, [BATCH_DIM, 1, vocabulary.length]));
  nodes.push(
    makeNode(
      'OneHotEncoder',
      [input],
      [`${prefix}/onehot3d`],
      [stringsAttribute('cats_strings', vocabulary), intAttribute('zeros', 1)],
      ML_DOMAIN,
    ),
    makeNode('Flatten', [`${prefix}/onehot3d`], [`${prefix}/onehot`], [intAttribute('axis', 1)]),
  );
  return `${prefix}/onehot`;
}

function denseLayer(
  layer: DenseLayerSpec,
  x: string,
  prefix: string,
  finalName: string | undefined,
  nodes: NodeProto[],
  initializers: TensorProto[],
): string {
  // MatMul then Add (not Gemm, which seeds the accumulator with the bias) keeps tf.layers.dense's rounding order.
  const output = finalName ?? `${prefix}/output`;
  const preactivation = layer.activation === 'linear' ? output : `${prefix}/preactivation`;
  initializers.push(
    floatTensor(`${prefix}/kernel`, [layer.inputSize, layer.units], layer.weights),
    floatTensor(`${prefix}/bias`, [layer.units], layer.bias),
  );
  nodes.push(
    makeNode('MatMul', [x, `${prefix}/kernel`], [`${prefix}/matmul`]),
    makeNode('Add', [`${prefix}/matmul`, `${prefix}/bias`], [preactivation]),
  );
  switch (layer.activation) {
    case 'linear':
      break;
    case 'relu':
      nodes.push(makeNode('Relu', [preactivation], [output]));
      break;
    case 'tanh':
      nodes.push(makeNode('Tanh', [preactivation], [output]));
      break;
    case 'sigmoid':
      nodes.push(makeNode('Sigmoid', [preactivation], [output]));
      break;
    case 'elu':
      nodes.push(makeNode('Elu', [preactivation], [output], [floatAttribute('alpha', 1)]));
      break;
    case 'selu':
      nodes.push(
        makeNode(
          'Selu',
          [preactivation],
          [output],
          [floatAttribute('alpha', SELU_ALPHA), floatAttribute('gamma', SELU_SCALE)],
        ),
      );
      break;
  }
  return output;
}

const ACTIVATIONS: ReadonlySet<string> = new Set<DenseActivation>(['relu', 'tanh', 'sigmoid', 'linear', 'elu', 'selu']);

/**
 * Names come from the user's data, so a clash is a ConfigurationError (rename the column); inconsistent sizes or
 * non-finite numbers can only come from the trainer, so they are RangeErrors (bugs, with a stack).
 */
function validateSpec(spec: TabularModelSpec): void {
  if (spec.features.length === 0) throw new RangeError('a tabular model needs at least one feature');
  if (spec.layers.length === 0) throw new RangeError('a tabular model needs at least one dense layer');

  const seen = new Set<string>();
  let width = 0;
  for (const feature of spec.features) {
    if (feature.name === '') throw new ConfigurationError('a feature has an empty name; ONNX inputs need a name');
    if (seen.has(feature.name)) throw new ConfigurationError(`feature "${feature.name}" appears twice`);
    seen.add(feature.name);
    if (feature.kind === 'numeric') {
      for (const key of ['mean', 'std', 'fill'] as const) {
        if (!Number.isFinite(feature[key])) {
          throw new RangeError(`feature "${feature.name}": ${key} is ${feature[key]}, not a finite number`);
        }
      }
      if (!(feature.std > 0)) throw new RangeError(`feature "${feature.name}": std must be > 0, got ${feature.std}`);
      width += 1;
    } else {
      const vocabulary = feature.vocabulary;
      if (vocabulary.length === 0) throw new RangeError(`feature "${feature.name}": empty vocabulary`);
      // '' is the missing marker and must map to all zeros, so it cannot also be a category.
      if (vocabulary.includes('')) throw new RangeError(`feature "${feature.name}": '' in the vocabulary`);
      if (new Set(vocabulary).size !== vocabulary.length) {
        throw new RangeError(`feature "${feature.name}": the vocabulary has duplicates`);
      }
      width += vocabulary.length;
    }
  }

  let inputSize = width;
  spec.layers.forEach((layer, i) => {
    const where = `dense layer ${i}`;
    if (!Number.isInteger(layer.units) || layer.units < 1) throw new RangeError(`${where}: units = ${layer.units}`);
    if (layer.inputSize !== inputSize) {
      throw new RangeError(`${where}: inputSize is ${layer.inputSize} but its input has ${inputSize} columns`);
    }
    if (layer.weights.length !== layer.inputSize * layer.units) {
      throw new RangeError(`${where}: ${layer.weights.length} weights for [${layer.inputSize}, ${layer.units}]`);
    }
    if (layer.bias.length !== layer.units) throw new RangeError(`${where}: ${layer.bias.length} biases`);
    if (!ACTIVATIONS.has(layer.activation)) throw new RangeError(`${where}: unknown activation ${layer.activation}`);
    const badWeight = layer.weights.findIndex((v) => !Number.isFinite(v));
    if (badWeight >= 0) throw new RangeError(`${where}: weight ${badWeight} is ${layer.weights[badWeight]}`);
    const badBias = layer.bias.findIndex((v) => !Number.isFinite(v));
    if (badBias >= 0) throw new RangeError(`${where}: bias ${badBias} is ${layer.bias[badBias]}`);
    inputSize = layer.units;
  });

  const head = spec.head;
  const expected = head.task === 'multiclass' ? head.classes : 1;
  if (head.task === 'multiclass' && (!Number.isInteger(head.classes) || head.classes < 2)) {
    throw new RangeError(`a multiclass head needs at least 2 classes, got ${head.classes}`);
  }
  if (inputSize !== expected) {
    throw new RangeError(`a ${head.task} head needs ${expected} unit(s) in the last layer, got ${inputSize}`);
  }
}

function checkNameCollisions(spec: TabularModelSpec, nodes: readonly NodeProto[], inits: readonly TensorProto[]): void {
  const produced = new Set([...nodes.flatMap((n) => n.output), ...inits.map((t) => t.name)]);
  for (const feature of spec.features) {
    if (produced.has(feature.name)) {
      const why = feature.name.startsWith(INTERNAL)
        ? `names starting with "${INTERNAL}" are reserved`
        : 'an output name';
      throw new ConfigurationError(`feature "${feature.name}" clashes with a tensor of the exported model (${why})`);
    }
  }
}
