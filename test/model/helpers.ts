import * as ort from 'onnxruntime-node';
import type { InputBinding, ModelManifest, Task } from '../../src/model/package.js';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION, onnxRecord, versionOf } from '../../src/model/package.js';
import { tensorInfo } from '../../src/model/signature.js';
import { tensorValueInfo } from '../../src/onnx/builder.js';
import { inspectOnnx } from '../../src/onnx/inspect.js';
import {
  emptyGraph,
  emptyModel,
  encodeModel,
  type NodeProto,
  type TensorProto,
  type ValueInfoProto,
} from '../../src/onnx/proto.js';
import { exportTabularModel, type FeatureSpec, type TabularModelSpec } from '../../src/onnx/tabular.js';

/** The features of test/train/helpers.ts binaryRows, with statistics close to the generated data's. */
export const BINARY_FEATURES: FeatureSpec[] = [
  { name: 'age', kind: 'numeric', mean: 45, std: 14, fill: 45 },
  { name: 'charges', kind: 'numeric', mean: 70, std: 29, fill: 70 },
  { name: 'plan', kind: 'categorical', vocabulary: ['basic', 'premium', 'standard'] },
];

/** A hand-weighted linear model on BINARY_FEATURES: it ranks rows roughly as the generator's true logit does. */
export function binarySpec(): TabularModelSpec {
  return {
    features: BINARY_FEATURES,
    layers: [
      {
        inputSize: 5,
        units: 1,
        weights: Float32Array.from([1.1, 1.2, -1.5, 1.5, 0]),
        bias: Float32Array.from([0.1]),
        activation: 'linear',
      },
    ],
    head: { task: 'binary' },
  };
}

export const REGRESSION_FEATURES: FeatureSpec[] = [
  { name: 'a', kind: 'numeric', mean: 5, std: 2.9, fill: 5 },
  { name: 'b', kind: 'numeric', mean: 5, std: 2.9, fill: 5 },
];

/** Close to y = 3a − 2b + 50 in the units of test/train/helpers.ts regressionRows, but not exact. */
export function regressionSpec(): TabularModelSpec {
  return {
    features: REGRESSION_FEATURES,
    layers: [
      {
        inputSize: 2,
        units: 1,
        weights: Float32Array.from([3 * 2.9 * 0.97, -2 * 2.9 * 1.02]),
        bias: Float32Array.from([55.3]),
        activation: 'linear',
      },
    ],
    head: { task: 'regression' },
  };
}

/** The bindings the built-in trainer writes: one [N, 1] input per feature, named as the feature. */
export function bindingsFor(features: readonly FeatureSpec[]): InputBinding[] {
  return features.map((feature) =>
    feature.kind === 'numeric'
      ? { feature: feature.name, tensor: feature.name, dtype: 'float32', shape: ['N', 1], kind: 'numeric' }
      : {
          feature: feature.name,
          tensor: feature.name,
          dtype: 'string',
          shape: ['N', 1],
          kind: 'categorical',
          vocabulary: feature.vocabulary,
        },
  );
}

/** A complete, schema-valid manifest for `onnx`, as a trainer would write it. */
export function manifestFor(
  onnx: Uint8Array,
  options: { task: Task; inputs: InputBinding[]; classes?: string[]; label?: string; name?: string },
): ModelManifest {
  const info = inspectOnnx(onnx);
  return {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    name: options.name ?? 'hand-made',
    version: versionOf(onnx),
    createdAt: '2024-05-01T12:00:00.000Z',
    task: options.task,
    ...(options.label === undefined ? {} : { label: options.label }),
    framework: { name: 'test', backend: 'cpu' },
    onnx: onnxRecord(onnx, info),
    inputs: options.inputs,
    outputs: {
      tensors: info.outputs.map(tensorInfo),
      ...(options.task === 'regression'
        ? { prediction: 'prediction' }
        : { probabilities: 'probabilities', classes: options.classes ?? ['0', '1'] }),
    },
    training: {
      data: { digest: `sha256:${'0'.repeat(64)}`, rows: 0, files: [] },
      params: {},
      seed: 1,
      metrics: {},
      lossCurve: [],
      durationSeconds: 0,
    },
    lineage: { runner: {}, hardware: { cpu: 'test', cores: 1, memoryBytes: 1, gpus: [] } },
  };
}

export function binaryPackageParts(): { onnx: Uint8Array; manifest: ModelManifest } {
  const onnx = exportTabularModel(binarySpec());
  return {
    onnx,
    manifest: manifestFor(onnx, { task: 'binary', inputs: bindingsFor(BINARY_FEATURES), label: 'churned' }),
  };
}

/** A hand-built graph (opset 17, IR 8) for models the tabular exporter cannot express. */
export function customModel(parts: {
  inputs: ValueInfoProto[];
  outputs: ValueInfoProto[];
  nodes: NodeProto[];
  initializers?: TensorProto[];
}): Uint8Array {
  const graph = emptyGraph();
  graph.name = 'test-custom';
  graph.input = parts.inputs;
  graph.output = parts.outputs;
  graph.node = parts.nodes;
  graph.initializer = parts.initializers ?? [];
  const model = emptyModel();
  model.irVersion = 8;
  model.opsetImport = [{ domain: '', version: 17 }];
  model.producerName = 'test';
  model.graph = graph;
  return encodeModel(model);
}

/** Feeds raw rows to the packaged model with ONNX Runtime directly, as a server would, per the manifest. */
export async function scoreWithOrt(
  onnxPath: string,
  manifest: ModelManifest,
  rows: ReadonlyArray<Record<string, string | number | null>>,
): Promise<number[][]> {
  const session = await ort.InferenceSession.create(onnxPath);
  const feeds: Record<string, ort.Tensor> = {};
  for (const input of manifest.inputs) {
    const values = rows.map((row) => row[input.feature] ?? null);
    feeds[input.tensor] =
      input.kind === 'numeric'
        ? new ort.Tensor(
            'float32',
            Float32Array.from(values, (value) => (value === null ? Number.NaN : Number(value))),
            [rows.length, 1],
          )
        : new ort.Tensor(
            'string',
            values.map((value) => (value === null ? '' : String(value))),
            [rows.length, 1],
          );
  }
  const output = manifest.outputs.probabilities ?? manifest.outputs.prediction;
  if (output === undefined) throw new Error('the manifest names no output');
  const result = (await session.run(feeds, [output]))[output] as ort.Tensor;
  await session.release();
  const width = result.dims.length === 2 ? Number(result.dims[1]) : 1;
  const data = Array.from(result.data as Float32Array);
  return rows.map((_, row) => data.slice(row * width, (row + 1) * width));
}

export { tensorValueInfo };
