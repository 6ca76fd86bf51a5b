/**
 * The runner-side install of onnxruntime-node, with real npm installing a real (tiny, local) package
 * tarball: the mechanism is the one a runner uses, only the package is a stand-in so no network is needed.
 * The Actions cache service exists only on a runner; it is stood in for by a folder copy.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { installOnnxRuntime, runtimeCacheKey } from '../../src/github/onnxruntime.js';
import { folderCache } from '../cache/folder-cache.js';
import { useTempDir } from '../temp-dir.js';

const temp = useTempDir('mlops-ort-install-');
let tarball: string;

beforeEach(async () => {
  const source = temp.path('package-source');
  await mkdir(source);
  await writeFile(
    path.join(source, 'package.json'),
    JSON.stringify({ name: 'onnxruntime-node', version: '0.0.1-test', main: 'index.js' }),
  );
  await writeFile(path.join(source, 'index.js'), 'module.exports = { standIn: true };\n');
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', temp.dir], {
    cwd: source,
    encoding: 'utf8',
  });
  tarball = temp.path(name.trim().split('\n').pop() as string);
});

describe('installOnnxRuntime', () => {
  it('installs into the tool cache with npm, then loads from there without installing again', async () => {
    const lines: string[] = [];
    const options = {
      version: '0.0.1-test',
      executionProviders: [],
      toolCache: temp.path('tools'),
      packageSpec: tarball,
      log: (line: string) => lines.push(line),
    };
    const installed = await installOnnxRuntime(options);
    expect(installed).toBe(temp.path('tools', 'mlops-actions', runtimeCacheKey('0.0.1-test', false)));
    const loaded = createRequire(path.join(installed, 'package.json'))('onnxruntime-node') as { standIn: boolean };
    expect(loaded.standIn).toBe(true);
    expect(lines.some((line) => line.includes('installing into'))).toBe(true);
    // A second call must not run npm: point it at a command that does not exist.
    const again = await installOnnxRuntime({ ...options, npm: temp.path('no-such-npm') });
    expect(again).toBe(installed);
  });

  it('saves to the Actions cache and restores from it on a fresh runner', async () => {
    const cache = folderCache(temp.path('cache-store'));
    const base = { version: '0.0.1-test', executionProviders: ['cpu'], packageSpec: tarball, cache, log: () => {} };
    await installOnnxRuntime({ ...base, toolCache: temp.path('runner-1') });
    expect(cache.saved).toEqual([runtimeCacheKey('0.0.1-test', false)]);
    const restored = await installOnnxRuntime({
      ...base,
      toolCache: temp.path('runner-2'),
      npm: temp.path('no-such-npm'),
    });
    expect(cache.restored).toEqual([runtimeCacheKey('0.0.1-test', false)]);
    expect(existsSync(path.join(restored, 'node_modules', 'onnxruntime-node', 'index.js'))).toBe(true);
  });

  it('keys CUDA installs apart and names platform and architecture', () => {
    expect(runtimeCacheKey('1.30.0', false, 'linux', 'x64')).toBe('mlops-actions-onnxruntime-node-1.30.0-linux-x64');
    expect(runtimeCacheKey('1.30.0', true, 'linux', 'x64')).toBe(
      'mlops-actions-onnxruntime-node-1.30.0-linux-x64-cuda12',
    );
  });

  it('turns an npm failure into a configuration error that says what to check', async () => {
    const failing = installOnnxRuntime({
      version: '0.0.1-test',
      executionProviders: [],
      toolCache: temp.path('tools'),
      packageSpec: temp.path('missing.tgz'),
      log: () => {},
    });
    await expect(failing).rejects.toBeInstanceOf(ConfigurationError);
    await expect(failing).rejects.toThrow(
      /installing onnxruntime-node 0\.0\.1-test failed \(npm exit code \d+\).*npm registry/,
    );
  });
});
