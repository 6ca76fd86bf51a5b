/**
 * A local runner: executes a workflow on this machine the way GitHub's runner would, as far as one machine
 * can. Jobs run one after another in `needs` order; this repository's actions run as the runner runs a node
 * action (`runs.main` under Node with INPUT_* variables and real GITHUB_OUTPUT / GITHUB_ENV /
 * GITHUB_STEP_SUMMARY files); `run:` steps run under bash with GitHub's flags; a few third-party actions are
 * emulated (see emulate.ts) and anything else is refused by name.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isActionStep, isReusableWorkflowJob, isRunStep } from '@actions/workflow-parser/model/type-guards';
import type { ReusableWorkflowJob, Step, WorkflowJob } from '@actions/workflow-parser/model/workflow-template';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { parse as parseYaml } from 'yaml';
import { ConfigurationError } from '../core/errors.js';
import { EMULATED, type PostStep } from './emulate.js';
import { ExpressionFailure, type Json, Scope, type Status, toText } from './expressions.js';
import { refFilterMismatch } from './filters.js';
import { formatProblem, type ParsedWorkflow, parseWorkflowFile } from './parse.js';
import { entries, get, items, literal, text } from './tokens.js';

export const EVENTS = ['push', 'pull_request', 'workflow_dispatch', 'schedule', 'repository_dispatch'] as const;
export type EventName = (typeof EVENTS)[number];

export interface RunOptions {
  file: string;
  event: EventName;
  inputs: Record<string, string>;
  ref: string;
  approve: string[];
  workdir: string;
  /** Merged over the generated event payload. */
  payload?: { [key: string]: Json };
  log: (line: string) => void;
}

export type Result = 'success' | 'failure' | 'skipped' | 'cancelled';

export interface StepReport {
  id: string;
  name: string;
  outcome: Result;
  conclusion: Result;
  durationMs: number;
  message?: string;
}

export interface JobReport {
  id: string;
  name: string;
  result: Result;
  reason?: string;
  durationMs: number;
  runsOn?: Json;
  environment?: { name: string; url?: string };
  matrix?: Json;
  steps: StepReport[];
  outputs: Record<string, string>;
  /** The called workflow's run, for a `uses:` job. */
  workflow?: WorkflowReport;
}

export interface WorkflowReport {
  file: string;
  name: string;
  result: 'success' | 'failure';
  durationMs: number;
  jobs: JobReport[];
  outputs: Record<string, string>;
}

export class WorkflowError extends ConfigurationError {
  override readonly name = 'WorkflowError';
}

