import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { checkedBy } from '../core/validator.js';
import validateModelPackage from '../generated/validators/model-package.js';
import {
  createDeployment,
  createDeploymentStatus,
  type Deployment,
  type DeploymentState,
  type DeploymentStatus,
  iterateDeployments,
  listDeploymentStatuses,
} from '../github/deployments.js';
import {
  GithubApiError,
  GithubClient,
  isNotFound,
  type Json,
  type JsonObject,
  numberField,
  objectOf,
  optionalString,
  stringField,
} from '../github/rest.js';
import {
  MANIFEST_FILE,
  MODEL_FILE,
  type ModelManifest,
  PROFILE_FILE,
  readModelPackage,
  sha256Hex,
} from '../model/package.js';
import {
  type AliasEvent,
  ConcurrentUpdateError,
  type EvidenceRecord,
  type ModelRegistry,
  type RegisteredVersion,
  STAGES,
  type Stage,
} from './types.js';

export interface GithubRegistrySpec {
  owner: string;
  repo: string;
  token: string;
  apiUrl?: string;
  /** Base of the asset upload host (uploads.github.com on github.com). */
  uploadUrl?: string;
  /** Ref recorded on each deployment; default the model version's release tag. */
  ref?: string;
  /** URL shown on a stage's deployments (the serving endpoint). */
  environmentUrls?: Partial<Record<Stage, string>>;
  /** A ready client (tests inject retry and sleep settings). */
  client?: GithubClient;
}

/** Deployments of this task are the registry's; the ones Actions jobs create (task `deploy`) are not. */
export const DEPLOYMENT_TASK = 'deploy:mlops-model';
export const ALIAS_PAYLOAD_FORMAT = 'mlops-actions/alias';
const VERSION_PATTERN = /^sha256:([0-9a-f]{64})$/;
const EVIDENCE_ASSET = /^evidence-([a-z0-9][a-z0-9-]*)-(\d+)\.json$/;
/**
 * A deployment with no status yet is a promotion in flight; one older than this is taken for a writer that
 * crashed between its two requests, and no longer blocks others.
 */
const IN_FLIGHT_MS = 10 * 60 * 1000;

const validateManifest = checkedBy<ModelManifest>(
  validateModelPackage,
  'model manifest (see schemas/model-package.schema.json)',
);

export function releaseTag(version: string): string {
  return `model-${hexOf(version).slice(0, 12)}`;
}

/**
 * A registry kept in the repository itself, so it lives as long as the repository and needs no other service:
 * - each version is a release (tag `model-<first 12 hex of the digest>`) whose assets are the package files and
 *   its evidence records (`evidence-<kind>-<n>.json`); a release is made as a draft and published once all its
 *   assets are uploaded, so readers (who look releases up by tag, which finds no drafts) never see half of one;
 * - each stage is a GitHub environment; every alias move is a deployment (task `deploy:mlops-model`, the event
 *   in its payload) plus a status. A move counts once it has a status that is not `error`: the newest such
 *   deployment is the stage's current version, and the status's state is the event's outcome.
 */
export function createGithubRegistry(spec: GithubRegistrySpec | string): ModelRegistry {
  if (typeof spec === 'string') spec = specFromLocation(spec);
  const client =
    spec.client ??
    new GithubClient({
      token: spec.token,
      ...(spec.apiUrl === undefined ? {} : { apiUrl: spec.apiUrl }),
      ...(spec.uploadUrl === undefined ? {} : { uploadUrl: spec.uploadUrl }),
    });
  return new GithubRegistry(client, spec);
}

/**
 * `github` (this workflow's repository) or `github:owner/repo`, with the token an action or the CLI was given:
 * the `github-token` input, else GITHUB_TOKEN.
 */
