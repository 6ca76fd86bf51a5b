import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConfigurationError, shorten } from '../core/errors.js';
import type { EvidenceRecord, Stage } from '../registry/types.js';

/** The verdicts a promotion may need, by what they judge. */
export const EVIDENCE_KINDS = ['data', 'model', 'infra', 'perf'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Which action writes each kind of verdict, and where it lands by default. */
export const EVIDENCE_SOURCES: Record<EvidenceKind, { action: string; file: string }> = {
  data: { action: 'validate-data', file: '.mlops/validate-data/result.json' },
  model: { action: 'compare-baseline', file: '.mlops/compare-baseline/verdict.json' },
  infra: { action: 'check-serving-compat', file: '.mlops/check-serving-compat/verdict.json' },
  perf: { action: 'load-test', file: '.mlops/load-test/verdict.json' },
};

/** Google's MLOps guidance as defaults: each stage needs more proof than the one before. */
export const DEFAULT_REQUIREMENTS: Record<Stage, EvidenceKind[]> = {
  dev: ['data', 'model'],
  staging: ['data', 'model', 'infra', 'perf'],
  production: ['data', 'model', 'infra', 'perf'],
};

export interface VerdictFile {
  kind: EvidenceKind;
  path: string;
  passed: boolean;
  /** The model version the verdict judged, when it names one (data verdicts judge data, not a model). */
  version?: string;
  digest: string;
}

/**
 * Reads one action's verdict file. The version is read where each action writes it: compare-baseline's
 * candidate, the serving and load verdicts' model; a verdict without `passed` is not evidence.
 */
export async function readVerdictFile(kind: EvidenceKind, path: string): Promise<VerdictFile | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigurationError(`cannot read the ${kind} verdict ${path}: ${(error as NodeJS.ErrnoException).code}`);
  }
  let document: unknown;
  try {
    document = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new ConfigurationError(
      `the ${kind} verdict ${path} is not valid JSON: ${shorten(bytes.toString('utf8'), 60)}`,
    );
  }
  const record = document as {
    verdict?: { passed?: unknown; kind?: unknown };
    model?: { version?: unknown };
    candidate?: { version?: unknown };
    candidateVersion?: unknown;
  };
  if (typeof record.verdict?.passed !== 'boolean') {
    throw new ConfigurationError(
      `${path} is not a verdict written by ${EVIDENCE_SOURCES[kind].action} (no verdict.passed)`,
    );
  }
  const expectedKind = EVIDENCE_SOURCES[kind].action;
  if (record.verdict.kind !== undefined && record.verdict.kind !== expectedKind) {
    throw new ConfigurationError(
      `${path} holds a ${String(record.verdict.kind)} verdict, not the ${expectedKind} verdict the ${kind} evidence needs`,
    );
  }
  const version = [record.candidate?.version, record.candidateVersion, record.model?.version].find(
    (value): value is string => typeof value === 'string',
  );
  return {
    kind,
    path,
    passed: record.verdict.passed,
    ...(version === undefined ? {} : { version }),
    digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
  };
}

export interface EvidenceGap {
  kind: EvidenceKind;
  problem: 'missing' | 'failed' | 'other-version';
  message: string;
}

/**
 * What a promotion lacks: each required kind must be present, passed, and (when it names a model) about
 * exactly this version. Verdicts recorded in the registry count as well as fresh files.
 */
export function evidenceGaps(
  required: readonly EvidenceKind[],
  version: string,
  fresh: ReadonlyMap<EvidenceKind, VerdictFile>,
  recorded: readonly EvidenceRecord[],
): EvidenceGap[] {
  const gaps: EvidenceGap[] = [];
  for (const kind of required) {
    const file = fresh.get(kind);
    const stored = recorded.filter(
      (record) => record.kind === kind && record.passed && (record.version === undefined || record.version === version),
    );
    if (file === undefined && stored.length === 0) {
      gaps.push({
        kind,
        problem: 'missing',
        message: `no ${kind} verdict: run ${EVIDENCE_SOURCES[kind].action} for ${version.slice(0, 19)}… (expected at ${EVIDENCE_SOURCES[kind].file} or set promote.evidence.${kind})`,
      });
      continue;
    }
    if (file !== undefined && file.version !== undefined && file.version !== version) {
      if (stored.length > 0) continue;
      gaps.push({
        kind,
        problem: 'other-version',
        message: `the ${kind} verdict ${file.path} judged ${file.version.slice(0, 19)}…, not ${version.slice(0, 19)}…`,
      });
      continue;
    }
    if (file !== undefined && !file.passed && stored.length === 0) {
      gaps.push({
        kind,
        problem: 'failed',
        message: `the ${kind} verdict ${file.path} failed: fix what it reports, then re-run ${EVIDENCE_SOURCES[kind].action}`,
      });
    }
  }
  return gaps;
}

export function toEvidenceRecord(file: VerdictFile, version: string, source: string, commit?: string): EvidenceRecord {
  return {
    kind: file.kind,
    passed: file.passed,
    digest: file.digest,
    source,
    version: file.version ?? version,
    ...(commit === undefined ? {} : { commit }),
    recordedAt: new Date().toISOString(),
  };
}
