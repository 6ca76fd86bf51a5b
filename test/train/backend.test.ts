import { chmod } from 'node:fs/promises';
import os from 'node:os';
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { type LoadedBackend, type ModuleLoader, selectBackend } from '../../src/train/backend.js';
import { collectLineage, detectGpus } from '../../src/train/hardware.js';
import { useTempDir } from '../temp-dir.js';

const NOT_FOUND = (specifier: string) =>
  Object.assign(new Error(`Cannot find module '${specifier}'`), { code: 'MODULE_NOT_FOUND' });

/** A loader that has only the named packages, each a real TF.js with a backend registered as 'tensorflow'. */
function loaderWith(...installed: string[]): { load: ModuleLoader; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    load: async (specifier) => {
      asked.push(specifier);
      if (!installed.includes(specifier)) throw NOT_FOUND(specifier);
      return tf;
    },
  };
}

/** The backend without its `tf` module, which is far too large for a matcher to print on failure. */
function summary(backend: LoadedBackend): Omit<LoadedBackend, 'tf'> & { current: string } {
  const { tf: engine, ...rest } = backend;
  return { ...rest, current: engine.getBackend() };
}

describe('selectBackend', () => {
  beforeEach(() => {
    // The stand-in for tfjs-node: the CPU kernels' engine under the name the native packages register.
    tf.registerBackend('tensorflow', async () => new (await import('@tensorflow/tfjs-backend-cpu')).MathBackendCPU());
  });
  afterEach(async () => {
    await tf.setBackend('cpu');
    // One case removes it itself, to stand for a TF.js whose native backend never registered.
    if (tf.findBackendFactory('tensorflow') !== null) tf.removeBackend('tensorflow');
  });

  it('auto here (no native package) gives wasm and says why each native package was passed over', async () => {
    const backend = await selectBackend('auto');
    expect(summary(backend)).toEqual({
      name: 'wasm',
      package: '@tensorflow/tfjs-backend-wasm',
      gpuBuild: false,
      version: tf.version_core,
      skipped: ['@tensorflow/tfjs-node-gpu: not installed', '@tensorflow/tfjs-node: not installed'],
      current: 'wasm',
    });
  });

  it.each([
    ['cpu', '@tensorflow/tfjs-backend-cpu'],
    ['wasm', '@tensorflow/tfjs-backend-wasm'],
  ] as const)('%s gives %s without trying the native packages', async (request, pkg) => {
    const { load, asked } = loaderWith('@tensorflow/tfjs-node');
    const backend = await selectBackend(request, load);
    expect(summary(backend)).toEqual({
      name: request,
      package: pkg,
      gpuBuild: false,
      version: tf.version_core,
      skipped: [],
      current: request,
    });
    expect(asked).toEqual([]);
  });

  it('tensorflow with nothing installed is a ConfigurationError that says what to install', async () => {
    const error = await selectBackend('tensorflow').catch((thrown: unknown) => thrown as Error);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('npm install @tensorflow/tfjs-node');
    expect((error as Error).message).toContain('@tensorflow/tfjs-node-gpu: not installed');
    expect((error as Error).message).toContain('use backend auto, wasm or cpu');
  });

  it.each([
    ['@tensorflow/tfjs-node', false, ['@tensorflow/tfjs-node-gpu: not installed']],
    ['@tensorflow/tfjs-node-gpu', true, []],
  ] as const)('auto picks tensorflow from %s (gpuBuild %s)', async (installed, gpuBuild, skipped) => {
    const { load, asked } = loaderWith(installed);
    const backend = await selectBackend('auto', load);
    expect(summary(backend)).toEqual({
      name: 'tensorflow',
      package: installed,
      gpuBuild,
      version: tf.version_core,
      skipped,
      current: 'tensorflow',
    });
    // The GPU build is tried first.
    expect(asked[0]).toBe('@tensorflow/tfjs-node-gpu');
  });

  it('tensorflow picks the stand-in too', async () => {
    const backend = await selectBackend('tensorflow', loaderWith('@tensorflow/tfjs-node').load);
    expect(summary(backend)).toMatchObject({ name: 'tensorflow', package: '@tensorflow/tfjs-node', gpuBuild: false });
  });

  it('uses the default export of a CommonJS-style module', async () => {
    const backend = await selectBackend('auto', async (specifier) => {
      if (specifier === '@tensorflow/tfjs-node') return { default: tf };
      throw NOT_FOUND(specifier);
    });
    expect(summary(backend)).toMatchObject({ name: 'tensorflow', package: '@tensorflow/tfjs-node' });
  });

  it.each([
    [
      'a package that throws while loading',
      async (): Promise<unknown> => {
        throw new Error('libtensorflow.so.2: cannot open shared object file');
      },
      'installed but failed to load: libtensorflow.so.2: cannot open shared object file',
    ],
    [
      'a load error with another code',
      async (): Promise<unknown> => {
        throw Object.assign(new Error('Node ABI mismatch'), { code: 'ERR_DLOPEN_FAILED' });
      },
      'installed but failed to load: Node ABI mismatch',
    ],
    ['a module that is not TF.js', async (): Promise<unknown> => ({ version: '1.0.0' }), 'not a TensorFlow.js module'],
    [
      'a TF.js without a tensorflow backend',
      async (): Promise<unknown> => {
        tf.removeBackend('tensorflow');
        return tf;
      },
      "its tensorflow backend did not start: Backend name 'tensorflow' not found in registry",
    ],
  ])('reports %s and auto falls back to wasm', async (_what, broken, reason) => {
    const backend = await selectBackend('auto', async (specifier) => {
      if (specifier === '@tensorflow/tfjs-node') return broken();
      throw NOT_FOUND(specifier);
    });
    expect(backend.name).toBe('wasm');
    expect(backend.skipped).toEqual(['@tensorflow/tfjs-node-gpu: not installed', `@tensorflow/tfjs-node: ${reason}`]);
  });

  it('a native package that fails to load makes backend tensorflow a ConfigurationError naming why', async () => {
    const error = await selectBackend('tensorflow', async (specifier) => {
      if (specifier === '@tensorflow/tfjs-node-gpu') throw new Error('CUDA driver version is insufficient');
      throw NOT_FOUND(specifier);
    }).catch((thrown: unknown) => thrown as Error);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(
      '@tensorflow/tfjs-node-gpu: installed but failed to load: CUDA driver version is insufficient',
    );
  });
});

