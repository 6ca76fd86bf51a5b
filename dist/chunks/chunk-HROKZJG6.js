import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);

// src/cache/remote.ts
var provider;
function registerRemoteStepCache(remote) {
  provider = remote;
}
function registeredRemoteStepCache() {
  return provider;
}

export {
  registerRemoteStepCache,
  registeredRemoteStepCache
};
