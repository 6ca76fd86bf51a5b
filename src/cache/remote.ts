/**
 * The step cache's remote tier: a cache service shared by the jobs and runs of a repository (GitHub's Actions
 * cache on a runner), so a pipeline resumes on a fresh machine. Kept apart from step-cache.ts, which loads data
 * and package code, because every action registers the tier at start-up and start-up time matters.
 */
/** Directories stored by key: the step cache's remote tier, and where the ONNX Runtime install is kept. */
export interface DirectoryCache {
  /** Restores the directories saved under `key` to the same paths; false when the service has no such key. */
  restore(paths: string[], key: string): Promise<boolean>;
  /** Saves the directories under `key`; throws when the service did not store them. */
  save(paths: string[], key: string): Promise<void>;
}

/** Called on the first lookup only, so a run that never consults the cache never loads its client. */
export type RemoteStepCacheProvider = () => Promise<DirectoryCache | undefined>;

let provider: RemoteStepCacheProvider | undefined;

/** The platform adapter registers its cache service here; domain code never imports a platform client. */
export function registerRemoteStepCache(remote: RemoteStepCacheProvider | undefined): void {
  provider = remote;
}

export function registeredRemoteStepCache(): RemoteStepCacheProvider | undefined {
  return provider;
}
