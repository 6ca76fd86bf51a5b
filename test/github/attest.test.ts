/**
 * Supply-chain attestation in promote, against the contract server (GitHub's published REST description checks
 * every request and answer): a promotion attests `model.onnx`'s SLSA build provenance unless the version already
 * has it, and production verifies that what GitHub stores for the digest names exactly that digest. Sigstore
 * (Fulcio, Rekor, the job's OIDC token) cannot be reached here: a test signer builds the bundle @actions/attest
 * builds, with a placeholder signature, and everything after signing runs for real.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionIO } from '../../src/actions/io.js';
import { ConfigurationError } from '../../src/core/errors.js';
import type { Check } from '../../src/core/verdict.js';
import { type AttestationContext, githubAttestationPort, type ProvenanceSigner } from '../../src/github/attest-port.js';
import { listAttestationBundles } from '../../src/github/attestations.js';
import { githubDeploymentPort } from '../../src/github/promote-port.js';
import { GithubClient, type Json } from '../../src/github/rest.js';
import { writeModelPackage } from '../../src/model/package.js';
import { exportTabularModel } from '../../src/onnx/tabular.js';
import {
  type AttestationSubject,
  type AttestMode,
  judgeAttestations,
  readBundleStatement,
  SLSA_PROVENANCE_V1,
} from '../../src/promote/attestation.js';
import { type PromoteRequest, type PromoteResult, promote } from '../../src/promote/promote.js';
import { FsRegistry } from '../../src/registry/fs.js';
import type { Stage } from '../../src/registry/types.js';
import { BINARY_FEATURES, binaryPackageParts, binarySpec, bindingsFor, manifestFor } from '../model/helpers.js';
import { useTempDir } from '../temp-dir.js';
import { ContractServer } from './contract-server.js';

type JsonObject = { [key: string]: Json };

const TOKEN = 'attest-token';
const NO_ATTESTATIONS_TOKEN = 'deploy-only-token';
/** What the runner sets only for a job with `id-token: write`. */
const OIDC_ENV = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/request?api-version=2.0' };
const PLAN_LIMIT =
  'Feature not available for user-owned private repositories. To enable this feature, please make this repository public.';

let server: ContractServer;
beforeAll(async () => {
  server = await ContractServer.start();
  server.tokens.set(TOKEN, { contents: 'write', deployments: 'write', actions: 'read', attestations: 'write' });
  server.tokens.set(NO_ATTESTATIONS_TOKEN, { contents: 'write', deployments: 'write', actions: 'read' });
});
afterAll(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});
beforeEach(() => {
  server.attestations.length = 0;
  server.attestationPlanLimit = undefined;
  server.pageSizeCap = 100;
  server.clearFaults();
  server.environments.set('production', { reviewers: [{ type: 'User', id: 1, login: 'octocat' }] });
});

const temp = useTempDir('mlops-attest-test-');

/** An in-toto statement as @actions/attest's attestProvenance makes it (SLSA v1, GitHub Actions build type). */
function statement(hex: string, options: { predicateType?: string; name?: string } = {}): JsonObject {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: options.name ?? 'model.onnx', digest: { sha256: hex } }],
    predicateType: options.predicateType ?? SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/heads/main',
            repository: 'https://github.com/octo-org/models',
            path: '.github/workflows/staging.yml',
          },
        },
        internalParameters: { github: { event_name: 'push', repository_id: '1296269', repository_owner_id: '9919' } },
        resolvedDependencies: [
          { uri: 'git+https://github.com/octo-org/models@refs/heads/main', digest: { gitCommit: 'a'.repeat(40) } },
        ],
      },
      runDetails: {
        builder: { id: 'https://github.com/octo-org/mlops-actions/.github/workflows/mlops-deploy.yml@refs/heads/main' },
        metadata: { invocationId: 'https://github.com/octo-org/models/actions/runs/1/attempts/1' },
      },
    },
  };
}

