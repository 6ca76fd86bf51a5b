import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describeThrown } from '../core/errors.js';
import { digestFiles } from '../data/digest.js';
import { resolveDataFiles } from '../data/files.js';
import { type DirectoryCache, registeredRemoteStepCache } from './remote.js';

/**
 * Step cache: a step whose inputs (data digests, code, parameters) are unchanged is skipped and its recorded
 * outputs reused, so a pipeline that failed at a later step resumes there instead of retraining. Entries are
 * directories keyed by a sha256 of everything the step's result depends on; they are written whole (temp +
 * rename) so a crash never leaves a half entry. Two tiers: a local directory, and a remote cache service (the
 * Actions cache on GitHub, registered in remote.ts) that a fresh runner restores an entry from.
 */
export interface StepCacheKeyParts {
  step: string;
  /** Data paths or globs; their content digests enter the key, not their names. */
  data: string[];
  /** Code that computes the step: its version and the digest of the running module. */
  code: string;
  parameters: unknown;
}

export async function stepCacheKey(parts: StepCacheKeyParts): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${parts.step}\n${parts.code}\n${stableJson(parts.parameters)}\n`);
  for (const pattern of parts.data) {
    const files = await resolveDataFiles(pattern, 'data');
    hash.update(`${(await digestFiles(files, 0)).digest}\n`);
  }
  return `${parts.step}-${hash.digest('hex').slice(0, 32)}`;
}

/** The digest of a module file, for the `code` part of a key (the bundle on a runner, the source locally). */
export async function codeDigest(moduleUrl: string, version: string): Promise<string> {
  const file = new URL(moduleUrl).pathname;
  const bytes = await readFile(file).catch(() => Buffer.from(''));
  return `${version}+${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
}

/**
 * The identity of a user's own code (a training `command`), which the command line alone does not name: the
 * committed tree of the git work tree plus any uncommitted change to its tracked files, so that an edited script
 * is trained again, while a re-run of the same commit (a pipeline resumed after a later step failed) is not.
 * Undefined outside a git work tree, where an edited script could not be told apart: nothing may be reused.
 */
export async function workTreeDigest(cwd = process.cwd()): Promise<string | undefined> {
  const run = promisify(execFile);
  try {
    const tree = (await run('git', ['rev-parse', 'HEAD^{tree}'], { cwd, timeout: 10_000 })).stdout.trim();
    const diff = await run('git', ['diff', 'HEAD', '--binary', '--no-ext-diff', '--no-textconv'], {
      cwd,
      timeout: 60_000,
      maxBuffer: 2 ** 30,
      encoding: 'buffer',
    });
    return `${tree}+${createHash('sha256').update(diff.stdout).digest('hex').slice(0, 16)}`;
  } catch {
    return undefined;
  }
}

export type StepCacheTier = 'local' | 'remote';

export interface StepCacheHit<T> {
  tier: StepCacheTier;
  /** What `verify` returned for the restored files. */
  value: T;
}

export interface StepCacheOptions {
  /** The remote tier; by default the one the platform adapter registered, if any. */
  remote?: DirectoryCache;
  /** A degraded cache (remote unreachable, entry refused) is reported here and never fails the step. */
  warn?: (message: string) => void;
}

const COMPLETE = '.complete';

/**
 * The key of an entry in the remote service: prefixed, since a repository's Actions cache is shared with its
 * other caches. No platform part: entries hold what a step wrote (a model package is ONNX and JSON, readable
 * anywhere), and the Actions cache already keeps archives made on Windows apart.
 */
export function remoteStepCacheKey(key: string): string {
  return `mlops-actions-step-cache-${key}`;
}

export class StepCache {
  private remote: Promise<DirectoryCache | undefined> | undefined;
  private readonly warn: (message: string) => void;

  constructor(
    readonly root: string,
    private readonly options: StepCacheOptions = {},
  ) {
    this.warn = options.warn ?? (() => {});
  }

  private entry(key: string): string {
    return path.join(this.root, key);
  }

  private async complete(key: string): Promise<boolean> {
    return (await stat(path.join(this.entry(key), COMPLETE)).catch(() => undefined)) !== undefined;
  }

