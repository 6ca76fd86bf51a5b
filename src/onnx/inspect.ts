/**
 * Reads an ONNX model's signature and provenance without a runtime: the serving signature of a bring-your-own
 * model, and what serving compatibility checks compare against the server.
 */
import { decodeModel, type GraphProto, OnnxFormatError, type TypeProto, type ValueInfoProto } from './proto.js';

/**
 * ONNX's TensorProto.DataType names in lower case ('float' is float32, 'double' is float64), indexed by their code
 * (the codes are contiguous from 0).
 */
const ELEM_TYPE_NAMES = [
  'undefined',
  'float',
  'uint8',
  'int8',
  'uint16',
  'int16',
  'int32',
  'int64',
  'string',
  'bool',
  'float16',
  'double',
  'uint32',
  'uint64',
  'complex64',
  'complex128',
  'bfloat16',
  'float8e4m3fn',
  'float8e4m3fnuz',
  'float8e5m2',
  'float8e5m2fnuz',
  'uint4',
  'int4',
  'float4e2m1',
] as const;

export type OnnxKnownElemType = (typeof ELEM_TYPE_NAMES)[number];

/** A data type code newer than this reader shows as `unknown(<code>)` rather than failing the whole model. */
export type OnnxElemType = OnnxKnownElemType | `unknown(${number})`;

/** A fixed size, a symbolic name (e.g. the batch dimension 'N'), or null when the model leaves it unknown. */
export type OnnxDim = number | string | null;

export type OnnxValueKind = 'tensor' | 'sparse_tensor' | 'sequence' | 'map' | 'optional' | 'unknown';

export interface OnnxValueInfo {
  name: string;
  kind: OnnxValueKind;
  /** The element type of a (sparse) tensor; null for sequences, maps and optionals (see `type`). */
  elemType: OnnxElemType | null;
  /** Null when the rank is unknown (no shape recorded) or the value is not a (sparse) tensor; [] is a scalar. */
  shape: OnnxDim[] | null;
  /** ONNX's own notation, e.g. 'tensor(float)' or 'seq(map(int64,tensor(float)))' for scikit-learn's ZipMap. */
  type: string;
}

export interface OnnxModelInfo {
  irVersion: number;
  producerName: string;
  producerVersion: string;
  modelVersion: number;
  graphName: string;
  /** As imported; the default operator set has domain '' (or, rarely, 'ai.onnx'). */
  opsets: { domain: string; version: number }[];
  /** Graph inputs that a caller must feed: inputs that are also initializers (overridable constants) are left out. */
  inputs: OnnxValueInfo[];
  outputs: OnnxValueInfo[];
  metadata: Record<string, string>;
  /** Nodes of the main graph. */
  nodeCount: number;
  /**
   * Sorted distinct operators, subgraphs (If/Loop/Scan bodies) included: the bare op_type in the default domain,
   * `domain:op_type` elsewhere (e.g. 'ai.onnx.ml:OneHotEncoder').
   */
  opTypes: string[];
}

export function elemTypeName(code: number): OnnxElemType {
  return (Number.isInteger(code) ? ELEM_TYPE_NAMES[code] : undefined) ?? `unknown(${code})`;
}

/** Summarizes a model file; throws OnnxFormatError (naming `source`) when the bytes are not an ONNX model. */
export function inspectOnnx(bytes: Uint8Array, source = 'the model'): OnnxModelInfo {
  const model = decodeModel(bytes, source);
  const fail = (problem: string): never => {
    throw new OnnxFormatError(source, problem);
  };
  const graph = model.graph ?? fail('it has no graph');
  const unnamed = [...graph.input, ...graph.output].findIndex((v) => v.name === '');
  if (unnamed >= 0) fail('a graph input or output has no name');
  const typeless = graph.node.findIndex((n) => n.opType === '');
  if (typeless >= 0) fail(`node ${typeless} of the graph has no op_type`);

  const constants = new Set([
    ...graph.initializer.map((t) => t.name),
    ...graph.sparseInitializer.map((s) => s.values?.name ?? ''),
  ]);
  const opTypes = new Set<string>();
  collectOpTypes(graph, opTypes);
  return {
    irVersion: model.irVersion,
    producerName: model.producerName,
    producerVersion: model.producerVersion,
    modelVersion: model.modelVersion,
    graphName: graph.name,
    opsets: model.opsetImport.map((o) => ({ domain: o.domain, version: o.version })),
    inputs: graph.input.filter((v) => !constants.has(v.name)).map(describeValue),
    outputs: graph.output.map(describeValue),
    // fromEntries defines own properties, so a hostile '__proto__' key stays a plain key; the last duplicate wins.
    metadata: Object.fromEntries(model.metadataProps.map((e) => [e.key, e.value])),
    nodeCount: graph.node.length,
    opTypes: [...opTypes].sort(),
  };
}

function collectOpTypes(graph: GraphProto, into: Set<string>): void {
  for (const node of graph.node) {
    const defaultDomain = node.domain === '' || node.domain === 'ai.onnx';
    into.add(defaultDomain ? node.opType : `${node.domain}:${node.opType}`);
    for (const attribute of node.attribute) {
      if (attribute.g !== undefined) collectOpTypes(attribute.g, into);
      for (const subgraph of attribute.graphs) collectOpTypes(subgraph, into);
    }
  }
}

function describeValue(value: ValueInfoProto): OnnxValueInfo {
  const type = value.type?.value;
  const rendered = renderType(value.type);
  if (type?.kind === 'tensor' || type?.kind === 'sparse_tensor') {
    return {
      name: value.name,
      kind: type.kind,
      elemType: elemTypeName(type.elemType),
      shape:
        type.shape?.dim.map((d) => d.dimValue ?? (d.dimParam === undefined || d.dimParam === '' ? null : d.dimParam)) ??
        null,
      type: rendered,
    };
  }
  return { name: value.name, kind: type?.kind ?? 'unknown', elemType: null, shape: null, type: rendered };
}

function renderType(type: TypeProto | undefined): string {
  const value = type?.value;
  switch (value?.kind) {
    case undefined:
      return 'unknown';
    case 'tensor':
      return `tensor(${elemTypeName(value.elemType)})`;
    case 'sparse_tensor':
      return `sparse_tensor(${elemTypeName(value.elemType)})`;
    case 'sequence':
      return `seq(${renderType(value.elemType)})`;
    case 'optional':
      return `optional(${renderType(value.elemType)})`;
    case 'map':
      return `map(${elemTypeName(value.keyType)},${renderType(value.valueType)})`;
  }
}
