import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ConfigurationError, EmptyFileError } from '../core/errors.js';
import { readJsonFile } from '../core/json-file.js';
import type { Check, Verdict } from '../core/verdict.js';
import { ReadDigest } from '../data/digest.js';
import { detectFormat, readDataFile, resolveDataFiles } from '../data/files.js';
import type { DataFormat } from '../data/types.js';
import type { DatasetDrift, DriftOptions, FeatureDistribution } from '../stats/drift.js';
import { type Anomaly, type AnomalyKind, detectAnomalies, type Severity } from './anomalies.js';
import { assertProfile, mergeProfiles } from './merge.js';
import { profileCsvInParallel, wantsSplit } from './parallel.js';
import { type DataProfile, Profiler } from './profile.js';
import { RowFingerprints } from './rowset.js';
import { type DataSchema, inferSchema, loadSchema, writeSchema } from './schema.js';
import { DistinctSketch } from './sketches.js';
import { type ColumnStatistics, columnStatistics, exactDistinctCount } from './statistics.js';

export type FailOn = 'schema' | 'drift' | 'none';
export type SchemaSource = 'file' | 'inferred-from-reference' | 'inferred-from-data';

export interface ValidateDataRequest {
  /** Data file or glob; optional when merging profiles. */
  data?: string;
  reference?: string;
  schema?: string;
  inferSchemaTo?: string;
  label?: string;
  failOn: FailOn;
  environment: string;
  mergeProfiles: string[];
  delimiter?: string;
  format: DataFormat | 'auto';
  severity: Partial<Record<AnomalyKind, Severity>>;
  drift: DriftOptions;
  progress?: (done: number, total: number) => void;
}

export interface ValidateDataResult {
  verdict: Verdict;
  profile: DataProfile;
  referenceProfile: DataProfile | null;
  schema: DataSchema;
  schemaSource: SchemaSource;
  anomalies: Anomaly[];
  drift: DatasetDrift | null;
  statistics: ColumnStatistics[];
}

export interface ProfiledData {
  profile: DataProfile;
  emptyFiles: string[];
}

export interface ProfileOptions {
  delimiter?: string;
  format: DataFormat | 'auto';
  stringColumns?: ReadonlySet<string>;
  referenceRows?: RowFingerprints;
  rememberRows?: RowFingerprints;
  /** Bytes scanned so far of all files (the main thread's share when a file is split across threads). */
  progress?: (done: number, total: number) => void;
}

/** Profiles every file matched by a path or glob as one table; empty files are reported, not fatal. */
export async function profileData(pattern: string, input: string, options: ProfileOptions): Promise<ProfiledData> {
  const files = await resolveDataFiles(pattern, input);
  const profiler = new Profiler(options);
  const emptyFiles: string[] = [];
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  let before = 0;
  for (const [index, file] of files.entries()) {
    const bytes = sizes[index] as number;
    const started = before;
    if (options.progress !== undefined) {
      const report = options.progress;
      profiler.progress = (position) => report(started + position, total);
    }
    profiler.beginFile(file, bytes);
    // Every caller records the data's digest next (lineage, the model manifest): take it from this read.
    const digest = await ReadDigest.start(file);
    const readOptions = { ...options, onBytes: digest?.see };
    try {
      const splittable =
        detectFormat(file, options.format) === 'csv' &&
        options.referenceRows === undefined &&
        options.rememberRows === undefined &&
        wantsSplit(bytes);
      if (splittable) {
        await profileCsvInParallel(file, bytes, profiler, {
          delimiter: options.delimiter ?? (extname(file).toLowerCase() === '.tsv' ? '\t' : ','),
          stringColumns: options.stringColumns,
          digest,
        });
      } else await readDataFile(file, profiler, readOptions);
      await digest?.finish();
    } catch (error) {
      digest?.abandon();
      if (!(error instanceof EmptyFileError)) throw error;
      emptyFiles.push(file);
    }
    profiler.endFile();
    before += bytes;
    options.progress?.(before, total);
  }
  return { profile: profiler.finish(), emptyFiles };
}

