import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import path from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { ConfigurationError } from '../core/errors.js';
import { readJsonFile } from '../core/json-file.js';
import { checkedBy } from '../core/validator.js';
import validateLineage from '../generated/validators/lineage-record.js';
import { removeDeadTemporaries, writeFileAtomic } from '../registry/atomic.js';
import {
  type ChainRole,
  type ExecutionStatus,
  LINEAGE_FORMAT,
  LINEAGE_FORMAT_VERSION,
  type LineageArtifact,
  type LineageChain,
  type LineageEvent,
  type LineageRecord,
} from './types.js';

const validateSchema = checkedBy<LineageRecord>(
  validateLineage,
  'lineage record (see schemas/lineage-record.schema.json)',
);

/** Schema plus what a schema cannot say: unique artifact ids, events that name an artifact, time running forward. */
export function validateLineageRecord(value: unknown, source: string): LineageRecord {
  const record = validateSchema(value, source);
  const ids = new Set<string>();
  for (const artifact of record.artifacts) {
    if (ids.has(artifact.id)) {
      throw new ConfigurationError(`${source} is not a valid lineage record: artifact id ${artifact.id} is used twice`);
    }
    ids.add(artifact.id);
  }
  for (const event of record.events) {
    if (!ids.has(event.artifactId)) {
      throw new ConfigurationError(
        `${source} is not a valid lineage record: an ${event.type} event names artifact ${event.artifactId}, which is not among its artifacts`,
      );
    }
  }
  if (Date.parse(record.execution.endedAt) < Date.parse(record.execution.startedAt)) {
    throw new ConfigurationError(`${source} is not a valid lineage record: execution.endedAt is before startedAt`);
  }
  return record;
}

/** `0.1.0+<commit>`: the code that ran, as precisely as known. */
export function pipelineVersion(commit: string | undefined = process.env.GITHUB_SHA): string {
  return commit === undefined || commit === '' ? packageJson.version : `${packageJson.version}+${commit.slice(0, 12)}`;
}

export interface RecordInput {
  component: string;
  startedAt: Date;
  endedAt: Date;
  status: ExecutionStatus;
  parameters?: Record<string, unknown>;
  /** Artifacts with the direction in which this run used them. */
  inputs?: LineageArtifact[];
  outputs?: LineageArtifact[];
  previousModel?: string;
  metrics?: Record<string, number | null>;
  verdicts?: Array<{ kind: string; passed: boolean }>;
  id?: string;
  gpu?: string;
  commit?: string;
  env?: NodeJS.ProcessEnv;
}

/** Builds a valid record from what an orchestrator knows; executor and run details come from the environment. */
export function buildLineageRecord(input: RecordInput): LineageRecord {
  const env = input.env ?? process.env;
  const artifacts = [...(input.inputs ?? []), ...(input.outputs ?? [])];
  const events: LineageEvent[] = [
    ...(input.inputs ?? []).map((artifact) => ({ artifactId: artifact.id, type: 'INPUT' as const })),
    ...(input.outputs ?? []).map((artifact) => ({ artifactId: artifact.id, type: 'OUTPUT' as const })),
  ];
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const record: LineageRecord = {
    format: LINEAGE_FORMAT,
    formatVersion: LINEAGE_FORMAT_VERSION,
    execution: {
      id: input.id ?? randomUUID(),
      component: input.component,
      pipelineVersion: pipelineVersion(input.commit ?? env.GITHUB_SHA),
      startedAt: input.startedAt.toISOString(),
      endedAt: input.endedAt.toISOString(),
      durationSeconds: Math.max(0, (input.endedAt.getTime() - input.startedAt.getTime()) / 1000),
      executor: {
        runner: env.RUNNER_NAME ?? 'local',
        os: `${platform()}-${arch()}`,
        ...(input.gpu === undefined ? {} : { gpu: input.gpu }),
      },
      parameters: input.parameters ?? {},
      status: input.status,
      ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
      ...(runUrl === undefined ? {} : { runUrl }),
    },
    artifacts,
    events,
    ...(input.previousModel === undefined ? {} : { previousModel: input.previousModel }),
    ...(input.metrics === undefined ? {} : { metrics: input.metrics }),
    ...(input.verdicts === undefined ? {} : { verdicts: input.verdicts }),
  };
  return validateLineageRecord(record, `the lineage record of ${input.component}`);
}

