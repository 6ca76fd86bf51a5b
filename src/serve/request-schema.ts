/**
 * Request validation for the prediction server: JSON Schemas generated from the served model's signature,
 * compiled once per model, and ajv's findings turned into one message that names the field (e.g.
 * `instances[3].age: must be a number or null`). Everything a client can get wrong is caught here, before
 * batching, so one bad request never fails the requests it would have shared an inference with.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Cell } from '../data/table.js';
import type { InputBinding } from '../model/package.js';
import type { OnnxDim, OnnxValueInfo } from '../onnx/inspect.js';
import {
  type OrtType,
  ortType,
  type TensorData,
  toTensorArray,
  V2_DATATYPES,
  type V2Datatype,
  v2Datatype,
  v2Shape,
} from './tensors.js';

/** A client mistake: the server answers `status` with `{"error": message}`. */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ServedSignature {
  /** The package's feature bindings: what a v1 instance holds. */
  bindings: readonly InputBinding[];
  /** The ONNX graph's inputs and outputs: what v2 requests name. */
  inputs: readonly OnnxValueInfo[];
  outputs: readonly OnnxValueInfo[];
}

export interface V1Request {
  instances: Array<Record<string, Cell>>;
}

export interface V2Request {
  id?: string;
  feeds: Record<string, TensorData>;
  /** Output tensors to return, in the order asked (all tensor outputs when the request names none). */
  outputs: string[];
  /** The shared leading (batch) dimension when the request can share an inference with others. */
  rows: number | undefined;
  /** Requests with the same key can be concatenated along dimension 0. */
  batchKey: string;
}

export interface RequestValidators {
  v1(body: unknown): V1Request;
  v2(body: unknown): V2Request;
  /** Tensor outputs, which a v2 request may name. */
  outputNames: readonly string[];
}

// allErrors off: the first problem is enough for a message, and stopping there keeps validation cheap.
const ajv = new Ajv({ allErrors: false, strict: true, strictTypes: false, allowUnionTypes: true });

type FeatureType = 'number' | 'integer' | 'string';

function featureType(binding: InputBinding): FeatureType {
  if (binding.dtype === 'string') return binding.kind === 'numeric' ? 'number' : 'string';
  return binding.dtype === 'int64' || binding.dtype === 'int32' ? 'integer' : 'number';
}

const TYPE_WORDS: Record<FeatureType, string> = {
  number: 'a number or null',
  integer: 'an integer or null',
  string: 'a string or null',
};

const V1_SHAPE = '{"instances": [{"<feature>": <value>, ...}, ...]}';
const V2_SHAPE = '{"inputs": [{"name", "shape", "datatype", "data"}, ...]}';

