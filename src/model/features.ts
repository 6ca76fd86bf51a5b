import { ConfigurationError, shorten } from '../core/errors.js';
import type { Cell } from '../data/table.js';
import type { InputBinding } from './package.js';

/** How the built-in models turn one raw feature into numbers; the same numbers are baked into the ONNX graph. */
export type FeaturePlan =
  | { name: string; kind: 'numeric'; mean: number; std: number; fill: number }
  | { name: string; kind: 'categorical'; vocabulary: string[] };

export type FeatureKind = 'numeric' | 'categorical';

/** A cell as a number: NaN for missing. Returns undefined for text that is not a number. */
export function cellNumber(cell: Cell): number | undefined {
  if (cell === null) return Number.NaN;
  if (typeof cell === 'number') return cell;
  // Number() ignores surrounding spaces and reads '' as 0, so only an empty-looking or NaN result needs a closer look.
  const value = Number(cell);
  if (!Number.isNaN(value) && cell.trim() !== '') return value;
  return MISSING_TOKENS.test(cell) ? Number.NaN : undefined;
}

const MISSING_TOKENS = /^\s*(|nan|null|na|n\/a)\s*$/i;

/** A cell as category text: '' for missing, so numbers read from Parquet and from CSV give the same key. */
export function cellText(cell: Cell): string {
  return cell === null ? '' : typeof cell === 'number' ? String(cell) : cell;
}

/** Numeric when every present value is a number (CSV text included); anything else is categorical. */
export function inferKind(values: readonly Cell[]): FeatureKind {
  let seen = 0;
  for (const cell of values) {
    if (cell === null) continue;
    seen++;
    if (typeof cell === 'string' && (/^(true|false)$/i.test(cell.trim()) || cellNumber(cell) === undefined)) {
      return 'categorical';
    }
  }
  return seen === 0 ? 'categorical' : 'numeric';
}

export interface FitOptions {
  /** Keep at most this many categories per feature (most frequent first); the rest encode as unknown. */
  maxCategories: number;
  describeRow: (row: number) => string;
}