/** A Sigstore bundle (v0.3, DSSE) around a statement; the signature and certificate are placeholders. */
function bundle(content: JsonObject): JsonObject {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      certificate: { rawBytes: Buffer.from('placeholder certificate').toString('base64') },
      tlogEntries: [],
      timestampVerificationData: { rfc3161Timestamps: [] },
    },
    dsseEnvelope: {
      payload: Buffer.from(JSON.stringify(content)).toString('base64'),
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: Buffer.from('placeholder signature').toString('base64'), keyid: '' }],
    },
  };
}

function payloadDigest(stored: JsonObject): string {
  const envelope = stored.dsseEnvelope as JsonObject;
  return `sha256:${createHash('sha256')
    .update(Buffer.from(String(envelope.payload), 'base64'))
    .digest('hex')}`;
}

/** Stands in for Sigstore: records each subject it signs for and returns the bundle @actions/attest would. */
function recordingSigner(): { subjects: AttestationSubject[]; sign: ProvenanceSigner } {
  const subjects: AttestationSubject[] = [];
  return {
    subjects,
    sign: async (subject) => {
      subjects.push(subject);
      return { bundle: bundle(statement(subject.digest.sha256)), tlogId: '12345' };
    },
  };
}

async function model(): Promise<{ registry: FsRegistry; version: string; hex: string; other: string }> {
  const registry = new FsRegistry(temp.path('registry'));
  const first = temp.path('model');
  await writeModelPackage(first, binaryPackageParts());
  const version = (await registry.register(first)).version;
  const onnx = exportTabularModel({
    ...binarySpec(),
    layers: [
      {
        inputSize: 5,
        units: 1,
        weights: Float32Array.from([0.5, 0.4, -1, 1, 0]),
        bias: Float32Array.from([0]),
        activation: 'linear',
      },
    ],
  });
  const second = temp.path('other');
  await writeModelPackage(second, {
    onnx,
    manifest: manifestFor(onnx, { task: 'binary', inputs: bindingsFor(BINARY_FEATURES), label: 'churned' }),
  });
  const other = (await registry.register(second)).version;
  return { registry, version, hex: version.slice('sha256:'.length), other };
}

function attestationPort(options: Partial<AttestationContext> = {}) {
  return githubAttestationPort({
    token: TOKEN,
    repository: `${server.owner}/${server.repo}`,
    apiUrl: server.url,
    env: OIDC_ENV,
    ...options,
  });
}

function request(
  registry: FsRegistry,
  version: string,
  to: Stage,
  overrides: Partial<PromoteRequest> = {},
): PromoteRequest {
  return {
    registry,
    model: version,
    to,
    rollback: false,
    reason: 'test',
    actor: 'tester',
    // The evidence gates have their own tests: here only attestation decides.
    requirements: [],
    evidenceFiles: new Map(),
    requiredStagingRuns: 0,
    mode: 'deploy-models',
    allowUnprotectedProduction: false,
    deployments: githubDeploymentPort({
      token: TOKEN,
      repository: `${server.owner}/${server.repo}`,
      ref: 'main',
      apiUrl: server.url,
      registryRecordsDeployments: false,
    }),
    ...overrides,
  };
}

function check(result: PromoteResult, name: string): Check | undefined {
  return result.verdict.checks.find((item) => item.check === name);
}

