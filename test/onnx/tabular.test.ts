import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { inspectOnnx } from '../../src/onnx/inspect.js';
import { exportTabularModel, type FeatureSpec, type TabularModelSpec } from '../../src/onnx/tabular.js';
import { argmax, makeSpec, maxAbsDiff, type Row, randomRows, referencePredict } from './helpers.js';

const TOLERANCE = 1e-5;

const MIXED: FeatureSpec[] = [
  { name: 'age', kind: 'numeric', mean: 41.5, std: 12.25, fill: 39 },
  { name: 'income', kind: 'numeric', mean: 52_000, std: 18_000, fill: 48_000 },
  { name: 'plan', kind: 'categorical', vocabulary: ['basic', 'plus', 'pro'] },
  { name: 'tenure months', kind: 'numeric', mean: 20, std: 9.5, fill: 0 },
  { name: 'region', kind: 'categorical', vocabulary: ['north', 'south', 'east', 'west', 'überall'] },
  { name: 'support_calls', kind: 'numeric', mean: 1.2, std: 0.8, fill: 1.2 },
];
const NUMERIC_ONLY: FeatureSpec[] = [
  { name: 'x1', kind: 'numeric', mean: 0.5, std: 2, fill: 0.5 },
  { name: 'x2', kind: 'numeric', mean: -3, std: 0.25, fill: -1 },
];
const CATEGORICAL_ONLY: FeatureSpec[] = [
  { name: 'color', kind: 'categorical', vocabulary: ['red', 'green', 'blue'] },
  { name: 'size', kind: 'categorical', vocabulary: ['S', 'M', 'L', 'XL'] },
];

const CASES: { name: string; spec: TabularModelSpec }[] = [
  {
    name: 'binary, mixed features, relu + tanh',
    spec: makeSpec(
      1,
      MIXED,
      [
        { units: 16, activation: 'relu' },
        { units: 8, activation: 'tanh' },
      ],
      { task: 'binary' },
      { 'mlops.task': 'binary', 'mlops.run': '42' },
    ),
  },
  {
    name: 'binary, categorical only, sigmoid hidden layer',
    spec: makeSpec(2, CATEGORICAL_ONLY, [{ units: 4, activation: 'sigmoid' }], { task: 'binary' }),
  },
  {
    name: 'multiclass (3), mixed features, elu',
    spec: makeSpec(3, MIXED, [{ units: 12, activation: 'elu' }], { task: 'multiclass', classes: 3 }),
  },
  {
    name: 'multiclass (5), mixed features, selu + relu',
    spec: makeSpec(
      4,
      MIXED,
      [
        { units: 10, activation: 'selu' },
        { units: 7, activation: 'relu' },
      ],
      { task: 'multiclass', classes: 5 },
    ),
  },
  {
    name: 'regression, mixed features, selu',
    spec: makeSpec(5, MIXED, [{ units: 6, activation: 'selu' }], { task: 'regression' }),
  },
  {
    name: 'regression, numeric only, a single linear layer',
    spec: makeSpec(6, NUMERIC_ONLY, [], { task: 'regression' }),
  },
];

function feeds(spec: TabularModelSpec, rows: readonly Row[]): Record<string, ort.Tensor> {
  return Object.fromEntries(
    spec.features.map((f) => {
      const values = rows.map((row) => row[f.name]);
      const tensor =
        f.kind === 'numeric'
          ? new ort.Tensor(
              'float32',
              Float32Array.from(values, (v) => (typeof v === 'number' ? v : Number.NaN)),
              [rows.length, 1],
            )
          : new ort.Tensor(
              'string',
              values.map((v) => (typeof v === 'string' ? v : '')),
              [rows.length, 1],
            );
      return [f.name, tensor];
    }),
  );
}

function floats(tensor: ort.Tensor | undefined): Float32Array {
  if (!(tensor?.data instanceof Float32Array)) throw new Error(`expected a float32 tensor, got ${tensor?.type}`);
  return tensor.data;
}

const ORT_TYPE_OF: Record<string, string> = { float: 'float32', int64: 'int64', string: 'string' };

describe('exportTabularModel run by onnxruntime-node', () => {
  it.each(CASES)('$name matches a float32 reference to 1e-5', async ({ spec }) => {
    const bytes = exportTabularModel(spec);
    const session = await ort.InferenceSession.create(bytes);
    const rows = randomRows(99, spec.features, 64);
    // Rows the random mix may miss: everything missing at once, and every category unseen.
    rows.push(Object.fromEntries(spec.features.map((f) => [f.name, f.kind === 'numeric' ? Number.NaN : ''])));
    rows.push(Object.fromEntries(spec.features.map((f) => [f.name, f.kind === 'numeric' ? 0 : 'BASIC'])));
    const results = await session.run(feeds(spec, rows));
    const expected = referencePredict(spec, rows);

    if (spec.head.task === 'regression') {
      expect(Object.keys(results)).toEqual(['prediction']);
      expect(results.prediction?.dims).toEqual([rows.length, 1]);
      expect(maxAbsDiff(floats(results.prediction), expected.prediction ?? [])).toBeLessThanOrEqual(TOLERANCE);
      return;
    }
    const classes = spec.head.task === 'binary' ? 2 : spec.head.classes;
    expect(results.probabilities?.dims).toEqual([rows.length, classes]);
    const probabilities = floats(results.probabilities);
    expect(maxAbsDiff(probabilities, (expected.probabilities ?? []).flat())).toBeLessThanOrEqual(TOLERANCE);

    const label = results.label;
    expect(label?.type).toBe('int64');
    expect(label?.dims).toEqual([rows.length]);
    const labels = Array.from(label?.data instanceof BigInt64Array ? label.data : [], Number);
    rows.forEach((_, i) => {
      const served = Array.from(probabilities.subarray(i * classes, (i + 1) * classes));
      // The label is the argmax of the served probabilities (ties cannot be compared across implementations).
      expect(labels[i]).toBe(argmax(served));
      const reference = expected.probabilities?.[i] ?? [];
      const sorted = [...reference].sort((a, b) => b - a);
      if ((sorted[0] ?? 0) - (sorted[1] ?? 0) > TOLERANCE) expect(labels[i]).toBe(expected.label?.[i]);
    });
  });

  it.each(CASES)('$name: the session signature agrees with inspectOnnx', async ({ spec }) => {
    const bytes = exportTabularModel(spec);
    const info = inspectOnnx(bytes);
    const session = await ort.InferenceSession.create(bytes);
    expect(session.inputNames).toEqual(info.inputs.map((i) => i.name));
    expect(session.outputNames).toEqual(info.outputs.map((o) => o.name));
    const metadata = [...session.inputMetadata, ...session.outputMetadata];
    const described = [...info.inputs, ...info.outputs];
    expect(metadata.map((m) => m.name)).toEqual(described.map((d) => d.name));
    metadata.forEach((m, i) => {
      const d = described[i];
      expect(m.isTensor).toBe(true);
      if (m.isTensor) {
        expect(m.type).toBe(ORT_TYPE_OF[d?.elemType ?? '']);
        expect(m.shape).toEqual(d?.shape);
      }
    });
  });
});

