import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/github/rest.ts
var GITHUB_API_VERSION = "2022-11-28";
var DEFAULT_API_URL = "https://api.github.com";
var GithubApiError = class extends Error {
  constructor(status, route, githubMessage, documentationUrl, details = []) {
    super(`GitHub API ${route} answered ${status}: ${githubMessage}${detailText(details)}`);
    this.status = status;
    this.route = route;
    this.githubMessage = githubMessage;
    this.documentationUrl = documentationUrl;
    this.details = details;
  }
  status;
  route;
  githubMessage;
  documentationUrl;
  details;
  name = "GithubApiError";
};
var GithubPermissionError = class extends ConfigurationError {
  constructor(status, route, permission, githubMessage) {
    super(permissionMessage(status, route, permission, githubMessage));
    this.status = status;
    this.route = route;
    this.permission = permission;
    this.githubMessage = githubMessage;
  }
  status;
  route;
  permission;
  githubMessage;
  name = "GithubPermissionError";
};
function permissionMessage(status, route, permission, githubMessage) {
  const needs = permission ?? "the permission the endpoint documents";
  return status === 401 ? `GitHub rejected the token for ${route} (401: ${githubMessage}): pass a valid token (\`github-token\`) that has \`${needs}\`` : `the GitHub token may not call ${route} (403: ${githubMessage}): it needs \`${needs}\` (in a workflow, give the job \`permissions:\` with \`${needs}\`)`;
}
function isNotFound(error) {
  return error instanceof GithubApiError && error.status === 404;
}
var GithubClient = class {
  apiUrl;
  uploadUrl;
  token;
  retry;
  sleep;
  userAgent;
  constructor(options) {
    if (options.token === "") throw new ConfigurationError("a GitHub token is required (`github-token`)");
    this.token = options.token;
    this.apiUrl = trimSlash(options.apiUrl ?? process.env.GITHUB_API_URL ?? DEFAULT_API_URL);
    this.uploadUrl = trimSlash(options.uploadUrl ?? defaultUploadUrl(this.apiUrl));
    this.retry = { attempts: 4, baseDelayMs: 1e3, maxDelayMs: 6e4, ...options.retry };
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.userAgent = options.userAgent ?? "mlops-actions";
  }
  /** Calls `route` ("GET /repos/{owner}/{repo}/…"); throws GithubApiError (or GithubPermissionError) unless 2xx/3xx. */
  async request(route, options = {}) {
    const [method, template] = splitRoute(route);
    const url = new URL(`${this.apiUrl}${expand(template, options.params ?? {})}`);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== void 0) url.searchParams.set(key, String(value));
    }
    return this.send(method, url.href, route, options);
  }
  /**
   * Every item of a list endpoint, following `Link: rel="next"` (GitHub's own page URLs, never computed).
   * `itemsOf` picks the list out of endpoints that wrap it in an object (`{"attestations": [...]}`).
   */
  async *paginate(route, options = {}, itemsOf = (data) => data) {
    const [method, template] = splitRoute(route);
    const first = new URL(`${this.apiUrl}${expand(template, options.params ?? {})}`);
    for (const [key, value] of Object.entries({ per_page: 100, ...options.query })) {
      if (value !== void 0) first.searchParams.set(key, String(value));
    }
    let next = first.href;
    for (let page = 0; next !== void 0 && page < 1e3; page++) {
      const response = await this.send(method, next, route, options);
      const items = itemsOf(response.data);
      if (!Array.isArray(items)) throw new Error(`GitHub API ${route}: expected a JSON array`);
      yield* items;
      next = nextLink(response.headers.get("link"));
    }
  }
  async collect(route, options = {}) {
    const items = [];
    for await (const item of this.paginate(route, options)) items.push(item);
    return items;
  }
  /** `POST /repos/{owner}/{repo}/releases/{release_id}/assets` on the upload host (repos/upload-release-asset). */
  async uploadReleaseAsset(input) {
    const route = "POST /repos/{owner}/{repo}/releases/{release_id}/assets";
    const url = new URL(
      `${this.uploadUrl}${expand(splitRoute(route)[1], { owner: input.owner, repo: input.repo, release_id: input.releaseId })}`
    );
    url.searchParams.set("name", input.name);
    return this.send("POST", url.href, route, {
      permission: "contents: write",
      raw: { bytes: input.bytes, contentType: input.contentType }
    });
  }
  /**
   * Downloads a release asset's bytes (repos/get-release-asset with `Accept: application/octet-stream`). GitHub
   * answers with a redirect to a signed storage URL that refuses requests carrying our Authorization header, so
   * the redirect is followed by hand, without it.
   */
  async downloadReleaseAsset(owner, repo, assetId) {
    const route = "GET /repos/{owner}/{repo}/releases/assets/{asset_id}";
    const url = `${this.apiUrl}${expand(splitRoute(route)[1], { owner, repo, asset_id: assetId })}`;
    const response = await this.send("GET", url, route, {
      accept: "application/octet-stream",
      permission: "contents: read",
      binary: true
    });
    if (response.data instanceof Uint8Array) return response.data;
    const location = response.headers.get("location");
    if (location === null) throw new Error(`GitHub API ${route} answered ${response.status} without a Location`);
    return this.downloadSigned(new URL(location, url).href, `asset ${assetId}`);
  }
  /**
   * Bytes from a signed storage URL GitHub handed out (an asset redirect, an attestation's `bundle_url`): the
   * URL carries its own credential and the store refuses a second one, so no Authorization header is sent.
   */
  async downloadSigned(url, what) {
    return this.withRetry(`download of ${what}`, async () => {
      let blob;
      try {
        blob = await fetch(url, { headers: { "user-agent": this.userAgent } });
      } catch (error) {
        return { retry: true, error: new Error(`download of ${what}: ${String(error)}`, { cause: error }) };
      }
      if (!blob.ok) return { retry: blob.status >= 500, error: new Error(`download of ${what}: ${blob.status}`) };
      return { value: new Uint8Array(await blob.arrayBuffer()) };
    });
  }
  async send(method, url, route, options) {
    const headers = {
      accept: options.accept ?? "application/vnd.github+json",
      authorization: `Bearer ${this.token}`,
      "x-github-api-version": GITHUB_API_VERSION,
      "user-agent": this.userAgent
    };
    let body;
    if (options.raw !== void 0) {
      headers["content-type"] = options.raw.contentType;
      body = options.raw.bytes;
    } else if (options.body !== void 0) {
      headers["content-type"] = "application/json; charset=utf-8";
      body = JSON.stringify(options.body);
    }
    return this.withRetry(route, async (attempt) => {
      let response;
      try {
        response = await fetch(url, { method, headers, body, redirect: "manual" });
      } catch (error2) {
        return { retry: true, error: new Error(`GitHub API ${route}: ${String(error2)}`, { cause: error2 }) };
      }
      if (response.status >= 200 && response.status < 400) {
        const data = await readBody(response, options.binary === true && response.status === 200);
        return { value: { status: response.status, headers: response.headers, data } };
      }
      const problem = await readProblem(response);
      const limited = rateLimitDelay(response, problem.message);
      if (limited !== void 0) {
        const wait = Math.max(limited, this.backoff(attempt));
        const error2 = new GithubApiError(response.status, route, problem.message, problem.documentationUrl);
        return wait <= this.retry.maxDelayMs ? { retry: true, delayMs: wait, error: error2 } : { retry: false, error: error2 };
      }
      if (response.status === 401 || response.status === 403) {
        const accepted = response.headers.get("x-accepted-github-permissions");
        const permission = permissionFromHeader(accepted) ?? options.permission;
        return { retry: false, error: new GithubPermissionError(response.status, route, permission, problem.message) };
      }
      const error = new GithubApiError(
        response.status,
        route,
        problem.message,
        problem.documentationUrl,
        problem.errors
      );
      return { retry: response.status >= 500, error };
    });
  }
  backoff(attempt) {
    const exponential = this.retry.baseDelayMs * 2 ** attempt;
    return Math.min(this.retry.maxDelayMs, exponential / 2 + Math.random() * (exponential / 2));
  }
  async withRetry(what, once) {
    for (let attempt = 0; ; attempt++) {
      const outcome = await once(attempt);
      if ("value" in outcome) return outcome.value;
      if (!outcome.retry || attempt + 1 >= this.retry.attempts) {
        if (outcome.retry) outcome.error.message += ` (gave up after ${attempt + 1} tries: ${what})`;
        throw outcome.error;
      }
      await this.sleep(outcome.delayMs ?? this.backoff(attempt));
    }
  }
};
function splitRoute(route) {
  const [method, template] = route.split(" ");
  if (template === void 0 || method !== "GET" && method !== "POST" && method !== "PATCH" && method !== "PUT" && method !== "DELETE") {
    throw new Error(`not a route: ${route}`);
  }
  return [method, template];
}
function expand(template, params) {
  return template.replace(/\{(\w+)\}/g, (_, name) => {
    const value = params[name];
    if (value === void 0) throw new Error(`route ${template}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
}
function trimSlash(url) {
  return url.replace(/\/+$/, "");
}
function defaultUploadUrl(apiUrl) {
  const url = new URL(apiUrl);
  if (url.hostname === "api.github.com") return "https://uploads.github.com";
  if (url.pathname.endsWith("/api/v3")) return `${url.origin}${url.pathname.slice(0, -"/v3".length)}/uploads`;
  return apiUrl;
}
function nextLink(link) {
  if (link === null) return void 0;
  for (const part of link.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match?.[2]?.split(/\s+/).includes("next")) return match[1];
  }
  return void 0;
}
async function readBody(response, binary) {
  if (binary) return new Uint8Array(await response.arrayBuffer());
  const text = await response.text();
  if (text === "" || !(response.headers.get("content-type") ?? "").includes("json")) return text === "" ? null : text;
  return JSON.parse(text);
}
async function readProblem(response) {
  const text = await response.text().catch(() => "");
  try {
    const parsed = JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null && "message" in parsed && typeof parsed.message === "string") {
      const documentationUrl = "documentation_url" in parsed && typeof parsed.documentation_url === "string" ? parsed.documentation_url : void 0;
      const errors = "errors" in parsed && Array.isArray(parsed.errors) ? parsed.errors : [];
      return { message: parsed.message, documentationUrl, errors };
    }
  } catch {
  }
  return { message: `${response.statusText || "error"}${text === "" ? "" : `: ${text.slice(0, 200)}`}`, errors: [] };
}
function rateLimitDelay(response, message) {
  if (response.status !== 403 && response.status !== 429) return void 0;
  const retryAfter = response.headers.get("retry-after");
  if (retryAfter !== null && /^\d+$/.test(retryAfter)) return Number(retryAfter) * 1e3;
  if (response.headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(response.headers.get("x-ratelimit-reset"));
    return Number.isFinite(reset) ? Math.max(0, reset * 1e3 - Date.now()) : 6e4;
  }
  if (response.status === 429 || /secondary rate limit|abuse/i.test(message)) return 6e4;
  return void 0;
}
function permissionFromHeader(header) {
  if (header === null || header === "") return void 0;
  return header.split(/[;,]/).map((part) => part.trim().replace("=", ": ")).filter((part) => part !== "").join(" or ");
}
function detailText(details) {
  if (details.length === 0) return "";
  return ` (${details.map((detail) => JSON.stringify(detail)).join("; ")})`;
}
function objectOf(value, what) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`GitHub API: ${what} is not a JSON object`);
  }
  return Object.fromEntries(Object.entries(value));
}
function stringField(record, key, what) {
  const value = record[key];
  if (typeof value !== "string") throw new Error(`GitHub API: ${what}.${key} is not a string`);
  return value;
}
function numberField(record, key, what) {
  const value = record[key];
  if (typeof value !== "number") throw new Error(`GitHub API: ${what}.${key} is not a number`);
  return value;
}
function optionalString(record, key) {
  const value = record[key];
  return typeof value === "string" ? value : void 0;
}
function optionalBoolean(record, key) {
  const value = record[key];
  return typeof value === "boolean" ? value : void 0;
}
function loginOf(value) {
  if (typeof value !== "object" || value === null) return void 0;
  return "login" in value && typeof value.login === "string" ? value.login : void 0;
}

export {
  GithubApiError,
  GithubPermissionError,
  isNotFound,
  GithubClient,
  objectOf,
  stringField,
  numberField,
  optionalString,
  optionalBoolean,
  loginOf
};
