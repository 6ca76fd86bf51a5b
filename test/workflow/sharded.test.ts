/**
 * workflows/sharded-validation.yml, the scaling pattern for data too large for one job, run with the local runner
 * on a copy of the example whose evaluation data is split into two shards: the merged profile must equal the
 * single-pass profile of the whole file (counts, moments, quantile sketch), and a broken shard must stop the
 * workflow before the merge.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../temp-dir.js';
import { root, runWorkflow } from './helpers.js';

const workflow = path.join(root, 'workflows/sharded-validation.yml');
const temp = useTempDir('mlops-sharded-');

interface NumericProfile {
  count: number;
  min: number;
  max: number;
  sum: number;
  m2: number;
  sketch: unknown;
}
interface Profile {
  rows: number;
  sources: Array<{ path: string; rows: number }>;
  columns: Array<{ name: string; count: number; missing: number; numeric: NumericProfile }>;
}

/**
 * A copy of examples/churn in the test's temp dir, with data/eval.csv split into data/shards/part-00.csv and
 * part-10.csv.
 */
function shardedProject(transformSecond: (rows: string[]) => string[] = (rows) => rows): string {
  const dir = temp.dir;
  cpSync(path.join(root, 'examples/churn'), dir, { recursive: true });
  const [header, ...rows] = readFileSync(path.join(dir, 'data/eval.csv'), 'utf8').trimEnd().split('\n');
  const half = Math.floor(rows.length / 2);
  mkdirSync(path.join(dir, 'data/shards'));
  writeFileSync(path.join(dir, 'data/shards/part-00.csv'), `${[header, ...rows.slice(0, half)].join('\n')}\n`);
  writeFileSync(
    path.join(dir, 'data/shards/part-10.csv'),
    `${transformSecond([header ?? '', ...rows.slice(half)]).join('\n')}\n`,
  );
  return dir;
}

describe('workflows/sharded-validation.yml (matrix over shards, exact profile merge)', () => {
  it('merges the shard profiles into the profile one pass over the whole file gives', async () => {
    const dir = shardedProject();
    const run = await runWorkflow(workflow, dir, ['--event', 'workflow_dispatch']);
    expect(run.code, run.stderr.slice(-3000)).toBe(0);
    expect(run.job('merge').result).toBe('success');
    const merged = JSON.parse(readFileSync(path.join(dir, '.mlops/validate-data/profile.json'), 'utf8')) as Profile;
    expect(merged.sources.map((source) => [source.path, source.rows])).toEqual([
      ['data/shards/part-00.csv', 500],
      ['data/shards/part-10.csv', 500],
    ]);

    const single = spawnSync(
      process.execPath,
      [path.join(root, 'bin/mlops.js'), 'validate-data', '--data', 'data/eval.csv', '--output', 'single'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(single.status, single.stderr).toBe(0);
    const whole = JSON.parse(readFileSync(path.join(dir, 'single/profile.json'), 'utf8')) as Profile;
    expect(merged.rows).toBe(whole.rows);
    for (const column of whole.columns) {
      const other = merged.columns.find((candidate) => candidate.name === column.name);
      expect(other, column.name).toBeDefined();
      expect([other?.count, other?.missing]).toEqual([column.count, column.missing]);
      if (column.numeric.count > 0) {
        expect(other?.numeric.min).toBe(column.numeric.min);
        expect(other?.numeric.max).toBe(column.numeric.max);
        expect(other?.numeric.sum).toBeCloseTo(column.numeric.sum, 9);
        expect(other?.numeric.m2).toBeCloseTo(column.numeric.m2, 6);
        expect(other?.numeric.sketch, `${column.name}: sketch buckets`).toEqual(column.numeric.sketch);
      }
    }
    const result = JSON.parse(readFileSync(path.join(dir, '.mlops/validate-data/result.json'), 'utf8')) as {
      verdict: { checks: Array<{ check: string }> };
    };
    expect(result.verdict.checks.some((check) => check.check.startsWith('drift.'))).toBe(true);
  }, 120_000);

  it('stops before the merge when a shard breaks the schema', async () => {
    // The second shard loses a column: schema skew found by its shard job.
    const dir = shardedProject((rows) => rows.map((row) => row.split(',').slice(0, -1).join(',')));
    const run = await runWorkflow(workflow, dir, ['--event', 'workflow_dispatch']);
    expect(run.code).toBe(1);
    expect(run.job('shard').result).toBe('failure');
    expect(run.job('merge').result).toBe('skipped');
    expect(run.stderr).toMatch(/missing-column/);
  }, 120_000);
});
