import { ConfigurationError } from '../core/errors.js';

/**
 * A small GitHub REST client on the global `fetch`: the registry and promote need a handful of endpoints, and
 * an Octokit runtime would add several packages to every bundled action for that.
 */

export const GITHUB_API_VERSION = '2022-11-28';
const DEFAULT_API_URL = 'https://api.github.com';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface RetryOptions {
  /** Total tries, the first included. */
  attempts: number;
  baseDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the error is reported instead. */
  maxDelayMs: number;
}

export interface GithubClientOptions {
  token: string;
  /** REST base URL; default GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string;
  /** Base of the release-asset upload endpoint; default derived from apiUrl (uploads.github.com, or GHES's /api/uploads). */
  uploadUrl?: string;
  retry?: Partial<RetryOptions>;
  /** Injectable so tests do not wait for real back-off. */
  sleep?: (ms: number) => Promise<void>;
  userAgent?: string;
}

export interface RequestOptions {
  /** Values for the `{name}` placeholders of the route (URL-encoded here). */
  params?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: Json;
  accept?: string;
  /** The token permission the call needs, named in the error when GitHub answers 401/403. */
  permission?: string;
}

export interface GithubResponse {
  status: number;
  headers: Headers;
  data: unknown;
}

/** A non-2xx answer from GitHub, with its status and GitHub's own message. */
export class GithubApiError extends Error {
  override readonly name = 'GithubApiError';
  constructor(
    readonly status: number,
    readonly route: string,
    readonly githubMessage: string,
    readonly documentationUrl?: string,
    readonly details: unknown[] = [],
  ) {
    super(`GitHub API ${route} answered ${status}: ${githubMessage}${detailText(details)}`);
  }
}

/** 401/403 that is not a rate limit: the token is wrong or lacks a permission, which the user must change. */
export class GithubPermissionError extends ConfigurationError {
  override readonly name = 'GithubPermissionError';
  constructor(
    readonly status: number,
    readonly route: string,
    readonly permission: string | undefined,
    /** GitHub's own words: a plan limit ("Feature not available …") also answers 403 and must read differently. */
    readonly githubMessage: string,
  ) {
    super(permissionMessage(status, route, permission, githubMessage));
  }
}

function permissionMessage(
  status: number,
  route: string,
  permission: string | undefined,
  githubMessage: string,
): string {
  const needs = permission ?? 'the permission the endpoint documents';
  return status === 401
    ? `GitHub rejected the token for ${route} (401: ${githubMessage}): pass a valid token (\`github-token\`) that has \`${needs}\``
    : `the GitHub token may not call ${route} (403: ${githubMessage}): it needs \`${needs}\` (in a workflow, give the job \`permissions:\` with \`${needs}\`)`;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof GithubApiError && error.status === 404;
}

export class GithubClient {
  readonly apiUrl: string;
  readonly uploadUrl: string;
  private readonly token: string;
  private readonly retry: RetryOptions;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly userAgent: string;

