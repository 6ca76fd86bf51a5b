/** The lineage record of one action run, shaped like ML Metadata (schemas/lineage-record.schema.json). */

export const LINEAGE_FORMAT = 'mlops-actions/lineage';
export const LINEAGE_FORMAT_VERSION = 1;

export type ArtifactType = 'Dataset' | 'Model' | 'Metrics' | 'Verdict' | 'Profile';
export type EventType = 'INPUT' | 'OUTPUT';
export type ExecutionStatus = 'passed' | 'failed' | 'error';

export interface LineageArtifact {
  /** Unique within the record; events refer to it. */
  id: string;
  type: ArtifactType;
  /** Where it was (a path, a registry location, a URL): informative, the digest is the identity. */
  uri: string;
  /**
   * sha256:<hex>. A Model's digest is its version; a Dataset's is src/data/digest.ts digestFiles' digest
   * (what the manifest's training.data.digest records), so data checks and training join on it.
   */
  digest: string;
  properties: Record<string, unknown>;
}

export interface LineageEvent {
  artifactId: string;
  type: EventType;
}

export interface LineageExecution {
  id: string;
  /** The action name: validate-data, train, evaluate, compare-baseline, check-serving-compat, load-test, promote. */
  component: string;
  /** mlops-actions version, `+<commit>` when the git commit is known. */
  pipelineVersion: string;
  startedAt: string;
  endedAt: string;
  durationSeconds: number;
  executor: { runner: string; os: string; gpu?: string };
  parameters: Record<string, unknown>;
  /** passed (exit 0), failed (a gate failed, exit 1), error (configuration or internal error). */
  status: ExecutionStatus;
  actor?: string;
  runUrl?: string;
}

export interface LineageRecord {
  format: typeof LINEAGE_FORMAT;
  formatVersion: typeof LINEAGE_FORMAT_VERSION;
  execution: LineageExecution;
  artifacts: LineageArtifact[];
  events: LineageEvent[];
  /** The baseline version the run compared against (compare-baseline) or replaced (promote). */
  previousModel?: string;
  metrics?: Record<string, number | null>;
  verdicts?: Array<{ kind: string; passed: boolean }>;
}

export type ChainRole = 'data' | 'train' | 'evaluate' | 'compare' | 'serving' | 'promote' | 'other';

export interface ChainStep {
  role: ChainRole;
  record: LineageRecord;
}

/** A model version's history, oldest first: the checks of its training data, its training, its judges, its moves. */
export interface LineageChain {
  version: string;
  /** The Dataset inputs of the run(s) that produced the version; empty when its training was not recorded. */
  trainingData: LineageArtifact[];
  steps: ChainStep[];
}
