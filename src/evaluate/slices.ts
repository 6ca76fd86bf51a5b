/**
 * Slicing the evaluation rows by feature values, and ranking slices by a metric.
 *
 * The data arrive through a column lookup rather than a table type so that any reader (CSV text, JSON
 * Lines values, Parquet columns) can supply them: a column is an array-like or a `row → value` function.
 * Slices are computed once per spec with one integer code per row, then grouped by counting, so a million
 * rows cost a few passes and one Int32Array per slice.
 */
import { ConfigurationError } from '../core/errors.js';
import type { MetricValue } from './metrics.js';

/** A cell as readers produce it; null, undefined, NaN and '' are missing. */
export type SliceValue = number | bigint | string | boolean | null | undefined;

/** One column of the evaluation data: indexable (arrays, typed arrays) or a function of the row index. */
export type SliceColumn = ArrayLike<SliceValue> | ((row: number) => SliceValue);

/** Returns the column with that name, or undefined when the data have no such column. */
export type ColumnLookup = (name: string) => SliceColumn | undefined;

/** One slice per distinct value, plus "(missing)" when some rows have none. */
export interface CategoricalSlicing {
  feature: string;
}

/**
 * Numeric intervals from strictly ascending boundaries: [18, 30, 65] gives (-inf,18), [18,30), [30,65),
 * [65,inf), plus "(missing)". Numeric strings ("42") are parsed; other text is an error.
 */
export interface BucketedSlicing {
  feature: string;
  buckets: readonly number[];
}

export type FeatureSlicing = CategoricalSlicing | BucketedSlicing;

/**
 * A feature cross: one slice per combination of the parts' values that occurs. A bare string is a
 * categorical part, so `{ cross: ['country', { feature: 'age', buckets: [18, 65] }] }`.
 */
export interface CrossSlicing {
  cross: readonly (string | FeatureSlicing)[];
}

export type SliceSpec = FeatureSlicing | CrossSlicing;

export interface SliceCondition {
  feature: string;
  /** The category, the interval as written in the key ("[18,30)"), or "(missing)". */
  value: string;
}

export interface Slice {
  /** "country=DE", "age=[18,30)", "country=DE & plan=pro". */
  key: string;
  spec: SliceSpec;
  conditions: SliceCondition[];
  /** Ascending row indices of the slice (never empty: slices exist only for values that occur). */
  indices: Int32Array;
}

export interface AssignOptions {
  /** Column names of the data, quoted in the error for an unknown feature. */
  knownColumns?: readonly string[];
  /** More slices than this from one spec is an error (an identifier sliced by mistake). Default 1000. */
  maxSlicesPerSpec?: number;
}

/**
 * A slicing configuration that cannot be applied; the message says what to change. A ConfigurationError, so
 * the CLI exits with code 2 and no stack trace.
 */
export class SliceConfigError extends ConfigurationError {
  override readonly name = 'SliceConfigError';
}

export const MISSING = '(missing)';

interface Part {
  feature: string;
  buckets: readonly number[] | undefined;
}

/** A part evaluated on the rows: code per row, 0..labels.length-1, labels in display order. */
interface Coded {
  feature: string;
  codes: Int32Array;
  labels: string[];
}

