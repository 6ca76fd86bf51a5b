import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { metricsDocument } from '../actions/evaluate.js';
import type { ComparisonResult } from '../compare/compare.js';
import { describeThrown, shorten } from '../core/errors.js';
import { withoutByteOrderMark } from '../core/json-file.js';
import type { Check, Verdict } from '../core/verdict.js';
import type { LoadTestResult } from '../load/plan.js';
import type { ModelManifest } from '../model/package.js';
import type { PromoteResult } from '../promote/promote.js';
import type { ServingCheckResult } from '../serve/check.js';
import type { DatasetDrift } from '../stats/drift.js';
import type { Anomaly } from '../validate/anomalies.js';
import type { SchemaSource } from '../validate/run.js';
import type { ColumnStatistics } from '../validate/statistics.js';

/**
 * One pipeline run, as the actions left it on disk (`.mlops/<action>/…`), read back and checked once for the PR
 * comment and the HTML report alike, so that both accept and refuse the same files. Every part is optional: a PR
 * workflow runs only some actions, and a failed step writes nothing.
 */

export const RUN_PARTS = [
  'validate-data',
  'train',
  'evaluate',
  'compare-baseline',
  'check-serving-compat',
  'load-test',
  'promote',
] as const;
export type RunPart = (typeof RUN_PARTS)[number];

/** Where each action writes its result under the run directory (its default `output`). */
export const PART_FILES: Record<RunPart, string> = {
  'validate-data': 'result.json',
  train: 'result.json',
  evaluate: 'metrics.json',
  'compare-baseline': 'verdict.json',
  'check-serving-compat': 'verdict.json',
  'load-test': 'verdict.json',
  promote: 'audit-entry.json',
};

/** validate-data's result.json: the result without the profile, which lies next to it in profile.json. */
export interface ValidationPart {
  verdict: Verdict;
  schemaSource: SchemaSource;
  rows: number;
  sources: Array<{ path: string; rows: number; bytes: number | null }>;
  anomalies: Anomaly[];
  drift: DatasetDrift | null;
  statistics: ColumnStatistics[];
}

/** train's result.json. */
export interface TrainingPart {
  verdict: Verdict;
  backend: string;
  gpu: boolean;
  finalLoss: number | null;
  notes: string[];
  model: string | null;
  manifest: ModelManifest | null;
}

export type EvaluationPart = ReturnType<typeof metricsDocument>;
export type ComparisonPart = ComparisonResult & { advisory: boolean };
export type ServingPart = ServingCheckResult;
export type LoadPart = LoadTestResult;
export type PromotionPart = PromoteResult & { registry: string };

/** Why a part's file, present on disk, was left out: it could not be read as JSON, or it is JSON of another shape. */
export interface FileProblem {
  kind: 'unreadable' | 'unexpected';
  message: string;
}

export interface RunProblem extends FileProblem {
  part: RunPart;
  file: string;
}

export interface RunSummary {
  directory: string;
  validation: ValidationPart | null;
  training: TrainingPart | null;
  evaluation: EvaluationPart | null;
  comparison: ComparisonPart | null;
  serving: ServingPart | null;
  load: LoadPart | null;
  promotion: PromotionPart | null;
  /** The file each part was read from (also when it could not be used), for links and messages. */
  files: Partial<Record<RunPart, string>>;
  /** Files that exist but could not be read as what they claim to be: shown, never fatal. */
  problems: RunProblem[];
}

export interface LoadRunOptions {
  /** A result file per part, instead of `<directory>/<part>/<file>` (e.g. a matrix job's own output). */
  files?: Partial<Record<RunPart, string>>;
}

/** The model the run is about: the trained package first, then whichever step names one. */
export function runModel(summary: RunSummary): { name: string | null; version: string | null } {
  const manifest = summary.training?.manifest;
  if (manifest != null) return { name: manifest.name, version: manifest.version };
  const named = summary.evaluation?.model ?? summary.serving?.model ?? summary.load?.model;
  if (named !== undefined) return { name: named.name, version: named.version };
  return { name: null, version: summary.comparison?.candidateVersion ?? summary.promotion?.version ?? null };
}

export function emptyRunSummary(directory: string): RunSummary {
  return {
    directory,
    validation: null,
    training: null,
    evaluation: null,
    comparison: null,
    serving: null,
    load: null,
    promotion: null,
    files: {},
    problems: [],
  };
}

