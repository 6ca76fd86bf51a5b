import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { createDeploymentStatus, listDeploymentsWithStatuses } from '../../src/github/deployments.js';
import { checkEnvironmentProtection } from '../../src/github/environments.js';
import { GithubApiError, GithubClient, GithubPermissionError } from '../../src/github/rest.js';
import { readModelPackage, writeModelPackage } from '../../src/model/package.js';
import { exportTabularModel } from '../../src/onnx/tabular.js';
import { ALIAS_PAYLOAD_FORMAT, createGithubRegistry, DEPLOYMENT_TASK, releaseTag } from '../../src/registry/github.js';
import { type AliasEvent, ConcurrentUpdateError, type ModelRegistry, type Stage } from '../../src/registry/types.js';
import { ContractServer } from '../github/contract-server.js';
import {
  BINARY_FEATURES,
  binaryPackageParts,
  binarySpec,
  bindingsFor,
  manifestFor,
  REGRESSION_FEATURES,
  regressionSpec,
} from '../model/helpers.js';
import { useTempDir } from '../temp-dir.js';

let server: ContractServer;
const sleeps: number[] = [];

beforeAll(async () => {
  server = await ContractServer.start();
  server.tokens.set('read-only', { contents: 'read', deployments: 'read', actions: 'read' });
});

afterAll(async () => {
  // The whole point of the fake: nothing the client sent, and nothing the fake answered, strayed from the
  // published description.
  expect(server.violations).toEqual([]);
  await server.close();
});

