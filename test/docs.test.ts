/**
 * The docs against the code. Every message quoted in docs/troubleshooting.md (the lines of its ```text blocks) is
 * real: a failing command prints it, or a string in src/ produces it. A representative set of failing commands runs
 * through `node bin/mlops.js` and must print what the page documents. Relative links resolve; docs/cli.md names
 * every command of `mlops --help`, and every action input is in `mlops <action> --help`.
 * (The test command builds before vitest, so dist/ exists.)
 */

import { existsSync } from 'node:fs';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type CliRun, runCli } from './cli-process.js';
import { useSharedTempDir } from './temp-dir.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const TRAIN = path.join(root, 'examples/churn/data/train.csv');
const EVAL = path.join(root, 'examples/churn/data/eval.csv');
const ACTIONS = [
  'validate-data',
  'train',
  'evaluate',
  'compare-baseline',
  'check-serving-compat',
  'load-test',
  'promote',
];

const temp = useSharedTempDir('mlops-docs-test-');

function mlops(args: readonly string[], cwd = temp.dir): Promise<CliRun> {
  return runCli(args, { cwd, drop: /^(INPUT_|MLOPS_|FORCE_COLOR$|CI$)/, env: { NO_COLOR: '1' } });
}

/** `<file>`, `<value>`, …: what a message fills in. */
const PLACEHOLDER = /<[a-z][a-z0-9 -]*>/g;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A documented line as a pattern over printed output: placeholders match any text on the line. */
function outputPattern(documented: string): RegExp {
  const parts = documented.split(PLACEHOLDER).map(escapeRegExp);
  return new RegExp(parts.join('.+?'));
}

/** The lines of the ```text blocks of docs/troubleshooting.md. */
async function documentedMessages(): Promise<string[]> {
  const text = await readFile(path.join(root, 'docs/troubleshooting.md'), 'utf8');
  const lines: string[] = [];
  for (const match of text.matchAll(/^```text\n([\s\S]*?)^```$/gm)) {
    lines.push(...(match[1] ?? '').split('\n').filter((line) => line.trim() !== ''));
  }
  return lines;
}

/** The message itself, without the CLI's `mlops <action>: error: ` or a refusal's `FAIL <check>: `. */
function messageOf(line: string): string {
  return line.replace(/^mlops [a-z<>-]+: error: /, '').replace(/^\s*FAIL [\w.-]+: /, '');
}

/** A string or template literal of src/ as a pattern (`${…}` matches anything), and how much fixed text it has. */
interface SourcePattern {
  pattern: RegExp;
  fixed: number;
}

