/**
 * promote's gates on real registries and, for GitHub, against the contract server (GitHub's published REST
 * description checks every request and response): evidence per stage, staging runs before production,
 * environment protection, idempotency, rollback, deploy-code.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubDeploymentPort } from '../../src/github/promote-port.js';
import { writeModelPackage } from '../../src/model/package.js';
import { exportTabularModel } from '../../src/onnx/tabular.js';
import { EVIDENCE_SOURCES, type EvidenceKind } from '../../src/promote/evidence.js';
import { type PromoteRequest, promote } from '../../src/promote/promote.js';
import { FsRegistry } from '../../src/registry/fs.js';
import { ContractServer } from '../github/contract-server.js';
import { BINARY_FEATURES, binaryPackageParts, binarySpec, bindingsFor, manifestFor } from '../model/helpers.js';
import { useTempDir } from '../temp-dir.js';

let server: ContractServer;
beforeAll(async () => {
  server = await ContractServer.start();
});
afterAll(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

const temp = useTempDir('mlops-promote-test-');

const ALL: EvidenceKind[] = ['data', 'model', 'infra', 'perf'];

/** Writes passing (or failing) verdict files as the actions write them, about `version`. */
async function writeEvidence(directory: string, version: string, passed: Partial<Record<EvidenceKind, boolean>> = {}) {
  const files = new Map<EvidenceKind, string>();
  for (const kind of ALL) {
    const file = path.join(directory, EVIDENCE_SOURCES[kind].file);
    await mkdir(path.dirname(file), { recursive: true });
    const verdict = {
      kind: EVIDENCE_SOURCES[kind].action,
      passed: passed[kind] ?? true,
      checks: [],
      createdAt: '2026-01-01T00:00:00Z',
    };
    const document =
      kind === 'data'
        ? { verdict }
        : kind === 'model'
          ? { verdict, candidateVersion: version }
          : { verdict, model: { version } };
    await writeFile(file, JSON.stringify(document));
    files.set(kind, file);
  }
  return files;
}

async function setUp() {
  const registry = new FsRegistry(temp.path('registry'));
  const first = temp.path('first');
  await writeModelPackage(first, binaryPackageParts());
  const weights = Float32Array.from([0.5, 0.4, -1, 1, 0]);
  const onnx = exportTabularModel({
    ...binarySpec(),
    layers: [{ inputSize: 5, units: 1, weights, bias: Float32Array.from([0]), activation: 'linear' }],
  });
  const second = temp.path('second');
  await writeModelPackage(second, {
    onnx,
    manifest: manifestFor(onnx, { task: 'binary', inputs: bindingsFor(BINARY_FEATURES), label: 'churned' }),
  });
  const v1 = (await registry.register(first)).version;
  const v2 = (await registry.register(second)).version;
  return { registry, v1, v2 };
}

function request(
  base: Pick<PromoteRequest, 'registry' | 'to' | 'evidenceFiles'> & Partial<PromoteRequest>,
): PromoteRequest {
  return {
    rollback: false,
    reason: 'test',
    actor: 'tester',
    requirements: base.to === 'dev' ? ['data', 'model'] : ALL,
    requiredStagingRuns: 1,
    mode: 'deploy-models',
    allowUnprotectedProduction: false,
    ...base,
  };
}

function failing(result: Awaited<ReturnType<typeof promote>>): string[] {
  return result.verdict.checks.filter((check) => check.status === 'fail').map((check) => check.check);
}

