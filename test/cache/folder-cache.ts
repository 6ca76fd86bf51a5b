import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import type { DirectoryCache } from '../../src/cache/remote.js';

/**
 * A stand-in for GitHub's Actions cache service, which exists only on a runner: one folder per key, restored to
 * and saved from the paths given, with the service's one rule that matters here: a key, once saved, is never
 * overwritten. It records the keys it saved and restored.
 */
export function folderCache(store: string): DirectoryCache & { saved: string[]; restored: string[] } {
  const saved: string[] = [];
  const restored: string[] = [];
  return {
    saved,
    restored,
    restore: async ([target], key) => {
      const from = path.join(store, key);
      if (!existsSync(from)) return false;
      await cp(from, target as string, { recursive: true });
      restored.push(key);
      return true;
    },
    save: async ([source], key) => {
      const to = path.join(store, key);
      if (existsSync(to))
        throw new Error(`Unable to reserve cache with key ${key}, another job may be creating this cache.`);
      await cp(source as string, to, { recursive: true });
      saved.push(key);
    },
  };
}
