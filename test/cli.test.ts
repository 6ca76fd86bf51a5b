/**
 * The CLI as a user runs it: real `node bin/mlops.js` processes, checked by exit code, stdout and stderr.
 * Exit codes: 0 passed, 1 a gate failed, 2 configuration or input error, 3 internal error.
 * (The test command builds before vitest, so dist/ exists.)
 */

import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type CliRun, runCli } from './cli-process.js';
import { useTempDir } from './temp-dir.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = path.join(root, 'examples/churn');
const TRAIN = path.join(example, 'data/train.csv');
const EVAL = path.join(example, 'data/eval.csv');
const DRIFTED = path.join(example, 'data/serving-drifted.csv');
const SCHEMA = path.join(example, 'schema.json');
const COMMANDS = [
  'check-serving-compat',
  'compare-baseline',
  'evaluate',
  'load-test',
  'promote',
  'train',
  'validate-data',
];

const temp = useTempDir('mlops-cli-test-');

function mlops(args: readonly string[], cwd: string = temp.dir): Promise<CliRun> {
  return runCli(args, { cwd, drop: /^(INPUT_|MLOPS_)/ });
}

/** The example's files, with output into the temp dir so runs never write into the repository. */
function validate(data: string, ...more: string[]): Promise<CliRun> {
  return mlops([
    'validate-data',
    '--data',
    data,
    '--reference',
    TRAIN,
    '--schema',
    SCHEMA,
    '--output',
    temp.path('out'),
    ...more,
  ]);
}

function expectOneLine(text: string): void {
  expect(text, 'expected exactly one line').toMatch(/^[^\n]+\n$/);
  expect(text).not.toContain('    at ');
}

