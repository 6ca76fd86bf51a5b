import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The profile worker's script: dist/workers/profile.js, next to the bundle that runs this (every bundle lives
 * one directory deep in dist/). Node 20 cannot start a worker on TypeScript sources: under vitest it is absent.
 */
export const WORKER_URL = new URL('../workers/profile.js', import.meta.url);

let early: Worker | undefined;

/**
 * Starts the profile worker now, when a command that may split a file begins, rather than when the split is
 * known: a worker thread takes 60 to 130 milliseconds to boot, which then overlaps this thread loading its own
 * code. A worker nobody takes waits idle and does not keep the process alive.
 */
export function startProfileWorkerEarly(): void {
  if (early !== undefined || process.env.MLOPS_PROFILE_THREADS === '1' || availableParallelism() < 2) return;
  if (!existsSync(fileURLToPath(WORKER_URL))) return;
  const worker = new Worker(WORKER_URL);
  worker.unref();
  const forget = () => {
    if (early === worker) early = undefined;
  };
  worker.on('error', forget);
  worker.on('exit', forget);
  early = worker;
}

/** The worker started early if there is one for this script (it is then the caller's), else a new one. */
export function takeProfileWorker(url: URL): Worker {
  const worker = early;
  if (worker !== undefined && url.href === WORKER_URL.href) {
    early = undefined;
    worker.ref();
    return worker;
  }
  return new Worker(url);
}
