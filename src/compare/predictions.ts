/**
 * evaluate's predictions.csv (row,file,line,label,prediction[,p_<class>…]) read back into typed arrays, and
 * the check that a candidate's and a baseline's files describe the same rows, which the paired comparison
 * depends on: a shifted or reordered file would compare each model on different examples.
 */
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../core/errors.js';
import type { Task } from '../model/package.js';

export interface PredictionsTable {
  source: string;
  kind: 'classification' | 'regression';
  rows: number;
  /** Class names from the p_<class> columns, in column order; empty for regression. */
  classes: string[];
  files: string[];
  lines: Float64Array;
  /** The label as written (class name or number). */
  labels: string[];
  /** The `prediction` column as written. */
  predicted: string[];
  /** Classification: rows × classes, row-major. */
  probabilities: Float64Array | null;
  /** Regression: the predicted values. */
  values: Float64Array | null;
}

export interface AlignedPredictions {
  task: Task;
  rows: number;
  classes: string[];
  labels?: Int32Array;
  targets?: Float64Array;
  /** Probabilities (rows × classes) or values, in the candidate's class order. */
  candidate: Float64Array;
  baseline?: Float64Array;
}

const FIXED = ['row', 'file', 'line', 'label', 'prediction'] as const;

/**
 * RFC 4180 records. evaluate writes a class name that needs quoting as `p_"a,b"` (prefix outside the quotes),
 * so in the header a field that starts with `p_"` is read as `p_` followed by a quoted name.
 */
function parseRecords(text: string, source: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const end = text.length;
  while (i < end) {
    let prefix = '';
    if (records.length === 0 && text.startsWith('p_"', i)) {
      prefix = 'p_';
      i += 2;
    }
    let value: string;
    if (text[i] === '"') {
      const startLine = line;
      let out = '';
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new ConfigurationError(`${source} line ${startLine}: a quoted field is never closed`);
        const chunk = text.slice(i, quote);
        for (let c = chunk.indexOf('\n'); c >= 0; c = chunk.indexOf('\n', c + 1)) line++;
        out += chunk;
        if (text[quote + 1] === '"') {
          out += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      value = prefix + out;
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new ConfigurationError(`${source} line ${line}: unexpected text after a quoted field`);
      }
    } else {
      let j = i;
      while (j < end) {
        const c = text.charCodeAt(j);
        if (c === 44 || c === 10 || c === 13) break;
        j++;
      }
      value = prefix + text.slice(i, j);
      i = j;
    }
    record.push(value);
    const c = text[i];
    if (c === ',') {
      i++;
      if (i === end) record.push('');
      continue;
    }
    if (c === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    records.push(record);
    record = [];
  }
  if (record.length > 0) records.push(record);
  return records;
}

/** Parses the text of a predictions.csv written by evaluate; `source` names it in errors. */
export function parsePredictionsCsv(text: string, source: string): PredictionsTable {
  const records = parseRecords(text, source);
  const header = records[0];
  if (header === undefined) throw new ConfigurationError(`${source} is empty; expected evaluate's predictions.csv`);
  if (FIXED.some((name, at) => header[at] !== name)) {
    throw new ConfigurationError(
      `${source} does not start with the columns ${FIXED.join(',')} (found ${header.slice(0, 6).join(',')}); give the predictions.csv that evaluate writes`,
    );
  }
  const extra = header.slice(FIXED.length);
  if (extra.some((name) => !name.startsWith('p_'))) {
    throw new ConfigurationError(
      `${source}: columns after "prediction" must be p_<class> probabilities, found ${extra.filter((name) => !name.startsWith('p_')).join(', ')}`,
    );
  }
  const classes = extra.map((name) => name.slice(2));
  const classification = classes.length > 0;
  if (classification && new Set(classes).size !== classes.length) {
    throw new ConfigurationError(`${source}: a class appears twice among the p_<class> columns`);
  }
  const width = header.length;
  const rows = records.length - 1;
  const files: string[] = new Array(rows);
  const labels: string[] = new Array(rows);
  const predicted: string[] = new Array(rows);
  const lines = new Float64Array(rows);
  const k = classes.length;
  const probabilities = classification ? new Float64Array(rows * k) : null;
  const values = classification ? null : new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const fields = records[r + 1]!;
    if (fields.length !== width) {
      throw new ConfigurationError(
        `${source}: data row ${r} has ${fields.length} fields, the header ${width}; the file is truncated or not evaluate's`,
      );
    }
    if (fields[0] !== String(r)) {
      throw new ConfigurationError(
        `${source}: data row ${r} is numbered "${fields[0]}"; evaluate numbers rows 0, 1, 2, … in order, so the file was edited or concatenated`,
      );
    }
    files[r] = fields[1]!;
    lines[r] = Number(fields[2]);
    labels[r] = fields[3]!;
    predicted[r] = fields[4]!;
    if (probabilities !== null) {
      for (let c = 0; c < k; c++) {
        const p = Number(fields[FIXED.length + c]);
        if (!Number.isFinite(p)) {
          throw new ConfigurationError(
            `${source}: row ${r} (${fields[1]} line ${fields[2]}) has probability "${fields[FIXED.length + c]}" for class '${classes[c]}'; expected a number`,
          );
        }
        probabilities[r * k + c] = p;
      }
    } else if (values !== null) {
      const v = Number(fields[4]);
      if (fields[4]!.trim() === '' || !Number.isFinite(v)) {
        throw new ConfigurationError(
          `${source}: row ${r} (${fields[1]} line ${fields[2]}) has prediction "${fields[4]}"; expected a finite number`,
        );
      }
      values[r] = v;
    }
  }
  return {
    source,
    kind: classification ? 'classification' : 'regression',
    rows,
    classes,
    files,
    lines,
    labels,
    predicted,
    probabilities,
    values,
  };
}

