import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { elemTypeName, inspectOnnx } from '../../src/onnx/inspect.js';
import { DataType, emptyGraph, emptyModel, emptyNode, encodeModel, OnnxFormatError } from '../../src/onnx/proto.js';
import { exportTabularModel, type FeatureSpec } from '../../src/onnx/tabular.js';
import { makeSpec } from './helpers.js';

const FEATURES: FeatureSpec[] = [
  { name: 'age', kind: 'numeric', mean: 40, std: 10, fill: 40 },
  { name: 'plan', kind: 'categorical', vocabulary: ['basic', 'pro'] },
  { name: 'income', kind: 'numeric', mean: 5, std: 2, fill: 5 },
  { name: 'spend', kind: 'numeric', mean: 1, std: 1, fill: 0 },
];
const FEATURE_INPUTS = [
  { name: 'age', kind: 'tensor', elemType: 'float', shape: ['N', 1], type: 'tensor(float)' },
  { name: 'plan', kind: 'tensor', elemType: 'string', shape: ['N', 1], type: 'tensor(string)' },
  { name: 'income', kind: 'tensor', elemType: 'float', shape: ['N', 1], type: 'tensor(float)' },
  { name: 'spend', kind: 'tensor', elemType: 'float', shape: ['N', 1], type: 'tensor(float)' },
];
const PREPROCESSING_OPS = ['Concat', 'Div', 'Flatten', 'IsNaN', 'Sub', 'Where', 'ai.onnx.ml:OneHotEncoder'];

describe('inspectOnnx on exported tabular models', () => {
  it.each([
    {
      head: { task: 'binary' } as const,
      hidden: [{ units: 4, activation: 'relu' } as const],
      outputs: [
        { name: 'probabilities', kind: 'tensor', elemType: 'float', shape: ['N', 2], type: 'tensor(float)' },
        { name: 'label', kind: 'tensor', elemType: 'int64', shape: ['N'], type: 'tensor(int64)' },
      ],
      // 2 numeric runs x 4 (+1 Concat for the run of two), 2 one-hot, 1 Concat, 2 x (MatMul, Add) + Relu, head 4.
      nodeCount: 9 + 2 + 1 + 5 + 4,
      ops: ['Add', 'ArgMax', 'MatMul', 'Relu', 'Sigmoid'],
    },
    {
      head: { task: 'multiclass', classes: 4 } as const,
      hidden: [{ units: 3, activation: 'tanh' } as const],
      outputs: [
        { name: 'probabilities', kind: 'tensor', elemType: 'float', shape: ['N', 4], type: 'tensor(float)' },
        { name: 'label', kind: 'tensor', elemType: 'int64', shape: ['N'], type: 'tensor(int64)' },
      ],
      nodeCount: 9 + 2 + 1 + 5 + 2,
      ops: ['Add', 'ArgMax', 'MatMul', 'Softmax', 'Tanh'],
    },
    {
      head: { task: 'regression' } as const,
      hidden: [],
      outputs: [{ name: 'prediction', kind: 'tensor', elemType: 'float', shape: ['N', 1], type: 'tensor(float)' }],
      nodeCount: 9 + 2 + 1 + 2,
      ops: ['Add', 'MatMul'],
    },
  ])('$head.task', ({ head, hidden, outputs, nodeCount, ops }) => {
    const info = inspectOnnx(exportTabularModel(makeSpec(3, FEATURES, hidden, head, { 'mlops.task': head.task })));
    expect(info).toEqual({
      irVersion: 8,
      producerName: 'mlops-actions',
      producerVersion: '',
      modelVersion: 0,
      graphName: 'mlops-tabular',
      opsets: [
        { domain: '', version: 17 },
        { domain: 'ai.onnx.ml', version: 3 },
      ],
      inputs: FEATURE_INPUTS,
      outputs,
      metadata: { 'mlops.task': head.task },
      nodeCount,
      opTypes: [...new Set([...PREPROCESSING_OPS, ...ops])].sort(),
    });
  });
});

