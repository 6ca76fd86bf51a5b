import { ConfigurationError } from '../core/errors.js';
import { checkedBy } from '../core/validator.js';
import validateProfileSchema from '../generated/validators/profile.js';
import {
  type ColumnProfile,
  type DataProfile,
  type LineExample,
  MAX_EXACT_VALUES,
  MAX_SMALL_DOMAIN,
  MAX_TRACKED_VALUES,
  type NumericSummary,
  PROFILE_FORMAT,
  PROFILE_VERSION,
} from './profile.js';
import { DistinctSketch, QuantileSketch } from './sketches.js';

const MAX_EXAMPLES = 3;

/**
 * Merges profiles of disjoint shards. Counts, moments (Chan et al.), sketches (bucket-wise) and distinct
 * registers combine exactly; what cannot be known from shards alone is documented: duplicate rows that
 * straddle two shards are not counted, and example lines keep the line numbers of their own shard.
 */
export function mergeProfiles(profiles: readonly DataProfile[]): DataProfile {
  const first = profiles[0];
  if (first === undefined) throw new ConfigurationError('merge-profiles needs at least one profile');
  return profiles.slice(1).reduce(mergeTwo, first);
}

export function assertProfile(value: unknown, source: string): DataProfile {
  const candidate = value as Partial<DataProfile> | null;
  if (candidate === null || typeof candidate !== 'object' || candidate.format !== PROFILE_FORMAT) {
    throw new ConfigurationError(
      `${source} is not a profile written by mlops validate-data (expected "format": "${PROFILE_FORMAT}")`,
    );
  }
  if (candidate.version !== PROFILE_VERSION) {
    throw new ConfigurationError(
      `${source} is a version ${String(candidate.version)} profile; this version reads version ${PROFILE_VERSION}: profile the data again`,
    );
  }
  return validateProfile(candidate, source);
}

const validateProfile = checkedBy<DataProfile>(validateProfileSchema, 'profile (see schemas/profile.schema.json)');

function mergeTwo(a: DataProfile, b: DataProfile): DataProfile {
  const byName = new Map(b.columns.map((column) => [column.name, column]));
  const columns = a.columns.map((column) => {
    const other = byName.get(column.name);
    byName.delete(column.name);
    return other === undefined ? column : mergeColumns(column, other);
  });
  columns.push(...byName.values());
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    createdAt: new Date().toISOString(),
    sources: [...a.sources, ...b.sources],
    rows: a.rows + b.rows,
    columns,
    duplicateColumns: [...new Set([...a.duplicateColumns, ...b.duplicateColumns])],
    raggedRows: {
      count: a.raggedRows.count + b.raggedRows.count,
      examples: [...a.raggedRows.examples, ...b.raggedRows.examples].slice(0, 5),
    },
    duplicateRows: {
      count: a.duplicateRows.count + b.duplicateRows.count,
      examples: [...a.duplicateRows.examples, ...b.duplicateRows.examples].slice(0, 5),
      coveredRows: a.duplicateRows.coveredRows + b.duplicateRows.coveredRows,
    },
    leakedRows:
      a.leakedRows === null || b.leakedRows === null
        ? (a.leakedRows ?? b.leakedRows)
        : {
            count: a.leakedRows.count + b.leakedRows.count,
            examples: [...a.leakedRows.examples, ...b.leakedRows.examples].slice(0, 5),
          },
    headerWidth: Math.max(a.headerWidth, b.headerWidth),
  };
}

export function mergeColumns(a: ColumnProfile, b: ColumnProfile): ColumnProfile {
  const values: Record<string, [number, number]> = { ...a.strings.values };
  let otherCount = a.strings.otherCount + b.strings.otherCount;
  let tracked = Object.keys(values).length;
  for (const [value, [count, firstLine]] of Object.entries(b.strings.values)) {
    const existing = values[value];
    if (existing !== undefined) values[value] = [existing[0] + count, existing[1]];
    else if (tracked < MAX_TRACKED_VALUES) {
      values[value] = [count, firstLine];
      tracked++;
    } else otherCount += count;
  }
  const distinct = DistinctSketch.fromJSON(a.distinct);
  distinct.merge(DistinctSketch.fromJSON(b.distinct));
  return {
    name: a.name,
    count: a.count + b.count,
    missing: a.missing + b.missing,
    numeric: mergeNumeric(a.numeric, b.numeric),
    nan: a.nan + b.nan,
    positiveInfinity: a.positiveInfinity + b.positiveInfinity,
    negativeInfinity: a.negativeInfinity + b.negativeInfinity,
    overflow: a.overflow + b.overflow,
    booleans: { true: a.booleans.true + b.booleans.true, false: a.booleans.false + b.booleans.false },
    strings: { count: a.strings.count + b.strings.count, values, otherCount },
    distinct: distinct.toJSON(),
    examples: {
      text: firstExamples(a.examples.text, b.examples.text),
      nonFinite: firstExamples(a.examples.nonFinite, b.examples.nonFinite),
      nonInteger: firstExamples(a.examples.nonInteger, b.examples.nonInteger),
      missing: [...a.examples.missing, ...b.examples.missing].slice(0, MAX_EXAMPLES),
    },
  };
}