describe('production verifies the attestation stored for the exact digest', () => {
  type Stored =
    | 'match'
    | 'match via bundle_url'
    | 'other digest'
    | 'SLSA v0.2'
    | 'no DSSE envelope'
    | 'match + other digest'
    | 'none';
  const cases: Array<{
    stored: Stored;
    mode: AttestMode;
    promoted: boolean;
    verify: Check['status'];
    value: string;
    /** The attestation.provenance check after verify, undefined when there is none. */
    provenance: Check['status'] | undefined;
    signs: number;
  }> = [
    { stored: 'match', mode: 'auto', promoted: true, verify: 'pass', value: 'verified', provenance: 'pass', signs: 0 },
    { stored: 'match', mode: 'true', promoted: true, verify: 'pass', value: 'verified', provenance: 'pass', signs: 0 },
    {
      stored: 'match via bundle_url',
      mode: 'true',
      promoted: true,
      verify: 'pass',
      value: 'verified',
      provenance: 'pass',
      signs: 0,
    },
    {
      stored: 'other digest',
      mode: 'auto',
      promoted: false,
      verify: 'fail',
      value: 'mismatch',
      provenance: undefined,
      signs: 0,
    },
    {
      stored: 'other digest',
      mode: 'true',
      promoted: false,
      verify: 'fail',
      value: 'mismatch',
      provenance: undefined,
      signs: 0,
    },
    {
      stored: 'SLSA v0.2',
      mode: 'auto',
      promoted: false,
      verify: 'fail',
      value: 'mismatch',
      provenance: undefined,
      signs: 0,
    },
    {
      stored: 'no DSSE envelope',
      mode: 'auto',
      promoted: false,
      verify: 'fail',
      value: 'mismatch',
      provenance: undefined,
      signs: 0,
    },
    {
      stored: 'match + other digest',
      mode: 'auto',
      promoted: false,
      verify: 'fail',
      value: 'mismatch',
      provenance: undefined,
      signs: 0,
    },
    { stored: 'none', mode: 'auto', promoted: true, verify: 'skip', value: 'absent', provenance: 'pass', signs: 1 },
    { stored: 'none', mode: 'true', promoted: false, verify: 'fail', value: 'absent', provenance: undefined, signs: 0 },
    {
      stored: 'other digest',
      mode: 'false',
      promoted: true,
      verify: 'skip',
      value: 'off',
      provenance: undefined,
      signs: 0,
    },
  ];

  it.each(cases)('$stored, attest: $mode → promoted: $promoted (verify $verify)', async (row) => {
    const { registry, version, hex, other } = await model();
    const good = bundle(statement(hex));
    if (row.stored === 'match' || row.stored === 'match + other digest') server.addAttestation(good);
    if (row.stored === 'match via bundle_url') server.addAttestation(good, { viaUrl: true });
    if (row.stored === 'other digest' || row.stored === 'match + other digest')
      server.addAttestation(bundle(statement(other.slice('sha256:'.length))), { digests: [version] });
    if (row.stored === 'SLSA v0.2')
      server.addAttestation(bundle(statement(hex, { predicateType: 'https://slsa.dev/provenance/v0.2' })));
    if (row.stored === 'no DSSE envelope') {
      server.addAttestation(
        { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: {}, messageSignature: {} },
        { digests: [version], predicateType: SLSA_PROVENANCE_V1 },
      );
    }
    const signer = recordingSigner();
    const result = await promote(
      request(registry, version, 'production', {
        attest: row.mode,
        attestations: attestationPort({ sign: signer.sign }),
      }),
    );
    expect(result.promoted, JSON.stringify(result.verdict.checks)).toBe(row.promoted);
    expect(check(result, 'attestation.verify')).toMatchObject({ status: row.verify, value: row.value });
    expect(check(result, 'attestation.provenance')?.status).toBe(row.provenance);
    expect(signer.subjects).toHaveLength(row.signs);
    expect(await registry.current('production')).toBe(row.promoted ? version : undefined);
    if (row.verify === 'pass') {
      const message = check(result, 'attestation.verify')?.message ?? '';
      // Honest about what was and was not checked: the signature needs Sigstore's trust root.
      expect(message).toContain('not checked here: its Sigstore signature');
      // The test statements are signed by mlops-deploy.yml of another repository, as a reusable workflow signs.
      expect(message).toContain(
        'gh attestation verify model.onnx --repo octo-org/models --signer-workflow octo-org/mlops-actions/.github/workflows/mlops-deploy.yml`',
      );
      const event = (await registry.history('production'))[0];
      expect(event?.evidence).toContainEqual({ kind: 'provenance', digest: payloadDigest(good), passed: true });
    }
    if (row.verify === 'fail' && row.value === 'mismatch') {
      expect(check(result, 'attestation.verify')?.message).toMatch(/do not attest this model/);
    }
  });

  it('names what is wrong with each attestation that does not attest the model', async () => {
    const { registry, version, hex, other } = await model();
    server.addAttestation(bundle(statement(other.slice('sha256:'.length))), { digests: [version] });
    server.addAttestation(bundle(statement(hex, { predicateType: 'https://spdx.dev/Document' })), {
      digests: [version],
      predicateType: SLSA_PROVENANCE_V1,
    });
    const result = await promote(request(registry, version, 'production', { attestations: attestationPort() }));
    const message = check(result, 'attestation.verify')?.message ?? '';
    expect(message).toContain(
      `attestation 1 of 2 names model.onnx (sha256:${other.slice(7, 19)}…), not ${version.slice(0, 19)}…`,
    );
    expect(message).toContain('attestation 2 of 2 is a https://spdx.dev/Document statement, not SLSA build provenance');
  });

  it('reads every page of attestations (cursor pagination), so a bad one on page 2 still refuses', async () => {
    const { registry, version, hex, other } = await model();
    const mark = server.requests.length;
    server.pageSizeCap = 1;
    server.addAttestation(bundle(statement(hex)));
    server.addAttestation(bundle(statement(other.slice('sha256:'.length))), { digests: [version] });
    const result = await promote(request(registry, version, 'production', { attestations: attestationPort() }));
    expect(check(result, 'attestation.verify')).toMatchObject({ status: 'fail', value: 'mismatch' });
    const lists = server.requests.slice(mark).filter((item) => item.operationId === 'repos/list-attestations');
    expect(lists.map((item) => item.query.after)).toEqual([undefined, 'c1']);
    expect(lists[0]).toMatchObject({
      params: { subject_digest: version },
      query: { predicate_type: 'provenance', per_page: '100' },
    });
  });

  it('skips the lookup on a rollback, which returns to a version production already ran', async () => {
    const { registry, version, other } = await model();
    const attestations = attestationPort({ sign: recordingSigner().sign });
    expect((await promote(request(registry, version, 'production', { attestations }))).promoted).toBe(true);
    expect((await promote(request(registry, other, 'production', { attestations }))).promoted).toBe(true);
    const lookups = server.requestsFor('repos/list-attestations').length;
    const back = await promote(request(registry, version, 'production', { rollback: true, attestations }));
    expect(back).toMatchObject({ promoted: true, version });
    expect(check(back, 'attestation.verify')).toBeUndefined();
    expect(server.requestsFor('repos/list-attestations')).toHaveLength(lookups);
  });
});

