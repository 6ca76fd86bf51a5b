/**
 * The actions' metadata (actions/<name>/action.yml) is what GitHub reads; the code's input and output names are
 * generated from it. These tests hold the two together: the metadata is well formed and points at a built entry,
 * the generated files are fresh, and the real validate-data action writes exactly the outputs it declares.
 * (The test command builds before vitest, so dist/ exists.)
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useSharedTempDir } from './temp-dir.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const actionsDir = path.join(root, 'actions');
const distDir = path.join(root, 'dist');
const example = path.join(root, 'examples/churn');
/** What GitHub substitutes the job's token for; a GitHub expression, not a template literal. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template literal.
const GITHUB_TOKEN_EXPRESSION = '${{ github.token }}';

interface InputMetadata {
  description?: unknown;
  required?: unknown;
  default?: unknown;
}

interface ActionMetadata {
  name?: unknown;
  description?: unknown;
  inputs?: Record<string, InputMetadata>;
  outputs?: Record<string, { description?: unknown }>;
  runs?: { using?: unknown; main?: unknown };
}

const ACTION_NAMES = (await readdir(actionsDir, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

async function metadata(action: string): Promise<ActionMetadata> {
  return parse(await readFile(path.join(actionsDir, action, 'action.yml'), 'utf8')) as ActionMetadata;
}

/** The build script's generators; loaded by URL because it is plain JavaScript without type declarations. */
interface BuildScript {
  SPEC_FILE: string;
  CONFIG_SCHEMA_FILE: string;
  VERSIONS_FILE: string;
  WASM_MODULES: Array<{ source: string; file: string; name: string }>;
  renderWasm(module: { source: string; file: string; name: string }): Promise<string>;
  renderSpecs(): Promise<string>;
  renderConfigSchema(): Promise<string>;
  renderVersions(): Promise<string>;
  renderReadme(action: string, readme: string): Promise<string>;
  VALIDATORS_DIR: string;
  PRECOMPILED_SCHEMAS: string[];
  renderValidators(): Promise<Record<string, string>>;
}

async function buildScript(): Promise<BuildScript> {
  return (await import(pathToFileURL(path.join(root, 'scripts/build.mjs')).href)) as BuildScript;
}

it('finds the seven actions', () => {
  expect(ACTION_NAMES).toEqual([
    'check-serving-compat',
    'compare-baseline',
    'evaluate',
    'load-test',
    'promote',
    'train',
    'validate-data',
  ]);
});

describe.each(ACTION_NAMES)('actions/%s/README.md', (action) => {
  it('has input and output tables equal to action.yml (run npm run build to regenerate them)', async () => {
    const readme = await readFile(path.join(root, 'actions', action, 'README.md'), 'utf8');
    const build = await buildScript();
    expect(await build.renderReadme(action, readme)).toBe(readme);
    // Every input and output is in the tables, named as in action.yml.
    const meta = await metadata(action);
    for (const name of [...Object.keys(meta.inputs ?? {}), ...Object.keys(meta.outputs ?? {})]) {
      expect(readme).toContain(`| \`${name}\` |`);
    }
  });

  it('fails loudly when the table markers are missing', async () => {
    const build = await buildScript();
    await expect(build.renderReadme(action, '# no markers\n')).rejects.toThrow(/inputs:start\/end/);
  });
});

it('records the onnxruntime-node version the actions install, as installed', async () => {
  const build = await buildScript();
  expect(await readFile(build.VERSIONS_FILE, 'utf8')).toBe(await build.renderVersions());
  const installed = JSON.parse(
    await readFile(path.join(root, 'node_modules/onnxruntime-node/package.json'), 'utf8'),
  ) as {
    version: string;
  };
  expect(await readFile(build.VERSIONS_FILE, 'utf8')).toContain(`'${installed.version}'`);
});

describe.each(ACTION_NAMES)('actions/%s/action.yml', (action) => {
  it('parses as a YAML mapping with a name and a description', async () => {
    const meta = await metadata(action);
    expect(meta).toBeTypeOf('object');
    expect(meta.name).toBeTypeOf('string');
    expect(meta.description).toBeTypeOf('string');
    expect(String(meta.description).trim()).not.toBe('');
  });

  it('sits in a folder holding only action.yml and README.md', async () => {
    const entries = (await readdir(path.join(actionsDir, action))).sort();
    expect(entries).toEqual(['README.md', 'action.yml']);
  });

  it('runs on node24', async () => {
    expect((await metadata(action)).runs?.using).toBe('node24');
  });

  it('has runs.main resolving, from the action folder, to its built entry in dist/', async () => {
    const main = (await metadata(action)).runs?.main;
    expect(main).toBeTypeOf('string');
    const resolved = path.resolve(actionsDir, action, String(main));
    expect(path.relative(distDir, resolved).startsWith('..'), `${resolved} is outside dist/`).toBe(false);
    expect(resolved).toBe(path.join(distDir, action, 'index.js'));
    expect(existsSync(resolved) && statSync(resolved).isFile(), `${resolved} does not exist: run npm run build`).toBe(
      true,
    );
  });

  it('gives every input a description and `required`, and every output a description', async () => {
    const meta = await metadata(action);
    expect(Object.keys(meta.inputs ?? {}).length).toBeGreaterThan(0);
    for (const [name, input] of Object.entries(meta.inputs ?? {})) {
      expect(input.description, `input ${name}: description`).toBeTypeOf('string');
      expect(String(input.description).trim(), `input ${name}: description`).not.toBe('');
      expect(input.required, `input ${name}: required`).toBeTypeOf('boolean');
    }
    expect(Object.keys(meta.outputs ?? {}).length).toBeGreaterThan(0);
    for (const [name, output] of Object.entries(meta.outputs ?? {})) {
      expect(output.description, `output ${name}: description`).toBeTypeOf('string');
    }
  });

  it('declares no input default (except promote.github-token)', async () => {
    // Defaults live in the code, not in action.yml: GitHub passes an action.yml default as if the user had set
    // the input, and an input wins over mlops.yml, so a metadata default would silently shadow every value the
    // configuration file supplies. The one exception is `${{ github.token }}`, which only the runner can supply
    // and which mlops.yml must never hold.
    const meta = await metadata(action);
    const withDefault = Object.entries(meta.inputs ?? {})
      .filter(([, input]) => input.default !== undefined)
      .map(([name]) => name);
    expect(withDefault).toEqual(action === 'promote' ? ['github-token'] : []);
    if (action === 'promote') expect(meta.inputs?.['github-token']?.default).toBe(GITHUB_TOKEN_EXPRESSION);
  });
});

