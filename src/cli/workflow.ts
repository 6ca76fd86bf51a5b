/** `mlops workflow check|lint|run`: GitHub's parser, the security rules and the local runner. */
import { parseArgs } from 'node:util';
import { describeThrown } from '../core/errors.js';
import type { Json } from '../workflow/expressions.js';
import { type Finding, lintWorkflow } from '../workflow/lint.js';
import { formatProblem, type WorkflowProblem } from '../workflow/parse.js';
import { EVENTS, type EventName, loadWorkflow, renderReport, runWorkflow, WorkflowError } from '../workflow/run.js';

const USAGE = `Usage:
  mlops workflow check <file>...   parse with GitHub's workflow parser; exit 1 on any error (file:line:column)
  mlops workflow lint <file>...    security rules (permissions, injection, pinning, credentials, caches, …)
  mlops workflow run <file> [--event push|pull_request|workflow_dispatch|schedule|repository_dispatch]
        [--input name=value ...] [--ref refs/heads/main] [--approve production,staging] [--workdir DIR]
        [--payload event.json] [--json]
                                   run the workflow on this machine, jobs in needs order

Options: --json prints the result as JSON on stdout (logs go to stderr).
Exit codes: 0 success, 1 errors/findings/failed workflow, 2 usage or configuration error.`;

export async function workflowCommand(argv: readonly string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(rest);
  } catch (error) {
    process.stderr.write(`mlops workflow ${sub}: ${describeThrown(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const json = values.json === true;
  if (positionals.length === 0) {
    process.stderr.write(`mlops workflow ${sub}: name at least one workflow file\n`);
    return 2;
  }
  try {
    if (sub === 'check') return await check(positionals, json);
    if (sub === 'lint') return await lint(positionals, json);
    if (sub === 'run') return await run(positionals, values, json);
  } catch (error) {
    process.stderr.write(`mlops workflow ${sub}: error: ${describeThrown(error, 4000)}\n`);
    if (json) process.stdout.write(`${JSON.stringify({ error: describeThrown(error, 4000) })}\n`);
    return error instanceof WorkflowError ? 2 : 3;
  }
  process.stderr.write(`mlops workflow: unknown subcommand "${sub}"\n\n${USAGE}\n`);
  return 2;
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      help: { type: 'boolean' },
      event: { type: 'string' },
      input: { type: 'string', multiple: true },
      ref: { type: 'string' },
      approve: { type: 'string', multiple: true },
      workdir: { type: 'string' },
      payload: { type: 'string' },
    },
  });
}

async function check(files: string[], json: boolean): Promise<number> {
  const problems: WorkflowProblem[] = [];
  for (const file of files) {
    const workflow = await loadWorkflow(file);
    problems.push(...workflow.errors);
    if (!json) process.stdout.write(workflow.errors.length === 0 ? `${file}: ok\n` : '');
  }
  if (json) process.stdout.write(`${JSON.stringify({ errors: problems }, null, 2)}\n`);
  else for (const problem of problems) process.stdout.write(`${formatProblem(problem)}\n`);
  return problems.length === 0 ? 0 : 1;
}

async function lint(files: string[], json: boolean): Promise<number> {
  const findings: Finding[] = [];
  const errors: WorkflowProblem[] = [];
  for (const file of files) {
    const workflow = await loadWorkflow(file);
    errors.push(...workflow.errors);
    if (workflow.root !== undefined) findings.push(...lintWorkflow(workflow));
  }
  if (json) process.stdout.write(`${JSON.stringify({ findings, errors }, null, 2)}\n`);
  else {
    for (const problem of errors) process.stdout.write(`${formatProblem(problem)}\n`);
    for (const finding of findings)
      process.stdout.write(
        `${finding.file}:${finding.line}: [${finding.rule}] ${finding.message}\n    fix: ${finding.fix}\n`,
      );
    process.stdout.write(`${findings.length} finding(s) in ${files.length} file(s)\n`);
  }
  return findings.length === 0 && errors.length === 0 ? 0 : 1;
}

async function run(files: string[], values: ReturnType<typeof parseOptions>['values'], json: boolean): Promise<number> {
  if (files.length !== 1) throw new WorkflowError('run takes exactly one workflow file');
  const event = values.event ?? 'push';
  if (!(EVENTS as readonly string[]).includes(event))
    throw new WorkflowError(`--event ${event}: expected one of ${EVENTS.join(', ')}`);
  const inputs: Record<string, string> = {};
  for (const pair of values.input ?? []) {
    const equals = pair.indexOf('=');
    if (equals <= 0) throw new WorkflowError(`--input ${pair}: expected name=value`);
    inputs[pair.slice(0, equals)] = pair.slice(equals + 1);
  }
  let payload: { [key: string]: Json } | undefined;
  if (values.payload !== undefined) {
    const { readFile } = await import('node:fs/promises');
    const parsedPayload: unknown = JSON.parse(await readFile(values.payload, 'utf8'));
    if (parsedPayload === null || typeof parsedPayload !== 'object' || Array.isArray(parsedPayload))
      throw new WorkflowError(`--payload ${values.payload}: expected a JSON object`);
    payload = Object.fromEntries(Object.entries(parsedPayload)) as { [key: string]: Json };
  }
  const out = json ? process.stderr : process.stdout;
  const report = await runWorkflow({
    file: files[0]!,
    event: event as EventName,
    inputs,
    ref: values.ref ?? 'refs/heads/main',
    approve: (values.approve ?? [])
      .flatMap((value) => value.split(','))
      .map((name) => name.trim())
      .filter(Boolean),
    workdir: values.workdir ?? process.cwd(),
    ...(payload === undefined ? {} : { payload }),
    log: (line) => out.write(`${line}\n`),
  });
  out.write(`${renderReport(report)}\n`);
  if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return report.result === 'success' ? 0 : 1;
}