/** Standardisation statistics and vocabularies from the training rows (computed once, used everywhere). */
export function fitFeaturePlan(
  name: string,
  kind: FeatureKind,
  values: readonly Cell[],
  options: FitOptions,
): FeaturePlan {
  if (kind === 'categorical') {
    const counts = new Map<string, number>();
    for (const cell of values) {
      const text = cellText(cell);
      if (text !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    const vocabulary = [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, options.maxCategories)
      .map(([text]) => text)
      .sort();
    return { name, kind, vocabulary };
  }
  let count = 0;
  let mean = 0;
  let m2 = 0;
  values.forEach((cell, row) => {
    const value = cellNumber(cell);
    if (value === undefined) {
      throw new ConfigurationError(
        `${options.describeRow(row)}: feature "${name}" is numeric but has the value "${shorten(String(cell), 40)}"; fix the value or declare the feature as a string in the schema`,
      );
    }
    if (!Number.isFinite(value)) return;
    count++;
    const delta = value - mean;
    mean += delta / count;
    m2 += delta * (value - mean);
  });
  const std = count > 0 ? Math.sqrt(m2 / count) : 0;
  // A constant (or all-missing) feature carries no signal; dividing by 1 keeps the graph finite.
  return { name, kind, mean: Math.fround(mean), std: Math.fround(std > 1e-12 ? std : 1), fill: Math.fround(mean) };
}

export function planWidth(plan: readonly FeaturePlan[]): number {
  return plan.reduce((width, feature) => width + (feature.kind === 'numeric' ? 1 : feature.vocabulary.length), 0);
}

/**
 * Encodes rows exactly as the exported ONNX graph does (float32 fill, subtract, divide; one-hot in vocabulary
 * order, unknown = all zeros), so TF.js trains on what serving will compute.
 */
export function encodeRows(
  plan: readonly FeaturePlan[],
  columns: ReadonlyMap<string, readonly Cell[]>,
  rows: number,
  describeRow: (row: number) => string,
): Float32Array {
  const width = planWidth(plan);
  const matrix = new Float32Array(rows * width);
  let offset = 0;
  for (const feature of plan) {
    const values = columns.get(feature.name);
    if (values === undefined)
      throw new ConfigurationError(`the data has no column "${feature.name}", which the model needs`);
    if (feature.kind === 'numeric') {
      const mean = Math.fround(feature.mean);
      const std = Math.fround(feature.std);
      for (let row = 0; row < rows; row++) {
        let value = cellNumber(values[row] ?? null);
        if (value === undefined) {
          throw new ConfigurationError(
            `${describeRow(row)}: feature "${feature.name}" must be a number, got "${shorten(String(values[row]), 40)}"`,
          );
        }
        if (Number.isNaN(value)) value = feature.fill;
        matrix[row * width + offset] = Math.fround(Math.fround(Math.fround(value) - mean) / std);
      }
      offset += 1;
    } else {
      const index = new Map(feature.vocabulary.map((text, at) => [text, at]));
      for (let row = 0; row < rows; row++) {
        const at = index.get(cellText(values[row] ?? null));
        if (at !== undefined) matrix[row * width + offset + at] = 1;
      }
      offset += feature.vocabulary.length;
    }
  }
  return matrix;
}

/** The tensor data for one ONNX input, built from raw cells according to the package's binding. */
export interface FeedData {
  dtype: 'float32' | 'float64' | 'int64' | 'int32' | 'string' | 'bool';
  data: Float32Array | Float64Array | BigInt64Array | Int32Array | string[] | Uint8Array;
  dims: number[];
}

/**
 * Raw records to input tensors: one [N, 1] tensor per feature, or one packed [N, F] tensor for models that
 * take all features in one input. A value that cannot take the input's type is a clear error naming the row.
 */
export function buildFeeds(
  bindings: readonly InputBinding[],
  columns: ReadonlyMap<string, readonly Cell[]>,
  rows: number,
  describeRow: (row: number) => string,
): Record<string, FeedData> {
  const byTensor = new Map<string, InputBinding[]>();
  for (const binding of bindings) byTensor.set(binding.tensor, [...(byTensor.get(binding.tensor) ?? []), binding]);
  const feeds: Record<string, FeedData> = {};
  for (const [tensor, group] of byTensor) {
    const width = group.length;
    const dtype = (group[0] as InputBinding).dtype;
    const data = allocate(dtype, rows * width);
    group.forEach((binding, position) => {
      const column = binding.column ?? position;
      const values = columns.get(binding.feature);
      if (values === undefined)
        throw new ConfigurationError(`the data has no column "${binding.feature}", which the model needs`);
      if (Array.isArray(data)) {
        for (let row = 0; row < rows; row++) data[row * width + column] = cellText(values[row] ?? null);
        return;
      }
      for (let row = 0; row < rows; row++)
        writeNumber(data, row * width + column, values[row] ?? null, binding, row, describeRow);
    });
    feeds[tensor] = { dtype, data, dims: [rows, width] };
  }
  return feeds;
}

function allocate(dtype: FeedData['dtype'], size: number): FeedData['data'] {
  switch (dtype) {
    case 'float32':
      return new Float32Array(size);
    case 'float64':
      return new Float64Array(size);
    case 'int64':
      return new BigInt64Array(size);
    case 'int32':
      return new Int32Array(size);
    case 'bool':
      return new Uint8Array(size);
    case 'string':
      return new Array<string>(size).fill('');
  }
}

function writeNumber(
  data: Exclude<FeedData['data'], string[]>,
  at: number,
  cell: Cell,
  binding: InputBinding,
  row: number,
  describeRow: (row: number) => string,
): void {
  const value = cellNumber(cell);
  if (value === undefined) {
    throw new ConfigurationError(
      `${describeRow(row)}: feature "${binding.feature}" must be a number (model input ${binding.tensor} is ${binding.dtype}), got "${shorten(String(cell), 40)}"`,
    );
  }
  if (data instanceof BigInt64Array) {
    if (!Number.isInteger(value)) {
      throw new ConfigurationError(
        `${describeRow(row)}: feature "${binding.feature}" must be an integer (model input ${binding.tensor} is int64), got "${shorten(String(cell), 40)}"`,
      );
    }
    data[at] = BigInt(value);
  } else {
    data[at] = value;
  }
}