/**
 * Reads every part that is there. A part's file is `<directory>/<part>/<file>`; when that is missing, the newest
 * `<directory>/<part>-*` directory holding the file (the lifecycle's `train-1`, `train-2`) stands in.
 */
export async function loadRunSummary(directory: string, options: LoadRunOptions = {}): Promise<RunSummary> {
  const summary = emptyRunSummary(directory);
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  const subdirectories = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const part = async <T>(name: RunPart, expected: string, guard: Guard<T>): Promise<T | null> => {
    const file = options.files?.[name] ?? (await partFile(directory, subdirectories, name));
    if (file === undefined) return null;
    summary.files[name] = file;
    const outcome = await readRunFile(file, expected, guard);
    if ('value' in outcome) return outcome.value;
    summary.problems.push({ part: name, file, ...outcome });
    return null;
  };
  // In RUN_PARTS order, so that problems are listed in pipeline order.
  summary.validation = await part(
    'validate-data',
    'a validate-data result (verdict, anomalies, statistics)',
    isValidation,
  );
  summary.training = await part('train', 'a train result (verdict, backend, manifest)', isTraining);
  summary.evaluation = await part('evaluate', 'an mlops-actions/metrics document', isEvaluation);
  summary.comparison = await part('compare-baseline', 'an mlops-actions/blessing document', isComparison);
  summary.serving = await part('check-serving-compat', 'an mlops-actions/serving-verdict document', isServing);
  summary.load = await part('load-test', 'a load-test verdict (an mlops-actions/load-verdict document)', isLoad);
  summary.promotion = await part('promote', 'an mlops-actions/promotion document', isPromotion);
  return summary;
}

export type Guard<T> = (value: unknown) => value is T;

/**
 * Reads one JSON file of a run and checks its shape; `expected` completes "not …" in the problem's message. The
 * file is expected to exist: a missing one is a problem too.
 */
export async function readRunFile<T>(
  file: string,
  expected: string,
  guard: Guard<T>,
): Promise<{ value: T } | FileProblem> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(withoutByteOrderMark(await readFile(file, 'utf8')));
  } catch (error) {
    const message = error instanceof SyntaxError ? `not JSON: ${error.message}` : describeThrown(error);
    return { kind: 'unreadable', message: shorten(message, 200) };
  }
  return guard(parsed) ? { value: parsed } : { kind: 'unexpected', message: `not ${expected}` };
}

async function partFile(directory: string, subdirectories: string[], part: RunPart): Promise<string | undefined> {
  const name = PART_FILES[part];
  const direct = path.join(directory, part, name);
  if (await isFile(direct)) return direct;
  let newest: { file: string; modified: number } | undefined;
  for (const subdirectory of subdirectories) {
    if (!subdirectory.startsWith(`${part}-`)) continue;
    const file = path.join(directory, subdirectory, name);
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile() === true && (newest === undefined || info.mtimeMs > newest.modified)) {
      newest = { file, modified: info.mtimeMs };
    }
  }
  return newest?.file;
}

export async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() === true;
}

