import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { renderChain, renderStageHistory } from '../../src/lineage/render.js';
import { buildLineageRecord, LineageStore, pipelineVersion, validateLineageRecord } from '../../src/lineage/store.js';
import type { LineageArtifact, LineageRecord } from '../../src/lineage/types.js';
import type { AliasEvent } from '../../src/registry/types.js';
import { useTempDir } from '../temp-dir.js';

const digest = (c: string) => `sha256:${c.repeat(64)}`;
const TRAIN_DATA = digest('d');
const EVAL_DATA = digest('e');
const OTHER_DATA = digest('f');
const MODEL = digest('1');
const BASELINE = digest('2');
const SIBLING = digest('3');

const artifact = (id: string, type: LineageArtifact['type'], hash: string, uri = `./${id}`): LineageArtifact => ({
  id,
  type,
  uri,
  digest: hash,
  properties: {},
});

/** A run at minute `minute` of one day, lasting 30 s. */
function run(
  component: string,
  minute: number,
  inputs: LineageArtifact[],
  outputs: LineageArtifact[],
  extra: Partial<Pick<LineageRecord, 'previousModel' | 'verdicts' | 'metrics'>> = {},
): LineageRecord {
  const startedAt = new Date(Date.UTC(2024, 5, 1, 12, minute));
  return buildLineageRecord({
    id: `${component}-${minute}`,
    component,
    startedAt,
    endedAt: new Date(startedAt.getTime() + 30_000),
    status: 'passed',
    parameters: { minute },
    inputs,
    outputs,
    env: { RUNNER_NAME: 'runner-1', GITHUB_SHA: 'abcdef1234567890' },
    ...extra,
  });
}

const RECORDS: LineageRecord[] = [
  run('promote', 50, [artifact('model', 'Model', MODEL)], [], {
    previousModel: BASELINE,
    verdicts: [
      { kind: 'compare-baseline', passed: true },
      { kind: 'load-test', passed: true },
    ],
  }),
  run(
    'validate-data',
    0,
    [artifact('data', 'Dataset', TRAIN_DATA, 'data/train.csv')],
    [artifact('profile', 'Profile', digest('a'))],
  ),
  run('validate-data', 1, [artifact('data', 'Dataset', OTHER_DATA)], []),
  run('train', 10, [artifact('data', 'Dataset', TRAIN_DATA, 'data/train.csv')], [artifact('model', 'Model', MODEL)]),
  run('train', 12, [artifact('data', 'Dataset', TRAIN_DATA)], [artifact('model', 'Model', SIBLING)]),
  run(
    'evaluate',
    20,
    [artifact('model', 'Model', MODEL), artifact('data', 'Dataset', EVAL_DATA)],
    [artifact('metrics', 'Metrics', digest('b'))],
    { metrics: { accuracy: 0.91, roc_auc: null } },
  ),
  run(
    'compare-baseline',
    30,
    [artifact('candidate', 'Model', MODEL), artifact('baseline', 'Model', BASELINE)],
    [artifact('verdict', 'Verdict', digest('c'))],
    { previousModel: BASELINE, verdicts: [{ kind: 'compare-baseline', passed: true }] },
  ),
  run('check-serving-compat', 40, [artifact('model', 'Model', MODEL)], [artifact('verdict', 'Verdict', digest('4'))]),
];

const temp = useTempDir('mlops-lineage-');
let root: string;
let store: LineageStore;
beforeEach(() => {
  // Not made here: the store makes its own directory.
  root = temp.path('store');
  store = new LineageStore(root);
});

