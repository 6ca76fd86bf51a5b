/**
 * Encoder and decoder for the subset of ONNX's protobuf schema (onnx/onnx.proto, IR version 8) that the suite
 * reads and writes, on protobufjs's wire-level Reader/Writer so no generated code or .proto file ships.
 *
 * Decoding treats the bytes as hostile (bring-your-own models): every length is checked against the bytes that
 * are left before anything is sliced, nesting is capped, groups (unused by ONNX) are rejected instead of being
 * skipped recursively, and unknown fields are skipped. Any failure becomes an OnnxFormatError.
 *
 * Encoding writes proto2 `[packed = true]` fields packed and the other repeated scalars unpacked, as onnx.proto
 * declares them, and writes ModelProto.graph LAST: a file cut short anywhere then lacks its graph or holds a graph
 * whose length prefix overruns the file, so truncation is always detected.
 */
import protobuf from 'protobufjs/minimal.js';
import { ConfigurationError } from '../core/errors.js';

type Reader = protobuf.Reader;
type Writer = protobuf.Writer;

/** A file that cannot be decoded as an ONNX model: a user input problem (exit code 2), not a bug. */
export class OnnxFormatError extends ConfigurationError {
  override readonly name = 'OnnxFormatError';
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`${source} is not a valid ONNX model: ${problem}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Field numbers, from onnx.proto (IR version 8, as shipped with onnx 1.12+).

/** Protobuf wire types. */
const WIRE_VARINT = 0;
const WIRE_I64 = 1;
const WIRE_LEN = 2;
const WIRE_I32 = 5;

const MODEL = {
  irVersion: 1, // ModelProto.ir_version (int64)
  producerName: 2, // ModelProto.producer_name (string)
  producerVersion: 3, // ModelProto.producer_version (string)
  domain: 4, // ModelProto.domain (string)
  modelVersion: 5, // ModelProto.model_version (int64)
  docString: 6, // ModelProto.doc_string (string)
  graph: 7, // ModelProto.graph (GraphProto)
  opsetImport: 8, // ModelProto.opset_import (repeated OperatorSetIdProto)
  metadataProps: 14, // ModelProto.metadata_props (repeated StringStringEntryProto)
} as const;

const OPSET_ID = {
  domain: 1, // OperatorSetIdProto.domain (string)
  version: 2, // OperatorSetIdProto.version (int64)
} as const;

const STRING_STRING_ENTRY = {
  key: 1, // StringStringEntryProto.key (string)
  value: 2, // StringStringEntryProto.value (string)
} as const;

const GRAPH = {
  node: 1, // GraphProto.node (repeated NodeProto)
  name: 2, // GraphProto.name (string)
  initializer: 5, // GraphProto.initializer (repeated TensorProto)
  docString: 10, // GraphProto.doc_string (string)
  input: 11, // GraphProto.input (repeated ValueInfoProto)
  output: 12, // GraphProto.output (repeated ValueInfoProto)
  valueInfo: 13, // GraphProto.value_info (repeated ValueInfoProto)
  sparseInitializer: 15, // GraphProto.sparse_initializer (repeated SparseTensorProto)
} as const;

const NODE = {
  input: 1, // NodeProto.input (repeated string)
  output: 2, // NodeProto.output (repeated string)
  name: 3, // NodeProto.name (string)
  opType: 4, // NodeProto.op_type (string)
  attribute: 5, // NodeProto.attribute (repeated AttributeProto)
  docString: 6, // NodeProto.doc_string (string)
  domain: 7, // NodeProto.domain (string)
} as const;

const ATTRIBUTE = {
  name: 1, // AttributeProto.name (string)
  f: 2, // AttributeProto.f (float)
  i: 3, // AttributeProto.i (int64)
  s: 4, // AttributeProto.s (bytes)
  t: 5, // AttributeProto.t (TensorProto)
  g: 6, // AttributeProto.g (GraphProto)
  floats: 7, // AttributeProto.floats (repeated float)
  ints: 8, // AttributeProto.ints (repeated int64)
  strings: 9, // AttributeProto.strings (repeated bytes)
  tensors: 10, // AttributeProto.tensors (repeated TensorProto)
  graphs: 11, // AttributeProto.graphs (repeated GraphProto)
  docString: 13, // AttributeProto.doc_string (string)
  tp: 14, // AttributeProto.tp (TypeProto)
  typeProtos: 15, // AttributeProto.type_protos (repeated TypeProto)
  type: 20, // AttributeProto.type (AttributeType enum)
  refAttrName: 21, // AttributeProto.ref_attr_name (string)
  sparseTensor: 22, // AttributeProto.sparse_tensor (SparseTensorProto)
  sparseTensors: 23, // AttributeProto.sparse_tensors (repeated SparseTensorProto)
} as const;

/** AttributeProto.AttributeType. */
export const AttributeType = {
  UNDEFINED: 0,
  FLOAT: 1,
  INT: 2,
  STRING: 3,
  TENSOR: 4,
  GRAPH: 5,
  FLOATS: 6,
  INTS: 7,
  STRINGS: 8,
  TENSORS: 9,
  GRAPHS: 10,
  SPARSE_TENSOR: 11,
  SPARSE_TENSORS: 12,
  TYPE_PROTO: 13,
  TYPE_PROTOS: 14,
} as const;

const VALUE_INFO = {
  name: 1, // ValueInfoProto.name (string)
  type: 2, // ValueInfoProto.type (TypeProto)
  docString: 3, // ValueInfoProto.doc_string (string)
} as const;

const TENSOR = {
  dims: 1, // TensorProto.dims (repeated int64)
  dataType: 2, // TensorProto.data_type (int32, DataType enum)
  floatData: 4, // TensorProto.float_data (repeated float, packed)
  int32Data: 5, // TensorProto.int32_data (repeated int32, packed)
  stringData: 6, // TensorProto.string_data (repeated bytes)
  int64Data: 7, // TensorProto.int64_data (repeated int64, packed)
  name: 8, // TensorProto.name (string)
  rawData: 9, // TensorProto.raw_data (bytes)
  doubleData: 10, // TensorProto.double_data (repeated double, packed)
  uint64Data: 11, // TensorProto.uint64_data (repeated uint64, packed)
  docString: 12, // TensorProto.doc_string (string)
  externalData: 13, // TensorProto.external_data (repeated StringStringEntryProto)
  dataLocation: 14, // TensorProto.data_location (DataLocation enum)
} as const;

/** TensorProto.DataType. */
export const DataType = {
  UNDEFINED: 0,
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  UINT16: 4,
  INT16: 5,
  INT32: 6,
  INT64: 7,
  STRING: 8,
  BOOL: 9,
  FLOAT16: 10,
  DOUBLE: 11,
  UINT32: 12,
  UINT64: 13,
  COMPLEX64: 14,
  COMPLEX128: 15,
  BFLOAT16: 16,
  FLOAT8E4M3FN: 17,
  FLOAT8E4M3FNUZ: 18,
  FLOAT8E5M2: 19,
  FLOAT8E5M2FNUZ: 20,
  UINT4: 21,
  INT4: 22,
  FLOAT4E2M1: 23,
} as const;

const SPARSE_TENSOR = {
  values: 1, // SparseTensorProto.values (TensorProto)
  indices: 2, // SparseTensorProto.indices (TensorProto)
  dims: 3, // SparseTensorProto.dims (repeated int64)
} as const;

const SHAPE = {
  dim: 1, // TensorShapeProto.dim (repeated Dimension)
} as const;

const DIMENSION = {
  dimValue: 1, // TensorShapeProto.Dimension.dim_value (int64, oneof value)
  dimParam: 2, // TensorShapeProto.Dimension.dim_param (string, oneof value)
  denotation: 3, // TensorShapeProto.Dimension.denotation (string)
} as const;

const TYPE = {
  tensorType: 1, // TypeProto.tensor_type (TypeProto.Tensor, oneof value)
  sequenceType: 4, // TypeProto.sequence_type (TypeProto.Sequence, oneof value)
  mapType: 5, // TypeProto.map_type (TypeProto.Map, oneof value)
  denotation: 6, // TypeProto.denotation (string)
  sparseTensorType: 8, // TypeProto.sparse_tensor_type (TypeProto.SparseTensor, oneof value)
  optionalType: 9, // TypeProto.optional_type (TypeProto.Optional, oneof value)
} as const;

const TENSOR_TYPE = {
  elemType: 1, // TypeProto.Tensor.elem_type and TypeProto.SparseTensor.elem_type (int32)
  shape: 2, // TypeProto.Tensor.shape and TypeProto.SparseTensor.shape (TensorShapeProto)
} as const;

const SEQUENCE_TYPE = {
  elemType: 1, // TypeProto.Sequence.elem_type and TypeProto.Optional.elem_type (TypeProto)
} as const;

const MAP_TYPE = {
  keyType: 1, // TypeProto.Map.key_type (int32)
  valueType: 2, // TypeProto.Map.value_type (TypeProto)
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Messages. int64 fields are numbers: ONNX int64s (versions, dims, attribute ints) fit in 2^53.

export interface OperatorSetIdProto {
  domain: string;
  version: number;
}

export interface StringStringEntryProto {
  key: string;
  value: string;
}

export interface ModelProto {
  irVersion: number;
  opsetImport: OperatorSetIdProto[];
  producerName: string;
  producerVersion: string;
  domain: string;
  modelVersion: number;
  docString: string;
  graph?: GraphProto;
  metadataProps: StringStringEntryProto[];
}

export interface GraphProto {
  node: NodeProto[];
  name: string;
  initializer: TensorProto[];
  sparseInitializer: SparseTensorProto[];
  docString: string;
  input: ValueInfoProto[];
  output: ValueInfoProto[];
  valueInfo: ValueInfoProto[];
}

export interface NodeProto {
  input: string[];
  output: string[];
  name: string;
  opType: string;
  domain: string;
  attribute: AttributeProto[];
  docString: string;
}

export interface AttributeProto {
  name: string;
  refAttrName: string;
  docString: string;
  type: number;
  f?: number;
  i?: number;
  s?: Uint8Array;
  t?: TensorProto;
  g?: GraphProto;
  sparseTensor?: SparseTensorProto;
  tp?: TypeProto;
  floats: number[];
  ints: number[];
  strings: Uint8Array[];
  tensors: TensorProto[];
  graphs: GraphProto[];
  sparseTensors: SparseTensorProto[];
  typeProtos: TypeProto[];
}

export interface TensorProto {
  dims: number[];
  dataType: number;
  floatData: number[];
  int32Data: number[];
  stringData: Uint8Array[];
  int64Data: number[];
  name: string;
  docString: string;
  rawData?: Uint8Array;
  doubleData: number[];
  uint64Data: number[];
  externalData: StringStringEntryProto[];
  dataLocation: number;
}

export interface SparseTensorProto {
  values?: TensorProto;
  indices?: TensorProto;
  dims: number[];
}

export interface ValueInfoProto {
  name: string;
  type?: TypeProto;
  docString: string;
}

/** One entry of TensorShapeProto.dim: dimValue and dimParam are a oneof; neither set means unknown. */
export interface DimensionProto {
  dimValue?: number;
  dimParam?: string;
  denotation: string;
}

export interface TensorShapeProto {
  dim: DimensionProto[];
}

/** TypeProto's `value` oneof; undefined when none is set (or one this codec does not know). */
export type TypeValue =
  | { kind: 'tensor'; elemType: number; shape?: TensorShapeProto }
  | { kind: 'sparse_tensor'; elemType: number; shape?: TensorShapeProto }
  | { kind: 'sequence'; elemType?: TypeProto }
  | { kind: 'map'; keyType: number; valueType?: TypeProto }
  | { kind: 'optional'; elemType?: TypeProto };

export interface TypeProto {
  value?: TypeValue;
  denotation: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Empty messages (every field at its default), the starting point of both decoding and building.

export function emptyModel(): ModelProto {
  return {
    irVersion: 0,
    opsetImport: [],
    producerName: '',
    producerVersion: '',
    domain: '',
    modelVersion: 0,
    docString: '',
    metadataProps: [],
  };
}

export function emptyGraph(): GraphProto {
  return {
    node: [],
    name: '',
    initializer: [],
    sparseInitializer: [],
    docString: '',
    input: [],
    output: [],
    valueInfo: [],
  };
}

export function emptyNode(): NodeProto {
  return { input: [], output: [], name: '', opType: '', domain: '', attribute: [], docString: '' };
}

export function emptyAttribute(): AttributeProto {
  return {
    name: '',
    refAttrName: '',
    docString: '',
    type: AttributeType.UNDEFINED,
    floats: [],
    ints: [],
    strings: [],
    tensors: [],
    graphs: [],
    sparseTensors: [],
    typeProtos: [],
  };
}

export function emptyTensor(): TensorProto {
  return {
    dims: [],
    dataType: DataType.UNDEFINED,
    floatData: [],
    int32Data: [],
    stringData: [],
    int64Data: [],
    name: '',
    docString: '',
    doubleData: [],
    uint64Data: [],
    externalData: [],
    dataLocation: 0,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Encoding.

/** Serializes a model; throws RangeError for values protobuf cannot carry (non-integer int64s). */
export function encodeModel(model: ModelProto): Uint8Array {
  const writer = protobuf.Writer.create();
  writeModel(writer, model);
  return writer.finish();
}

function writeTag(w: Writer, field: number, wire: number): Writer {
  return w.uint32(((field << 3) | wire) >>> 0);
}

function writeString(w: Writer, field: number, value: string): void {
  if (value !== '') writeTag(w, field, WIRE_LEN).string(value);
}

function writeBytes(w: Writer, field: number, value: Uint8Array): void {
  writeTag(w, field, WIRE_LEN).bytes(value);
}

function checkedInt64(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`an ONNX int64 field cannot hold ${value}`);
  return value;
}

function writeInt64(w: Writer, field: number, value: number): void {
  if (value !== 0) writeTag(w, field, WIRE_VARINT).int64(checkedInt64(value));
}

function writeInt32(w: Writer, field: number, value: number): void {
  if (value !== 0) writeTag(w, field, WIRE_VARINT).int32(value);
}

function writeMessage<T>(w: Writer, field: number, value: T, write: (w: Writer, value: T) => void): void {
  writeTag(w, field, WIRE_LEN);
  w.fork();
  write(w, value);
  w.ldelim();
}

function writeMessages<T>(w: Writer, field: number, values: readonly T[], write: (w: Writer, value: T) => void): void {
  for (const value of values) writeMessage(w, field, value, write);
}

function writeUnpackedInt64s(w: Writer, field: number, values: readonly number[]): void {
  for (const value of values) writeTag(w, field, WIRE_VARINT).int64(checkedInt64(value));
}

function writePackedVarints(w: Writer, field: number, values: readonly number[], signed32: boolean): void {
  if (values.length === 0) return;
  writeTag(w, field, WIRE_LEN);
  w.fork();
  for (const value of values) {
    if (signed32) w.int32(value);
    else w.int64(checkedInt64(value));
  }
  w.ldelim();
}

function writeModel(w: Writer, m: ModelProto): void {
  writeInt64(w, MODEL.irVersion, m.irVersion);
  writeString(w, MODEL.producerName, m.producerName);
  writeString(w, MODEL.producerVersion, m.producerVersion);
  writeString(w, MODEL.domain, m.domain);
  writeInt64(w, MODEL.modelVersion, m.modelVersion);
  writeString(w, MODEL.docString, m.docString);
  writeMessages(w, MODEL.opsetImport, m.opsetImport, writeOpsetId);
  writeMessages(w, MODEL.metadataProps, m.metadataProps, writeStringStringEntry);
  // Last on purpose: see the file comment (truncation detection).
  if (m.graph !== undefined) writeMessage(w, MODEL.graph, m.graph, writeGraph);
}

function writeOpsetId(w: Writer, o: OperatorSetIdProto): void {
  writeString(w, OPSET_ID.domain, o.domain);
  writeInt64(w, OPSET_ID.version, o.version);
}

function writeStringStringEntry(w: Writer, e: StringStringEntryProto): void {
  writeString(w, STRING_STRING_ENTRY.key, e.key);
  writeString(w, STRING_STRING_ENTRY.value, e.value);
}

function writeGraph(w: Writer, g: GraphProto): void {
  writeMessages(w, GRAPH.node, g.node, writeNode);
  writeString(w, GRAPH.name, g.name);
  writeMessages(w, GRAPH.initializer, g.initializer, writeTensor);
  writeString(w, GRAPH.docString, g.docString);
  writeMessages(w, GRAPH.input, g.input, writeValueInfo);
  writeMessages(w, GRAPH.output, g.output, writeValueInfo);
  writeMessages(w, GRAPH.valueInfo, g.valueInfo, writeValueInfo);
  writeMessages(w, GRAPH.sparseInitializer, g.sparseInitializer, writeSparseTensor);
}

function writeNode(w: Writer, n: NodeProto): void {
  for (const input of n.input) writeTag(w, NODE.input, WIRE_LEN).string(input);
  for (const output of n.output) writeTag(w, NODE.output, WIRE_LEN).string(output);
  writeString(w, NODE.name, n.name);
  writeString(w, NODE.opType, n.opType);
  writeMessages(w, NODE.attribute, n.attribute, writeAttribute);
  writeString(w, NODE.docString, n.docString);
  writeString(w, NODE.domain, n.domain);
}

function writeAttribute(w: Writer, a: AttributeProto): void {
  writeString(w, ATTRIBUTE.name, a.name);
  if (a.f !== undefined) writeTag(w, ATTRIBUTE.f, WIRE_I32).float(a.f);
  if (a.i !== undefined) writeTag(w, ATTRIBUTE.i, WIRE_VARINT).int64(checkedInt64(a.i));
  if (a.s !== undefined) writeBytes(w, ATTRIBUTE.s, a.s);
  if (a.t !== undefined) writeMessage(w, ATTRIBUTE.t, a.t, writeTensor);
  if (a.g !== undefined) writeMessage(w, ATTRIBUTE.g, a.g, writeGraph);
  for (const f of a.floats) writeTag(w, ATTRIBUTE.floats, WIRE_I32).float(f);
  writeUnpackedInt64s(w, ATTRIBUTE.ints, a.ints);
  for (const s of a.strings) writeBytes(w, ATTRIBUTE.strings, s);
  writeMessages(w, ATTRIBUTE.tensors, a.tensors, writeTensor);
  writeMessages(w, ATTRIBUTE.graphs, a.graphs, writeGraph);
  writeString(w, ATTRIBUTE.docString, a.docString);
  if (a.tp !== undefined) writeMessage(w, ATTRIBUTE.tp, a.tp, writeType);
  writeMessages(w, ATTRIBUTE.typeProtos, a.typeProtos, writeType);
  writeInt32(w, ATTRIBUTE.type, a.type);
  writeString(w, ATTRIBUTE.refAttrName, a.refAttrName);
  if (a.sparseTensor !== undefined) writeMessage(w, ATTRIBUTE.sparseTensor, a.sparseTensor, writeSparseTensor);
  writeMessages(w, ATTRIBUTE.sparseTensors, a.sparseTensors, writeSparseTensor);
}

function writeTensor(w: Writer, t: TensorProto): void {
  writeUnpackedInt64s(w, TENSOR.dims, t.dims);
  writeInt32(w, TENSOR.dataType, t.dataType);
  if (t.floatData.length > 0) writeTag(w, TENSOR.floatData, WIRE_LEN).floats(t.floatData);
  writePackedVarints(w, TENSOR.int32Data, t.int32Data, true);
  for (const s of t.stringData) writeBytes(w, TENSOR.stringData, s);
  writePackedVarints(w, TENSOR.int64Data, t.int64Data, false);
  writeString(w, TENSOR.name, t.name);
  if (t.rawData !== undefined) writeBytes(w, TENSOR.rawData, t.rawData);
  if (t.doubleData.length > 0) writeTag(w, TENSOR.doubleData, WIRE_LEN).doubles(t.doubleData);
  writePackedVarints(w, TENSOR.uint64Data, t.uint64Data, false);
  writeString(w, TENSOR.docString, t.docString);
  writeMessages(w, TENSOR.externalData, t.externalData, writeStringStringEntry);
  writeInt32(w, TENSOR.dataLocation, t.dataLocation);
}

function writeSparseTensor(w: Writer, s: SparseTensorProto): void {
  if (s.values !== undefined) writeMessage(w, SPARSE_TENSOR.values, s.values, writeTensor);
  if (s.indices !== undefined) writeMessage(w, SPARSE_TENSOR.indices, s.indices, writeTensor);
  writeUnpackedInt64s(w, SPARSE_TENSOR.dims, s.dims);
}

function writeValueInfo(w: Writer, v: ValueInfoProto): void {
  writeString(w, VALUE_INFO.name, v.name);
  if (v.type !== undefined) writeMessage(w, VALUE_INFO.type, v.type, writeType);
  writeString(w, VALUE_INFO.docString, v.docString);
}

function writeType(w: Writer, t: TypeProto): void {
  const value = t.value;
  if (value !== undefined) {
    switch (value.kind) {
      case 'tensor':
        writeMessage(w, TYPE.tensorType, value, writeTensorType);
        break;
      case 'sparse_tensor':
        writeMessage(w, TYPE.sparseTensorType, value, writeTensorType);
        break;
      case 'sequence':
        writeMessage(w, TYPE.sequenceType, value.elemType, writeElemTypeWrapper);
        break;
      case 'optional':
        writeMessage(w, TYPE.optionalType, value.elemType, writeElemTypeWrapper);
        break;
      case 'map':
        writeMessage(w, TYPE.mapType, value, (mw, map) => {
          writeInt32(mw, MAP_TYPE.keyType, map.keyType);
          if (map.valueType !== undefined) writeMessage(mw, MAP_TYPE.valueType, map.valueType, writeType);
        });
        break;
    }
  }
  writeString(w, TYPE.denotation, t.denotation);
}

function writeTensorType(w: Writer, t: { elemType: number; shape?: TensorShapeProto }): void {
  writeInt32(w, TENSOR_TYPE.elemType, t.elemType);
  if (t.shape !== undefined) writeMessage(w, TENSOR_TYPE.shape, t.shape, writeShape);
}

function writeElemTypeWrapper(w: Writer, elemType: TypeProto | undefined): void {
  if (elemType !== undefined) writeMessage(w, SEQUENCE_TYPE.elemType, elemType, writeType);
}

function writeShape(w: Writer, s: TensorShapeProto): void {
  writeMessages(w, SHAPE.dim, s.dim, (dw, d) => {
    if (d.dimValue !== undefined) writeTag(dw, DIMENSION.dimValue, WIRE_VARINT).int64(checkedInt64(d.dimValue));
    else if (d.dimParam !== undefined) writeTag(dw, DIMENSION.dimParam, WIRE_LEN).string(d.dimParam);
    writeString(dw, DIMENSION.denotation, d.denotation);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Decoding.

/**
 * Deep enough for real control flow (If/Loop/Scan bodies nest GraphProto → NodeProto → AttributeProto → GraphProto),
 * shallow enough that a crafted file cannot exhaust the stack.
 */
const MAX_DEPTH = 100;

/** Thrown inside the decoder; decodeModel rewraps it with the file name. */
class WireError extends Error {}

/**
 * Parses a model file; throws OnnxFormatError (naming `source`) for anything that is not well-formed protobuf or
 * lacks what every ONNX model has (ir_version, a graph, opset_import).
 */
export function decodeModel(bytes: Uint8Array, source = 'the model'): ModelProto {
  if (bytes.length === 0) throw new OnnxFormatError(source, 'the file is empty');
  const reader = protobuf.Reader.create(bytes);
  let model: ModelProto;
  try {
    model = readMessage(reader, bytes.length, 0, 'ModelProto', emptyModel(), readModelField);
  } catch (error) {
    if (error instanceof WireError) throw new OnnxFormatError(source, error.message);
    // protobufjs signals truncation with RangeError("index out of range") and bad varints with a plain Error;
    // anything else (a TypeError, say) is a bug here and keeps its stack.
    if (error instanceof RangeError && error.message.startsWith('index out of range')) {
      // protobufjs bounds every read by the whole buffer, so this always means "past the end of the file".
      throw new OnnxFormatError(
        source,
        `it is truncated or corrupt: a value at byte ${reader.pos} runs past the end of the file (${bytes.length} bytes)`,
      );
    }
    if (error instanceof RangeError || (error instanceof Error && error.constructor === Error)) {
      throw new OnnxFormatError(source, `corrupt protobuf near byte ${reader.pos} (${error.message})`);
    }
    throw error;
  }
  // Any protobuf message, and many short byte strings, decode "successfully" to mostly defaults; an ONNX model has
  // at least these. (IR versions 1 and 2, from 2017, predate opset_import.)
  if (model.irVersion < 1) throw new OnnxFormatError(source, 'it has no ir_version');
  if (model.graph === undefined) throw new OnnxFormatError(source, 'it has no graph');
  if (model.irVersion >= 3 && model.opsetImport.length === 0) {
    throw new OnnxFormatError(source, 'it imports no operator set (opset_import is empty)');
  }
  return model;
}

type FieldReader<T> = (r: Reader, field: number, wire: number, target: T, depth: number) => boolean;

/** Reads fields until `end`, giving each to `readField`; fields it does not claim are skipped. */
function readMessage<T>(
  r: Reader,
  end: number,
  depth: number,
  message: string,
  target: T,
  readField: FieldReader<T>,
): T {
  if (depth > MAX_DEPTH) throw new WireError(`messages are nested more than ${MAX_DEPTH} deep`);
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.tag();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 0) throw new WireError(`field number 0 in ${message} at byte ${start}`);
    if (!readField(r, field, wire, target, depth)) skipField(r, wire, message, field, start);
    if (r.pos > end) throw new WireError(`field ${field} of ${message} at byte ${start} overruns its message`);
  }
  return target;
}

function skipField(r: Reader, wire: number, message: string, field: number, start: number): void {
  switch (wire) {
    case WIRE_VARINT:
      r.skip();
      return;
    case WIRE_I64:
      r.skip(8);
      return;
    case WIRE_LEN:
      r.skip(r.size());
      return;
    case WIRE_I32:
      r.skip(4);
      return;
    default:
      // Groups (3, 4) are deprecated and unused by ONNX; 6 and 7 do not exist.
      throw new WireError(`field ${field} of ${message} at byte ${start} has unsupported wire type ${wire}`);
  }
}

function expectWire(actual: number, expected: number, message: string, field: number): void {
  if (actual !== expected) {
    throw new WireError(`field ${field} of ${message} has wire type ${actual}, expected ${expected}`);
  }
}

/** Reads a nested message's length prefix and returns where it ends, checked against the bytes left. */
function nestedEnd(r: Reader): number {
  const length = r.size();
  const end = r.pos + length;
  if (end > r.len) {
    throw new WireError(`a length prefix at byte ${r.pos} claims ${length} bytes but only ${r.len - r.pos} remain`);
  }
  return end;
}

function readNested<T>(r: Reader, wire: number, depth: number, message: string, target: T, read: FieldReader<T>): T {
  if (wire !== WIRE_LEN) throw new WireError(`a ${message} arrived with wire type ${wire}, expected ${WIRE_LEN}`);
  const end = nestedEnd(r);
  readMessage(r, end, depth + 1, message, target, read);
  return target;
}

/** protobufjs returns a Long when the `long` package resolves at run time and a number otherwise (bundles). */
function toSafeNumber(value: protobuf.Long | number): number {
  return typeof value === 'number' ? value : protobuf.util.LongBits.from(value).toNumber(false);
}

function readInt64(r: Reader, wire: number, message: string, field: number): number {
  expectWire(wire, WIRE_VARINT, message, field);
  return toSafeNumber(r.int64());
}

function readInt32(r: Reader, wire: number, message: string, field: number): number {
  expectWire(wire, WIRE_VARINT, message, field);
  return r.int32();
}

function readString(r: Reader, wire: number, message: string, field: number): string {
  expectWire(wire, WIRE_LEN, message, field);
  return r.string();
}

function readBytes(r: Reader, wire: number, message: string, field: number): Uint8Array {
  expectWire(wire, WIRE_LEN, message, field);
  // Copied (Buffer#slice would not copy) so the decoded model neither pins nor aliases the caller's file buffer.
  return new Uint8Array(r.bytes());
}

/** A repeated varint field, accepted packed or unpacked as protobuf parsers must. */
function readVarints(r: Reader, wire: number, message: string, field: number, into: number[], int64: boolean): void {
  const readOne = () => (int64 ? toSafeNumber(r.int64()) : r.int32());
  if (wire === WIRE_VARINT) {
    into.push(readOne());
    return;
  }
  expectWire(wire, WIRE_LEN, message, field);
  const end = nestedEnd(r);
  while (r.pos < end) into.push(readOne());
  if (r.pos !== end) throw new WireError(`packed field ${field} of ${message} overruns its length`);
}

/** A repeated fixed-width field (float or double), accepted packed or unpacked. */
function readFixeds(r: Reader, wire: number, message: string, field: number, into: number[], double: boolean): void {
  const width = double ? 8 : 4;
  if (wire === (double ? WIRE_I64 : WIRE_I32)) {
    into.push(double ? r.double() : r.float());
    return;
  }
  expectWire(wire, WIRE_LEN, message, field);
  const end = nestedEnd(r);
  if ((end - r.pos) % width !== 0) throw new WireError(`packed field ${field} of ${message} has a partial value`);
  while (r.pos < end) into.push(double ? r.double() : r.float());
}

const readModelField: FieldReader<ModelProto> = (r, field, wire, m, depth) => {
  const name = 'ModelProto';
  switch (field) {
    case MODEL.irVersion:
      m.irVersion = readInt64(r, wire, name, field);
      return true;
    case MODEL.producerName:
      m.producerName = readString(r, wire, name, field);
      return true;
    case MODEL.producerVersion:
      m.producerVersion = readString(r, wire, name, field);
      return true;
    case MODEL.domain:
      m.domain = readString(r, wire, name, field);
      return true;
    case MODEL.modelVersion:
      m.modelVersion = readInt64(r, wire, name, field);
      return true;
    case MODEL.docString:
      m.docString = readString(r, wire, name, field);
      return true;
    case MODEL.graph:
      // A repeated occurrence of a singular message field merges into the first, per the protobuf spec.
      m.graph = readNested(r, wire, depth, 'GraphProto', m.graph ?? emptyGraph(), readGraphField);
      return true;
    case MODEL.opsetImport:
      m.opsetImport.push(readNested(r, wire, depth, 'OperatorSetIdProto', { domain: '', version: 0 }, readOpsetField));
      return true;
    case MODEL.metadataProps:
      m.metadataProps.push(readStringStringEntry(r, wire, depth));
      return true;
    default:
      return false;
  }
};

const readOpsetField: FieldReader<OperatorSetIdProto> = (r, field, wire, o) => {
  if (field === OPSET_ID.domain) o.domain = readString(r, wire, 'OperatorSetIdProto', field);
  else if (field === OPSET_ID.version) o.version = readInt64(r, wire, 'OperatorSetIdProto', field);
  else return false;
  return true;
};

function readStringStringEntry(r: Reader, wire: number, depth: number): StringStringEntryProto {
  const name = 'StringStringEntryProto';
  return readNested(r, wire, depth, name, { key: '', value: '' }, (fr, field, fwire, e) => {
    if (field === STRING_STRING_ENTRY.key) e.key = readString(fr, fwire, name, field);
    else if (field === STRING_STRING_ENTRY.value) e.value = readString(fr, fwire, name, field);
    else return false;
    return true;
  });
}

const readGraphField: FieldReader<GraphProto> = (r, field, wire, g, depth) => {
  const name = 'GraphProto';
  switch (field) {
    case GRAPH.node:
      g.node.push(readNested(r, wire, depth, 'NodeProto', emptyNode(), readNodeField));
      return true;
    case GRAPH.name:
      g.name = readString(r, wire, name, field);
      return true;
    case GRAPH.initializer:
      g.initializer.push(readNested(r, wire, depth, 'TensorProto', emptyTensor(), readTensorField));
      return true;
    case GRAPH.sparseInitializer:
      g.sparseInitializer.push(readSparseTensor(r, wire, depth));
      return true;
    case GRAPH.docString:
      g.docString = readString(r, wire, name, field);
      return true;
    case GRAPH.input:
      g.input.push(readValueInfo(r, wire, depth));
      return true;
    case GRAPH.output:
      g.output.push(readValueInfo(r, wire, depth));
      return true;
    case GRAPH.valueInfo:
      g.valueInfo.push(readValueInfo(r, wire, depth));
      return true;
    default:
      return false;
  }
};

const readNodeField: FieldReader<NodeProto> = (r, field, wire, n, depth) => {
  const name = 'NodeProto';
  switch (field) {
    case NODE.input:
      n.input.push(readString(r, wire, name, field));
      return true;
    case NODE.output:
      n.output.push(readString(r, wire, name, field));
      return true;
    case NODE.name:
      n.name = readString(r, wire, name, field);
      return true;
    case NODE.opType:
      n.opType = readString(r, wire, name, field);
      return true;
    case NODE.domain:
      n.domain = readString(r, wire, name, field);
      return true;
    case NODE.attribute:
      n.attribute.push(readNested(r, wire, depth, 'AttributeProto', emptyAttribute(), readAttributeField));
      return true;
    case NODE.docString:
      n.docString = readString(r, wire, name, field);
      return true;
    default:
      return false;
  }
};

const readAttributeField: FieldReader<AttributeProto> = (r, field, wire, a, depth) => {
  const name = 'AttributeProto';
  switch (field) {
    case ATTRIBUTE.name:
      a.name = readString(r, wire, name, field);
      return true;
    case ATTRIBUTE.refAttrName:
      a.refAttrName = readString(r, wire, name, field);
      return true;
    case ATTRIBUTE.docString:
      a.docString = readString(r, wire, name, field);
      return true;
    case ATTRIBUTE.type:
      a.type = readInt32(r, wire, name, field);
      return true;
    case ATTRIBUTE.f:
      expectWire(wire, WIRE_I32, name, field);
      a.f = r.float();
      return true;
    case ATTRIBUTE.i:
      a.i = readInt64(r, wire, name, field);
      return true;
    case ATTRIBUTE.s:
      a.s = readBytes(r, wire, name, field);
      return true;
    case ATTRIBUTE.t:
      a.t = readNested(r, wire, depth, 'TensorProto', a.t ?? emptyTensor(), readTensorField);
      return true;
    case ATTRIBUTE.g:
      a.g = readNested(r, wire, depth, 'GraphProto', a.g ?? emptyGraph(), readGraphField);
      return true;
    case ATTRIBUTE.sparseTensor:
      a.sparseTensor = readSparseTensor(r, wire, depth);
      return true;
    case ATTRIBUTE.tp:
      a.tp = readType(r, wire, depth);
      return true;
    case ATTRIBUTE.floats:
      readFixeds(r, wire, name, field, a.floats, false);
      return true;
    case ATTRIBUTE.ints:
      readVarints(r, wire, name, field, a.ints, true);
      return true;
    case ATTRIBUTE.strings:
      a.strings.push(readBytes(r, wire, name, field));
      return true;
    case ATTRIBUTE.tensors:
      a.tensors.push(readNested(r, wire, depth, 'TensorProto', emptyTensor(), readTensorField));
      return true;
    case ATTRIBUTE.graphs:
      a.graphs.push(readNested(r, wire, depth, 'GraphProto', emptyGraph(), readGraphField));
      return true;
    case ATTRIBUTE.sparseTensors:
      a.sparseTensors.push(readSparseTensor(r, wire, depth));
      return true;
    case ATTRIBUTE.typeProtos:
      a.typeProtos.push(readType(r, wire, depth));
      return true;
    default:
      return false;
  }
};

const readTensorField: FieldReader<TensorProto> = (r, field, wire, t, depth) => {
  const name = 'TensorProto';
  switch (field) {
    case TENSOR.dims:
      readVarints(r, wire, name, field, t.dims, true);
      return true;
    case TENSOR.dataType:
      t.dataType = readInt32(r, wire, name, field);
      return true;
    case TENSOR.floatData:
      readFixeds(r, wire, name, field, t.floatData, false);
      return true;
    case TENSOR.int32Data:
      readVarints(r, wire, name, field, t.int32Data, false);
      return true;
    case TENSOR.stringData:
      t.stringData.push(readBytes(r, wire, name, field));
      return true;
    case TENSOR.int64Data:
      readVarints(r, wire, name, field, t.int64Data, true);
      return true;
    case TENSOR.name:
      t.name = readString(r, wire, name, field);
      return true;
    case TENSOR.rawData:
      t.rawData = readBytes(r, wire, name, field);
      return true;
    case TENSOR.doubleData:
      readFixeds(r, wire, name, field, t.doubleData, true);
      return true;
    case TENSOR.uint64Data:
      // uint64 and int64 share the varint encoding; values above 2^53 lose precision either way.
      readVarints(r, wire, name, field, t.uint64Data, true);
      return true;
    case TENSOR.docString:
      t.docString = readString(r, wire, name, field);
      return true;
    case TENSOR.externalData:
      t.externalData.push(readStringStringEntry(r, wire, depth));
      return true;
    case TENSOR.dataLocation:
      t.dataLocation = readInt32(r, wire, name, field);
      return true;
    default:
      return false;
  }
};

function readSparseTensor(r: Reader, wire: number, depth: number): SparseTensorProto {
  const name = 'SparseTensorProto';
  const target: SparseTensorProto = { dims: [] };
  return readNested(r, wire, depth, name, target, (fr, field, fwire, s, fdepth) => {
    if (field === SPARSE_TENSOR.values) {
      s.values = readNested(fr, fwire, fdepth, 'TensorProto', s.values ?? emptyTensor(), readTensorField);
    } else if (field === SPARSE_TENSOR.indices) {
      s.indices = readNested(fr, fwire, fdepth, 'TensorProto', s.indices ?? emptyTensor(), readTensorField);
    } else if (field === SPARSE_TENSOR.dims) {
      readVarints(fr, fwire, name, field, s.dims, true);
    } else {
      return false;
    }
    return true;
  });
}

function readValueInfo(r: Reader, wire: number, depth: number): ValueInfoProto {
  const name = 'ValueInfoProto';
  const target: ValueInfoProto = { name: '', docString: '' };
  return readNested(r, wire, depth, name, target, (fr, field, fwire, v, fdepth) => {
    if (field === VALUE_INFO.name) v.name = readString(fr, fwire, name, field);
    else if (field === VALUE_INFO.type) v.type = readType(fr, fwire, fdepth);
    else if (field === VALUE_INFO.docString) v.docString = readString(fr, fwire, name, field);
    else return false;
    return true;
  });
}

function readType(r: Reader, wire: number, depth: number): TypeProto {
  const name = 'TypeProto';
  const target: TypeProto = { denotation: '' };
  return readNested(r, wire, depth, name, target, (fr, field, fwire, t, fdepth) => {
    switch (field) {
      case TYPE.tensorType:
        t.value = { kind: 'tensor', ...readTensorType(fr, fwire, fdepth, 'TypeProto.Tensor') };
        return true;
      case TYPE.sparseTensorType:
        t.value = { kind: 'sparse_tensor', ...readTensorType(fr, fwire, fdepth, 'TypeProto.SparseTensor') };
        return true;
      case TYPE.sequenceType: {
        const elemType = readElemTypeWrapper(fr, fwire, fdepth, 'TypeProto.Sequence');
        t.value = elemType === undefined ? { kind: 'sequence' } : { kind: 'sequence', elemType };
        return true;
      }
      case TYPE.optionalType: {
        const elemType = readElemTypeWrapper(fr, fwire, fdepth, 'TypeProto.Optional');
        t.value = elemType === undefined ? { kind: 'optional' } : { kind: 'optional', elemType };
        return true;
      }
      case TYPE.mapType:
        t.value = readMapType(fr, fwire, fdepth);
        return true;
      case TYPE.denotation:
        t.denotation = readString(fr, fwire, name, field);
        return true;
      default:
        return false;
    }
  });
}

function readTensorType(
  r: Reader,
  wire: number,
  depth: number,
  name: string,
): { elemType: number; shape?: TensorShapeProto } {
  const target: { elemType: number; shape?: TensorShapeProto } = { elemType: 0 };
  return readNested(r, wire, depth, name, target, (fr, field, fwire, t, fdepth) => {
    if (field === TENSOR_TYPE.elemType) t.elemType = readInt32(fr, fwire, name, field);
    else if (field === TENSOR_TYPE.shape) t.shape = readShape(fr, fwire, fdepth, t.shape);
    else return false;
    return true;
  });
}

function readElemTypeWrapper(r: Reader, wire: number, depth: number, name: string): TypeProto | undefined {
  const target: { elemType?: TypeProto } = {};
  readNested(r, wire, depth, name, target, (fr, field, fwire, t, fdepth) => {
    if (field !== SEQUENCE_TYPE.elemType) return false;
    t.elemType = readType(fr, fwire, fdepth);
    return true;
  });
  return target.elemType;
}

function readMapType(r: Reader, wire: number, depth: number): TypeValue {
  const name = 'TypeProto.Map';
  const target: { keyType: number; valueType?: TypeProto } = { keyType: 0 };
  readNested(r, wire, depth, name, target, (fr, field, fwire, m, fdepth) => {
    if (field === MAP_TYPE.keyType) m.keyType = readInt32(fr, fwire, name, field);
    else if (field === MAP_TYPE.valueType) m.valueType = readType(fr, fwire, fdepth);
    else return false;
    return true;
  });
  return target.valueType === undefined
    ? { kind: 'map', keyType: target.keyType }
    : { kind: 'map', keyType: target.keyType, valueType: target.valueType };
}

function readShape(r: Reader, wire: number, depth: number, into: TensorShapeProto | undefined): TensorShapeProto {
  const name = 'TensorShapeProto';
  return readNested(r, wire, depth, name, into ?? { dim: [] }, (fr, field, fwire, s, fdepth) => {
    if (field !== SHAPE.dim) return false;
    s.dim.push(readDimension(fr, fwire, fdepth));
    return true;
  });
}

function readDimension(r: Reader, wire: number, depth: number): DimensionProto {
  const name = 'TensorShapeProto.Dimension';
  const target: DimensionProto = { denotation: '' };
  return readNested(r, wire, depth, name, target, (fr, field, fwire, d) => {
    // The later member of a oneof wins, as in every protobuf runtime.
    if (field === DIMENSION.dimValue) {
      delete d.dimParam;
      d.dimValue = readInt64(fr, fwire, name, field);
    } else if (field === DIMENSION.dimParam) {
      delete d.dimValue;
      d.dimParam = readString(fr, fwire, name, field);
    } else if (field === DIMENSION.denotation) {
      d.denotation = readString(fr, fwire, name, field);
    } else {
      return false;
    }
    return true;
  });
}