describe('detectGpus', () => {
  const temp = useTempDir('mlops-backend-test-');
  const LINES = [
    '0, NVIDIA A100-SXM4-40GB, 40960, 535.104.05',
    '1, Tesla T4, 15360, 535.104.05',
    '2, Quadro P1000, [N/A], 470.1',
  ];

  /** A stand-in nvidia-smi: prints the lines only when asked the query detectGpus makes, else fails. */
  async function fakeSmi(lines: readonly string[], exitCode = 0): Promise<string> {
    const script = await temp.write(
      'nvidia-smi',
      [
        '#!/bin/sh',
        'if [ "$1" != "--query-gpu=index,name,memory.total,driver_version" ] || [ "$2" != "--format=csv,noheader,nounits" ]; then',
        '  echo "unexpected arguments: $*" >&2; exit 9',
        'fi',
        ...lines.map((line) => `echo '${line}'`),
        `exit ${exitCode}`,
        '',
      ].join('\n'),
    );
    await chmod(script, 0o755);
    return script;
  }

  const A100 = { name: 'NVIDIA A100-SXM4-40GB', memoryMiB: 40960, driver: '535.104.05' };
  const T4 = { name: 'Tesla T4', memoryMiB: 15360, driver: '535.104.05' };
  const QUADRO = { name: 'Quadro P1000', driver: '470.1' };

  it.each([
    ['unset', undefined, [A100, T4, QUADRO]],
    ['"1"', '1', [T4]],
    ['"0,2"', '0,2', [A100, QUADRO]],
    ['" 0 , 1 "', ' 0 , 1 ', [A100, T4]],
    ['"5" (no such GPU)', '5', []],
    ['"-1"', '-1', []],
    ['"" (empty)', '', []],
  ])('CUDA_VISIBLE_DEVICES %s', async (_what, visible, expected) => {
    const command = await fakeSmi(LINES);
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH };
    if (visible !== undefined) env.CUDA_VISIBLE_DEVICES = visible;
    expect(await detectGpus(env, command)).toEqual(expected);
  });

  it('ignores blank and malformed lines', async () => {
    const command = await fakeSmi(['', 'garbage', '0, , 100, 1', ...LINES.slice(0, 1)]);
    expect(await detectGpus({ PATH: process.env.PATH }, command)).toEqual([A100]);
  });

  it('gives none when nvidia-smi fails or is absent', async () => {
    expect(await detectGpus({ PATH: process.env.PATH }, await fakeSmi(LINES, 1))).toEqual([]);
    expect(await detectGpus({ PATH: process.env.PATH }, temp.path('no-such-nvidia-smi'))).toEqual([]);
  });
});

describe('collectLineage', () => {
  it('records the runner, the hardware and the GitHub run from the environment', async () => {
    const gpus = [{ name: 'Tesla T4', memoryMiB: 15360 }];
    const lineage = await collectLineage(gpus, true, {
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'octo/models',
      GITHUB_RUN_ID: '1234',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_WORKFLOW: 'train',
      GITHUB_JOB: 'fit',
      RUNNER_NAME: 'runner-7',
    });
    expect(lineage).toEqual({
      runner: { name: 'runner-7', os: `${os.platform()} ${os.release()}`, arch: os.arch(), node: process.version },
      hardware: {
        cpu: os.cpus()[0]?.model.trim(),
        cores: os.cpus().length,
        memoryBytes: os.totalmem(),
        gpus,
        usedGpu: true,
      },
      git: { commit: 'a'.repeat(40), ref: 'refs/heads/main', repository: 'octo/models' },
      workflowRun: {
        id: '1234',
        attempt: '2',
        workflow: 'train',
        job: 'fit',
        url: 'https://github.com/octo/models/actions/runs/1234',
      },
    });
  });

  it('reads the commit from git outside GitHub Actions', async () => {
    const lineage = await collectLineage([], false, {});
    expect(lineage.workflowRun).toBeUndefined();
    expect(lineage.hardware).toMatchObject({ gpus: [], usedGpu: false, cores: os.cpus().length });
    // This test runs inside the repository's git checkout.
    expect(lineage.git?.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(typeof lineage.git?.dirty).toBe('boolean');
  });
});