describe('where the plan or the job does not allow attestations', () => {
  const cases: Array<{
    why: string;
    to: Stage;
    arrange: () => Partial<AttestationContext>;
    check: 'attestation.verify' | 'attestation.provenance';
    message: RegExp;
    signs: number;
  }> = [
    {
      why: 'listing answers 403 "Feature not available" (plan)',
      to: 'production',
      arrange: () => {
        server.failNext('repos/list-attestations', 403, { message: PLAN_LIMIT });
        return {};
      },
      check: 'attestation.verify',
      message:
        /not available for octo-org\/models \(GitHub: "Feature not available.*GitHub Enterprise Cloud; or set attest: false/,
      signs: 0,
    },
    {
      why: 'storing answers 403 "Feature not available" (plan)',
      to: 'staging',
      arrange: () => {
        server.attestationPlanLimit = PLAN_LIMIT;
        return {};
      },
      check: 'attestation.provenance',
      message:
        /need a public repository, or a private or internal one owned by an organisation on GitHub Enterprise Cloud/,
      signs: 1,
    },
    {
      why: 'the job has no id-token: write (no ACTIONS_ID_TOKEN_REQUEST_URL)',
      to: 'dev',
      arrange: () => ({ env: {} }),
      check: 'attestation.provenance',
      message: /ACTIONS_ID_TOKEN_REQUEST_URL is not set.*`permissions: id-token: write` and `attestations: write`/,
      signs: 0,
    },
    {
      why: 'the token has no attestations permission',
      to: 'dev',
      arrange: () => ({
        token: NO_ATTESTATIONS_TOKEN,
        client: new GithubClient({ token: NO_ATTESTATIONS_TOKEN, apiUrl: server.url }),
      }),
      check: 'attestation.provenance',
      message:
        /may not read the attestations of octo-org\/models \(403: Resource not accessible by integration\): give the promote job `permissions: id-token: write` and `attestations: write`/,
      signs: 0,
    },
  ];

  for (const row of cases) {
    it(`${row.why}: attest: auto records a skip and promotes`, async () => {
      const { registry, version } = await model();
      const signer = recordingSigner();
      const result = await promote(
        request(registry, version, row.to, {
          attest: 'auto',
          attestations: attestationPort({ sign: signer.sign, ...row.arrange() }),
        }),
      );
      expect(result.promoted, JSON.stringify(result.verdict.checks)).toBe(true);
      expect(check(result, row.check)).toMatchObject({ status: 'skip', value: 'unavailable' });
      expect(check(result, row.check)?.message).toMatch(row.message);
      expect(result.verdict.checks.filter((item) => item.check.startsWith('attestation.'))).toHaveLength(1);
      expect(signer.subjects).toHaveLength(row.signs);
      expect(await registry.current(row.to)).toBe(version);
    });

    it(`${row.why}: attest: true refuses`, async () => {
      const { registry, version } = await model();
      const signer = recordingSigner();
      const result = await promote(
        request(registry, version, row.to, {
          attest: 'true',
          attestations: attestationPort({ sign: signer.sign, ...row.arrange() }),
        }),
      );
      expect(result.promoted).toBe(false);
      expect(check(result, row.check)).toMatchObject({ status: 'fail', value: 'unavailable' });
      expect(check(result, row.check)?.message).toMatch(/^attest: true, but /);
      expect(check(result, row.check)?.message).toMatch(row.message);
      expect(await registry.current(row.to)).toBeUndefined();
    });
  }

  it('off GitHub: attest: true refuses every stage, attest: auto promotes and checks nothing before dev', async () => {
    const { registry, version } = await model();
    const strict = await promote(request(registry, version, 'dev', { attest: 'true', deployments: undefined }));
    expect(check(strict, 'attestation.provenance')).toMatchObject({ status: 'fail', value: 'not on GitHub' });
    expect(check(strict, 'attestation.provenance')?.message).toMatch(/set attest: auto/);
    const relaxed = await promote(request(registry, version, 'dev', { deployments: undefined }));
    expect(relaxed.promoted).toBe(true);
    expect(relaxed.verdict.checks.map((item) => item.check)).toEqual(['promote.moved']);
    const production = await promote(
      request(registry, version, 'production', { deployments: undefined, allowUnprotectedProduction: true }),
    );
    expect(production.promoted).toBe(true);
    expect(check(production, 'attestation.verify')).toMatchObject({ status: 'skip', value: 'not on GitHub' });
  });

  it('an outage while signing fails attest: true and only warns attest: auto', async () => {
    const { registry, version } = await model();
    const broken: ProvenanceSigner = async () => {
      throw new Error('Failed to get ID token: connect ECONNREFUSED');
    };
    const relaxed = await promote(
      request(registry, version, 'dev', { attestations: attestationPort({ sign: broken }) }),
    );
    expect(relaxed.promoted).toBe(true);
    expect(check(relaxed, 'attestation.provenance')).toMatchObject({ status: 'warn', value: 'error' });
    const strict = await promote(
      request(registry, version, 'staging', { attest: 'true', attestations: attestationPort({ sign: broken }) }),
    );
    expect(strict.promoted).toBe(false);
    expect(check(strict, 'attestation.provenance')?.message).toContain('ECONNREFUSED');
  });
});

describe('promotion attests the model', () => {
  it('dev attests model.onnx with its sha256; staging finds it and adds none; production verifies it', async () => {
    const { registry, version, hex } = await model();
    const signer = recordingSigner();
    const attestations = attestationPort({ sign: signer.sign });
    const creations = () => server.requestsFor('repos/create-attestation').slice(createdBefore);
    const createdBefore = server.requestsFor('repos/create-attestation').length;

    const dev = await promote(request(registry, version, 'dev', { attestations }));
    expect(dev.promoted, JSON.stringify(dev.verdict.checks)).toBe(true);
    expect(signer.subjects).toEqual([{ name: 'model.onnx', digest: { sha256: hex } }]);
    expect(check(dev, 'attestation.provenance')).toMatchObject({ status: 'pass' });
    expect(check(dev, 'attestation.provenance')?.message).toMatch(
      /attested the SLSA build provenance of model\.onnx .* \(attestation \d+\), transparency log entry 12345/,
    );
    expect(check(dev, 'attestation.verify')).toBeUndefined();
    const created = creations();
    expect(created).toHaveLength(1);
    expect(created[0]?.status).toBe(201);
    expect(server.attestations.map((item) => item.digests)).toEqual([[version]]);
    const stored = server.attestations[0]?.bundle ?? {};
    expect((await registry.history('dev'))[0]?.evidence).toEqual([
      { kind: 'provenance', digest: payloadDigest(stored), passed: true },
    ]);

    const staging = await promote(request(registry, version, 'staging', { attest: 'true', attestations }));
    expect(staging.promoted).toBe(true);
    expect(check(staging, 'attestation.provenance')).toMatchObject({ status: 'pass', value: 'present' });
    expect(signer.subjects).toHaveLength(1);

    const production = await promote(request(registry, version, 'production', { attest: 'true', attestations }));
    expect(production.promoted, JSON.stringify(production.verdict.checks)).toBe(true);
    expect(check(production, 'attestation.verify')).toMatchObject({
      status: 'pass',
      value: 'verified',
      threshold: 'a verified SLSA provenance attestation of this digest (attest: true)',
    });
    expect(creations()).toHaveLength(1);
    // The audit log names the attestation production relied on.
    const audit = await readFile(path.join(temp.path('registry'), 'audit.jsonl'), 'utf8');
    expect(audit.trim().split('\n').at(-1)).toContain(payloadDigest(stored));
  });

  it('a promotion refused by another gate attests nothing', async () => {
    const { registry, version } = await model();
    server.environments.set('production', { waitTimer: 5 });
    const signer = recordingSigner();
    const result = await promote(
      request(registry, version, 'production', { attestations: attestationPort({ sign: signer.sign }) }),
    );
    expect(result.promoted).toBe(false);
    expect(check(result, 'promote.environment-protection')?.status).toBe('fail');
    expect(check(result, 'attestation.provenance')).toBeUndefined();
    expect(signer.subjects).toEqual([]);
  });
});

describe('the promote action', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  function io(inputs: Record<string, string>): ActionIO & { outputs: Map<string, string>; summaries: string[] } {
    const outputs = new Map<string, string>();
    const summaries: string[] = [];
    return {
      outputs,
      summaries,
      input: (name) => inputs[name],
      setOutput: (name, value) => outputs.set(name, value),
      summary: async (markdown) => {
        summaries.push(markdown);
      },
      report: () => {},
      annotate: () => {},
      result: () => {},
    };
  }

  async function runOnGitHub(inputs: Record<string, string>) {
    vi.stubEnv('GITHUB_ACTIONS', 'true');
    vi.stubEnv('GITHUB_REPOSITORY', `${server.owner}/${server.repo}`);
    vi.stubEnv('GITHUB_API_URL', server.url);
    vi.stubEnv('GITHUB_SHA', 'a'.repeat(40));
    // A job without `id-token: write`: the runner does not set it.
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_URL', undefined);
    await writeModelPackage(temp.path('package'), binaryPackageParts());
    // Evidence has its own tests: here dev needs none, so only attestation decides.
    await temp.write('mlops.yml', 'version: 1\npromote:\n  requirements:\n    dev: []\n');
    const { runPromote } = await import('../../src/actions/promote.js');
    const actionIO = io({
      config: temp.path('mlops.yml'),
      model: temp.path('package'),
      to: 'dev',
      registry: temp.path('registry'),
      output: temp.path('out'),
      'github-token': TOKEN,
      ...inputs,
    });
    const outcome = await runPromote(actionIO);
    const document = JSON.parse(
      await readFile(path.join(temp.path('out'), 'audit-entry.json'), 'utf8'),
    ) as PromoteResult;
    return { outcome, document, io: actionIO };
  }

  it('attest defaults to auto: where the job cannot attest, it records why and promotes', async () => {
    const { outcome, document } = await runOnGitHub({});
    expect(outcome.passed).toBe(true);
    expect(check(document, 'attestation.provenance')).toMatchObject({ status: 'skip', value: 'unavailable' });
    expect(check(document, 'attestation.provenance')?.message).toMatch(/id-token: write/);
  });

  it('attest: true fails the step where it cannot attest; attest: false asks GitHub nothing about attestations', async () => {
    const strict = await runOnGitHub({ attest: 'true' });
    expect(strict.outcome.passed).toBe(false);
    expect(check(strict.document, 'attestation.provenance')?.status).toBe('fail');
    const before = server.requestsFor('repos/list-attestations').length;
    const off = await runOnGitHub({ attest: 'false' });
    expect(off.outcome.passed).toBe(true);
    expect(check(off.document, 'attestation.provenance')).toBeUndefined();
    expect(server.requestsFor('repos/list-attestations')).toHaveLength(before);
  });

  it('refuses an attest value it does not know, naming the allowed ones', async () => {
    await expect(runOnGitHub({ attest: 'yes' })).rejects.toThrow(ConfigurationError);
    await expect(runOnGitHub({ attest: 'yes' })).rejects.toThrow(
      'input `attest` is "yes"; expected one of: auto, true, false',
    );
  });
});

