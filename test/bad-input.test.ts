/**
 * The bad-input corpus, through the CLI as a user meets it. Every case must be a configuration error (exit 2)
 * reported on ONE line of stderr that names the file (and the line and column where that applies), with no
 * stack trace, short enough to read (under 400 characters) however large or strange the input.
 *
 * Small inputs are committed in test/fixtures/bad-input/; large ones are generated here.
 * (The test command builds before vitest, so dist/ exists.)
 */

import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CliRun, runCli } from './cli-process.js';
import { useSharedTempDir } from './temp-dir.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Relative to the repository root, which is the CLI's working directory here: messages show it as given. */
const FIXTURES = 'test/fixtures/bad-input';
const OK = `${FIXTURES}/ok.csv`;

const temp = useSharedTempDir('mlops-bad-input-test-');

interface Case {
  name: string;
  /** validate-data flags, without --output. */
  args: () => Promise<string[]> | string[];
  /** The file the message must name. */
  file: () => string;
  /** Where the message must point, when a position applies. */
  line?: number;
  column?: number;
  /** More text the message must contain, e.g. the unknown key. */
  mentions?: string[];
}

const fixture = (name: string) => `${FIXTURES}/${name}`;
const asData = (name: string): Pick<Case, 'args' | 'file'> => ({
  args: () => ['--data', fixture(name)],
  file: () => fixture(name),
});

const CASES: Case[] = [
  // CSV quoting (RFC 4180).
  { name: 'CSV: a quoted field never closed', ...asData('unterminated-quote.csv'), line: 2, column: 3 },
  { name: 'CSV: a stray quote inside an unquoted field', ...asData('stray-quote.csv'), line: 3, column: 4 },
  { name: 'CSV: text after a closing quote', ...asData('text-after-quote.csv'), line: 2, column: 11 },
  // Random bytes with NUL bytes, invalid UTF-8 and line breaks, and deliberately no double quote: it must be
  // refused as binary, not merely trip over a quote by chance.
  { name: 'CSV: binary garbage (random bytes with NUL)', ...asData('binary-garbage.csv') },
  // JSON Lines.
  { name: 'JSONL: invalid UTF-8', ...asData('invalid-utf8.jsonl'), line: 2 },
  { name: 'JSONL: a line holding a JSON array', ...asData('array-line.jsonl'), line: 2 },
  { name: 'JSONL: a JSON syntax error', ...asData('syntax-error.jsonl'), line: 3, column: 16 },
  // Parquet.
  { name: 'Parquet: a text file named .parquet', ...asData('text.parquet') },
  { name: 'Parquet: a truncated file', ...asData('truncated.parquet') },
  // Paths.
  { name: 'a directory as data', args: () => ['--data', FIXTURES], file: () => FIXTURES },
  {
    name: 'a nonexistent file',
    args: () => ['--data', fixture('no-such-file.csv')],
    file: () => fixture('no-such-file.csv'),
  },
  { name: 'an unknown extension', ...asData('unknown-extension.xyz') },
  // Schemas and references.
  {
    name: 'schema: a JSON syntax error',
    args: () => ['--data', OK, '--schema', fixture('schema-syntax-error.json')],
    file: () => fixture('schema-syntax-error.json'),
    // The trailing comma before `]` on line 6.
    line: 6,
  },
  {
    name: 'schema: an unknown key',
    args: () => ['--data', OK, '--schema', fixture('schema-unknown-key.json')],
    file: () => fixture('schema-unknown-key.json'),
    mentions: ['featurez'],
  },
  {
    name: 'reference: a profile of another version',
    args: () => ['--data', OK, '--reference', fixture('profile-wrong-version.json')],
    file: () => fixture('profile-wrong-version.json'),
    mentions: ['999'],
  },
  {
    // Right format marker and version, wrong structure (`columns` is not a list): a bad file, not a bug.
    name: 'reference: a profile of the wrong shape',
    args: () => ['--data', OK, '--reference', fixture('profile-wrong-shape.json')],
    file: () => fixture('profile-wrong-shape.json'),
  },
  {
    name: 'CSV: a 1 MB field with an unterminated quote (generated)',
    args: async () => {
      const file = temp.path('huge-unterminated.csv');
      await writeFile(file, `id,comment\n1,"${'x'.repeat(1024 * 1024)}`);
      return ['--data', file];
    },
    file: () => temp.path('huge-unterminated.csv'),
    line: 2,
    column: 3,
  },
];

function mlops(args: readonly string[]): Promise<CliRun> {
  return runCli(args, { cwd: root, drop: /^(INPUT_|MLOPS_)/ });
}

describe('bad input through mlops validate-data', () => {
  it('has a clean control: the fixture data itself is valid', async () => {
    const run = await mlops(['validate-data', '--data', OK, '--output', temp.path('control')]);
    expect(run.code, run.stderr).toBe(0);
  });

  it.concurrent.for(CASES)('$name: exit 2, one short line naming the file', async (testCase, { expect }) => {
    const args = await testCase.args();
    const run = await mlops(['validate-data', ...args, '--output', temp.path('out', testCase.name)]);
    const { stderr } = run;
    expect(run.code, stderr).toBe(2);
    // ONE line and nothing else: a single newline, at the end; no other control characters (such as NUL or CR).
    expect(stderr, 'stderr is not exactly one line').toMatch(/^[^\n]+\n$/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being looked for.
    expect(stderr.slice(0, -1), 'control characters in the message').not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(stderr).not.toContain('    at ');
    expect(stderr).not.toContain('internal error');
    expect(stderr.length).toBeLessThan(400);
    expect(stderr).toContain(testCase.file());
    if (testCase.line !== undefined) expect(stderr).toMatch(new RegExp(`\\bline ${testCase.line}\\b`));
    if (testCase.column !== undefined) expect(stderr).toMatch(new RegExp(`\\bcolumn ${testCase.column}\\b`));
    for (const text of testCase.mentions ?? []) expect(stderr).toContain(text);
    expect(run.stdout).toBe('');
  });
});
