import { ConfigurationError, describeThrown } from '../core/errors.js';
import { LineageStore } from '../lineage/store.js';
import { FsRegistry, type FsRegistryOptions } from './fs.js';
import type { ModelRegistry } from './types.js';

/**
 * `registry` input → a registry: `github` or `github:owner/repo` is the GitHub-backed one, anything else a
 * directory. The GitHub module is imported on first use, so the file-system registry needs none of its code.
 */
export function openRegistry(location: string, options: FsRegistryOptions = {}): ModelRegistry {
  if (location === 'github' || location.startsWith('github:')) return lazyGithubRegistry(location);
  if (location.trim() === '') {
    throw new ConfigurationError('registry: give a directory path, `github` or `github:owner/repo`');
  }
  return new FsRegistry(location, options);
}

function lazyGithubRegistry(location: string): ModelRegistry {
  let loading: Promise<ModelRegistry> | undefined;
  const load = (): Promise<ModelRegistry> => {
    loading ??= (async () => {
      let module: typeof import('./github.js');
      try {
        module = await import('./github.js');
      } catch (error) {
        throw new ConfigurationError(
          `registry ${location}: the GitHub registry cannot be loaded (${describeThrown(error)}); use a directory path instead`,
        );
      }
      return await module.createGithubRegistry(location);
    })();
    return loading;
  };
  return {
    location,
    register: async (directory) => (await load()).register(directory),
    get: async (version) => (await load()).get(version),
    download: async (version, directory) => (await load()).download(version, directory),
    list: async () => (await load()).list(),
    addEvidence: async (version, evidence) => (await load()).addEvidence(version, evidence),
    current: async (stage) => (await load()).current(stage),
    history: async (stage) => (await load()).history(stage),
    moveAlias: async (event) => (await load()).moveAlias(event),
  };
}

/**
 * Where a run's lineage record goes: inside the registry when it is a directory (the records travel with the
 * versions they describe), else in `fallbackDirectory` (e.g. `.mlops/lineage`, uploaded with the run's artefacts).
 */
export function lineageStoreFor(registry: ModelRegistry, fallbackDirectory: string): LineageStore {
  return registry instanceof FsRegistry ? registry.lineage() : new LineageStore(fallbackDirectory);
}