function client(token = 'test-token'): GithubClient {
  return new GithubClient({
    token,
    apiUrl: server.url,
    uploadUrl: server.uploadUrl,
    retry: { baseDelayMs: 1, maxDelayMs: 5000 },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
}

function registry(token = 'test-token'): ModelRegistry {
  return createGithubRegistry({
    owner: server.owner,
    repo: server.repo,
    token,
    client: client(token),
    environmentUrls: { production: 'https://models.example.com/churn' },
  });
}

const temp = useTempDir('mlops-github-registry-test-');

async function binaryPackage(name = 'binary'): Promise<string> {
  const { onnx, manifest } = binaryPackageParts();
  await writeModelPackage(temp.path(name), { manifest, onnx, profile: { columns: {} } });
  return temp.path(name);
}

async function regressionPackage(name = 'regression'): Promise<string> {
  const onnx = exportTabularModel(regressionSpec());
  const manifest = manifestFor(onnx, { task: 'regression', inputs: bindingsFor(REGRESSION_FEATURES), label: 'y' });
  await writeModelPackage(temp.path(name), { manifest, onnx });
  return temp.path(name);
}

/** A model no other test registers (a different bias, so a different digest). */
async function thirdPackage(): Promise<string> {
  const spec = binarySpec();
  const layer = spec.layers[0];
  if (layer !== undefined) layer.bias = Float32Array.from([0.7]);
  const onnx = exportTabularModel(spec);
  const manifest = manifestFor(onnx, { task: 'binary', inputs: bindingsFor(BINARY_FEATURES), label: 'churned' });
  await writeModelPackage(temp.path('third'), { manifest, onnx });
  return temp.path('third');
}

function move(stage: Stage, version: string, previous: string | null, extra: Partial<AliasEvent> = {}): AliasEvent {
  return {
    stage,
    version,
    previous,
    action: 'promote',
    reason: 'metrics passed',
    actor: 'octocat',
    at: '2024-06-01T12:00:00.000Z',
    runUrl: 'https://github.com/octo-org/models/actions/runs/1',
    evidence: [{ kind: 'evaluate', digest: `sha256:${'a'.repeat(64)}`, passed: true }],
    outcome: 'success',
    ...extra,
  };
}

describe('GitHub registry: versions as releases', () => {
  it('registers once, reads back and downloads a package whose digest checks', async () => {
    const directory = await binaryPackage();
    const reg = registry();
    const registered = await reg.register(directory);
    const tag = releaseTag(registered.version);
    expect(tag).toMatch(/^model-[0-9a-f]{12}$/);
    expect(registered.manifest.task).toBe('binary');

    const release = server.release(tag);
    expect(release?.draft).toBe(false);
    expect(release?.assets.map((asset) => asset.name).sort()).toEqual(['model.json', 'model.onnx', 'profile.json']);
    // Created as a draft and published only once every asset is in place.
    const created = server.requestsFor('repos/create-release').at(-1);
    expect(created?.body).toMatchObject({ tag_name: tag, draft: true, make_latest: 'false' });
    expect(server.requestsFor('repos/update-release').at(-1)?.body).toMatchObject({ draft: false });
    const uploads = server.requestsFor('repos/upload-release-asset');
    expect(uploads.map((request) => request.query.name)).toEqual(['model.onnx', 'model.json', 'profile.json']);
    expect(uploads[0]?.headers['content-type']).toBe('application/octet-stream');

    const again = await reg.register(directory);
    expect(again.version).toBe(registered.version);
    expect(server.requestsFor('repos/create-release')).toHaveLength(1);

    const got = await reg.get(registered.version);
    expect(got?.manifest).toEqual(registered.manifest);
    expect(await reg.get(`sha256:${'0'.repeat(64)}`)).toBeUndefined();

    await reg.download(registered.version, temp.path('copy'));
    const copy = await readModelPackage(temp.path('copy'));
    expect(copy.manifest.version).toBe(registered.version);
    expect(await readFile(temp.path('copy/model.onnx'))).toEqual(await readFile(`${directory}/model.onnx`));
    // Asset downloads are redirected to storage, which must not be sent the token.
    expect(server.requestsFor('repos/get-release-asset').some((request) => request.status === 302)).toBe(true);

    const second = await reg.register(await regressionPackage());
    expect((await reg.list()).map((version) => version.version)).toEqual([registered.version, second.version]);
  });

  it('detects a tampered or corrupted asset', async () => {
    const reg = registry();
    const { version } = await reg.register(await binaryPackage());
    const tag = releaseTag(version);
    const original = await readFile(temp.path('binary/model.onnx'));
    const other = await readFile(`${await regressionPackage()}/model.onnx`);

    // The stored bytes no longer match the digest GitHub computed on upload.
    server.tamperAsset(tag, 'model.onnx', other, false);
    await expect(reg.download(version, temp.path('a'))).rejects.toThrow(/corrupt/);
    // Someone with write access deleted model.onnx and uploaded another model under the same name.
    server.tamperAsset(tag, 'model.onnx', other, true);
    await expect(reg.download(version, temp.path('b'))).rejects.toThrow(/modified after registration/);

    server.tamperAsset(tag, 'model.onnx', original, true);
    await reg.download(version, temp.path('c'));
  });

  it('keeps evidence as numbered assets of the release', async () => {
    const reg = registry();
    const { version } = await reg.register(await binaryPackage());
    const record = (kind: string, recordedAt: string) => ({
      kind,
      passed: true,
      digest: `sha256:${'b'.repeat(64)}`,
      source: 'https://github.com/octo-org/models/actions/runs/7',
      version,
      recordedAt,
    });
    await reg.addEvidence(version, record('evaluate', '2024-06-01T10:00:00Z'));
    await reg.addEvidence(version, record('evaluate', '2024-06-01T11:00:00Z'));
    await reg.addEvidence(version, record('load-test', '2024-06-01T12:00:00Z'));
    const names = server.release(releaseTag(version))?.assets.map((asset) => asset.name) ?? [];
    expect(names.filter((name) => name.startsWith('evidence-'))).toEqual([
      'evidence-evaluate-1.json',
      'evidence-evaluate-2.json',
      'evidence-load-test-1.json',
    ]);
    const got = await reg.get(version);
    expect(got?.evidence.map((item) => [item.kind, item.recordedAt])).toEqual([
      ['evaluate', '2024-06-01T10:00:00Z'],
      ['evaluate', '2024-06-01T11:00:00Z'],
      ['load-test', '2024-06-01T12:00:00Z'],
    ]);
    await expect(reg.addEvidence(`sha256:${'1'.repeat(64)}`, record('evaluate', 'x'))).rejects.toThrow(
      ConfigurationError,
    );
    await expect(reg.addEvidence(version, record('Bad Kind', 'x'))).rejects.toThrow(/lower-case/);
  });
});

describe('GitHub registry: stages as deployments', () => {
  it('moves an alias with a deployment and a status, and reads current and history back', async () => {
    const reg = registry();
    const v1 = (await reg.register(await binaryPackage())).version;
    const v2 = (await reg.register(await regressionPackage())).version;
    expect(await reg.current('production')).toBeUndefined();

    await reg.moveAlias(move('production', v1, null));
    const deployment = server.requestsFor('repos/create-deployment').at(-1);
    expect(deployment?.body).toMatchObject({
      ref: releaseTag(v1),
      environment: 'production',
      task: DEPLOYMENT_TASK,
      auto_merge: false,
      required_contexts: [],
      production_environment: true,
      transient_environment: false,
      payload: {
        format: ALIAS_PAYLOAD_FORMAT,
        modelVersion: v1,
        previous: null,
        reason: 'metrics passed',
        actor: 'octocat',
        evidence: [{ kind: 'evaluate', digest: `sha256:${'a'.repeat(64)}`, passed: true }],
      },
    });
    const status = server.requestsFor('repos/create-deployment-status').at(-1);
    expect(status?.body).toMatchObject({
      state: 'success',
      environment_url: 'https://models.example.com/churn',
      log_url: 'https://github.com/octo-org/models/actions/runs/1',
    });
    expect(await reg.current('production')).toBe(v1);

    await reg.moveAlias(move('production', v2, v1, { outcome: 'pending' }));
    await reg.moveAlias(move('production', v1, v2, { action: 'rollback', reason: 'p99 regressed' }));
    expect(await reg.current('production')).toBe(v1);
    const history = await reg.history('production');
    expect(history.map((event) => [event.version, event.previous, event.action, event.outcome])).toEqual([
      [v1, null, 'promote', 'success'],
      [v2, v1, 'promote', 'pending'],
      [v1, v2, 'rollback', 'success'],
    ]);
    expect(history[0]?.deploymentId).toBeTypeOf('number');
    expect(history[2]?.runUrl).toBe('https://github.com/octo-org/models/actions/runs/1');
    expect(await reg.history('staging')).toEqual([]);
  });

  it('ignores deployments that are not the registry’s (Actions jobs, malformed payloads)', async () => {
    const reg = registry();
    const v1 = (await reg.register(await binaryPackage())).version;
    await reg.moveAlias(move('dev', v1, (await reg.current('dev')) ?? null));
    server.addDeployment({ environment: 'dev', task: 'deploy', ref: 'main', payload: '', states: ['success'] });
    server.addDeployment({
      environment: 'dev',
      task: DEPLOYMENT_TASK,
      ref: 'main',
      payload: { x: 1 },
      states: ['success'],
    });
    expect(await reg.current('dev')).toBe(v1);
    expect(await reg.history('dev')).toHaveLength(1);
  });

  it('refuses a move whose expected previous version is stale (compare-and-swap)', async () => {
    const reg = registry();
    const v1 = (await reg.register(await binaryPackage())).version;
    const v2 = (await reg.register(await regressionPackage())).version;
    await reg.moveAlias(move('staging', v1, null));
    const before = server.deployments.length;
    await expect(reg.moveAlias(move('staging', v2, null))).rejects.toThrow(ConcurrentUpdateError);
    expect(server.deployments.length).toBe(before);
    await expect(reg.moveAlias(move('staging', `sha256:${'2'.repeat(64)}`, v1))).rejects.toThrow(/not registered/);
  });

  it('steps back when a rival writer creates its deployment between the check and the write', async () => {
    const reg = registry();
    const v1 = (await reg.register(await binaryPackage())).version;
    const v2 = (await reg.register(await regressionPackage())).version;
    const head = (await reg.current('dev')) ?? null;
    if (head !== v1) await reg.moveAlias(move('dev', v1, head));
    const previous = v1;
    // The rival read the same head and wrote first: its deployment gets the smaller id.
    let rivalId = 0;
    server.before('repos/create-deployment', () => {
      rivalId = server.addDeployment({
        environment: 'dev',
        task: DEPLOYMENT_TASK,
        ref: 'main',
        payload: { format: ALIAS_PAYLOAD_FORMAT, modelVersion: v2, previous, attempt: 'rival' },
        states: [],
      });
    });
    await expect(reg.moveAlias(move('dev', v1, previous))).rejects.toThrow(/at the same time/);
    // Ours is marked `error` (abandoned); the rival has no status yet, so the stage has not moved.
    expect(server.requestsFor('repos/create-deployment-status').at(-1)?.body).toMatchObject({ state: 'error' });
    expect(await reg.current('dev')).toBe(previous);
    // The rival gives up too; a deployment left without any status would block the stage for ten minutes.
    await createDeploymentStatus(client(), {
      owner: server.owner,
      repo: server.repo,
      deploymentId: rivalId,
      state: 'error',
    });
  });

  it('lets exactly one of two concurrent promotions win', async () => {
    const a = registry();
    const b = registry();
    const v1 = (await a.register(await binaryPackage())).version;
    const v2 = (await a.register(await regressionPackage())).version;
    const results = await Promise.allSettled([
      a.moveAlias(move('staging', v2, v1)),
      b.moveAlias(move('staging', v2, v1, { actor: 'hubot' })),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(ConcurrentUpdateError);
    expect(await a.current('staging')).toBe(v2);
    expect((await a.history('staging')).filter((event) => event.previous === v1)).toHaveLength(1);
  });

  it('follows Link pagination through deployments and their statuses', async () => {
    const reg = registry();
    const v1 = (await reg.register(await binaryPackage())).version;
    const v2 = (await reg.register(await regressionPackage())).version;
    let previous: string | null = null;
    for (let i = 0; i < 5; i++) {
      const version = i % 2 === 0 ? v1 : v2;
      await reg.moveAlias(move('dev', version, previous ?? (await reg.current('dev')) ?? null));
      previous = version;
    }
    server.pageSizeCap = 2;
    try {
      const before = server.requestsFor('repos/list-deployments').length;
      const history = await reg.history('dev');
      expect(history.length).toBeGreaterThanOrEqual(5);
      expect(history.slice(-5).map((event) => event.version)).toEqual([v1, v2, v1, v2, v1]);
      const pages = server.requestsFor('repos/list-deployments').slice(before);
      expect(pages.map((request) => request.query.page ?? '1').slice(0, 3)).toEqual(['1', '2', '3']);
      const all = await listDeploymentsWithStatuses(client(), {
        owner: server.owner,
        repo: server.repo,
        environment: 'dev',
      });
      expect(all.length).toBe(server.deployments.filter((deployment) => deployment.environment === 'dev').length);
      // auto_inactive: earlier successful dev deployments got an `inactive` status too (2 statuses, one page).
      expect(
        all.some((deployment) => deployment.statuses.map((status) => status.state).join() === 'inactive,success'),
      ).toBe(true);
    } finally {
      server.pageSizeCap = 100;
    }
  });
});

describe('GitHub environment protection', () => {
  it('reports required reviewers, an unprotected environment and a missing one', async () => {
    server.environments.set('production', {
      reviewers: [
        { type: 'User', id: 1, login: 'octocat' },
        { type: 'Team', id: 2, login: 'ml-leads' },
      ],
      preventSelfReview: true,
      branchPolicy: { protected_branches: true, custom_branch_policies: false },
    });
    server.environments.set('staging', { waitTimer: 5 });
    const github = client();
    const production = await checkEnvironmentProtection(github, server.owner, server.repo, 'production');
    expect(production).toMatchObject({
      exists: true,
      protected: true,
      requiredReviewers: 2,
      preventSelfReview: true,
      branchPolicy: 'protected-branches',
    });
    const staging = await checkEnvironmentProtection(github, server.owner, server.repo, 'staging');
    expect(staging).toMatchObject({
      exists: true,
      protected: false,
      requiredReviewers: 0,
      waitTimer: 5,
      branchPolicy: 'none',
    });
    expect(staging.message).toMatch(/not protected.*required reviewers/);
    const missing = await checkEnvironmentProtection(github, server.owner, server.repo, 'prod');
    expect(missing).toMatchObject({ exists: false, protected: false });
    expect(missing.message).toMatch(/creates a missing environment, without any protection rule/);
  });
});

describe('GitHub REST client', () => {
  it('turns 401 and 403 into configuration errors naming the permission', async () => {
    const bad = registry('revoked');
    const error = await bad.get(`sha256:${'3'.repeat(64)}`).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error)).toMatch(/401: Bad credentials.*contents: read/);

    const readOnly = registry('read-only');
    const directory = await thirdPackage();
    await expect(readOnly.register(directory)).rejects.toThrow(/403.*needs `contents: write`/);
    const v1 = (await registry().register(directory)).version;
    const denied = await readOnly
      .moveAlias(move('dev', v1, (await readOnly.current('dev')) ?? null))
      .catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(GithubPermissionError);
    expect(String(denied)).toMatch(/needs `deployments: write`/);
  });

  it('retries 5xx and secondary rate limits with bounded back-off', async () => {
    const reg = registry();
    const { version } = await reg.register(await binaryPackage());
    const before = server.requestsFor('repos/get-release-by-tag').length;
    server.failNext('repos/get-release-by-tag', 502, { times: 2, message: 'Bad Gateway' });
    sleeps.length = 0;
    expect((await reg.get(version))?.version).toBe(version);
    expect(server.requestsFor('repos/get-release-by-tag').length - before).toBe(3);
    expect(sleeps).toHaveLength(2);

    server.failNext('repos/get-release-by-tag', 403, {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '3' },
    });
    sleeps.length = 0;
    expect((await reg.get(version))?.version).toBe(version);
    expect(sleeps[0]).toBeGreaterThanOrEqual(3000);

    server.failNext('repos/get-release-by-tag', 503, { times: 10, message: 'Service Unavailable' });
    const error = await reg.get(version).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GithubApiError);
    expect(String(error)).toMatch(/503: Service Unavailable.*gave up after 4 tries/);
    server.clearFaults();

    // A 4xx is an answer, not a hiccup: never retried.
    const creates = server.requestsFor('repos/create-deployment').length;
    server.failNext('repos/create-deployment', 409, { message: 'Conflict' });
    await expect(reg.moveAlias(move('dev', version, (await reg.current('dev')) ?? null))).rejects.toThrow(
      /409: Conflict/,
    );
    expect(server.requestsFor('repos/create-deployment').length - creates).toBe(1);
  });
});