describe('exportTabularModel rejects specs it cannot export faithfully', () => {
  const base = makeSpec(7, NUMERIC_ONLY, [{ units: 3, activation: 'relu' }], { task: 'binary' });
  const withFeatures = (features: FeatureSpec[]): TabularModelSpec => makeSpec(7, features, [], { task: 'binary' });
  const layer0 = base.layers[0]!;
  const layer1 = base.layers[1]!;
  const cases: { name: string; spec: TabularModelSpec; error: new (...args: never[]) => Error; message: RegExp }[] = [
    { name: 'no features', spec: { ...base, features: [] }, error: RangeError, message: /at least one feature/ },
    { name: 'no layers', spec: { ...base, layers: [] }, error: RangeError, message: /at least one dense layer/ },
    {
      name: 'duplicate feature',
      spec: withFeatures([NUMERIC_ONLY[0]!, NUMERIC_ONLY[0]!]),
      error: ConfigurationError,
      message: /"x1" appears twice/,
    },
    {
      name: 'empty feature name',
      spec: withFeatures([{ name: '', kind: 'numeric', mean: 0, std: 1, fill: 0 }]),
      error: ConfigurationError,
      message: /empty name/,
    },
    {
      name: 'feature named like an output',
      spec: withFeatures([{ name: 'probabilities', kind: 'numeric', mean: 0, std: 1, fill: 0 }]),
      error: ConfigurationError,
      message: /clashes .*output name/,
    },
    {
      name: 'feature named like an internal tensor',
      spec: withFeatures([
        { name: 'a', kind: 'numeric', mean: 0, std: 1, fill: 0 },
        { name: 'mlops/numeric0/raw', kind: 'numeric', mean: 0, std: 1, fill: 0 },
      ]),
      error: ConfigurationError,
      message: /reserved/,
    },
    {
      name: 'zero std',
      spec: withFeatures([{ name: 'a', kind: 'numeric', mean: 0, std: 0, fill: 0 }]),
      error: RangeError,
      message: /std must be > 0/,
    },
    {
      name: 'NaN fill',
      spec: withFeatures([{ name: 'a', kind: 'numeric', mean: 0, std: 1, fill: Number.NaN }]),
      error: RangeError,
      message: /fill is NaN/,
    },
    {
      name: "'' in a vocabulary",
      spec: withFeatures([{ name: 'c', kind: 'categorical', vocabulary: ['a', ''] }]),
      error: RangeError,
      message: /'' in the vocabulary/,
    },
    {
      name: 'duplicate category',
      spec: withFeatures([{ name: 'c', kind: 'categorical', vocabulary: ['a', 'a'] }]),
      error: RangeError,
      message: /duplicates/,
    },
    {
      name: 'empty vocabulary',
      spec: withFeatures([{ name: 'c', kind: 'categorical', vocabulary: [] }]),
      error: RangeError,
      message: /empty vocabulary/,
    },
    {
      name: 'input size mismatch',
      spec: { ...base, layers: [{ ...layer0, inputSize: 3, weights: new Float32Array(9) }, layer1] },
      error: RangeError,
      message: /inputSize is 3 but its input has 2 columns/,
    },
    {
      name: 'wrong weight count',
      spec: { ...base, layers: [{ ...layer0, weights: new Float32Array(5) }, layer1] },
      error: RangeError,
      message: /5 weights for \[2, 3\]/,
    },
    {
      name: 'NaN weight',
      spec: { ...base, layers: [{ ...layer0, weights: new Float32Array([0, 0, Number.NaN, 0, 0, 0]) }, layer1] },
      error: RangeError,
      message: /weight 2 is NaN/,
    },
    {
      name: 'binary head on 2 units',
      spec: { ...makeSpec(8, NUMERIC_ONLY, [], { task: 'multiclass', classes: 2 }), head: { task: 'binary' } },
      error: RangeError,
      message: /binary head needs 1 unit/,
    },
    {
      name: 'multiclass with 1 class',
      spec: { ...base, head: { task: 'multiclass', classes: 1 } },
      error: RangeError,
      message: /at least 2 classes/,
    },
  ];
  it.each(cases)('$name', ({ spec, error, message }) => {
    expect(() => exportTabularModel(spec)).toThrow(error);
    expect(() => exportTabularModel(spec)).toThrow(message);
  });
});
