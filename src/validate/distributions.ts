import type { FeatureDistribution } from '../stats/drift.js';
import { weightedSample } from '../stats/tests.js';
import type { ColumnProfile, DataProfile } from './profile.js';
import { type DataSchema, observedType } from './schema.js';
import { QuantileSketch } from './sketches.js';
import { exactDistinctCount } from './statistics.js';

/** The profile's columns as distributions for the drift tests: exact values where the profile kept them. */
export function distributions(profile: DataProfile, schema: DataSchema): Map<string, FeatureDistribution> {
  const types = new Map(schema.features.map((feature) => [feature.name, feature.type]));
  const result = new Map<string, FeatureDistribution>();
  for (const column of profile.columns) {
    const type = types.get(column.name) ?? observedType(column);
    if (type === undefined) continue;
    const distribution =
      type === 'integer' || type === 'float' ? numericDistribution(column) : categoricalDistribution(column);
    if (distribution !== undefined) result.set(column.name, distribution);
  }
  return result;
}

function numericDistribution(column: ColumnProfile): FeatureDistribution | undefined {
  const numeric = column.numeric;
  if (numeric.count === 0 || numeric.min === null || numeric.max === null) return undefined;
  let sample: ReturnType<typeof weightedSample>;
  if (numeric.smallDomain !== null) {
    sample = {
      values: Float64Array.from(numeric.smallDomain, ([value]) => value),
      weights: Float64Array.from(numeric.smallDomain, ([, count]) => count),
    };
  } else if (numeric.exact !== null) {
    sample = weightedSample(numeric.exact);
  } else {
    const buckets = QuantileSketch.fromJSON(numeric.sketch, numeric.min, numeric.max, numeric.sum).buckets();
    sample = { values: Float64Array.from(buckets.values), weights: Float64Array.from(buckets.weights) };
  }
  return {
    kind: 'numeric',
    count: numeric.count,
    distinct: exactDistinctCount(column) ?? Number.POSITIVE_INFINITY,
    // Population standard deviation, as Evidently normalises the Wasserstein distance.
    std: numeric.count > 0 ? Math.sqrt(numeric.m2 / numeric.count) : 0,
    sample,
  };
}

function categoricalDistribution(column: ColumnProfile): FeatureDistribution | undefined {
  const counts = new Map<string, number>();
  for (const [value, [count]] of Object.entries(column.strings.values)) counts.set(value, count);
  for (const [value, count] of column.numeric.smallDomain ?? [])
    counts.set(String(value), (counts.get(String(value)) ?? 0) + count);
  if (column.booleans.true > 0) counts.set('true', column.booleans.true);
  if (column.booleans.false > 0) counts.set('false', column.booleans.false);
  if (column.strings.otherCount > 0) counts.set('(other values)', column.strings.otherCount);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return undefined;
  return { kind: 'categorical', count: total, counts };
}
