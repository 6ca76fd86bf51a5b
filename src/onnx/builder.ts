/** Small constructors for the ONNX messages an exporter assembles; they fill every field the codec expects. */
import {
  type AttributeProto,
  AttributeType,
  DataType,
  emptyAttribute,
  emptyNode,
  emptyTensor,
  type NodeProto,
  type TensorProto,
  type ValueInfoProto,
} from './proto.js';

const utf8 = new TextEncoder();

/** A tensor graph input or output; a string dimension is symbolic (e.g. the batch dimension 'N'). */
export function tensorValueInfo(name: string, elemType: number, dims: readonly (number | string)[]): ValueInfoProto {
  return {
    name,
    docString: '',
    type: {
      denotation: '',
      value: {
        kind: 'tensor',
        elemType,
        shape: {
          dim: dims.map((d) =>
            typeof d === 'number' ? { dimValue: d, denotation: '' } : { dimParam: d, denotation: '' },
          ),
        },
      },
    },
  };
}

/** A float32 initializer, stored as little-endian raw_data (as onnx.numpy_helper does) rather than float_data. */
export function floatTensor(name: string, dims: readonly number[], values: ArrayLike<number>): TensorProto {
  checkElementCount(name, dims, values.length);
  const raw = new Uint8Array(values.length * 4);
  const view = new DataView(raw.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i] ?? 0, true);
  return { ...emptyTensor(), name, dims: [...dims], dataType: DataType.FLOAT, rawData: raw };
}

function checkElementCount(name: string, dims: readonly number[], count: number): void {
  const expected = dims.reduce((product, d) => product * d, 1);
  if (expected !== count) throw new RangeError(`tensor ${name}: ${count} values for shape [${dims.join(', ')}]`);
}

export function makeNode(
  opType: string,
  inputs: readonly string[],
  outputs: readonly string[],
  attributes: readonly AttributeProto[] = [],
  domain = '',
): NodeProto {
  return {
    ...emptyNode(),
    opType,
    domain,
    input: [...inputs],
    output: [...outputs],
    attribute: [...attributes],
    name: `${opType}:${outputs[0] ?? ''}`,
  };
}

export function intAttribute(name: string, value: number): AttributeProto {
  return { ...emptyAttribute(), name, type: AttributeType.INT, i: value };
}

export function floatAttribute(name: string, value: number): AttributeProto {
  return { ...emptyAttribute(), name, type: AttributeType.FLOAT, f: value };
}

export function stringsAttribute(name: string, values: readonly string[]): AttributeProto {
  return { ...emptyAttribute(), name, type: AttributeType.STRINGS, strings: values.map((v) => utf8.encode(v)) };
}
