import { stat } from 'node:fs/promises';
import { ConfigurationError } from '../core/errors.js';
import type { Check, Verdict } from '../core/verdict.js';
import { type AliasEvent, ConcurrentUpdateError, type ModelRegistry, STAGES, type Stage } from '../registry/types.js';
import { type AttestationPort, type AttestMode, SupplyChain } from './attestation.js';
import { type EvidenceKind, evidenceGaps, readVerdictFile, toEvidenceRecord, type VerdictFile } from './evidence.js';

export type DeploymentMode = 'deploy-models' | 'deploy-code';

/** What promote needs from GitHub: environment protection and a deployment record (absent locally). */
export interface DeploymentPort {
  protection(stage: Stage): Promise<{ exists: boolean; protected: boolean; message: string }>;
  /** Records a deployment of `event.version` to the stage with a success status; returns its id, if it made one. */
  record(event: AliasEvent, environmentUrl: string | undefined): Promise<number | undefined>;
}

export interface PromoteRequest {
  registry: ModelRegistry;
  /** A version digest, a stage alias to copy from, or a model package directory. */
  model?: string;
  to: Stage;
  rollback: boolean;
  reason: string;
  actor: string;
  runUrl?: string;
  requirements: readonly EvidenceKind[];
  evidenceFiles: ReadonlyMap<EvidenceKind, string>;
  requiredStagingRuns: number;
  mode: DeploymentMode;
  /** The commit this run builds from (deploy-code compares it with the model's training commit). */
  commit?: string;
  deployments?: DeploymentPort;
  allowUnprotectedProduction: boolean;
  environmentUrl?: string;
  /** Provenance attestation of model.onnx: `auto` (default) where possible, `true` required, `false` off. */
  attest?: AttestMode;
  /** GitHub's attestations API and a Sigstore signer (absent locally). */
  attestations?: AttestationPort;
}

