import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { configSection } from '../config/config.js';
import { ConfigurationError } from '../core/errors.js';
import type { AttestationPort } from '../promote/attestation.js';
import { DEFAULT_REQUIREMENTS, EVIDENCE_KINDS, EVIDENCE_SOURCES, type EvidenceKind } from '../promote/evidence.js';
import type { DeploymentPort } from '../promote/promote.js';
import { STAGES, type Stage } from '../registry/types.js';
import { checksLines, checksTable } from '../report/markdown.js';
import { ActionInputs, setOutputs } from './inputs.js';
import type { ActionIO, ActionOutcome } from './io.js';

const ACTION = 'promote';
/** As ATTEST_MODES of promote/attestation.ts, repeated so the action checks its inputs before loading domain code. */
const ATTEST_MODES = ['auto', 'true', 'false'] as const;

async function currentCommit(): Promise<string | undefined> {
  if (process.env.GITHUB_SHA) return process.env.GITHUB_SHA;
  try {
    return (await promisify(execFile)('git', ['rev-parse', 'HEAD'], { timeout: 5000 })).stdout.trim();
  } catch {
    return undefined;
  }
}

function kindList(value: unknown, key: string): EvidenceKind[] {
  if (!Array.isArray(value) || !value.every((item) => (EVIDENCE_KINDS as readonly unknown[]).includes(item))) {
    throw new ConfigurationError(
      `mlops.yml: \`promote.requirements.${key}\` must be a list of ${EVIDENCE_KINDS.join(', ')}`,
    );
  }
  return value as EvidenceKind[];
}

/** Reads inputs into a promotion request, checks the evidence, moves the stage, records the deployment. */
export async function runPromote(io: ActionIO): Promise<ActionOutcome> {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string('output') ?? path.join('.mlops', ACTION);
  const requested = inputs.string('to');
  if (requested === undefined) throw new ConfigurationError(`${ACTION}: set \`to\` (${STAGES.join(', ')})`);
  const to = inputs.oneOf('to', STAGES, requested as Stage);
  const registryLocation = inputs.string('registry') ?? path.join('.mlops', 'registry');
  // The registry code (and its validators) loads once the stage is known: a missing input fails first.
  const registry = (await import('../registry/open.js')).openRegistry(registryLocation);
  const configuredEvidence = (section.evidence ?? {}) as Partial<Record<EvidenceKind, string>>;
  const evidenceFiles = new Map(
    EVIDENCE_KINDS.map((kind) => [
      kind,
      configuredEvidence[kind] === undefined
        ? EVIDENCE_SOURCES[kind].file
        : inputs.configPath(configuredEvidence[kind] as string),
    ]),
  );
  const configuredRequirements = (section.requirements ?? {}) as Partial<Record<Stage, unknown>>;
  const requirements =
    configuredRequirements[to] === undefined ? DEFAULT_REQUIREMENTS[to] : kindList(configuredRequirements[to], to);
  const env = process.env;
  const token = inputs.string('github-token');
  const onGitHub = env.GITHUB_ACTIONS === 'true' && token !== undefined && env.GITHUB_REPOSITORY !== undefined;
  const attest = inputs.oneOf('attest', ATTEST_MODES, 'auto');
  let deployments: DeploymentPort | undefined;
  let attestations: AttestationPort | undefined;
  if (onGitHub) {
    const { githubDeploymentPort } = await import('../github/promote-port.js');
    deployments = githubDeploymentPort({
      token: token as string,
      repository: env.GITHUB_REPOSITORY as string,
      ref: env.GITHUB_SHA ?? 'HEAD',
      ...(env.GITHUB_API_URL === undefined ? {} : { apiUrl: env.GITHUB_API_URL }),
      registryRecordsDeployments: registryLocation.startsWith('github'),
    });
    if (attest !== 'false') {
      const { githubAttestationPort } = await import('../github/attest-port.js');
      attestations = githubAttestationPort({
        token: token as string,
        repository: env.GITHUB_REPOSITORY as string,
        ...(env.GITHUB_API_URL === undefined ? {} : { apiUrl: env.GITHUB_API_URL }),
      });
    }
  }
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const commit = await currentCommit();
  const model = inputs.string('model');
  const environmentUrl = inputs.string('environment-url');
  // Built before the domain module loads, so a missing input fails without loading it.
  const request: Parameters<typeof import('../promote/promote.js').promote>[0] = {
    registry,
    ...(model === undefined ? {} : { model }),
    to,
    rollback: inputs.boolean('rollback', false),
    reason: inputs.string('reason') ?? 'no reason given',
    actor: env.GITHUB_ACTOR ?? os.userInfo().username,
    ...(runUrl === undefined ? {} : { runUrl }),
    requirements,
    evidenceFiles,
    requiredStagingRuns: inputs.number('required-staging-runs', 1, { min: 0, max: 1000 }),
    mode: inputs.oneOf('mode', ['deploy-models', 'deploy-code'] as const, 'deploy-models'),
    ...(commit === undefined ? {} : { commit }),
    ...(deployments === undefined ? {} : { deployments }),
    allowUnprotectedProduction: inputs.boolean('allow-unprotected-production', false),
    ...(environmentUrl === undefined ? {} : { environmentUrl }),
    attest,
    ...(attestations === undefined ? {} : { attestations }),
  };
  const result = await (await import('../promote/promote.js')).promote(request);
  await mkdir(output, { recursive: true });
  const auditPath = path.join(output, 'audit-entry.json');
  const document = { format: 'mlops-actions/promotion', formatVersion: 1, registry: registry.location, ...result };
  await writeFile(auditPath, `${JSON.stringify(document, null, 2)}\n`);
  setOutputs(io, ACTION, {
    promoted: String(result.promoted),
    version: result.promoted ? (result.version ?? '') : (result.previous ?? ''),
    'previous-version': result.previous ?? '',
    'deployment-id': result.deploymentId === undefined ? '' : String(result.deploymentId),
    'audit-entry': auditPath,
  });
  for (const check of result.verdict.checks.filter((c) => c.status === 'fail').slice(0, 9))
    io.annotate('error', `${check.check}: ${check.message}`);
  const heading = result.promoted
    ? `## ✅ promote: ${to} ${result.unchanged ? 'already runs' : 'now runs'} \`${result.version?.slice(0, 19)}…\``
    : `## ❌ promote: ${to} refused for \`${result.version?.slice(0, 19) ?? '?'}…\``;
  await io.summary([heading, '', ...checksTable(result.verdict.checks), ''].join('\n'));
  io.report(
    [
      `promote: ${result.promoted ? 'PROMOTED' : 'REFUSED'} (${to}, registry ${registry.location})`,
      ...checksLines(result.verdict.checks),
    ].join('\n'),
  );
  io.result(document);
  return {
    passed: result.promoted,
    lineage: {
      registry: registryLocation,
      parameters: {
        to,
        rollback: inputs.boolean('rollback', false),
        mode: inputs.oneOf('mode', ['deploy-models', 'deploy-code'] as const, 'deploy-models'),
        attest,
      },
      ...(result.version === undefined
        ? {}
        : {
            inputs: [
              {
                id: 'model',
                type: 'Model' as const,
                uri: `${registry.location}#${result.version}`,
                digest: result.version,
                properties: { stage: to },
              },
            ],
          }),
      ...(result.previous === undefined ? {} : { previousModel: result.previous }),
      verdicts: [{ kind: 'promote', passed: result.promoted }],
    },
  };
}