describe('reading attestations', () => {
  const hex = 'ab'.repeat(32);
  const version = `sha256:${hex}`;

  it.each([
    ['a SLSA v1 statement naming the digest', 'verified', bundle(statement(hex))],
    ['a statement naming another digest', 'mismatch', bundle(statement('cd'.repeat(32)))],
    [
      'a statement of another predicate type',
      'mismatch',
      bundle(statement(hex, { predicateType: 'https://slsa.dev/provenance/v0.2' })),
    ],
    ['a bundle without a DSSE envelope', 'mismatch', { mediaType: 'x', messageSignature: {} }],
  ] as const)('%s → %s', (_, status, stored) => {
    expect(judgeAttestations([stored], version).status).toBe(status);
  });

  it('finds nothing to judge in an empty list, and a payload problem by name', () => {
    expect(judgeAttestations([], version)).toEqual({ status: 'absent' });
    const wrongType = bundle(statement(hex));
    (wrongType.dsseEnvelope as JsonObject).payloadType = 'text/plain';
    expect(readBundleStatement(wrongType).problem).toBe(
      'its DSSE payload type is "text/plain", not application/vnd.in-toto+json',
    );
    const unsigned = bundle(statement(hex));
    (unsigned.dsseEnvelope as JsonObject).signatures = [];
    expect(readBundleStatement(unsigned).problem).toBe('its DSSE envelope carries no signature');
    const notStatement = bundle({ hello: 'world' });
    expect(readBundleStatement(notStatement).problem).toBe('its payload is not an in-toto Statement');
  });

  it('follows bundle_url to signed storage without the token, and decompresses the bundle', async () => {
    const stored = bundle(statement(hex));
    server.addAttestation(stored, { viaUrl: true });
    const bundles = await listAttestationBundles(new GithubClient({ token: TOKEN, apiUrl: server.url }), {
      owner: server.owner,
      repo: server.repo,
      subjectDigest: version,
    });
    expect(bundles).toEqual([stored]);
  });

  it('treats GitHub answering 404 for a digest as no attestation', async () => {
    server.failNext('repos/list-attestations', 404, { message: 'Not Found' });
    const bundles = await listAttestationBundles(new GithubClient({ token: TOKEN, apiUrl: server.url }), {
      owner: server.owner,
      repo: server.repo,
      subjectDigest: version,
    });
    expect(bundles).toEqual([]);
  });
});

describe('compressed bundles behind bundle_url', () => {
  it('refuses a bundle whose announced size is absurd, before allocating it', async () => {
    // 64 MiB of zeros compress to a few kilobytes: a "zip bomb" the reader must refuse from the length prefix.
    const { compress, uncompress } = await import('snappyjs');
    const bomb = compress(new Uint8Array(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    expect(() => uncompress(bomb, 16 * 1024 * 1024)).toThrow(/too big/);
  });
});
