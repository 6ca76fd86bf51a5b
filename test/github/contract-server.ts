import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import { compress } from 'snappyjs';

/**
 * A fake GitHub for the endpoints the registry uses, held to GitHub's published OpenAPI description
 * (@octokit/openapi): every request's path and query parameters and JSON body, and every response the fake
 * builds, is validated against the operation's documented schemas. A mismatch is recorded as a violation and
 * answered 500, so a test that passes against this fake passes against requests and answers GitHub documents.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Permission = 'read' | 'write';
/** `user` stands for a token with a user behind it (a PAT); installation tokens such as GITHUB_TOKEN lack it. */
type Scope = 'contents' | 'deployments' | 'actions' | 'issues' | 'pull_requests' | 'user' | 'attestations';

export interface ContractViolation {
  operationId: string;
  method: string;
  url: string;
  problem: string;
}

export interface RecordedRequest {
  operationId: string;
  method: string;
  /** Path with placeholders filled, without the upload prefix. */
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON body, or undefined. */
  body: Json | undefined;
  bytes: number;
  status: number;
}

export interface EnvironmentConfig {
  reviewers?: Array<{ type: 'User' | 'Team'; id: number; login: string }>;
  preventSelfReview?: boolean;
  waitTimer?: number;
  branchPolicy?: { protected_branches: boolean; custom_branch_policies: boolean } | null;
}

interface Reply {
  status: number;
  body?: Json;
  bytes?: Uint8Array;
  headers?: Record<string, string>;
}

interface Context {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Json | undefined;
  raw: Buffer;
  headers: IncomingMessage['headers'];
  origin: string;
  path: string;
}

interface Route {
  operationId: string;
  method: string;
  template: string;
  /** Served under /uploads (the upload host), as GitHub serves it on uploads.github.com. */
  upload?: boolean;
  scope: Scope;
  /** A second permission that also grants the call (PR comments take `issues` or `pull_requests`). */
  orScope?: Scope;
  access: Permission;
  handle: (context: Context) => Reply;
}

interface CompiledOperation {
  route: Route;
  pattern: RegExp;
  names: string[];
  pathParams: ValidateFunction;
  queryParams: ValidateFunction;
  queryNames: Set<string>;
  requestBody: ValidateFunction | undefined;
  requestContentTypes: string[];
  bodyRequired: boolean;
  responses: Map<string, { schema: ValidateFunction | undefined; hasContent: boolean }>;
}

interface StoredAsset {
  id: number;
  name: string;
  contentType: string;
  bytes: Uint8Array;
  digest: string;
  createdAt: string;
}

interface StoredRelease {
  id: number;
  tag: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  targetCommitish: string;
  createdAt: string;
  publishedAt: string | null;
  assets: StoredAsset[];
}

interface StoredStatus {
  id: number;
  state: string;
  description: string;
  environment: string;
  environmentUrl: string;
  logUrl: string;
  createdAt: string;
}

interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
  createdAt: string;
  updatedAt: string;
}

interface StoredAttestation {
  id: number;
  /** The subject digests GitHub indexes it under (`sha256:<hex>`). */
  digests: string[];
  predicateType: string;
  bundle: JsonObject;
  /** Listed with only a `bundle_url` to snappy-compressed storage, as GitHub does for some bundles. */
  viaUrl: boolean;
}

interface StoredDeployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: Json;
  environment: string;
  description: string | null;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
  createdAt: string;
  statuses: StoredStatus[];
}

const OWNER = 'octo-org';
const REPO = 'models';
const API_DOCS = 'https://docs.github.com/rest';

const require = createRequire(import.meta.url);
let documentCache: JsonObject | undefined;

/** The dereferenced description (no `$ref`s to resolve): about 70 MB, parsed once per test process. */
function openApiDocument(): JsonObject {
  if (documentCache === undefined) {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
    documentCache = asObject(JSON.parse(readFileSync(file, 'utf8')), 'OpenAPI document');
  }
  return documentCache;
}

export class ContractServer {
  readonly violations: ContractViolation[] = [];
  readonly requests: RecordedRequest[] = [];
  /** GitHub caps per_page at 100; tests lower the cap to exercise Link pagination with few items. */
  pageSizeCap = 100;
  readonly owner = OWNER;
  readonly repo = REPO;
  /** token → permissions it carries; a token not listed gets 401 Bad credentials. */
  readonly tokens = new Map<string, Partial<Record<Scope, Permission>>>([
    ['test-token', { contents: 'write', deployments: 'write', actions: 'read' }],
  ]);
  readonly environments = new Map<string, EnvironmentConfig>();
  readonly releases: StoredRelease[] = [];
  readonly deployments: StoredDeployment[] = [];
  /** Issue and pull-request comments, oldest first. */
  readonly comments: StoredComment[] = [];
  /** token → the login its comments are written by; unlisted tokens write as github-actions[bot]. */
  readonly logins = new Map<string, string>();
  readonly attestations: StoredAttestation[] = [];
  /**
   * The message GitHub refuses new attestations with when the repository's plan has none (a user-owned private
   * repository, an organisation without GitHub Enterprise Cloud); undefined: the plan allows them.
   */
  attestationPlanLimit: string | undefined;

  private readonly operations: CompiledOperation[];
  private readonly faults: Array<{
    operationId: string;
    status: number;
    times: number;
    headers: Record<string, string>;
    message: string;
  }> = [];
  private nextId = 1000;
  private clock = 0;
  private readonly hooks = new Map<string, () => void>();
  private server: Server | undefined;
  private origin = '';

  private constructor() {
    this.operations = compileOperations(this.routes());
  }