function findUp(start: string, found: (directory: string) => boolean): string | undefined {
  let directory = start;
  for (;;) {
    if (found(directory)) return directory;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

/** The mlops-actions repository this code runs from (dist/… or src/…). */
export function actionsRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = findUp(here, (directory) => existsSync(path.join(directory, 'actions', 'promote', 'action.yml')));
  if (root === undefined) throw new Error(`cannot find the mlops-actions repository above ${here}`);
  return root;
}

/** The repository a workflow file belongs to: the directory holding its `.github`. */
export function repositoryOf(file: string): string {
  const absolute = path.resolve(file);
  const marker = `${path.sep}.github${path.sep}`;
  const index = absolute.lastIndexOf(marker);
  if (index >= 0) return absolute.slice(0, index);
  return (
    findUp(path.dirname(absolute), (directory) => existsSync(path.join(directory, '.github'))) ?? path.dirname(absolute)
  );
}

interface Resolved {
  file: string;
  repository: string;
}

/** `./x` and `$/x` stay in the calling repository; `<owner>/mlops-actions/x@<ref>` is this repository. */
export function resolveWorkflowReference(reference: string, repository: string): Resolved | undefined {
  if (reference.startsWith('./') || reference.startsWith('$/'))
    return { file: path.join(repository, reference.slice(2)), repository };
  const match = /^[^/]+\/mlops-actions\/([^@]+)@.+$/.exec(reference);
  if (match !== null) {
    const root = actionsRoot();
    return { file: path.join(root, match[1]!), repository: root };
  }
  return undefined;
}

export async function loadWorkflow(file: string): Promise<ParsedWorkflow> {
  const repository = repositoryOf(file);
  return parseWorkflowFile(file, (reference) => resolveWorkflowReference(reference, repository)?.file);
}

interface RunState {
  options: RunOptions;
  workspace: string;
  stateDir: string;
  temp: string;
  github: { [key: string]: Json };
  eventPath: string;
  runId: string;
  failed: boolean;
}

function gitSha(directory: string): string {
  const result = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: directory, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : '0'.repeat(40);
}

function eventPayload(options: RunOptions, sha: string, repository: string): { [key: string]: Json } {
  const repo = { full_name: repository, name: repository.split('/')[1] ?? repository, default_branch: 'main' };
  const branch = options.ref.replace(/^refs\/heads\//, '');
  const base: { [key: string]: Json } = { repository: repo, sender: { login: os.userInfo().username } };
  switch (options.event) {
    case 'push':
      return {
        ...base,
        ref: options.ref,
        before: '0'.repeat(40),
        after: sha,
        head_commit: { id: sha, message: 'local' },
      };
    case 'pull_request':
      return {
        ...base,
        action: 'opened',
        number: 1,
        pull_request: {
          number: 1,
          title: 'local pull request',
          head: { ref: branch, sha, repo },
          base: { ref: 'main', sha, repo },
        },
      };
    case 'workflow_dispatch':
      return { ...base, ref: options.ref, inputs: { ...options.inputs } };
    case 'schedule':
      return { ...base, schedule: '0 0 * * *' };
    case 'repository_dispatch':
      return { ...base, action: 'local', client_payload: {} };
  }
}

function triggers(workflow: ParsedWorkflow): string[] {
  const on = get(workflow.root, 'on');
  const single = text(on);
  if (single !== undefined) return [single];
  const sequence = items(on).map((item) => text(item) ?? '');
  return sequence.length > 0 ? sequence : entries(on).map(([name]) => name);
}

/** The branch/tag filters declared for `event` (`on: { push: { branches: [...] } }`). */
function refFilters(workflow: ParsedWorkflow, event: string) {
  const spec = get(get(workflow.root, 'on'), event);
  const list = (key: string) => {
    const token = get(spec, key);
    return token === undefined ? undefined : items(token).map((item) => text(item) ?? '');
  };
  return {
    branches: list('branches'),
    branchesIgnore: list('branches-ignore'),
    tags: list('tags'),
    tagsIgnore: list('tags-ignore'),
  };
}

/** Validates and types inputs as GitHub does: declared only, required present, types checked, defaults applied. */
function typedInputs(
  definitions: TemplateToken | undefined,
  given: Record<string, Json>,
  where: string,
  scope: Scope,
): { [key: string]: Json } {
  const declared = new Map(entries(definitions).map(([name, spec]) => [name.toLowerCase(), { name, spec }]));
  const unexpected = Object.keys(given).filter((name) => !declared.has(name.toLowerCase()));
  if (unexpected.length > 0)
    throw new WorkflowError(
      `${where}: unexpected input(s) ${unexpected.map((n) => `'${n}'`).join(', ')}; declared: ${[...declared.values()].map((d) => d.name).join(', ') || 'none'}`,
    );
  const result: { [key: string]: Json } = {};
  for (const { name, spec } of declared.values()) {
    const type = text(get(spec, 'type')) ?? 'string';
    const provided = Object.entries(given).find(([key]) => key.toLowerCase() === name.toLowerCase());
    let value: Json | undefined = provided?.[1];
    if (value === undefined) {
      if (literal(get(spec, 'required')) === true)
        throw new WorkflowError(`${where}: input '${name}' is required, but not provided`);
      const fallback = get(spec, 'default');
      value =
        fallback === undefined ? (type === 'boolean' ? false : type === 'number' ? 0 : '') : scope.value(fallback);
    }
    if (type === 'boolean') {
      if (value === 'true' || value === 'false') value = value === 'true';
      if (typeof value !== 'boolean')
        throw new WorkflowError(`${where}: input '${name}' must be a boolean, got ${JSON.stringify(value)}`);
    } else if (type === 'number') {
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) value = Number(value);
      if (typeof value !== 'number')
        throw new WorkflowError(`${where}: input '${name}' must be a number, got ${JSON.stringify(value)}`);
    } else if (type === 'choice') {
      const options = items(get(spec, 'options')).map((o) => text(o));
      if (!options.includes(toText(value)))
        throw new WorkflowError(
          `${where}: input '${name}' must be one of ${options.join(', ')}, got ${JSON.stringify(value)}`,
        );
      value = toText(value);
    } else {
      if (typeof value === 'object' && value !== null)
        throw new WorkflowError(`${where}: input '${name}' must be a string, got ${JSON.stringify(value)}`);
      value = toText(value);
    }
    result[name] = value;
  }
  return result;
}

function orderJobs(jobs: WorkflowJob[], file: string): WorkflowJob[] {
  const byId = new Map(jobs.map((job) => [job.id.value, job]));
  const ordered: WorkflowJob[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (job: WorkflowJob, chain: string[]): void => {
    const id = job.id.value;
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting')
      throw new WorkflowError(`${file}: jobs depend on each other in a cycle: ${[...chain, id].join(' → ')}`);
    state.set(id, 'visiting');
    for (const need of job.needs ?? []) {
      const needed = byId.get(need.value);
      if (needed === undefined) throw new WorkflowError(`${file}: job '${id}' needs unknown job '${need.value}'`);
      visit(needed, [...chain, id]);
    }
    state.set(id, 'done');
    ordered.push(job);
  };
  for (const job of jobs) visit(job, []);
  return ordered;
}

function ancestors(job: WorkflowJob, byId: Map<string, WorkflowJob>): Set<string> {
  const seen = new Set<string>();
  const stack = [...(job.needs ?? []).map((n) => n.value)];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(byId.get(id)?.needs ?? []).map((n) => n.value));
  }
  return seen;
}

/** strategy.matrix → the list of combinations (include/exclude as GitHub applies them). */
function expandMatrix(matrix: Json): Array<{ [key: string]: Json }> {
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) return [{}];
  let combinations: Array<{ [key: string]: Json }> = [{}];
  for (const [key, values] of Object.entries(matrix)) {
    if (key === 'include' || key === 'exclude') continue;
    const list = Array.isArray(values) ? values : [values];
    combinations = combinations.flatMap((combination) => list.map((value) => ({ ...combination, [key]: value })));
  }
  const matches = (combination: { [key: string]: Json }, partial: Json): boolean =>
    partial !== null &&
    typeof partial === 'object' &&
    !Array.isArray(partial) &&
    Object.entries(partial).every(([key, value]) => JSON.stringify(combination[key]) === JSON.stringify(value));
  const exclude = Array.isArray(matrix.exclude) ? matrix.exclude : [];
  combinations = combinations.filter((combination) => !exclude.some((partial) => matches(combination, partial)));
  const original = new Set(Object.keys(matrix).filter((key) => key !== 'include' && key !== 'exclude'));
  if (original.size === 0) combinations = [];
  for (const include of Array.isArray(matrix.include) ? matrix.include : []) {
    if (include === null || typeof include !== 'object' || Array.isArray(include)) continue;
    let added = false;
    for (const combination of combinations) {
      const conflicts = Object.entries(include).some(
        ([key, value]) => original.has(key) && JSON.stringify(combination[key]) !== JSON.stringify(value),
      );
      if (!conflicts) {
        Object.assign(combination, include);
        added = true;
      }
    }
    if (!added) combinations.push({ ...include });
  }
  return combinations.length === 0 ? [{}] : combinations;
}