export async function readPredictions(file: string): Promise<PredictionsTable> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(`cannot read predictions ${file}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
  return parsePredictionsCsv(text, file);
}

const MISMATCHES_SHOWN = 3;

/**
 * The candidate's predictions (and the baseline's, when given) as compareModels input. Both files must cover
 * the same rows in the same order with the same labels and the same classes (the baseline's probability
 * columns are reordered to the candidate's class order when only the order differs).
 */
export function alignPredictions(candidate: PredictionsTable, baseline?: PredictionsTable): AlignedPredictions {
  const n = candidate.rows;
  if (n === 0) throw new ConfigurationError(`${candidate.source} has no rows; the candidate scored nothing`);
  const classes = candidate.classes;
  const k = classes.length;
  let baselineValues: Float64Array | undefined;
  if (baseline !== undefined) {
    if (baseline.kind !== candidate.kind) {
      throw new ConfigurationError(
        `the candidate's predictions (${candidate.source}) are ${candidate.kind} but the baseline's (${baseline.source}) are ${baseline.kind}; compare models of the same task`,
      );
    }
    if (baseline.rows !== n) {
      throw new ConfigurationError(
        `the candidate's predictions (${candidate.source}) have ${n} rows but the baseline's (${baseline.source}) ${baseline.rows}; score both models on the same data`,
      );
    }
    const mismatches: string[] = [];
    let count = 0;
    for (let r = 0; r < n; r++) {
      if (candidate.labels[r] !== baseline.labels[r] || candidate.lines[r] !== baseline.lines[r]) {
        count++;
        if (mismatches.length < MISMATCHES_SHOWN) {
          mismatches.push(
            `row ${r}: candidate line ${candidate.lines[r]} label "${candidate.labels[r]}", baseline line ${baseline.lines[r]} label "${baseline.labels[r]}"`,
          );
        }
      }
    }
    if (count > 0) {
      throw new ConfigurationError(
        `the candidate's and the baseline's predictions are not aligned: ${count} of ${n} rows differ in data line or label (${mismatches.join('; ')}); score both models on the same data in the same order`,
      );
    }
    if (candidate.kind === 'classification') {
      const at = new Map(baseline.classes.map((name, index) => [name, index]));
      const same = baseline.classes.length === k && classes.every((name) => at.has(name));
      if (!same) {
        throw new ConfigurationError(
          `the candidate's classes (${classes.join(', ')}) differ from the baseline's (${baseline.classes.join(', ')}); a paired comparison needs the same classes`,
        );
      }
      const source = baseline.probabilities!;
      const reordered = new Float64Array(n * k);
      const order = classes.map((name) => at.get(name)!);
      for (let r = 0; r < n; r++) {
        for (let c = 0; c < k; c++) reordered[r * k + c] = source[r * k + order[c]!]!;
      }
      baselineValues = reordered;
    } else {
      baselineValues = baseline.values!;
    }
  }
  if (candidate.kind === 'classification') {
    if (k < 2) throw new ConfigurationError(`${candidate.source} has ${k} probability column; expected at least 2`);
    const index = new Map(classes.map((name, at) => [name, at]));
    const labels = new Int32Array(n);
    for (let r = 0; r < n; r++) {
      const at = index.get(candidate.labels[r]!);
      if (at === undefined) {
        throw new ConfigurationError(
          `${candidate.source}: row ${r} has label "${candidate.labels[r]}", which is not one of the classes ${classes.join(', ')}`,
        );
      }
      labels[r] = at;
    }
    return {
      task: k === 2 ? 'binary' : 'multiclass',
      rows: n,
      classes,
      labels,
      candidate: candidate.probabilities!,
      ...(baselineValues === undefined ? {} : { baseline: baselineValues }),
    };
  }
  const targets = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const text = candidate.labels[r]!;
    const y = Number(text);
    if (text.trim() === '' || !Number.isFinite(y)) {
      throw new ConfigurationError(
        `${candidate.source}: row ${r} has label "${text}"; a regression label must be a number`,
      );
    }
    targets[r] = y;
  }
  return {
    task: 'regression',
    rows: n,
    classes: [],
    targets,
    candidate: candidate.values!,
    ...(baselineValues === undefined ? {} : { baseline: baselineValues }),
  };
}
