import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import type { GpuInfo, Lineage } from '../model/package.js';

const run = promisify(execFile);

/**
 * GPUs visible to this process, from nvidia-smi (present wherever the NVIDIA driver is). Respects
 * CUDA_VISIBLE_DEVICES, as the frameworks do, so a runner that hides its GPUs is not misreported.
 */
export async function detectGpus(env: NodeJS.ProcessEnv = process.env, command = 'nvidia-smi'): Promise<GpuInfo[]> {
  const visible = env.CUDA_VISIBLE_DEVICES;
  if (visible !== undefined && (visible.trim() === '' || visible.trim() === '-1')) return [];
  let stdout: string;
  try {
    ({ stdout } = await run(
      command,
      ['--query-gpu=index,name,memory.total,driver_version', '--format=csv,noheader,nounits'],
      {
        timeout: 10_000,
        env,
      },
    ));
  } catch {
    return [];
  }
  const wanted = visible === undefined ? undefined : new Set(visible.split(',').map((item) => item.trim()));
  return stdout
    .split('\n')
    .map((line) => line.split(',').map((field) => field.trim()))
    .filter((fields) => fields.length >= 4 && fields[1] !== '')
    .filter((fields) => wanted === undefined || wanted.has(fields[0] as string))
    .map(([, name, memory, driver]) => ({
      name: name as string,
      ...(Number.isFinite(Number(memory)) ? { memoryMiB: Number(memory) } : {}),
      ...(driver ? { driver } : {}),
    }));
}

/** Where and from what a model was made: git commit, workflow run, runner and hardware. */
export async function collectLineage(
  gpus: GpuInfo[],
  usedGpu: boolean,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Lineage> {
  const cpus = os.cpus();
  const lineage: Lineage = {
    runner: {
      ...(env.RUNNER_NAME ? { name: env.RUNNER_NAME } : {}),
      os: `${os.platform()} ${os.release()}`,
      arch: os.arch(),
      node: process.version,
    },
    hardware: {
      cpu: cpus[0]?.model.trim() ?? 'unknown',
      cores: cpus.length,
      memoryBytes: os.totalmem(),
      gpus,
      usedGpu,
    },
  };
  const git = await gitState(env);
  if (git !== undefined) lineage.git = git;
  if (env.GITHUB_RUN_ID) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    lineage.workflowRun = {
      id: env.GITHUB_RUN_ID,
      ...(env.GITHUB_RUN_ATTEMPT ? { attempt: env.GITHUB_RUN_ATTEMPT } : {}),
      ...(env.GITHUB_WORKFLOW ? { workflow: env.GITHUB_WORKFLOW } : {}),
      ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
      ...(env.GITHUB_REPOSITORY ? { url: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
    };
  }
  return lineage;
}

async function gitState(env: NodeJS.ProcessEnv): Promise<Lineage['git']> {
  if (env.GITHUB_SHA) {
    return {
      commit: env.GITHUB_SHA,
      ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
      ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    };
  }
  try {
    const { stdout: commit } = await run('git', ['rev-parse', 'HEAD'], { timeout: 5000 });
    const { stdout: status } = await run('git', ['status', '--porcelain', '--untracked-files=no'], { timeout: 5000 });
    const { stdout: ref } = await run('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { timeout: 5000 }).catch(() => ({
      stdout: '',
    }));
    return { commit: commit.trim(), ...(ref.trim() ? { ref: ref.trim() } : {}), dirty: status.trim() !== '' };
  } catch {
    return undefined;
  }
}
