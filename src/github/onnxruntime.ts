import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DirectoryCache } from '../cache/remote.js';
import { ConfigurationError, shorten } from '../core/errors.js';

export interface RuntimeInstallOptions {
  /** Exact version: the one dist/ was built and tested against. */
  version: string;
  /** Execution providers the step asks for; 'cuda' downloads the CUDA EP binaries too (linux x64). */
  executionProviders: string[];
  /** Parent directory for installs, e.g. $RUNNER_TOOL_CACHE. */
  toolCache: string;
  /** The runner's cache service (GitHub's Actions cache), injectable because it exists only on a runner. */
  cache?: DirectoryCache;
  /** The package to install; only tests point it at a local tarball. */
  packageSpec?: string;
  npm?: string;
  log: (line: string) => void;
}

const MARKER = '.mlops-complete';

/** The cache key names everything the install depends on, so a runner never gets another platform's binaries. */
export function runtimeCacheKey(
  version: string,
  cuda: boolean,
  platform = process.platform,
  arch = process.arch,
): string {
  return `mlops-actions-onnxruntime-node-${version}-${platform}-${arch}${cuda ? '-cuda12' : ''}`;
}

/**
 * Installs onnxruntime-node into the tool cache once per version, OS, architecture (and CUDA), restored
 * from the Actions cache when a previous run saved it. npm runs with the caller's environment, so the
 * user's registry and proxy settings (.npmrc, npm_config_*) apply. Returns the directory to resolve from.
 */
export async function installOnnxRuntime(options: RuntimeInstallOptions): Promise<string> {
  const cuda = options.executionProviders.includes('cuda');
  const key = runtimeCacheKey(options.version, cuda);
  const directory = path.join(options.toolCache, 'mlops-actions', key);
  const marker = path.join(directory, MARKER);
  if (existsSync(marker)) return directory;
  if (options.cache !== undefined && (await options.cache.restore([directory], key)) && existsSync(marker)) {
    options.log(`onnxruntime-node ${options.version}: restored from the Actions cache (${key})`);
    return directory;
  }
  options.log(`onnxruntime-node ${options.version}: installing into ${directory}`);
  await rm(directory, { recursive: true, force: true });
  await mkdir(directory, { recursive: true });
  // A package.json of its own keeps npm from walking up into the user's project.
  await writeFile(path.join(directory, 'package.json'), '{"name":"mlops-actions-runtime","private":true}\n');
  const spec = options.packageSpec ?? `onnxruntime-node@${options.version}`;
  const npm = options.npm ?? (process.platform === 'win32' ? 'npm.cmd' : 'npm');
  const args = ['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--omit=dev', spec];
  const env = { ...process.env, ONNXRUNTIME_NODE_INSTALL: cuda ? 'cuda12' : 'skip' };
  const { code, output } = await run(npm, args, directory, env);
  if (code !== 0) {
    throw new ConfigurationError(
      `installing onnxruntime-node ${options.version} failed (npm exit code ${code}): ${shorten(output.trim().split('\n').slice(-3).join(' | '), 300)}; check the runner's access to the npm registry (.npmrc)`,
    );
  }
  await writeFile(marker, `${new Date().toISOString()}\n`);
  if (options.cache !== undefined) {
    await options.cache.save([directory], key).catch((error: unknown) => {
      options.log(
        `onnxruntime-node: not saved to the Actions cache (${String(error)}); the next run installs it again`,
      );
    });
  }
  return directory;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // No shell: the arguments are ours, but the spec may come from configuration.
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new ConfigurationError(`cannot run ${command} to install onnxruntime-node: ${error.code ?? error.message}`),
      ),
    );
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The default tool cache: the runner's, else a folder in the temp directory. */
export function defaultToolCache(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TOOL_CACHE ?? path.join(os.tmpdir(), 'mlops-actions-tools');
}