/** GITHUB_OUTPUT / GITHUB_ENV: `name=value` lines or `name<<DELIMITER` heredocs. */
export function parseCommandFile(content: string, file: string): Map<string, string> {
  const values = new Map<string, string>();
  const lines = content.split(/\r?\n/);
  let index = 0;
  while (index < lines.length) {
    const line = lines[index++]!;
    if (line.trim() === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc !== null) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (index < lines.length && lines[index] !== delimiter) value.push(lines[index++]!);
      if (index >= lines.length) throw new Error(`${file}: '${name}' is never closed by ${delimiter}`);
      index++;
      values.set(name!, value.join('\n'));
      continue;
    }
    const equals = line.indexOf('=');
    if (equals <= 0) throw new Error(`${file}: invalid line ${JSON.stringify(line)}`);
    values.set(line.slice(0, equals), line.slice(equals + 1));
  }
  return values;
}

function inheritedEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // The caller's own GitHub/runner variables (this may itself run on a runner) must not leak into steps.
  for (const [key, value] of Object.entries(process.env))
    if (!/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|STATE_)/.test(key)) env[key] = value;
  return env;
}

interface ActionMetadata {
  using: string;
  main: string;
  inputs: Array<{ name: string; default: string | undefined }>;
  hasPost: boolean;
}

function readActionMetadata(directory: string): ActionMetadata {
  const file = ['action.yml', 'action.yaml'].map((name) => path.join(directory, name)).find((f) => existsSync(f));
  if (file === undefined) throw new Error(`no action.yml in ${directory}`);
  const document: unknown = parseYaml(readFileSync(file, 'utf8'));
  const record = (value: unknown): Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value))
      : {};
  const runs = record(record(document).runs);
  const using = typeof runs.using === 'string' ? runs.using : '';
  if (!/^node\d+$/.test(using))
    throw new Error(`${file}: runs.using '${using}' is not supported locally (only node actions)`);
  if (typeof runs.main !== 'string') throw new Error(`${file}: runs.main is missing`);
  const inputs = Object.entries(record(record(document).inputs)).map(([name, spec]) => {
    const fallback = record(spec).default;
    return { name, default: fallback === undefined || fallback === null ? undefined : String(fallback) };
  });
  return { using, main: path.resolve(directory, runs.main), inputs, hasPost: runs.post !== undefined };
}

type StepPlan =
  | { kind: 'run'; script: TemplateToken }
  | { kind: 'node'; directory: string; metadata: ActionMetadata; label: string }
  | { kind: 'emulated'; action: string };

function actionKey(uses: string): string {
  return uses.split('@')[0]!.toLowerCase();
}

/** Resolves every step before the job starts, as the runner downloads all actions in "Set up job". */
function planStep(step: Step, repository: string, workspace: string, log: (line: string) => void): StepPlan {
  if (isRunStep(step)) return { kind: 'run', script: step.run };
  if (!isActionStep(step)) throw new Error(`step ${step.id}: only run and uses steps are supported locally`);
  const uses = step.uses.value;
  const local = (directory: string, label: string): StepPlan => ({
    kind: 'node',
    directory,
    metadata: readActionMetadata(directory),
    label,
  });
  if (uses.startsWith('$/')) return local(path.join(repository, uses.slice(2)), uses);
  if (uses.startsWith('./')) {
    const inWorkspace = path.join(workspace, uses.slice(2));
    if (existsSync(inWorkspace)) return local(inWorkspace, uses);
    const inRepository = path.join(repository, uses.slice(2));
    if (!existsSync(inRepository)) throw new Error(`${uses}: no action at ${inWorkspace}`);
    log(
      `warning: ${uses} is not in the workspace; on GitHub './' resolves in the caller's checkout, so this works only when the caller is this repository (use '$/')`,
    );
    return local(inRepository, uses);
  }
  if (uses.startsWith('docker://')) throw new Error(`${uses}: docker actions are not emulated locally`);
  const own = /^[^/]+\/mlops-actions\/(actions\/[^@]+)@.+$/.exec(uses);
  if (own !== null) return local(path.join(actionsRoot(), own[1]!), uses);
  const key = actionKey(uses);
  if (Object.hasOwn(EMULATED, key)) return { kind: 'emulated', action: key };
  throw new Error(
    `${uses}: not emulated locally (emulated: ${Object.keys(EMULATED).join(', ')}; this repository's actions run for real)`,
  );
}

interface Execution {
  code: number | null;
  timedOut: boolean;
  errors: string[];
}

function execute(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; log: (line: string) => void },
): Promise<Execution> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const errors: string[] = [];
    let timedOut = false;
    const forward = (stream: NodeJS.ReadableStream) => {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          if (line.startsWith('::error')) errors.push(line.replace(/^::error[^:]*::/, ''));
          options.log(`  | ${line}`);
        }
      });
      stream.on('end', () => {
        if (pending !== '') options.log(`  | ${pending}`);
      });
    };
    forward(child.stdout);
    forward(child.stderr);
    const timer =
      Number.isFinite(options.timeoutMs) && options.timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
          }, options.timeoutMs)
        : undefined;
    child.on('error', (error) => {
      errors.push(error.message);
    });
    child.on('close', (code) => {
      if (timer !== undefined) clearTimeout(timer);
      resolve({ code, timedOut, errors });
    });
  });
}

function shellCommand(shell: string | undefined, script: string): [string, string[]] {
  switch (shell ?? 'bash') {
    case 'bash':
      return ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', script]];
    case 'sh':
      return ['sh', ['-e', script]];
    case 'python':
      return ['python3', [script]];
    default: {
      const parts = (shell ?? '').split(/\s+/).filter((part) => part !== '');
      if (!parts.includes('{0}')) parts.push('{0}');
      return [parts[0]!, parts.slice(1).map((part) => (part === '{0}' ? script : part))];
    }
  }
}

