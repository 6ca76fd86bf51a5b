import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, describeThrown } from '../../core/errors.js';
import { mulberry32 } from '../../core/random.js';
import { LineageStore, validateLineageRecord } from '../../lineage/store.js';
import type { LineageChain, LineageRecord } from '../../lineage/types.js';
import type { Task } from '../../model/package.js';
import type { DataProfile } from '../../validate/profile.js';
import {
  type FileProblem,
  type Guard,
  isFile,
  isRecord,
  loadRunSummary,
  PART_FILES,
  RUN_PARTS,
  type RunPart,
  type RunSummary,
  readRunFile,
  runModel,
} from '../run-summary.js';

/** Equal-width bins of predicted probability with the observed frequency of the event in each. */
export interface CalibrationBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observed: number;
}

/** What the report draws from predictions.csv, computed in one streaming pass. */
export interface PredictionSummary {
  /** binary: P(positive class) vs the positive rate; multiclass: top-class confidence vs accuracy. */
  calibration: { kind: 'probability' | 'confidence'; positiveClass: string | null; bins: CalibrationBin[] } | null;
  /** Regression: a seeded uniform sample of (label, prediction) pairs, at most MAX_POINTS. */
  scatter: Array<{ label: number; prediction: number }> | null;
  rows: number;
}

export interface LineagePart {
  chain: LineageChain;
  /** Record files that could not be read, with why. */
  skipped: string[];
}

/** The run's result documents, as the PR comment reads them too, and what only the report reads beside them. */
export interface LoadedRun extends Omit<RunSummary, 'problems'> {
  /** The profile of the data validate-data checked (profile.json beside its result). */
  profile: DataProfile | null;
  /** The drift reference's profile and where it came from, relative to the run directory. */
  reference: { profile: DataProfile; source: string } | null;
  predictions: PredictionSummary | null;
  lineage: LineagePart | null;
  /** The model version the run is about, as the PR comment names it. */
  modelVersion: string | null;
  /** Why something present on disk was left out, one sentence each, led by its path under the run directory. */
  problems: string[];
}

/** A chart never needs more points than this; larger data are sampled (keeps the page small). */
export const MAX_POINTS = 2000;
const CALIBRATION_BINS = 10;
const PROFILE = 'an mlops-actions/profile document';

function isProfile(value: unknown): value is DataProfile {
  return isRecord(value) && value.format === 'mlops-actions/profile' && Array.isArray(value.columns);
}

async function isDirectory(target: string): Promise<boolean> {
  return (await stat(target).catch(() => undefined))?.isDirectory() === true;
}

/** The `.mlops` directory of a run: `<dir>/.mlops`, or `<dir>` itself when it holds the part folders. */
export async function resolveRunDirectory(dir: string): Promise<string> {
  if (!(await isDirectory(dir))) {
    throw new ConfigurationError(
      `${dir} is not a directory: give the directory of a pipeline run (the one holding .mlops/)`,
    );
  }
  for (const candidate of [path.join(dir, '.mlops'), dir]) {
    if (!(await isDirectory(candidate))) continue;
    for (const part of RUN_PARTS) if (await isDirectory(path.join(candidate, part))) return candidate;
  }
  throw new ConfigurationError(
    `${dir} holds no pipeline run: expected .mlops/ with at least one of ${RUN_PARTS.join(', ')}; run the pipeline there first (e.g. 'npm run example') or give the directory that holds .mlops/`,
  );
}

/** The page finds why a part is missing by the path that leads its sentence. */
function leftOut(relative: string, problem: FileProblem): string {
  return problem.kind === 'unreadable'
    ? `${relative} could not be read (${problem.message}); left out`
    : `${relative} is ${problem.message}; left out`;
}

/**
 * Reads everything a run left behind. Each part is optional (a run may stop after validate-data); a file that is
 * present but unreadable is recorded in `problems` and left out, so one bad file never hides the rest.
 */
