/** The CLI run as users run it, `node bin/mlops.js …` in a real process, for the tests that drive it end to end. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/mlops.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  /** Variables of this process the child must not inherit (a runner's INPUT_*, the suite's own switches). */
  drop: RegExp;
  /** Set on top of what is inherited. */
  env?: NodeJS.ProcessEnv;
}

export function runCli(args: readonly string[], options: CliOptions): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...options.env };
  for (const [key, value] of Object.entries(process.env)) if (!options.drop.test(key)) env[key] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: path.resolve(options.cwd),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
