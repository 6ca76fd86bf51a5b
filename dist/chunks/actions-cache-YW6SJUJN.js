import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import "./chunk-NUEQ5RRT.js";

// src/github/actions-cache.ts
function actionsCacheEnabled(env = process.env) {
  return env.MLOPS_ACTIONS_CACHE !== "false";
}
async function actionsCache(env = process.env, load = () => import("./cache-QXLPVHEA.js")) {
  if (!actionsCacheEnabled(env)) return void 0;
  const cache = await load();
  if (!cache.isFeatureAvailable()) return void 0;
  return {
    restore: async (paths, key) => await cache.restoreCache(paths, key) !== void 0,
    save: async (paths, key) => {
      if (await cache.saveCache(paths, key) === -1)
        throw new Error("the Actions cache did not store it (its reason is in the log above)");
    }
  };
}
export {
  actionsCache,
  actionsCacheEnabled
};
