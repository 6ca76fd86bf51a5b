import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ComparisonResult } from '../../compare/compare.js';
import { ConfigurationError, describeThrown } from '../../core/errors.js';
import { readJsonFile } from '../../core/json-schema.js';
import { mulberry32 } from '../../core/random.js';
import type { Check, Verdict } from '../../core/verdict.js';
import type { BootstrapResult } from '../../evaluate/bootstrap.js';
import type { ClassificationMetrics, MetricValue, RegressionMetrics } from '../../evaluate/metrics.js';
import { LineageStore, validateLineageRecord } from '../../lineage/store.js';
import type { LineageChain, LineageRecord } from '../../lineage/types.js';
import type { LoadResult } from '../../load/run.js';
import type { ModelManifest, Task } from '../../model/package.js';
import type { PromoteResult } from '../../promote/promote.js';
import type { ServingCheckResult } from '../../serve/check.js';
import type { DatasetDrift } from '../../stats/drift.js';
import type { Anomaly } from '../../validate/anomalies.js';
import type { DataProfile } from '../../validate/profile.js';
import type { ColumnStatistics } from '../../validate/statistics.js';
// One list of a run's part folders, in pipeline order, for the HTML report and the PR comment alike.
import { RUN_PARTS, type RunPart } from '../run-summary.js';

export { RUN_PARTS, type RunPart };

export interface ValidateDataDocument {
  verdict: Verdict;
  schemaSource?: string;
  rows?: number;
  sources?: Array<{ path: string; rows: number; bytes: number | null }>;
  anomalies: Anomaly[];
  drift: DatasetDrift | null;
  statistics: ColumnStatistics[];
}

export interface ValidateDataPart {
  result: ValidateDataDocument;
  /** The profile of the data checked (validate-data/profile.json). */
  profile: DataProfile | undefined;
  /** The drift reference's profile and where it came from; undefined when the run holds none. */
  reference: { profile: DataProfile; source: string } | undefined;
}

export interface TrainDocument {
  verdict: Verdict;
  backend?: string;
  gpu?: boolean;
  finalLoss?: number | null;
  notes?: string[];
  manifest: ModelManifest | null;
}

export interface SliceRow {
  rank: number;
  key: string;
  size: number;
  value: number | null;
  metrics: Record<string, MetricValue>;
}

export interface MetricsDocument {
  model: { name: string; version: string; task: Task };
  label: string;
  rows: number;
  classes: string[];
  headline: { metric: string; value: number | null; higherIsBetter: boolean };
  metrics: ClassificationMetrics | RegressionMetrics;
  intervals: Record<string, BootstrapResult>;
  slices: { ranked: SliceRow[]; skipped: Array<{ key: string; size: number; reason: string }> };
  verdict: Verdict;
}

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

export interface EvaluatePart {
  metrics: MetricsDocument;
  predictions: PredictionSummary | undefined;
}

export type ComparisonDocument = ComparisonResult & { advisory?: boolean };
export type ServingDocument = ServingCheckResult;
export interface LoadTestDocument {
  verdict: Verdict;
  model: { name: string; version: string };
  result: LoadResult;
  baseline?: LoadResult;
  sharedCpuCores: number | null;
}
export type PromotionDocument = PromoteResult & { registry?: string };

export interface LineagePart {
  chain: LineageChain;
  /** Record files that could not be read, with why. */
  skipped: string[];
}

export interface LoadedRun {
  /** The `.mlops` directory that was read. */
  directory: string;
  validateData?: ValidateDataPart;
  train?: TrainDocument;
  evaluate?: EvaluatePart;
  compare?: ComparisonDocument;
  serving?: ServingDocument;
  loadTest?: LoadTestDocument;
  promote?: PromotionDocument;
  lineage?: LineagePart;
  /** The model version the run is about, from the first part that names one. */
  modelVersion: string | undefined;
  /** Why a part present on disk could not be used; missing parts are not listed here. */
  problems: string[];
}

/** A chart never needs more points than this; larger data are sampled (keeps the page small). */
export const MAX_POINTS = 2000;
const CALIBRATION_BINS = 10;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCheck(value: unknown): value is Check {
  return isRecord(value) && typeof value.check === 'string' && typeof value.status === 'string';
}

function isVerdict(value: unknown): value is Verdict {
  return (
    isRecord(value) && typeof value.passed === 'boolean' && Array.isArray(value.checks) && value.checks.every(isCheck)
  );
}

function isValidateDataDocument(value: unknown): value is ValidateDataDocument {
  return (
    isRecord(value) &&
    isVerdict(value.verdict) &&
    Array.isArray(value.anomalies) &&
    Array.isArray(value.statistics) &&
    (value.drift === null || (isRecord(value.drift) && Array.isArray(value.drift.features)))
  );
}

function isProfile(value: unknown): value is DataProfile {
  return isRecord(value) && value.format === 'mlops-actions/profile' && Array.isArray(value.columns);
}

function isManifest(value: unknown): value is ModelManifest {
  return (
    isRecord(value) &&
    typeof value.version === 'string' &&
    isRecord(value.training) &&
    Array.isArray(value.training.lossCurve) &&
    isRecord(value.lineage)
  );
}

function isTrainDocument(value: unknown): value is TrainDocument {
  return isRecord(value) && isVerdict(value.verdict) && (value.manifest === null || isManifest(value.manifest));
}