describe('the contract server itself', () => {
  it('records requests and answers that stray from the OpenAPI description', async () => {
    const fake = await ContractServer.start();
    try {
      const headers = {
        authorization: 'Bearer test-token',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'test',
        'content-type': 'application/json',
      };
      const bad = await fetch(`${fake.url}/repos/o/r/deployments/12/statuses`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ state: 'done' }),
      });
      expect(bad.status).toBe(500);
      expect(fake.violations[0]?.problem).toMatch(/request body.*allowedValues/);
      const noRef = await fetch(`${fake.url}/repos/o/r/deployments`, { method: 'POST', headers, body: '{}' });
      expect(noRef.status).toBe(500);
      const query = await fetch(`${fake.url}/repos/o/r/deployments?pages=2`, { headers });
      expect(query.status).toBe(500);
      fake.failNext('repos/list-deployments', 418, { message: 'teapot' });
      const undocumented = await fetch(`${fake.url}/repos/o/r/deployments`, { headers });
      expect(undocumented.status).toBe(500);
      expect(fake.violations.map((violation) => violation.problem)).toEqual([
        expect.stringMatching(/request body/),
        expect.stringMatching(/must have required property 'ref'/),
        expect.stringMatching(/undocumented query parameter `pages`/),
        expect.stringMatching(/status 418 is not documented/),
      ]);
    } finally {
      await fake.close();
    }
  });
});