  static async start(): Promise<ContractServer> {
    const fake = new ContractServer();
    const server = createServer((request, response) => {
      fake.serve(request, response).catch((error: unknown) => {
        fake.violations.push({
          operationId: '?',
          method: request.method ?? '?',
          url: request.url ?? '?',
          problem: String(error),
        });
        if (!response.headersSent) response.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.server = server;
    fake.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return fake;
  }

  get url(): string {
    return this.origin;
  }

  get uploadUrl(): string {
    return `${this.origin}/uploads`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((error) => (error ? reject(error) : resolve())));
  }

  /** The next `times` calls of `operationId` fail with `status` (before any state changes). */
  failNext(
    operationId: string,
    status: number,
    options: { times?: number; headers?: Record<string, string>; message?: string } = {},
  ): void {
    this.faults.push({
      operationId,
      status,
      times: options.times ?? 1,
      headers: options.headers ?? {},
      message: options.message ?? 'Server Error',
    });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Runs `hook` once, just before the next call of `operationId` is handled (to interleave a rival writer). */
  before(operationId: string, hook: () => void): void {
    this.hooks.set(operationId, hook);
  }

  /** A deployment made behind the client's back (another workflow), with its statuses oldest first. */
  addDeployment(input: { environment: string; task: string; ref: string; payload: Json; states: string[] }): number {
    const deployment: StoredDeployment = {
      id: this.id(),
      sha: createHash('sha1').update(input.ref).digest('hex'),
      ref: input.ref,
      task: input.task,
      payload: input.payload,
      environment: input.environment,
      description: null,
      productionEnvironment: input.environment === 'production',
      transientEnvironment: false,
      createdAt: this.now(),
      statuses: [],
    };
    for (const state of input.states) deployment.statuses.unshift(this.status(deployment, state, {}));
    this.deployments.push(deployment);
    return deployment.id;
  }

  /**
   * An attestation stored behind the client's back (another workflow, or a wrong answer when `digests` or
   * `predicateType` say what its statement does not): indexed as its statement says unless told otherwise.
   */
  addAttestation(
    bundle: JsonObject,
    options: { digests?: string[]; predicateType?: string; viaUrl?: boolean } = {},
  ): number {
    const statement = statementOf(bundle);
    const attestation: StoredAttestation = {
      id: this.id(),
      digests: options.digests ?? statement?.digests ?? [],
      predicateType: options.predicateType ?? statement?.predicateType ?? '',
      bundle,
      viaUrl: options.viaUrl ?? false,
    };
    this.attestations.push(attestation);
    return attestation.id;
  }

  requestsFor(operationId: string): RecordedRequest[] {
    return this.requests.filter((request) => request.operationId === operationId);
  }

  release(tag: string): StoredRelease | undefined {
    return this.releases.find((release) => release.tag === tag && !release.draft);
  }

  /** Replaces an asset's bytes; `recomputeDigest` mimics a delete-and-re-upload, otherwise storage corruption. */
  tamperAsset(tag: string, name: string, bytes: Uint8Array, recomputeDigest: boolean): void {
    const asset = this.release(tag)?.assets.find((candidate) => candidate.name === name);
    if (asset === undefined) throw new Error(`no asset ${name} in ${tag}`);
    asset.bytes = bytes;
    if (recomputeDigest) asset.digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.origin);
    const raw = await readAll(request);
    if (url.pathname.startsWith('/_storage/')) return this.serveStorage(request, url, response);
    const method = request.method ?? 'GET';
    const upload = url.pathname.startsWith('/uploads/');
    const path = upload ? url.pathname.slice('/uploads'.length) : url.pathname;
    const operation = this.operations.find(
      (candidate) =>
        candidate.route.method === method &&
        (candidate.route.upload ?? false) === upload &&
        candidate.pattern.test(path),
    );
    const violation = (operationId: string, problem: string): void => {
      this.violations.push({ operationId, method, url: url.pathname + url.search, problem });
    };
    if (operation === undefined) {
      violation('?', 'no documented operation the fake implements matches this request');
      return send(response, { status: 500, body: { message: 'unimplemented' } });
    }
    const operationId = operation.route.operationId;
    const match = operation.pattern.exec(path);
    const params: Record<string, string> = {};
    operation.names.forEach((name, index) => {
      params[name] = decodeURIComponent(match?.[index + 1] ?? '');
    });
    const query = Object.fromEntries(url.searchParams);
    const record: RecordedRequest = {
      operationId,
      method,
      path,
      params,
      query,
      headers: Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, String(value)])),
      body: undefined,
      bytes: raw.length,
      status: 0,
    };
    this.requests.push(record);

    const problems = this.checkRequest(operation, request, raw, params, query, record);
    if (problems.length > 0) {
      for (const problem of problems) violation(operationId, problem);
      record.status = 500;
      return send(response, { status: 500, body: { message: `contract violation: ${problems.join('; ')}` } });
    }

    const hook = this.hooks.get(operationId);
    this.hooks.delete(operationId);
    hook?.();
    const reply =
      this.authorize(operation.route, request) ??
      this.injectFault(operation) ??
      operation.route.handle({
        params,
        query: url.searchParams,
        body: record.body,
        raw,
        headers: request.headers,
        origin: this.origin,
        path,
      });
    const responseProblems = checkResponse(operation, reply);
    if (responseProblems.length > 0) {
      for (const problem of responseProblems) violation(operationId, `response ${reply.status}: ${problem}`);
      record.status = 500;
      return send(response, { status: 500, body: { message: `contract violation in the fake's answer` } });
    }
    record.status = reply.status;
    send(response, reply);
  }

