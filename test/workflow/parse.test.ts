import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../temp-dir.js';
import { fixtures, mlops, repositoryWorkflows, scratchRepository } from './helpers.js';

const temp = useTempDir('mlops-workflow-test-');

interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

describe('mlops workflow check (GitHub workflow parser)', () => {
  it('accepts every workflow of the repository, reusable and starter, with their calls resolved', async () => {
    const files = repositoryWorkflows();
    expect(files.length).toBeGreaterThan(1);
    const run = await mlops(['check', '--json', ...files]);
    const { errors } = JSON.parse(run.stdout) as { errors: Problem[] };
    expect(errors).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('rejects broken workflows with file:line:column', async () => {
    const broken = (name: string) => path.join(fixtures, 'broken', name);
    const run = await mlops(['check', broken('bad-key.yml'), broken('bad-yaml.yml'), broken('bad-expression.yml')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${broken('bad-key.yml')}:6:5: Unexpected value 'stepz'`);
    expect(run.stdout).toContain(`${broken('bad-expression.yml')}:5:9: Unrecognized named-value: 'nosuchcontext'`);
    expect(run.stdout).toMatch(new RegExp(`${broken('bad-yaml.yml').replace(/[.]/g, '\\.')}:\\d+:\\d+: `));
  });

  it('rejects a call with an input the called workflow does not declare, at the input', async () => {
    const scratch = scratchRepository(temp.dir, ['undeclared.yml', 'callee.yml']);
    const run = await mlops(['check', '--json', scratch.workflow('undeclared.yml')]);
    expect(run.code).toBe(1);
    const { errors } = JSON.parse(run.stdout) as { errors: Problem[] };
    expect(errors).toEqual([
      expect.objectContaining({ line: 8, message: 'Invalid input, colour is not defined in the referenced workflow.' }),
    ]);
  });
});