export function specFromLocation(location: string, env: NodeJS.ProcessEnv = process.env): GithubRegistrySpec {
  const named = location === 'github' ? env.GITHUB_REPOSITORY : location.replace(/^github:/, '');
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(named ?? '');
  if (match?.[1] === undefined || match[2] === undefined) {
    throw new ConfigurationError(
      `registry ${location}: name the repository as \`github:owner/repo\`${location === 'github' ? ' (GITHUB_REPOSITORY is not set outside a workflow)' : ''}`,
    );
  }
  const token = env['INPUT_GITHUB-TOKEN'] || env.GITHUB_TOKEN || '';
  if (token === '') {
    throw new ConfigurationError(
      `registry ${location}: no GitHub token; pass \`github-token\` or set GITHUB_TOKEN (it needs \`contents: write\` and \`deployments: write\`)`,
    );
  }
  return { owner: match[1], repo: match[2], token, ...(env.GITHUB_SHA ? { ref: env.GITHUB_SHA } : {}) };
}

interface Asset {
  id: number;
  name: string;
  /** `sha256:<hex>` as GitHub computed it on upload; null for assets uploaded before GitHub recorded digests. */
  digest: string | null;
}

interface Release {
  id: number;
  tag: string;
  draft: boolean;
  createdAt: string;
  publishedAt: string | null;
}

interface AliasPayload {
  modelVersion: string;
  previous: string | null;
  action: 'promote' | 'rollback';
  reason: string;
  actor: string;
  at: string;
  runUrl?: string;
  evidence: Array<{ kind: string; digest: string; passed: boolean }>;
  attempt: string;
}

interface Move {
  deployment: Deployment;
  payload: AliasPayload;
  statuses: DeploymentStatus[];
}

class GithubRegistry implements ModelRegistry {
  readonly location: string;
  private readonly repository: { owner: string; repo: string };

  constructor(
    private readonly client: GithubClient,
    private readonly spec: GithubRegistrySpec,
  ) {
    this.location = `github:${spec.owner}/${spec.repo}`;
    this.repository = { owner: spec.owner, repo: spec.repo };
  }