function isMetricsDocument(value: unknown): value is MetricsDocument {
  return (
    isRecord(value) &&
    isRecord(value.model) &&
    typeof value.model.task === 'string' &&
    isRecord(value.metrics) &&
    isRecord(value.intervals) &&
    isRecord(value.slices) &&
    Array.isArray(value.slices.ranked) &&
    Array.isArray(value.classes) &&
    isVerdict(value.verdict)
  );
}

function isComparison(value: unknown): value is ComparisonDocument {
  return (
    isRecord(value) &&
    isVerdict(value.verdict) &&
    typeof value.blessed === 'boolean' &&
    isRecord(value.metrics) &&
    isRecord(value.metrics.candidate) &&
    isRecord(value.metrics.difference) &&
    Array.isArray(value.worstSlices)
  );
}

function isServing(value: unknown): value is ServingDocument {
  return isRecord(value) && isVerdict(value.verdict) && isRecord(value.model) && isRecord(value.load);
}

function isLoadResult(value: unknown): value is LoadResult {
  return isRecord(value) && typeof value.qps === 'number' && Array.isArray(value.histogram);
}

function isLoadTest(value: unknown): value is LoadTestDocument {
  return (
    isRecord(value) &&
    isVerdict(value.verdict) &&
    isRecord(value.model) &&
    isLoadResult(value.result) &&
    (value.baseline === undefined || isLoadResult(value.baseline))
  );
}

function isPromotion(value: unknown): value is PromotionDocument {
  return isRecord(value) && isVerdict(value.verdict) && typeof value.promoted === 'boolean';
}

async function isDirectory(target: string): Promise<boolean> {
  return (await stat(target).catch(() => undefined))?.isDirectory() === true;
}

async function exists(target: string): Promise<boolean> {
  return (await stat(target).catch(() => undefined)) !== undefined;
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

/**
 * Reads everything a run left behind. Each part is optional (a run may stop after validate-data); a part whose
 * files are present but unreadable is recorded in `problems` and left out, so one bad file never hides the rest.
 */
export async function loadRun(dir: string): Promise<LoadedRun> {
  const directory = await resolveRunDirectory(dir);
  const problems: string[] = [];
  const read = async <T>(relative: string, what: string, guard: (value: unknown) => value is T) => {
    const file = path.join(directory, relative);
    if (!(await exists(file))) return undefined;
    try {
      const value = await readJsonFile(file, what);
      if (guard(value)) return value;
      problems.push(`${relative} is not a ${what} this report understands; left out`);
    } catch (error) {
      problems.push(`${relative} could not be read (${describeThrown(error, 200)}); left out`);
    }
    return undefined;
  };

  const run: LoadedRun = { directory, modelVersion: undefined, problems };
  run.train = await read('train/result.json', 'train result', isTrainDocument);

  const validation = await read('validate-data/result.json', 'validate-data result', isValidateDataDocument);
  if (validation !== undefined) {
    const profile = await read(path.join('validate-data', 'profile.json'), 'data profile', isProfile);
    run.validateData = { result: validation, profile, reference: await referenceProfile(read) };
  }

  const metrics = await read('evaluate/metrics.json', 'metrics document', isMetricsDocument);
  if (metrics !== undefined) {
    const file = path.join(directory, 'evaluate', 'predictions.csv');
    let predictions: PredictionSummary | undefined;
    if (await exists(file)) {
      try {
        predictions = await summarizePredictions(file, metrics.model.task, metrics.classes);
      } catch (error) {
        problems.push(`evaluate/predictions.csv could not be read (${describeThrown(error, 200)}); no calibration`);
      }
    }
    run.evaluate = { metrics, predictions };
  }

  run.compare = await read('compare-baseline/verdict.json', 'comparison verdict', isComparison);
  run.serving = await read('check-serving-compat/verdict.json', 'serving verdict', isServing);
  run.loadTest = await read('load-test/verdict.json', 'load-test verdict', isLoadTest);
  run.promote = await read('promote/audit-entry.json', 'promotion audit entry', isPromotion);
  run.modelVersion =
    run.train?.manifest?.version ??
    run.evaluate?.metrics.model.version ??
    run.compare?.candidateVersion ??
    run.serving?.model.version ??
    run.loadTest?.model.version ??
    run.promote?.version;

  const lineageRoot = path.join(directory, 'registry', 'lineage');
  if (run.modelVersion !== undefined && (await isDirectory(path.join(lineageRoot, 'records')))) {
    try {
      const store = new TolerantLineageStore(lineageRoot);
      const chain = await store.chain(run.modelVersion);
      if (chain.steps.length > 0) run.lineage = { chain, skipped: store.skipped };
    } catch (error) {
      problems.push(`the lineage records could not be read (${describeThrown(error, 200)}); no lineage`);
    }
  }
  return run;
}

/**
 * The drift reference: a profile saved next to the result when there is one, else the training data's profile
 * shipped in the model package (what validate-data compares serving data with).
 */
async function referenceProfile(
  read: <T>(relative: string, what: string, guard: (value: unknown) => value is T) => Promise<T | undefined>,
): Promise<ValidateDataPart['reference']> {
  for (const relative of [
    path.join('validate-data', 'reference-profile.json'),
    path.join('train', 'model', 'profile.json'),
  ]) {
    const profile = await read(relative, 'reference profile', isProfile);
    if (profile !== undefined) return { profile, source: relative };
  }
  return undefined;
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