function minutes(token: TemplateToken | undefined, scope: Scope): number {
  if (token === undefined) return Number.POSITIVE_INFINITY;
  const value = Number(scope.value(token));
  return Number.isFinite(value) && value > 0 ? value * 60_000 : Number.POSITIVE_INFINITY;
}

function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}

interface WorkflowCall {
  workflow: ParsedWorkflow;
  repository: string;
  inputs: { [key: string]: Json };
  /** Log prefix: the chain of calling jobs. */
  prefix: string;
}

async function runWorkflowFile(state: RunState, call: WorkflowCall): Promise<WorkflowReport> {
  const started = performance.now();
  const { workflow } = call;
  const template = workflow.template;
  if (template === undefined) throw new WorkflowError(`${workflow.file}: the workflow did not convert`);
  const name = text(get(workflow.root, 'name')) ?? path.relative(process.cwd(), workflow.file);
  const log = (line: string) => state.options.log(`${call.prefix}${line}`);
  const workflowFileRelative = path.relative(call.repository, path.resolve(workflow.file));
  const workflowRepository =
    call.repository === actionsRoot() ? 'OWNER/mlops-actions' : String(state.github.repository);
  const jobContext: { [key: string]: Json } = {
    status: 'success',
    workflow_ref: `${workflowRepository}/${workflowFileRelative}@${state.options.ref}`,
    workflow_sha: gitSha(call.repository),
    workflow_repository: workflowRepository,
    workflow_file_path: workflowFileRelative,
    container: {},
    services: {},
  };
  const baseScope = new Scope(
    {
      github: { ...state.github, job_workflow_sha: jobContext.workflow_sha ?? '' },
      inputs: call.inputs,
      vars: {},
      secrets: {},
      env: {},
      needs: {},
      matrix: {},
      strategy: {},
      job: jobContext,
      runner: {
        os: 'Linux',
        arch: os.arch() === 'arm64' ? 'ARM64' : 'X64',
        name: 'mlops-local',
        temp: state.temp,
        tool_cache: path.join(os.tmpdir(), 'mlops-actions-tools'),
        environment: 'self-hosted',
        debug: '',
      },
      steps: {},
      jobs: {},
    },
    { success: true, failure: false },
    state.workspace,
  );
  const workflowEnv = baseScope.value(template.env);
  const env: Record<string, string> = {};
  if (workflowEnv !== null && typeof workflowEnv === 'object' && !Array.isArray(workflowEnv))
    for (const [key, value] of Object.entries(workflowEnv)) env[key] = toText(value);
  if (template.concurrency !== undefined) log(`concurrency: ${JSON.stringify(baseScope.value(template.concurrency))}`);

  const jobs = orderJobs(template.jobs, workflow.file);
  const byId = new Map(jobs.map((job) => [job.id.value, job]));
  const reports = new Map<string, JobReport>();
  for (const job of jobs) {
    const report = await runJob(state, call, job, {
      scope: baseScope.with({ env }),
      env,
      reports,
      byId,
      log,
      workflowName: name,
      jobContext,
    });
    reports.set(job.id.value, report);
  }
  const jobsContext: { [key: string]: Json } = {};
  for (const [id, report] of reports) jobsContext[id] = { result: report.result, outputs: report.outputs };
  const outputs: Record<string, string> = {};
  const definitions = get(get(get(workflow.root, 'on'), 'workflow_call'), 'outputs');
  const outputScope = baseScope.with({ jobs: jobsContext });
  for (const [outputName, spec] of entries(definitions)) outputs[outputName] = outputScope.text(get(spec, 'value'));
  const refused = [...reports.values()].some((report) => report.reason === 'not approved');
  const failed = [...reports.values()].some((report) => report.result === 'failure' || report.result === 'cancelled');
  return {
    file: workflow.file,
    name,
    result: failed || refused ? 'failure' : 'success',
    durationMs: elapsed(started),
    jobs: [...reports.values()],
    outputs,
  };
}

interface JobSetting {
  scope: Scope;
  env: Record<string, string>;
  reports: Map<string, JobReport>;
  byId: Map<string, WorkflowJob>;
  log: (line: string) => void;
  workflowName: string;
  jobContext: { [key: string]: Json };
}

async function runJob(state: RunState, call: WorkflowCall, job: WorkflowJob, setting: JobSetting): Promise<JobReport> {
  const started = performance.now();
  const id = job.id.value;
  const log = (line: string) => setting.log(`[${id}] ${line}`);
  const needs: { [key: string]: Json } = {};
  for (const need of job.needs ?? []) {
    const report = setting.reports.get(need.value);
    needs[need.value] = { result: report?.result ?? 'skipped', outputs: report?.outputs ?? {} };
  }
  const allAncestors = ancestors(job, setting.byId);
  const status: Status = {
    success: (job.needs ?? []).every((need) => setting.reports.get(need.value)?.result === 'success'),
    failure: [...allAncestors].some((ancestor) => setting.reports.get(ancestor)?.result === 'failure'),
  };
  const scope = setting.scope.with(
    { needs, github: { ...(setting.scope.contexts.github as object), job: id } },
    status,
  );
  const name = job.name === undefined ? id : scope.text(job.name);
  const skipped = (reason: string): JobReport => {
    log(`skipped: ${reason}`);
    return { id, name, result: 'skipped', reason, durationMs: elapsed(started), steps: [], outputs: {} };
  };
  let condition: boolean;
  try {
    condition = scope.condition(job.if.expression);
  } catch (error) {
    log(`error: if: ${(error as Error).message}`);
    return {
      id,
      name,
      result: 'failure',
      reason: (error as Error).message,
      durationMs: elapsed(started),
      steps: [],
      outputs: {},
    };
  }
  if (!condition) return skipped(`if: ${job.if.expression} is false`);

  const matrixValue = scope.value(get(job.strategy, 'matrix'));
  const combinations = get(job.strategy, 'matrix') === undefined ? [undefined] : expandMatrix(matrixValue);
  const runs: JobReport[] = [];
  for (const [index, combination] of combinations.entries()) {
    const strategy = {
      'fail-fast': literal(get(job.strategy, 'fail-fast')) !== false,
      'job-index': index,
      'job-total': combinations.length,
      'max-parallel': combinations.length,
    };
    const matrixScope = scope.with({ matrix: combination ?? {}, strategy });
    const label =
      combination === undefined
        ? name
        : `${name} (${Object.values(combination)
            .map((v) => toText(v))
            .join(', ')})`;
    log(`job ${label}`);
    const run = isReusableWorkflowJob(job)
      ? await runCalledWorkflow(state, call, job, matrixScope, log, started)
      : await runSteps(state, call, job, matrixScope, setting, log, started, label);
    if (combination !== undefined) run.matrix = combination;
    runs.push(run);
    if (run.result === 'failure' && strategy['fail-fast']) break;
  }
  if (runs.length === 1) return runs[0]!;
  const failed = runs.some((run) => run.result === 'failure');
  const outputs: Record<string, string> = {};
  for (const run of runs) Object.assign(outputs, run.outputs);
  return {
    id,
    name,
    result: failed ? 'failure' : runs.every((run) => run.result === 'skipped') ? 'skipped' : 'success',
    durationMs: elapsed(started),
    steps: runs.flatMap((run) => run.steps.map((step) => ({ ...step, name: `${run.name}: ${step.name}` }))),
    outputs,
    matrix: runs.map((run) => run.matrix ?? null),
  };
}