  async register(packageDirectory: string): Promise<RegisteredVersion> {
    const pkg = await readModelPackage(packageDirectory);
    const version = pkg.manifest.version;
    const existing = await this.findRelease(version);
    if (existing !== undefined) return this.describe(existing, version);

    const tag = releaseTag(version);
    const created = await this.client.request('POST /repos/{owner}/{repo}/releases', {
      params: this.repository,
      body: {
        tag_name: tag,
        ...(this.spec.ref === undefined ? {} : { target_commitish: this.spec.ref }),
        name: `${pkg.manifest.name} ${version.slice(0, 'sha256:'.length + 12)}`,
        body: releaseBody(pkg.manifest),
        draft: true,
        prerelease: false,
        // A model version must never become the repository's "Latest release" of the code.
        make_latest: 'false',
      },
      permission: 'contents: write',
    });
    const draft = parseRelease(created.data);
    const files: Array<[string, string]> = [
      [MODEL_FILE, 'application/octet-stream'],
      [MANIFEST_FILE, 'application/json'],
    ];
    if (await exists(path.join(packageDirectory, PROFILE_FILE))) files.push([PROFILE_FILE, 'application/json']);
    try {
      for (const [name, contentType] of files) {
        const bytes = await readFile(path.join(packageDirectory, name));
        await this.client.uploadReleaseAsset({ ...this.repository, releaseId: draft.id, name, bytes, contentType });
      }
      await this.client.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        params: { ...this.repository, release_id: draft.id },
        body: { draft: false, make_latest: 'false' },
        permission: 'contents: write',
      });
    } catch (error) {
      // Another writer may have published the same version first (the tag then exists): theirs is as good.
      const winner = await this.findRelease(version).catch(() => undefined);
      await this.deleteRelease(draft.id);
      if (winner !== undefined) return this.describe(winner, version);
      throw error;
    }
    const published = await this.findRelease(version);
    if (published === undefined) throw new Error(`${this.location}: release ${tag} vanished right after publishing`);
    return this.describe(published, version);
  }

  async get(version: string): Promise<RegisteredVersion | undefined> {
    checkVersion(version);
    const release = await this.findRelease(version);
    return release === undefined ? undefined : this.describe(release, version);
  }

  async download(version: string, directory: string): Promise<void> {
    checkVersion(version);
    const release = await this.requireRelease(version);
    const assets = await this.listAssets(release);
    const files = new Map<string, Uint8Array>();
    for (const name of [MODEL_FILE, MANIFEST_FILE, PROFILE_FILE]) {
      const asset = assets.find((candidate) => candidate.name === name);
      if (asset === undefined) {
        if (name === PROFILE_FILE) continue;
        throw new Error(`${this.location}: release ${release.tag} has no ${name} asset`);
      }
      files.set(name, await this.fetchAsset(asset, release));
    }
    const onnx = files.get(MODEL_FILE);
    if (onnx === undefined || `sha256:${sha256Hex(onnx)}` !== version) {
      throw new ConfigurationError(
        `${this.location}: ${MODEL_FILE} of release ${release.tag} has digest sha256:${onnx === undefined ? '?' : sha256Hex(onnx)}, not ${version}: the release was modified after registration; do not use it`,
      );
    }
    await mkdir(directory, { recursive: true });
    for (const [name, bytes] of files) {
      // Each file appears whole or not at all, even if the job is cancelled mid-download.
      const temporary = path.join(directory, `.${name}.${randomUUID()}.tmp`);
      await writeFile(temporary, bytes);
      await rename(temporary, path.join(directory, name));
    }
    // The manifest must describe this model (and pass its schema) before anyone serves the directory.
    const pkg = await readModelPackage(directory);
    if (pkg.manifest.version !== version) {
      throw new ConfigurationError(
        `${this.location}: ${MANIFEST_FILE} of release ${release.tag} describes ${pkg.manifest.version}, not ${version}`,
      );
    }
  }

  async list(): Promise<RegisteredVersion[]> {
    const versions: RegisteredVersion[] = [];
    for await (const item of this.client.paginate('GET /repos/{owner}/{repo}/releases', {
      params: this.repository,
      permission: 'contents: read',
    })) {
      const release = parseRelease(item);
      if (release.draft || !/^model-[0-9a-f]{12}$/.test(release.tag)) continue;
      versions.push(await this.describe(release));
    }
    return versions.sort((a, b) => a.registeredAt.localeCompare(b.registeredAt));
  }

  async addEvidence(version: string, evidence: EvidenceRecord): Promise<void> {
    checkVersion(version);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(evidence.kind)) {
      throw new ConfigurationError(
        `evidence kind ${JSON.stringify(evidence.kind)}: use lower-case letters, digits and dashes (it names a release asset)`,
      );
    }
    const release = await this.requireRelease(version);
    const bytes = new TextEncoder().encode(`${JSON.stringify(evidence, null, 2)}\n`);
    const taken = (await this.listAssets(release))
      .map((asset) => EVIDENCE_ASSET.exec(asset.name))
      .filter((match) => match?.[1] === evidence.kind)
      .map((match) => Number(match?.[2]));
    let n = Math.max(0, ...taken) + 1;
    // Two jobs recording the same kind at once race for the same name: GitHub refuses the second (422), which
    // then takes the next number.
    for (let tries = 0; ; tries++) {
      try {
        await this.client.uploadReleaseAsset({
          ...this.repository,
          releaseId: release.id,
          name: `evidence-${evidence.kind}-${n}.json`,
          bytes,
          contentType: 'application/json',
        });
        return;
      } catch (error) {
        if (!(error instanceof GithubApiError && error.status === 422) || tries >= 5) throw error;
        n += 1;
      }
    }
  }

  async current(stage: Stage): Promise<string | undefined> {
    checkStage(stage);
    return (await this.latestMove(stage))?.payload.modelVersion;
  }

  async history(stage: Stage): Promise<AliasEvent[]> {
    checkStage(stage);
    const events: AliasEvent[] = [];
    for await (const move of this.moves(stage)) {
      if (isCommitted(move.statuses)) events.push(toEvent(stage, move));
    }
    return events.reverse();
  }

  async moveAlias(event: AliasEvent): Promise<void> {
    checkStage(event.stage);
    checkVersion(event.version);
    if (event.previous !== null) checkVersion(event.previous);
    const release = await this.requireRelease(event.version);
    const head = await this.latestMove(event.stage);
    const now = head?.payload.modelVersion ?? null;
    if (now !== event.previous) {
      throw new ConcurrentUpdateError(
        `${this.location}: ${event.stage} points at ${now ?? 'nothing'}, not ${event.previous ?? 'nothing'}: another promotion got there first; read the stage again and retry`,
      );
    }
    const attempt = randomUUID();
    const payload: { [key: string]: Json } = {
      format: ALIAS_PAYLOAD_FORMAT,
      modelVersion: event.version,
      previous: event.previous,
      action: event.action,
      reason: event.reason,
      actor: event.actor,
      at: event.at,
      ...(event.runUrl === undefined ? {} : { runUrl: event.runUrl }),
      evidence: event.evidence.map((item) => ({ kind: item.kind, digest: item.digest, passed: item.passed })),
      attempt,
    };
    const deployment = await createDeployment(this.client, {
      ...this.repository,
      ref: this.spec.ref ?? release.tag,
      environment: event.stage,
      task: DEPLOYMENT_TASK,
      payload,
      description: `${event.action} ${event.version.slice(0, 19)}: ${event.reason}`.slice(0, 140),
      productionEnvironment: event.stage === 'production',
      transientEnvironment: false,
    });
    // The check above and the deployment are two requests: a writer that read the same head and created its
    // deployment in between (a smaller id) wins, and this one steps back. Ids grow with creation order.
    const rival = await this.rivalBetween(event.stage, head?.deployment.id ?? 0, deployment.id, attempt);
    if (rival !== undefined) {
      await createDeploymentStatus(this.client, {
        ...this.repository,
        deploymentId: deployment.id,
        state: 'error',
        description: `abandoned: deployment ${rival.id} promoted ${event.stage} concurrently`,
        autoInactive: false,
      });
      throw new ConcurrentUpdateError(
        `${this.location}: deployment ${rival.id} (${rival.creator ?? 'unknown'}, ${rival.createdAt}) is promoting ${event.stage} at the same time; read the stage again and retry`,
      );
    }
    const environmentUrl = this.spec.environmentUrls?.[event.stage];
    await createDeploymentStatus(this.client, {
      ...this.repository,
      deploymentId: deployment.id,
      state: stateOf(event.outcome),
      ...(environmentUrl === undefined ? {} : { environmentUrl }),
      ...(event.runUrl === undefined ? {} : { logUrl: event.runUrl }),
      description: `${event.action} to ${event.version.slice(0, 19)} by ${event.actor}: ${event.reason}`,
    });
  }

  /** The registry's deployments of a stage, newest first, each with its statuses. */
  private async *moves(stage: Stage): AsyncGenerator<Move, void, undefined> {
    for await (const deployment of iterateDeployments(this.client, {
      ...this.repository,
      environment: stage,
      task: DEPLOYMENT_TASK,
    })) {
      const payload = parsePayload(deployment);
      if (payload === undefined) continue;
      const statuses = await listDeploymentStatuses(this.client, { ...this.repository, deploymentId: deployment.id });
      yield { deployment, payload, statuses };
    }
  }

  private async latestMove(stage: Stage): Promise<Move | undefined> {
    for await (const move of this.moves(stage)) if (isCommitted(move.statuses)) return move;
    return undefined;
  }

  private async rivalBetween(
    stage: Stage,
    after: number,
    before: number,
    attempt: string,
  ): Promise<Deployment | undefined> {
    for await (const move of this.moves(stage)) {
      const id = move.deployment.id;
      if (id <= after) return undefined;
      // A retried POST may have created our deployment twice: the copy carries our attempt id and is no rival.
      if (id >= before || move.payload.attempt === attempt) continue;
      const inFlight = move.statuses.length === 0 && Date.now() - Date.parse(move.deployment.createdAt) < IN_FLIGHT_MS;
      if (inFlight || isCommitted(move.statuses)) return move.deployment;
    }
    return undefined;
  }

  private async findRelease(version: string): Promise<Release | undefined> {
    try {
      const { data } = await this.client.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', {
        params: { ...this.repository, tag: releaseTag(version) },
        permission: 'contents: read',
      });
      return parseRelease(data);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  private async requireRelease(version: string): Promise<Release> {
    const release = await this.findRelease(version);
    if (release === undefined) {
      throw new ConfigurationError(
        `${this.location}: ${version} is not registered (no release ${releaseTag(version)}); register the package first`,
      );
    }
    return release;
  }

  private async deleteRelease(id: number): Promise<void> {
    await this.client
      .request('DELETE /repos/{owner}/{repo}/releases/{release_id}', {
        params: { ...this.repository, release_id: id },
        permission: 'contents: write',
      })
      // A leftover draft is invisible to readers; failing to delete it must not hide the original error.
      .catch(() => undefined);
  }

  private async listAssets(release: Release): Promise<Asset[]> {
    const items = await this.client.collect('GET /repos/{owner}/{repo}/releases/{release_id}/assets', {
      params: { ...this.repository, release_id: release.id },
      permission: 'contents: read',
    });
    return items.flatMap((item) => {
      const record = objectOf(item, 'release asset');
      // An upload that never finished stays `starter`/`open`: it has no complete bytes to read.
      if (record.state !== 'uploaded') return [];
      return [
        {
          id: numberField(record, 'id', 'release asset'),
          name: stringField(record, 'name', 'release asset'),
          digest: optionalString(record, 'digest') ?? null,
        },
      ];
    });
  }

  /** An asset's bytes, checked against the digest GitHub computed when it was uploaded. */
  private async fetchAsset(asset: Asset, release: Release): Promise<Uint8Array> {
    const bytes = await this.client.downloadReleaseAsset(this.spec.owner, this.spec.repo, asset.id);
    const actual = `sha256:${sha256Hex(bytes)}`;
    if (asset.digest !== null && asset.digest !== actual) {
      throw new ConfigurationError(
        `${this.location}: asset ${asset.name} of release ${release.tag} downloaded with digest ${actual} but GitHub recorded ${asset.digest}; the download or the stored file is corrupt`,
      );
    }
    return bytes;
  }

  private async readManifest(release: Release, assets: Asset[]): Promise<ModelManifest> {
    const asset = assets.find((candidate) => candidate.name === MANIFEST_FILE);
    if (asset === undefined) throw new Error(`${this.location}: release ${release.tag} has no ${MANIFEST_FILE} asset`);
    const text = new TextDecoder().decode(await this.fetchAsset(asset, release));
    return validateManifest(JSON.parse(text), `${this.location} ${release.tag}/${MANIFEST_FILE}`);
  }

  /** The version a release holds; `version` is the one the caller looked up, to catch a tag collision. */
  private async describe(release: Release, version?: string): Promise<RegisteredVersion> {
    const assets = await this.listAssets(release);
    const manifest = await this.readManifest(release, assets);
    if (version !== undefined && manifest.version !== version) {
      // Two versions whose digests share their first 12 hex digits would share a tag.
      throw new ConfigurationError(
        `${this.location}: release ${release.tag} holds ${manifest.version}, not ${version} (tag collision or tampering)`,
      );
    }
    const evidence: Array<{ record: EvidenceRecord; id: number }> = [];
    for (const asset of assets) {
      if (!EVIDENCE_ASSET.test(asset.name)) continue;
      const text = new TextDecoder().decode(await this.fetchAsset(asset, release));
      evidence.push({ record: parseEvidence(JSON.parse(text), `${release.tag}/${asset.name}`), id: asset.id });
    }
    evidence.sort((a, b) => a.record.recordedAt.localeCompare(b.record.recordedAt) || a.id - b.id);
    return {
      version: manifest.version,
      manifest,
      registeredAt: release.publishedAt ?? release.createdAt,
      evidence: evidence.map((item) => item.record),
    };
  }
}

