import { shorten } from '../core/errors.js';
import type { Check, CheckStatus } from '../core/verdict.js';
import type { AnomalyKind } from './anomaly-kinds.js';
import type { ColumnProfile, DataProfile } from './profile.js';
import { type DataSchema, type FeatureSchema, featureInEnvironment } from './schema.js';
import { exactDistinctCount } from './statistics.js';

export { ANOMALY_KINDS, type AnomalyKind } from './anomaly-kinds.js';
export type Severity = 'fail' | 'warn' | 'off';

/** Kinds that are judgement calls default to a warning; the rest are schema skew and stop the pipeline. */
export const DEFAULT_SEVERITY: Record<AnomalyKind, Severity> = {
  'missing-column': 'fail',
  'unexpected-column': 'fail',
  'duplicate-column': 'fail',
  'type-mismatch': 'fail',
  'unseen-category': 'fail',
  'out-of-range': 'fail',
  'non-finite': 'fail',
  'too-many-missing': 'fail',
  'empty-file': 'fail',
  'header-only': 'fail',
  'ragged-rows': 'fail',
  'too-few-rows': 'fail',
  'row-count-change': 'fail',
  'duplicate-rows': 'warn',
  'constant-column': 'warn',
  'single-class': 'fail',
  'leaked-rows': 'fail',
};

export interface Anomaly extends Check {
  kind: AnomalyKind;
  count: number;
}

export interface AnomalyOptions {
  environment: string;
  label?: string;
  reference?: DataProfile;
  severity?: Partial<Record<AnomalyKind, Severity>>;
  /** Files that were empty (zero bytes or no header); they have no profile of their own. */
  emptyFiles?: string[];
}

/** Compares a profile with a schema. Every anomaly says what is wrong, where, and what to change. */
export function detectAnomalies(profile: DataProfile, schema: DataSchema, options: AnomalyOptions): Anomaly[] {
  const found: Anomaly[] = [];
  const severity = { ...DEFAULT_SEVERITY, ...options.severity };
  const add = (kind: AnomalyKind, anomaly: Omit<Anomaly, 'kind' | 'check' | 'status'>): void => {
    if (severity[kind] === 'off' || anomaly.count === 0) return;
    found.push({ kind, check: `schema.${kind}`, status: severity[kind] as CheckStatus, ...anomaly });
  };
  const columns = new Map(profile.columns.map((column) => [column.name, column]));
  const declared = new Map(schema.features.map((feature) => [feature.name, feature]));
  const label = options.label ?? schema.label;

  for (const file of options.emptyFiles ?? []) {
    add('empty-file', {
      count: 1,
      value: file,
      threshold: null,
      message: `${file} is empty: it has no header and no rows; write the data or remove the file from the input`,
    });
  }
  if (profile.rows === 0 && profile.columns.length > 0) {
    add('header-only', {
      count: 1,
      value: 0,
      threshold: 1,
      message: 'the data has a header but no rows: check the export that produced it',
    });
  }
  const minRows = schema.rows?.min ?? 1;
  if (profile.rows > 0 && profile.rows < minRows) {
    add('too-few-rows', {
      count: 1,
      value: profile.rows,
      threshold: minRows,
      message: `${profile.rows} rows, the schema requires at least ${minRows}: supply more data or lower rows.min`,
    });
  }
  const maxChange = schema.rows?.maxRelativeChange;
  if (maxChange !== undefined && options.reference !== undefined && options.reference.rows > 0) {
    const change = Math.abs(profile.rows - options.reference.rows) / options.reference.rows;
    if (change > maxChange) {
      add('row-count-change', {
        count: 1,
        value: round(change),
        threshold: maxChange,
        message: `${profile.rows} rows against ${options.reference.rows} in the reference (${percent(change)} change, allowed ${percent(maxChange)}): check for a truncated or duplicated export`,
      });
    }
  }
  for (const name of profile.duplicateColumns) {
    add('duplicate-column', {
      count: 1,
      feature: name,
      value: name,
      threshold: null,
      message: `column "${name}" appears more than once in the header; only the first is read: rename or drop the copy`,
    });
  }
  if (profile.raggedRows.count > 0) {
    add('ragged-rows', {
      count: profile.raggedRows.count,
      value: profile.raggedRows.count,
      threshold: 0,
      examples: profile.raggedRows.examples.map(
        (e) => `line ${e.line}: ${e.fields} fields, header has ${profile.headerWidth}`,
      ),
      message: `${profile.raggedRows.count} rows have a different number of fields than the header: fix the quoting or delimiter at the lines shown`,
    });
  }
  if (profile.duplicateRows.count > 0) {
    add('duplicate-rows', {
      count: profile.duplicateRows.count,
      value: profile.duplicateRows.count,
      threshold: 0,
      examples: profile.duplicateRows.examples.map((line) => `line ${line}`),
      message: `${profile.duplicateRows.count} rows repeat an earlier row exactly${coverage(profile)}: deduplicate if they are not genuine repeats`,
    });
  }
  if (profile.leakedRows !== null && profile.leakedRows.count > 0) {
    add('leaked-rows', {
      count: profile.leakedRows.count,
      value: profile.leakedRows.count,
      threshold: 0,
      examples: profile.leakedRows.examples.map((line) => `line ${line}`),
      message: `${profile.leakedRows.count} rows also occur in the training (reference) data: evaluation on them overstates quality; split the data so no row is in both`,
    });
  }

  for (const feature of schema.features) {
    const column = columns.get(feature.name);
    const expected = featureInEnvironment(schema, feature, options.environment);
    if (column === undefined) {
      if (expected) {
        add('missing-column', {
          count: 1,
          feature: feature.name,
          value: feature.name,
          threshold: null,
          message: `column "${feature.name}" (${feature.type}) is in the schema but not in the data: add it, or remove it from the schema (columns are matched by name)`,
        });
      }
      continue;
    }
    checkFeature(feature, column, add, feature.name === label && options.environment === 'TRAINING');
  }
  for (const column of profile.columns) {
    if (!declared.has(column.name)) {
      add('unexpected-column', {
        count: 1,
        feature: column.name,
        value: column.name,
        threshold: null,
        message: `column "${column.name}" is not in the schema: add it to the schema, or drop it from the data`,
      });
    }
  }
  return found;
}