const ROLES: Record<string, ChainRole> = {
  'validate-data': 'data',
  train: 'train',
  evaluate: 'evaluate',
  'compare-baseline': 'compare',
  'check-serving-compat': 'serving',
  'load-test': 'serving',
  promote: 'promote',
};

export function roleOf(component: string): ChainRole {
  return ROLES[component] ?? 'other';
}

/**
 * The embedded metadata store: one immutable JSON file per run under <root>/records/, named
 * `<startedAt, compact>-<execution id>.json` so a directory listing is already in time order. Each file is
 * written atomically (dot-prefixed temp + rename) and has a unique name, so writers need no lock.
 */
export class LineageStore {
  constructor(readonly root: string) {}

  private get directory(): string {
    return path.join(this.root, 'records');
  }

  /** Writes a record; appending the same execution id again is a no-op when the content is the same. */
  async append(record: LineageRecord): Promise<string> {
    const checked = validateLineageRecord(record, `the lineage record of ${record.execution?.component ?? 'a run'}`);
    const stamp = checked.execution.startedAt.replace(/[-:]/g, '').replace(/\.\d+/, '');
    const file = path.join(this.directory, `${stamp}-${checked.execution.id}.json`);
    const text = `${JSON.stringify(checked, null, 2)}\n`;
    await mkdir(this.directory, { recursive: true });
    const existing = await readFile(file, 'utf8').catch(() => undefined);
    if (existing !== undefined) {
      if (existing === text) return file;
      throw new ConfigurationError(
        `${file} already records execution ${checked.execution.id} with different content: execution ids must be unique`,
      );
    }
    await removeDeadTemporaries(this.directory, '.');
    await writeFileAtomic(file, text);
    return file;
  }

  /** Every record, oldest first. */
  async all(): Promise<LineageRecord[]> {
    const names = await readdir(this.directory).catch(() => [] as string[]);
    const records: LineageRecord[] = [];
    for (const name of names) {
      if (name.startsWith('.') || !name.endsWith('.json')) continue;
      const file = path.join(this.directory, name);
      records.push(validateLineageRecord(await readJsonFile(file, 'lineage record'), file));
    }
    return records.sort(byTime);
  }

  /** The runs that read or wrote `version` (as any artifact: the model itself, or a baseline input), oldest first. */
  async forVersion(version: string): Promise<LineageRecord[]> {
    return (await this.all()).filter((record) => record.artifacts.some((artifact) => artifact.digest === version));
  }

  /**
   * The version's history in time order: the data checks of its training data (runs on those Dataset
   * digests that produced no model), its training, then every run that used it (evaluate, compare,
   * serving checks, promotions).
   */
  async chain(version: string): Promise<LineageChain> {
    const records = await this.all();
    const touching = records.filter((record) => record.artifacts.some((artifact) => artifact.digest === version));
    const producers = touching.filter((record) =>
      record.events.some((event) => {
        const artifact = record.artifacts.find((item) => item.id === event.artifactId);
        return event.type === 'OUTPUT' && artifact?.type === 'Model' && artifact.digest === version;
      }),
    );
    const trainingData = new Map<string, LineageArtifact>();
    for (const record of producers) {
      for (const event of record.events) {
        const artifact = record.artifacts.find((item) => item.id === event.artifactId);
        if (event.type === 'INPUT' && artifact?.type === 'Dataset') trainingData.set(artifact.digest, artifact);
      }
    }
    const trainedBy = Math.max(...producers.map((record) => Date.parse(record.execution.endedAt)));
    const dataChecks = records.filter(
      (record) =>
        !touching.includes(record) &&
        !record.artifacts.some((artifact) => artifact.type === 'Model') &&
        record.artifacts.some((artifact) => artifact.type === 'Dataset' && trainingData.has(artifact.digest)) &&
        Date.parse(record.execution.startedAt) <= trainedBy,
    );
    const steps = [...dataChecks, ...touching].sort(byTime).map((record) => ({
      role: dataChecks.includes(record) ? ('data' as const) : roleOf(record.execution.component),
      record,
    }));
    return { version, trainingData: [...trainingData.values()], steps };
  }
}

function byTime(a: LineageRecord, b: LineageRecord): number {
  return (
    Date.parse(a.execution.startedAt) - Date.parse(b.execution.startedAt) ||
    Date.parse(a.execution.endedAt) - Date.parse(b.execution.endedAt) ||
    a.execution.id.localeCompare(b.execution.id)
  );
}
