import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { inspectOnnx } from '../../src/onnx/inspect.js';
import {
  AttributeType,
  DataType,
  decodeModel,
  emptyAttribute,
  emptyGraph,
  emptyModel,
  emptyNode,
  emptyTensor,
  encodeModel,
  type GraphProto,
  type ModelProto,
  OnnxFormatError,
  type TensorProto,
} from '../../src/onnx/proto.js';
import { exportTabularModel } from '../../src/onnx/tabular.js';
import { makeSpec, rng } from './helpers.js';

const utf8 = new TextEncoder();
const REFERENCE_MODEL = new URL('./fixtures/reference-model.onnx', import.meta.url);

const EXPORTED = exportTabularModel(
  makeSpec(
    11,
    [
      { name: 'a', kind: 'numeric', mean: 1, std: 2, fill: 0 },
      { name: 'c', kind: 'categorical', vocabulary: ['x', 'y'] },
    ],
    [{ units: 3, activation: 'relu' }],
    { task: 'binary' },
    { source: 'proto.test' },
  ),
);

function tensor(fields: Partial<TensorProto>): TensorProto {
  return { ...emptyTensor(), ...fields };
}

/** Every message and field kind the codec handles, with values that survive float32 and int64 exactly. */
function everythingModel(): ModelProto {
  const subgraph: GraphProto = {
    ...emptyGraph(),
    name: 'body',
    node: [{ ...emptyNode(), opType: 'Identity', input: ['x'], output: ['y'] }],
  };
  const graph: GraphProto = {
    ...emptyGraph(),
    name: 'everything',
    docString: 'graph doc',
    node: [
      {
        ...emptyNode(),
        name: 'n0',
        opType: 'Custom',
        domain: 'com.example',
        docString: 'node doc',
        input: ['x', ''],
        output: ['y'],
        attribute: [
          { ...emptyAttribute(), name: 'f', type: AttributeType.FLOAT, f: 0 },
          { ...emptyAttribute(), name: 'i', type: AttributeType.INT, i: -7, docString: 'attr doc' },
          { ...emptyAttribute(), name: 's', type: AttributeType.STRING, s: utf8.encode('ünïcode') },
          { ...emptyAttribute(), name: 't', type: AttributeType.TENSOR, t: tensor({ dataType: DataType.BOOL }) },
          { ...emptyAttribute(), name: 'g', type: AttributeType.GRAPH, g: subgraph },
          { ...emptyAttribute(), name: 'fs', type: AttributeType.FLOATS, floats: [1.5, -0.25, 3] },
          { ...emptyAttribute(), name: 'is', type: AttributeType.INTS, ints: [0, -1, 2 ** 40, -(2 ** 52)] },
          {
            ...emptyAttribute(),
            name: 'ss',
            type: AttributeType.STRINGS,
            strings: [utf8.encode('a'), new Uint8Array()],
          },
          {
            ...emptyAttribute(),
            name: 'ts',
            type: AttributeType.TENSORS,
            tensors: [tensor({ name: 't1' }), tensor({ name: 't2' })],
          },
          { ...emptyAttribute(), name: 'gs', type: AttributeType.GRAPHS, graphs: [subgraph, emptyGraph()] },
          { ...emptyAttribute(), name: 'ref', type: AttributeType.FLOAT, refAttrName: 'outer' },
          {
            ...emptyAttribute(),
            name: 'tp',
            type: AttributeType.TYPE_PROTO,
            tp: { denotation: 'IMAGE', value: { kind: 'tensor', elemType: DataType.UINT8 } },
          },
          {
            ...emptyAttribute(),
            name: 'tps',
            type: AttributeType.TYPE_PROTOS,
            typeProtos: [{ denotation: '' }, { denotation: '', value: { kind: 'optional' } }],
          },
          {
            ...emptyAttribute(),
            name: 'sp',
            type: AttributeType.SPARSE_TENSOR,
            sparseTensor: { dims: [4], values: tensor({ dataType: DataType.FLOAT, floatData: [1] }) },
          },
          {
            ...emptyAttribute(),
            name: 'sps',
            type: AttributeType.SPARSE_TENSORS,
            sparseTensors: [{ dims: [] }, { dims: [2, 2], indices: tensor({ int64Data: [3] }) }],
          },
        ],
      },
    ],
    initializer: [
      tensor({
        name: 'all-data',
        docString: 'tensor doc',
        dims: [2, 3, 0],
        dataType: DataType.FLOAT,
        floatData: [0.5, -2, Number.POSITIVE_INFINITY],
        int32Data: [-1, 0, 2 ** 31 - 1, -(2 ** 31)],
        stringData: [utf8.encode('s')],
        int64Data: [-(2 ** 53) + 1, 2 ** 53 - 1],
        rawData: new Uint8Array([1, 2, 3]),
        doubleData: [Math.PI, -0.1],
        uint64Data: [0, 2 ** 53 - 1],
        externalData: [{ key: 'location', value: 'weights.bin' }],
        dataLocation: 1,
      }),
      tensor({ name: 'empty-raw', dataType: DataType.INT8, rawData: new Uint8Array() }),
    ],
    sparseInitializer: [{ dims: [10], values: tensor({ name: 'sparse' }), indices: tensor({ int64Data: [1] }) }],
    input: [
      {
        name: 'x',
        docString: 'input doc',
        type: {
          denotation: 'TENSOR',
          value: {
            kind: 'tensor',
            elemType: DataType.FLOAT,
            shape: {
              dim: [
                { dimParam: 'N', denotation: 'DATA_BATCH' },
                { dimValue: 0, denotation: '' },
                { denotation: '' },
                { dimValue: 2 ** 33, denotation: '' },
              ],
            },
          },
        },
      },
      { name: 'no-type', docString: '' },
      {
        name: 'unranked',
        docString: '',
        type: { denotation: '', value: { kind: 'tensor', elemType: DataType.DOUBLE } },
      },
      {
        name: 'scalar',
        docString: '',
        type: { denotation: '', value: { kind: 'tensor', elemType: DataType.BOOL, shape: { dim: [] } } },
      },
    ],
    output: [
      {
        name: 'zipmap',
        docString: '',
        type: {
          denotation: '',
          value: {
            kind: 'sequence',
            elemType: {
              denotation: '',
              value: {
                kind: 'map',
                keyType: DataType.STRING,
                valueType: { denotation: '', value: { kind: 'tensor', elemType: DataType.FLOAT } },
              },
            },
          },
        },
      },
      {
        name: 'sparse-out',
        docString: '',
        type: {
          denotation: '',
          value: { kind: 'sparse_tensor', elemType: DataType.FLOAT, shape: { dim: [{ dimValue: 5, denotation: '' }] } },
        },
      },
      {
        name: 'maybe',
        docString: '',
        type: {
          denotation: '',
          value: { kind: 'optional', elemType: { denotation: '', value: { kind: 'sequence' } } },
        },
      },
      { name: 'empty-map', docString: '', type: { denotation: '', value: { kind: 'map', keyType: DataType.INT64 } } },
    ],
    valueInfo: [{ name: 'y', docString: '' }],
  };
  return {
    ...emptyModel(),
    irVersion: 8,
    opsetImport: [
      { domain: '', version: 17 },
      { domain: 'com.example', version: 1 },
    ],
    producerName: 'test',
    producerVersion: '0.0.1',
    domain: 'org.example',
    modelVersion: 2 ** 40,
    docString: 'model doc',
    graph,
    metadataProps: [
      { key: 'k', value: 'v' },
      { key: '', value: '' },
    ],
  };
}