  private checkRequest(
    operation: CompiledOperation,
    request: IncomingMessage,
    raw: Buffer,
    params: Record<string, string>,
    query: Record<string, string>,
    record: RecordedRequest,
  ): string[] {
    const problems: string[] = [];
    if (request.headers['x-github-api-version'] !== '2022-11-28') {
      problems.push('X-GitHub-Api-Version: 2022-11-28 is missing');
    }
    if (request.headers['user-agent'] === undefined) problems.push('GitHub refuses requests without a User-Agent');
    if (!operation.pathParams({ ...params })) problems.push(`path parameters: ${errorsOf(operation.pathParams)}`);
    for (const name of Object.keys(query)) {
      if (!operation.queryNames.has(name)) problems.push(`undocumented query parameter \`${name}\``);
    }
    if (!operation.queryParams({ ...query })) problems.push(`query parameters: ${errorsOf(operation.queryParams)}`);
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
    if (raw.length === 0) {
      if (operation.bodyRequired) problems.push('the request body is required');
      return problems;
    }
    // The upload endpoint documents octet-stream but takes the asset's own media type in Content-Type.
    if (!operation.route.upload && !operation.requestContentTypes.includes(contentType)) {
      problems.push(
        `content type ${contentType || '(none)'} is not one of ${operation.requestContentTypes.join(', ')}`,
      );
      return problems;
    }
    if (contentType === 'application/json') {
      let body: Json;
      try {
        body = JSON.parse(raw.toString('utf8')) as Json;
      } catch {
        problems.push('the body is not JSON');
        return problems;
      }
      record.body = body;
      if (operation.requestBody !== undefined && !operation.requestBody(body)) {
        problems.push(`request body: ${errorsOf(operation.requestBody)}`);
      }
    }
    return problems;
  }

  private authorize(route: Route, request: IncomingMessage): Reply | undefined {
    const header = request.headers.authorization ?? '';
    const token = /^(?:Bearer|token) (.+)$/.exec(header)?.[1];
    const permissions = token === undefined ? undefined : this.tokens.get(token);
    if (permissions === undefined) {
      return { status: 401, body: { message: 'Bad credentials', documentation_url: API_DOCS, status: '401' } };
    }
    const allows = (scope: Scope | undefined): boolean => {
      const granted = scope === undefined ? undefined : permissions[scope];
      return granted !== undefined && (route.access === 'read' || granted === 'write');
    };
    if (!allows(route.scope) && !allows(route.orScope)) {
      return {
        status: 403,
        body: { message: 'Resource not accessible by integration', documentation_url: API_DOCS, status: '403' },
        headers: {
          'x-accepted-github-permissions': [route.scope, ...(route.orScope === undefined ? [] : [route.orScope])]
            .map((scope) => `${scope}=${route.access}`)
            .join('; '),
        },
      };
    }
    return undefined;
  }

  private injectFault(operation: CompiledOperation): Reply | undefined {
    const fault = this.faults.find(
      (candidate) => candidate.operationId === operation.route.operationId && candidate.times > 0,
    );
    if (fault === undefined) return undefined;
    fault.times -= 1;
    // Some errors are documented without a body (create-deployment's 409): the fault follows the description.
    const bodyless = operation.responses.get(String(fault.status))?.hasContent === false;
    return {
      status: fault.status,
      ...(bodyless ? {} : { body: { message: fault.message, documentation_url: API_DOCS } }),
      headers: fault.headers,
    };
  }

