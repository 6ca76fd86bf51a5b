/**
 * Every action's job summary, rendered by the action itself on the bundled example, and each renderer again on a
 * huge synthetic input grown from the example's real results: GitHub refuses a step summary over 1 MiB (and then
 * shows none), so every renderer must cap what it lists.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionIO, Orchestrator } from '../../src/actions/io.js';
import { commentCommand } from '../../src/cli/comment.js';
import type { ComparisonResult } from '../../src/compare/compare.js';
import { renderComparisonMarkdown } from '../../src/compare/report.js';
import type { Check } from '../../src/core/verdict.js';
import { renderEvaluateMarkdown } from '../../src/evaluate/report.js';
import type { EvaluateResult } from '../../src/evaluate/run.js';
import { renderLoadTestMarkdown } from '../../src/load/report.js';
import { MAX_COMMENT_CHARACTERS, parseCommentMarker } from '../../src/report/pr-comment.js';
import { loadRunSummary, type RunSummary } from '../../src/report/run-summary.js';
import { renderServingMarkdown } from '../../src/serve/report.js';
import { renderTrainMarkdown } from '../../src/train/report.js';
import type { TrainResult } from '../../src/train/run.js';
import { renderMarkdown } from '../../src/validate/report.js';
import { loadProfile, type ValidateDataResult } from '../../src/validate/run.js';
import { loadSchema } from '../../src/validate/schema.js';

const MAX_SUMMARY_BYTES = 1024 * 1024;
const root = fileURLToPath(new URL('../..', import.meta.url));
const config = path.join(root, 'examples/churn/mlops.yml');
const data = path.join(root, 'examples/churn/data/eval.csv');

let work: string;
/** The run directory, `.mlops` under the working directory as in a workflow: promote finds its evidence there. */
let runDirectory: string;
let run: RunSummary;
const summaries = new Map<string, string>();

function io(action: string, inputs: Record<string, string>): ActionIO {
  return {
    input: (name) => inputs[name],
    setOutput: () => {},
    summary: async (markdown) => {
      summaries.set(action, (summaries.get(action) ?? '') + markdown);
    },
    report: () => {},
    annotate: () => {},
    result: () => {},
  };
}

async function step(action: string, orchestrator: Promise<Orchestrator>, inputs: Record<string, string>) {
  const outcome = await (await orchestrator)(
    io(action, { config, output: path.join(runDirectory, action), ...inputs }),
  );
  expect(outcome.passed, action).toBe(true);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'mlops-summaries-'));
  runDirectory = path.join(work, '.mlops');
  process.chdir(work);
  // The test trains for real; a package reused from the step cache would skip the loss curve's epochs.
  process.env.MLOPS_STEP_CACHE = '0';
  const model = path.join(runDirectory, 'train/model');
  const registry = path.join(runDirectory, 'registry');
  await step(
    'validate-data',
    import('../../src/actions/validate-data.js').then((m) => m.runValidateData),
    {},
  );
  await step(
    'train',
    import('../../src/actions/train.js').then((m) => m.runTrain),
    { epochs: '4' },
  );
  await step(
    'evaluate',
    import('../../src/actions/evaluate.js').then((m) => m.runEvaluate),
    {
      model,
      'bootstrap-samples': '200',
    },
  );
  await step(
    'compare-baseline',
    import('../../src/actions/compare-baseline.js').then((m) => m.runCompareBaseline),
    { model, registry, 'bootstrap-samples': '100' },
  );
  await step(
    'check-serving-compat',
    import('../../src/actions/check-serving-compat.js').then((m) => m.runCheckServingCompat),
    { model, 'golden-rows': '20' },
  );
  await step(
    'load-test',
    import('../../src/actions/load-test.js').then((m) => m.runLoadTestAction),
    {
      model,
      data,
      duration: '1',
      warmup: '0',
      connections: '2',
    },
  );
  await step(
    'promote',
    import('../../src/actions/promote.js').then((m) => m.runPromote),
    {
      model,
      registry,
      to: 'dev',
    },
  );
  run = await loadRunSummary(runDirectory);
}, 90_000);

afterAll(async () => {
  process.chdir(root);
  await rm(work, { recursive: true, force: true });
});

function bytes(markdown: string): number {
  return Buffer.byteLength(markdown, 'utf8');
}

