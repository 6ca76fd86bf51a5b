import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);

// src/validate/worker-start.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var WORKER_URL = new URL("../workers/profile.js", import.meta.url);
var early;
function startProfileWorkerEarly() {
  if (early !== void 0 || process.env.MLOPS_PROFILE_THREADS === "1" || availableParallelism() < 2) return;
  if (!existsSync(fileURLToPath(WORKER_URL))) return;
  const worker = new Worker(WORKER_URL);
  worker.unref();
  const forget = () => {
    if (early === worker) early = void 0;
  };
  worker.on("error", forget);
  worker.on("exit", forget);
  early = worker;
}
function takeProfileWorker(url) {
  const worker = early;
  if (worker !== void 0 && url.href === WORKER_URL.href) {
    early = void 0;
    worker.ref();
    return worker;
  }
  return new Worker(url);
}

export {
  WORKER_URL,
  startProfileWorkerEarly,
  takeProfileWorker
};