describe('mlops', () => {
  it('--help lists all seven commands and exits 0', async () => {
    const run = await mlops(['--help']);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\s`, 'm'));
  });

  it('exits 2 with usage when given no command', async () => {
    const run = await mlops([]);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toContain('Usage: mlops <command>');
  });

  it('exits 2 on an unknown command, naming it', async () => {
    const run = await mlops(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('mlops validate-data', () => {
  it('--help lists every input of actions/validate-data/action.yml as --<name>', async () => {
    const meta = parse(await readFile(path.join(root, 'actions/validate-data/action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    const run = await mlops(['validate-data', '--help']);
    expect(run.code).toBe(0);
    const names = Object.keys(meta.inputs);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(run.stdout).toMatch(new RegExp(`^  --${name}(\\s|$)`, 'm'));
  });

  it('exits 2 on an unknown flag with a one-line message', async () => {
    const run = await mlops(['validate-data', '--data', EVAL, '--no-such-flag', 'x']);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain('--no-such-flag');
    expect(run.stdout).toBe('');
  });

  it('passes on the clean example (exit 0)', async () => {
    const run = await validate(EVAL);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('validate-data: PASSED');
    expect(existsSync(temp.path('out/result.json'))).toBe(true);
  });

  it('--json prints parseable JSON on stdout and the report on stderr', async () => {
    const run = await validate(EVAL, '--json');
    expect(run.code, run.stderr).toBe(0);
    const document = JSON.parse(run.stdout) as { verdict: { passed: boolean; checks: unknown[] } };
    expect(document.verdict.passed).toBe(true);
    expect(document.verdict.checks.length).toBeGreaterThan(0);
    expect(run.stderr).toContain('validate-data: PASSED');
  });

  it('exits 1 on drifted data with --fail-on drift', async () => {
    const run = await validate(DRIFTED, '--fail-on', 'drift');
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('validate-data: FAILED');
    expect(run.stdout).toContain('DRIFT');
  });

  it('--json on a failed gate still prints the verdict, with passed false', async () => {
    const run = await validate(DRIFTED, '--fail-on', 'drift', '--json');
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { verdict: { passed: boolean } }).verdict.passed).toBe(false);
  });

  it('exits 2 on --fail-on bogus, naming the allowed values', async () => {
    const run = await validate(EVAL, '--fail-on', 'bogus');
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain('fail-on');
    expect(run.stderr).toContain('"bogus"');
    for (const allowed of ['schema', 'drift', 'none']) expect(run.stderr).toContain(allowed);
  });

  it('exits 2 with a one-line error when a required path is missing', async () => {
    const missing = temp.path('missing.csv');
    const run = await mlops(['validate-data', '--data', missing, '--output', temp.path('out')]);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain(missing);
  });

  // validate-data has no boolean-like input ('true'/'false'), so refusing `yes` cannot be tested through it.
});

describe('mlops validate-data --config', () => {
  /** A project folder holding data, schema and mlops.yml, with paths in the file relative to the file. */
  async function project(yml: string): Promise<string> {
    const folder = temp.path('project');
    await mkdir(path.join(folder, 'data'), { recursive: true });
    for (const [from, to] of [
      [TRAIN, 'data/train.csv'],
      [EVAL, 'data/eval.csv'],
      [DRIFTED, 'data/serving-drifted.csv'],
      [SCHEMA, 'schema.json'],
    ] as const) {
      await writeFile(path.join(folder, to), await readFile(from));
    }
    const file = path.join(folder, 'mlops.yml');
    await writeFile(file, yml);
    return file;
  }

  const CONFIG = [
    'version: 1',
    'validate-data:',
    '  data: data/eval.csv',
    '  reference: data/train.csv',
    '  schema: schema.json',
    '  fail-on: drift',
    '  output: out',
    '',
  ].join('\n');

  it('reads paths relative to the mlops.yml folder, from another working directory', async () => {
    const config = await project(CONFIG);
    const elsewhere = temp.path('elsewhere');
    await mkdir(elsewhere);
    const run = await mlops(['validate-data', '--config', config, '--json'], elsewhere);
    expect(run.code, run.stderr).toBe(0);
    const document = JSON.parse(run.stdout) as { verdict: { passed: boolean }; sources: Array<{ path: string }> };
    expect(document.verdict.passed).toBe(true);
    expect(document.sources.map((source) => path.resolve(elsewhere, source.path))).toEqual([
      temp.path('project/data/eval.csv'),
    ]);
    expect(existsSync(temp.path('project/out/result.json'))).toBe(true);
    expect(existsSync(path.join(elsewhere, 'out'))).toBe(false);
  });

  it('reads paths relative to the mlops.yml folder when --config itself is relative', async () => {
    await project(CONFIG);
    const run = await mlops(['validate-data', '--config', path.join('project', 'mlops.yml')], temp.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(temp.path('project/out/result.json'))).toBe(true);
  });

  it('lets a CLI flag override the file', async () => {
    const config = await project(CONFIG);
    const elsewhere = temp.path('elsewhere');
    await mkdir(elsewhere);
    // The file's data passes; the flag's drifted data fails under the file's fail-on: drift.
    const run = await mlops(['validate-data', '--config', config, '--data', DRIFTED, '--json'], elsewhere);
    expect(run.code, run.stderr).toBe(1);
    const document = JSON.parse(run.stdout) as { verdict: { passed: boolean }; sources: Array<{ path: string }> };
    expect(document.verdict.passed).toBe(false);
    expect(document.sources.map((source) => source.path)).toEqual([DRIFTED]);
    // And a flag overrides the file's fail-on too.
    const lenient = await mlops(
      ['validate-data', '--config', config, '--data', DRIFTED, '--fail-on', 'none'],
      elsewhere,
    );
    expect(lenient.code, lenient.stderr).toBe(0);
  });

  it('exits 2 on an unknown key in an action section, naming it', async () => {
    const config = await project('version: 1\nvalidate-data:\n  dta: data/eval.csv\n');
    const run = await mlops(['validate-data', '--config', config]);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain('dta');
    expect(run.stderr).toContain(config);
  });

  it('exits 2 on an unknown top-level key, naming it', async () => {
    const config = await project('version: 1\ndata: data/eval.csv\nvalidate_data:\n  fail-on: drift\n');
    const run = await mlops(['validate-data', '--config', config]);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain('validate_data');
  });

  it('exits 2 on invalid YAML, naming the file', async () => {
    const config = await project('version: 1\nvalidate-data: [\n  data: data/eval.csv\n');
    const run = await mlops(['validate-data', '--config', config]);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain(config);
    expect(run.stderr).toContain('not valid YAML');
  });

  it('exits 2 on a missing configuration file, naming it', async () => {
    const config = temp.path('nowhere/mlops.yml');
    const run = await mlops(['validate-data', '--config', config]);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain(config);
  });
});