async function runCalledWorkflow(
  state: RunState,
  call: WorkflowCall,
  job: ReusableWorkflowJob,
  scope: Scope,
  log: (line: string) => void,
  started: number,
): Promise<JobReport> {
  const id = job.id.value;
  const reference = job.ref.value;
  const resolved = resolveWorkflowReference(reference, call.repository);
  if (resolved === undefined)
    throw new WorkflowError(
      `job '${id}': uses ${reference}: only this repository's workflows (./, $/, <owner>/mlops-actions/…) run locally`,
    );
  log(`calls ${reference} → ${path.relative(process.cwd(), resolved.file)}`);
  const workflow = await parseWorkflowFile(
    resolved.file,
    (ref) => resolveWorkflowReference(ref, resolved.repository)?.file,
  );
  if (workflow.errors.length > 0) throw new WorkflowError(workflow.errors.map(formatProblem).join('\n'));
  if (!triggers(workflow).includes('workflow_call'))
    throw new WorkflowError(`${resolved.file}: not a reusable workflow (no on: workflow_call)`);
  const given = scope.value(job['input-values']);
  const values = given !== null && typeof given === 'object' && !Array.isArray(given) ? given : {};
  const inputs = typedInputs(
    get(get(get(workflow.root, 'on'), 'workflow_call'), 'inputs'),
    values,
    `job '${id}' calling ${reference}`,
    scope.with({ inputs: {} }),
  );
  const report = await runWorkflowFile(state, {
    workflow,
    repository: resolved.repository,
    inputs,
    prefix: `${call.prefix}[${id}] `,
  });
  return {
    id,
    name: job.name === undefined ? id : scope.text(job.name),
    result: report.result,
    ...(report.jobs.some((j) => j.reason === 'not approved') ? { reason: 'not approved' } : {}),
    durationMs: elapsed(started),
    steps: [],
    outputs: report.outputs,
    workflow: report,
  };
}