/** A hand-assembled message: [field, wire type, write the payload] in order. */
function message(fields: [number, number, (w: protobuf.Writer) => void][]): Uint8Array {
  const w = protobuf.Writer.create();
  for (const [field, wire, write] of fields) {
    w.uint32(((field << 3) | wire) >>> 0);
    write(w);
  }
  return w.finish();
}
const VARINT = 0;
const I64 = 1;
const LEN = 2;
const I32 = 5;
const sub =
  (bytes: Uint8Array) =>
  (w: protobuf.Writer): void => {
    w.bytes(bytes);
  };

describe('encode → decode round trip', () => {
  it('keeps every field of every message kind', () => {
    const model = everythingModel();
    const bytes = encodeModel(model);
    const decoded = decodeModel(bytes);
    expect(decoded).toEqual(model);
    expect(encodeModel(decoded)).toEqual(bytes);
  });

  it('re-encodes an exported model byte for byte', () => {
    expect(encodeModel(decodeModel(EXPORTED))).toEqual(EXPORTED);
  });

  it('reads a model written by the onnx Python package and re-encodes it to the same content', () => {
    const bytes = new Uint8Array(readFileSync(REFERENCE_MODEL));
    const decoded = decodeModel(bytes);
    expect(decoded.producerName).toBe('onnx-reference');
    expect(decoded.graph?.node.map((n) => n.opType)).toEqual(['MatMul', 'If', 'Softmax', 'ZipMap', 'Cast']);
    expect(decodeModel(encodeModel(decoded))).toEqual(decoded);
  });

  it('refuses int64 values it cannot represent exactly', () => {
    const model = everythingModel();
    model.modelVersion = 2 ** 60;
    expect(() => encodeModel(model)).toThrow(RangeError);
    model.modelVersion = 1.5;
    expect(() => encodeModel(model)).toThrow(/cannot hold 1.5/);
  });
});

