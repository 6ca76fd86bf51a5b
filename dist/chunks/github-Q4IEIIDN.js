import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  createDeployment,
  createDeploymentStatus,
  iterateDeployments,
  listDeploymentStatuses
} from "./chunk-P25H7Y3L.js";
import {
  GithubApiError,
  GithubClient,
  isNotFound,
  numberField,
  objectOf,
  optionalString,
  stringField
} from "./chunk-OOAZJM7Z.js";
import {
  model_package_default
} from "./chunk-EMMXLZTK.js";
import {
  MANIFEST_FILE,
  MODEL_FILE,
  PROFILE_FILE,
  readModelPackage,
  sha256Hex
} from "./chunk-YNCSL7WP.js";
import "./chunk-HJIXDHLD.js";
import {
  checkedBy
} from "./chunk-FEWK3QBM.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-TPMIUAPN.js";
import {
  ConcurrentUpdateError,
  STAGES
} from "./chunk-KO3WFQKK.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";

// src/registry/github.ts
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
var DEPLOYMENT_TASK = "deploy:mlops-model";
var ALIAS_PAYLOAD_FORMAT = "mlops-actions/alias";
var VERSION_PATTERN = /^sha256:([0-9a-f]{64})$/;
var EVIDENCE_ASSET = /^evidence-([a-z0-9][a-z0-9-]*)-(\d+)\.json$/;
var IN_FLIGHT_MS = 10 * 60 * 1e3;
var validateManifest = checkedBy(
  model_package_default,
  "model manifest (see schemas/model-package.schema.json)"
);
function releaseTag(version) {
  return `model-${hexOf(version).slice(0, 12)}`;
}
function createGithubRegistry(spec) {
  if (typeof spec === "string") spec = specFromLocation(spec);
  const client = spec.client ?? new GithubClient({
    token: spec.token,
    ...spec.apiUrl === void 0 ? {} : { apiUrl: spec.apiUrl },
    ...spec.uploadUrl === void 0 ? {} : { uploadUrl: spec.uploadUrl }
  });
  return new GithubRegistry(client, spec);
}
function specFromLocation(location, env = process.env) {
  const named = location === "github" ? env.GITHUB_REPOSITORY : location.replace(/^github:/, "");
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(named ?? "");
  if (match?.[1] === void 0 || match[2] === void 0) {
    throw new ConfigurationError(
      `registry ${location}: name the repository as \`github:owner/repo\`${location === "github" ? " (GITHUB_REPOSITORY is not set outside a workflow)" : ""}`
    );
  }
  const token = env["INPUT_GITHUB-TOKEN"] || env.GITHUB_TOKEN || "";
  if (token === "") {
    throw new ConfigurationError(
      `registry ${location}: no GitHub token; pass \`github-token\` or set GITHUB_TOKEN (it needs \`contents: write\` and \`deployments: write\`)`
    );
  }
  return { owner: match[1], repo: match[2], token, ...env.GITHUB_SHA ? { ref: env.GITHUB_SHA } : {} };
}
var GithubRegistry = class {
  constructor(client, spec) {
    this.client = client;
    this.spec = spec;
    this.location = `github:${spec.owner}/${spec.repo}`;
    this.repository = { owner: spec.owner, repo: spec.repo };
  }
  client;
  spec;
  location;
  repository;
  async register(packageDirectory) {
    const pkg = await readModelPackage(packageDirectory);
    const version = pkg.manifest.version;
    const existing = await this.findRelease(version);
    if (existing !== void 0) return this.describe(existing, version);
    const tag = releaseTag(version);
    const created = await this.client.request("POST /repos/{owner}/{repo}/releases", {
      params: this.repository,
      body: {
        tag_name: tag,
        ...this.spec.ref === void 0 ? {} : { target_commitish: this.spec.ref },
        name: `${pkg.manifest.name} ${version.slice(0, "sha256:".length + 12)}`,
        body: releaseBody(pkg.manifest),
        draft: true,
        prerelease: false,
        // A model version must never become the repository's "Latest release" of the code.
        make_latest: "false"
      },
      permission: "contents: write"
    });
    const draft = parseRelease(created.data);
    const files = [
      [MODEL_FILE, "application/octet-stream"],
      [MANIFEST_FILE, "application/json"]
    ];
    if (await exists(path.join(packageDirectory, PROFILE_FILE))) files.push([PROFILE_FILE, "application/json"]);
    try {
      for (const [name, contentType] of files) {
        const bytes = await readFile(path.join(packageDirectory, name));
        await this.client.uploadReleaseAsset({ ...this.repository, releaseId: draft.id, name, bytes, contentType });
      }
      await this.client.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
        params: { ...this.repository, release_id: draft.id },
        body: { draft: false, make_latest: "false" },
        permission: "contents: write"
      });
    } catch (error) {
      const winner = await this.findRelease(version).catch(() => void 0);
      await this.deleteRelease(draft.id);
      if (winner !== void 0) return this.describe(winner, version);
      throw error;
    }
    const published = await this.findRelease(version);
    if (published === void 0) throw new Error(`${this.location}: release ${tag} vanished right after publishing`);
    return this.describe(published, version);
  }
  async get(version) {
    checkVersion(version);
    const release = await this.findRelease(version);
    return release === void 0 ? void 0 : this.describe(release, version);
  }
  async download(version, directory) {
    checkVersion(version);
    const release = await this.requireRelease(version);
    const assets = await this.listAssets(release);
    const files = /* @__PURE__ */ new Map();
    for (const name of [MODEL_FILE, MANIFEST_FILE, PROFILE_FILE]) {
      const asset = assets.find((candidate) => candidate.name === name);
      if (asset === void 0) {
        if (name === PROFILE_FILE) continue;
        throw new Error(`${this.location}: release ${release.tag} has no ${name} asset`);
      }
      files.set(name, await this.fetchAsset(asset, release));
    }
    const onnx = files.get(MODEL_FILE);
    if (onnx === void 0 || `sha256:${sha256Hex(onnx)}` !== version) {
      throw new ConfigurationError(
        `${this.location}: ${MODEL_FILE} of release ${release.tag} has digest sha256:${onnx === void 0 ? "?" : sha256Hex(onnx)}, not ${version}: the release was modified after registration; do not use it`
      );
    }
    await mkdir(directory, { recursive: true });
    for (const [name, bytes] of files) {
      const temporary = path.join(directory, `.${name}.${randomUUID()}.tmp`);
      await writeFile(temporary, bytes);
      await rename(temporary, path.join(directory, name));
    }
    const pkg = await readModelPackage(directory);
    if (pkg.manifest.version !== version) {
      throw new ConfigurationError(
        `${this.location}: ${MANIFEST_FILE} of release ${release.tag} describes ${pkg.manifest.version}, not ${version}`
      );
    }
  }
  async list() {
    const versions = [];
    for await (const item of this.client.paginate("GET /repos/{owner}/{repo}/releases", {
      params: this.repository,
      permission: "contents: read"
    })) {
      const release = parseRelease(item);
      if (release.draft || !/^model-[0-9a-f]{12}$/.test(release.tag)) continue;
      versions.push(await this.describe(release));
    }
    return versions.sort((a, b) => a.registeredAt.localeCompare(b.registeredAt));
  }
  async addEvidence(version, evidence) {
    checkVersion(version);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(evidence.kind)) {
      throw new ConfigurationError(
        `evidence kind ${JSON.stringify(evidence.kind)}: use lower-case letters, digits and dashes (it names a release asset)`
      );
    }
    const release = await this.requireRelease(version);
    const bytes = new TextEncoder().encode(`${JSON.stringify(evidence, null, 2)}
`);
    const taken = (await this.listAssets(release)).map((asset) => EVIDENCE_ASSET.exec(asset.name)).filter((match) => match?.[1] === evidence.kind).map((match) => Number(match?.[2]));
    let n = Math.max(0, ...taken) + 1;
    for (let tries = 0; ; tries++) {
      try {
        await this.client.uploadReleaseAsset({
          ...this.repository,
          releaseId: release.id,
          name: `evidence-${evidence.kind}-${n}.json`,
          bytes,
          contentType: "application/json"
        });
        return;
      } catch (error) {
        if (!(error instanceof GithubApiError && error.status === 422) || tries >= 5) throw error;
        n += 1;
      }
    }
  }
  async current(stage) {
    checkStage(stage);
    return (await this.latestMove(stage))?.payload.modelVersion;
  }
  async history(stage) {
    checkStage(stage);
    const events = [];
    for await (const move of this.moves(stage)) {
      if (isCommitted(move.statuses)) events.push(toEvent(stage, move));
    }
    return events.reverse();
  }
  async moveAlias(event) {
    checkStage(event.stage);
    checkVersion(event.version);
    if (event.previous !== null) checkVersion(event.previous);
    const release = await this.requireRelease(event.version);
    const head = await this.latestMove(event.stage);
    const now = head?.payload.modelVersion ?? null;
    if (now !== event.previous) {
      throw new ConcurrentUpdateError(
        `${this.location}: ${event.stage} points at ${now ?? "nothing"}, not ${event.previous ?? "nothing"}: another promotion got there first; read the stage again and retry`
      );
    }
    const attempt = randomUUID();
    const payload = {
      format: ALIAS_PAYLOAD_FORMAT,
      modelVersion: event.version,
      previous: event.previous,
      action: event.action,
      reason: event.reason,
      actor: event.actor,
      at: event.at,
      ...event.runUrl === void 0 ? {} : { runUrl: event.runUrl },
      evidence: event.evidence.map((item) => ({ kind: item.kind, digest: item.digest, passed: item.passed })),
      attempt
    };
    const deployment = await createDeployment(this.client, {
      ...this.repository,
      ref: this.spec.ref ?? release.tag,
      environment: event.stage,
      task: DEPLOYMENT_TASK,
      payload,
      description: `${event.action} ${event.version.slice(0, 19)}: ${event.reason}`.slice(0, 140),
      productionEnvironment: event.stage === "production",
      transientEnvironment: false
    });
    const rival = await this.rivalBetween(event.stage, head?.deployment.id ?? 0, deployment.id, attempt);
    if (rival !== void 0) {
      await createDeploymentStatus(this.client, {
        ...this.repository,
        deploymentId: deployment.id,
        state: "error",
        description: `abandoned: deployment ${rival.id} promoted ${event.stage} concurrently`,
        autoInactive: false
      });
      throw new ConcurrentUpdateError(
        `${this.location}: deployment ${rival.id} (${rival.creator ?? "unknown"}, ${rival.createdAt}) is promoting ${event.stage} at the same time; read the stage again and retry`
      );
    }
    const environmentUrl = this.spec.environmentUrls?.[event.stage];
    await createDeploymentStatus(this.client, {
      ...this.repository,
      deploymentId: deployment.id,
      state: stateOf(event.outcome),
      ...environmentUrl === void 0 ? {} : { environmentUrl },
      ...event.runUrl === void 0 ? {} : { logUrl: event.runUrl },
      description: `${event.action} to ${event.version.slice(0, 19)} by ${event.actor}: ${event.reason}`
    });
  }
  /** The registry's deployments of a stage, newest first, each with its statuses. */
  async *moves(stage) {
    for await (const deployment of iterateDeployments(this.client, {
      ...this.repository,
      environment: stage,
      task: DEPLOYMENT_TASK
    })) {
      const payload = parsePayload(deployment);
      if (payload === void 0) continue;
      const statuses = await listDeploymentStatuses(this.client, { ...this.repository, deploymentId: deployment.id });
      yield { deployment, payload, statuses };
    }
  }
  async latestMove(stage) {
    for await (const move of this.moves(stage)) if (isCommitted(move.statuses)) return move;
    return void 0;
  }
  async rivalBetween(stage, after, before, attempt) {
    for await (const move of this.moves(stage)) {
      const id = move.deployment.id;
      if (id <= after) return void 0;
      if (id >= before || move.payload.attempt === attempt) continue;
      const inFlight = move.statuses.length === 0 && Date.now() - Date.parse(move.deployment.createdAt) < IN_FLIGHT_MS;
      if (inFlight || isCommitted(move.statuses)) return move.deployment;
    }
    return void 0;
  }
  async findRelease(version) {
    try {
      const { data } = await this.client.request("GET /repos/{owner}/{repo}/releases/tags/{tag}", {
        params: { ...this.repository, tag: releaseTag(version) },
        permission: "contents: read"
      });
      return parseRelease(data);
    } catch (error) {
      if (isNotFound(error)) return void 0;
      throw error;
    }
  }
  async requireRelease(version) {
    const release = await this.findRelease(version);
    if (release === void 0) {
      throw new ConfigurationError(
        `${this.location}: ${version} is not registered (no release ${releaseTag(version)}); register the package first`
      );
    }
    return release;
  }
  async deleteRelease(id) {
    await this.client.request("DELETE /repos/{owner}/{repo}/releases/{release_id}", {
      params: { ...this.repository, release_id: id },
      permission: "contents: write"
    }).catch(() => void 0);
  }
  async listAssets(release) {
    const items = await this.client.collect("GET /repos/{owner}/{repo}/releases/{release_id}/assets", {
      params: { ...this.repository, release_id: release.id },
      permission: "contents: read"
    });
    return items.flatMap((item) => {
      const record = objectOf(item, "release asset");
      if (record.state !== "uploaded") return [];
      return [
        {
          id: numberField(record, "id", "release asset"),
          name: stringField(record, "name", "release asset"),
          digest: optionalString(record, "digest") ?? null
        }
      ];
    });
  }
  /** An asset's bytes, checked against the digest GitHub computed when it was uploaded. */
  async fetchAsset(asset, release) {
    const bytes = await this.client.downloadReleaseAsset(this.spec.owner, this.spec.repo, asset.id);
    const actual = `sha256:${sha256Hex(bytes)}`;
    if (asset.digest !== null && asset.digest !== actual) {
      throw new ConfigurationError(
        `${this.location}: asset ${asset.name} of release ${release.tag} downloaded with digest ${actual} but GitHub recorded ${asset.digest}; the download or the stored file is corrupt`
      );
    }
    return bytes;
  }
  async readManifest(release, assets) {
    const asset = assets.find((candidate) => candidate.name === MANIFEST_FILE);
    if (asset === void 0) throw new Error(`${this.location}: release ${release.tag} has no ${MANIFEST_FILE} asset`);
    const text = new TextDecoder().decode(await this.fetchAsset(asset, release));
    return validateManifest(JSON.parse(text), `${this.location} ${release.tag}/${MANIFEST_FILE}`);
  }
  /** The version a release holds; `version` is the one the caller looked up, to catch a tag collision. */
  async describe(release, version) {
    const assets = await this.listAssets(release);
    const manifest = await this.readManifest(release, assets);
    if (version !== void 0 && manifest.version !== version) {
      throw new ConfigurationError(
        `${this.location}: release ${release.tag} holds ${manifest.version}, not ${version} (tag collision or tampering)`
      );
    }
    const evidence = [];
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
      evidence: evidence.map((item) => item.record)
    };
  }
};
function parseRelease(value) {
  const record = objectOf(value, "release");
  return {
    id: numberField(record, "id", "release"),
    tag: stringField(record, "tag_name", "release"),
    draft: record.draft === true,
    createdAt: stringField(record, "created_at", "release"),
    publishedAt: optionalString(record, "published_at") ?? null
  };
}
function parsePayload(deployment) {
  if (typeof deployment.payload === "string") return void 0;
  const p = deployment.payload;
  if (p.format !== ALIAS_PAYLOAD_FORMAT || typeof p.modelVersion !== "string") return void 0;
  if (!VERSION_PATTERN.test(p.modelVersion)) return void 0;
  const evidence = Array.isArray(p.evidence) ? p.evidence.flatMap((item) => {
    if (typeof item !== "object" || item === null) return [];
    const record = objectOf(item, "evidence");
    return typeof record.kind === "string" && typeof record.digest === "string" ? [{ kind: record.kind, digest: record.digest, passed: record.passed === true }] : [];
  }) : [];
  return {
    modelVersion: p.modelVersion,
    previous: typeof p.previous === "string" ? p.previous : null,
    action: p.action === "rollback" ? "rollback" : "promote",
    reason: typeof p.reason === "string" ? p.reason : "",
    actor: typeof p.actor === "string" ? p.actor : deployment.creator ?? "unknown",
    at: typeof p.at === "string" ? p.at : deployment.createdAt,
    ...typeof p.runUrl === "string" ? { runUrl: p.runUrl } : {},
    evidence,
    attempt: typeof p.attempt === "string" ? p.attempt : ""
  };
}
function parseEvidence(value, source) {
  const record = objectOf(value, source);
  return {
    kind: stringField(record, "kind", source),
    passed: record.passed === true,
    digest: stringField(record, "digest", source),
    source: stringField(record, "source", source),
    ...typeof record.version === "string" ? { version: record.version } : {},
    ...typeof record.commit === "string" ? { commit: record.commit } : {},
    recordedAt: stringField(record, "recordedAt", source)
  };
}
function isCommitted(statuses) {
  const first = statuses.at(-1);
  return first !== void 0 && first.state !== "error";
}
function toEvent(stage, move) {
  return {
    stage,
    version: move.payload.modelVersion,
    previous: move.payload.previous,
    action: move.payload.action,
    reason: move.payload.reason,
    actor: move.payload.actor,
    at: move.payload.at,
    ...move.payload.runUrl === void 0 ? {} : { runUrl: move.payload.runUrl },
    evidence: move.payload.evidence,
    deploymentId: move.deployment.id,
    outcome: outcomeOf(move.statuses)
  };
}
function outcomeOf(statuses) {
  const latest = statuses[0]?.state;
  if (latest === "success") return "success";
  if (latest === "inactive") return statuses.some((status) => status.state === "success") ? "success" : "pending";
  if (latest === "failure" || latest === "error") return "failure";
  return "pending";
}
function stateOf(outcome) {
  return outcome === "success" ? "success" : outcome === "failure" ? "failure" : "in_progress";
}
function releaseBody(manifest) {
  return [
    `Model version \`${manifest.version}\` registered by mlops-actions.`,
    "",
    `- name: ${manifest.name}`,
    `- task: ${manifest.task}`,
    `- created: ${manifest.createdAt}`,
    `- framework: ${manifest.framework.name} (${manifest.framework.backend})`,
    ...manifest.lineage.git?.commit === void 0 ? [] : [`- commit: ${manifest.lineage.git.commit}`],
    "",
    "Assets: `model.onnx`, `model.json`, `profile.json` and evidence records; stages are the environments of this repository (Deployments)."
  ].join("\n");
}
function hexOf(version) {
  const match = VERSION_PATTERN.exec(version);
  if (match?.[1] === void 0)
    throw new ConfigurationError(`not a model version: ${version} (expected sha256:<64 hex>)`);
  return match[1];
}
function checkVersion(version) {
  hexOf(version);
}
function checkStage(stage) {
  if (!STAGES.some((known) => known === stage)) {
    throw new ConfigurationError(`unknown stage ${JSON.stringify(stage)}: use one of ${STAGES.join(", ")}`);
  }
}
async function exists(file) {
  return await stat(file).catch(() => void 0) !== void 0;
}
export {
  ALIAS_PAYLOAD_FORMAT,
  DEPLOYMENT_TASK,
  createGithubRegistry,
  releaseTag,
  specFromLocation
};