export function compileRequestValidators(
  signature: ServedSignature,
  limits: { maxInstances: number },
): RequestValidators {
  const features = [...new Set(signature.bindings.map((binding) => binding.feature))];
  const types = new Map<string, FeatureType>();
  for (const binding of signature.bindings) types.set(binding.feature, featureType(binding));
  const featureList = features.join(', ');

  const v1Schema = {
    type: 'object',
    required: ['instances'],
    additionalProperties: false,
    properties: {
      instances: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: features,
          additionalProperties: false,
          properties: Object.fromEntries(
            features.map((feature) => [feature, { type: [types.get(feature) ?? 'number', 'null'] }]),
          ),
        },
      },
      parameters: { type: 'object' },
    },
  };
  const validateV1 = ajv.compile<V1Request>(v1Schema);

  const tensorOutputs = signature.outputs.filter((output) => output.kind === 'tensor');
  const outputNames = tensorOutputs.map((output) => output.name);
  const inputNames = signature.inputs.map((input) => input.name);
  const inputsByName = new Map(signature.inputs.map((input) => [input.name, input]));
  const outputsByName = new Map(tensorOutputs.map((output) => [output.name, output]));
  const v2Schema = {
    type: 'object',
    required: ['inputs'],
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      parameters: { type: 'object' },
      inputs: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['name', 'shape', 'datatype', 'data'],
          additionalProperties: false,
          properties: {
            name: { enum: inputNames },
            shape: { type: 'array', items: { type: 'integer', minimum: 0 } },
            datatype: { enum: V2_DATATYPES },
            data: { type: 'array' },
            parameters: { type: 'object' },
          },
          allOf: signature.inputs.map((input) => ({
            if: { required: ['name'], properties: { name: { const: input.name } } },
            // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a thenable.
            then: inputSchema(input),
          })),
        },
      },
      outputs: {
        type: 'array',
        items: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: { name: { enum: outputNames }, parameters: { type: 'object' } },
        },
      },
    },
  };
  const validateV2 = ajv.compile(v2Schema);

  // A request is batchable when every input and every output leads with the same symbolic dimension.
  const leading = signature.inputs.map((input) => input.shape?.[0]);
  const batchSymbol = leading[0];
  const inputsBatchable =
    typeof batchSymbol === 'string' && leading.every((dim) => dim === batchSymbol) && signature.inputs.length > 0;

  return {
    outputNames,
    v1(body) {
      const instances = isObject(body) ? body.instances : undefined;
      // Checked before the schema so a huge request is refused without walking every row.
      if (Array.isArray(instances) && instances.length > limits.maxInstances) {
        throw new RequestError(
          413,
          `instances: ${instances.length} instances is more than this server takes in one request (${limits.maxInstances}); split the request`,
        );
      }
      if (validateV1(body)) return body;
      throw new RequestError(400, describeV1Error(firstError(validateV1), featureList, types));
    },
    v2(body) {
      unnestData(body);
      if (!validateV2(body)) throw new RequestError(400, describeV2Error(firstError(validateV2), body, signature));
      const request = body as {
        id?: string;
        inputs: Array<{ name: string; shape: number[]; datatype: V2Datatype; data: unknown[] }>;
        outputs?: Array<{ name: string }>;
      };
      const feeds: Record<string, TensorData> = {};
      const symbols = new Map<string, { value: number; at: number }>();
      request.inputs.forEach((input, at) => {
        if (feeds[input.name] !== undefined) {
          throw new RequestError(400, `inputs[${at}].name: input "${input.name}" is given twice`);
        }
        let size = 1;
        for (const dim of input.shape) size *= dim;
        if (input.data.length !== size) {
          throw new RequestError(
            400,
            `inputs[${at}].data: has ${input.data.length} values but shape [${input.shape.join(', ')}] holds ${size} (data is flat, row-major)`,
          );
        }
        const model = inputsByName.get(input.name) as OnnxValueInfo;
        model.shape?.forEach((dim, axis) => {
          if (typeof dim !== 'string') return;
          const value = input.shape[axis] as number;
          const seen = symbols.get(dim);
          if (seen === undefined) symbols.set(dim, { value, at });
          else if (seen.value !== value) {
            throw new RequestError(
              400,
              `inputs[${at}].shape[${axis}]: dimension "${dim}" is ${value} here but ${seen.value} in inputs[${seen.at}]; inputs must agree`,
            );
          }
        });
        if (inputsBatchable && (input.shape[0] as number) > limits.maxInstances) {
          throw new RequestError(
            413,
            `inputs[${at}].shape[0]: ${input.shape[0]} rows is more than this server takes in one request (${limits.maxInstances}); split the request`,
          );
        }
        const type = ortType(input.datatype) as OrtType;
        feeds[input.name] = { type, data: toTensorArray(type, input.data), dims: input.shape };
      });
      const missing = inputNames.filter((name) => feeds[name] === undefined);
      if (missing.length > 0) {
        throw new RequestError(
          400,
          `inputs: missing ${missing.map((name) => `"${name}"`).join(', ')}; the model takes ${inputNames.join(', ')}`,
        );
      }
      const outputs = request.outputs === undefined ? outputNames : request.outputs.map((output) => output.name);
      const rows =
        inputsBatchable &&
        outputs.every((name) => outputsByName.get(name)?.shape?.[0] === batchSymbol) &&
        outputs.length > 0
          ? symbols.get(batchSymbol as string)?.value
          : undefined;
      let batchKey = outputs.join('\u0000');
      if (rows !== undefined) {
        for (const name of inputNames) batchKey += `|${(feeds[name] as TensorData).dims.slice(1).join(',')}`;
      }
      return { ...(request.id === undefined ? {} : { id: request.id }), feeds, outputs, rows, batchKey };
    },
  };
}

