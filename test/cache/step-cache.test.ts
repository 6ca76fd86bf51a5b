/** The step cache on real files: keys follow content (not names), entries restore whole, and the CLI reuses them. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StepCache, stepCacheKey } from '../../src/cache/step-cache.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlops-step-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('stepCacheKey', () => {
  it('changes with data content, code and parameters, not with the file name or key order', async () => {
    const a = path.join(dir, 'a.csv');
    const b = path.join(dir, 'b.csv');
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

describe('StepCache', () => {
  it('misses, then restores exactly what was saved', async () => {
    const cache = new StepCache(path.join(dir, 'cache'));
    const source = path.join(dir, 'package');
    await mkdir(source);
    await writeFile(path.join(source, 'model.onnx'), 'bytes');
    const target = path.join(dir, 'restored');
    expect(await cache.restore('k', target)).toBe(false);
    await cache.save('k', source);
    expect(await cache.restore('k', target)).toBe(true);
    expect(await readFile(path.join(target, 'model.onnx'), 'utf8')).toBe('bytes');
  });

  it('ignores an entry without its completion marker (a crash mid-save)', async () => {
    const cache = new StepCache(path.join(dir, 'cache'));
    await mkdir(path.join(dir, 'cache', 'k', 'files'), { recursive: true });
    expect(await cache.restore('k', path.join(dir, 'restored'))).toBe(false);
    expect(existsSync(path.join(dir, 'restored'))).toBe(false);
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
      { cwd: dir, encoding: 'utf8' },
    );
  const first = train('2');
  expect(first.status, first.stderr).toBe(0);
  expect(first.stdout).not.toContain('step cache');
  const second = train('2');
  expect(second.status).toBe(0);
  expect(second.stdout).toMatch(/inputs unchanged since a previous run \(step cache train-[0-9a-f]{32}\)/);
  const version = (text: string) => /model (sha256:[0-9a-f]{64})/.exec(text)?.[1];
  expect(version(second.stdout)).toBe(version(first.stdout));
  const third = train('4');
  expect(third.status).toBe(0);
  expect(third.stdout).not.toContain('step cache');
});