  /** The signed storage host an asset download redirects to; like S3, it refuses a second credential. */
  private serveStorage(request: IncomingMessage, url: URL, response: ServerResponse): void {
    if (url.pathname.startsWith('/_storage/attestations/')) {
      this.serveAttestationStorage(request, url, response);
      return;
    }
    const id = Number(url.pathname.split('/').at(-1));
    const asset = this.releases.flatMap((release) => release.assets).find((candidate) => candidate.id === id);
    if (request.headers.authorization !== undefined) {
      response
        .writeHead(400, { 'content-type': 'application/xml' })
        .end('<Error>Only one auth mechanism allowed</Error>');
      return;
    }
    if (asset === undefined || url.searchParams.get('sig') !== signature(id)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(asset.bytes);
  }

  /** An attestation's `bundle_url`: the bundle's JSON, snappy-compressed (`.json.sn`), behind a URL signature. */
  private serveAttestationStorage(request: IncomingMessage, url: URL, response: ServerResponse): void {
    const id = Number(/(\d+)\.json\.sn$/.exec(url.pathname)?.[1]);
    const attestation = this.attestations.find((candidate) => candidate.id === id);
    if (request.headers.authorization !== undefined) {
      response.writeHead(403, { 'content-type': 'application/xml' }).end('<Error>AuthenticationFailed</Error>');
      return;
    }
    if (attestation === undefined || url.searchParams.get('sig') !== signature(id)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': 'application/octet-stream' })
      .end(snappyCompress(Buffer.from(JSON.stringify(attestation.bundle))));
  }

  private attestationJson(attestation: StoredAttestation): JsonObject {
    return {
      ...(attestation.viaUrl ? {} : { bundle: attestation.bundle }),
      repository_id: 1296269,
      ...(attestation.viaUrl
        ? {
            bundle_url: `${this.origin}/_storage/attestations/${attestation.id}.json.sn?sig=${signature(attestation.id)}`,
          }
        : {}),
      initiator: 'user',
    };
  }

  /** Real time (the registry compares ages with Date.now()), strictly increasing so orders are total. */
  private now(): string {
    this.clock = Math.max(Date.now(), this.clock + 1);
    return new Date(this.clock).toISOString();
  }

  private id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  private repoUrl(): string {
    return `${this.origin}/repos/${OWNER}/${REPO}`;
  }

  private paged(items: Json[], context: Context): Reply {
    const perPage = Math.min(Number(context.query.get('per_page') ?? 30), this.pageSizeCap);
    const page = Number(context.query.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string): string => {
      const next = new URL(context.path, context.origin);
      context.query.forEach((value, key) => {
        next.searchParams.set(key, value);
      });
      next.searchParams.set('page', String(n));
      return `<${next.href}>; rel="${rel}"`;
    };
    const links = [
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
    ];
    return { status: 200, body: slice, headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  private findRelease(id: string): StoredRelease | undefined {
    return this.releases.find((release) => String(release.id) === id);
  }

  private releaseJson(release: StoredRelease): JsonObject {
    const url = `${this.repoUrl()}/releases/${release.id}`;
    return {
      url,
      html_url: `https://github.com/${OWNER}/${REPO}/releases/${release.draft ? `untagged-${release.id}` : `tag/${release.tag}`}`,
      assets_url: `${url}/assets`,
      upload_url: `${this.uploadUrl}/repos/${OWNER}/${REPO}/releases/${release.id}/assets{?name,label}`,
      tarball_url: release.draft ? null : `${this.repoUrl()}/tarball/${release.tag}`,
      zipball_url: release.draft ? null : `${this.repoUrl()}/zipball/${release.tag}`,
      id: release.id,
      node_id: `RE_${release.id}`,
      tag_name: release.tag,
      target_commitish: release.targetCommitish,
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      created_at: release.createdAt,
      published_at: release.publishedAt,
      author: user(this.origin),
      assets: release.assets.map((asset) => this.assetJson(asset)),
    };
  }

  private assetJson(asset: StoredAsset): JsonObject {
    return {
      url: `${this.repoUrl()}/releases/assets/${asset.id}`,
      browser_download_url: `https://github.com/${OWNER}/${REPO}/releases/download/x/${asset.name}`,
      id: asset.id,
      node_id: `RA_${asset.id}`,
      name: asset.name,
      label: '',
      state: 'uploaded',
      content_type: asset.contentType,
      size: asset.bytes.length,
      digest: asset.digest,
      download_count: 0,
      created_at: asset.createdAt,
      updated_at: asset.createdAt,
      uploader: user(this.origin),
    };
  }

  private deploymentJson(deployment: StoredDeployment): JsonObject {
    const url = `${this.repoUrl()}/deployments/${deployment.id}`;
    return {
      url,
      id: deployment.id,
      node_id: `DE_${deployment.id}`,
      sha: deployment.sha,
      ref: deployment.ref,
      task: deployment.task,
      payload: deployment.payload,
      original_environment: deployment.environment,
      environment: deployment.environment,
      description: deployment.description,
      creator: user(this.origin),
      created_at: deployment.createdAt,
      updated_at: deployment.statuses[0]?.createdAt ?? deployment.createdAt,
      statuses_url: `${url}/statuses`,
      repository_url: this.repoUrl(),
      transient_environment: deployment.transientEnvironment,
      production_environment: deployment.productionEnvironment,
    };
  }

  private statusJson(deployment: StoredDeployment, status: StoredStatus): JsonObject {
    const deploymentUrl = `${this.repoUrl()}/deployments/${deployment.id}`;
    return {
      url: `${deploymentUrl}/statuses/${status.id}`,
      id: status.id,
      node_id: `DES_${status.id}`,
      state: status.state,
      creator: user(this.origin),
      description: status.description,
      environment: status.environment,
      target_url: status.logUrl,
      created_at: status.createdAt,
      updated_at: status.createdAt,
      deployment_url: deploymentUrl,
      repository_url: this.repoUrl(),
      environment_url: status.environmentUrl,
      log_url: status.logUrl,
    };
  }

  private refExists(ref: string): boolean {
    return ref === 'main' || /^[0-9a-f]{40}$/.test(ref) || this.release(ref) !== undefined;
  }

  /** A comment written behind the client's back (a person, another bot), as GitHub would store it. */
  addComment(issueNumber: number, body: string, login: string): number {
    const now = this.now();
    const comment: StoredComment = { id: this.id(), issueNumber, body, login, createdAt: now, updatedAt: now };
    this.comments.push(comment);
    return comment.id;
  }

  private commentJson(comment: StoredComment): JsonObject {
    const url = `${this.repoUrl()}/issues/comments/${comment.id}`;
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url,
      body: comment.body,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.repoUrl()}/issues/${comment.issueNumber}`,
      user: { ...user(this.origin), login: comment.login },
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: 'NONE',
    };
  }

  private tokenLogin(headers: IncomingMessage['headers']): string {
    const token = /^(?:Bearer|token) (.+)$/.exec(headers.authorization ?? '')?.[1];
    return (token === undefined ? undefined : this.logins.get(token)) ?? 'github-actions[bot]';
  }

  private routes(): Route[] {
    const notFound: Reply = { status: 404, body: { message: 'Not Found', documentation_url: API_DOCS, status: '404' } };
    const validationFailed = (resource: string, field: string, code: string): Reply => ({
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource, field, code }], documentation_url: API_DOCS },
    });
    const object = (body: Json | undefined): JsonObject =>
      typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
    // Pull requests are issues to this API; the fake knows issues 1 to 99 (anything else is 404).
    const issueExists = (value: string | undefined): boolean => /^[1-9]\d?$/.test(value ?? '');
    const tooLong = (body: Json | undefined): Reply | undefined => {
      const text = object(body).body;
      return typeof text === 'string' && text.length > 65_536
        ? validationFailed('IssueComment', 'body', 'custom')
        : undefined;
    };
    const commentRoutes: Route[] = [
      {
        operationId: 'issues/list-comments',
        method: 'GET',
        template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        scope: 'issues',
        orScope: 'pull_requests',
        access: 'read',
        handle: (context) => {
          if (!issueExists(context.params.issue_number)) return notFound;
          const number = Number(context.params.issue_number);
          return this.paged(
            this.comments.filter((comment) => comment.issueNumber === number).map((c) => this.commentJson(c)),
            context,
          );
        },
      },
      {
        operationId: 'issues/create-comment',
        method: 'POST',
        template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        scope: 'issues',
        orScope: 'pull_requests',
        access: 'write',
        handle: ({ params, body, headers }) => {
          if (!issueExists(params.issue_number)) return notFound;
          const refused = tooLong(body);
          if (refused !== undefined) return refused;
          const id = this.addComment(Number(params.issue_number), String(object(body).body), this.tokenLogin(headers));
          const comment = this.comments.find((candidate) => candidate.id === id);
          return comment === undefined ? notFound : { status: 201, body: this.commentJson(comment) };
        },
      },
      {
        operationId: 'issues/update-comment',
        method: 'PATCH',
        template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
        scope: 'issues',
        orScope: 'pull_requests',
        access: 'write',
        handle: ({ params, body }) => {
          const comment = this.comments.find((candidate) => String(candidate.id) === params.comment_id);
          if (comment === undefined) return notFound;
          const refused = tooLong(body);
          if (refused !== undefined) return refused;
          comment.body = String(object(body).body);
          comment.updatedAt = this.now();
          return { status: 200, body: this.commentJson(comment) };
        },
      },
      {
        operationId: 'users/get-authenticated',
        method: 'GET',
        template: '/user',
        scope: 'user',
        access: 'read',
        handle: ({ headers }) => {
          const login = this.tokenLogin(headers);
          const api = `${this.origin}/users/${encodeURIComponent(login)}`;
          return {
            status: 200,
            body: {
              ...user(this.origin),
              login,
              id: 583231,
              node_id: 'MDQ6VXNlcjU4MzIzMQ==',
              url: api,
              html_url: `https://github.com/${login}`,
              type: 'User',
              name: login,
              company: null,
              blog: '',
              location: null,
              email: null,
              hireable: null,
              bio: null,
              public_repos: 1,
              public_gists: 0,
              followers: 0,
              following: 0,
              created_at: '2020-01-01T00:00:00Z',
              updated_at: '2024-01-01T00:00:00Z',
            },
          };
        },
      },
    ];
    const attestationRoutes: Route[] = [
      {
        operationId: 'repos/create-attestation',
        method: 'POST',
        template: '/repos/{owner}/{repo}/attestations',
        scope: 'attestations',
        access: 'write',
        handle: ({ body }): Reply => {
          if (this.attestationPlanLimit !== undefined) {
            return {
              status: 403,
              body: {
                message: this.attestationPlanLimit,
                documentation_url: 'https://docs.github.com/rest/repos/attestations#create-an-attestation',
                status: '403',
              },
            };
          }
          const bundle = object(object(body).bundle);
          // GitHub indexes an attestation by the subjects its statement names; one it cannot read is refused.
          if (statementOf(bundle) === undefined) return validationFailed('Attestation', 'bundle', 'invalid');
          return { status: 201, body: { id: this.addAttestation(bundle) } };
        },
      },
      {
        operationId: 'repos/list-attestations',
        method: 'GET',
        template: '/repos/{owner}/{repo}/attestations/{subject_digest}',
        scope: 'attestations',
        access: 'read',
        handle: (context) => {
          const digest = context.params.subject_digest ?? '';
          const filter = context.query.get('predicate_type');
          const matching = this.attestations.filter(
            (attestation) =>
              attestation.digests.includes(digest) && predicateMatches(attestation.predicateType, filter),
          );
          // Cursor pagination (`before`/`after`), not page numbers: the next link carries the cursor.
          const perPage = Math.min(Number(context.query.get('per_page') ?? 30), this.pageSizeCap);
          const start = Number(/^c(\d+)$/.exec(context.query.get('after') ?? '')?.[1] ?? 0);
          const page = matching.slice(start, start + perPage);
          const headers: Record<string, string> = {};
          if (start + perPage < matching.length) {
            const next = new URL(context.path, context.origin);
            context.query.forEach((value, key) => {
              next.searchParams.set(key, value);
            });
            next.searchParams.set('after', `c${start + perPage}`);
            headers.link = `<${next.href}>; rel="next"`;
          }
          return {
            status: 200,
            body: { attestations: page.map((attestation) => this.attestationJson(attestation)) },
            headers,
          };
        },
      },
    ];
    return [
      ...commentRoutes,
      ...attestationRoutes,
      {
        operationId: 'repos/create-release',
        method: 'POST',
        template: '/repos/{owner}/{repo}/releases',
        scope: 'contents',
        access: 'write',
        handle: ({ body }) => {
          const input = object(body);
          const tag = String(input.tag_name);
          const draft = input.draft === true;
          if (!draft && this.release(tag) !== undefined)
            return validationFailed('Release', 'tag_name', 'already_exists');
          const createdAt = this.now();
          const release: StoredRelease = {
            id: this.id(),
            tag,
            name: typeof input.name === 'string' ? input.name : tag,
            body: typeof input.body === 'string' ? input.body : '',
            draft,
            prerelease: input.prerelease === true,
            targetCommitish: typeof input.target_commitish === 'string' ? input.target_commitish : 'main',
            createdAt,
            publishedAt: draft ? null : createdAt,
            assets: [],
          };
          this.releases.push(release);
          return { status: 201, body: this.releaseJson(release) };
        },
      },
      {
        operationId: 'repos/list-releases',
        method: 'GET',
        template: '/repos/{owner}/{repo}/releases',
        scope: 'contents',
        access: 'read',
        handle: (context) =>
          this.paged(
            [...this.releases].reverse().map((release) => this.releaseJson(release)),
            context,
          ),
      },
      {
        operationId: 'repos/get-release-by-tag',
        method: 'GET',
        template: '/repos/{owner}/{repo}/releases/tags/{tag}',
        scope: 'contents',
        access: 'read',
        handle: ({ params }) => {
          const release = this.release(params.tag ?? '');
          return release === undefined ? notFound : { status: 200, body: this.releaseJson(release) };
        },
      },
      {
        operationId: 'repos/update-release',
        method: 'PATCH',
        template: '/repos/{owner}/{repo}/releases/{release_id}',
        scope: 'contents',
        access: 'write',
        handle: ({ params, body }) => {
          const release = this.findRelease(params.release_id ?? '');
          if (release === undefined) return notFound;
          const input = object(body);
          if (input.draft === false && release.draft) {
            if (this.release(release.tag) !== undefined)
              return validationFailed('Release', 'tag_name', 'already_exists');
            release.draft = false;
            release.publishedAt = this.now();
          }
          return { status: 200, body: this.releaseJson(release) };
        },
      },
      {
        operationId: 'repos/delete-release',
        method: 'DELETE',
        template: '/repos/{owner}/{repo}/releases/{release_id}',
        scope: 'contents',
        access: 'write',
        handle: ({ params }) => {
          const index = this.releases.findIndex((release) => String(release.id) === params.release_id);
          if (index < 0) return notFound;
          this.releases.splice(index, 1);
          return { status: 204 };
        },
      },
      {
        operationId: 'repos/list-release-assets',
        method: 'GET',
        template: '/repos/{owner}/{repo}/releases/{release_id}/assets',
        scope: 'contents',
        access: 'read',
        handle: (context) => {
          const release = this.findRelease(context.params.release_id ?? '');
          // Documented answers are 200 only: an unknown release lists nothing.
          return this.paged(release?.assets.map((asset) => this.assetJson(asset)) ?? [], context);
        },
      },
      {
        operationId: 'repos/upload-release-asset',
        method: 'POST',
        template: '/repos/{owner}/{repo}/releases/{release_id}/assets',
        upload: true,
        scope: 'contents',
        access: 'write',
        handle: ({ params, query, raw, headers }) => {
          const release = this.findRelease(params.release_id ?? '');
          if (release === undefined) return notFound;
          const name = query.get('name') ?? '';
          // Documented: a 422 without a body when the release already has an asset of that name.
          if (release.assets.some((asset) => asset.name === name)) return { status: 422 };
          const asset: StoredAsset = {
            id: this.id(),
            name,
            contentType: headers['content-type'] ?? 'application/octet-stream',
            bytes: new Uint8Array(raw),
            digest: `sha256:${createHash('sha256').update(raw).digest('hex')}`,
            createdAt: this.now(),
          };
          release.assets.push(asset);
          return { status: 201, body: this.assetJson(asset) };
        },
      },
      {
        operationId: 'repos/get-release-asset',
        method: 'GET',
        template: '/repos/{owner}/{repo}/releases/assets/{asset_id}',
        scope: 'contents',
        access: 'read',
        handle: ({ params, headers, origin }) => {
          const asset = this.releases
            .flatMap((release) => release.assets)
            .find((candidate) => String(candidate.id) === params.asset_id);
          if (asset === undefined) return notFound;
          if (headers.accept === 'application/octet-stream') {
            return {
              status: 302,
              headers: { location: `${origin}/_storage/assets/${asset.id}?sig=${signature(asset.id)}` },
            };
          }
          return { status: 200, body: this.assetJson(asset) };
        },
      },
      {
        operationId: 'repos/create-deployment',
        method: 'POST',
        template: '/repos/{owner}/{repo}/deployments',
        scope: 'deployments',
        access: 'write',
        handle: ({ body }) => {
          const input = object(body);
          const ref = String(input.ref);
          if (!this.refExists(ref)) {
            return { status: 422, body: { message: `No ref found for: ${ref}`, documentation_url: API_DOCS } };
          }
          const environment = typeof input.environment === 'string' ? input.environment : 'production';
          const deployment: StoredDeployment = {
            id: this.id(),
            sha: createHash('sha1').update(ref).digest('hex'),
            ref,
            task: typeof input.task === 'string' ? input.task : 'deploy',
            payload: input.payload ?? {},
            environment,
            description: typeof input.description === 'string' ? input.description : null,
            productionEnvironment:
              typeof input.production_environment === 'boolean'
                ? input.production_environment
                : environment === 'production',
            transientEnvironment: input.transient_environment === true,
            createdAt: this.now(),
            statuses: [],
          };
          this.deployments.push(deployment);
          return { status: 201, body: this.deploymentJson(deployment) };
        },
      },
      {
        operationId: 'repos/list-deployments',
        method: 'GET',
        template: '/repos/{owner}/{repo}/deployments',
        scope: 'deployments',
        access: 'read',
        handle: (context) => {
          const filters = ['environment', 'task', 'ref', 'sha'] as const;
          const selected = this.deployments.filter((deployment) =>
            filters.every((key) => {
              const wanted = context.query.get(key);
              return wanted === null || wanted === 'none' || String(deployment[key]) === wanted;
            }),
          );
          return this.paged(
            selected.sort((a, b) => b.id - a.id).map((deployment) => this.deploymentJson(deployment)),
            context,
          );
        },
      },
      {
        operationId: 'repos/create-deployment-status',
        method: 'POST',
        template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        scope: 'deployments',
        access: 'write',
        handle: ({ params, body }) => {
          const deployment = this.deployments.find((candidate) => String(candidate.id) === params.deployment_id);
          if (deployment === undefined) return notFound;
          const input = object(body);
          const state = String(input.state);
          if (state === 'success' && input.auto_inactive !== false) {
            // Documented: prior successful deployments of the environment (non-transient, non-production) go inactive.
            for (const other of this.deployments) {
              if (
                other.id < deployment.id &&
                other.environment === deployment.environment &&
                !other.transientEnvironment &&
                !other.productionEnvironment &&
                other.statuses.some((status) => status.state === 'success') &&
                other.statuses[0]?.state !== 'inactive'
              ) {
                other.statuses.unshift(this.status(other, 'inactive', {}));
              }
            }
          }
          const status = this.status(deployment, state, input);
          deployment.statuses.unshift(status);
          return { status: 201, body: this.statusJson(deployment, status) };
        },
      },
      {
        operationId: 'repos/list-deployment-statuses',
        method: 'GET',
        template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        scope: 'deployments',
        access: 'read',
        handle: (context) => {
          const deployment = this.deployments.find(
            (candidate) => String(candidate.id) === context.params.deployment_id,
          );
          if (deployment === undefined) return notFound;
          return this.paged(
            deployment.statuses.map((status) => this.statusJson(deployment, status)),
            context,
          );
        },
      },
      {
        operationId: 'repos/get-environment',
        method: 'GET',
        template: '/repos/{owner}/{repo}/environments/{environment_name}',
        scope: 'actions',
        access: 'read',
        handle: ({ params }) => {
          const name = params.environment_name ?? '';
          const config = this.environments.get(name);
          if (config === undefined) return notFound;
          const rules: Json[] = [];
          if (config.waitTimer !== undefined) {
            rules.push({ id: 1, node_id: 'GA_wait', type: 'wait_timer', wait_timer: config.waitTimer });
          }
          if (config.reviewers !== undefined) {
            rules.push({
              id: 2,
              node_id: 'GA_reviewers',
              type: 'required_reviewers',
              prevent_self_review: config.preventSelfReview ?? false,
              reviewers: config.reviewers.map((reviewer) => ({
                type: reviewer.type,
                reviewer:
                  reviewer.type === 'User'
                    ? { ...user(this.origin), login: reviewer.login, id: reviewer.id }
                    : team(this.origin, reviewer.id, reviewer.login),
              })),
            });
          }
          if (config.branchPolicy != null) rules.push({ id: 3, node_id: 'GA_branch', type: 'branch_policy' });
          return {
            status: 200,
            body: {
              id: 42,
              node_id: 'EN_42',
              name,
              url: `${this.repoUrl()}/environments/${encodeURIComponent(name)}`,
              html_url: `https://github.com/${OWNER}/${REPO}/deployments/activity_log?environments_filter=${name}`,
              created_at: '2024-01-01T00:00:00Z',
              updated_at: '2024-01-01T00:00:00Z',
              protection_rules: rules,
              deployment_branch_policy: config.branchPolicy ?? null,
            },
          };
        },
      },
    ];
  }

  private status(deployment: StoredDeployment, state: string, input: JsonObject): StoredStatus {
    return {
      id: this.id(),
      state,
      description: typeof input.description === 'string' ? input.description : '',
      environment: typeof input.environment === 'string' ? input.environment : deployment.environment,
      environmentUrl: typeof input.environment_url === 'string' ? input.environment_url : '',
      logUrl: typeof input.log_url === 'string' ? input.log_url : '',
      createdAt: this.now(),
    };
  }
}