describe('inspectOnnx on a model written by the onnx Python package', () => {
  const bytes = new Uint8Array(readFileSync(new URL('./fixtures/reference-model.onnx', import.meta.url)));
  const info = inspectOnnx(bytes);

  it('reads provenance, metadata and operators (If branches included)', () => {
    expect(info).toMatchObject({ irVersion: 8, producerName: 'onnx-reference', producerVersion: '1.12' });
    expect(info.modelVersion).toBe(7);
    expect(info.metadata).toEqual({ author: 'fixture', ['__proto__']: 'just a key' });
    expect(Object.getPrototypeOf(info.metadata)).toBe(Object.prototype);
    expect(info.nodeCount).toBe(5);
    expect(info.opTypes).toEqual(['Cast', 'If', 'MatMul', 'Neg', 'Relu', 'Softmax', 'ai.onnx.ml:ZipMap']);
  });

  it('leaves out inputs that are initializers, and describes scalars, unknown dims and ZipMap output', () => {
    expect(info.inputs).toEqual([
      { name: 'X', kind: 'tensor', elemType: 'float', shape: ['N', 3], type: 'tensor(float)' },
      { name: 'flag', kind: 'tensor', elemType: 'bool', shape: [], type: 'tensor(bool)' },
      { name: 'ragged', kind: 'tensor', elemType: 'int64', shape: [null, 4], type: 'tensor(int64)' },
    ]);
    expect(info.outputs[1]).toEqual({
      name: 'output_probability',
      kind: 'sequence',
      elemType: null,
      shape: null,
      type: 'seq(map(int64,tensor(float)))',
    });
  });

  it('agrees with what onnxruntime reports', async () => {
    const session = await ort.InferenceSession.create(bytes, { logSeverityLevel: 3 });
    expect(session.inputNames).toEqual(info.inputs.map((i) => i.name));
    expect(session.outputNames).toEqual(info.outputs.map((o) => o.name));
    // onnxruntime spells an unknown dimension '' where inspectOnnx says null.
    const ortShapes = session.inputMetadata.map((m) => (m.isTensor ? m.shape.map((d) => (d === '' ? null : d)) : null));
    expect(ortShapes).toEqual(info.inputs.map((i) => i.shape));
    expect(session.outputMetadata.map((m) => m.isTensor)).toEqual(info.outputs.map((o) => o.kind === 'tensor'));
  });
});

describe('inspectOnnx details', () => {
  it('names every ONNX data type and tolerates newer ones', () => {
    for (const [name, code] of Object.entries(DataType)) expect(elemTypeName(code)).toBe(name.toLowerCase());
    expect(elemTypeName(99)).toBe('unknown(99)');
    expect(elemTypeName(-1)).toBe('unknown(-1)');
  });

  const model = (fields: Partial<ReturnType<typeof emptyModel>>) =>
    encodeModel({ ...emptyModel(), irVersion: 8, opsetImport: [{ domain: '', version: 17 }], ...fields });

  it.each([
    {
      name: 'an unnamed graph input',
      bytes: model({ graph: { ...emptyGraph(), input: [{ name: '', docString: '' }] } }),
      message: /input or output has no name/,
    },
    {
      name: 'a node without op_type',
      bytes: model({ graph: { ...emptyGraph(), node: [emptyNode(), emptyNode()] } }),
      message: /node 0 of the graph has no op_type/,
    },
  ])('rejects $name', ({ bytes, message }) => {
    expect(() => inspectOnnx(bytes, 'byo/model.onnx')).toThrow(OnnxFormatError);
    expect(() => inspectOnnx(bytes, 'byo/model.onnx')).toThrow(message);
    expect(() => inspectOnnx(bytes, 'byo/model.onnx')).toThrow(/^byo\/model\.onnx is not a valid ONNX model/);
  });

  it('reports untyped values and ancient IR versions without opsets', () => {
    const info = inspectOnnx(
      encodeModel({
        ...emptyModel(),
        irVersion: 2,
        graph: { ...emptyGraph(), output: [{ name: 'y', docString: '' }] },
      }),
    );
    expect(info.opsets).toEqual([]);
    expect(info.outputs).toEqual([{ name: 'y', kind: 'unknown', elemType: null, shape: null, type: 'unknown' }]);
  });
});
