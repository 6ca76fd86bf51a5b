import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

/**
 * Crash-safe file primitives shared by the registry and the lineage store. A reader only ever sees a file's
 * old bytes or its new bytes: content goes to a temporary file that is flushed to disk and then renamed over
 * the target (rename is atomic within one file system). Temporary names embed the writer's pid and host so
 * a later writer can tell the leftovers of a dead process from the work of a live one.
 */

/** A short tag for this host: temporary names must stay portable whatever the host name contains. */
export const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

/** Leftovers of writers on other hosts (or of a recycled pid) are removed only after this long. */
const FOREIGN_TEMP_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export function tempName(purpose: string): string {
  return `${process.pid}-${HOST_TAG}-${randomBytes(6).toString('hex')}-${purpose}`;
}

/** Whether a process of this host is alive: EPERM means it exists but belongs to someone else. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes `data` to `target` atomically and durably. `tempDirectory` must be on the same file system as
 * `target`; by default the temporary file is a dot-file beside it, which every lister here ignores.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  tempDirectory = path.dirname(target),
): Promise<void> {
  const temp = path.join(
    tempDirectory,
    tempDirectory === path.dirname(target) ? `.${tempName(path.basename(target))}` : tempName(path.basename(target)),
  );
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await testPause('before-rename');
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncDirectory(path.dirname(target));
}

/** Appends one line durably (the audit log): a torn last line is possible only if the process dies mid-write. */
export async function appendLineDurably(file: string, line: string): Promise<void> {
  const handle = await open(file, 'a');
  try {
    await handle.writeFile(`${line}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable; some platforms (Windows) cannot open directories, where this is best effort. */
export async function fsyncDirectory(directory: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // Durability of the rename is then up to the OS; atomicity is unaffected.
  } finally {
    await handle?.close();
  }
}

export async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Removes temporary entries left by writers that died: those of dead processes on this host at once, any other
 * only when old (a live writer on another host sharing the volume may still be using it). Call under the lock.
 */
export async function removeDeadTemporaries(directory: string, prefix = ''): Promise<string[]> {
  const names = await readdir(directory).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)-([0-9a-f]{8})-[0-9a-f]{12}-/.exec(name.slice(prefix.length));
    const full = path.join(directory, name);
    let dead = false;
    if (match !== null && match[2] === HOST_TAG) dead = !processAlive(Number(match[1]));
    if (!dead) {
      const info = await stat(full).catch(() => undefined);
      dead = info !== undefined && Date.now() - info.mtimeMs > FOREIGN_TEMP_MAX_AGE_MS;
    }
    if (dead) {
      await rm(full, { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}

export async function ensureDirectory(directory: string): Promise<void> {
  await mkdir(directory, { recursive: true });
}

/**
 * Test hook: with MLOPS_FS_REGISTRY_TEST_PAUSE=<point>:<marker file>, the writer announces itself in the marker
 * file at that point and then hangs, so a test can kill it at the worst moment (temp written, not renamed).
 */
export async function testPause(point: string): Promise<void> {
  const hook = process.env.MLOPS_FS_REGISTRY_TEST_PAUSE;
  if (hook === undefined || hook === '') return;
  const colon = hook.indexOf(':');
  if (colon < 0 || hook.slice(0, colon) !== point) return;
  await writeFile(hook.slice(colon + 1), String(process.pid));
  await new Promise<never>(() => {
    setInterval(() => {}, 60_000);
  });
}