function parseRelease(value: unknown): Release {
  const record = objectOf(value, 'release');
  return {
    id: numberField(record, 'id', 'release'),
    tag: stringField(record, 'tag_name', 'release'),
    draft: record.draft === true,
    createdAt: stringField(record, 'created_at', 'release'),
    publishedAt: optionalString(record, 'published_at') ?? null,
  };
}

function parsePayload(deployment: Deployment): AliasPayload | undefined {
  if (typeof deployment.payload === 'string') return undefined;
  const p: JsonObject = deployment.payload;
  if (p.format !== ALIAS_PAYLOAD_FORMAT || typeof p.modelVersion !== 'string') return undefined;
  if (!VERSION_PATTERN.test(p.modelVersion)) return undefined;
  const evidence = Array.isArray(p.evidence)
    ? p.evidence.flatMap((item: unknown) => {
        if (typeof item !== 'object' || item === null) return [];
        const record = objectOf(item, 'evidence');
        return typeof record.kind === 'string' && typeof record.digest === 'string'
          ? [{ kind: record.kind, digest: record.digest, passed: record.passed === true }]
          : [];
      })
    : [];
  return {
    modelVersion: p.modelVersion,
    previous: typeof p.previous === 'string' ? p.previous : null,
    action: p.action === 'rollback' ? 'rollback' : 'promote',
    reason: typeof p.reason === 'string' ? p.reason : '',
    actor: typeof p.actor === 'string' ? p.actor : (deployment.creator ?? 'unknown'),
    at: typeof p.at === 'string' ? p.at : deployment.createdAt,
    ...(typeof p.runUrl === 'string' ? { runUrl: p.runUrl } : {}),
    evidence,
    attempt: typeof p.attempt === 'string' ? p.attempt : '',
  };
}

