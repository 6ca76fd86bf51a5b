/**
 * The built CLI (the bundle users run, not the TypeScript sources) writes the HTML report and the PR comment:
 * a bundling problem (the charting library shares chunks with our start-up code) shows here and nowhere else.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = path.join(root, 'test/report/fixtures/html/run');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlops-report-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('mlops report writes a self-contained page from the bundle', async () => {
  const output = path.join(dir, 'report.html');
  const result = spawnSync(process.execPath, [path.join(root, 'bin/mlops.js'), 'report', run, '--output', output], {
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  const html = await readFile(output, 'utf8');
  expect(html).toMatch(/^<!doctype html>/i);
  expect((html.match(/<svg/g) ?? []).length).toBeGreaterThan(5);
  expect(html).not.toContain('<script');
});

it('mlops comment writes the marked pull-request comment from the bundle', async () => {
  const output = path.join(dir, 'comment.md');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'bin/mlops.js'), 'comment', path.join(run, '.mlops'), '--workflow', 'ci', '--output', output],
    { encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(0);
  const body = await readFile(output, 'utf8');
  expect(body.split('\n')[0]).toMatch(/^<!-- mlops-actions:pr-comment workflow=ci model=/);
  expect(body.length).toBeLessThanOrEqual(65_536);
});