describe('promote', () => {
  it('refuses without evidence, with failed evidence, and with evidence about another version', async () => {
    const { registry, v1, v2 } = await setUp();
    const none = await promote(request({ registry, to: 'dev', model: v1, evidenceFiles: new Map() }));
    expect(none.promoted).toBe(false);
    expect(failing(none)).toEqual(['evidence.data', 'evidence.model']);
    const failed = await promote(
      request({
        registry,
        to: 'dev',
        model: v1,
        evidenceFiles: await writeEvidence(temp.path('e1'), v1, { model: false }),
      }),
    );
    expect(failing(failed)).toEqual(['evidence.model']);
    const other = await promote(
      request({ registry, to: 'staging', model: v2, evidenceFiles: await writeEvidence(temp.path('e2'), v1) }),
    );
    expect(failing(other)).toEqual(['evidence.model', 'evidence.infra', 'evidence.perf']);
    expect(await registry.current('dev')).toBeUndefined();
    expect(await registry.current('staging')).toBeUndefined();
  });

  it('moves dev → staging → production, is idempotent, needs staging runs, and rolls back', async () => {
    const { registry, v1, v2 } = await setUp();
    const evidence1 = await writeEvidence(temp.path('v1'), v1);
    expect((await promote(request({ registry, to: 'staging', model: v1, evidenceFiles: evidence1 }))).promoted).toBe(
      true,
    );
    const production = await promote(
      request({
        registry,
        to: 'production',
        model: 'staging',
        evidenceFiles: evidence1,
        allowUnprotectedProduction: true,
      }),
    );
    expect(production.promoted, JSON.stringify(production.verdict.checks)).toBe(true);
    const again = await promote(
      request({ registry, to: 'production', model: v1, evidenceFiles: evidence1, allowUnprotectedProduction: true }),
    );
    expect(again).toMatchObject({ promoted: true, unchanged: true });
    const evidence2 = await writeEvidence(temp.path('v2'), v2);
    const skipped = await promote(
      request({ registry, to: 'production', model: v2, evidenceFiles: evidence2, allowUnprotectedProduction: true }),
    );
    expect(failing(skipped)).toEqual(['promote.staging-runs']);
    expect((await promote(request({ registry, to: 'staging', model: v2, evidenceFiles: evidence2 }))).promoted).toBe(
      true,
    );
    expect(
      (
        await promote(
          request({
            registry,
            to: 'production',
            model: v2,
            evidenceFiles: evidence2,
            allowUnprotectedProduction: true,
          }),
        )
      ).promoted,
    ).toBe(true);
    const rollback = await promote(
      request({
        registry,
        to: 'production',
        rollback: true,
        evidenceFiles: new Map(),
        allowUnprotectedProduction: true,
      }),
    );
    expect(rollback).toMatchObject({ promoted: true, version: v1, previous: v2 });
    const history = await registry.history('production');
    expect(history.map((event) => [event.action, event.version])).toEqual([
      ['promote', v1],
      ['promote', v2],
      ['rollback', v1],
    ]);
  });

  it('deploy-code refuses a model trained from another commit', async () => {
    const { registry, v1 } = await setUp();
    const result = await promote(
      request({
        registry,
        to: 'dev',
        model: v1,
        mode: 'deploy-code',
        commit: 'f'.repeat(40),
        evidenceFiles: await writeEvidence(temp.path('e'), v1),
      }),
    );
    expect(failing(result)).toEqual(['promote.code-commit']);
  });

  it('on GitHub: refuses an unprotected production environment, then records a deployment once it is protected', async () => {
    const { registry, v1 } = await setUp();
    const evidence = await writeEvidence(temp.path('gh'), v1);
    await promote(request({ registry, to: 'staging', model: v1, evidenceFiles: evidence }));
    const deployments = githubDeploymentPort({
      token: 'test-token',
      repository: `${server.owner}/${server.repo}`,
      ref: 'main',
      apiUrl: server.url,
      registryRecordsDeployments: false,
    });
    server.environments.set('production', { waitTimer: 0 });
    const unprotected = await promote(
      request({ registry, to: 'production', model: v1, evidenceFiles: evidence, deployments }),
    );
    expect(failing(unprotected)).toEqual(['promote.environment-protection']);
    expect(await registry.current('production')).toBeUndefined();
    server.environments.set('production', { reviewers: [{ type: 'User', id: 1, login: 'octocat' }] });
    const protectedRun = await promote(
      request({ registry, to: 'production', model: v1, evidenceFiles: evidence, deployments }),
    );
    expect(protectedRun.promoted, JSON.stringify(protectedRun.verdict.checks)).toBe(true);
    expect(protectedRun.deploymentId).toBeGreaterThan(0);
    const recorded = server.deployments.find((deployment) => deployment.id === protectedRun.deploymentId);
    expect(recorded?.environment).toBe('production');
    expect(JSON.stringify(recorded)).toContain(v1);
  });
});
