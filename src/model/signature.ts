import { ConfigurationError } from '../core/errors.js';
import type { OnnxModelInfo, OnnxValueInfo } from '../onnx/inspect.js';
import type { InputBinding, TensorDtype } from './package.js';

// How an ONNX graph's inputs and outputs meet data columns: shared by bring-your-own training, evaluate and
// serving, and kept apart from the trainer so scoring never loads TensorFlow.js.

/** ONNX element type names that have a tensor dtype of our own (the ones raw records can feed). */
export const ELEM_TO_DTYPE: Record<string, TensorDtype> = {
  float: 'float32',
  double: 'float64',
  int64: 'int64',
  int32: 'int32',
  string: 'string',
  bool: 'bool',
};

/**
 * How data columns feed the user's graph: one input per feature named as the feature (the built-in
 * contract), or one packed [N, F] input whose columns are the configured `features`, in order.
 */
export function bindInputs(
  info: OnnxModelInfo,
  features: readonly string[],
  numericFeatures: ReadonlySet<string>,
): InputBinding[] {
  const unsupported = info.inputs.find(
    (input) => input.elemType === null || ELEM_TO_DTYPE[input.elemType] === undefined,
  );
  if (unsupported !== undefined) {
    throw new ConfigurationError(
      `model input "${unsupported.name}" has type ${unsupported.type}; supported: tensors of ${Object.keys(ELEM_TO_DTYPE).join(', ')}`,
    );
  }
  const [only] = info.inputs;
  const packedWidth = only?.shape?.[1];
  if (info.inputs.length === 1 && only !== undefined && typeof packedWidth === 'number' && packedWidth > 1) {
    if (features.length !== packedWidth) {
      throw new ConfigurationError(
        `model.onnx takes one input "${only.name}" of ${packedWidth} columns; list its ${packedWidth} feature columns, in order, under train.features in mlops.yml (got ${features.length})`,
      );
    }
    const dtype = ELEM_TO_DTYPE[only.elemType as string] as TensorDtype;
    return features.map((feature, column) => ({
      feature,
      tensor: only.name,
      dtype,
      shape: only.shape ?? [],
      kind: dtype === 'string' ? 'categorical' : 'numeric',
      column,
    }));
  }
  return info.inputs.map((input) => {
    const dtype = ELEM_TO_DTYPE[input.elemType as string] as TensorDtype;
    const numeric = dtype !== 'string';
    return {
      feature: input.name,
      tensor: input.name,
      dtype,
      shape: input.shape ?? [],
      kind: numeric || numericFeatures.has(input.name) ? 'numeric' : 'categorical',
    };
  });
}

export function tensorInfo(value: OnnxValueInfo): {
  name: string;
  dtype: string;
  shape: Array<number | string | null>;
} {
  return { name: value.name, dtype: value.elemType ?? value.type, shape: value.shape ?? [] };
}
