import type { DirectoryCache } from '../cache/remote.js';

/** The part of @actions/cache used here; injectable because its service exists only on a runner. */
export interface ActionsCacheClient {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], primaryKey: string): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

/**
 * Staging and production workflows set MLOPS_ACTIONS_CACHE=false: an Actions cache entry is unsigned and may
 * have been written by any workflow run on the default branch, including one that ran untrusted code (cache
 * poisoning), so where a release is decided nothing is restored from it.
 */
export function actionsCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.MLOPS_ACTIONS_CACHE !== 'false';
}

/**
 * The Actions cache as a directory cache (the step cache's remote tier, the ONNX Runtime install), or undefined
 * where it is switched off or the runner has none. The client is loaded on first use, not at start-up: it is
 * large and most steps never consult the cache.
 */
export async function actionsCache(
  env: NodeJS.ProcessEnv = process.env,
  load: () => Promise<ActionsCacheClient> = () => import('@actions/cache'),
): Promise<DirectoryCache | undefined> {
  if (!actionsCacheEnabled(env)) return undefined;
  const cache = await load();
  if (!cache.isFeatureAvailable()) return undefined;
  return {
    restore: async (paths, key) => (await cache.restoreCache(paths, key)) !== undefined,
    save: async (paths, key) => {
      // The client reports why it did not store an entry (another job reserved the key, a size limit) in the
      // log and returns -1; the step cache turns that into its warning.
      if ((await cache.saveCache(paths, key)) === -1)
        throw new Error('the Actions cache did not store it (its reason is in the log above)');
    },
  };
}
