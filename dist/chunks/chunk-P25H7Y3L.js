import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  loginOf,
  numberField,
  objectOf,
  optionalBoolean,
  optionalString,
  stringField
} from "./chunk-OOAZJM7Z.js";

// src/github/deployments.ts
var DEPLOYMENT_STATES = [
  "error",
  "failure",
  "inactive",
  "in_progress",
  "queued",
  "pending",
  "success"
];
async function createDeployment(client, input) {
  const response = await client.request("POST /repos/{owner}/{repo}/deployments", {
    params: { owner: input.owner, repo: input.repo },
    body: {
      ref: input.ref,
      task: input.task ?? "deploy",
      auto_merge: false,
      required_contexts: [],
      payload: input.payload,
      environment: input.environment,
      description: input.description,
      production_environment: input.productionEnvironment,
      transient_environment: input.transientEnvironment
    },
    permission: "deployments: write"
  });
  if (response.status !== 201) {
    throw new Error(
      `GitHub created no deployment for ${input.environment} (answer ${response.status}: ${JSON.stringify(response.data)})`
    );
  }
  return parseDeployment(response.data);
}
async function createDeploymentStatus(client, input) {
  const body = { state: input.state };
  if (input.environmentUrl !== void 0) body.environment_url = input.environmentUrl;
  if (input.logUrl !== void 0) body.log_url = input.logUrl;
  if (input.description !== void 0) body.description = truncate(input.description, 140);
  if (input.autoInactive !== void 0) body.auto_inactive = input.autoInactive;
  const response = await client.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
    params: { owner: input.owner, repo: input.repo, deployment_id: input.deploymentId },
    body,
    permission: "deployments: write"
  });
  return parseDeploymentStatus(response.data);
}
async function* iterateDeployments(client, input) {
  for await (const item of client.paginate("GET /repos/{owner}/{repo}/deployments", {
    params: { owner: input.owner, repo: input.repo },
    query: { environment: input.environment, task: input.task, ref: input.ref },
    permission: "deployments: read"
  })) {
    yield parseDeployment(item);
  }
}
async function listDeploymentStatuses(client, input) {
  const items = await client.collect("GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
    params: { owner: input.owner, repo: input.repo, deployment_id: input.deploymentId },
    permission: "deployments: read"
  });
  return items.map(parseDeploymentStatus).sort((a, b) => b.id - a.id);
}
function parseDeployment(value) {
  const record = objectOf(value, "deployment");
  const payload = record.payload;
  return {
    id: numberField(record, "id", "deployment"),
    sha: stringField(record, "sha", "deployment"),
    ref: stringField(record, "ref", "deployment"),
    task: stringField(record, "task", "deployment"),
    environment: stringField(record, "environment", "deployment"),
    payload: typeof payload === "string" ? payload : objectOf(payload ?? {}, "deployment.payload"),
    description: optionalString(record, "description") ?? null,
    creator: loginOf(record.creator),
    createdAt: stringField(record, "created_at", "deployment"),
    productionEnvironment: optionalBoolean(record, "production_environment"),
    transientEnvironment: optionalBoolean(record, "transient_environment")
  };
}
function parseDeploymentStatus(value) {
  const record = objectOf(value, "deployment status");
  const state = stringField(record, "state", "deployment status");
  const known = DEPLOYMENT_STATES.find((candidate) => candidate === state);
  if (known === void 0) throw new Error(`GitHub API: unknown deployment status state ${JSON.stringify(state)}`);
  return {
    id: numberField(record, "id", "deployment status"),
    state: known,
    description: optionalString(record, "description") ?? "",
    environmentUrl: nonEmpty(optionalString(record, "environment_url")),
    logUrl: nonEmpty(optionalString(record, "log_url") ?? optionalString(record, "target_url")),
    creator: loginOf(record.creator),
    createdAt: stringField(record, "created_at", "deployment status")
  };
}
function nonEmpty(text) {
  return text === void 0 || text === "" ? void 0 : text;
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

export {
  createDeployment,
  createDeploymentStatus,
  iterateDeployments,
  listDeploymentStatuses
};
