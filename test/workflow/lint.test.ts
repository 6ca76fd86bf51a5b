import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, mlops, repositoryWorkflows } from './helpers.js';

interface Finding {
  rule: string;
  file: string;
  line: number;
  message: string;
  fix: string;
}

const RULES = [
  'workflow-permissions',
  'job-permissions',
  'untrusted-expression-in-run',
  'pinned-actions',
  'checkout-credentials',
  'privileged-trigger-checkout',
  'no-cache-in-release',
  'production-concurrency',
  'untrusted-github-env',
  'reusable-input-types',
];

async function lint(files: string[]): Promise<{ code: number | null; findings: Finding[] }> {
  const run = await mlops(['lint', '--json', ...files]);
  const { findings } = JSON.parse(run.stdout) as { findings: Finding[] };
  return { code: run.code, findings };
}

describe('mlops workflow lint', () => {
  it('has a passing and a failing fixture for every rule', () => {
    const names = readdirSync(path.join(fixtures, 'lint'));
    for (const rule of RULES) {
      expect(names).toContain(`${rule}.pass.yml`);
      expect(names).toContain(`${rule}.fail.yml`);
    }
  });

  it('passes every passing fixture and flags each failing one with its rule, line and fix', async () => {
    const dir = path.join(fixtures, 'lint');
    const passing = await lint(RULES.map((rule) => path.join(dir, `${rule}.pass.yml`)));
    expect(passing.findings).toEqual([]);
    expect(passing.code).toBe(0);
    const failing = await lint(RULES.map((rule) => path.join(dir, `${rule}.fail.yml`)));
    expect(failing.code).toBe(1);
    for (const rule of RULES) {
      const own = failing.findings.filter((finding) => finding.file === path.join(dir, `${rule}.fail.yml`));
      expect(own.map((finding) => finding.rule)).toContain(rule);
      for (const finding of own) expect(finding.fix.length).toBeGreaterThan(10);
    }
    const at = (rule: string) =>
      failing.findings.filter((finding) => finding.rule === rule).map((finding) => finding.line);
    expect(at('untrusted-expression-in-run')).toEqual([9]);
    expect(at('untrusted-github-env')).toEqual([11]);
    expect(at('pinned-actions')).toEqual([7, 8]);
    expect(at('production-concurrency')).toEqual([7, 15]);
    expect(at('no-cache-in-release')).toEqual([11, 12]);
  });

  it('finds nothing in the workflows of this repository', async () => {
    const { findings, code } = await lint(repositoryWorkflows());
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });
});