/** The subject digests and predicate type of a bundle's in-toto statement, as GitHub indexes attestations. */
function statementOf(bundle: JsonObject): { digests: string[]; predicateType: string } | undefined {
  const envelope = bundle.dsseEnvelope;
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) return undefined;
  if (typeof envelope.payload !== 'string') return undefined;
  let statement: Json;
  try {
    statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as Json;
  } catch {
    return undefined;
  }
  if (typeof statement !== 'object' || statement === null || Array.isArray(statement)) return undefined;
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  const digests = subjects.flatMap((subject) => {
    const digest = typeof subject === 'object' && subject !== null && !Array.isArray(subject) ? subject.digest : null;
    const hex = typeof digest === 'object' && digest !== null && !Array.isArray(digest) ? digest.sha256 : null;
    return typeof hex === 'string' ? [`sha256:${hex}`] : [];
  });
  return { digests, predicateType: typeof statement.predicateType === 'string' ? statement.predicateType : '' };
}

/** list-attestations' `predicate_type`: the short names GitHub documents, else the exact type. */
function predicateMatches(predicateType: string, filter: string | null): boolean {
  if (filter === null) return true;
  if (filter === 'provenance') return predicateType.startsWith('https://slsa.dev/provenance/');
  if (filter === 'sbom')
    return predicateType === 'https://spdx.dev/Document' || predicateType.startsWith('https://cyclonedx.org/bom');
  if (filter === 'release') return predicateType === 'https://in-toto.io/attestation/release/v0.1';
  return predicateType === filter;
}

