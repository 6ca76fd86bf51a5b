import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveDataFiles } from '../data/files.js';
import { digestFiles } from '../model/package.js';

/**
 * Step cache: a step whose inputs (data digests, code, parameters) are unchanged is skipped and its recorded
 * outputs reused, so a pipeline that failed at a later step resumes there instead of retraining. Entries are
 * directories keyed by a sha256 of everything the step's result depends on; they are written whole (temp +
 * rename) so a crash never leaves a half entry.
 */
export interface StepCacheKeyParts {
  step: string;
  /** Data paths or globs; their content digests enter the key, not their names. */
  data: string[];
  /** Code that computes the step: its version and the digest of the running module. */
  code: string;
  parameters: unknown;
}

export async function stepCacheKey(parts: StepCacheKeyParts): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${parts.step}\n${parts.code}\n${stableJson(parts.parameters)}\n`);
  for (const pattern of parts.data) {
    const files = await resolveDataFiles(pattern, 'data');
    hash.update(`${(await digestFiles(files, 0)).digest}\n`);
  }
  return `${parts.step}-${hash.digest('hex').slice(0, 32)}`;
}

/** The digest of a module file, for the `code` part of a key (the bundle on a runner, the source locally). */
export async function codeDigest(moduleUrl: string, version: string): Promise<string> {
  const file = new URL(moduleUrl).pathname;
  const bytes = await readFile(file).catch(() => Buffer.from(''));
  return `${version}+${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export class StepCache {
  constructor(readonly root: string) {}

  private entry(key: string): string {
    return path.join(this.root, key);
  }

  /** Copies a cached entry's files into `target` and returns true, or returns false on a miss. */
  async restore(key: string, target: string): Promise<boolean> {
    const entry = this.entry(key);
    if ((await stat(path.join(entry, '.complete')).catch(() => undefined)) === undefined) return false;
    await rm(target, { recursive: true, force: true });
    await mkdir(path.dirname(path.resolve(target)), { recursive: true });
    await cp(path.join(entry, 'files'), target, { recursive: true });
    return true;
  }

  /** Stores `source` (a directory) under `key`, atomically. */
  async save(key: string, source: string): Promise<void> {
    const entry = this.entry(key);
    const staging = `${entry}.tmp-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await cp(source, path.join(staging, 'files'), { recursive: true });
    await writeFile(path.join(staging, '.complete'), `${new Date().toISOString()}\n`);
    await rm(entry, { recursive: true, force: true });
    await rename(staging, entry);
  }
}
