import { parseArgs } from 'node:util';
import type { ActionName } from '../actions/inputs.js';
import type { Orchestrator } from '../actions/io.js';
import { EXIT_CONFIGURATION, runOrchestrator } from '../actions/run.js';
import { ACTION_SPECS } from '../generated/action-specs.generated.js';
import { type CliValues, createTerminalIO, errorLine, type TerminalIO } from './terminal.js';

/** Orchestrators load lazily so that `mlops --help` and a failing flag answer fast. */
const COMMANDS: Record<ActionName, () => Promise<Orchestrator>> = {
  'validate-data': async () => (await import('../actions/validate-data.js')).runValidateData,
  train: async () => (await import('../actions/train.js')).runTrain,
  evaluate: async () => (await import('../actions/evaluate.js')).runEvaluate,
  'compare-baseline': async () => (await import('../actions/compare-baseline.js')).runCompareBaseline,
  'check-serving-compat': async () => (await import('../actions/check-serving-compat.js')).runCheckServingCompat,
  'load-test': async () => (await import('../actions/load-test.js')).runLoadTestAction,
  promote: async () => (await import('../actions/promote.js')).runPromote,
};

function isAction(name: string | undefined): name is ActionName {
  return name !== undefined && Object.hasOwn(ACTION_SPECS, name);
}

function usage(): string {
  const width = Math.max(...Object.keys(ACTION_SPECS).map((name) => name.length));
  return [
    'mlops: CI/CD/CT for ML models; each command is the GitHub action of the same name, with the same inputs.',
    '',
    'Usage: mlops <command> [--<input> <value> ...] [--json] [--help]',
    '',
    'Commands:',
    ...Object.entries(ACTION_SPECS).map(([name, spec]) => `  ${name.padEnd(width)}  ${spec.description}`),
    '',
    `  ${'serve'.padEnd(width)}  Run the prediction server on a model package ('mlops serve --help').`,
    `  ${'workflow'.padEnd(width)}  Check, lint or run a GitHub workflow locally ('mlops workflow --help').`,
    `  ${'report'.padEnd(width)}  A self-contained HTML report of a pipeline run ('mlops report --help').`,
    `  ${'comment'.padEnd(width)}  The pull-request comment of a pipeline run, written or posted ('mlops comment --help').`,
    `  ${'lineage'.padEnd(width)}  The chain from training data to deployment of a model version.`,
    `  ${'history'.padEnd(width)}  What each stage (dev, staging, production) ran, when, and why.`,
    '',
    'Exit codes: 0 passed, 1 a gate failed, 2 configuration or input error, 3 internal error.',
    "Run 'mlops <command> --help' for a command's inputs.",
  ].join('\n');
}

function commandHelp(action: ActionName): string {
  const spec = ACTION_SPECS[action];
  const lines = [
    `mlops ${action}: ${spec.description}`,
    '',
    `Usage: mlops ${action} [--<input> <value> ...] [--json]`,
    '',
    'Inputs:',
  ];
  for (const [name, input] of Object.entries(spec.inputs)) {
    lines.push(`  --${name}${input.list ? ' (repeatable)' : ''}`);
    lines.push(...wrap(input.description.replace(/\s+/g, ' '), 72).map((line) => `      ${line}`));
  }
  lines.push(
    '',
    'Other options:',
    '  --json   print the result as JSON on stdout (the report goes to stderr)',
    '  --help   this text',
  );
  return lines.join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + word.length + 1 > width) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${usage()}\n`);
    return command === undefined ? EXIT_CONFIGURATION : 0;
  }
  if (command === 'serve') return (await import('./serve.js')).serveCommand(rest);
  if (command === 'comment') return (await import('./comment.js')).commentCommand(rest);
  if (command === 'workflow') return (await import('./workflow.js')).workflowCommand(rest);
  if (command === 'report') return (await import('./report.js')).reportCommand(rest);
  if (command === 'lineage' || command === 'history')
    return (await import('./lineage.js')).lineageCommand(command, rest);
  if (!isAction(command)) {
    process.stderr.write(`mlops: unknown command "${command}"\n\n${usage()}\n`);
    return EXIT_CONFIGURATION;
  }
  const spec = ACTION_SPECS[command];
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {
    json: { type: 'boolean' },
    help: { type: 'boolean' },
  };
  for (const [name, input] of Object.entries(spec.inputs)) options[name] = { type: 'string', multiple: input.list };
  let values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  try {
    ({ values } = parseArgs({ args: [...rest], options, strict: true, allowPositionals: false }));
  } catch (error) {
    process.stderr.write(
      `mlops ${command}: ${(error as Error).message.split('\n')[0]}; see 'mlops ${command} --help'\n`,
    );
    return EXIT_CONFIGURATION;
  }
  if (values.help === true) {
    process.stdout.write(`${commandHelp(command)}\n`);
    return 0;
  }
  const json = values.json === true;
  const io = terminalIO(values, json);
  const { exitCode, failure } = await runOrchestrator(await COMMANDS[command](), io, command);
  io.close();
  if (failure !== undefined) {
    process.stderr.write(errorLine(command, failure.message));
    if (failure.stack !== undefined && process.env.MLOPS_DEBUG !== undefined)
      process.stderr.write(`${failure.stack}\n`);
    if (json) process.stdout.write(`${JSON.stringify({ error: failure })}\n`);
  }
  return exitCode;
}

/** The terminal's ActionIO (src/cli/terminal.ts): report and progress bars on stdout, or stderr under --json. */
function terminalIO(values: CliValues, json: boolean): TerminalIO {
  return createTerminalIO(values, json);
}

process.exitCode = await main(process.argv.slice(2));