describe('decodeModel wire handling', () => {
  const opset = message([
    [1, LEN, (w) => w.string('')],
    [2, VARINT, (w) => w.int64(17)],
    [7, I32, (w) => w.fixed32(1)], // unknown field inside a nested message
  ]);
  const tensorBytes = message([
    [1, LEN, (w) => w.fork().int64(2).int64(3).ldelim()], // dims packed (writers emit them unpacked)
    [2, VARINT, (w) => w.int32(DataType.FLOAT)],
    ...[1, 2, 3, 4, 5, 6].map((v): [number, number, (w: protobuf.Writer) => void] => [4, I32, (w) => w.float(v)]),
    [8, LEN, (w) => w.string('w')],
    [10, I64, (w) => w.double(0.5)], // double_data unpacked (writers emit it packed)
    [99, LEN, (w) => w.bytes(new Uint8Array([1, 2, 3]))],
  ]);
  const node = message([
    [4, LEN, (w) => w.string('Relu')],
    [9, LEN, sub(message([[1, LEN, (w) => w.string('newer NodeProto.metadata_props')]]))],
    [1, LEN, (w) => w.string('x')],
    [2, LEN, (w) => w.string('y')],
  ]);
  const graph = message([
    [1, LEN, sub(node)],
    [5, LEN, sub(tensorBytes)],
    [2, LEN, (w) => w.string('g')],
    [99, I64, (w) => w.fixed64(123)],
  ]);
  const model = message([
    [8, LEN, sub(opset)],
    [7, LEN, sub(graph)],
    [1, VARINT, (w) => w.int64(9)],
    [20, LEN, sub(message([[1, LEN, sub(graph)]]))], // training_info: not decoded, skipped
    [1000, VARINT, (w) => w.uint64(2 ** 40)],
    [25, LEN, (w) => w.bytes(new Uint8Array([0x0a, 0x01, 0x41]))], // functions: skipped
  ]);

  it('skips unknown fields at every level and accepts packed and unpacked repeated scalars', () => {
    const decoded = decodeModel(model);
    expect(decoded.irVersion).toBe(9);
    expect(decoded.opsetImport).toEqual([{ domain: '', version: 17 }]);
    expect(decoded.graph?.name).toBe('g');
    expect(decoded.graph?.node).toEqual([{ ...emptyNode(), opType: 'Relu', input: ['x'], output: ['y'] }]);
    expect(decoded.graph?.initializer).toEqual([
      tensor({ name: 'w', dims: [2, 3], dataType: DataType.FLOAT, floatData: [1, 2, 3, 4, 5, 6], doubleData: [0.5] }),
    ]);
  });

  it('merges a repeated singular message field and lets the last oneof member win', () => {
    const dim = message([
      [1, VARINT, (w) => w.int64(4)],
      [2, LEN, (w) => w.string('N')],
    ]);
    const type = message([[1, LEN, sub(message([[2, LEN, sub(message([[1, LEN, sub(dim)]]))]]))]]);
    const input = message([
      [1, LEN, (w) => w.string('x')],
      [2, LEN, sub(type)],
    ]);
    const bytes = message([
      [1, VARINT, (w) => w.int64(8)],
      [8, LEN, sub(opset)],
      [7, LEN, sub(message([[2, LEN, (w) => w.string('first')]]))],
      [7, LEN, sub(message([[11, LEN, sub(input)]]))],
    ]);
    const decoded = decodeModel(bytes);
    expect(decoded.graph?.name).toBe('first');
    expect(decoded.graph?.input[0]?.type?.value).toEqual({
      kind: 'tensor',
      elemType: 0,
      shape: { dim: [{ dimParam: 'N', denotation: '' }] },
    });
  });
});

