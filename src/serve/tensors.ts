/**
 * Open Inference Protocol (KServe v2) tensors: its datatype names, and the conversions between its JSON form
 * (flat row-major `data`) and the typed arrays ONNX Runtime takes and returns.
 */
import type { OnnxDim, OnnxElemType } from '../onnx/inspect.js';

export type V2Datatype =
  | 'BOOL'
  | 'UINT8'
  | 'UINT16'
  | 'UINT32'
  | 'UINT64'
  | 'INT8'
  | 'INT16'
  | 'INT32'
  | 'INT64'
  | 'FP16'
  | 'FP32'
  | 'FP64'
  | 'BYTES';

export const V2_DATATYPES: readonly V2Datatype[] = [
  'BOOL',
  'UINT8',
  'UINT16',
  'UINT32',
  'UINT64',
  'INT8',
  'INT16',
  'INT32',
  'INT64',
  'FP16',
  'FP32',
  'FP64',
  'BYTES',
];

const ELEM_TO_V2: Partial<Record<string, V2Datatype>> = {
  bool: 'BOOL',
  uint8: 'UINT8',
  uint16: 'UINT16',
  uint32: 'UINT32',
  uint64: 'UINT64',
  int8: 'INT8',
  int16: 'INT16',
  int32: 'INT32',
  int64: 'INT64',
  float16: 'FP16',
  float: 'FP32',
  double: 'FP64',
  string: 'BYTES',
};

/** ONNX element type (as inspectOnnx names it) to the protocol's datatype; undefined for types it cannot carry. */
export function v2Datatype(elemType: OnnxElemType | string | null): V2Datatype | undefined {
  return elemType === null ? undefined : ELEM_TO_V2[elemType];
}

/** The element types ONNX Runtime's JavaScript tensors take; FP16 is left out (no Float16Array on Node 20). */
export type OrtType =
  | 'bool'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'float32'
  | 'float64'
  | 'string';

const V2_TO_ORT: Partial<Record<V2Datatype, OrtType>> = {
  BOOL: 'bool',
  UINT8: 'uint8',
  UINT16: 'uint16',
  UINT32: 'uint32',
  UINT64: 'uint64',
  INT8: 'int8',
  INT16: 'int16',
  INT32: 'int32',
  INT64: 'int64',
  FP32: 'float32',
  FP64: 'float64',
  BYTES: 'string',
};

/** The inverse of V2_TO_ORT, plus FP16, which outputs may carry though inputs cannot (see OrtType). */
const ORT_TO_V2: Record<string, V2Datatype> = {
  ...Object.fromEntries(Object.entries(V2_TO_ORT).map(([v2, ort]) => [ort, v2 as V2Datatype])),
  float16: 'FP16',
};

export function ortType(datatype: V2Datatype): OrtType | undefined {
  return V2_TO_ORT[datatype];
}

export type TensorArray =
  | Float32Array
  | Float64Array
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array
  | string[];

/** One input ready for ONNX Runtime: dims[0] is the batch dimension when the request is batchable. */
export interface TensorData {
  type: OrtType;
  data: TensorArray;
  dims: number[];
}

export function allocateTensor(type: OrtType, size: number): TensorArray {
  switch (type) {
    case 'bool':
    case 'uint8':
      return new Uint8Array(size);
    case 'int8':
      return new Int8Array(size);
    case 'uint16':
      return new Uint16Array(size);
    case 'int16':
      return new Int16Array(size);
    case 'uint32':
      return new Uint32Array(size);
    case 'int32':
      return new Int32Array(size);
    case 'uint64':
      return new BigUint64Array(size);
    case 'int64':
      return new BigInt64Array(size);
    case 'float32':
      return new Float32Array(size);
    case 'float64':
      return new Float64Array(size);
    case 'string':
      return new Array<string>(size).fill('');
  }
}

/**
 * JSON values (already checked by the request schema: numbers, null for a missing float, booleans, strings) to a
 * typed array. null in a float tensor is NaN, the missing value the built-in graphs fill.
 */
export function toTensorArray(type: OrtType, values: readonly unknown[]): TensorArray {
  const size = values.length;
  const out = allocateTensor(type, size);
  if (Array.isArray(out)) {
    for (let i = 0; i < size; i++) out[i] = values[i] as string;
  } else if (out instanceof BigInt64Array || out instanceof BigUint64Array) {
    for (let i = 0; i < size; i++) out[i] = BigInt(values[i] as number);
  } else if (type === 'bool') {
    for (let i = 0; i < size; i++) out[i] = values[i] === true ? 1 : 0;
  } else {
    for (let i = 0; i < size; i++) {
      const value = values[i];
      out[i] = value === null ? Number.NaN : (value as number);
    }
  }
  return out;
}

/** Copies `parts` end to end (the batcher's concatenation along dimension 0). */
export function concatTensorArrays(type: OrtType, parts: readonly TensorArray[]): TensorArray {
  let size = 0;
  for (const part of parts) size += part.length;
  const out = allocateTensor(type, size);
  let at = 0;
  if (Array.isArray(out)) {
    for (const part of parts) {
      for (let i = 0; i < part.length; i++) out[at++] = (part as string[])[i] as string;
    }
    return out;
  }
  for (const part of parts) {
    // Same constructor by construction: every part was allocated for `type`.
    (out as Float32Array).set(part as Float32Array, at);
    at += part.length;
  }
  return out;
}

export interface OutputTensorJson {
  name: string;
  shape: number[];
  datatype: V2Datatype | string;
  data: Array<number | string | boolean>;
}

/** What ONNX Runtime returns, reduced to what the JSON conversion needs. */
export interface RawTensor {
  type: string;
  dims: readonly number[];
  data: unknown;
}

/**
 * A result tensor (or rows [from, from + rows) of it, for a request that shared a batch) in the protocol's JSON
 * form. int64 becomes a JSON number: exact up to 2^53, which covers labels and counts.
 */
export function tensorJson(name: string, tensor: RawTensor, from = 0, rows?: number): OutputTensorJson {
  const dims = tensor.dims;
  const total = dims.length === 0 ? 1 : Number(dims[0]);
  const take = rows ?? total;
  let inner = 1;
  for (let i = 1; i < dims.length; i++) inner *= Number(dims[i]);
  const start = from * inner;
  const end = start + take * inner;
  const shape = dims.length === 0 ? [] : [take, ...dims.slice(1).map(Number)];
  const source = tensor.data;
  const data: Array<number | string | boolean> = new Array(end - start);
  if (isNumberArray(source)) {
    const view = source;
    if (tensor.type === 'bool') {
      for (let i = start; i < end; i++) data[i - start] = view[i] !== 0;
    } else {
      for (let i = start; i < end; i++) data[i - start] = Number(view[i]);
    }
  } else if (Array.isArray(source)) {
    for (let i = start; i < end; i++) data[i - start] = source[i] as string;
  }
  return { name, shape, datatype: ORT_TO_V2[tensor.type] ?? tensor.type.toUpperCase(), data };
}

/** The protocol writes symbolic (or unknown) dimensions as -1. */
export function v2Shape(shape: readonly OnnxDim[] | null): number[] {
  return (shape ?? []).map((dim) => (typeof dim === 'number' && dim >= 0 ? dim : -1));
}

function isNumberArray(value: unknown): value is ArrayLike<number | bigint> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}
