import { ConfigurationError } from '../core/errors.js';
import { checkedBy } from '../core/validator.js';
import validateAliasEventSchema from '../generated/validators/registry-alias-event.js';
import validateEvidenceSchema from '../generated/validators/registry-evidence.js';
import validateStageSchema from '../generated/validators/registry-stage.js';
import validateVersionSchema from '../generated/validators/registry-version.js';
import { type AliasEvent, type EvidenceRecord, STAGES, type Stage } from './types.js';

/** The on-disk records of the registry, each with its JSON Schema in schemas/ (reusable by other backends). */

export const STAGE_FORMAT = 'mlops-actions/registry-stage';
export const VERSION_FORMAT = 'mlops-actions/registry-version';

/** stages/<stage>.json */
export interface StageFile {
  format: typeof STAGE_FORMAT;
  formatVersion: 1;
  stage: Stage;
  current: string | null;
  history: AliasEvent[];
}

export type PackageFileName = 'model.onnx' | 'model.json' | 'profile.json';

/** versions/<hex>/version.json */
export interface VersionFile {
  format: typeof VERSION_FORMAT;
  formatVersion: 1;
  version: string;
  registeredAt: string;
  source?: string;
  files: Array<{ name: PackageFileName; sha256: string; bytes: number }>;
}

export const validateStageFile = checkedBy<StageFile>(
  validateStageSchema,
  'registry stage file (see schemas/registry-stage.schema.json)',
);
export const validateVersionFile = checkedBy<VersionFile>(
  validateVersionSchema,
  'registry version record (see schemas/registry-version.schema.json)',
);
export const validateEvidence = checkedBy<EvidenceRecord>(
  validateEvidenceSchema,
  'evidence record (see schemas/registry-evidence.schema.json)',
);
// One definition of an event, the one the stage files use.
export const validateAliasEvent = checkedBy<AliasEvent>(
  validateAliasEventSchema,
  'alias event (see definitions.aliasEvent in schemas/registry-stage.schema.json)',
);

const VERSION_PATTERN = /^sha256:([0-9a-f]{64})$/;

/** The hex digest of a version string, or a ConfigurationError saying what a version looks like. */
export function versionHex(version: string): string {
  const match = VERSION_PATTERN.exec(version);
  if (match?.[1] === undefined) {
    throw new ConfigurationError(
      `${JSON.stringify(version)} is not a model version: expected sha256:<64 lowercase hex digits> (the digest of model.onnx)`,
    );
  }
  return match[1];
}

export function assertStage(stage: string): asserts stage is Stage {
  if (!(STAGES as readonly string[]).includes(stage)) {
    throw new ConfigurationError(`unknown stage ${JSON.stringify(stage)}: the stages are ${STAGES.join(', ')}`);
  }
}

/**
 * What the schema cannot say: `current` is the last event's version and each event's `previous` is the version
 * before it. A file that breaks this was edited by hand or corrupted; trusting it could skip a CAS check.
 */
export function checkStageConsistency(file: StageFile, stage: Stage, source: string): void {
  const problem = (text: string) =>
    new ConfigurationError(
      `${source} is inconsistent: ${text}; the registry's audit.jsonl lists every move, restore the file from it or from a backup`,
    );
  if (file.stage !== stage) throw problem(`it describes stage ${file.stage}, not ${stage}`);
  let previous: string | null = null;
  for (const [index, event] of file.history.entries()) {
    if (event.stage !== stage) throw problem(`history[${index}] is an event of stage ${event.stage}`);
    if (event.previous !== previous) {
      throw problem(`history[${index}].previous is ${event.previous} but the version before it is ${previous}`);
    }
    previous = event.version;
  }
  if (file.current !== previous) throw problem(`current is ${file.current} but the last move went to ${previous}`);
}