  /**
   * Copies a cached entry's files into `target` and says which tier it came from, or returns undefined on a
   * miss. A local miss is looked up in the remote tier. `verify` checks the restored files (a model package
   * against its digest, say): an entry it refuses is removed and counts as a miss, so the step runs again
   * instead of passing on a corrupt or tampered result.
   */
  async restore(key: string, target: string): Promise<StepCacheHit<undefined> | undefined>;
  async restore<T>(
    key: string,
    target: string,
    verify: (target: string) => Promise<T>,
  ): Promise<StepCacheHit<T> | undefined>;
  async restore<T>(
    key: string,
    target: string,
    verify?: (target: string) => Promise<T>,
  ): Promise<StepCacheHit<T | undefined> | undefined> {
    let tier: StepCacheTier = 'local';
    if (!(await this.complete(key))) {
      if (!(await this.restoreRemote(key))) return undefined;
      tier = 'remote';
    }
    await rm(target, { recursive: true, force: true });
    await mkdir(path.dirname(path.resolve(target)), { recursive: true });
    await cp(path.join(this.entry(key), 'files'), target, { recursive: true });
    if (verify === undefined) return { tier, value: undefined };
    try {
      return { tier, value: await verify(target) };
    } catch (error) {
      await rm(target, { recursive: true, force: true });
      await rm(this.entry(key), { recursive: true, force: true });
      const remoteKey = remoteStepCacheKey(key);
      this.warn(
        tier === 'local'
          ? `the step cache entry ${this.entry(key)} was refused (${describeThrown(error, 300)}); it was removed and the step runs again`
          : `the step cache entry ${remoteKey} restored from the Actions cache was refused (${describeThrown(error, 300)}); the step runs again. The Actions cache keeps the entry: delete it (gh cache delete ${remoteKey}) so later runs stop restoring it`,
      );
      return undefined;
    }
  }

  /** Fetches the entry from the remote tier into the local root; true only when it arrived whole. */
  private async restoreRemote(key: string): Promise<boolean> {
    const remote = await this.remoteTier();
    if (remote === undefined) return false;
    const entry = this.entry(key);
    const remoteKey = remoteStepCacheKey(key);
    // Left by an interrupted restore: its files must not mix with the ones about to arrive.
    await rm(entry, { recursive: true, force: true });
    try {
      if (!(await remote.restore([entry], remoteKey))) return false;
    } catch (error) {
      await rm(entry, { recursive: true, force: true });
      this.warn(
        `the step cache could not be restored from the Actions cache (${describeThrown(error, 300)}); the step runs as if nothing was cached`,
      );
      return false;
    }
    if (await this.complete(key)) return true;
    await rm(entry, { recursive: true, force: true });
    this.warn(
      `the step cache entry ${remoteKey} in the Actions cache is incomplete (no ${COMPLETE} marker); the step runs again. Delete it (gh cache delete ${remoteKey}) so later runs stop restoring it`,
    );
    return false;
  }

  /** Stores `source` (a directory) under `key`, atomically, then in the remote tier. */
  async save(key: string, source: string): Promise<void> {
    const entry = this.entry(key);
    const staging = `${entry}.tmp-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await cp(source, path.join(staging, 'files'), { recursive: true });
    await writeFile(path.join(staging, COMPLETE), `${new Date().toISOString()}\n`);
    await rm(entry, { recursive: true, force: true });
    await rename(staging, entry);
    const remote = await this.remoteTier();
    if (remote === undefined) return;
    const remoteKey = remoteStepCacheKey(key);
    try {
      await remote.save([entry], remoteKey);
    } catch (error) {
      // Most often another job of the same commit saved this key first, and then its entry serves as well.
      this.warn(
        `the step cache entry was kept locally but not saved to the Actions cache as ${remoteKey} (${describeThrown(error, 300)}); a later run on a fresh runner repeats this step`,
      );
    }
  }

  private remoteTier(): Promise<DirectoryCache | undefined> {
    this.remote ??= this.loadRemote();
    return this.remote;
  }

  private async loadRemote(): Promise<DirectoryCache | undefined> {
    if (this.options.remote !== undefined) return this.options.remote;
    const provider = registeredRemoteStepCache();
    if (provider === undefined) return undefined;
    try {
      return await provider();
    } catch (error) {
      this.warn(
        `the Actions cache is unavailable (${describeThrown(error, 300)}); the step cache is local to this runner`,
      );
      return undefined;
    }
  }
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
