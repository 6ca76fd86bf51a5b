import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  resolveDataFiles
} from "./chunk-KNVOZRVJ.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-5BLKW2OX.js";
import "./chunk-IX446UGZ.js";
import "./chunk-OQEQJUKG.js";
import {
  digestFiles
} from "./chunk-TPMIUAPN.js";
import {
  registeredRemoteStepCache
} from "./chunk-HROKZJG6.js";
import {
  describeThrown
} from "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";

// src/cache/step-cache.ts
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
async function stepCacheKey(parts) {
  const hash = createHash("sha256");
  hash.update(`${parts.step}
${parts.code}
${stableJson(parts.parameters)}
`);
  for (const pattern of parts.data) {
    const files = await resolveDataFiles(pattern, "data");
    hash.update(`${(await digestFiles(files, 0)).digest}
`);
  }
  return `${parts.step}-${hash.digest("hex").slice(0, 32)}`;
}
async function codeDigest(moduleUrl, version) {
  const file = new URL(moduleUrl).pathname;
  const bytes = await readFile(file).catch(() => Buffer.from(""));
  return `${version}+${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}`;
}
async function workTreeDigest(cwd = process.cwd()) {
  const run = promisify(execFile);
  try {
    const tree = (await run("git", ["rev-parse", "HEAD^{tree}"], { cwd, timeout: 1e4 })).stdout.trim();
    const diff = await run("git", ["diff", "HEAD", "--binary", "--no-ext-diff", "--no-textconv"], {
      cwd,
      timeout: 6e4,
      maxBuffer: 2 ** 30,
      encoding: "buffer"
    });
    return `${tree}+${createHash("sha256").update(diff.stdout).digest("hex").slice(0, 16)}`;
  } catch {
    return void 0;
  }
}
var COMPLETE = ".complete";
function remoteStepCacheKey(key) {
  return `mlops-actions-step-cache-${key}`;
}
var StepCache = class {
  constructor(root, options = {}) {
    this.root = root;
    this.options = options;
    this.warn = options.warn ?? (() => {
    });
  }
  root;
  options;
  remote;
  warn;
  entry(key) {
    return path.join(this.root, key);
  }
  async complete(key) {
    return await stat(path.join(this.entry(key), COMPLETE)).catch(() => void 0) !== void 0;
  }
  async restore(key, target, verify) {
    let tier = "local";
    if (!await this.complete(key)) {
      if (!await this.restoreRemote(key)) return void 0;
      tier = "remote";
    }
    await rm(target, { recursive: true, force: true });
    await mkdir(path.dirname(path.resolve(target)), { recursive: true });
    await cp(path.join(this.entry(key), "files"), target, { recursive: true });
    if (verify === void 0) return { tier, value: void 0 };
    try {
      return { tier, value: await verify(target) };
    } catch (error) {
      await rm(target, { recursive: true, force: true });
      await rm(this.entry(key), { recursive: true, force: true });
      const remoteKey = remoteStepCacheKey(key);
      this.warn(
        tier === "local" ? `the step cache entry ${this.entry(key)} was refused (${describeThrown(error, 300)}); it was removed and the step runs again` : `the step cache entry ${remoteKey} restored from the Actions cache was refused (${describeThrown(error, 300)}); the step runs again. The Actions cache keeps the entry: delete it (gh cache delete ${remoteKey}) so later runs stop restoring it`
      );
      return void 0;
    }
  }
  /** Fetches the entry from the remote tier into the local root; true only when it arrived whole. */
  async restoreRemote(key) {
    const remote = await this.remoteTier();
    if (remote === void 0) return false;
    const entry = this.entry(key);
    const remoteKey = remoteStepCacheKey(key);
    await rm(entry, { recursive: true, force: true });
    try {
      if (!await remote.restore([entry], remoteKey)) return false;
    } catch (error) {
      await rm(entry, { recursive: true, force: true });
      this.warn(
        `the step cache could not be restored from the Actions cache (${describeThrown(error, 300)}); the step runs as if nothing was cached`
      );
      return false;
    }
    if (await this.complete(key)) return true;
    await rm(entry, { recursive: true, force: true });
    this.warn(
      `the step cache entry ${remoteKey} in the Actions cache is incomplete (no ${COMPLETE} marker); the step runs again. Delete it (gh cache delete ${remoteKey}) so later runs stop restoring it`
    );
    return false;
  }
  /** Stores `source` (a directory) under `key`, atomically, then in the remote tier. */
  async save(key, source) {
    const entry = this.entry(key);
    const staging = `${entry}.tmp-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await cp(source, path.join(staging, "files"), { recursive: true });
    await writeFile(path.join(staging, COMPLETE), `${(/* @__PURE__ */ new Date()).toISOString()}
`);
    await rm(entry, { recursive: true, force: true });
    await rename(staging, entry);
    const remote = await this.remoteTier();
    if (remote === void 0) return;
    const remoteKey = remoteStepCacheKey(key);
    try {
      await remote.save([entry], remoteKey);
    } catch (error) {
      this.warn(
        `the step cache entry was kept locally but not saved to the Actions cache as ${remoteKey} (${describeThrown(error, 300)}); a later run on a fresh runner repeats this step`
      );
    }
  }
  remoteTier() {
    this.remote ??= this.loadRemote();
    return this.remote;
  }
  async loadRemote() {
    if (this.options.remote !== void 0) return this.options.remote;
    const provider = registeredRemoteStepCache();
    if (provider === void 0) return void 0;
    try {
      return await provider();
    } catch (error) {
      this.warn(
        `the Actions cache is unavailable (${describeThrown(error, 300)}); the step cache is local to this runner`
      );
      return void 0;
    }
  }
};
function stableJson(value) {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
export {
  StepCache,
  codeDigest,
  remoteStepCacheKey,
  stepCacheKey,
  workTreeDigest
};