/** A reference may be a data file or a saved profile; profiles announce themselves in their first bytes. */
async function isProfileFile(path: string): Promise<boolean> {
  if (!path.toLowerCase().endsWith('.json')) return false;
  const handle = await open(path, 'r').catch(() => undefined);
  if (handle === undefined) return false;
  try {
    const head = Buffer.alloc(256);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return /^\s*\{\s*"format"\s*:\s*"mlops-actions\/profile"/.test(head.toString('utf8', 0, bytesRead));
  } finally {
    await handle.close();
  }
}

export async function loadProfile(path: string): Promise<DataProfile> {
  return assertProfile(await readJsonFile(path, 'profile'), path);
}

export async function validateData(request: ValidateDataRequest): Promise<ValidateDataResult> {
  if (request.data === undefined && request.mergeProfiles.length === 0) {
    throw new ConfigurationError('nothing to validate: set `data` (a file or glob) or `merge-profiles`');
  }
  const readOptions = { delimiter: request.delimiter, format: request.format };

  // The reference comes first: its rows are the training rows that later data must not repeat.
  let referenceProfile: DataProfile | null = null;
  let referenceRows: RowFingerprints | undefined;
  if (request.reference !== undefined) {
    if (await isProfileFile(request.reference)) {
      referenceProfile = await loadProfile(request.reference);
    } else {
      referenceRows = new RowFingerprints();
      const reference = await profileData(request.reference, 'reference', {
        ...readOptions,
        rememberRows: referenceRows,
      });
      referenceProfile = reference.profile;
    }
  }

  let schema: DataSchema | undefined;
  let schemaSource: SchemaSource = 'file';
  if (request.schema !== undefined) schema = await loadSchema(request.schema);
  else if (referenceProfile !== null) {
    schema = inferSchema(referenceProfile, { label: request.label, source: request.reference! });
    schemaSource = 'inferred-from-reference';
  }

  const stringColumns = new Set(schema?.features.filter((f) => f.type === 'string').map((f) => f.name) ?? []);
  let profile: DataProfile;
  let emptyFiles: string[] = [];
  if (request.mergeProfiles.length > 0) {
    const shards = await Promise.all(request.mergeProfiles.map(loadProfile));
    if (request.data !== undefined) {
      const data = await profileData(request.data, 'data', {
        ...readOptions,
        stringColumns,
        referenceRows,
        progress: request.progress,
      });
      shards.push(data.profile);
      emptyFiles = data.emptyFiles;
    }
    profile = mergeProfiles(shards);
  } else {
    const data = await profileData(request.data!, 'data', {
      ...readOptions,
      stringColumns,
      referenceRows,
      progress: request.progress,
    });
    profile = data.profile;
    emptyFiles = data.emptyFiles;
  }

  if (schema === undefined) {
    schema = inferSchema(profile, { label: request.label, source: request.data ?? 'merged profiles' });
    schemaSource = 'inferred-from-data';
  }
  if (request.inferSchemaTo !== undefined) {
    const source = referenceProfile ?? profile;
    const inferred = inferSchema(source, {
      label: request.label,
      source: request.reference ?? request.data ?? 'merged profiles',
    });
    await writeSchema(request.inferSchemaTo, inferred);
  }

  const anomalies = detectAnomalies(profile, schema, {
    environment: request.environment,
    label: request.label,
    reference: referenceProfile ?? undefined,
    severity: request.severity,
    emptyFiles,
  });

  let drift: DatasetDrift | null = null;
  const identifiers = referenceProfile === null ? [] : identifierColumns(referenceProfile);
  if (referenceProfile !== null) {
    const skip = new Set(identifiers);
    const withoutIdentifiers = (all: Map<string, FeatureDistribution>) =>
      new Map([...all].filter(([name]) => !skip.has(name)));
    // Loaded only here: the statistical tests' library takes tens of milliseconds to load, and a run without a
    // reference has no use for it.
    const [{ detectDrift }, { distributions }] = await Promise.all([
      import('../stats/drift.js'),
      import('./distributions.js'),
    ]);
    drift = detectDrift(
      withoutIdentifiers(distributions(referenceProfile, schema)),
      withoutIdentifiers(distributions(profile, schema)),
      request.drift,
    );
  }

  const checks = verdictChecks(profile, schema, anomalies, drift, request.failOn);
  for (const name of identifiers) {
    checks.push({
      check: 'drift.feature',
      status: 'skip',
      feature: name,
      value: null,
      threshold: null,
      message: `"${name}" looks like an identifier (mostly unique text values): no drift test; override in validate-data.drift.features to force one`,
    });
  }
  const failed = checks.some((check) => check.status === 'fail');
  return {
    verdict: { kind: 'validate-data', passed: !failed, checks, createdAt: new Date().toISOString() },
    profile,
    referenceProfile,
    schema,
    schemaSource,
    anomalies,
    drift,
    statistics: profile.columns.map(columnStatistics),
  };
}

/**
 * Every measurement becomes a check, passing ones included. `fail-on` decides which findings fail:
 * schema anomalies fail under `schema` and `drift`; drift fails only under `drift` (else it warns).
 */
function verdictChecks(
  profile: DataProfile,
  schema: DataSchema,
  anomalies: Anomaly[],
  drift: DatasetDrift | null,
  failOn: FailOn,
): Check[] {
  const demote = (check: Check): Check =>
    failOn === 'none' && check.status === 'fail' ? { ...check, status: 'warn' } : check;
  const checks: Check[] = [
    {
      check: 'schema.rows',
      status: 'pass',
      value: profile.rows,
      threshold: schema.rows?.min ?? 1,
      message: `${profile.rows} rows in ${profile.sources.length} file(s)`,
    },
  ];
  const anomalous = new Set(anomalies.map((anomaly) => anomaly.feature).filter((f) => f !== undefined));
  for (const feature of schema.features) {
    if (anomalous.has(feature.name)) continue;
    checks.push({
      check: 'schema.feature',
      status: 'pass',
      feature: feature.name,
      value: feature.type,
      threshold: null,
      message: `"${feature.name}" matches the schema`,
    });
  }
  for (const anomaly of anomalies) {
    const { kind: _kind, count: _count, ...check } = anomaly;
    checks.push(demote(check));
  }
  if (drift !== null) {
    for (const feature of drift.features) {
      checks.push({
        check: 'drift.feature',
        status: feature.drifted ? (failOn === 'drift' ? 'fail' : 'warn') : 'pass',
        feature: feature.feature,
        value: round(feature.pValue ?? feature.statistic),
        threshold: feature.threshold,
        message: feature.reason,
      });
    }
    checks.push({
      check: 'drift.dataset',
      status: drift.datasetDrifted ? (failOn === 'drift' ? 'fail' : 'warn') : 'pass',
      value: round(drift.share),
      threshold: null,
      message: `${drift.driftedCount} of ${drift.features.length} features drifted (${(drift.share * 100).toFixed(1)}%), correction: ${drift.correction}`,
    });
  }
  return checks;
}

function round(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(6)) : value;
}

/** Text columns whose values are mostly unique (ids, free text): their distribution carries no drift signal. */
function identifierColumns(reference: DataProfile): string[] {
  return reference.columns
    .filter((column) => {
      const present = column.count - column.missing;
      if (column.strings.count === 0 || present === 0) return false;
      const distinct = exactDistinctCount(column) ?? DistinctSketch.fromJSON(column.distinct).estimate();
      return distinct > 0.5 * present && distinct > 20;
    })
    .map((column) => column.name);
}
