import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FsRegistry } from '../../src/registry/fs.js';
import { LockTimeoutError } from '../../src/registry/lock.js';
import { useSharedTempDir } from '../temp-dir.js';
import { aliasEvent, writePackage } from './fs-helpers.js';

// Real processes, real files: the child is this repository's registry code bundled into one .mjs file.
const work = useSharedTempDir('mlops-registry-procs-');
let childScript: string;
let root: string;
let versions: string[];

beforeAll(async () => {
  childScript = work.path('child.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'fs-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
});

let testNumber = 0;
beforeEach(async () => {
  root = work.path(`registry-${++testNumber}`);
  const registry = new FsRegistry(root);
  versions = [];
  for (const seed of ['a', 'b', 'c']) {
    const pkg = await writePackage(work.path(`pkg-${testNumber}-${seed}`), `${testNumber}-${seed}`);
    versions.push((await registry.register(pkg.directory)).version);
  }
});

interface Child {
  pid: number;
  kill(): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

function runChild(args: string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, [childScript, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      child.on('error', reject);
      // 'close' comes after the process is reaped, so its pid is really gone for the next writer's probe.
      child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    },
  );
  return { pid: child.pid ?? -1, kill: () => child.kill('SIGKILL'), exited };
}

async function waitForFile(file: string, child: Child): Promise<void> {
  let finished = false;
  void child.exited.then(() => {
    finished = true;
  });
  for (let waited = 0; waited < 15_000; waited += 20) {
    if (
      await stat(file).then(
        () => true,
        () => false,
      )
    )
      return;
    if (finished) throw new Error(`the child exited before pausing: ${(await child.exited).stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${file} never appeared`);
}

/** Kills a writer at a test-hook point and returns once it is gone. */
async function killAt(point: string, args: string[]): Promise<void> {
  const marker = work.path(`paused-${testNumber}-${point}`);
  const child = runChild(args, { MLOPS_FS_REGISTRY_TEST_PAUSE: `${point}:${marker}` });
  await waitForFile(marker, child);
  child.kill();
  expect((await child.exited).signal).toBe('SIGKILL');
}

async function auditLines(): Promise<string[]> {
  const text = await readFile(path.join(root, 'audit.jsonl'), 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line !== '');
}

describe('FsRegistry across processes', () => {
  it('8 processes × 20 read-modify-write promotions lose no update', async () => {
    const workers = 8;
    const moves = 20;
    const children = Array.from({ length: workers }, (_, worker) =>
      runChild(['promote', root, String(worker), String(moves), versions.join(',')]),
    );
    const results = await Promise.all(children.map((child) => child.exited));
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    const conflicts = results.reduce(
      (sum, result) => sum + (JSON.parse(result.stdout) as { conflicts: number }).conflicts,
      0,
    );

    const registry = new FsRegistry(root);
    const history = await registry.history('production');
    expect(history).toHaveLength(workers * moves);
    let previous: string | null = null;
    for (const event of history) {
      expect(event.previous).toBe(previous);
      previous = event.version;
    }
    expect(await registry.current('production')).toBe(previous);
    for (let worker = 0; worker < workers; worker++) {
      expect(history.filter((event) => event.actor === `worker-${worker}`)).toHaveLength(moves);
    }
    const lines = await auditLines();
    expect(lines).toHaveLength(workers * moves);
    expect(lines.map((line) => JSON.parse(line))).toEqual(history);
    expect(await readdir(path.join(root, 'tmp'))).toEqual([]);
    await expect(stat(path.join(root, 'lock'))).rejects.toThrow();
    // The CAS path was really exercised, not just the lock.
    expect(conflicts).toBeGreaterThan(0);
  });

  it('a writer killed after writing the temp stage file, before the rename, changes nothing', async () => {
    const registry = new FsRegistry(root);
    const [a, b] = versions as [string, string];
    await registry.moveAlias(aliasEvent('production', a, null));
    const stageBefore = await readFile(path.join(root, 'stages', 'production.json'), 'utf8');

    await killAt('before-rename', ['move', root, 'production', b, a]);

    expect(await readFile(path.join(root, 'stages', 'production.json'), 'utf8')).toBe(stageBefore);
    expect(await registry.current('production')).toBe(a);
    expect(await auditLines()).toHaveLength(1);
    expect((await readdir(path.join(root, 'tmp'))).length).toBe(1);
    const owner = JSON.parse(await readFile(path.join(root, 'lock', 'owner.json'), 'utf8'));
    expect(owner).toMatchObject({ hostname: hostname() });

    // The next writer finds the owner dead, breaks the lock, clears the leftovers and succeeds at once.
    const started = Date.now();
    await new FsRegistry(root, { timeoutMs: 5_000 }).moveAlias(aliasEvent('production', b, a));
    // Well under the 10 s an ownerless lock is given: the dead pid was recognised, not waited out.
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(await registry.current('production')).toBe(b);
    expect(await auditLines()).toHaveLength(2);
    expect(await readdir(path.join(root, 'tmp'))).toEqual([]);
    await expect(stat(path.join(root, 'lock'))).rejects.toThrow();
  });

  it('a registration killed before its version directory is renamed into place leaves no trace of it', async () => {
    const registry = new FsRegistry(root);
    const listed = (await registry.list()).map((item) => item.version);
    const pkg = await writePackage(work.path(`pkg-${testNumber}-new`), `${testNumber}-new`);

    await killAt('before-version-rename', ['register', root, pkg.directory]);

    expect(await registry.get(pkg.version)).toBeUndefined();
    expect((await registry.list()).map((item) => item.version)).toEqual(listed);
    expect((await readdir(path.join(root, 'tmp'))).length).toBe(1);

    const registered = await new FsRegistry(root, { timeoutMs: 5_000 }).register(pkg.directory);
    expect(registered.version).toBe(pkg.version);
    expect((await registry.get(pkg.version))?.version).toBe(pkg.version);
    expect(await readdir(path.join(root, 'tmp'))).toEqual([]);
  });

  it('a move killed after its commit but before its audit line is logged by the next writer', async () => {
    const registry = new FsRegistry(root);
    const [a, b, c] = versions as [string, string, string];
    await registry.moveAlias(aliasEvent('production', a, null));

    await killAt('before-audit', ['move', root, 'production', b, a]);

    expect(await registry.current('production')).toBe(b);
    expect(await auditLines()).toHaveLength(1);
    await new FsRegistry(root, { timeoutMs: 5_000 }).moveAlias(aliasEvent('staging', c, null));
    const logged = (await auditLines()).map((line) => JSON.parse(line) as { stage: string; version: string });
    expect(logged.map((event) => [event.stage, event.version])).toEqual([
      ['production', a],
      ['production', b],
      ['staging', c],
    ]);
  });

  it('waits for a live holder and times out naming the lock', async () => {
    await mkdir(path.join(root, 'lock'));
    const owner = { pid: process.pid, hostname: hostname(), acquiredAt: new Date().toISOString(), token: 'live' };
    await writeFile(path.join(root, 'lock', 'owner.json'), JSON.stringify(owner));
    const registry = new FsRegistry(root, { timeoutMs: 300 });
    const attempt = registry.moveAlias(aliasEvent('production', versions[0] ?? '', null));
    await expect(attempt).rejects.toThrow(LockTimeoutError);
    await expect(registry.moveAlias(aliasEvent('production', versions[0] ?? '', null))).rejects.toThrow(
      `waiting for the registry lock ${path.join(root, 'lock')}: it is held by process ${process.pid} on ${hostname()}`,
    );
    expect(await registry.current('production')).toBeUndefined();
  });

  it('breaks a lock from another host only once it is older than staleMs', async () => {
    await mkdir(path.join(root, 'lock'));
    const acquiredAt = new Date(Date.now() - 5_000).toISOString();
    const owner = { pid: 1, hostname: 'another-runner', acquiredAt, token: 'remote' };
    await writeFile(path.join(root, 'lock', 'owner.json'), JSON.stringify(owner));
    await expect(
      new FsRegistry(root, { timeoutMs: 200, staleMs: 60_000 }).moveAlias(
        aliasEvent('production', versions[0] ?? '', null),
      ),
    ).rejects.toThrow(/held by process 1 on another-runner/);
    await new FsRegistry(root, { timeoutMs: 2_000, staleMs: 1_000 }).moveAlias(
      aliasEvent('production', versions[0] ?? '', null),
    );
    expect(await new FsRegistry(root).current('production')).toBe(versions[0]);
  });
});
