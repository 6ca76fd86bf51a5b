import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// The union package registers every kernel's gradient (tfjs-core alone does not) and the CPU backend.
import * as bundledTf from '@tensorflow/tfjs';
import * as wasmBackend from '@tensorflow/tfjs-backend-wasm';
import { ConfigurationError, describeThrown } from '../core/errors.js';

export type Tf = typeof bundledTf;
export type BackendName = 'tensorflow' | 'wasm' | 'cpu';
export type BackendRequest = 'auto' | BackendName;

export interface LoadedBackend {
  tf: Tf;
  name: BackendName;
  /** The npm package that provided the backend. */
  package: string;
  version: string;
  /** True when the native backend is the GPU build (whether a GPU is visible is checked separately). */
  gpuBuild: boolean;
  /** Why faster backends were passed over, in order: shown in the log so a missing package is noticed. */
  skipped: string[];
}

/** Loads a module by name; injectable so tests can stand in for native packages that cannot install here. */
export type ModuleLoader = (specifier: string) => Promise<unknown>;

const NATIVE_PACKAGES = [
  { name: '@tensorflow/tfjs-node-gpu', gpuBuild: true },
  { name: '@tensorflow/tfjs-node', gpuBuild: false },
] as const;

/** Resolved from the working directory first: a runner installs the native packages in the user's project. */
const defaultLoader: ModuleLoader = async (specifier) => {
  const fromProject = createRequire(path.join(process.cwd(), 'noop.js'));
  try {
    return fromProject(specifier) as unknown;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
  }
  return import(specifier) as Promise<unknown>;
};

/**
 * Picks the fastest backend available, or the one asked for: a native TensorFlow build (GPU, then CPU) when
 * installed, else WebAssembly, else plain JavaScript. A native package brings its own copy of TF.js, so
 * the whole trainer uses the `tf` it returns, never a mix of two engines.
 */
export async function selectBackend(
  request: BackendRequest,
  load: ModuleLoader = defaultLoader,
): Promise<LoadedBackend> {
  const skipped: string[] = [];
  if (request === 'auto' || request === 'tensorflow') {
    for (const candidate of NATIVE_PACKAGES) {
      const native = await tryNative(candidate.name, load);
      if ('tf' in native)
        return { ...native, name: 'tensorflow', package: candidate.name, gpuBuild: candidate.gpuBuild, skipped };
      skipped.push(`${candidate.name}: ${native.reason}`);
    }
    if (request === 'tensorflow') {
      throw new ConfigurationError(
        `backend \`tensorflow\` needs @tensorflow/tfjs-node-gpu or @tensorflow/tfjs-node installed on the runner (npm install @tensorflow/tfjs-node); ${skipped.join('; ')}. Or use backend auto, wasm or cpu`,
      );
    }
  }
  const tf = bundledTf;
  if (request === 'auto' || request === 'wasm') {
    const wasm = await tryWasm(tf);
    if (wasm === undefined)
      return {
        tf,
        name: 'wasm',
        package: '@tensorflow/tfjs-backend-wasm',
        version: tf.version_core,
        gpuBuild: false,
        skipped,
      };
    if (request === 'wasm') throw new ConfigurationError(`backend \`wasm\` could not start: ${wasm}; use backend cpu`);
    skipped.push(`@tensorflow/tfjs-backend-wasm: ${wasm}`);
  }
  await tf.setBackend('cpu');
  await tf.ready();
  return {
    tf,
    name: 'cpu',
    package: '@tensorflow/tfjs-backend-cpu',
    version: tf.version_core,
    gpuBuild: false,
    skipped,
  };
}

async function tryNative(name: string, load: ModuleLoader): Promise<{ tf: Tf; version: string } | { reason: string }> {
  let loaded: unknown;
  try {
    loaded = await load(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') return { reason: 'not installed' };
    return { reason: `installed but failed to load: ${describeThrown(error, 200)}` };
  }
  const tf = ((loaded as { default?: unknown }).default ?? loaded) as Partial<Tf>;
  if (typeof tf.setBackend !== 'function' || typeof tf.ready !== 'function')
    return { reason: 'not a TensorFlow.js module' };
  try {
    if (!(await tf.setBackend('tensorflow'))) return { reason: 'its tensorflow backend did not start' };
    await tf.ready();
  } catch (error) {
    return { reason: `its tensorflow backend did not start: ${describeThrown(error, 200)}` };
  }
  const complete = tf as Tf;
  return { tf: complete, version: complete.version_core };
}

/** Returns undefined when the wasm backend is running, else why not. */
async function tryWasm(tf: Tf): Promise<string | undefined> {
  const directory = wasmDirectory();
  if (directory === undefined) return 'its .wasm files were not found';
  try {
    wasmBackend.setWasmPaths(`${directory}${path.sep}`);
    if (!(await tf.setBackend('wasm'))) return 'it did not start';
    await tf.ready();
    return undefined;
  } catch (error) {
    return describeThrown(error, 200);
  }
}

/**
 * The .wasm binaries live beside the bundle in dist/wasm (GitHub runs the action without node_modules), or in
 * the installed package when running from source or an npm install.
 */
function wasmDirectory(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, '..', 'wasm')];
  try {
    const require = createRequire(import.meta.url);
    candidates.push(path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist'));
  } catch {
    // Not installed as a package: only the bundled copy can serve.
  }
  return candidates.find((directory) => existsSync(path.join(directory, 'tfjs-backend-wasm-simd.wasm')));
}
