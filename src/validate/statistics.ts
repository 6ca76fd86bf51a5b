import type { ColumnProfile } from './profile.js';
import { observedType } from './schema.js';
import { DistinctSketch, QuantileSketch } from './sketches.js';

/** What a person reads about a column; derived from the profile, never stored separately. */
export interface ColumnStatistics {
  name: string;
  type: string;
  count: number;
  missing: number;
  missingFraction: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  std: number | null;
  quantiles: Record<string, number> | null;
  histogram: Array<{ from: number; to: number; count: number }> | null;
  distinct: number;
  distinctExact: boolean;
  topValues: Array<{ value: string; count: number }>;
  nonFinite: number;
}

const QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
const HISTOGRAM_BUCKETS = 10;
const TOP_VALUES = 20;

export function columnStatistics(column: ColumnProfile): ColumnStatistics {
  const numeric = column.numeric;
  const hasNumbers = numeric.count > 0 && numeric.min !== null && numeric.max !== null;
  const sketch = hasNumbers ? QuantileSketch.fromJSON(numeric.sketch, numeric.min!, numeric.max!, numeric.sum) : null;
  const exactDistinct = exactDistinctCount(column);
  const topValues = Object.entries(column.strings.values)
    .map(([value, [count]]) => ({ value, count }))
    .concat(
      column.booleans.true > 0 ? [{ value: 'true', count: column.booleans.true }] : [],
      column.booleans.false > 0 ? [{ value: 'false', count: column.booleans.false }] : [],
    )
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
    .slice(0, TOP_VALUES);
  return {
    name: column.name,
    type: observedType(column) ?? 'empty',
    count: column.count,
    missing: column.missing,
    missingFraction: column.count === 0 ? 0 : column.missing / column.count,
    min: hasNumbers ? numeric.min : null,
    max: hasNumbers ? numeric.max : null,
    mean: hasNumbers ? numeric.mean : null,
    // Sample standard deviation (n - 1), as pandas' describe() reports it.
    std: numeric.count > 1 ? Math.sqrt(numeric.m2 / (numeric.count - 1)) : null,
    quantiles:
      sketch === null
        ? null
        : Object.fromEntries(QUANTILES.map((q) => [`p${Math.round(q * 100)}`, sketch.quantile(q)])),
    histogram: sketch === null ? null : histogram(sketch, numeric.min!, numeric.max!),
    distinct: exactDistinct ?? DistinctSketch.fromJSON(column.distinct).estimate(),
    distinctExact: exactDistinct !== undefined,
    topValues,
    nonFinite: column.nan + column.positiveInfinity + column.negativeInfinity + column.overflow,
  };
}

/** Exact when every kind of value was tracked exactly; undefined when only the HyperLogLog estimate is known. */
export function exactDistinctCount(column: ColumnProfile): number | undefined {
  if (column.strings.otherCount > 0) return undefined;
  const numbers = column.numeric.count === 0 ? 0 : column.numeric.smallDomain?.length;
  if (numbers === undefined) return undefined;
  const booleans = (column.booleans.true > 0 ? 1 : 0) + (column.booleans.false > 0 ? 1 : 0);
  const nonFinite =
    (column.nan > 0 ? 1 : 0) + (column.positiveInfinity > 0 ? 1 : 0) + (column.negativeInfinity > 0 ? 1 : 0);
  return Object.keys(column.strings.values).length + numbers + booleans + nonFinite;
}

/** Equal-width buckets over [min, max], filled from the sketch's buckets (each ≤ 1% wide relative to value). */
function histogram(
  sketch: QuantileSketch,
  min: number,
  max: number,
): Array<{ from: number; to: number; count: number }> {
  const width = (max - min) / HISTOGRAM_BUCKETS;
  const buckets = Array.from({ length: HISTOGRAM_BUCKETS }, (_, index) => ({
    from: min + index * width,
    to: index === HISTOGRAM_BUCKETS - 1 ? max : min + (index + 1) * width,
    count: 0,
  }));
  const { values, weights } = sketch.buckets();
  values.forEach((value, index) => {
    const position = width === 0 ? 0 : Math.floor((Math.min(Math.max(value, min), max) - min) / width);
    buckets[Math.min(position, HISTOGRAM_BUCKETS - 1)]!.count += weights[index]!;
  });
  return buckets;
}
