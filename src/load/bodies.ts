import { ConfigurationError } from '../core/errors.js';
import type { Cell } from '../data/table.js';
import type { InputBinding } from '../model/package.js';

export type FeatureKind = InputBinding['kind'];

/** A JSON value of one feature of one instance, as the prediction API takes it. */
export type InstanceValue = number | string | null;

export interface RequestBodyOptions {
  /** Rows per request (`{"instances": [...]}` holds this many). Default 1. */
  instancesPerRequest?: number;
  /** At most this many distinct bodies; autocannon cycles through them. Default 1,000. */
  maxBodies?: number;
  /**
   * How each feature is bound in the model. CSV gives every cell as text, so a numeric feature's numeric text is
   * sent as a JSON number (the server would refuse or mis-encode `"42"`); a categorical feature is always sent
   * as a string. Features not listed are sent as read.
   */
  kinds?: ReadonlyMap<string, FeatureKind>;
}

export const DEFAULT_MAX_BODIES = 1000;

/** The kinds of a model's inputs, for `requestBodies`. */
export function featureKinds(inputs: readonly InputBinding[]): Map<string, FeatureKind> {
  return new Map(inputs.map((input) => [input.feature, input.kind]));
}

/** `POST {base}/v1/models/{name}:predict`, the URL `runLoad` sends the bodies to. */
export function predictUrl(baseUrl: string, modelName: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/v1/models/${encodeURIComponent(modelName)}:predict`;
}

/** One cell as the request carries it, converted by the feature's kind. */
export function instanceValue(value: Cell, kind: FeatureKind | undefined): InstanceValue {
  if (value === null) return null;
  if (kind === 'numeric') {
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    const trimmed = value.trim();
    if (trimmed === '') return null;
    const parsed = Number(trimmed);
    // Text that is not a finite number is sent unchanged: a load test replays the data, it does not repair it.
    return Number.isFinite(parsed) ? parsed : value;
  }
  if (kind === 'categorical') return String(value);
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

/**
 * Builds the JSON bodies of predict requests from data rows: `{"instances": [{feature: value, …}, …]}`.
 *
 * When the data has more rows than the bodies can hold, rows are taken at an even stride over the whole table
 * rather than from its top, because data files are often sorted (by date, by customer) and the first rows would
 * not represent the rest. When it has fewer, rows repeat. The order is deterministic, so two runs (candidate
 * and baseline) send the same requests.
 */
export function requestBodies(
  columns: ReadonlyMap<string, readonly Cell[]>,
  rows: number,
  features: readonly string[],
  options: RequestBodyOptions = {},
): string[] {
  const perRequest = options.instancesPerRequest ?? 1;
  const maxBodies = options.maxBodies ?? DEFAULT_MAX_BODIES;
  if (!Number.isInteger(perRequest) || perRequest < 1) {
    throw new ConfigurationError(`instances per request must be a positive integer, got ${perRequest}`);
  }
  if (!Number.isInteger(maxBodies) || maxBodies < 1) {
    throw new ConfigurationError(`the number of request bodies must be a positive integer, got ${maxBodies}`);
  }
  if (features.length === 0) throw new ConfigurationError('load test: the model has no input features to send');
  if (!Number.isInteger(rows) || rows < 1) {
    throw new ConfigurationError('load test: the data has no rows to build requests from; give `data` with rows');
  }
  const values = features.map((feature) => {
    const column = columns.get(feature);
    if (column === undefined) {
      throw new ConfigurationError(
        `load test: the data has no column "${feature}", which the model needs; fix the data or the feature list`,
      );
    }
    if (column.length < rows) {
      throw new ConfigurationError(`load test: column "${feature}" has ${column.length} values for ${rows} rows`);
    }
    return column;
  });
  const kinds = features.map((feature) => options.kinds?.get(feature));

  const bodyCount = Math.min(maxBodies, Math.ceil(rows / perRequest));
  const total = bodyCount * perRequest;
  const rowAt = (j: number): number => (total <= rows ? Math.floor((j * rows) / total) : j % rows);
  const bodies: string[] = [];
  for (let b = 0; b < bodyCount; b++) {
    const instances: Array<Record<string, InstanceValue>> = [];
    for (let k = 0; k < perRequest; k++) {
      const row = rowAt(b * perRequest + k);
      const instance: Record<string, InstanceValue> = {};
      features.forEach((feature, f) => {
        instance[feature] = instanceValue(values[f]?.[row] ?? null, kinds[f]);
      });
      instances.push(instance);
    }
    bodies.push(JSON.stringify({ instances }));
  }
  return bodies;
}