describe('LineageStore', () => {
  it('appends records atomically under time-ordered names and reads them back in time order', async () => {
    for (const record of RECORDS) await store.append(record);
    const names = await readdir(path.join(root, 'records'));
    expect(names).toHaveLength(RECORDS.length);
    expect(names).toContain('20240601T121000Z-train-10.json');
    expect(names.some((name) => name.startsWith('.'))).toBe(false);
    const all = await store.all();
    expect(all.map((record) => record.execution.id)).toEqual([
      'validate-data-0',
      'validate-data-1',
      'train-10',
      'train-12',
      'evaluate-20',
      'compare-baseline-30',
      'check-serving-compat-40',
      'promote-50',
    ]);
    expect(all[2]?.execution).toMatchObject({
      pipelineVersion: `${pipelineVersion('abcdef1234567890')}`,
      durationSeconds: 30,
      executor: { runner: 'runner-1' },
    });
  });

  it('is idempotent for the same record and refuses a different one under the same id', async () => {
    const record = RECORDS[3] as LineageRecord;
    const file = await store.append(record);
    expect(await store.append(record)).toBe(file);
    const changed = { ...record, execution: { ...record.execution, status: 'failed' as const } };
    await expect(store.append(changed)).rejects.toThrow(/already records execution train-10 with different content/);
  });

  it('finds the runs of a version, as output or input', async () => {
    for (const record of RECORDS) await store.append(record);
    expect((await store.forVersion(MODEL)).map((record) => record.execution.id)).toEqual([
      'train-10',
      'evaluate-20',
      'compare-baseline-30',
      'check-serving-compat-40',
      'promote-50',
    ]);
    expect((await store.forVersion(BASELINE)).map((record) => record.execution.id)).toEqual(['compare-baseline-30']);
    expect(await store.forVersion(digest('9'))).toEqual([]);
  });

  it('chains a version from its training data checks to its promotion, in time order', async () => {
    for (const record of [...RECORDS].reverse()) await store.append(record);
    const chain = await store.chain(MODEL);
    expect(chain.trainingData.map((item) => [item.digest, item.uri])).toEqual([[TRAIN_DATA, 'data/train.csv']]);
    expect(chain.steps.map((step) => [step.role, step.record.execution.id])).toEqual([
      ['data', 'validate-data-0'],
      ['train', 'train-10'],
      ['evaluate', 'evaluate-20'],
      ['compare', 'compare-baseline-30'],
      ['serving', 'check-serving-compat-40'],
      ['promote', 'promote-50'],
    ]);
    const orphan = await store.chain(digest('9'));
    expect(orphan).toEqual({ version: digest('9'), trainingData: [], steps: [] });
  });

  it.each<[string, (record: LineageRecord) => unknown, RegExp]>([
    [
      'an event naming a missing artifact',
      (record) => ({ ...record, events: [...record.events, { artifactId: 'nope', type: 'INPUT' }] }),
      /names artifact nope, which is not among its artifacts/,
    ],
    [
      'a duplicated artifact id',
      (record) => ({ ...record, artifacts: [...record.artifacts, record.artifacts[0]] }),
      /artifact id data is used twice/,
    ],
    [
      'a digest that is not sha256',
      (record) => ({ ...record, artifacts: [{ ...record.artifacts[0], digest: 'md5:1' }] }),
      /`artifacts\.0\.digest`: must match pattern/,
    ],
    [
      'an unknown artifact type',
      (record) => ({ ...record, artifacts: [{ ...record.artifacts[0], type: 'Checkpoint' }] }),
      /`artifacts\.0\.type`: must be one of/,
    ],
    [
      'time running backwards',
      (record) => ({ ...record, execution: { ...record.execution, endedAt: '2024-01-01T00:00:00Z' } }),
      /endedAt is before startedAt/,
    ],
    ['a wrong format', (record) => ({ ...record, format: 'mlmd' }), /`format`: must be "mlops-actions\/lineage"/],
  ])('refuses %s on write and on read', async (_name, mutate, message) => {
    const bad = mutate(RECORDS[3] as LineageRecord);
    expect(() => validateLineageRecord(bad, 'record')).toThrow(message);
    await expect(store.append(bad as LineageRecord)).rejects.toThrow(ConfigurationError);
    await mkdir(path.join(root, 'records'), { recursive: true });
    const file = path.join(root, 'records', '20240601T000000Z-bad.json');
    await writeFile(file, JSON.stringify(bad));
    await expect(store.all()).rejects.toThrow(message);
    await expect(store.all()).rejects.toThrow(file);
  });

  it('ignores the temporary files of interrupted writes', async () => {
    await store.append(RECORDS[1] as LineageRecord);
    await writeFile(path.join(root, 'records', '.123-deadbeef-000000000000-x.json'), '{"torn": ');
    expect(await store.all()).toHaveLength(1);
    expect(
      JSON.parse(await readFile(path.join(root, 'records', '20240601T120000Z-validate-data-0.json'), 'utf8')),
    ).toMatchObject({ format: 'mlops-actions/lineage' });
  });
});