async function runSteps(
  state: RunState,
  call: WorkflowCall,
  job: Extract<WorkflowJob, { type: 'job' }>,
  scope: Scope,
  setting: JobSetting,
  log: (line: string) => void,
  started: number,
  label: string,
): Promise<JobReport> {
  const id = job.id.value;
  const raw = get(get(call.workflow.root, 'jobs'), id);
  const report: JobReport = { id, name: label, result: 'success', durationMs: 0, steps: [], outputs: {} };
  const finish = (result: Result, reason?: string): JobReport => {
    report.result = result;
    if (reason !== undefined) report.reason = reason;
    report.durationMs = elapsed(started);
    log(`${result}${reason === undefined ? '' : `: ${reason}`} (${(report.durationMs / 1000).toFixed(1)} s)`);
    return report;
  };

  const runsOn = scope.value(job['runs-on']);
  report.runsOn = runsOn;
  const labels = (
    Array.isArray(runsOn)
      ? runsOn
      : typeof runsOn === 'object' && runsOn !== null
        ? Object.values(runsOn).flat()
        : [runsOn]
  ).map((v) => toText(v as Json));
  log(
    `runs-on: ${labels.join(', ')}${labels.some((l) => /gpu/i.test(l)) ? ' (GPU runner requested; running on this machine)' : ''}`,
  );
  if (job.concurrency !== undefined) log(`concurrency: ${JSON.stringify(scope.value(job.concurrency))}`);

  let environmentName: string | undefined;
  if (job.environment !== undefined) {
    const environment = scope.value(job.environment);
    environmentName =
      typeof environment === 'string'
        ? environment
        : environment !== null && typeof environment === 'object' && !Array.isArray(environment)
          ? toText(environment.name ?? null)
          : undefined;
    if (environmentName) {
      report.environment = { name: environmentName };
      const approved = state.options.approve.some((name) => name.toLowerCase() === environmentName!.toLowerCase());
      if (!approved) {
        log(`environment ${environmentName}: waiting for approval… not approved (pass --approve ${environmentName})`);
        return finish('skipped', 'not approved');
      }
      log(`environment ${environmentName}: approved (--approve)`);
    }
  }

  const jobEnvValue = scope.value(job.env);
  const env: Record<string, string> = { ...setting.env };
  if (jobEnvValue !== null && typeof jobEnvValue === 'object' && !Array.isArray(jobEnvValue))
    for (const [key, value] of Object.entries(jobEnvValue)) env[key] = toText(value);
  const defaults = get(get(raw, 'defaults'), 'run') ?? get(get(call.workflow.root, 'defaults'), 'run');
  const defaultShell = text(get(defaults, 'shell'));
  const defaultDirectory = text(get(defaults, 'working-directory'));
  const deadline = performance.now() + minutes(get(raw, 'timeout-minutes'), scope);

  const jobTemp = mkdtempSync(path.join(state.temp, `${id}-`));
  let plans: StepPlan[];
  try {
    plans = job.steps.map((step) => planStep(step, call.repository, state.workspace, log));
  } catch (error) {
    log(`error: set up job: ${(error as Error).message}`);
    return finish('failure', `set up job: ${(error as Error).message}`);
  }

  const stepsContext: { [key: string]: Json } = {};
  const pathAdditions: string[] = [];
  const posts: Array<{ name: string; post: PostStep }> = [];
  const summaries: string[] = [];
  let failed = false;
  const jobContext = { ...setting.jobContext };
  for (const [index, step] of job.steps.entries()) {
    const plan = plans[index]!;
    const stepStarted = performance.now();
    jobContext.status = failed ? 'failure' : 'success';
    const stepScope = scope.with(
      {
        steps: stepsContext,
        env: { ...env },
        job: jobContext,
        github: { ...(scope.contexts.github as object), action: step.id },
      },
      { success: !failed, failure: failed },
    );
    const stepName =
      step.name !== undefined
        ? stepScope.text(step.name)
        : isRunStep(step)
          ? `Run ${(text(step.run) ?? step.run.toString()).split('\n')[0]}`
          : `Run ${isActionStep(step) ? step.uses.value : step.id}`;
    const record = (outcome: Result, conclusion: Result, outputs: Record<string, string>, message?: string) => {
      stepsContext[step.id] = { outputs, outcome, conclusion };
      report.steps.push({
        id: step.id,
        name: stepName,
        outcome,
        conclusion,
        durationMs: elapsed(stepStarted),
        ...(message === undefined ? {} : { message }),
      });
    };
    let runIt: boolean;
    try {
      runIt = stepScope.condition(step.if?.expression ?? 'success()');
    } catch (error) {
      log(`error: ${stepName}: ${(error as Error).message}`);
      record('failure', 'failure', {}, (error as Error).message);
      failed = true;
      continue;
    }
    if (!runIt) {
      record('skipped', 'skipped', {});
      log(`- ${stepName}: skipped`);
      continue;
    }
    log(`- ${stepName}`);
    const files = {
      output: path.join(jobTemp, `output-${index}`),
      env: path.join(jobTemp, `env-${index}`),
      path: path.join(jobTemp, `path-${index}`),
      summary: path.join(jobTemp, `summary-${index}`),
      state: path.join(jobTemp, `state-${index}`),
    };
    for (const file of Object.values(files)) writeFileSync(file, '');
    let outcome: Result = 'success';
    let message: string | undefined;
    const outputs: Record<string, string> = {};
    try {
      const stepEnvValue = stepScope.value(isRunStep(step) || isActionStep(step) ? step.env : undefined);
      const stepEnv: Record<string, string> = { ...env };
      if (stepEnvValue !== null && typeof stepEnvValue === 'object' && !Array.isArray(stepEnvValue))
        for (const [key, value] of Object.entries(stepEnvValue)) stepEnv[key] = toText(value);
      const inner = stepScope.with({ env: stepEnv });
      const processEnv: NodeJS.ProcessEnv = {
        ...inheritedEnvironment(),
        ...githubEnvironment(state, id, step.id, setting.workflowName, call),
        GITHUB_OUTPUT: files.output,
        GITHUB_ENV: files.env,
        GITHUB_PATH: files.path,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_STATE: files.state,
        RUNNER_TEMP: jobTemp,
        ...stepEnv,
      };
      if (pathAdditions.length > 0) processEnv.PATH = [...pathAdditions, processEnv.PATH ?? ''].join(path.delimiter);
      const rawStep = items(get(raw, 'steps'))[index];
      const timeoutMs = Math.min(minutes(get(rawStep, 'timeout-minutes'), inner), deadline - performance.now());
      const withValue = inner.value(get(rawStep, 'with'));
      const withInputs: Record<string, string> = {};
      if (withValue !== null && typeof withValue === 'object' && !Array.isArray(withValue))
        for (const [key, value] of Object.entries(withValue)) withInputs[key] = toText(value);
      if (plan.kind === 'run') {
        const script = inner.text(plan.script);
        const scriptFile = path.join(jobTemp, `step-${index}.sh`);
        writeFileSync(scriptFile, script);
        const shell = text(get(rawStep, 'shell')) ?? defaultShell;
        const [command, args] = shellCommand(shell, scriptFile);
        const directory = text(get(rawStep, 'working-directory')) ?? defaultDirectory;
        const cwd =
          directory === undefined
            ? state.workspace
            : path.resolve(
                state.workspace,
                inner.text(get(rawStep, 'working-directory') ?? get(defaults, 'working-directory')),
              );
        const result = await execute(command, args, { cwd, env: processEnv, timeoutMs, log });
        if (result.code !== 0) {
          outcome = 'failure';
          message = result.timedOut
            ? 'timed out'
            : `exit code ${result.code}${result.errors.length > 0 ? `: ${result.errors.join('; ')}` : ''}`;
        }
      } else if (plan.kind === 'node') {
        const { metadata } = plan;
        const current = Number(process.versions.node.split('.')[0]);
        const wanted = Number(metadata.using.slice(4));
        if (wanted > current)
          log(
            `  (${plan.label} declares ${metadata.using}; running under this machine's Node ${process.versions.node})`,
          );
        const declared = new Set(metadata.inputs.map((input) => input.name.toLowerCase()));
        const unexpected = Object.keys(withInputs).filter((key) => !declared.has(key.toLowerCase()));
        if (unexpected.length > 0) log(`  warning: unexpected input(s) ${unexpected.join(', ')} for ${plan.label}`);
        for (const input of metadata.inputs) {
          const given = Object.entries(withInputs).find(([key]) => key.toLowerCase() === input.name.toLowerCase());
          const value = given?.[1] ?? (input.default === undefined ? undefined : interpolateText(input.default, inner));
          if (value !== undefined) processEnv[`INPUT_${input.name.replace(/ /g, '_').toUpperCase()}`] = value;
        }
        for (const key of unexpected) processEnv[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = withInputs[key];
        processEnv.GITHUB_ACTION_PATH = plan.directory;
        processEnv.GITHUB_ACTION_REPOSITORY = plan.directory.startsWith(actionsRoot()) ? 'OWNER/mlops-actions' : '';
        const result = await execute(process.execPath, [metadata.main], {
          cwd: state.workspace,
          env: processEnv,
          timeoutMs,
          log,
        });
        if (metadata.hasPost) log(`  (${plan.label} has a post step; not run locally)`);
        if (result.code !== 0) {
          outcome = 'failure';
          message = result.timedOut
            ? 'timed out'
            : `exit code ${result.code}${result.errors.length > 0 ? `: ${result.errors.join('; ')}` : ''}`;
        }
      } else {
        const emulator = EMULATED[plan.action]!;
        const post = await emulator({
          workspace: state.workspace,
          stateDir: state.stateDir,
          actionsRoot: actionsRoot(),
          inputs: withInputs,
          log: (line) => log(`  | ${line}`),
          setOutput: (outputName, value) => {
            outputs[outputName] = value;
          },
        });
        if (post !== undefined) posts.push({ name: stepName, post });
      }
      for (const [key, value] of parseCommandFile(readFileSync(files.output, 'utf8'), 'GITHUB_OUTPUT'))
        outputs[key] = value;
      for (const [key, value] of parseCommandFile(readFileSync(files.env, 'utf8'), 'GITHUB_ENV')) env[key] = value;
      pathAdditions.unshift(
        ...readFileSync(files.path, 'utf8')
          .split('\n')
          .filter((line) => line.trim() !== '')
          .reverse(),
      );
      const summary = readFileSync(files.summary, 'utf8');
      if (summary.trim() !== '') summaries.push(summary);
    } catch (error) {
      outcome = 'failure';
      message = error instanceof ExpressionFailure || error instanceof Error ? error.message : String(error);
      log(`  error: ${message}`);
    }
    const continueOnError = step['continue-on-error'];
    const tolerated =
      outcome === 'failure' &&
      (continueOnError === true ||
        (typeof continueOnError === 'object' && ['true', 'True'].includes(toText(stepScope.value(continueOnError)))));
    if (outcome === 'failure') log(`  ✗ ${stepName}: ${message ?? 'failed'}${tolerated ? ' (continue-on-error)' : ''}`);
    if (outcome === 'failure' && !tolerated) failed = true;
    record(outcome, tolerated ? 'success' : outcome, outputs, message);
  }
  for (const { name: postName, post } of posts.reverse()) {
    if (failed) continue;
    try {
      await post();
    } catch (error) {
      log(`post ${postName}: ${(error as Error).message}`);
    }
  }
  if (summaries.length > 0) {
    const summaryDir = path.join(state.stateDir, 'summaries');
    mkdirSync(summaryDir, { recursive: true });
    const summaryFile = path.join(summaryDir, `${call.prefix.replace(/[^\w-]+/g, '_')}${id}.md`);
    writeFileSync(summaryFile, summaries.join('\n'));
    log(`job summary: ${summaryFile}`);
  }
  const outputScope = scope.with(
    { steps: stepsContext, env, job: { ...jobContext, status: failed ? 'failure' : 'success' } },
    { success: !failed, failure: failed },
  );
  for (const [outputName, token] of entries(job.outputs)) {
    try {
      report.outputs[outputName] = outputScope.text(token);
    } catch (error) {
      log(`output ${outputName}: ${(error as Error).message}`);
    }
  }
  if (environmentName !== undefined && job.environment !== undefined) {
    const url = get(job.environment, 'url');
    const resolved = url === undefined ? '' : outputScope.text(url);
    if (resolved !== '') {
      report.environment = { name: environmentName, url: resolved };
      log(`environment ${environmentName}: ${resolved}`);
    }
  }
  const continueJob = literal(get(raw, 'continue-on-error')) === true;
  if (failed && continueJob) return finish('success', 'a step failed (job continue-on-error)');
  return finish(failed ? 'failure' : 'success');
}

function interpolateText(template: string, scope: Scope): string {
  return template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => {
    const value = scope.evaluate(expression.trim());
    return value.coerceString();
  });
}