function parseEvidence(value: unknown, source: string): EvidenceRecord {
  const record = objectOf(value, source);
  return {
    kind: stringField(record, 'kind', source),
    passed: record.passed === true,
    digest: stringField(record, 'digest', source),
    source: stringField(record, 'source', source),
    ...(typeof record.version === 'string' ? { version: record.version } : {}),
    ...(typeof record.commit === 'string' ? { commit: record.commit } : {}),
    recordedAt: stringField(record, 'recordedAt', source),
  };
}

/** A move counts once its first status is anything but the `error` a writer that lost a race leaves. */
function isCommitted(statuses: DeploymentStatus[]): boolean {
  const first = statuses.at(-1);
  return first !== undefined && first.state !== 'error';
}

function toEvent(stage: Stage, move: Move): AliasEvent {
  return {
    stage,
    version: move.payload.modelVersion,
    previous: move.payload.previous,
    action: move.payload.action,
    reason: move.payload.reason,
    actor: move.payload.actor,
    at: move.payload.at,
    ...(move.payload.runUrl === undefined ? {} : { runUrl: move.payload.runUrl }),
    evidence: move.payload.evidence,
    deploymentId: move.deployment.id,
    outcome: outcomeOf(move.statuses),
  };
}

/** The newest status decides, so a deployment job may report the real rollout's result after the move. */
function outcomeOf(statuses: DeploymentStatus[]): AliasEvent['outcome'] {
  const latest = statuses[0]?.state;
  if (latest === 'success') return 'success';
  if (latest === 'inactive') return statuses.some((status) => status.state === 'success') ? 'success' : 'pending';
  if (latest === 'failure' || latest === 'error') return 'failure';
  return 'pending';
}

