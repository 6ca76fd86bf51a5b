import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { processAlive } from './atomic.js';

/**
 * A writer lock that works across processes (and hosts sharing a volume) with nothing but the file system.
 *
 * Acquire: `mkdir <lock>` (atomic: exactly one creator wins), then write `owner.json` ({pid, hostname,
 * acquiredAt, token}) into it through a temp file + rename, so a waiter never reads half an owner.
 * Wait: on EEXIST, retry with exponential backoff and full jitter (5 ms doubling to 250 ms, ×0.5–1.5) until
 * `timeoutMs`, then fail with a message naming the lock path and its owner.
 * Stale: the owner is a dead pid on this host, or the lock is older than `staleMs` (an owner on another host
 * cannot be probed), or it has had no owner.json for OWNERLESS_GRACE_MS (its creator died between mkdir and
 * the owner write).
 * Break: only while holding the secondary mutex `<lock>.break` (also a mkdir), and only if owner.json still
 * holds the very token judged stale, so two waiters that both saw the same dead owner cannot remove each
 * other's fresh lock. A breaker that dies leaves `<lock>.break`, removed once older than BREAK_GRACE_MS.
 * Release: remove the directory only if it still holds our token.
 */

export interface LockOwner {
  pid: number;
  hostname: string;
  acquiredAt: string;
  token: string;
}

export interface LockOptions {
  /** Total time to wait for the lock before giving up (default 60 s). */
  timeoutMs?: number;
  /** A lock held longer than this is considered abandoned even if its owner cannot be probed (default 10 min). */
  staleMs?: number;
}

export interface HeldLock {
  /** The owner of a stale lock this acquisition broke, if any: its writes may have been interrupted. */
  readonly broke: LockOwner | 'ownerless' | undefined;
  release(): Promise<void>;
}

/** Waiting for the lock took too long; the message names the lock and who holds it. */
export class LockTimeoutError extends ConfigurationError {
  override readonly name = 'LockTimeoutError';
}

const OWNER_FILE = 'owner.json';
const OWNERLESS_GRACE_MS = 10_000;
const BREAK_GRACE_MS = 10_000;

export class DirectoryLock {
  readonly timeoutMs: number;
  readonly staleMs: number;

  constructor(
    readonly path: string,
    options: LockOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.staleMs = options.staleMs ?? 10 * 60_000;
  }

  async acquire(): Promise<HeldLock> {
    const deadline = Date.now() + this.timeoutMs;
    let broke: HeldLock['broke'];
    for (let attempt = 0; ; attempt++) {
      if (await this.tryCreate()) {
        const owner: LockOwner = {
          pid: process.pid,
          hostname: hostname(),
          acquiredAt: new Date().toISOString(),
          token: randomBytes(12).toString('hex'),
        };
        try {
          const temp = path.join(this.path, `.owner-${owner.token}`);
          await writeFile(temp, `${JSON.stringify(owner)}\n`);
          await rename(temp, path.join(this.path, OWNER_FILE));
        } catch (error) {
          await rm(this.path, { recursive: true, force: true });
          throw error;
        }
        return { broke, release: () => this.release(owner.token) };
      }
      const observed = await this.inspect();
      if (observed !== undefined && this.staleReason(observed) !== undefined) {
        const broken = await this.breakIfStill(observed);
        if (broken) {
          broke = observed.owner ?? 'ownerless';
          continue;
        }
      }
      if (Date.now() >= deadline) throw new LockTimeoutError(this.timeoutMessage(observed));
      const backoff = Math.min(250, 5 * 2 ** Math.min(attempt, 6));
      await sleep(Math.min(backoff * (0.5 + Math.random()), Math.max(1, deadline - Date.now())));
    }
  }

  /** The current holder, for messages; undefined when the lock is free. */
  async holder(): Promise<LockOwner | 'ownerless' | undefined> {
    const observed = await this.inspect();
    return observed === undefined ? undefined : (observed.owner ?? 'ownerless');
  }

  private async tryCreate(): Promise<boolean> {
    try {
      await mkdir(this.path);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code === 'ENOENT') {
        await mkdir(path.dirname(this.path), { recursive: true });
        return this.tryCreate();
      }
      throw error;
    }
  }

  private async inspect(): Promise<{ owner: LockOwner | undefined; ageMs: number } | undefined> {
    const info = await stat(this.path).catch(() => undefined);
    if (info === undefined) return undefined;
    const owner = await readOwner(this.path);
    const since = owner === undefined ? info.mtimeMs : Date.parse(owner.acquiredAt);
    return { owner, ageMs: Date.now() - (Number.isNaN(since) ? info.mtimeMs : since) };
  }

  private staleReason(observed: { owner: LockOwner | undefined; ageMs: number }): string | undefined {
    const { owner, ageMs } = observed;
    if (owner === undefined) return ageMs > OWNERLESS_GRACE_MS ? 'it has no owner' : undefined;
    if (owner.hostname === hostname() && !processAlive(owner.pid)) return `process ${owner.pid} is gone`;
    if (ageMs > this.staleMs) return `it is older than ${Math.round(this.staleMs / 1000)} s`;
    return undefined;
  }

  private async breakIfStill(observed: { owner: LockOwner | undefined }): Promise<boolean> {
    const breakPath = `${this.path}.break`;
    try {
      await mkdir(breakPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const info = await stat(breakPath).catch(() => undefined);
      // A breaker needs milliseconds; one this old died while breaking.
      if (info !== undefined && Date.now() - info.mtimeMs > BREAK_GRACE_MS) {
        await rm(breakPath, { recursive: true, force: true });
      }
      return false;
    }
    try {
      const now = await this.inspect();
      if (now === undefined) return false;
      if (now.owner?.token !== observed.owner?.token || this.staleReason(now) === undefined) return false;
      // Renaming first means no waiter can ever see a half-removed lock directory as a lock without an owner.
      const grave = `${this.path}.stale-${randomBytes(6).toString('hex')}`;
      await rename(this.path, grave);
      await rm(grave, { recursive: true, force: true });
      return true;
    } finally {
      await rm(breakPath, { recursive: true, force: true });
    }
  }

  private async release(token: string): Promise<void> {
    const owner = await readOwner(this.path);
    // Someone judged us stale and broke the lock: what they hold now is theirs.
    if (owner?.token !== token) return;
    const grave = `${this.path}.released-${token}`;
    await rename(this.path, grave);
    await rm(grave, { recursive: true, force: true });
  }

  private timeoutMessage(observed: { owner: LockOwner | undefined } | undefined): string {
    const seconds = Math.round(this.timeoutMs / 1000);
    const owner = observed?.owner;
    const held =
      owner === undefined
        ? 'it has no owner record yet'
        : `it is held by process ${owner.pid} on ${owner.hostname} since ${owner.acquiredAt}`;
    return `timed out after ${seconds} s waiting for the registry lock ${this.path}: ${held}; if no mlops process is still writing to this registry, remove ${this.path} and retry`;
  }
}

async function readOwner(lockPath: string): Promise<LockOwner | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(lockPath, OWNER_FILE), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    const { pid, hostname: host, acquiredAt, token } = record;
    if (typeof pid !== 'number' || typeof host !== 'string' || typeof acquiredAt !== 'string') return undefined;
    if (typeof token !== 'string') return undefined;
    return { pid, hostname: host, acquiredAt, token };
  } catch {
    return undefined;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
