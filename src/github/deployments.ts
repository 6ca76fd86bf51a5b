import {
  type GithubClient,
  type Json,
  type JsonObject,
  loginOf,
  numberField,
  objectOf,
  optionalBoolean,
  optionalString,
  stringField,
} from './rest.js';

export const DEPLOYMENT_STATES = [
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success',
] as const;
export type DeploymentState = (typeof DEPLOYMENT_STATES)[number];

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  /** GitHub returns the payload as it was given: an object, or a string (often empty) for deployments made elsewhere. */
  payload: JsonObject | string;
  description: string | null;
  creator: string | undefined;
  createdAt: string;
  productionEnvironment: boolean | undefined;
  transientEnvironment: boolean | undefined;
}

export interface DeploymentStatus {
  id: number;
  state: DeploymentState;
  description: string;
  environmentUrl: string | undefined;
  logUrl: string | undefined;
  creator: string | undefined;
  createdAt: string;
}

export interface Repository {
  owner: string;
  repo: string;
}

export interface CreateDeploymentInput extends Repository {
  ref: string;
  environment: string;
  /** GitHub's default is `deploy`; a task of our own lets readers skip the deployments Actions jobs create. */
  task?: string;
  payload: { [key: string]: Json };
  description: string;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
}

/**
 * repos/create-deployment. `auto_merge: false` and `required_contexts: []`: promoting a model must neither merge
 * the default branch into `ref` nor wait for (or be refused by) commit statuses the model has nothing to do with.
 */
export async function createDeployment(client: GithubClient, input: CreateDeploymentInput): Promise<Deployment> {
  const response = await client.request('POST /repos/{owner}/{repo}/deployments', {
    params: { owner: input.owner, repo: input.repo },
    body: {
      ref: input.ref,
      task: input.task ?? 'deploy',
      auto_merge: false,
      required_contexts: [],
      payload: input.payload,
      environment: input.environment,
      description: input.description,
      production_environment: input.productionEnvironment,
      transient_environment: input.transientEnvironment,
    },
    permission: 'deployments: write',
  });
  if (response.status !== 201) {
    throw new Error(
      `GitHub created no deployment for ${input.environment} (answer ${response.status}: ${JSON.stringify(response.data)})`,
    );
  }
  return parseDeployment(response.data);
}

export interface CreateDeploymentStatusInput extends Repository {
  deploymentId: number;
  state: DeploymentState;
  environmentUrl?: string;
  logUrl?: string;
  description?: string;
  /** GitHub's default (true) marks earlier successful deployments of the environment inactive. */
  autoInactive?: boolean;
}

/** repos/create-deployment-status. GitHub keeps at most 140 characters of a description. */
export async function createDeploymentStatus(
  client: GithubClient,
  input: CreateDeploymentStatusInput,
): Promise<DeploymentStatus> {
  const body: { [key: string]: Json } = { state: input.state };
  if (input.environmentUrl !== undefined) body.environment_url = input.environmentUrl;
  if (input.logUrl !== undefined) body.log_url = input.logUrl;
  if (input.description !== undefined) body.description = truncate(input.description, 140);
  if (input.autoInactive !== undefined) body.auto_inactive = input.autoInactive;
  const response = await client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
    params: { owner: input.owner, repo: input.repo, deployment_id: input.deploymentId },
    body,
    permission: 'deployments: write',
  });
  return parseDeploymentStatus(response.data);
}

export interface ListDeploymentsInput extends Repository {
  environment?: string;
  task?: string;
  ref?: string;
}

/** repos/list-deployments, newest first, one page at a time so a reader can stop early. */
export async function* iterateDeployments(
  client: GithubClient,
  input: ListDeploymentsInput,
): AsyncGenerator<Deployment, void, undefined> {
  for await (const item of client.paginate('GET /repos/{owner}/{repo}/deployments', {
    params: { owner: input.owner, repo: input.repo },
    query: { environment: input.environment, task: input.task, ref: input.ref },
    permission: 'deployments: read',
  })) {
    yield parseDeployment(item);
  }
}

export async function listDeployments(client: GithubClient, input: ListDeploymentsInput): Promise<Deployment[]> {
  const deployments: Deployment[] = [];
  for await (const deployment of iterateDeployments(client, input)) deployments.push(deployment);
  return deployments;
}

/** repos/list-deployment-statuses, newest first (GitHub's order). */
export async function listDeploymentStatuses(
  client: GithubClient,
  input: Repository & { deploymentId: number },
): Promise<DeploymentStatus[]> {
  const items = await client.collect('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
    params: { owner: input.owner, repo: input.repo, deployment_id: input.deploymentId },
    permission: 'deployments: read',
  });
  return items.map(parseDeploymentStatus).sort((a, b) => b.id - a.id);
}

/** Deployments with their statuses: the history of an environment as GitHub records it. */
export async function listDeploymentsWithStatuses(
  client: GithubClient,
  input: ListDeploymentsInput,
): Promise<Array<Deployment & { statuses: DeploymentStatus[] }>> {
  const result = [];
  for (const deployment of await listDeployments(client, input)) {
    const statuses = await listDeploymentStatuses(client, { ...input, deploymentId: deployment.id });
    result.push({ ...deployment, statuses });
  }
  return result;
}

export function parseDeployment(value: unknown): Deployment {
  const record = objectOf(value, 'deployment');
  const payload = record.payload;
  return {
    id: numberField(record, 'id', 'deployment'),
    sha: stringField(record, 'sha', 'deployment'),
    ref: stringField(record, 'ref', 'deployment'),
    task: stringField(record, 'task', 'deployment'),
    environment: stringField(record, 'environment', 'deployment'),
    payload: typeof payload === 'string' ? payload : objectOf(payload ?? {}, 'deployment.payload'),
    description: optionalString(record, 'description') ?? null,
    creator: loginOf(record.creator),
    createdAt: stringField(record, 'created_at', 'deployment'),
    productionEnvironment: optionalBoolean(record, 'production_environment'),
    transientEnvironment: optionalBoolean(record, 'transient_environment'),
  };
}

export function parseDeploymentStatus(value: unknown): DeploymentStatus {
  const record = objectOf(value, 'deployment status');
  const state = stringField(record, 'state', 'deployment status');
  const known = DEPLOYMENT_STATES.find((candidate) => candidate === state);
  if (known === undefined) throw new Error(`GitHub API: unknown deployment status state ${JSON.stringify(state)}`);
  return {
    id: numberField(record, 'id', 'deployment status'),
    state: known,
    description: optionalString(record, 'description') ?? '',
    environmentUrl: nonEmpty(optionalString(record, 'environment_url')),
    logUrl: nonEmpty(optionalString(record, 'log_url') ?? optionalString(record, 'target_url')),
    creator: loginOf(record.creator),
    createdAt: stringField(record, 'created_at', 'deployment status'),
  };
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