  constructor(options: GithubClientOptions) {
    if (options.token === '') throw new ConfigurationError('a GitHub token is required (`github-token`)');
    this.token = options.token;
    this.apiUrl = trimSlash(options.apiUrl ?? process.env.GITHUB_API_URL ?? DEFAULT_API_URL);
    this.uploadUrl = trimSlash(options.uploadUrl ?? defaultUploadUrl(this.apiUrl));
    this.retry = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 60_000, ...options.retry };
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.userAgent = options.userAgent ?? 'mlops-actions';
  }

  /** Calls `route` ("GET /repos/{owner}/{repo}/…"); throws GithubApiError (or GithubPermissionError) unless 2xx/3xx. */
  async request(route: string, options: RequestOptions = {}): Promise<GithubResponse> {
    const [method, template] = splitRoute(route);
    const url = new URL(`${this.apiUrl}${expand(template, options.params ?? {})}`);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return this.send(method, url.href, route, options);
  }

  /**
   * Every item of a list endpoint, following `Link: rel="next"` (GitHub's own page URLs, never computed).
   * `itemsOf` picks the list out of endpoints that wrap it in an object (`{"attestations": [...]}`).
   */
  async *paginate(
    route: string,
    options: RequestOptions = {},
    itemsOf: (data: unknown) => unknown = (data) => data,
  ): AsyncGenerator<unknown, void, undefined> {
    const [method, template] = splitRoute(route);
    const first = new URL(`${this.apiUrl}${expand(template, options.params ?? {})}`);
    for (const [key, value] of Object.entries({ per_page: 100, ...options.query })) {
      if (value !== undefined) first.searchParams.set(key, String(value));
    }
    let next: string | undefined = first.href;
    // A server that links a page to itself must not keep a promotion busy forever.
    for (let page = 0; next !== undefined && page < 1000; page++) {
      const response = await this.send(method, next, route, options);
      const items = itemsOf(response.data);
      if (!Array.isArray(items)) throw new Error(`GitHub API ${route}: expected a JSON array`);
      yield* items;
      next = nextLink(response.headers.get('link'));
    }
  }

  async collect(route: string, options: RequestOptions = {}): Promise<unknown[]> {
    const items: unknown[] = [];
    for await (const item of this.paginate(route, options)) items.push(item);
    return items;
  }

  /** `POST /repos/{owner}/{repo}/releases/{release_id}/assets` on the upload host (repos/upload-release-asset). */
  async uploadReleaseAsset(input: {
    owner: string;
    repo: string;
    releaseId: number;
    name: string;
    bytes: Uint8Array;
    contentType: string;
  }): Promise<GithubResponse> {
    const route = 'POST /repos/{owner}/{repo}/releases/{release_id}/assets';
    const url = new URL(
      `${this.uploadUrl}${expand(splitRoute(route)[1], { owner: input.owner, repo: input.repo, release_id: input.releaseId })}`,
    );
    url.searchParams.set('name', input.name);
    return this.send('POST', url.href, route, {
      permission: 'contents: write',
      raw: { bytes: input.bytes, contentType: input.contentType },
    });
  }

  /**
   * Downloads a release asset's bytes (repos/get-release-asset with `Accept: application/octet-stream`). GitHub
   * answers with a redirect to a signed storage URL that refuses requests carrying our Authorization header, so
   * the redirect is followed by hand, without it.
   */
  async downloadReleaseAsset(owner: string, repo: string, assetId: number): Promise<Uint8Array> {
    const route = 'GET /repos/{owner}/{repo}/releases/assets/{asset_id}';
    const url = `${this.apiUrl}${expand(splitRoute(route)[1], { owner, repo, asset_id: assetId })}`;
    const response = await this.send('GET', url, route, {
      accept: 'application/octet-stream',
      permission: 'contents: read',
      binary: true,
    });
    if (response.data instanceof Uint8Array) return response.data;
    const location = response.headers.get('location');
    if (location === null) throw new Error(`GitHub API ${route} answered ${response.status} without a Location`);
    return this.downloadSigned(new URL(location, url).href, `asset ${assetId}`);
  }

  /**
   * Bytes from a signed storage URL GitHub handed out (an asset redirect, an attestation's `bundle_url`): the
   * URL carries its own credential and the store refuses a second one, so no Authorization header is sent.
   */
  async downloadSigned(url: string, what: string): Promise<Uint8Array> {
    return this.withRetry<Uint8Array>(`download of ${what}`, async () => {
      let blob: Response;
      try {
        blob = await fetch(url, { headers: { 'user-agent': this.userAgent } });
      } catch (error) {
        return { retry: true, error: new Error(`download of ${what}: ${String(error)}`, { cause: error }) };
      }
      if (!blob.ok) return { retry: blob.status >= 500, error: new Error(`download of ${what}: ${blob.status}`) };
      return { value: new Uint8Array(await blob.arrayBuffer()) };
    });
  }

  private async send(
    method: HttpMethod,
    url: string,
    route: string,
    options: RequestOptions & { raw?: { bytes: Uint8Array; contentType: string }; binary?: boolean },
  ): Promise<GithubResponse> {
    const headers: Record<string, string> = {
      accept: options.accept ?? 'application/vnd.github+json',
      authorization: `Bearer ${this.token}`,
      'x-github-api-version': GITHUB_API_VERSION,
      'user-agent': this.userAgent,
    };
    let body: Uint8Array | string | undefined;
    if (options.raw !== undefined) {
      headers['content-type'] = options.raw.contentType;
      body = options.raw.bytes;
    } else if (options.body !== undefined) {
      headers['content-type'] = 'application/json; charset=utf-8';
      body = JSON.stringify(options.body);
    }
    return this.withRetry<GithubResponse>(route, async (attempt) => {
      let response: Response;
      try {
        response = await fetch(url, { method, headers, body, redirect: 'manual' });
      } catch (error) {
        // A dropped connection is as transient as a 502.
        return { retry: true, error: new Error(`GitHub API ${route}: ${String(error)}`, { cause: error }) };
      }
      if (response.status >= 200 && response.status < 400) {
        const data = await readBody(response, options.binary === true && response.status === 200);
        return { value: { status: response.status, headers: response.headers, data } };
      }
      const problem = await readProblem(response);
      const limited = rateLimitDelay(response, problem.message);
      if (limited !== undefined) {
        const wait = Math.max(limited, this.backoff(attempt));
        const error = new GithubApiError(response.status, route, problem.message, problem.documentationUrl);
        return wait <= this.retry.maxDelayMs ? { retry: true, delayMs: wait, error } : { retry: false, error };
      }
      if (response.status === 401 || response.status === 403) {
        const accepted = response.headers.get('x-accepted-github-permissions');
        const permission = permissionFromHeader(accepted) ?? options.permission;
        return { retry: false, error: new GithubPermissionError(response.status, route, permission, problem.message) };
      }
      const error = new GithubApiError(
        response.status,
        route,
        problem.message,
        problem.documentationUrl,
        problem.errors,
      );
      return { retry: response.status >= 500, error };
    });
  }

  private backoff(attempt: number): number {
    const exponential = this.retry.baseDelayMs * 2 ** attempt;
    return Math.min(this.retry.maxDelayMs, exponential / 2 + Math.random() * (exponential / 2));
  }

  private async withRetry<T>(
    what: string,
    once: (attempt: number) => Promise<{ value: T } | { retry: boolean; delayMs?: number; error: Error }>,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const outcome = await once(attempt);
      if ('value' in outcome) return outcome.value;
      if (!outcome.retry || attempt + 1 >= this.retry.attempts) {
        if (outcome.retry) outcome.error.message += ` (gave up after ${attempt + 1} tries: ${what})`;
        throw outcome.error;
      }
      await this.sleep(outcome.delayMs ?? this.backoff(attempt));
    }
  }
}