/**
 * Snappy block compression as GitHub stores attestation bundles (https://github.com/google/snappy, format
 * description): literals and copies with 1- and 2-byte offsets, found greedily, so a decoder meets every
 * element kind GitHub's encoder emits but the 4-byte offsets only files over 64 KiB need.
 */
/** What GitHub's storage serves behind `bundle_url`: the bundle JSON, snappy-compressed (`*.json.sn`). */
export function snappyCompress(input: Uint8Array): Uint8Array {
  return compress(Uint8Array.from(input));
}

function signature(id: number): string {
  return createHash('sha256').update(`asset-${id}`).digest('hex').slice(0, 16);
}

function user(origin: string): JsonObject {
  const api = `${origin}/users/github-actions%5Bbot%5D`;
  return {
    login: 'github-actions[bot]',
    id: 41898282,
    node_id: 'MDM6Qm90NDE4OTgyODI=',
    avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
    gravatar_id: '',
    url: api,
    html_url: 'https://github.com/apps/github-actions',
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: 'Bot',
    site_admin: false,
  };
}

function team(origin: string, id: number, slug: string): JsonObject {
  return {
    id,
    node_id: `T_${id}`,
    url: `${origin}/teams/${id}`,
    html_url: `https://github.com/orgs/${OWNER}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${origin}/teams/${id}/members{/member}`,
    repositories_url: `${origin}/teams/${id}/repos`,
    parent: null,
    type: 'organization',
  };
}

