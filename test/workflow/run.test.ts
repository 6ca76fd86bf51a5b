import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../temp-dir.js';
import { mlops, root, runWorkflow, scratchRepository } from './helpers.js';

const temp = useTempDir('mlops-workflow-test-');

describe('mlops workflow run (local runner)', () => {
  it('runs jobs in needs order with if:, outputs, env, GITHUB_ENV, failure propagation and always()', async () => {
    const scratch = scratchRepository(temp.dir, ['basic.yml']);
    const file = scratch.workflow('basic.yml');
    const run = await runWorkflow(file, scratch.workdir, [
      '--event',
      'workflow_dispatch',
      '--input',
      'who=x',
      '--input',
      'loud=true',
    ]);
    const at = (name: string) => path.join(scratch.workdir, name);
    expect(run.code, run.stderr).toBe(1);
    expect(run.report?.result).toBe('failure');
    expect(run.job('first').result).toBe('success');
    expect(run.job('first').outputs).toEqual({ value: 'hello-x', multi: 'line1\nline2' });
    expect(run.stderr).toContain('(GPU runner requested; running on this machine)');
    expect(run.job('second').result).toBe('success');
    expect(readFileSync(at('second.txt'), 'utf8')).toBe('hello-x\nline1\nline2\ntrue\n');
    expect(run.job('never').result).toBe('skipped');
    expect(existsSync(at('never.txt'))).toBe(false);
    const failing = run.job('failing');
    expect(failing.result).toBe('failure');
    expect(failing.steps.map((step) => [step.outcome, step.conclusion])).toEqual([
      ['failure', 'success'],
      ['success', 'success'],
      ['failure', 'failure'],
      ['skipped', 'skipped'],
      ['success', 'success'],
      ['success', 'success'],
    ]);
    expect(existsSync(at('tolerated.txt'))).toBe(true);
    expect(existsSync(at('after-boom.txt'))).toBe(false);
    expect(existsSync(at('always.txt'))).toBe(true);
    expect(existsSync(at('failure.txt'))).toBe(true);
    expect(run.job('after-failing').result).toBe('skipped');
    expect(existsSync(at('after-failing.txt'))).toBe(false);
    expect(run.job('on-failure').result).toBe('success');
    expect(existsSync(at('on-failure.txt'))).toBe(true);
    expect(readFileSync(path.join(scratch.workdir, '.mlops-runner/summaries/first.md'), 'utf8')).toContain(
      '## summary of first',
    );
  });

  it('refuses undeclared or mistyped workflow_dispatch inputs and events the workflow does not run on', async () => {
    const scratch = scratchRepository(temp.dir, ['basic.yml']);
    const file = scratch.workflow('basic.yml');
    const undeclared = await mlops([
      'run',
      file,
      '--workdir',
      scratch.workdir,
      '--event',
      'workflow_dispatch',
      '--input',
      'nope=1',
    ]);
    expect(undeclared.code).toBe(2);
    expect(undeclared.stderr).toContain("unexpected input(s) 'nope'");
    const mistyped = await mlops([
      'run',
      file,
      '--workdir',
      scratch.workdir,
      '--event',
      'workflow_dispatch',
      '--input',
      'loud=maybe',
    ]);
    expect(mistyped.code).toBe(2);
    expect(mistyped.stderr).toContain("input 'loud' must be a boolean");
    const wrongEvent = await mlops(['run', file, '--workdir', scratch.workdir, '--event', 'schedule']);
    expect(wrongEvent.code).toBe(2);
    expect(wrongEvent.stderr).toContain('does not run on schedule');
  });

  it('calls a reusable workflow with typed inputs and defaults, and maps its outputs back', async () => {
    const scratch = scratchRepository(temp.dir, ['caller.yml', 'callee.yml']);
    const run = await runWorkflow(scratch.workflow('caller.yml'), scratch.workdir);
    expect(run.code, run.stderr).toBe(0);
    const call = run.job('call');
    expect(call.outputs).toEqual({ message: 'hi x2 loud=true' });
    expect(run.job('say', call.workflow).result).toBe('success');
    expect(readFileSync(path.join(scratch.workdir, 'message.txt'), 'utf8')).toBe('hi x2 loud=true\n');
  });

  it('fails before running anything when a call passes an undeclared input', async () => {
    const scratch = scratchRepository(temp.dir, ['undeclared.yml', 'callee.yml']);
    const run = await mlops(['run', scratch.workflow('undeclared.yml'), '--workdir', scratch.workdir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /undeclared\.yml:8:\d+: Invalid input, colour is not defined in the referenced workflow/,
    );
  });

  it('deploys to an environment only when approved, and logs its URL', async () => {
    const scratch = scratchRepository(temp.dir, ['environment.yml']);
    const file = scratch.workflow('environment.yml');
    const refused = await runWorkflow(file, scratch.workdir);
    expect(refused.code).toBe(1);
    expect(refused.job('deploy')).toMatchObject({ result: 'skipped', reason: 'not approved' });
    expect(refused.stderr).toContain('not approved (pass --approve production)');
    expect(existsSync(path.join(scratch.workdir, 'deployed.txt'))).toBe(false);
    const approved = await runWorkflow(file, scratch.workdir, [
      '--approve',
      'staging,production',
      '--ref',
      'refs/heads/release',
    ]);
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.job('deploy').environment).toEqual({
      name: 'production',
      url: 'https://models.example.test/release',
    });
    expect(approved.stderr).toContain('concurrency: {"group":"deploy-production","cancel-in-progress":false}');
    expect(existsSync(path.join(scratch.workdir, 'deployed.txt'))).toBe(true);
  });

  it('round-trips artifacts between jobs, keeping relative paths', async () => {
    const scratch = scratchRepository(temp.dir, ['artifacts.yml']);
    const run = await runWorkflow(scratch.workflow('artifacts.yml'), scratch.workdir);
    expect(run.code, run.stderr).toBe(0);
    const store = path.join(scratch.workdir, '.mlops-runner/artifacts');
    expect(readFileSync(path.join(store, 'model/sub/b.txt'), 'utf8')).toBe('b\n');
    expect(readFileSync(path.join(store, 'logs/other.log'), 'utf8')).toBe('c\n');
  });

  it('fails the job at set-up, naming an action it cannot run locally', async () => {
    const scratch = scratchRepository(temp.dir, ['unsupported.yml']);
    const run = await runWorkflow(scratch.workflow('unsupported.yml'), scratch.workdir);
    expect(run.code).toBe(1);
    expect(run.job('a').reason).toMatch(/someone\/something@1{40}: not emulated locally/);
    expect(existsSync(path.join(scratch.workdir, 'ran.txt'))).toBe(false);
  });

  it('refuses a push that GitHub would not start the workflow for, naming the branch filter', async () => {
    const workdir = temp.dir;
    const run = await runWorkflow(path.join(root, 'workflows/dev.yml'), workdir, ['--event', 'push']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("branch 'main' is not in branches [dev, dev/**]");
    expect(run.stderr).toContain('--ref');
    expect(existsSync(path.join(workdir, '.mlops'))).toBe(false);
  });

  it('runs the dev starter workflow end to end on the example: pipeline, then the model is promoted to dev', async () => {
    const workdir = temp.dir;
    cpSync(path.join(root, 'examples/churn'), workdir, { recursive: true });
    const run = await runWorkflow(path.join(root, 'workflows/dev.yml'), workdir, [
      '--event',
      'push',
      '--ref',
      'refs/heads/dev',
      '--approve',
      'dev',
    ]);
    expect(run.code, run.stderr.slice(-4000)).toBe(0);
    const pipeline = run.job('pipeline');
    for (const gate of ['validate-data', 'train', 'evaluate', 'compare-baseline', 'check-serving-compat', 'load-test'])
      expect(run.job(gate, pipeline.workflow).result).toBe('success');
    const version = pipeline.outputs['model-version'];
    expect(version).toMatch(/^sha256:[0-9a-f]{64}$/);
    const promote = run.job('promote', run.job('deploy').workflow);
    expect(promote.result).toBe('success');
    expect(promote.environment?.name).toBe('dev');
    const audit = JSON.parse(readFileSync(path.join(workdir, '.mlops/promote/audit-entry.json'), 'utf8')) as {
      promoted: boolean;
      version: string;
    };
    expect(audit.promoted).toBe(true);
    expect(audit.version).toBe(version);
  }, 120_000);
});
