import type { DriftMethod } from '../../stats/drift.js';
import type { ColumnProfile } from '../../validate/profile.js';
import { QuantileSketch } from '../../validate/sketches.js';
import type { CategoryBar, HistogramBar } from './charts.js';

/** Reference vs current distributions of one feature, from the two profiles, ready for an overlay chart. */
export type Overlay = { kind: 'numeric'; bars: HistogramBar[] } | { kind: 'categorical'; bars: CategoryBar[] };

const NUMERIC_BINS = 20;
/** Integer features spanning at most this many values get one bar per value rather than equal-width bins. */
const MAX_UNIT_BINS = 40;
const MAX_CATEGORIES = 12;
const CATEGORICAL_METHODS: ReadonlySet<DriftMethod> = new Set(['chisquare', 'z', 'jensenshannon']);

interface WeightedValues {
  values: number[];
  weights: number[];
}

/** Exact values while the profile kept them, else the quantile sketch's buckets (1% relative accuracy). */
function numericValues(column: ColumnProfile): WeightedValues | undefined {
  const numeric = column.numeric;
  if (numeric.count === 0 || numeric.min === null || numeric.max === null) return undefined;
  if (numeric.exact !== null) return { values: numeric.exact, weights: numeric.exact.map(() => 1) };
  if (numeric.smallDomain !== null) {
    return {
      values: numeric.smallDomain.map(([value]) => value),
      weights: numeric.smallDomain.map(([, count]) => count),
    };
  }
  return QuantileSketch.fromJSON(numeric.sketch, numeric.min, numeric.max, numeric.sum).buckets();
}

function categoryCounts(column: ColumnProfile, numericAsCategories: boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [value, [count]] of Object.entries(column.strings.values)) counts.set(value, count);
  if (column.strings.otherCount > 0) counts.set('(other values)', column.strings.otherCount);
  if (column.booleans.true > 0) counts.set('true', column.booleans.true);
  if (column.booleans.false > 0) counts.set('false', column.booleans.false);
  if (numericAsCategories) {
    for (const [value, count] of column.numeric.smallDomain ?? []) counts.set(String(value), count);
  }
  return counts;
}

function isCategorical(column: ColumnProfile, method: DriftMethod | undefined): boolean {
  if (column.strings.count > 0 || column.booleans.true + column.booleans.false > 0) return true;
  // A numeric column tested as categories (a 0/1 label, a small code) reads best as categories too.
  return method !== undefined && CATEGORICAL_METHODS.has(method) && column.numeric.smallDomain !== null;
}

/** The overlay of a feature; undefined when neither profile has values to draw. */
export function featureOverlay(
  reference: ColumnProfile | undefined,
  current: ColumnProfile,
  method: DriftMethod | undefined,
): Overlay | undefined {
  if (isCategorical(current, method) || (reference !== undefined && isCategorical(reference, method))) {
    return { kind: 'categorical', bars: categoricalBars(reference, current) };
  }
  const currentValues = numericValues(current);
  if (currentValues === undefined) return undefined;
  const referenceValues = reference === undefined ? undefined : numericValues(reference);
  return { kind: 'numeric', bars: numericBars(referenceValues, currentValues, current, reference) };
}

function categoricalBars(reference: ColumnProfile | undefined, current: ColumnProfile): CategoryBar[] {
  const datasets: Array<['reference' | 'current', Map<string, number>]> = [];
  if (reference !== undefined) datasets.push(['reference', categoryCounts(reference, true)]);
  datasets.push(['current', categoryCounts(current, true)]);
  const shares = datasets.map(([dataset, counts]) => {
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0) || 1;
    return { dataset, share: new Map([...counts].map(([value, count]) => [value, count / total])) };
  });
  const combined = new Map<string, number>();
  for (const { share } of shares)
    for (const [value, part] of share) combined.set(value, (combined.get(value) ?? 0) + part);
  const ranked = [...combined].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
  const shown = ranked.slice(0, MAX_CATEGORIES);
  const hidden = ranked.slice(MAX_CATEGORIES);
  const bars: CategoryBar[] = [];
  for (const value of shown.sort((a, b) => a.localeCompare(b))) {
    for (const { dataset, share } of shares) bars.push({ category: value, dataset, share: share.get(value) ?? 0 });
  }
  if (hidden.length > 0) {
    for (const { dataset, share } of shares) {
      const rest = hidden.reduce((sum, value) => sum + (share.get(value) ?? 0), 0);
      bars.push({ category: `(${hidden.length} more)`, dataset, share: rest });
    }
  }
  return bars;
}

function numericBars(
  reference: WeightedValues | undefined,
  current: WeightedValues,
  currentColumn: ColumnProfile,
  referenceColumn: ColumnProfile | undefined,
): HistogramBar[] {
  const all = [current, ...(reference === undefined ? [] : [reference])];
  const low = Math.min(...all.map(({ values }) => Math.min(...values)));
  const high = Math.max(...all.map(({ values }) => Math.max(...values)));
  const integers =
    currentColumn.numeric.nonInteger === 0 &&
    (referenceColumn === undefined || referenceColumn.numeric.nonInteger === 0);
  const unit = integers && high - low + 1 <= MAX_UNIT_BINS;
  const bins = unit ? high - low + 1 : NUMERIC_BINS;
  const from = unit ? low - 0.5 : low;
  const width = unit ? 1 : (high - low) / NUMERIC_BINS || 1;
  const bars: HistogramBar[] = [];
  const datasets: Array<['reference' | 'current', WeightedValues]> = [
    ...(reference === undefined ? [] : [['reference', reference] as ['reference', WeightedValues]]),
    ['current', current],
  ];
  for (const [dataset, { values, weights }] of datasets) {
    const counts = new Array<number>(bins).fill(0);
    let total = 0;
    values.forEach((value, index) => {
      const bin = Math.min(bins - 1, Math.max(0, Math.floor((value - from) / width)));
      const weight = weights[index] ?? 0;
      counts[bin] = (counts[bin] ?? 0) + weight;
      total += weight;
    });
    counts.forEach((count, bin) => {
      bars.push({
        from: from + bin * width,
        to: from + (bin + 1) * width,
        share: total === 0 ? 0 : count / total,
        dataset,
      });
    });
  }
  return bars;
}