/*
 * Shape checks: they look at what the renderers read, so a file of another shape (an older format, a hand-edited
 * one) is reported as a problem instead of failing deep inside a renderer.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isArrayOf<T>(value: unknown, item: (entry: unknown) => entry is T): value is T[] {
  return Array.isArray(value) && value.every(item);
}

const STATUSES: ReadonlySet<unknown> = new Set(['pass', 'fail', 'warn', 'skip']);

function isCheck(value: unknown): value is Check {
  return (
    isRecord(value) &&
    typeof value.check === 'string' &&
    STATUSES.has(value.status) &&
    typeof value.message === 'string' &&
    (value.feature === undefined || typeof value.feature === 'string')
  );
}

function isVerdict(value: unknown): value is Verdict {
  return isRecord(value) && typeof value.passed === 'boolean' && isArrayOf(value.checks, isCheck);
}

function isNumberOrNull(value: unknown): value is number | null {
  return value === null || typeof value === 'number';
}

function isAnomaly(value: unknown): value is Anomaly {
  return isRecord(value) && isCheck(value) && typeof value.kind === 'string' && typeof value.count === 'number';
}

function isFeatureDrift(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.feature === 'string' &&
    typeof value.method === 'string' &&
    typeof value.drifted === 'boolean' &&
    typeof value.statistic === 'number' &&
    typeof value.threshold === 'number'
  );
}

function isDrift(value: unknown): value is DatasetDrift {
  return (
    isRecord(value) &&
    Array.isArray(value.features) &&
    value.features.every(isFeatureDrift) &&
    typeof value.driftedCount === 'number' &&
    typeof value.share === 'number'
  );
}

function isStatistics(value: unknown): value is ColumnStatistics {
  return isRecord(value) && typeof value.name === 'string' && typeof value.type === 'string';
}

function isValidation(value: unknown): value is ValidationPart {
  return (
    isRecord(value) &&
    isVerdict(value.verdict) &&
    typeof value.rows === 'number' &&
    Array.isArray(value.sources) &&
    isArrayOf(value.anomalies, isAnomaly) &&
    (value.drift === null || isDrift(value.drift)) &&
    isArrayOf(value.statistics, isStatistics)
  );
}

function isManifest(value: unknown): value is ModelManifest {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.version === 'string' &&
    typeof value.task === 'string' &&
    isRecord(value.framework) &&
    isRecord(value.training) &&
    Array.isArray(value.training.lossCurve) &&
    isRecord(value.training.data) &&
    isRecord(value.lineage)
  );
}

function isTraining(value: unknown): value is TrainingPart {
  return (
    isRecord(value) &&
    isVerdict(value.verdict) &&
    typeof value.backend === 'string' &&
    isNumberOrNull(value.finalLoss) &&
    isArrayOf(value.notes, (note): note is string => typeof note === 'string') &&
    (value.manifest === null || isManifest(value.manifest))
  );
}

function isModel(value: unknown): value is Record<string, unknown> & { name: string; version: string } {
  return isRecord(value) && typeof value.name === 'string' && typeof value.version === 'string';
}

function isRankedSlice(value: unknown): boolean {
  return isRecord(value) && typeof value.key === 'string' && typeof value.size === 'number';
}

function isEvaluation(value: unknown): value is EvaluationPart {
  return (
    isRecord(value) &&
    value.format === 'mlops-actions/metrics' &&
    isModel(value.model) &&
    typeof value.model.task === 'string' &&
    typeof value.rows === 'number' &&
    isArrayOf(value.classes, (name): name is string => typeof name === 'string') &&
    isRecord(value.metrics) &&
    isRecord(value.intervals) &&
    isRecord(value.headline) &&
    typeof value.headline.metric === 'string' &&
    isRecord(value.slices) &&
    Array.isArray(value.slices.ranked) &&
    value.slices.ranked.every(isRankedSlice) &&
    Array.isArray(value.slices.skipped) &&
    isVerdict(value.verdict)
  );
}

function isComparison(value: unknown): value is ComparisonPart {
  return (
    isRecord(value) &&
    value.format === 'mlops-actions/blessing' &&
    isVerdict(value.verdict) &&
    typeof value.blessed === 'boolean' &&
    typeof value.candidateVersion === 'string' &&
    isArrayOf(value.checks, isCheck) &&
    isRecord(value.metrics) &&
    isRecord(value.metrics.candidate) &&
    isRecord(value.metrics.difference) &&
    Array.isArray(value.worstSlices) &&
    value.worstSlices.every(isRankedSlice) &&
    isRecord(value.bootstrap)
  );
}

function isServing(value: unknown): value is ServingPart {
  return (
    isRecord(value) &&
    value.format === 'mlops-actions/serving-verdict' &&
    isVerdict(value.verdict) &&
    isModel(value.model) &&
    isRecord(value.load)
  );
}

function isLoadResult(value: unknown): boolean {
  return isRecord(value) && typeof value.qps === 'number' && Array.isArray(value.histogram);
}

function isLoad(value: unknown): value is LoadPart {
  return (
    isRecord(value) &&
    value.format === 'mlops-actions/load-verdict' &&
    isVerdict(value.verdict) &&
    isModel(value.model) &&
    isLoadResult(value.result) &&
    (value.baseline === undefined || isLoadResult(value.baseline))
  );
}

function isPromotion(value: unknown): value is PromotionPart {
  return (
    isRecord(value) &&
    value.format === 'mlops-actions/promotion' &&
    isVerdict(value.verdict) &&
    typeof value.promoted === 'boolean'
  );
}