describe('renderers', () => {
  it('renders a chain with its training data and each run', async () => {
    for (const record of RECORDS) await store.append(record);
    const text = renderChain(await store.chain(MODEL));
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([`lineage of ${MODEL}`, 'training data:', `  ${TRAIN_DATA}  data/train.csv`]);
    expect(lines[4]).toMatch(/^started\s+role\s+run\s+status\s+took\s+details$/);
    expect(lines).toHaveLength(11);
    expect(lines[5]).toMatch(
      /^2024-06-01T12:00:00.000Z\s+data\s+validate-data\s+passed\s+30.0 s\s+in: Dataset sha256:dddd/,
    );
    expect(lines[6]).toMatch(/train\s+train\s+passed .*out: Model \(this version\)$/);
    expect(lines[8]).toContain(
      'in: Model sha256:222222222222…; out: Verdict sha256:cccccccccccc…; baseline sha256:222222222222…; compare-baseline passed',
    );
    expect(lines[10]).toMatch(/promote\s+promote\s+passed .*compare-baseline passed, load-test passed$/);
    expect(renderChain({ version: MODEL, trainingData: [], steps: [] })).toBe(
      `lineage of ${MODEL}\ntraining data: not recorded (no train run in the lineage store produced this version)\nno recorded runs used this version\n`,
    );
  });

  it('renders what was live when, who moved it and why', () => {
    const base = {
      stage: 'production' as const,
      evidence: [],
      outcome: 'success' as const,
      action: 'promote' as const,
    };
    const events: AliasEvent[] = [
      { ...base, version: MODEL, previous: null, reason: 'first release', actor: 'alice', at: '2024-06-01T12:00:00Z' },
      {
        ...base,
        version: SIBLING,
        previous: MODEL,
        reason: 'better recall',
        actor: 'bob',
        at: '2024-06-02T12:00:00Z',
        evidence: [
          { kind: 'compare-baseline', digest: digest('c'), passed: true },
          { kind: 'load-test', digest: digest('4'), passed: true },
        ],
        runUrl: 'https://github.com/o/r/actions/runs/7',
      },
      {
        ...base,
        version: MODEL,
        previous: SIBLING,
        action: 'rollback',
        reason: 'p99 regression',
        actor: 'carol',
        at: '2024-06-03T08:00:00Z',
        outcome: 'pending',
      },
    ];
    expect(renderStageHistory(events)).toBe(
      [
        `production: 3 moves, live: ${MODEL}`,
        '',
        'from                  until                 version               action    by     why',
        `2024-06-01T12:00:00Z  2024-06-02T12:00:00Z  sha256:111111111111…  promote   alice  "first release"; no evidence`,
        `2024-06-02T12:00:00Z  2024-06-03T08:00:00Z  sha256:333333333333…  promote   bob    "better recall"; compare-baseline passed, load-test passed; https://github.com/o/r/actions/runs/7`,
        `2024-06-03T08:00:00Z  now (live)            sha256:111111111111…  rollback  carol  "p99 regression"; no evidence; deployment pending`,
        '',
      ].join('\n'),
    );
    expect(renderStageHistory([], 'staging')).toBe('staging: no version has been promoted yet\n');
  });
});