export async function loadRun(dir: string): Promise<LoadedRun> {
  const directory = await resolveRunDirectory(dir);
  const summary = await loadRunSummary(directory);
  const problems = summary.problems.map((problem) => leftOut(path.relative(directory, problem.file), problem));
  // Next to the part's result, which may be a `<part>-N` directory standing in for `<part>`.
  const beside = (part: RunPart, ...name: string[]) =>
    path.join(path.dirname(summary.files[part] ?? path.join(directory, part, PART_FILES[part])), ...name);
  const optional = async <T>(file: string, expected: string, guard: Guard<T>): Promise<T | null> => {
    if (!(await isFile(file))) return null;
    const outcome = await readRunFile(file, expected, guard);
    if ('value' in outcome) return outcome.value;
    problems.push(leftOut(path.relative(directory, file), outcome));
    return null;
  };

  let profile: DataProfile | null = null;
  let reference: LoadedRun['reference'] = null;
  if (summary.validation !== null) {
    profile = await optional(beside('validate-data', 'profile.json'), PROFILE, isProfile);
    // A profile saved next to the result first, else the training data's profile shipped in the model package
    // (what validate-data compares serving data with).
    for (const file of [beside('validate-data', 'reference-profile.json'), beside('train', 'model', 'profile.json')]) {
      const found = await optional(file, PROFILE, isProfile);
      if (found === null) continue;
      reference = { profile: found, source: path.relative(directory, file) };
      break;
    }
  }

  let predictions: PredictionSummary | null = null;
  const evaluation = summary.evaluation;
  const predictionsFile = beside('evaluate', 'predictions.csv');
  if (evaluation !== null && (await isFile(predictionsFile))) {
    try {
      predictions = await summarizePredictions(predictionsFile, evaluation.model.task, evaluation.classes);
    } catch (error) {
      problems.push(
        `${path.relative(directory, predictionsFile)} could not be read (${describeThrown(error, 200)}); no calibration`,
      );
    }
  }

  const modelVersion = runModel(summary).version;
  let lineage: LineagePart | null = null;
  const lineageRoot = path.join(directory, 'registry', 'lineage');
  if (modelVersion !== null && (await isDirectory(path.join(lineageRoot, 'records')))) {
    try {
      const store = new TolerantLineageStore(lineageRoot);
      const chain = await store.chain(modelVersion);
      if (chain.steps.length > 0) lineage = { chain, skipped: store.skipped };
    } catch (error) {
      problems.push(`the lineage records could not be read (${describeThrown(error, 200)}); no lineage`);
    }
  }
  return { ...summary, profile, reference, predictions, lineage, modelVersion, problems };
}

/** A store that skips (and remembers) unreadable record files instead of failing the whole chain. */
class TolerantLineageStore extends LineageStore {
  readonly skipped: string[] = [];

  override async all(): Promise<LineageRecord[]> {
    const directory = path.join(this.root, 'records');
    const names = (await readdir(directory)).filter((name) => !name.startsWith('.') && name.endsWith('.json')).sort();
    const records: LineageRecord[] = [];
    for (const name of names) {
      const file = path.join(directory, name);
      try {
        records.push(validateLineageRecord(JSON.parse(await readFile(file, 'utf8')), file));
      } catch (error) {
        this.skipped.push(`${name}: ${describeThrown(error, 160)}`);
      }
    }
    return records.sort(
      (a, b) =>
        Date.parse(a.execution.startedAt) - Date.parse(b.execution.startedAt) ||
        a.execution.id.localeCompare(b.execution.id),
    );
  }
}

/** Splits CSV text into records (RFC 4180 quotes, embedded newlines, CRLF), across chunk boundaries. */
class CsvRecords {
  private field = '';
  private fields: string[] = [];
  private quoted = false;
  private quoteSeen = false;

  constructor(private readonly onRecord: (fields: string[]) => void) {}

