import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionInputs } from '../src/actions/inputs.js';
import type { ActionIO } from '../src/actions/io.js';
import { ConfigurationError } from '../src/core/errors.js';
import { useTempDir } from './temp-dir.js';

function io(inputs: Record<string, string>): ActionIO {
  return {
    input: (name) => (inputs[name] === '' ? undefined : inputs[name]),
    setOutput: () => {},
    summary: async () => {},
    report: () => {},
    annotate: () => {},
    result: () => {},
  };
}

const temp = useTempDir('mlops-inputs-');

function configFile(text: string): Promise<string> {
  return temp.write('mlops.yml', text);
}

describe('ActionInputs', () => {
  it('takes the input first, then the action section, then the shared key, then the default', async () => {
    const config = await configFile('version: 1\nlabel: shared\nformat: csv\nvalidate-data:\n  label: sectioned\n');
    const given = await ActionInputs.load('validate-data', io({ config, label: 'given' }));
    expect(given.string('label')).toBe('given');
    const fromSection = await ActionInputs.load('validate-data', io({ config }));
    expect(fromSection.string('label')).toBe('sectioned');
    expect(fromSection.string('format')).toBe('csv');
    expect(fromSection.oneOf('fail-on', ['schema', 'drift', 'none'] as const, 'schema')).toBe('schema');
  });

  it('resolves relative paths from mlops.yml against its folder, and lists item by item', async () => {
    const config = await configFile(
      'version: 1\nvalidate-data:\n  data: data/x.csv\n  merge-profiles: [a.json, /abs/b.json]\n',
    );
    const inputs = await ActionInputs.load('validate-data', io({ config }));
    expect(inputs.string('data')).toBe(path.join(path.dirname(config), 'data/x.csv'));
    expect(inputs.list('merge-profiles')).toEqual([path.join(path.dirname(config), 'a.json'), '/abs/b.json']);
  });

  it('refuses `yes` for a boolean and out-of-range numbers with the input named', async () => {
    const inputs = await ActionInputs.load('promote', io({ rollback: 'yes', 'required-staging-runs': '-1' }));
    expect(() => inputs.boolean('rollback', false)).toThrow(ConfigurationError);
    expect(() => inputs.boolean('rollback', false)).toThrow(/`rollback` is "yes"; expected true or false/);
    expect(() => inputs.number('required-staging-runs', 1, { min: 0 })).toThrow(/`required-staging-runs`/);
    const valid = await ActionInputs.load('promote', io({ rollback: 'true', 'required-staging-runs': '3' }));
    expect(valid.boolean('rollback', false)).toBe(true);
    expect(valid.number('required-staging-runs', 1, { min: 0 })).toBe(3);
  });

  it('names a missing required input and how to set it', async () => {
    const inputs = await ActionInputs.load('validate-data', io({}));
    expect(() => inputs.required('data')).toThrow(
      /input `data` is required: set it with --data, in `with:`, or in mlops.yml/,
    );
  });
});