export interface PromoteResult {
  verdict: Verdict;
  promoted: boolean;
  version: string | undefined;
  previous: string | undefined;
  /** True when the stage already pointed at the version: nothing changed, and that is a success. */
  unchanged: boolean;
  event?: AliasEvent;
  deploymentId?: number;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** Resolves what to promote: a digest, another stage's current version, or a package (registered first). */
async function resolveVersion(registry: ModelRegistry, model: string): Promise<string> {
  if (DIGEST.test(model)) {
    if ((await registry.get(model)) === undefined) {
      throw new ConfigurationError(
        `promote: ${model} is not in the registry ${registry.location}; register its package first (give its directory as \`model\`)`,
      );
    }
    return model;
  }
  if ((STAGES as readonly string[]).includes(model)) {
    const current = await registry.current(model as Stage);
    if (current === undefined)
      throw new ConfigurationError(`promote: stage ${model} has no model yet, so there is nothing to promote from it`);
    return current;
  }
  const info = await stat(model).catch(() => undefined);
  if (info?.isDirectory() !== true) {
    throw new ConfigurationError(
      `promote: model "${model}" is neither a version (sha256:<hex>), a stage (${STAGES.join(', ')}) nor a model package directory`,
    );
  }
  return (await registry.register(model)).version;
}

function check(
  check: string,
  passed: boolean,
  value: Check['value'],
  threshold: Check['threshold'],
  message: string,
): Check {
  return { check, status: passed ? 'pass' : 'fail', value, threshold, message };
}

/**
 * Moves a stage to a version only with the evidence the stage requires (fail closed), then records the
 * move: compare-and-swap in the registry, a GitHub deployment when on GitHub, and the audit entry.
 */
export async function promote(request: PromoteRequest): Promise<PromoteResult> {
  const { registry, to } = request;
  const previous = await registry.current(to);
  const checks: Check[] = [];
  let version: string;
  if (request.rollback) {
    const history = await registry.history(to);
    const last = history[history.length - 1];
    if (last === undefined || last.previous === null) {
      throw new ConfigurationError(
        `promote: stage ${to} has no earlier version to roll back to (${history.length} promotions recorded)`,
      );
    }
    version = last.previous;
    checks.push(
      check(
        'promote.rollback',
        true,
        version,
        null,
        `rolling ${to} back from ${previous?.slice(0, 19) ?? 'nothing'}… to ${version.slice(0, 19)}…, which was live before`,
      ),
    );
  } else {
    if (request.model === undefined)
      throw new ConfigurationError(
        'promote: set `model` (a version, a stage to promote from, or a package) or `rollback: true`',
      );
    version = await resolveVersion(registry, request.model);
  }
  if (previous === version && !request.rollback) {
    checks.push(
      check('promote.idempotent', true, version, null, `${to} already runs ${version.slice(0, 19)}…; nothing to do`),
    );
    return { verdict: verdictOf(checks), promoted: true, version, previous, unchanged: true };
  }
  const registered = await registry.get(version);
  if (registered === undefined)
    throw new ConfigurationError(`promote: ${version} is not in the registry ${registry.location}`);

  const fresh = new Map<EvidenceKind, VerdictFile>();
  for (const [kind, file] of request.evidenceFiles) {
    const verdict = await readVerdictFile(kind, file);
    if (verdict !== undefined) fresh.set(kind, verdict);
  }
  if (!request.rollback) {
    const gaps = evidenceGaps(request.requirements, version, fresh, registered.evidence);
    for (const kind of request.requirements) {
      const gap = gaps.find((item) => item.kind === kind);
      checks.push(
        check(
          `evidence.${kind}`,
          gap === undefined,
          gap === undefined ? 'present' : gap.problem,
          'passed verdict for this version',
          gap?.message ?? `${kind} verdict present and passed`,
        ),
      );
    }
    if (request.mode === 'deploy-code') {
      const trainedAt = registered.manifest.lineage.git?.commit;
      const same = request.commit !== undefined && trainedAt === request.commit;
      checks.push(
        check(
          'promote.code-commit',
          same,
          trainedAt ?? null,
          request.commit ?? null,
          same
            ? `the model was trained from this commit (${trainedAt?.slice(0, 12)})`
            : `deploy-code: the model was trained from ${trainedAt?.slice(0, 12) ?? 'an unknown commit'}, not from the commit being deployed (${request.commit?.slice(0, 12) ?? 'unknown'}); retrain in this stage from the reviewed code`,
        ),
      );
    }
    if (to === 'production') {
      const stagingRuns = (await registry.history('staging')).filter(
        (event) => event.version === version && event.outcome === 'success',
      ).length;
      checks.push(
        check(
          'promote.staging-runs',
          stagingRuns >= request.requiredStagingRuns,
          stagingRuns,
          request.requiredStagingRuns,
          `${version.slice(0, 19)}… had ${stagingRuns} successful staging deployment(s); production needs ${request.requiredStagingRuns}`,
        ),
      );
    }
  }
  if (to === 'production') {
    if (request.deployments === undefined) {
      checks.push({
        check: 'promote.environment-protection',
        status: request.allowUnprotectedProduction ? 'warn' : 'fail',
        value: 'not on GitHub',
        threshold: 'protected environment',
        message: request.allowUnprotectedProduction
          ? 'not running on GitHub: the production environment protection could not be checked (allowed by allow-unprotected-production)'
          : 'not running on GitHub, so the production environment protection cannot be checked: promote to production from the production workflow, or set allow-unprotected-production: true',
      });
    } else {
      const protection = await request.deployments.protection('production');
      checks.push({
        check: 'promote.environment-protection',
        status: protection.protected ? 'pass' : request.allowUnprotectedProduction ? 'warn' : 'fail',
        value: protection.protected,
        threshold: 'protected',
        message:
          protection.protected || !request.allowUnprotectedProduction
            ? protection.message
            : `${protection.message} (allowed by allow-unprotected-production)`,
      });
    }
  }
  const supplyChain = new SupplyChain({
    mode: request.attest ?? 'auto',
    port: request.attestations,
    version,
    to,
  });
  // A rollback returns to a version production already ran: it was checked when it went live, and waiting on
  // an attestation lookup is the last thing an incident needs.
  if (to === 'production' && !request.rollback) checks.push(await supplyChain.verify());
  if (checks.some((item) => item.status === 'fail')) {
    return { verdict: verdictOf(checks), promoted: false, version, previous, unchanged: false };
  }
  // Attested only once every other gate passed, so a refused model leaves no signed statement behind.
  const provenance = request.rollback ? undefined : await supplyChain.attest();
  if (provenance?.check !== undefined) checks.push(provenance.check);
  if (checks.some((item) => item.status === 'fail')) {
    return { verdict: verdictOf(checks), promoted: false, version, previous, unchanged: false };
  }

  const evidence = [...fresh.values()].map((file) =>
    toEvidenceRecord(file, version, request.runUrl ?? file.path, request.commit),
  );
  for (const record of evidence.filter((item) => item.version === version)) await registry.addEvidence(version, record);
  const event: AliasEvent = {
    stage: to,
    version,
    previous: previous ?? null,
    action: request.rollback ? 'rollback' : 'promote',
    reason: request.reason,
    actor: request.actor,
    at: new Date().toISOString(),
    ...(request.runUrl === undefined ? {} : { runUrl: request.runUrl }),
    evidence: [
      ...evidence.map((record) => ({ kind: record.kind, digest: record.digest, passed: record.passed })),
      ...(provenance?.evidence === undefined ? [] : [provenance.evidence]),
    ],
    outcome: 'success',
  };
  const deploymentId = await request.deployments?.record(event, request.environmentUrl);
  if (deploymentId !== undefined) event.deploymentId = deploymentId;
  try {
    await registry.moveAlias(event);
  } catch (error) {
    if (error instanceof ConcurrentUpdateError) {
      checks.push(
        check(
          'promote.concurrent',
          false,
          null,
          null,
          `${error.message}: another promotion of ${to} finished first; re-run to promote on top of it`,
        ),
      );
      return { verdict: verdictOf(checks), promoted: false, version, previous, unchanged: false };
    }
    throw error;
  }
  checks.push(
    check(
      'promote.moved',
      true,
      version,
      null,
      `${to} now runs ${version.slice(0, 19)}… (was ${previous?.slice(0, 19) ?? 'nothing'}${previous === undefined ? '' : '…'})`,
    ),
  );
  return {
    verdict: verdictOf(checks),
    promoted: true,
    version,
    previous,
    unchanged: false,
    event,
    ...(event.deploymentId === undefined ? {} : { deploymentId: event.deploymentId }),
  };
}

function verdictOf(checks: Check[]): Verdict {
  return {
    kind: 'promote',
    passed: checks.every((item) => item.status !== 'fail'),
    checks,
    createdAt: new Date().toISOString(),
  };
}