  push(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (this.quoted) {
        if (char === '"') {
          this.quoted = false;
          this.quoteSeen = true;
        } else this.field += char;
        continue;
      }
      if (char === '"') {
        // A doubled quote inside a quoted field re-opens it, keeping one literal quote.
        if (this.quoteSeen) this.field += '"';
        this.quoted = true;
      } else if (char === ',') this.endField();
      else if (char === '\n') this.endRecord();
      else if (char !== '\r') this.field += char;
      this.quoteSeen = false;
    }
  }

  end(): void {
    if (this.field !== '' || this.fields.length > 0) this.endRecord();
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
  }

  private endRecord(): void {
    this.endField();
    this.onRecord(this.fields);
    this.fields = [];
  }
}

/** Streams predictions.csv once: calibration bins for classifiers, a reservoir sample for regression. */
export async function summarizePredictions(
  file: string,
  task: Task,
  classes: readonly string[],
): Promise<PredictionSummary> {
  const bins = Array.from({ length: CALIBRATION_BINS }, () => ({ count: 0, predicted: 0, observed: 0 }));
  const sample: Array<{ label: number; prediction: number }> = [];
  const random = mulberry32(0x5eed);
  const positiveClass = task === 'binary' ? (classes[1] ?? null) : null;
  let header: string[] | undefined;
  let labelAt = -1;
  let predictionAt = -1;
  let probabilityAt: number[] = [];
  let rows = 0;
  const parser = new CsvRecords((fields) => {
    if (header === undefined) {
      header = fields;
      labelAt = fields.indexOf('label');
      predictionAt = fields.indexOf('prediction');
      probabilityAt = classes.map((name) => fields.indexOf(`p_${name}`));
      return;
    }
    const label = fields[labelAt];
    if (label === undefined) return;
    rows++;
    if (task === 'regression') {
      const point = { label: Number(label), prediction: Number(fields[predictionAt]) };
      if (!Number.isFinite(point.label) || !Number.isFinite(point.prediction)) return;
      // Algorithm R: every row has the same chance to be drawn, whatever the file's length.
      if (sample.length < MAX_POINTS) sample.push(point);
      else {
        const slot = Math.floor(random() * rows);
        if (slot < MAX_POINTS) sample[slot] = point;
      }
      return;
    }
    let score: number;
    let hit: boolean;
    if (task === 'binary') {
      score = Number(fields[probabilityAt[1] ?? -1]);
      hit = label === positiveClass;
    } else {
      const probabilities = probabilityAt.map((at) => Number(fields[at]));
      score = Math.max(...probabilities);
      hit = fields[predictionAt] === label;
    }
    if (!Number.isFinite(score)) return;
    const bin = bins[Math.min(CALIBRATION_BINS - 1, Math.max(0, Math.floor(score * CALIBRATION_BINS)))]!;
    bin.count++;
    bin.predicted += score;
    bin.observed += hit ? 1 : 0;
  });
  const stream = createReadStream(file, { encoding: 'utf8' });
  for await (const chunk of stream) parser.push(String(chunk));
  parser.end();
  if (header === undefined || labelAt < 0) throw new Error('no header with a label column');
  if (task === 'regression') return { calibration: null, scatter: sample, rows };
  if (task === 'binary' && (probabilityAt[1] ?? -1) < 0) return { calibration: null, scatter: null, rows };
  return {
    calibration: {
      kind: task === 'binary' ? 'probability' : 'confidence',
      positiveClass,
      bins: bins.flatMap((bin, index) =>
        bin.count === 0
          ? []
          : [
              {
                from: index / CALIBRATION_BINS,
                to: (index + 1) / CALIBRATION_BINS,
                count: bin.count,
                meanPredicted: bin.predicted / bin.count,
                observed: bin.observed / bin.count,
              },
            ],
      ),
    },
    scatter: null,
    rows,
  };
}
