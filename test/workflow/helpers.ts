/** The workflow commands run as users run them: `node bin/mlops.js workflow …`, real files, real processes. */

import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliRun, runCli } from '../cli-process.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixtures = path.join(root, 'test/workflow/fixtures');

export function mlops(args: string[], cwd = root): Promise<CliRun> {
  return runCli(['workflow', ...args], { cwd, drop: /^(INPUT_|GITHUB_|RUNNER_|MLOPS_)/ });
}

/** Workflow files of this repository: the reusable ones and the starters. */
export function repositoryWorkflows(): string[] {
  const list = (directory: string) =>
    readdirSync(path.join(root, directory))
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => path.join(directory, name));
  return [...list('.github/workflows'), ...list('workflows')];
}

/**
 * A scratch repository holding the given run fixtures in .github/workflows, and an empty workspace, both made in
 * `base` (a test's temporary directory, see ../temp-dir.ts).
 */
export function scratchRepository(
  base: string,
  files: string[],
): {
  repo: string;
  workdir: string;
  workflow: (name: string) => string;
} {
  const repo = path.join(base, 'repo');
  const workflows = path.join(repo, '.github/workflows');
  mkdirSync(workflows, { recursive: true });
  for (const file of files) cpSync(path.join(fixtures, 'run', file), path.join(workflows, file));
  const workdir = path.join(base, 'work');
  mkdirSync(workdir);
  return { repo, workdir, workflow: (name) => path.join(workflows, name) };
}

export interface StepReport {
  id: string;
  name: string;
  outcome: string;
  conclusion: string;
}
export interface JobReport {
  id: string;
  result: string;
  reason?: string;
  runsOn?: unknown;
  environment?: { name: string; url?: string };
  steps: StepReport[];
  outputs: Record<string, string>;
  workflow?: WorkflowReport;
}
export interface WorkflowReport {
  result: string;
  jobs: JobReport[];
  outputs: Record<string, string>;
}

/** `mlops workflow run <file> --workdir <workdir> --json …`, with the JSON report parsed and a job finder. */
export async function runWorkflow(file: string, workdir: string, extra: string[] = []) {
  const run = await mlops(['run', file, '--workdir', workdir, '--json', ...extra]);
  let report: WorkflowReport | undefined;
  try {
    report = JSON.parse(run.stdout) as WorkflowReport;
  } catch {
    report = undefined;
  }
  const job = (id: string, within: WorkflowReport | undefined = report): JobReport => {
    const found = within?.jobs.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`no job ${id} in ${run.stdout}\n${run.stderr}`);
    return found;
  };
  return { ...run, report, job };
}