function githubEnvironment(
  state: RunState,
  job: string,
  action: string,
  workflowName: string,
  call: WorkflowCall,
): NodeJS.ProcessEnv {
  const github = state.github;
  const value = (key: string) => toText(github[key] ?? null);
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: state.workspace,
    GITHUB_EVENT_NAME: value('event_name'),
    GITHUB_EVENT_PATH: state.eventPath,
    GITHUB_REF: value('ref'),
    GITHUB_REF_NAME: value('ref_name'),
    GITHUB_REF_TYPE: value('ref_type'),
    GITHUB_SHA: value('sha'),
    GITHUB_REPOSITORY: value('repository'),
    GITHUB_REPOSITORY_OWNER: value('repository_owner'),
    GITHUB_RUN_ID: state.runId,
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: value('actor'),
    GITHUB_TRIGGERING_ACTOR: value('actor'),
    GITHUB_WORKFLOW: workflowName,
    GITHUB_WORKFLOW_REF: value('workflow_ref'),
    GITHUB_WORKFLOW_SHA: value('workflow_sha'),
    GITHUB_JOB: job,
    GITHUB_ACTION: action,
    GITHUB_HEAD_REF: value('head_ref'),
    GITHUB_BASE_REF: value('base_ref'),
    GITHUB_SERVER_URL: value('server_url'),
    GITHUB_API_URL: value('api_url'),
    GITHUB_GRAPHQL_URL: value('graphql_url'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: os.arch() === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_NAME: 'mlops-local',
    RUNNER_ENVIRONMENT: 'self-hosted',
    RUNNER_TOOL_CACHE: path.join(os.tmpdir(), 'mlops-actions-tools'),
    MLOPS_LOCAL_RUNNER_WORKFLOW: call.workflow.file,
  };
}