function mergeNumeric(a: NumericSummary, b: NumericSummary): NumericSummary {
  if (b.count === 0) return a;
  if (a.count === 0) return b;
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  const sketch = QuantileSketch.fromJSON(a.sketch, a.min ?? 0, a.max ?? 0, a.sum);
  sketch.merge(QuantileSketch.fromJSON(b.sketch, b.min ?? 0, b.max ?? 0, b.sum));
  const aMin = a.min ?? Number.POSITIVE_INFINITY;
  const bMin = b.min ?? Number.POSITIVE_INFINITY;
  const aMax = a.max ?? Number.NEGATIVE_INFINITY;
  const bMax = b.max ?? Number.NEGATIVE_INFINITY;
  const exact = a.exact !== null && b.exact !== null && count <= MAX_EXACT_VALUES ? [...a.exact, ...b.exact] : null;
  let smallDomain: Array<[number, number]> | null = null;
  if (a.smallDomain !== null && b.smallDomain !== null) {
    const union = new Map(a.smallDomain);
    for (const [value, n] of b.smallDomain) union.set(value, (union.get(value) ?? 0) + n);
    smallDomain = union.size <= MAX_SMALL_DOMAIN ? [...union].sort((x, y) => x[0] - y[0]) : null;
  }
  return {
    count,
    nonInteger: a.nonInteger + b.nonInteger,
    min: Math.min(aMin, bMin),
    max: Math.max(aMax, bMax),
    minLine: bMin < aMin ? b.minLine : a.minLine,
    maxLine: bMax > aMax ? b.maxLine : a.maxLine,
    sum: a.sum + b.sum,
    mean: a.mean + (delta * b.count) / count,
    m2: a.m2 + b.m2 + (delta * delta * a.count * b.count) / count,
    sketch: sketch.toJSON(),
    exact,
    smallDomain,
  };
}

function firstExamples(a: LineExample[], b: LineExample[]): LineExample[] {
  return [...a, ...b].slice(0, MAX_EXAMPLES);
}

/** Line numbers of a profile of a file's later part, made file-global (for profiles built in parallel). */
export function shiftLines(profile: DataProfile, offset: number): DataProfile {
  const shiftExample = (example: LineExample): LineExample => ({ ...example, line: example.line + offset });
  return {
    ...profile,
    columns: profile.columns.map((column) => ({
      ...column,
      numeric: {
        ...column.numeric,
        minLine: column.numeric.minLine === null ? null : column.numeric.minLine + offset,
        maxLine: column.numeric.maxLine === null ? null : column.numeric.maxLine + offset,
      },
      strings: {
        ...column.strings,
        values: Object.fromEntries(
          Object.entries(column.strings.values).map(([value, [count, line]]) => [value, [count, line + offset]]),
        ),
      },
      examples: {
        text: column.examples.text.map(shiftExample),
        nonFinite: column.examples.nonFinite.map(shiftExample),
        nonInteger: column.examples.nonInteger.map(shiftExample),
        missing: column.examples.missing.map((line) => line + offset),
      },
    })),
    raggedRows: {
      ...profile.raggedRows,
      examples: profile.raggedRows.examples.map((example) => ({ ...example, line: example.line + offset })),
    },
    duplicateRows: { ...profile.duplicateRows, examples: profile.duplicateRows.examples.map((line) => line + offset) },
    leakedRows:
      profile.leakedRows === null
        ? null
        : { ...profile.leakedRows, examples: profile.leakedRows.examples.map((line) => line + offset) },
  };
}