function splitRoute(route: string): [HttpMethod, string] {
  const [method, template] = route.split(' ');
  if (
    template === undefined ||
    (method !== 'GET' && method !== 'POST' && method !== 'PATCH' && method !== 'PUT' && method !== 'DELETE')
  ) {
    throw new Error(`not a route: ${route}`);
  }
  return [method, template];
}

function expand(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`route ${template}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function defaultUploadUrl(apiUrl: string): string {
  const url = new URL(apiUrl);
  if (url.hostname === 'api.github.com') return 'https://uploads.github.com';
  // GitHub Enterprise Server serves the API under /api/v3 and uploads under /api/uploads.
  if (url.pathname.endsWith('/api/v3')) return `${url.origin}${url.pathname.slice(0, -'/v3'.length)}/uploads`;
  return apiUrl;
}

export function nextLink(link: string | null): string | undefined {
  if (link === null) return undefined;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match?.[2]?.split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}

async function readBody(response: Response, binary: boolean): Promise<unknown> {
  if (binary) return new Uint8Array(await response.arrayBuffer());
  const text = await response.text();
  if (text === '' || !(response.headers.get('content-type') ?? '').includes('json')) return text === '' ? null : text;
  return JSON.parse(text) as unknown;
}

async function readProblem(
  response: Response,
): Promise<{ message: string; documentationUrl?: string; errors: unknown[] }> {
  const text = await response.text().catch(() => '');
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && 'message' in parsed && typeof parsed.message === 'string') {
      const documentationUrl =
        'documentation_url' in parsed && typeof parsed.documentation_url === 'string'
          ? parsed.documentation_url
          : undefined;
      const errors = 'errors' in parsed && Array.isArray(parsed.errors) ? parsed.errors : [];
      return { message: parsed.message, documentationUrl, errors };
    }
  } catch {
    // Not JSON (a proxy's HTML page, say): report its status text and a little of the body.
  }
  return { message: `${response.statusText || 'error'}${text === '' ? '' : `: ${text.slice(0, 200)}`}`, errors: [] };
}

/**
 * How long GitHub asks us to wait, when the answer is a rate limit (secondary limits come as 403 or 429 with
 * Retry-After or a message; an exhausted primary limit names its reset time); undefined for any other error.
 */
function rateLimitDelay(response: Response, message: string): number | undefined {
  if (response.status !== 403 && response.status !== 429) return undefined;
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter !== null && /^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
  if (response.headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    return Number.isFinite(reset) ? Math.max(0, reset * 1000 - Date.now()) : 60_000;
  }
  if (response.status === 429 || /secondary rate limit|abuse/i.test(message)) return 60_000;
  return undefined;
}

/** `X-Accepted-GitHub-Permissions: deployments=write; contents=read` → "deployments: write". */
function permissionFromHeader(header: string | null): string | undefined {
  if (header === null || header === '') return undefined;
  return header
    .split(/[;,]/)
    .map((part) => part.trim().replace('=', ': '))
    .filter((part) => part !== '')
    .join(' or ');
}

function detailText(details: unknown[]): string {
  if (details.length === 0) return '';
  return ` (${details.map((detail) => JSON.stringify(detail)).join('; ')})`;
}

/*
 * Readers for the few fields of GitHub's answers the code uses: checked at run time, so an answer of another
 * shape (a proxy, an API change) fails with the field's name instead of an `undefined` far away.
 */

export type JsonObject = Record<string, unknown>;

export function objectOf(value: unknown, what: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`GitHub API: ${what} is not a JSON object`);
  }
  return Object.fromEntries(Object.entries(value));
}

export function stringField(record: JsonObject, key: string, what: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new Error(`GitHub API: ${what}.${key} is not a string`);
  return value;
}

export function numberField(record: JsonObject, key: string, what: string): number {
  const value = record[key];
  if (typeof value !== 'number') throw new Error(`GitHub API: ${what}.${key} is not a number`);
  return value;
}

export function optionalString(record: JsonObject, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

export function optionalBoolean(record: JsonObject, key: string): boolean | undefined {
  const value = record[key];
  return typeof value === 'boolean' ? value : undefined;
}

/** The login of a `Simple User` field (null for a deleted account). */
export function loginOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return 'login' in value && typeof value.login === 'string' ? value.login : undefined;
}