/** The `then` half for one named input: its datatype, its rank and fixed dimensions, and its element type. */
function inputSchema(input: OnnxValueInfo): object {
  const datatype = v2Datatype(input.elemType);
  const schema: Record<string, unknown> = {};
  if (datatype !== undefined && ortType(datatype) !== undefined) {
    schema.datatype = { const: datatype };
    schema.data = { items: elementSchema(datatype) };
  } else {
    // The protocol has no JSON form for this input's type, so no request can feed it.
    schema.datatype = { enum: [] };
  }
  if (input.shape !== null) {
    const rank = input.shape.length;
    schema.shape = {
      minItems: rank,
      maxItems: rank,
      items: input.shape.map((dim: OnnxDim) => (typeof dim === 'number' && dim >= 0 ? { const: dim } : {})),
    };
  }
  return { properties: schema };
}

function elementSchema(datatype: V2Datatype): object {
  switch (datatype) {
    case 'FP32':
    case 'FP64':
      return { type: ['number', 'null'] };
    case 'BYTES':
      return { type: 'string' };
    case 'BOOL':
      return { type: 'boolean' };
    case 'INT8':
      return { type: 'integer', minimum: -128, maximum: 127 };
    case 'UINT8':
      return { type: 'integer', minimum: 0, maximum: 255 };
    case 'INT16':
      return { type: 'integer', minimum: -32768, maximum: 32767 };
    case 'UINT16':
      return { type: 'integer', minimum: 0, maximum: 65535 };
    case 'INT32':
      return { type: 'integer', minimum: -2147483648, maximum: 2147483647 };
    case 'UINT32':
      return { type: 'integer', minimum: 0, maximum: 4294967295 };
    case 'UINT64':
      return { type: 'integer', minimum: 0 };
    default:
      return { type: 'integer' };
  }
}