/** Runs a workflow file as if `event` happened; the report says what each job and step did. */
export async function runWorkflow(options: RunOptions): Promise<WorkflowReport> {
  const workflow = await loadWorkflow(options.file);
  if (workflow.errors.length > 0) throw new WorkflowError(workflow.errors.map(formatProblem).join('\n'));
  const on = triggers(workflow);
  if (!on.includes(options.event))
    throw new WorkflowError(`${options.file} does not run on ${options.event} (it runs on: ${on.join(', ')})`);
  if (options.event === 'push' || options.event === 'pull_request') {
    // pull_request filters apply to the base branch, which the local payload sets to main.
    const ref = options.event === 'push' ? options.ref : 'refs/heads/main';
    const mismatch = refFilterMismatch(options.event, ref, refFilters(workflow, options.event));
    if (mismatch !== undefined)
      throw new WorkflowError(
        `${options.file} would not run on GitHub: ${mismatch}; pass --ref with a matching ref (e.g. --ref refs/heads/<branch>)`,
      );
  }
  const workspace = path.resolve(options.workdir);
  if (!existsSync(workspace) || !statSync(workspace).isDirectory())
    throw new WorkflowError(`--workdir ${workspace} is not a directory`);
  const stateDir = path.join(workspace, '.mlops-runner');
  // Artifacts belong to one run, as on GitHub; a second local run must not see the first one's.
  rmSync(path.join(stateDir, 'artifacts'), { recursive: true, force: true });
  rmSync(path.join(stateDir, 'summaries'), { recursive: true, force: true });
  mkdirSync(stateDir, { recursive: true });
  const temp = mkdtempSync(path.join(os.tmpdir(), 'mlops-runner-'));
  const repository = repositoryOf(options.file);
  const sha = gitSha(repository);
  const repositoryName = `local/${path.basename(repository)}`;
  const payload = { ...eventPayload(options, sha, repositoryName), ...(options.payload ?? {}) };
  const eventPath = path.join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload, null, 2));
  const refName = options.ref.replace(/^refs\/(heads|tags)\//, '');
  const workflowFile = path.relative(repository, path.resolve(options.file));
  const pullRequest = options.event === 'pull_request';
  const github: { [key: string]: Json } = {
    event_name: options.event,
    event: payload,
    ref: pullRequest ? 'refs/pull/1/merge' : options.ref,
    ref_name: pullRequest ? '1/merge' : refName,
    ref_type: options.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    sha,
    repository: repositoryName,
    repository_owner: 'local',
    repositoryUrl: `file://${repository}`,
    workflow: text(get(workflow.root, 'name')) ?? workflowFile,
    workflow_ref: `${repositoryName}/${workflowFile}@${options.ref}`,
    workflow_sha: sha,
    run_id: String(Date.now()),
    run_number: '1',
    run_attempt: '1',
    actor: os.userInfo().username,
    triggering_actor: os.userInfo().username,
    token: '',
    workspace,
    server_url: 'https://github.com',
    api_url: 'https://api.github.com',
    graphql_url: 'https://api.github.com/graphql',
    head_ref: pullRequest ? refName : '',
    base_ref: pullRequest ? 'main' : '',
    retention_days: '0',
    secret_source: 'None',
  };
  const state: RunState = {
    options,
    workspace,
    stateDir,
    temp,
    github,
    eventPath,
    runId: String(github.run_id),
    failed: false,
  };
  const scope = new Scope({ github, inputs: {}, vars: {}, secrets: {} }, { success: true, failure: false }, workspace);
  const declared =
    options.event === 'workflow_dispatch'
      ? get(get(get(workflow.root, 'on'), 'workflow_dispatch'), 'inputs')
      : undefined;
  if (options.event !== 'workflow_dispatch' && Object.keys(options.inputs).length > 0)
    throw new WorkflowError(`--input is for workflow_dispatch; ${options.event} has no inputs`);
  const inputs = typedInputs(declared, options.inputs, options.file, scope);
  options.log(`workflow ${github.workflow} (${options.file}) on ${options.event} ${github.ref} in ${workspace}`);
  try {
    return await runWorkflowFile(state, { workflow, repository, inputs, prefix: '' });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

export function renderReport(report: WorkflowReport, indent = ''): string {
  const lines: string[] = [];
  if (indent === '')
    lines.push(
      '',
      `${report.result === 'success' ? '✅' : '❌'} ${report.name}: ${report.result} (${(report.durationMs / 1000).toFixed(1)} s)`,
    );
  for (const job of report.jobs) {
    const mark = job.result === 'success' ? '✅' : job.result === 'skipped' ? '⏭️' : '❌';
    lines.push(
      `${indent}  ${mark} ${job.id}: ${job.result}${job.reason === undefined ? '' : ` (${job.reason})`}, ${(job.durationMs / 1000).toFixed(1)} s${job.environment === undefined ? '' : `, environment ${job.environment.name}${job.environment.url ? ` ${job.environment.url}` : ''}`}`,
    );
    for (const step of job.steps)
      lines.push(
        `${indent}      ${step.conclusion === 'success' ? '✓' : step.conclusion === 'skipped' ? '-' : '✗'} ${step.name} (${step.outcome}, ${(step.durationMs / 1000).toFixed(1)} s)${step.message ? `: ${step.message}` : ''}`,
      );
    if (job.workflow !== undefined) lines.push(renderReport(job.workflow, `${indent}    `));
  }
  return lines.join('\n');
}