function describeSpec(spec: unknown): string {
  try {
    return JSON.stringify(spec) ?? String(spec);
  } catch {
    return String(spec);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parsePart(raw: unknown, where: string): Part {
  if (typeof raw === 'string') raw = { feature: raw };
  if (!isRecord(raw)) {
    throw new SliceConfigError(`${where}: expected a feature name or {feature, buckets?}, got ${describeSpec(raw)}`);
  }
  if ('cross' in raw) throw new SliceConfigError(`${where}: a cross cannot contain another cross; list its features`);
  const feature = raw.feature;
  if (typeof feature !== 'string' || feature === '') {
    throw new SliceConfigError(`${where}: 'feature' must be a non-empty column name, got ${describeSpec(feature)}`);
  }
  const unknownKeys = Object.keys(raw).filter((key) => key !== 'feature' && key !== 'buckets');
  if (unknownKeys.length > 0) {
    throw new SliceConfigError(`${where} (feature '${feature}'): unknown key '${unknownKeys[0]}'; use 'buckets'`);
  }
  if (!('buckets' in raw) || raw.buckets === undefined) return { feature, buckets: undefined };
  const buckets = raw.buckets;
  if (!Array.isArray(buckets) || buckets.length === 0) {
    throw new SliceConfigError(
      `${where} (feature '${feature}'): buckets must be a non-empty list of numbers such as [18, 30, 65], got ${describeSpec(buckets)}`,
    );
  }
  for (const b of buckets) {
    if (typeof b !== 'number' || !Number.isFinite(b)) {
      throw new SliceConfigError(
        `${where} (feature '${feature}'): bucket boundary ${describeSpec(b)} is not a finite number; the outer buckets are open-ended already`,
      );
    }
  }
  const numbers = buckets as number[];
  for (let i = 1; i < numbers.length; i++) {
    if (!(numbers[i]! > numbers[i - 1]!)) {
      const fixed = [...new Set(numbers)].sort((a, b) => a - b);
      throw new SliceConfigError(
        `${where} (feature '${feature}'): buckets must be strictly ascending without duplicates, got [${numbers.join(', ')}]; write [${fixed.join(', ')}]`,
      );
    }
  }
  return { feature, buckets: numbers };
}

function parseSpec(spec: unknown, where: string): Part[] {
  if (isRecord(spec) && 'cross' in spec) {
    if ('feature' in spec) {
      throw new SliceConfigError(`${where}: give either 'feature' or 'cross', not both`);
    }
    const cross = spec.cross;
    if (!Array.isArray(cross) || cross.length < 2) {
      throw new SliceConfigError(`${where}: 'cross' must list at least two features, got ${describeSpec(cross)}`);
    }
    const parts = cross.map((raw, i) => parsePart(raw, `${where}.cross[${i}]`));
    const seen = new Set<string>();
    for (const part of parts) {
      if (seen.has(part.feature)) {
        throw new SliceConfigError(`${where}: feature '${part.feature}' appears twice in the cross; list it once`);
      }
      seen.add(part.feature);
    }
    return parts;
  }
  return [parsePart(spec, where)];
}

function canonical(parts: readonly Part[]): string {
  return parts.map((p) => (p.buckets === undefined ? p.feature : `${p.feature}[${p.buckets.join(',')}]`)).join(' & ');
}

function reader(column: SliceColumn, n: number, feature: string): (row: number) => SliceValue {
  if (typeof column === 'function') return column;
  if (column.length < n) {
    throw new RangeError(`assignSlices: column '${feature}' has ${column.length} values but there are ${n} rows`);
  }
  return (row) => column[row];
}

function categoryOf(value: SliceValue): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : String(value);
  return String(value);
}

function numericKey(label: string): number | null {
  if (label.trim() === '') return null;
  const x = Number(label);
  return Number.isFinite(x) ? x : null;
}

/** Numbers ascending, then text by code units: stable across runs and locales. */
function compareCategories(a: string, b: string): number {
  const x = numericKey(a);
  const y = numericKey(b);
  if (x !== null && y !== null && x !== y) return x - y;
  if (x !== null && y === null) return -1;
  if (x === null && y !== null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function codeCategorical(feature: string, get: (row: number) => SliceValue, n: number): Coded {
  const codeOf = new Map<string, number>();
  const firstSeen: string[] = [];
  const raw = new Int32Array(n);
  let missing = false;
  for (let row = 0; row < n; row++) {
    const category = categoryOf(get(row));
    if (category === null) {
      raw[row] = -1;
      missing = true;
      continue;
    }
    let code = codeOf.get(category);
    if (code === undefined) {
      code = firstSeen.length;
      codeOf.set(category, code);
      firstSeen.push(category);
    }
    raw[row] = code;
  }
  const labels = [...firstSeen].sort(compareCategories);
  const remap = new Int32Array(firstSeen.length);
  labels.forEach((label, i) => {
    remap[codeOf.get(label)!] = i;
  });
  const missingCode = labels.length;
  if (missing) labels.push(MISSING);
  const codes = new Int32Array(n);
  for (let row = 0; row < n; row++) {
    const c = raw[row]!;
    codes[row] = c < 0 ? missingCode : remap[c]!;
  }
  return { feature, codes, labels };
}

function numberOf(value: SliceValue, feature: string, row: number): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return null;
    const x = Number(text);
    if (!Number.isNaN(x)) return x;
  }
  throw new SliceConfigError(
    `slice feature '${feature}' has buckets but row ${row} holds the non-numeric value ${describeSpec(value)}; remove 'buckets' to slice it by category, or fix the data`,
  );
}

function bucketLabel(buckets: readonly number[], b: number): string {
  const lower = b === 0 ? '(-inf' : `[${buckets[b - 1]}`;
  const upper = b === buckets.length ? 'inf)' : `${buckets[b]})`;
  return `${lower},${upper}`;
}

function codeBucketed(feature: string, buckets: readonly number[], get: (row: number) => SliceValue, n: number): Coded {
  const labels = buckets.map((_, b) => bucketLabel(buckets, b));
  labels.push(bucketLabel(buckets, buckets.length), MISSING);
  const missingCode = buckets.length + 1;
  const codes = new Int32Array(n);
  for (let row = 0; row < n; row++) {
    const x = numberOf(get(row), feature, row);
    if (x === null) {
      codes[row] = missingCode;
      continue;
    }
    // Bucket b holds [buckets[b-1], buckets[b]): count the boundaries ≤ x.
    let lo = 0;
    let hi = buckets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (buckets[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    codes[row] = lo;
  }
  return { feature, codes, labels };
}

/**
 * Splits rows 0..n-1 into slices, spec by spec, in spec order; within a spec, slices follow the value order
 * (buckets ascending, numbers ascending then text, "(missing)" last; crosses lexicographically by part).
 * Only combinations that occur become slices. Throws SliceConfigError for an unknown feature, bad buckets,
 * a malformed or repeated spec, non-numeric values in a bucketed feature, or too many slices.
 */
export function assignSlices(
  specs: readonly SliceSpec[],
  columns: ColumnLookup,
  n: number,
  options: AssignOptions = {},
): Slice[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`assignSlices: n must be an integer ≥ 0, got ${n}`);
  const maxSlices = options.maxSlicesPerSpec ?? 1000;
  const parsed = specs.map((spec, i) => parseSpec(spec, `slices[${i}]`));
  const seen = new Map<string, number>();
  parsed.forEach((parts, i) => {
    const name = canonical(parts);
    const previous = seen.get(name);
    if (previous !== undefined) {
      throw new SliceConfigError(`slices[${i}] repeats slices[${previous}] (${name}); remove one of them`);
    }
    seen.set(name, i);
    for (const part of parts) {
      if (columns(part.feature) === undefined) {
        const known = options.knownColumns;
        const hint = known === undefined ? '' : ` (columns: ${known.join(', ')})`;
        throw new SliceConfigError(
          `slices[${i}] names feature '${part.feature}', which is not a column of the evaluation data${hint}; fix the name or remove the slice`,
        );
      }
    }
  });

  const cache = new Map<string, Coded>();
  const coded = (part: Part): Coded => {
    const name = canonical([part]);
    let c = cache.get(name);
    if (c === undefined) {
      const get = reader(columns(part.feature)!, n, part.feature);
      c =
        part.buckets === undefined
          ? codeCategorical(part.feature, get, n)
          : codeBucketed(part.feature, part.buckets, get, n);
      cache.set(name, c);
    }
    return c;
  };

  const slices: Slice[] = [];
  parsed.forEach((parts, i) => {
    const spec = specs[i]!;
    const codedParts = parts.map(coded);
    // Mixed-radix code of the combination, so numeric order is the lexicographic order of the parts.
    let radix = 1;
    for (const c of codedParts) radix *= c.labels.length;
    if (radix > Number.MAX_SAFE_INTEGER) {
      throw new SliceConfigError(
        `slices[${i}]: the cross ${canonical(parts)} has too many combinations; cross fewer features`,
      );
    }
    const combined = new Float64Array(n);
    const counts = new Map<number, number>();
    for (let row = 0; row < n; row++) {
      let code = 0;
      for (const c of codedParts) code = code * c.labels.length + c.codes[row]!;
      combined[row] = code;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    if (counts.size > maxSlices) {
      throw new SliceConfigError(
        `slices[${i}] (${canonical(parts)}) gives ${counts.size} slices, more than maxSlicesPerSpec ${maxSlices}; slice a lower-cardinality feature, add buckets, or raise the limit`,
      );
    }
    const order = [...counts.keys()].sort((a, b) => a - b);
    const slot = new Map<number, { indices: Int32Array; filled: number }>();
    const specSlices: Slice[] = order.map((code) => {
      const conditions: SliceCondition[] = [];
      let rest = code;
      for (let p = codedParts.length - 1; p >= 0; p--) {
        const c = codedParts[p]!;
        const size = c.labels.length;
        conditions.unshift({ feature: c.feature, value: c.labels[rest % size]! });
        rest = Math.floor(rest / size);
      }
      const indices = new Int32Array(counts.get(code)!);
      slot.set(code, { indices, filled: 0 });
      return { key: conditions.map((c) => `${c.feature}=${c.value}`).join(' & '), spec, conditions, indices };
    });
    for (let row = 0; row < n; row++) {
      const target = slot.get(combined[row]!)!;
      target.indices[target.filled++] = row;
    }
    slices.push(...specSlices);
  });
  return slices;
}

/** What rankSlices needs of a slice: its key, row count and scalar metrics by name. */
export interface ScoredSlice {
  key: string;
  size: number;
  metrics: Readonly<Record<string, MetricValue>>;
}

export interface RankOptions {
  /** Name of the metric in each slice's `metrics`, e.g. 'accuracy' or 'rmse'. */
  metric: string;
  higherIsBetter: boolean;
  /** Slices with fewer rows are skipped: their metric is too noisy to rank. */
  minSize: number;
}

export interface RankedSlice<T extends ScoredSlice> {
  slice: T;
  value: number;
  /** 1 = worst. */
  rank: number;
}

export interface SkippedSlice<T extends ScoredSlice> {
  slice: T;
  reason: string;
}

export interface SliceRanking<T extends ScoredSlice> {
  /** Worst first; ties broken by larger size first (more evidence), then key. */
  ranked: RankedSlice<T>[];
  /** Too small, or the metric is undefined on the slice; in input order. */
  skipped: SkippedSlice<T>[];
}

export function rankSlices<T extends ScoredSlice>(slices: readonly T[], options: RankOptions): SliceRanking<T> {
  const { metric, higherIsBetter, minSize } = options;
  if (!Number.isInteger(minSize) || minSize < 0) {
    throw new SliceConfigError(`rankSlices: minSize must be an integer ≥ 0, got ${minSize}`);
  }
  const ranked: Omit<RankedSlice<T>, 'rank'>[] = [];
  const skipped: SkippedSlice<T>[] = [];
  for (const slice of slices) {
    if (slice.size < minSize) {
      skipped.push({ slice, reason: `${slice.size} rows, fewer than the minimum slice size ${minSize}` });
      continue;
    }
    const value = slice.metrics[metric];
    if (value === undefined) {
      const names = Object.keys(slice.metrics).join(', ');
      throw new SliceConfigError(
        `metric '${metric}' was not computed for slice '${slice.key}'; choose one of: ${names}`,
      );
    }
    if (value.value === null) {
      skipped.push({ slice, reason: `${metric} is undefined: ${value.undefinedReason}` });
      continue;
    }
    ranked.push({ slice, value: value.value });
  }
  const sign = higherIsBetter ? 1 : -1;
  ranked.sort(
    (a, b) =>
      sign * (a.value - b.value) ||
      b.slice.size - a.slice.size ||
      (a.slice.key < b.slice.key ? -1 : a.slice.key > b.slice.key ? 1 : 0),
  );
  return { ranked: ranked.map((r, i) => ({ ...r, rank: i + 1 })), skipped };
}