function stateOf(outcome: AliasEvent['outcome']): DeploymentState {
  return outcome === 'success' ? 'success' : outcome === 'failure' ? 'failure' : 'in_progress';
}

function releaseBody(manifest: ModelManifest): string {
  return [
    `Model version \`${manifest.version}\` registered by mlops-actions.`,
    '',
    `- name: ${manifest.name}`,
    `- task: ${manifest.task}`,
    `- created: ${manifest.createdAt}`,
    `- framework: ${manifest.framework.name} (${manifest.framework.backend})`,
    ...(manifest.lineage.git?.commit === undefined ? [] : [`- commit: ${manifest.lineage.git.commit}`]),
    '',
    'Assets: `model.onnx`, `model.json`, `profile.json` and evidence records; stages are the environments of this repository (Deployments).',
  ].join('\n');
}

function hexOf(version: string): string {
  const match = VERSION_PATTERN.exec(version);
  if (match?.[1] === undefined)
    throw new ConfigurationError(`not a model version: ${version} (expected sha256:<64 hex>)`);
  return match[1];
}

function checkVersion(version: string): void {
  hexOf(version);
}

function checkStage(stage: string): void {
  if (!STAGES.some((known) => known === stage)) {
    throw new ConfigurationError(`unknown stage ${JSON.stringify(stage)}: use one of ${STAGES.join(', ')}`);
  }
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined;
}
