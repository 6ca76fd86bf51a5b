/**
 * The step cache on real files: keys follow content (not names), entries restore whole, the CLI reuses them,
 * and the remote tier (GitHub's Actions cache on a runner) lets a fresh machine resume. The Actions cache service
 * exists only on a runner; it is stood in for by a directory, with its one rule that matters here: a key, once
 * saved, is never overwritten.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ActionIO } from '../../src/actions/io.js';
import { runOrchestrator } from '../../src/actions/run.js';
import { type DirectoryCache, registerRemoteStepCache } from '../../src/cache/remote.js';
import { remoteStepCacheKey, StepCache, stepCacheKey, workTreeDigest } from '../../src/cache/step-cache.js';
import { type ActionsCacheClient, actionsCache, actionsCacheEnabled } from '../../src/github/actions-cache.js';
import { useTempDir } from '../temp-dir.js';
import { BINARY_COLUMNS, binaryRows, writeCsv } from '../train/helpers.js';
import { folderCache } from './folder-cache.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const temp = useTempDir('mlops-step-cache-');

async function packageDir(name: string, bytes: string): Promise<string> {
  const source = temp.path(name);
  await mkdir(source, { recursive: true });
  await writeFile(path.join(source, 'model.onnx'), bytes);
  return source;
}

describe('stepCacheKey', () => {
  it('changes with data content, code and parameters, not with the file name or key order', async () => {
    const a = temp.path('a.csv');
    const b = temp.path('b.csv');
    await writeFile(a, 'x,y\n1,2\n');
    await writeFile(b, 'x,y\n1,2\n');
    const base = { step: 'train', data: [a], code: 'v1', parameters: { seed: 1, params: { lr: 0.1, units: [4] } } };
    const key = await stepCacheKey(base);
    expect(await stepCacheKey({ ...base, data: [b] })).toBe(key);
    expect(await stepCacheKey({ ...base, parameters: { params: { units: [4], lr: 0.1 }, seed: 1 } })).toBe(key);
    expect(await stepCacheKey({ ...base, code: 'v2' })).not.toBe(key);
    expect(await stepCacheKey({ ...base, parameters: { seed: 2, params: { lr: 0.1, units: [4] } } })).not.toBe(key);
    await writeFile(b, 'x,y\n1,3\n');
    expect(await stepCacheKey({ ...base, data: [b] })).not.toBe(key);
  });
});

describe('workTreeDigest (the code of a training command)', () => {
  it('changes with an edited script, committed or not, and is absent outside a git work tree', async () => {
    expect(await workTreeDigest(temp.dir)).toBeUndefined();
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
        {
          cwd: temp.dir,
        },
      );
    git('init', '--quiet');
    await writeFile(temp.path('train.py'), 'print(1)\n');
    git('add', 'train.py');
    git('commit', '--quiet', '-m', 'one');
    const committed = await workTreeDigest(temp.dir);
    expect(committed).toMatch(/^[0-9a-f]{40}\+[0-9a-f]{16}$/);
    expect(await workTreeDigest(temp.dir)).toBe(committed);
    await writeFile(temp.path('train.py'), 'print(2)\n');
    const edited = await workTreeDigest(temp.dir);
    expect(edited).not.toBe(committed);
    git('commit', '--quiet', '-am', 'two');
    expect(await workTreeDigest(temp.dir)).not.toBe(committed);
    expect(await workTreeDigest(temp.dir)).not.toBe(edited);
    await writeFile(temp.path('train.py'), 'print(1)\n');
    git('commit', '--quiet', '-am', 'back');
    // Same content as the first commit: a new commit of the same tree reuses.
    expect(await workTreeDigest(temp.dir)).toBe(committed);
  });
});

describe('StepCache', () => {
  it('misses, then restores exactly what was saved', async () => {
    const cache = new StepCache(temp.path('cache'));
    const source = await packageDir('package', 'bytes');
    const target = temp.path('restored');
    expect(await cache.restore('k', target)).toBeUndefined();
    await cache.save('k', source);
    expect(await cache.restore('k', target)).toEqual({ tier: 'local', value: undefined });
    expect(await readFile(path.join(target, 'model.onnx'), 'utf8')).toBe('bytes');
  });

  it('ignores an entry without its completion marker (a crash mid-save)', async () => {
    const cache = new StepCache(temp.path('cache'));
    await mkdir(temp.path('cache', 'k', 'files'), { recursive: true });
    expect(await cache.restore('k', temp.path('restored'))).toBeUndefined();
    expect(existsSync(temp.path('restored'))).toBe(false);
  });

  it('removes an entry its verifier refuses, and reports a miss', async () => {
    const warnings: string[] = [];
    const cache = new StepCache(temp.path('cache'), { warn: (message) => warnings.push(message) });
    await cache.save('k', await packageDir('package', 'tampered'));
    const target = temp.path('restored');
    const hit = await cache.restore('k', target, async (restored) => {
      if ((await readFile(path.join(restored, 'model.onnx'), 'utf8')) !== 'bytes') throw new Error('digest mismatch');
      return 'verified';
    });
    expect(hit).toBeUndefined();
    expect(existsSync(target)).toBe(false);
    expect(existsSync(temp.path('cache', 'k'))).toBe(false);
    expect(warnings).toEqual([expect.stringContaining('digest mismatch')]);
  });
});

describe('StepCache with a remote tier', () => {
  const key = 'train-0123456789abcdef0123456789abcdef';

  it('saves to the remote tier after the local save, and a fresh runner restores from it', async () => {
    const store = temp.path('service');
    const remote = folderCache(store);
    const first = new StepCache(temp.path('runner-1'), { remote });
    await first.save(key, await packageDir('package', 'bytes'));
    expect(existsSync(temp.path('runner-1', key, '.complete'))).toBe(true);
    expect(remote.saved).toEqual([remoteStepCacheKey(key)]);
    expect(remoteStepCacheKey(key)).toBe(`mlops-actions-step-cache-${key}`);
    expect(existsSync(path.join(store, remoteStepCacheKey(key), '.complete'))).toBe(true);

    const warnings: string[] = [];
    const fresh = new StepCache(temp.path('runner-2'), { remote, warn: (message) => warnings.push(message) });
    const target = temp.path('restored');
    const hit = await fresh.restore(key, target, async (restored) =>
      readFile(path.join(restored, 'model.onnx'), 'utf8'),
    );
    expect(hit).toEqual({ tier: 'remote', value: 'bytes' });
    expect(remote.restored).toEqual([remoteStepCacheKey(key)]);
    // Now in the local tier too: the next lookup on this runner does not ask the service.
    expect((await fresh.restore(key, target))?.tier).toBe('local');
    expect(remote.restored).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('misses when neither tier has the entry', async () => {
    const warnings: string[] = [];
    const remote = folderCache(temp.path('service'));
    const cache = new StepCache(temp.path('cache'), { remote, warn: (message) => warnings.push(message) });
    expect(await cache.restore(key, temp.path('restored'))).toBeUndefined();
    expect(existsSync(temp.path('restored'))).toBe(false);
    expect(existsSync(temp.path('cache', key))).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('keeps the local entry and only warns when the remote save fails (another job saved the key)', async () => {
    const remote = folderCache(temp.path('service'));
    await new StepCache(temp.path('other-job'), { remote }).save(key, await packageDir('package', 'bytes'));
    const warnings: string[] = [];
    const cache = new StepCache(temp.path('cache'), { remote, warn: (message) => warnings.push(message) });
    await cache.save(key, temp.path('package'));
    expect(warnings).toEqual([expect.stringMatching(/kept locally but not saved to the Actions cache.*another job/)]);
    expect((await cache.restore(key, temp.path('restored')))?.tier).toBe('local');
  });

  it('treats a remote restore that throws as a miss, with a warning', async () => {
    const warnings: string[] = [];
    const remote: DirectoryCache = {
      restore: async () => {
        throw new Error('Cache service responded with 503');
      },
      save: async () => {},
    };
    const cache = new StepCache(temp.path('cache'), { remote, warn: (message) => warnings.push(message) });
    expect(await cache.restore(key, temp.path('restored'))).toBeUndefined();
    expect(existsSync(temp.path('restored'))).toBe(false);
    expect(warnings).toEqual([expect.stringContaining('503')]);
  });

  it('treats a truncated remote entry (no completion marker) as a miss and leaves nothing of it behind', async () => {
    const store = temp.path('service');
    const truncated = path.join(store, remoteStepCacheKey(key), 'files');
    await mkdir(truncated, { recursive: true });
    await writeFile(path.join(truncated, 'model.onnx'), 'byt');
    const warnings: string[] = [];
    const cache = new StepCache(temp.path('cache'), {
      remote: folderCache(store),
      warn: (message) => warnings.push(message),
    });
    expect(await cache.restore(key, temp.path('restored'))).toBeUndefined();
    expect(existsSync(temp.path('restored'))).toBe(false);
    expect(existsSync(temp.path('cache', key))).toBe(false);
    expect(warnings).toEqual([expect.stringMatching(/incomplete.*gh cache delete mlops-actions-step-cache-train-/)]);
  });

  it('uses the registered tier, asking for it only on the first lookup; an unavailable one leaves the cache local', async () => {
    const store = temp.path('service');
    let asked = 0;
    registerRemoteStepCache(async () => {
      asked += 1;
      return folderCache(store);
    });
    try {
      const cache = new StepCache(temp.path('cache'));
      expect(asked).toBe(0);
      await cache.save(key, await packageDir('package', 'bytes'));
      expect(await cache.restore('other', temp.path('restored'))).toBeUndefined();
      expect(asked).toBe(1);
      expect(existsSync(path.join(store, remoteStepCacheKey(key)))).toBe(true);

      registerRemoteStepCache(async () => {
        throw new Error('Cannot find package @actions/cache');
      });
      const warnings: string[] = [];
      const local = new StepCache(temp.path('cache'), { warn: (message) => warnings.push(message) });
      expect((await local.restore(key, temp.path('restored')))?.tier).toBe('local');
      expect(await local.restore('other', temp.path('restored'))).toBeUndefined();
      expect(warnings).toEqual([expect.stringContaining('the step cache is local to this runner')]);
    } finally {
      registerRemoteStepCache(undefined);
    }
  });
});

describe('the Actions cache as the remote tier', () => {
  function client(available: boolean, saveId = 1): ActionsCacheClient & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      isFeatureAvailable: () => available,
      restoreCache: async (paths, key) => {
        calls.push(`restore ${paths.join(',')} ${key}`);
        return key === 'present' ? key : undefined;
      },
      saveCache: async (paths, key) => {
        calls.push(`save ${paths.join(',')} ${key}`);
        return saveId;
      },
    };
  }

  it('is off where MLOPS_ACTIONS_CACHE=false, without loading the client', async () => {
    expect(actionsCacheEnabled({ MLOPS_ACTIONS_CACHE: 'false' })).toBe(false);
    expect(actionsCacheEnabled({})).toBe(true);
    expect(actionsCacheEnabled({ MLOPS_ACTIONS_CACHE: 'true' })).toBe(true);
    let loaded = false;
    const remote = await actionsCache({ MLOPS_ACTIONS_CACHE: 'false' }, async () => {
      loaded = true;
      return client(true);
    });
    expect(remote).toBeUndefined();
    expect(loaded).toBe(false);
  });

  it('is off where the runner has no cache service', async () => {
    expect(await actionsCache({}, async () => client(false))).toBeUndefined();
  });

  it('maps a restore to a hit or a miss, and a save the service declined (-1) to an error', async () => {
    const available = client(true);
    const remote = await actionsCache({}, async () => available);
    expect(await remote?.restore(['.mlops/cache/k'], 'present')).toBe(true);
    expect(await remote?.restore(['.mlops/cache/k'], 'absent')).toBe(false);
    await remote?.save(['.mlops/cache/k'], 'k');
    expect(available.calls).toEqual([
      'restore .mlops/cache/k present',
      'restore .mlops/cache/k absent',
      'save .mlops/cache/k k',
    ]);
    const declined = await actionsCache({}, async () => client(true, -1));
    await expect(declined?.save(['.mlops/cache/k'], 'k')).rejects.toThrow(/did not store it/);
  });
});

it('mlops train reuses an identical earlier run and retrains when a parameter changes', () => {
  const train = (epochs: string) =>
    spawnSync(
      process.execPath,
      [
        path.join(root, 'bin/mlops.js'),
        'train',
        '--data',
        path.join(root, 'examples/churn/data/train.csv'),
        '--label',
        'churned',
        '--epochs',
        epochs,
        '--backend',
        'cpu',
        '--output',
        'out',
      ],
      { cwd: temp.dir, encoding: 'utf8' },
    );
  const first = train('2');
  expect(first.status, first.stderr).toBe(0);
  expect(first.stdout).not.toContain('step cache');
  const second = train('2');
  expect(second.status).toBe(0);
  expect(second.stdout).toMatch(
    /inputs unchanged since a previous run \(step cache train-[0-9a-f]{32}, from the local step cache/,
  );
  const version = (text: string) => /model (sha256:[0-9a-f]{64})/.exec(text)?.[1];
  expect(version(second.stdout)).toBe(version(first.stdout));
  const third = train('4');
  expect(third.status).toBe(0);
  expect(third.stdout).not.toContain('step cache');
});

describe('resuming a pipeline on a fresh runner', () => {
  it('train reuses the package the remote tier holds, and retrains when that entry was tampered with', async () => {
    const work = temp.path('work');
    await mkdir(work);
    const data = await writeCsv(path.join(work, 'train.csv'), BINARY_COLUMNS, binaryRows(300, 11));
    const store = temp.path('service');
    const remote = folderCache(store);
    const { runTrain } = await import('../../src/actions/train.js');
    const runIn = async () => {
      const lines: string[] = [];
      const warnings: string[] = [];
      const outputs = new Map<string, string>();
      const io: ActionIO = {
        input: (name) =>
          ({ data, label: 'churned', epochs: '2', backend: 'cpu', seed: '3', output: '.mlops/train' })[name],
        setOutput: (name, value) => outputs.set(name, value),
        summary: async () => {},
        report: (text) => lines.push(text),
        annotate: (level, message) => {
          if (level === 'warning') warnings.push(message);
        },
        result: () => {},
      };
      const { exitCode, failure } = await runOrchestrator(runTrain, io, 'train');
      expect(failure).toBeUndefined();
      expect(exitCode).toBe(0);
      const result = JSON.parse(await readFile(path.join(work, '.mlops/train/result.json'), 'utf8')) as {
        verdict: { checks: Array<{ check: string; message: string }> };
      };
      return { lines, warnings, version: outputs.get('version'), checks: result.verdict.checks };
    };
    /** A fresh runner: the workspace has the data, nothing else. */
    const freshRunner = async () => {
      for (const entry of await readdir(work))
        if (entry !== 'train.csv') await rm(path.join(work, entry), { recursive: true });
    };

    const previous = process.cwd();
    const stepCacheSwitch = process.env.MLOPS_STEP_CACHE;
    delete process.env.MLOPS_STEP_CACHE;
    process.chdir(work);
    registerRemoteStepCache(async () => remote);
    try {
      const trained = await runIn();
      expect(trained.checks.map((check) => check.check)).not.toContain('train.step-cache');
      expect(remote.saved).toHaveLength(1);

      await freshRunner();
      const resumed = await runIn();
      expect(resumed.version).toBe(trained.version);
      expect(resumed.checks).toEqual([
        expect.objectContaining({ check: 'train.step-cache', message: expect.stringContaining('the Actions cache') }),
      ]);
      expect(resumed.lines.join('\n')).toMatch(/step cache train-[0-9a-f]{32}, from the Actions cache/);
      expect(resumed.lines.join('\n')).not.toMatch(/^epoch /m);
      expect(resumed.warnings).toEqual([]);

      // A poisoned or corrupt entry: model.onnx no longer matches the version its manifest records.
      await freshRunner();
      await appendFile(path.join(store, remote.saved[0] as string, 'files', 'model.onnx'), 'x');
      const retrained = await runIn();
      expect(retrained.checks.map((check) => check.check)).not.toContain('train.step-cache');
      expect(retrained.lines.join('\n')).toMatch(/^epoch 2\/2/m);
      expect(retrained.warnings[0]).toMatch(/refused .*the package was modified.*gh cache delete/);
      // The service never overwrites a key, so the new package stays local: a warning, not a failure.
      expect(retrained.warnings[1]).toMatch(/kept locally but not saved to the Actions cache/);
      expect(retrained.warnings).toHaveLength(2);
    } finally {
      registerRemoteStepCache(undefined);
      process.chdir(previous);
      if (stepCacheSwitch !== undefined) process.env.MLOPS_STEP_CACHE = stepCacheSwitch;
    }
  });
});