type Add = (kind: AnomalyKind, anomaly: Omit<Anomaly, 'kind' | 'check' | 'status'>) => void;

function checkFeature(feature: FeatureSchema, column: ColumnProfile, add: Add, isLabel: boolean): void {
  const name = feature.name;
  const rows = column.count;
  const numericType = feature.type === 'integer' || feature.type === 'float';
  if (numericType) {
    const wrong = column.strings.count + column.booleans.true + column.booleans.false;
    if (wrong > 0) {
      add('type-mismatch', {
        count: wrong,
        feature: name,
        value: wrong,
        threshold: 0,
        examples: column.examples.text.map((e) => `line ${e.line}: ${JSON.stringify(shorten(e.value, 40))}`),
        message: `${wrong} values of "${name}" are not numbers (schema type ${feature.type}): fix the values or change the type to string`,
      });
    } else if (feature.type === 'integer' && column.numeric.nonInteger > 0) {
      add('type-mismatch', {
        count: column.numeric.nonInteger,
        feature: name,
        value: column.numeric.nonInteger,
        threshold: 0,
        examples: column.examples.nonInteger.map((e) => `line ${e.line}: ${e.value}`),
        message: `${column.numeric.nonInteger} values of "${name}" have a fractional part (schema type integer): round them upstream or change the type to float`,
      });
    }
  }
  if (feature.type === 'boolean') {
    const wrong = column.strings.count + column.numeric.count;
    if (wrong > 0) {
      add('type-mismatch', {
        count: wrong,
        feature: name,
        value: wrong,
        threshold: 0,
        examples: column.examples.text.map((e) => `line ${e.line}: ${JSON.stringify(shorten(e.value, 40))}`),
        message: `${wrong} values of "${name}" are not true/false (schema type boolean)`,
      });
    }
  }
  const nonFinite = column.nan + column.positiveInfinity + column.negativeInfinity;
  if (column.overflow > 0 || (nonFinite > 0 && feature.allowNonFinite !== true)) {
    const count = column.overflow + (feature.allowNonFinite === true ? 0 : nonFinite);
    add('non-finite', {
      count,
      feature: name,
      value: count,
      threshold: 0,
      examples: column.examples.nonFinite.map((e) => `line ${e.line}: ${shorten(e.value, 40)}`),
      message: `"${name}" has ${column.nan} NaN, ${column.positiveInfinity + column.negativeInfinity} infinite and ${column.overflow} overflowing values: fix the upstream computation, or set allowNonFinite if they are meaningful`,
    });
  }
  const allowedMissing = feature.maxMissingFraction ?? 0;
  const missingFraction = rows === 0 ? 0 : column.missing / rows;
  if (missingFraction > allowedMissing) {
    add('too-many-missing', {
      count: column.missing,
      feature: name,
      value: round(missingFraction),
      threshold: allowedMissing,
      examples: column.examples.missing.map((line) => `line ${line}`),
      message: `"${name}" is missing in ${percent(missingFraction)} of rows, the schema allows ${percent(allowedMissing)}: fill the values or raise maxMissingFraction`,
    });
  }
  if (numericType && feature.range !== undefined && column.numeric.count > 0) {
    const { min, max } = feature.range;
    const low = min !== undefined && column.numeric.min! < min;
    const high = max !== undefined && column.numeric.max! > max;
    if (low || high) {
      const examples: string[] = [];
      if (low) examples.push(`line ${column.numeric.minLine}: ${column.numeric.min} (minimum)`);
      if (high) examples.push(`line ${column.numeric.maxLine}: ${column.numeric.max} (maximum)`);
      add('out-of-range', {
        count: (low ? 1 : 0) + (high ? 1 : 0),
        feature: name,
        value: `[${column.numeric.min}, ${column.numeric.max}]`,
        threshold: `[${min ?? '-∞'}, ${max ?? '∞'}]`,
        examples,
        message: `"${name}" ranges over [${column.numeric.min}, ${column.numeric.max}], outside the schema's [${min ?? '-∞'}, ${max ?? '∞'}]: fix the values or widen the range`,
      });
    }
  }
  if (feature.domain !== undefined) {
    const allowed = new Set(feature.domain.map(String));
    const unseen = Object.entries(column.strings.values).filter(([value]) => !allowed.has(value));
    for (const [value, n] of column.numeric.smallDomain ?? []) {
      if (!allowed.has(String(value))) unseen.push([String(value), [n, 0]]);
    }
    const untracked = column.strings.otherCount;
    const count = unseen.reduce((total, [, [n]]) => total + n, 0) + untracked;
    if (unseen.length > 0 || untracked > 0) {
      add('unseen-category', {
        count: Math.max(count, unseen.length),
        feature: name,
        value: unseen.length,
        threshold: 0,
        examples: unseen
          .slice(0, 5)
          .map(
            ([value, [n, line]]) =>
              `${JSON.stringify(shorten(value, 40))}${line > 0 ? ` (first at line ${line}, ${n} rows)` : ''}`,
          ),
        message: `"${name}" has ${unseen.length}${untracked > 0 ? '+' : ''} values outside its domain: add them to the schema's domain if they are valid`,
      });
    }
  }
  const distinct = exactDistinctCount(column);
  const present = rows - column.missing;
  if (distinct === 1 && present > 1) {
    if (isLabel) {
      add('single-class', {
        count: 1,
        feature: name,
        value: 1,
        threshold: 2,
        message: `the label "${name}" has a single class in ${present} rows: a classifier cannot learn from it; check the data selection`,
      });
    } else {
      add('constant-column', {
        count: 1,
        feature: name,
        value: 1,
        threshold: 2,
        message: `"${name}" has the same value in all ${present} rows: it carries no information; drop it or check the export`,
      });
    }
  }
}

function coverage(profile: DataProfile): string {
  return profile.duplicateRows.coveredRows < profile.rows
    ? ` (the check covered the first ${profile.duplicateRows.coveredRows} of ${profile.rows} rows)`
    : '';
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(fraction < 0.01 ? 2 : 1)}%`;
}