describe('job summaries of the example run', () => {
  it('every action wrote one, verdict first, each under 1 MiB', () => {
    expect([...summaries.keys()]).toEqual([
      'validate-data',
      'train',
      'evaluate',
      'compare-baseline',
      'check-serving-compat',
      'load-test',
      'promote',
    ]);
    for (const [action, markdown] of summaries) {
      expect(markdown.startsWith('## ✅'), action).toBe(true);
      expect(bytes(markdown), action).toBeLessThan(MAX_SUMMARY_BYTES);
    }
  });

  it('the run directory reads back whole, and `mlops comment` writes its PR comment', async () => {
    expect(run.problems).toEqual([]);
    for (const part of [
      'validation',
      'training',
      'evaluation',
      'comparison',
      'serving',
      'load',
      'promotion',
    ] as const) {
      expect(run[part], part).not.toBeNull();
    }
    const output = path.join(work, 'comment.md');
    const code = await commentCommand([runDirectory, '--workflow', 'ci', '--output', output, '--json']);
    expect(code).toBe(0);
    const markdown = await readFile(output, 'utf8');
    expect(parseCommentMarker(markdown)).toMatchObject({ workflow: 'ci', model: 'churn' });
    expect(markdown.split('\n')[1]).toMatch(/^## (✅|⚠️) `churn` passed/);
    expect(markdown.length).toBeLessThanOrEqual(MAX_COMMENT_CHARACTERS);
    for (const part of [
      'validate-data',
      'train',
      'evaluate',
      'compare-baseline',
      'check-serving-compat',
      'load-test',
      'promote',
    ]) {
      expect(markdown).toContain(`| ${part} |`);
    }
  });
});

/** Real results from the example run, grown to sizes a big project reaches. */
describe('each renderer stays under 1 MiB on a huge input', () => {
  const sizes: Record<string, number> = {};
  afterAll(() => {
    // The measured sizes, for whoever tunes the caps.
    process.stdout.write(`summary bytes on huge inputs: ${JSON.stringify(sizes)}\n`);
  });

  function measure(action: string, markdown: string): void {
    sizes[action] = bytes(markdown);
    expect(bytes(markdown), action).toBeLessThan(MAX_SUMMARY_BYTES);
  }

  it.each([5000, 20_000])('validate-data with %i drifting columns', async (count) => {
    const validation = run.validation;
    if (validation?.drift == null) throw new Error('the example run has no drift');
    const profile = await loadProfile(path.join(runDirectory, 'validate-data/profile.json'));
    const [feature] = validation.drift.features;
    const [statistics] = validation.statistics;
    const [column] = profile.columns;
    if (feature === undefined || statistics === undefined || column === undefined) throw new Error('no columns');
    const names = Array.from({ length: count }, (_, index) => `customer_monthly_average_charge_${index}`);
    const result: ValidateDataResult = {
      ...validation,
      profile: { ...profile, columns: names.map((name) => ({ ...column, name })) },
      referenceProfile: null,
      schema: await loadSchema(path.join(root, 'examples/churn/schema.json')),
      drift: {
        ...validation.drift,
        features: names.map((name) => ({ ...feature, feature: name, drifted: true })),
        driftedCount: names.length,
        share: 1,
        datasetDrifted: true,
      },
      statistics: names.map((name) => ({ ...statistics, name })),
    };
    measure(`validate-data (${count} columns)`, renderMarkdown(result));
  });

  it('train with a loss curve of 50,000 epochs', () => {
    const training = run.training;
    if (training?.manifest == null) throw new Error('the example run has no model');
    const lossCurve = Array.from({ length: 50_000 }, (_, index) => ({
      epoch: index + 1,
      loss: 1 / (index + 1),
      validationLoss: 1.1 / (index + 1),
    }));
    const manifest = { ...training.manifest, training: { ...training.manifest.training, lossCurve } };
    const result: TrainResult = {
      verdict: training.verdict,
      package: { directory: training.model ?? '', manifest, onnxPath: 'model.onnx' },
      backend: training.backend,
      usedGpu: training.gpu,
      finalLoss: training.finalLoss ?? 0,
      notes: training.notes,
    };
    measure('train', renderTrainMarkdown(result));
  });

  it('evaluate with 1,000 classes and 2,000 slices', () => {
    const evaluation = run.evaluation;
    if (evaluation === null) throw new Error('the example run has no metrics');
    const classes = Array.from({ length: 1000 }, (_, index) => `class_${index}`);
    const confusionMatrix = classes.map((_, row) => classes.map((__, column) => (row === column ? 90 : 1)));
    const metrics =
      'confusionMatrix' in evaluation.metrics ? { ...evaluation.metrics, confusionMatrix } : evaluation.metrics;
    const slices = Array.from({ length: 2000 }, (_, index) => ({
      slice: { key: `customer_segment=segment_${index}`, size: 100, metrics: {} },
      value: 0.5,
      rank: index + 1,
    }));
    const result: EvaluateResult = {
      ...evaluation,
      classes,
      metrics,
      slices: { ranked: slices, skipped: slices.map(({ slice }) => ({ slice, reason: 'too small' })) },
      predictionsPath: evaluation.predictions,
    };
    measure('evaluate', renderEvaluateMarkdown(result));
  });

  it('compare-baseline with 2,000 slices, each gated', () => {
    const comparison = run.comparison;
    if (comparison === null) throw new Error('the example run has no comparison');
    const [slice] = comparison.worstSlices;
    if (slice === undefined) throw new Error('no slices');
    const worstSlices = Array.from({ length: 2000 }, (_, index) => ({
      ...slice,
      key: `customer_segment=segment_${index}`,
    }));
    const sliceChecks: Check[] = worstSlices.map((item) => ({
      check: 'slice.regression',
      status: 'pass',
      value: item.difference,
      threshold: 0.1,
      message: item.message,
      feature: item.key,
    }));
    const result: ComparisonResult = { ...comparison, worstSlices, checks: [...comparison.checks, ...sliceChecks] };
    measure('compare-baseline', renderComparisonMarkdown(result));
  });

  it('check-serving-compat with 2,000 contract changes', () => {
    const serving = run.serving;
    if (serving === null) throw new Error('the example run has no serving verdict');
    const changes: Check[] = Array.from({ length: 2000 }, (_, index) => ({
      check: 'contract.baseline',
      status: 'fail',
      value: `customer_feature_${index}`,
      threshold: null,
      message: `input customer_feature_${index} was removed: clients that send it get 400`,
    }));
    measure(
      'check-serving-compat',
      renderServingMarkdown({
        ...serving,
        verdict: { ...serving.verdict, checks: [...serving.verdict.checks, ...changes] },
      }),
    );
  });

  it('load-test with 500 kinds of error', () => {
    const load = run.load;
    if (load === null) throw new Error('the example run has no load test');
    const byKind = Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`http-${100 + index}`, index]));
    const result = { ...load.result, errors: { total: 124_750, byKind } };
    measure(
      'load-test',
      renderLoadTestMarkdown({ result, baseline: result, checks: load.verdict.checks, title: 'load-test: churn' }),
    );
  });
});