function send(response: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload: Uint8Array | string | undefined;
  if (reply.bytes !== undefined) {
    payload = reply.bytes;
  } else if (reply.body !== undefined) {
    headers['content-type'] = 'application/json; charset=utf-8';
    payload = JSON.stringify(reply.body);
  }
  response.writeHead(reply.status, headers).end(payload);
}

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

// ----- the contract: operations of the OpenAPI description, as ajv validators -----

const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true });
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);
ajv.addFormat('uri', (text: string) => URL.canParse(text));
const coercing = new Ajv({ strict: false, allErrors: true, logger: false, coerceTypes: true });

function compileOperations(routes: Route[]): CompiledOperation[] {
  const paths = asObject(openApiDocument().paths, 'paths');
  // GitHub's generic error bodies, for error statuses an operation does not list (every endpoint can answer
  // 401, 403 or 5xx): the shapes its own documented 404 and 422 answers use.
  const basicError = schemaAt(paths, '/repos/{owner}/{repo}/releases/tags/{tag}', 'get', '404');
  const validationError = schemaAt(paths, '/repos/{owner}/{repo}/releases', 'post', '422');
  return routes.map((route) => {
    const item = asObject(paths[route.template], `paths[${route.template}]`);
    const operation = asObject(item[route.method.toLowerCase()], `${route.method} ${route.template}`);
    if (operation.operationId !== route.operationId) {
      throw new Error(
        `${route.method} ${route.template} is ${String(operation.operationId)}, not ${route.operationId}`,
      );
    }
    const parameters = Array.isArray(operation.parameters)
      ? operation.parameters.map((p) => asObject(p, 'parameter'))
      : [];
    const objectSchema = (where: string): { schema: JsonObject; names: Set<string> } => {
      const selected = parameters.filter((parameter) => parameter.in === where);
      const properties: JsonObject = {};
      for (const parameter of selected) properties[String(parameter.name)] = toJsonSchema(parameter.schema ?? {});
      return {
        schema: {
          type: 'object',
          properties,
          required: selected
            .filter((parameter) => parameter.required === true)
            .map((parameter) => String(parameter.name)),
        },
        names: new Set(selected.map((parameter) => String(parameter.name))),
      };
    };
    const requestBody =
      operation.requestBody === undefined ? undefined : asObject(operation.requestBody, 'requestBody');
    const content = requestBody === undefined ? {} : asObject(requestBody.content, 'requestBody.content');
    const jsonBody = content['application/json'];
    const responses = new Map<string, { schema: ValidateFunction | undefined; hasContent: boolean }>();
    for (const [status, value] of Object.entries(asObject(operation.responses, 'responses'))) {
      const schema = responseSchema(asObject(value, `response ${status}`));
      responses.set(status, {
        schema: schema === undefined ? undefined : ajv.compile(schema),
        hasContent: schema !== undefined,
      });
    }
    for (const status of ['400', '401', '403', '404', '409', '500', '502', '503', '504']) {
      if (!responses.has(status)) responses.set(status, { schema: ajv.compile(basicError), hasContent: true });
    }
    if (!responses.has('422')) responses.set('422', { schema: ajv.compile(validationError), hasContent: true });
    const names: string[] = [];
    const pattern = new RegExp(
      `^${route.template.replace(/\{(\w+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      })}$`,
    );
    const query = objectSchema('query');
    return {
      route,
      pattern,
      names,
      pathParams: coercing.compile(objectSchema('path').schema),
      queryParams: coercing.compile(query.schema),
      queryNames: query.names,
      requestBody:
        jsonBody === undefined ? undefined : ajv.compile(toJsonSchema(asObject(jsonBody, 'body').schema ?? {})),
      requestContentTypes: Object.keys(content),
      bodyRequired: requestBody?.required === true,
      responses,
    };
  });
}

