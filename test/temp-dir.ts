/**
 * Temporary directories for tests, each made fresh under the OS temp directory and removed afterwards whatever
 * the outcome, so that no test sees another's files and none are left behind.
 *
 * - `useTempDir(prefix)`: a new directory for every test of the enclosing describe (or file): made in a
 *   beforeEach, removed in an afterEach.
 * - `useSharedTempDir(prefix)`: one directory for all the tests of the enclosing describe (or file), for costly
 *   set-up they share: made in a beforeAll, removed in an afterAll.
 * - `withTempDir(prefix, fn)`: one directory for the duration of `fn`.
 *
 * Call the `use…` functions where their hooks belong, before the hooks that use the directory: vitest runs
 * before-hooks in the order they were registered and after-hooks in reverse, so the directory exists in those
 * later hooks and outlives their clean-up.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

export interface TempDir {
  /** The directory itself; throws outside the tests (and hooks) it was made for. */
  readonly dir: string;
  /** A path inside the directory. */
  path(...segments: string[]): string;
  /** Writes a file inside the directory (its folder must exist) and returns its path. */
  write(name: string, content: string | Uint8Array): Promise<string>;
}

type Hook = (fn: () => Promise<void>) => void;

function scopedTempDir(prefix: string, before: Hook, after: Hook): TempDir {
  let current: string | undefined;
  before(async () => {
    current = await mkdtemp(path.join(tmpdir(), prefix));
  });
  after(async () => {
    if (current !== undefined) await rm(current, { recursive: true, force: true });
    current = undefined;
  });
  const dir = (): string => {
    if (current === undefined) throw new Error(`temporary directory ${prefix}… used outside the tests it was made for`);
    return current;
  };
  return {
    get dir() {
      return dir();
    },
    path: (...segments) => path.join(dir(), ...segments),
    async write(name, content) {
      const file = path.join(dir(), name);
      await writeFile(file, content);
      return file;
    },
  };
}

/** A new directory for each test of the enclosing describe (or file), removed after the test. */
export function useTempDir(prefix = 'mlops-test-'): TempDir {
  return scopedTempDir(
    prefix,
    (fn) => beforeEach(fn),
    (fn) => afterEach(fn),
  );
}

/** One directory shared by all the tests of the enclosing describe (or file), removed after the last. */
export function useSharedTempDir(prefix = 'mlops-test-'): TempDir {
  return scopedTempDir(
    prefix,
    (fn) => beforeAll(fn),
    (fn) => afterAll(fn),
  );
}

/** Runs `fn` with a new directory and removes the directory afterwards, whether `fn` succeeded or not. */
export async function withTempDir<T>(prefix: string, fn: (dir: string) => T | Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
