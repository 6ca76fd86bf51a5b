import type { ModelManifest } from '../model/package.js';

export const STAGES = ['dev', 'staging', 'production'] as const;
export type Stage = (typeof STAGES)[number];

/** A verdict file produced by an action, kept with the version it judged. */
export interface EvidenceRecord {
  /** validate-data | compare-baseline | check-serving-compat | load-test | evaluate | train */
  kind: string;
  passed: boolean;
  /** sha256 of the verdict file's bytes, so evidence cannot be swapped after the fact. */
  digest: string;
  /** Where it was produced (workflow run URL or local path). */
  source: string;
  /** The model version the verdict is about; data verdicts may carry the data digest instead. */
  version?: string;
  /** Git commit the verdict was produced from (for deploy-code promotions). */
  commit?: string;
  recordedAt: string;
}

/** One entry of a stage's history: what was live from when, and why. */
export interface AliasEvent {
  stage: Stage;
  version: string;
  previous: string | null;
  action: 'promote' | 'rollback';
  reason: string;
  actor: string;
  at: string;
  runUrl?: string;
  /** Evidence checked for this promotion (kinds and digests). */
  evidence: Array<{ kind: string; digest: string; passed: boolean }>;
  /** Deployment recorded on GitHub, when any. */
  deploymentId?: number;
  /** The stage's deployment succeeded (the service runs this version): counted for production's staging runs. */
  outcome: 'success' | 'failure' | 'pending';
}

export interface RegisteredVersion {
  version: string;
  manifest: ModelManifest;
  registeredAt: string;
  evidence: EvidenceRecord[];
}

/**
 * The model registry: versions are immutable and addressed by digest; stages are aliases with full history.
 * Every write is atomic and serialised, so concurrent promotions never lose an update and a crash leaves
 * the registry readable and unchanged.
 */
export interface ModelRegistry {
  /** A human-readable location for messages ("fs:.mlops/registry", "github:owner/repo"). */
  readonly location: string;
  /** Registers a package directory (idempotent: the same digest registers once) and returns its version. */
  register(packageDirectory: string): Promise<RegisteredVersion>;
  get(version: string): Promise<RegisteredVersion | undefined>;
  /** Copies a registered version's package files into `directory` (for serving or comparison). */
  download(version: string, directory: string): Promise<void>;
  list(): Promise<RegisteredVersion[]>;
  addEvidence(version: string, evidence: EvidenceRecord): Promise<void>;
  /** The version a stage points at now, or undefined. */
  current(stage: Stage): Promise<string | undefined>;
  history(stage: Stage): Promise<AliasEvent[]>;
  /**
   * Moves a stage to `event.version` if the stage still points at `event.previous` (compare-and-swap), and
   * appends the event to its history; throws ConcurrentUpdateError when another writer got there first.
   */
  moveAlias(event: AliasEvent): Promise<void>;
}

export class ConcurrentUpdateError extends Error {
  override readonly name = 'ConcurrentUpdateError';
}