function schemaAt(paths: JsonObject, path: string, method: string, status: string): JsonObject {
  const operation = asObject(asObject(paths[path], path)[method], method);
  const schema = responseSchema(asObject(asObject(operation.responses, 'responses')[status], status));
  if (schema === undefined) throw new Error(`${method} ${path} ${status} documents no JSON body`);
  return schema;
}

function responseSchema(response: JsonObject): JsonObject | undefined {
  if (response.content === undefined) return undefined;
  const json = asObject(response.content, 'content')['application/json'];
  return json === undefined ? undefined : toJsonSchema(asObject(json, 'application/json').schema ?? {});
}

function checkResponse(operation: CompiledOperation, reply: Reply): string[] {
  const documented = operation.responses.get(String(reply.status));
  if (documented === undefined) return [`status ${reply.status} is not documented`];
  if (!documented.hasContent) {
    return reply.body === undefined && reply.bytes === undefined ? [] : ['a body where none is documented'];
  }
  if (reply.body === undefined) return ['no JSON body where one is documented'];
  if (documented.schema !== undefined && !documented.schema(reply.body)) return [errorsOf(documented.schema)];
  return [];
}

/** OpenAPI 3.0 → JSON Schema: `nullable: true` becomes a null type (ajv refuses `nullable` without `type`). */
function toJsonSchema(node: Json): JsonObject {
  const converted = convert(node);
  return typeof converted === 'object' && converted !== null && !Array.isArray(converted) ? converted : {};
}

function convert(node: Json): Json {
  if (Array.isArray(node)) return node.map(convert);
  if (typeof node !== 'object' || node === null) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example' || key === 'examples' || key === 'description') continue;
    // Under `properties` the keys are property names (one may well be called `nullable`), not keywords.
    out[key] =
      key === 'properties' && typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, convert(schema)]))
        : convert(value);
  }
  // The description gives some URL fields `default: ""` (what GitHub returns when none was set) and
  // `format: uri` at once; its own default must validate.
  if (out.format === 'uri' && out.default === '') {
    delete out.format;
    out.anyOf = [{ const: '' }, { format: 'uri' }];
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === 'string')
    return { ...out, type: [out.type, 'null'], ...(out.enum ? { enum: [...asArray(out.enum), null] } : {}) };
  return { anyOf: [{ type: 'null' }, out] };
}

function asArray(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

function asObject(value: unknown, what: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what} is not an object`);
  return Object.fromEntries(Object.entries(value));
}

function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`)
    .join('; ');
}