/** The protocol also allows `data` nested in the tensor's shape; flattened here so one schema checks both. */
function unnestData(body: unknown): void {
  if (!isObject(body) || !Array.isArray(body.inputs)) return;
  for (const input of body.inputs) {
    if (isObject(input) && Array.isArray(input.data) && Array.isArray(input.data[0])) {
      input.data = input.data.flat(Number.POSITIVE_INFINITY);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstError(validate: ValidateFunction): ErrorObject | undefined {
  return validate.errors?.find((error) => error.keyword !== 'if') ?? validate.errors?.[0];
}

/** `/instances/3/age` → `instances[3].age` (JSON Pointer escapes undone). */
function fieldPath(pointer: string, extra?: string): string {
  const parts = pointer === '' ? [] : pointer.slice(1).split('/');
  if (extra !== undefined) parts.push(extra);
  let out = '';
  for (const raw of parts) {
    const part = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

function describeV1Error(
  error: ErrorObject | undefined,
  featureList: string,
  types: ReadonlyMap<string, FeatureType>,
): string {
  if (error === undefined) return `the body must be ${V1_SHAPE}`;
  const params = error.params as Record<string, unknown>;
  const depth = error.instancePath === '' ? 0 : error.instancePath.split('/').length - 1;
  switch (error.keyword) {
    case 'type': {
      if (depth === 0) return `the body must be a JSON object ${V1_SHAPE}`;
      if (depth === 1) return `instances: must be an array of objects, ${V1_SHAPE}`;
      if (depth === 2) return `${fieldPath(error.instancePath)}: must be an object of feature values`;
      const feature = error.instancePath.split('/').pop() ?? '';
      const type = types.get(feature.replaceAll('~1', '/').replaceAll('~0', '~'));
      return `${fieldPath(error.instancePath)}: must be ${type === undefined ? String(params.type) : TYPE_WORDS[type]}`;
    }
    case 'required': {
      const missing = String(params.missingProperty);
      if (depth === 0) return `instances: missing; the body must be ${V1_SHAPE}`;
      return `${fieldPath(error.instancePath, missing)}: missing feature; every feature is required (send null for a missing value)`;
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      if (depth === 0) return `${fieldPath('', extra)}: unknown key; the body must be ${V1_SHAPE}`;
      return `${fieldPath(error.instancePath, extra)}: unknown feature; the model takes ${featureList}`;
    }
    case 'minItems':
      return 'instances: must hold at least one instance';
    default:
      return `${fieldPath(error.instancePath) || 'the body'}: ${error.message ?? error.keyword}`;
  }
}

function describeV2Error(error: ErrorObject | undefined, body: unknown, signature: ServedSignature): string {
  if (error === undefined) return `the body must be ${V2_SHAPE}`;
  const params = error.params as Record<string, unknown>;
  const parts = error.instancePath.split('/').slice(1);
  const path = fieldPath(error.instancePath);
  // The input the error is about, to say what that input expects.
  let input: OnnxValueInfo | undefined;
  if (parts[0] === 'inputs' && parts[1] !== undefined && isObject(body) && Array.isArray(body.inputs)) {
    const given: unknown = body.inputs[Number(parts[1])];
    const name = isObject(given) ? given.name : undefined;
    input = signature.inputs.find((candidate) => candidate.name === name);
  }
  const about =
    input === undefined
      ? ''
      : ` (input "${input.name}" is ${v2Datatype(input.elemType) ?? input.type} with shape [${v2Shape(input.shape).join(', ')}])`;
  switch (error.keyword) {
    case 'type':
      if (path === '') return `the body must be a JSON object ${V2_SHAPE}`;
      return `${path}: must be ${describeType(params.type)}${about}`;
    case 'required': {
      const missing = String(params.missingProperty);
      return path === '' ? `${missing}: missing; the body must be ${V2_SHAPE}` : `${path}.${missing}: missing`;
    }
    case 'additionalProperties':
      return `${fieldPath(error.instancePath, String(params.additionalProperty))}: unknown key`;
    case 'enum':
      if (parts[0] === 'inputs' && parts[2] === 'name') {
        return `${path}: unknown input ${JSON.stringify(valueAt(body, parts))}; the model takes ${signature.inputs.map((i) => i.name).join(', ')}`;
      }
      if (parts[0] === 'outputs') {
        const names = signature.outputs.filter((output) => output.kind === 'tensor').map((output) => output.name);
        return `${path}: unknown output ${JSON.stringify(valueAt(body, parts))}; the model returns ${names.join(', ')}`;
      }
      if (parts[2] === 'datatype' && input !== undefined && (params.allowedValues as unknown[]).length === 0) {
        return `${path}: input "${input.name}" has type ${input.type}, which the protocol's JSON cannot carry`;
      }
      return `${path}: must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      if (parts[2] === 'datatype') return `${path}: must be ${JSON.stringify(params.allowedValue)}${about}`;
      return `${path}: must be ${JSON.stringify(params.allowedValue)}${about}`;
    case 'minItems':
    case 'maxItems':
      if (parts[2] === 'shape') return `${path}: must have ${String(params.limit)} dimensions${about}`;
      return `${path || 'the body'}: ${error.message ?? error.keyword}`;
    case 'minimum':
    case 'maximum':
      return `${path}: ${error.message ?? error.keyword}${about}`;
    default:
      return `${path || 'the body'}: ${error.message ?? error.keyword}`;
  }
}

function describeType(type: unknown): string {
  const words: Record<string, string> = {
    object: 'an object',
    array: 'an array',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'a boolean (true or false)',
    'number,null': 'a number or null',
  };
  const key = String(type);
  return words[key] ?? `of type ${key}`;
}

function valueAt(body: unknown, parts: readonly string[]): unknown {
  let at: unknown = body;
  for (const part of parts) {
    if (Array.isArray(at)) at = at[Number(part)];
    else if (isObject(at)) at = at[part];
    else return undefined;
  }
  return at;
}
