import { writeFile } from 'node:fs/promises';
import { readJsonFile } from '../core/json-file.js';
import { checkedBy } from '../core/validator.js';
import validateDataSchema from '../generated/validators/data-schema.js';
import type { ColumnProfile, DataProfile } from './profile.js';

export type FeatureType = 'integer' | 'float' | 'string' | 'boolean';

export interface FeatureSchema {
  name: string;
  type: FeatureType;
  maxMissingFraction?: number;
  range?: { min?: number; max?: number };
  domain?: Array<string | number | boolean>;
  allowNonFinite?: boolean;
  environments?: string[];
  description?: string;
}

export interface DataSchema {
  format: 'mlops-actions/schema';
  version: 1;
  label?: string;
  environments?: string[];
  rows?: { min?: number; maxRelativeChange?: number };
  inferredFrom?: string;
  features: FeatureSchema[];
}

export const DEFAULT_ENVIRONMENTS = ['TRAINING', 'SERVING'];
/** Like TFDV: a string feature with at most this many distinct values gets a closed domain. */
export const MAX_INFERRED_DOMAIN = 100;

const validateSchema = checkedBy<DataSchema>(validateDataSchema, 'data schema (see schemas/data-schema.schema.json)');

export async function loadSchema(path: string): Promise<DataSchema> {
  const schema = validateSchema(await readJsonFile(path, 'schema'), path);
  const seen = new Set<string>();
  for (const feature of schema.features) {
    if (seen.has(feature.name)) {
      validateSchema({ ...schema, features: 'duplicate' }, `${path} (feature "${feature.name}" is declared twice)`);
    }
    seen.add(feature.name);
  }
  return schema;
}

export async function writeSchema(path: string, schema: DataSchema): Promise<void> {
  await writeFile(path, `${JSON.stringify(schema, null, 2)}\n`);
}

export function featureInEnvironment(schema: DataSchema, feature: FeatureSchema, environment: string): boolean {
  const environments = feature.environments ?? schema.environments ?? DEFAULT_ENVIRONMENTS;
  return environments.includes(environment);
}

/** The type a column's values have; mixed numerals and text are text (as TFDV types them BYTES). */
export function observedType(column: ColumnProfile): FeatureType | undefined {
  const numeric =
    column.numeric.count + column.nan + column.positiveInfinity + column.negativeInfinity + column.overflow;
  const booleans = column.booleans.true + column.booleans.false;
  if (column.strings.count > 0) return 'string';
  if (numeric > 0 && booleans > 0) return 'string';
  if (booleans > 0) return 'boolean';
  if (numeric > 0) return column.numeric.nonInteger === 0 && column.numeric.count > 0 ? 'integer' : 'float';
  return undefined;
}

/**
 * A schema that the reference data satisfies: types, presence as observed, ranges as observed, closed
 * domains for string features with at most MAX_INFERRED_DOMAIN values, and the label absent at SERVING.
 * Inferred schemas are a starting point to review and commit, as TFDV's are.
 */
export function inferSchema(profile: DataProfile, options: { label?: string; source: string }): DataSchema {
  const features: FeatureSchema[] = [];
  for (const column of profile.columns) {
    const type = observedType(column) ?? 'string';
    const feature: FeatureSchema = { name: column.name, type };
    const missingFraction = column.count === 0 ? 0 : column.missing / column.count;
    if (missingFraction > 0) feature.maxMissingFraction = Math.min(1, roundUp(missingFraction * 1.5 + 0.001));
    if ((type === 'integer' || type === 'float') && column.numeric.min !== null && column.numeric.max !== null) {
      feature.range = widenedRange(column.numeric.min, column.numeric.max, type === 'integer');
    }
    if (type === 'string') {
      const values = Object.keys(column.strings.values);
      const numerals = column.numeric.smallDomain ?? [];
      if (column.strings.otherCount === 0 && values.length + numerals.length <= MAX_INFERRED_DOMAIN) {
        feature.domain = [...values, ...numerals.map(([value]) => String(value))].sort();
      }
    }
    if (type === 'integer' && column.numeric.smallDomain !== null && column.numeric.smallDomain.length <= 2) {
      feature.domain = column.numeric.smallDomain.map(([value]) => value);
    }
    if (column.nan + column.positiveInfinity + column.negativeInfinity > 0) feature.allowNonFinite = true;
    if (options.label !== undefined && column.name === options.label) feature.environments = ['TRAINING'];
    features.push(feature);
  }
  const schema: DataSchema = {
    format: 'mlops-actions/schema',
    version: 1,
    environments: DEFAULT_ENVIRONMENTS,
    rows: { min: 1 },
    inferredFrom: options.source,
    features,
  };
  if (options.label !== undefined) schema.label = options.label;
  return schema;
}

/**
 * Observed bounds widened by 10% of the span on each side: new data rarely hits the exact training extremes,
 * while a unit change (×100) or a sign flip still falls far outside. Non-negative features stay non-negative.
 */
function widenedRange(min: number, max: number, integer: boolean): { min: number; max: number } {
  const margin = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
  let low = min >= 0 ? Math.max(0, min - margin) : min - margin;
  let high = max + margin;
  if (integer) {
    low = Math.floor(low);
    high = Math.ceil(high);
  } else {
    low = Number(low.toPrecision(6));
    high = Number(high.toPrecision(6));
  }
  return { min: low, max: high };
}

function roundUp(value: number): number {
  return Math.ceil(value * 1000) / 1000;
}