describe('generated files', () => {
  it('src/generated/action-specs.generated.ts equals a fresh renderSpecs()', async () => {
    const build = await buildScript();
    expect(build.SPEC_FILE).toBe(path.join(root, 'src/generated/action-specs.generated.ts'));
    expect(await readFile(build.SPEC_FILE, 'utf8'), 'stale: run npm run build').toBe(await build.renderSpecs());
  });

  it('each embedded WebAssembly module is its .wat file assembled afresh', async () => {
    const build = await buildScript();
    expect(build.WASM_MODULES.map((wasm) => path.relative(root, wasm.file))).toEqual([
      'src/generated/csv-scan-wasm.generated.ts',
      'src/generated/sketch-keys-wasm.generated.ts',
      'src/generated/row-dedupe-wasm.generated.ts',
    ]);
    for (const wasm of build.WASM_MODULES) {
      expect(await readFile(wasm.file, 'utf8'), `${wasm.file} is stale: run npm run build`).toBe(
        await build.renderWasm(wasm),
      );
    }
  });

  it('schemas/mlops-config.schema.json equals a fresh renderConfigSchema()', async () => {
    const build = await buildScript();
    expect(build.CONFIG_SCHEMA_FILE).toBe(path.join(root, 'schemas/mlops-config.schema.json'));
    expect(await readFile(build.CONFIG_SCHEMA_FILE, 'utf8'), 'stale: run npm run build').toBe(
      await build.renderConfigSchema(),
    );
  });

  it('src/generated/validators holds a fresh validator for every schema in schemas/, and nothing else', async () => {
    const build = await buildScript();
    const schemas = (await readdir(path.join(root, 'schemas'))).map((name) => name.replace('.schema.json', ''));
    expect([...build.PRECOMPILED_SCHEMAS].sort()).toEqual(schemas.sort());
    const fresh = await build.renderValidators();
    expect((await readdir(build.VALIDATORS_DIR)).sort()).toEqual(Object.keys(fresh).sort());
    for (const [name, content] of Object.entries(fresh)) {
      expect(await readFile(path.join(build.VALIDATORS_DIR, name), 'utf8'), `${name} is stale: run npm run build`).toBe(
        content,
      );
    }
  });
});

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIMITER`, the value's lines, then `DELIMITER`. */
function parseGitHubOutput(text: string): Array<[string, string]> {
  const lines = text.split('\n');
  const outputs: Array<[string, string]> = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index++]!;
    if (line === '' && index === lines.length) break;
    const match = /^([^<=]+)<<(.+)$/.exec(line);
    if (match === null) throw new Error(`GITHUB_OUTPUT line ${index} is not a heredoc start: ${JSON.stringify(line)}`);
    const [, name, delimiter] = match;
    const value: string[] = [];
    while (index < lines.length && lines[index] !== delimiter) value.push(lines[index++]!);
    if (index === lines.length) throw new Error(`GITHUB_OUTPUT: output ${name} is never closed by ${delimiter}`);
    index++;
    outputs.push([name!, value.join('\n')]);
  }
  return outputs;
}

describe('validate-data, run as GitHub runs it', () => {
  const temp = useSharedTempDir('mlops-metadata-test-');

  it('writes exactly the outputs its action.yml declares, each once', async () => {
    const outputFile = temp.path('github-output');
    const summaryFile = temp.path('step-summary');
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (!/^(INPUT_|GITHUB_|RUNNER_)/.test(key)) env[key] = value;
    }
    Object.assign(env, {
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      INPUT_DATA: path.join(example, 'data/eval.csv'),
      INPUT_REFERENCE: path.join(example, 'data/train.csv'),
      INPUT_SCHEMA: path.join(example, 'schema.json'),
      INPUT_OUTPUT: temp.path('out'),
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(distDir, 'validate-data/index.js')], {
        cwd: temp.dir,
        env,
        stdio: 'ignore',
      });
      child.on('error', reject);
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    const written = parseGitHubOutput(await readFile(outputFile, 'utf8')).map(([name]) => name);
    const declared = Object.keys((await metadata('validate-data')).outputs ?? {});
    expect([...written].sort()).toEqual([...declared].sort());
    expect(new Set(written).size, 'an output was written twice').toBe(written.length);
  });
});