/** Every string and template literal in src/ with some fixed text. */
async function sourcePatterns(): Promise<SourcePattern[]> {
  const files = (await readdir(path.join(root, 'src'), { recursive: true })).filter((file) => file.endsWith('.ts'));
  const patterns: SourcePattern[] = [];
  for (const file of files) {
    const text = await readFile(path.join(root, 'src', file), 'utf8');
    for (const match of text.matchAll(/`((?:\\[\s\S]|\$\{(?:[^{}`]|\{[^{}`]*\})*\}|[^`\\$]|\$(?!\{))*)`/g)) {
      const body = match[1] ?? '';
      if (body.length < 12) continue;
      const parts = body.split(/\$\{(?:[^{}`]|\{[^{}`]*\})*\}/).map((part) => part.replace(/\\([`'"\\$])/g, '$1'));
      const fixed = parts.join('').length;
      if (fixed >= 12) patterns.push({ pattern: new RegExp(`^${parts.map(escapeRegExp).join('[\\s\\S]*?')}$`), fixed });
    }
    for (const match of text.matchAll(/'((?:\\.|[^'\\\n])*)'/g)) {
      const body = match[1] ?? '';
      const fixed = body.replace(/\\([`'"\\])/g, '$1');
      if (fixed.length >= 12) patterns.push({ pattern: new RegExp(`^${escapeRegExp(fixed)}$`), fixed: fixed.length });
    }
  }
  return patterns;
}

interface Case {
  name: string;
  args: () => string[];
  /** 2 for an error, 1 for a refusal (a failed gate). */
  code: number;
  /** A fragment that picks the documented line this run must print. */
  doc: string;
}

const CASES: Case[] = [
  { name: 'missing input', args: () => ['evaluate', '--data', EVAL], code: 2, doc: 'is required: set it with' },
  {
    name: 'bad fail-on value',
    args: () => ['validate-data', '--data', EVAL, '--fail-on', 'bogus'],
    code: 2,
    doc: 'expected one of: <allowed>',
  },
  {
    name: 'missing file',
    args: () => ['validate-data', '--data', 'nope.csv'],
    code: 2,
    doc: 'check the path (relative',
  },
  {
    name: 'binary file',
    args: () => ['validate-data', '--data', path.join(root, 'test/fixtures/bad-input/binary-garbage.csv')],
    code: 2,
    doc: 'a NUL byte',
  },
  {
    name: 'missing label column',
    args: () => ['train', '--data', TRAIN, '--label', 'no_such_label', '--output', 'out-train'],
    code: 2,
    doc: 'mlops train: error: <file> has no column',
  },
  {
    name: 'missing label column (evaluate)',
    args: () => ['evaluate', '--model', 'model/model', '--data', EVAL, '--label', 'no_such_label', '--output', 'e'],
    code: 2,
    doc: 'mlops evaluate: error: <file> has no column',
  },
  {
    name: 'single-class label',
    args: () => ['train', '--data', 'one-class.csv', '--label', 'y', '--output', 'out-train'],
    code: 2,
    doc: 'has a single class',
  },
  {
    name: 'bad params JSON',
    args: () => ['train', '--data', TRAIN, '--label', 'churned', '--params', '{bad', '--output', 'out-train'],
    code: 2,
    doc: 'input `params` is not valid JSON',
  },
  {
    name: 'fractional epochs',
    args: () => ['train', '--data', TRAIN, '--label', 'churned', '--epochs', '2.5', '--output', 'out-train'],
    code: 2,
    doc: '`epochs` must be a whole number',
  },
  {
    name: 'unknown metric threshold',
    args: () => ['evaluate', '--config', 'thresholds.yml', '--model', 'model/model', '--data', EVAL, '--output', 'e'],
    code: 2,
    doc: 'which is not a <task> metric',
  },
  {
    name: 'model digest tampered',
    args: () => ['evaluate', '--model', 'tampered', '--data', EVAL, '--label', 'churned', '--output', 'e'],
    code: 2,
    doc: 'has digest sha256:<digest>',
  },
  {
    name: 'missing model',
    args: () => ['evaluate', '--model', 'no-such-model', '--data', EVAL, '--output', 'e'],
    code: 2,
    doc: 'model: <directory> does not exist',
  },
  {
    name: 'bad slice',
    args: () => ['evaluate', '--model', 'model/model', '--data', EVAL, '--slices', 'plan &', '--output', 'e'],
    code: 2,
    doc: 'has an empty feature name',
  },
  {
    name: 'bad memory-limit',
    args: () => ['check-serving-compat', '--model', 'model/model', '--memory-limit', 'lots', '--output', 'c'],
    code: 2,
    doc: 'is not a memory quantity',
  },
  {
    name: 'unknown stage',
    args: () => ['promote', '--to', 'qa', '--model', 'model/model', '--registry', 'registry'],
    code: 2,
    doc: 'input `to` is "<stage>"',
  },
  { name: 'no stage', args: () => ['promote', '--model', 'model/model'], code: 2, doc: 'promote: set `to`' },
  {
    name: 'promote without evidence',
    args: () => ['promote', '--to', 'dev', '--model', 'model/model', '--registry', 'registry'],
    code: 1,
    doc: 'FAIL evidence.data',
  },
  {
    name: 'baseline stage with no model',
    args: () => [
      'compare-baseline',
      ...['--model', 'model/model', '--data', EVAL, '--baseline', 'production', '--registry', 'registry'],
    ],
    code: 2,
    doc: 'has no model in <registry>',
  },
  {
    name: 'bad target-url',
    args: () => ['load-test', '--model', 'model/model', '--data', EVAL, '--target-url', 'ftp://x', '--output', 'l'],
    code: 2,
    doc: 'must be http or https',
  },
  {
    name: 'missing configuration file',
    args: () => ['validate-data', '--config', 'nowhere.yml'],
    code: 2,
    doc: 'cannot read the configuration file',
  },
  {
    name: 'unknown configuration key',
    args: () => ['validate-data', '--config', 'unknown-key.yml'],
    code: 2,
    doc: 'unknown key `<key>`',
  },
  {
    name: 'schema not JSON',
    args: () => ['validate-data', '--data', EVAL, '--schema', EVAL, '--output', 'v'],
    code: 2,
    doc: 'the schema <file> is not valid JSON',
  },
  {
    name: 'nothing to validate',
    args: () => ['validate-data', '--output', 'v'],
    code: 2,
    doc: 'nothing to validate',
  },
];

let documented: string[] = [];
const printed = new Map<string, CliRun>();

beforeAll(async () => {
  documented = await documentedMessages();
  // A small real package (2 epochs), and a copy whose model.onnx no longer matches its manifest.
  const trained = await mlops([
    'train',
    ...['--data', TRAIN, '--label', 'churned', '--params', '{"epochs": 2}', '--output', 'model'],
  ]);
  expect(trained.code, trained.stderr).toBe(0);
  await cp(temp.path('model/model'), temp.path('tampered'), { recursive: true });
  await writeFile(temp.path('tampered/model.onnx'), Buffer.from('tampered'), { flag: 'a' });
  const rows = Array.from({ length: 200 }, (_, i) => `${i},${i * 2},1`);
  await writeFile(temp.path('one-class.csv'), `a,b,y\n${rows.join('\n')}\n`);
  await writeFile(
    temp.path('thresholds.yml'),
    'version: 1\nlabel: churned\nevaluate:\n  thresholds:\n    bogusMetric: { min: 0.5 }\n',
  );
  await writeFile(temp.path('unknown-key.yml'), 'version: 1\nvalidate-data:\n  dta: data.csv\n');
}, 120_000);

describe('docs/troubleshooting.md', () => {
  it('quotes enough messages, in every action section', async () => {
    expect(documented.length).toBeGreaterThanOrEqual(25);
    expect(CASES.length).toBeGreaterThanOrEqual(12);
    const text = await readFile(path.join(root, 'docs/troubleshooting.md'), 'utf8');
    for (const action of ACTIONS) expect(text).toMatch(new RegExp(`^## ${action}$`, 'm'));
  });

  it.concurrent.for(CASES)('$name: the printed message is the documented one', async (testCase, { expect }) => {
    const run = await mlops(testCase.args());
    printed.set(testCase.name, run);
    expect(run.code, run.stderr).toBe(testCase.code);
    const lines = documented.filter((line) => line.includes(testCase.doc));
    expect(lines, `exactly one documented line contains ${testCase.doc}`).toHaveLength(1);
    const output = testCase.code === 2 ? run.stderr : run.stdout;
    if (testCase.code === 2) expect(run.stderr, 'the error is one line').toMatch(/^[^\n]+\n$/);
    expect(output).toMatch(outputPattern(lines[0] as string));
  });

  it('every quoted message is real: printed by a run above or produced by a string in src/', async () => {
    const patterns = await sourcePatterns();
    const outputs = [...printed.values()].map((run) => `${run.stdout}${run.stderr}`);
    const unreal: string[] = [];
    for (const line of documented) {
      const printedByRun = outputs.some((output) => outputPattern(line).test(output));
      // The literal must carry at least half of the message's own text, so that `${a}: ${b}` proves nothing.
      const sample = messageOf(line).replace(PLACEHOLDER, 'X');
      const text = messageOf(line).replace(PLACEHOLDER, '').length;
      const produced = patterns.some(({ pattern, fixed }) => fixed >= text / 2 && pattern.test(sample));
      if (!printedByRun && !produced) unreal.push(line);
    }
    expect(unreal).toEqual([]);
  });
});

describe('links', () => {
  it('every relative link in README.md and docs/*.md points at a file or directory that exists', async () => {
    const docs = (await readdir(path.join(root, 'docs'))).filter((file) => file.endsWith('.md'));
    const files = ['README.md', ...docs.map((file) => `docs/${file}`)];
    const broken: string[] = [];
    for (const file of files) {
      const text = await readFile(path.join(root, file), 'utf8');
      for (const match of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const target = match[1] ?? '';
        if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
        const file_ = decodeURIComponent(target.split('#')[0] ?? '');
        if (!existsSync(path.resolve(root, path.dirname(file), file_))) broken.push(`${file}: ${target}`);
      }
    }
    expect(files).toContain('docs/troubleshooting.md');
    expect(broken).toEqual([]);
  });
});

describe('docs/cli.md and --help', () => {
  it.concurrent.for(ACTIONS)('mlops %s --help lists every input of its action.yml', async (action, { expect }) => {
    const meta = parse(await readFile(path.join(root, `actions/${action}/action.yml`), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    const run = await mlops([action, '--help'], root);
    expect(run.code).toBe(0);
    for (const name of Object.keys(meta.inputs)) expect(run.stdout).toMatch(new RegExp(`^  --${name}(\\s|$)`, 'm'));
  });

  it('docs/cli.md has a section for every command of mlops --help, and every action input', async () => {
    const run = await mlops(['--help'], root);
    expect(run.code).toBe(0);
    const commands = [...run.stdout.matchAll(/^ {2}([a-z][a-z-]*) {2,}\S/gm)].map((match) => match[1] as string);
    expect(commands).toEqual(expect.arrayContaining([...ACTIONS, 'serve', 'report', 'comment', 'workflow']));
    expect(commands).toEqual(expect.arrayContaining(['lineage', 'history']));
    const cli = await readFile(path.join(root, 'docs/cli.md'), 'utf8');
    for (const command of commands) expect(cli).toMatch(new RegExp(`^### \`mlops ${command}[\` ]`, 'm'));
    for (const action of ACTIONS) {
      const meta = parse(await readFile(path.join(root, `actions/${action}/action.yml`), 'utf8')) as {
        inputs: Record<string, unknown>;
      };
      const section = cli.split(`### \`mlops ${action}\``)[1]?.split('\n### ')[0] ?? '';
      for (const name of Object.keys(meta.inputs)) expect(section).toContain(`\`--${name}\``);
    }
  });
});