describe('decodeModel and inspectOnnx on hostile input', () => {
  const random = rng(2024);
  const randomBytes = (length: number) => Uint8Array.from({ length }, () => Math.floor(random() * 256));
  const withHeader = (rest: number[]) => new Uint8Array([0x08, 0x08, ...rest]); // ir_version 8, then `rest`
  const nested = (depth: number): GraphProto => {
    let graph = emptyGraph();
    for (let i = 0; i < depth; i++) {
      const attribute = { ...emptyAttribute(), name: 'body', type: AttributeType.GRAPH, g: graph };
      graph = { ...emptyGraph(), node: [{ ...emptyNode(), opType: 'Loop', attribute: [attribute] }] };
    }
    return graph;
  };
  const deep = encodeModel({
    ...emptyModel(),
    irVersion: 8,
    opsetImport: [{ domain: '', version: 17 }],
    graph: nested(60),
  });

  const cases: { name: string; bytes: Uint8Array; message: RegExp }[] = [
    { name: 'empty file', bytes: new Uint8Array(), message: /the file is empty/ },
    { name: 'a single zero byte', bytes: new Uint8Array([0]), message: /field number 0/ },
    { name: 'text, not protobuf', bytes: utf8.encode('{"not": "onnx"}\n'), message: /wire type|corrupt|overruns/ },
    { name: 'only ir_version', bytes: withHeader([]), message: /has no graph/ },
    { name: 'no ir_version', bytes: message([[7, LEN, sub(new Uint8Array())]]), message: /no ir_version/ },
    { name: 'no opset_import', bytes: withHeader([0x3a, 0x00]), message: /imports no operator set/ },
    {
      name: 'graph length prefix claims 2 GB - 1',
      bytes: withHeader([0x3a, 0xff, 0xff, 0xff, 0xff, 0x07, 0x01, 0x02]),
      message: /claims 2147483647 bytes but only 2 remain/,
    },
    {
      name: 'graph length prefix claims 2 GB',
      bytes: withHeader([0x3a, 0x80, 0x80, 0x80, 0x80, 0x08, 0x01]),
      message: /invalid length encoding/,
    },
    {
      name: 'string length prefix claims 2 GB - 1',
      bytes: withHeader([0x12, 0xff, 0xff, 0xff, 0xff, 0x07, 0x41]),
      message: /truncated or corrupt: a value at byte \d+ runs past the end of the file/,
    },
    {
      name: 'unknown field length prefix claims 2 GB - 1',
      bytes: withHeader([0xfa, 0x3e, 0xff, 0xff, 0xff, 0xff, 0x07]),
      message: /truncated or corrupt: a value at byte \d+ runs past the end of the file/,
    },
    {
      name: 'packed float_data claims 1 GB inside a tiny tensor',
      bytes: withHeader([0x3a, 0x08, 0x2a, 0x06, 0x22, 0x80, 0x80, 0x80, 0x80, 0x04]),
      message: /claims 1073741824 bytes/,
    },
    // Field 100 is unknown to ModelProto, so these reach the skipping code.
    { name: 'a group (wire type 3)', bytes: withHeader([0xa3, 0x06, 0xa4, 0x06]), message: /unsupported wire type 3/ },
    { name: 'wire type 7', bytes: withHeader([0xa7, 0x06]), message: /unsupported wire type 7/ },
    { name: 'known field, wrong wire type', bytes: withHeader([0x3d, 0, 0, 0, 0]), message: /wire type 5, expected 2/ },
    { name: 'ir_version sent as bytes', bytes: new Uint8Array([0x0a, 0x00]), message: /wire type 2, expected 0/ },
    { name: 'overlong varint', bytes: new Uint8Array([0x08, ...Array(11).fill(0xff)]), message: /varint/ },
    {
      name: 'varint cut short',
      bytes: new Uint8Array([0x08, 0xff]),
      message: /truncated or corrupt: a value at byte \d+ runs past the end of the file/,
    },
    {
      name: 'nested message overruns its parent',
      bytes: withHeader([0x3a, 0x02, 0x12, 0x05, 0x61, 0x62, 0x63, 0x64, 0x65]),
      message: /overruns its message/,
    },
    {
      name: 'packed float_data with a partial value',
      bytes: withHeader([0x3a, 0x05, 0x2a, 0x03, 0x22, 0x01, 0x00]),
      message: /partial value/,
    },
    { name: 'graphs nested 180 messages deep', bytes: deep, message: /nested more than 100 deep/ },
  ];

  it.each(cases)('$name → OnnxFormatError', ({ bytes, message: expected }) => {
    const started = performance.now();
    let thrown: unknown;
    try {
      inspectOnnx(bytes, 'model.onnx');
    } catch (error) {
      thrown = error;
    }
    expect(performance.now() - started).toBeLessThan(100);
    expect(thrown).toBeInstanceOf(OnnxFormatError);
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect(String(thrown)).toMatch(/^OnnxFormatError: model\.onnx is not a valid ONNX model: /);
    expect(String(thrown)).toMatch(expected);
  });

  it('rejects 300 random byte strings (1 B to 64 KiB) quickly', () => {
    const started = performance.now();
    for (let i = 0; i < 300; i++) {
      const bytes = randomBytes(Math.floor(2 ** (random() * 16)) + 1);
      expect(() => inspectOnnx(bytes)).toThrow(OnnxFormatError);
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('rejects every truncation of an exported model', () => {
    // Holds for every cut because the encoder writes the graph last (see proto.ts).
    for (let length = 0; length < EXPORTED.length; length++) {
      expect(() => decodeModel(EXPORTED.subarray(0, length)), `cut at ${length}`).toThrow(OnnxFormatError);
    }
  });

  it('rejects random single-byte corruptions of an exported model or decodes them without crashing', () => {
    const outcomes = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const bytes = EXPORTED.slice();
      bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      try {
        inspectOnnx(bytes);
        outcomes.add('decoded');
      } catch (error) {
        if (!(error instanceof OnnxFormatError)) throw error;
        outcomes.add('rejected');
      }
    }
    expect(outcomes.has('rejected')).toBe(true);
  });
});
