import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Check } from '../../src/core/verdict.js';
import type { ModelManifest } from '../../src/model/package.js';
import {
  commentMarker,
  MAX_COMMENT_CHARACTERS,
  parseCommentMarker,
  renderPrComment,
  stepStatuses,
} from '../../src/report/pr-comment.js';
import {
  type ComparisonPart,
  type EvaluationPart,
  emptyRunSummary,
  type LoadPart,
  loadRunSummary,
  type PromotionPart,
  type RunSummary,
  type ServingPart,
  type TrainingPart,
  type ValidationPart,
} from '../../src/report/run-summary.js';

// ----- a synthetic run in the shapes the actions write (see .mlops/ after `npm run example`) -----

const CANDIDATE = `sha256:${'a'.repeat(64)}`;
const BASELINE = `sha256:${'b'.repeat(64)}`;
const NOW = '2024-05-01T12:00:00.000Z';

function check(name: string, status: Check['status'], message: string, feature?: string): Check {
  return { check: name, status, value: 1, threshold: null, message, ...(feature === undefined ? {} : { feature }) };
}

interface Size {
  features?: number;
  drifted?: number;
  anomalies?: number;
  slices?: number;
  servingChecks?: number;
  epochs?: number;
  /** Characters of each feature and slice name. */
  nameLength?: number;
}

function name(prefix: string, index: number, length: number): string {
  const base = `${prefix}_${index}`;
  return base.length >= length ? base : `${base}_${'x'.repeat(length - base.length - 1)}`;
}

function validation(size: Size, failing: boolean): ValidationPart {
  const features = size.features ?? 8;
  const drifted = size.drifted ?? 0;
  const anomalies = Array.from({ length: size.anomalies ?? (failing ? 1 : 0) }, (_, index) => ({
    ...check('schema.out-of-range', 'fail', `values above the schema's max 120 in ${index}`, `age_${index}`),
    kind: 'out-of-range' as const,
    count: 3,
    examples: ['line 12: 300', 'line 40: 999'],
  }));
  return {
    verdict: { kind: 'validate-data', passed: !failing, checks: anomalies, createdAt: NOW },
    schemaSource: 'file',
    rows: 1000,
    sources: [{ path: 'data/eval.csv', rows: 1000, bytes: 50_000 }],
    anomalies,
    drift: {
      features: Array.from({ length: features }, (_, index) => ({
        feature: name('feature', index, size.nameLength ?? 8),
        method: 'wasserstein' as const,
        statistic: index < drifted ? 0.4 : 0.01,
        pValue: null,
        adjustedPValue: null,
        effectSize: 0.4,
        psi: 0.3,
        threshold: 0.1,
        drifted: index < drifted,
        reason: 'normalised Wasserstein',
      })),
      driftedCount: drifted,
      share: drifted / features,
      datasetDrifted: drifted / features >= 0.5,
      correction: 'benjamini-hochberg',
    },
    statistics: Array.from({ length: features }, (_, index) => ({
      name: name('feature', index, size.nameLength ?? 8),
      type: 'float',
      count: 1000,
      missing: 0,
      missingFraction: 0,
      min: 0,
      max: 1,
      mean: 0.5,
      std: 0.1,
      quantiles: null,
      histogram: null,
      distinct: 900,
      distinctExact: true,
      topValues: [],
      nonFinite: 0,
    })),
  };
}

function manifest(epochs: number): ModelManifest {
  return {
    format: 'mlops-actions/model',
    formatVersion: 1,
    name: 'churn',
    version: CANDIDATE,
    createdAt: NOW,
    task: 'binary',
    label: 'churned',
    framework: { name: 'tensorflow.js', version: '4.22.0', backend: 'wasm' },
    onnx: {
      file: 'model.onnx',
      sha256: 'a'.repeat(64),
      bytes: 7618,
      irVersion: 8,
      opsets: [{ domain: '', version: 17 }],
    },
    inputs: [],
    outputs: { tensors: [] },
    training: {
      data: { digest: `sha256:${'c'.repeat(64)}`, rows: 4000, files: [] },
      params: {},
      seed: 0,
      metrics: {},
      lossCurve: Array.from({ length: epochs }, (_, index) => ({
        epoch: index + 1,
        loss: 0.5 / (index + 1),
        validationLoss: 0.55 / (index + 1),
      })),
      durationSeconds: 1.4,
    },
    lineage: {
      runner: {},
      hardware: { cpu: 'cpu', cores: 2, memoryBytes: 1, gpus: [] },
      git: { commit: 'd'.repeat(40) },
    },
    profile: 'profile.json',
  };
}

function training(size: Size): TrainingPart {
  return {
    verdict: {
      kind: 'train',
      passed: true,
      checks: [check('train.rows', 'pass', '3200 training rows')],
      createdAt: NOW,
    },
    backend: 'wasm',
    gpu: false,
    finalLoss: 0.42,
    notes: ['800 rows were held out for early stopping'],
    model: '.mlops/train/model',
    manifest: manifest(size.epochs ?? 6),
  };
}

const value = (v: number) => ({ value: v });
const interval = (low: number, high: number) => ({
  low,
  high,
  samples: 1000,
  validSamples: 1000,
  confidence: 0.95,
  method: 'percentile' as const,
});

function evaluation(size: Size, failing: boolean): EvaluationPart {
  const averaged = { precision: value(0.7), recall: value(0.6), f1: value(0.65) };
  const slices = size.slices ?? 3;
  return {
    format: 'mlops-actions/metrics',
    formatVersion: 1,
    model: { name: 'churn', version: CANDIDATE, task: 'binary' },
    label: 'churned',
    rows: 1000,
    rowsWithoutLabel: 0,
    classes: ['0', '1'],
    headline: { metric: 'rocAuc', value: failing ? 0.61 : 0.74, higherIsBetter: true },
    metrics: {
      n: 1000,
      accuracy: value(0.855),
      balancedAccuracy: value(0.5),
      perClass: [],
      macro: averaged,
      micro: averaged,
      weighted: averaged,
      rocAuc: value(failing ? 0.61 : 0.74),
      prAuc: value(0.3),
      logLoss: value(0.37),
      brier: value(0.11),
      ece: { value: null, undefinedReason: 'no rows' },
      confusionMatrix: [
        [850, 5],
        [140, 5],
      ],
    },
    intervals: {
      rocAuc: interval(0.7, 0.78),
      accuracy: interval(0.83, 0.88),
      logLoss: { low: null, high: null, reason: 'too few rows' },
    },
    slices: {
      ranked: Array.from({ length: slices }, (_, index) => ({
        rank: index + 1,
        key: `plan=${name('plan', index, size.nameLength ?? 4)} & region=west`,
        size: 85,
        value: 0.6 + index / (slices * 10),
        metrics: {},
      })),
      skipped: [],
    },
    verdict: {
      kind: 'evaluate',
      passed: !failing,
      checks: [
        {
          check: 'metric.rocAuc',
          status: failing ? 'fail' : 'pass',
          value: failing ? 0.61 : 0.74,
          threshold: '≥ 0.7',
          message: `rocAuc = ${failing ? '0.6100 is below' : '0.7406 meets'} ≥ 0.7`,
        },
      ],
      createdAt: NOW,
    },
    predictions: '.mlops/evaluate/predictions.csv',
    scoring: { seconds: 1, rowsPerSecond: 1000, scoringSeconds: 0.5, inferenceSeconds: 0.3 },
  };
}

function comparison(size: Size): ComparisonPart {
  const slices = size.slices ?? 3;
  const checks = [
    check('metric.rocAuc.non-inferiority', 'pass', 'CI lower bound −0.0058 > −0.03'),
    check('metric.logLoss.bounds', 'pass', 'logLoss 0.37 ≤ 0.5'),
  ];
  return {
    advisory: false,
    verdict: { kind: 'compare-baseline', passed: true, checks, createdAt: NOW },
    blessed: true,
    task: 'binary',
    rows: 1000,
    candidateVersion: CANDIDATE,
    baselineVersion: BASELINE,
    baselineKind: 'predictions',
    firstRun: false,
    checks,
    metrics: {
      candidate: { rocAuc: value(0.7455), logLoss: value(0.3714), accuracy: value(0.86) },
      baseline: { rocAuc: value(0.7393), logLoss: value(0.376), accuracy: value(0.854) },
      difference: {
        rocAuc: { value: 0.0063, interval: interval(-0.0058, 0.0184), direction: 'higher' },
        logLoss: { value: -0.0046, interval: interval(-0.0087, -0.0001), direction: 'lower' },
        accuracy: { value: 0.006, interval: null, direction: 'higher' },
      },
    },
    flipRate: { rate: 0.012, flipped: 12, rows: 1000, kind: 'class' },
    sliceMetric: 'rocAuc',
    worstSlices: Array.from({ length: slices }, (_, index) => ({
      key: `region=${name('region', index, size.nameLength ?? 4)}`,
      size: 300,
      baselineSize: 300,
      candidate: 0.7,
      baseline: 0.72,
      difference: -0.02,
      regression: 0.02,
      status: index === 0 ? ('fail' as const) : ('pass' as const),
      message: 'rocAuc 0.72 → 0.70',
    })),
    bootstrap: { samples: 1000, seed: 0, confidence: 0.95 },
  };
}

function serving(size: Size): ServingPart {
  const count = size.servingChecks ?? 3;
  return {
    verdict: {
      kind: 'check-serving-compat',
      passed: true,
      checks: Array.from({ length: count }, (_, index) =>
        check(
          index === 0 ? 'runtime.ir-version' : 'serving.bad-request',
          index % 2 === 0 ? 'pass' : 'warn',
          `check ${index}`,
        ),
      ),
      createdAt: NOW,
    },
    model: { name: 'churn', version: CANDIDATE },
    servedParity: 0,
    goldenRequests: 200,
    malformedRequests: 7,
    load: { loadSeconds: 0.03, peakRssBytes: 83_316_736, baselineRssBytes: 54_247_424 },
  };
}

function loadTest(): LoadPart {
  const run = (p99: number) => ({
    url: 'http://127.0.0.1:1/v1/models/churn:predict',
    requests: 31_796,
    successes: 31_790,
    errors: { total: 6, byKind: { 'http-503': 4, timeout: 2 } },
    errorRate: 6 / 31_796,
    qps: 6359.2,
    latencyMs: { p50: 0.916, p90: 1.298, p95: 2.541, p99, max: 217.261, mean: 1.224 },
    histogram: [
      { fromMs: 0.63, toMs: 0.8, count: 6111 },
      { fromMs: 0.8, toMs: 1, count: 14_877 },
      { fromMs: 1, toMs: 1.25, count: 7221 },
    ],
    durationSeconds: 5,
    connections: 8,
    rate: null,
    warmup: { seconds: 1, requests: 749, errors: 0 },
  });
  return {
    verdict: {
      kind: 'load-test',
      passed: true,
      checks: [check('load.p99-ms', 'pass', 'p99 latency 7.28 ms ≤ limit 50 ms')],
      createdAt: NOW,
    },
    model: { name: 'churn', version: CANDIDATE },
    result: run(7.282),
    baseline: run(6.9),
    sharedCpuCores: 2,
  };
}

function promotion(): PromotionPart {
  return {
    registry: 'fs:.mlops/registry',
    verdict: {
      kind: 'promote',
      passed: true,
      checks: [check('promote.moved', 'pass', 'dev now runs it')],
      createdAt: NOW,
    },
    promoted: true,
    version: CANDIDATE,
    previous: BASELINE,
    unchanged: false,
    event: {
      stage: 'dev',
      version: CANDIDATE,
      previous: BASELINE,
      action: 'promote',
      reason: 'ci',
      actor: 'octocat',
      at: NOW,
      evidence: [{ kind: 'data', digest: BASELINE, passed: true }],
      outcome: 'success',
    },
  };
}

function fullRun(size: Size = {}, failing = false): RunSummary {
  return {
    ...emptyRunSummary('.mlops'),
    validation: validation(size, failing),
    training: training(size),
    evaluation: evaluation(size, failing),
    comparison: comparison(size),
    serving: serving(size),
    load: loadTest(),
    promotion: promotion(),
  };
}

const options = { workflow: 'ci', model: 'churn', runUrl: 'https://github.com/octo-org/models/actions/runs/42' };

/** Markdown structure that truncation must never break. */
function expectWellFormed(markdown: string): void {
  const lines = markdown.split('\n');
  expect((markdown.match(/^```/gm) ?? []).length % 2).toBe(0);
  for (const line of lines) {
    if (line.startsWith('|')) expect(line.endsWith('|'), line.slice(0, 80)).toBe(true);
  }
  // A cut table still has its header, and every table ends before its "more rows" note.
  for (const [index, line] of lines.entries()) {
    if (/^\|(---\|)+$/.test(line)) expect(lines[index - 1]?.startsWith('|')).toBe(true);
    if (line.startsWith('… ') && line.includes("more rows in the run's artifacts")) {
      expect(lines[index - 1]?.startsWith('|')).toBe(false);
    }
  }
}

function sectionHeadings(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('### '))
    .map((line) => line.replace(/^### (?:(?:✅|❌|⚠️|⏭️) )?/u, ''));
}

describe('renderPrComment', () => {
  it('starts with the marker, then the verdict with one line per step, then the sections in order', () => {
    const markdown = renderPrComment(fullRun(), options);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('<!-- mlops-actions:pr-comment workflow=ci model=churn -->');
    expect(lines[1]).toBe('## ⚠️ `churn` passed with warnings');
    for (const part of [
      'validate-data',
      'train',
      'evaluate',
      'compare-baseline',
      'check-serving-compat',
      'load-test',
      'promote',
    ]) {
      expect(markdown).toMatch(new RegExp(`^\\| \\S+ \\| ${part} \\| .+ \\|$`, 'm'));
    }
    expect(sectionHeadings(markdown)).toEqual([
      'Data validation',
      'Metrics against the baseline',
      'Worst slices',
      'Serving checks',
      'Load test',
      'Chart: metric changes',
      'Chart: latency histogram',
      'Chart: loss curve',
      'Model',
    ]);
    expect(markdown).toContain('| ✅ | rocAuc | 0.7455 | 0.7393 | +0.0063 | [−0.0058, +0.0184] | higher |');
    expect(markdown).toContain('| p99 | 7.28 ms | 6.9 ms | +0.382 ms (+5.5%) |');
    expect(markdown).toContain('[workflow run and artifacts](https://github.com/octo-org/models/actions/runs/42)');
    expect((markdown.match(/```mermaid\nxychart-beta/g) ?? []).length).toBe(3);
    expect(markdown).not.toMatch(/<img|!\[/);
    expectWellFormed(markdown);
    expect(parseCommentMarker(markdown)).toEqual({ marker: lines[0], workflow: 'ci', model: 'churn' });
  });

  it('puts a failure first: ❌ in the heading, the failing step and its checks', () => {
    const markdown = renderPrComment(fullRun({}, true), options);
    expect(markdown.split('\n')[1]).toBe('## ❌ `churn` failed (2 of 7 steps)');
    expect(markdown).toContain('**Failing checks**');
    expect(markdown).toContain('- ❌ evaluate `metric.rocAuc`: rocAuc = 0.6100 is below ≥ 0.7');
    expect(
      stepStatuses(fullRun({}, true))
        .filter((step) => step.status === 'fail')
        .map((step) => step.part),
    ).toEqual(['validate-data', 'evaluate']);
  });

  it('keeps a huge run under 65,536 characters with the marker and the verdict first', () => {
    const huge = fullRun(
      {
        features: 5000,
        drifted: 5000,
        anomalies: 3000,
        slices: 2000,
        servingChecks: 1500,
        epochs: 20_000,
        nameLength: 300,
      },
      true,
    );
    const started = performance.now();
    const markdown = renderPrComment(huge, options);
    expect(performance.now() - started).toBeLessThan(2000);
    process.stdout.write(`PR comment of the huge run: ${markdown.length} characters\n`);
    expect(markdown.length).toBeLessThanOrEqual(MAX_COMMENT_CHARACTERS);
    expect(markdown.startsWith(`${commentMarker('ci', 'churn')}\n## ❌ \`churn\` failed`)).toBe(true);
    expect(markdown).toContain(
      '| ❌ | validate-data | 1000 rows × 5000 columns; 3000 schema anomalies (3000 failing); 5000 of 5000 features drifted (100%) |',
    );
    expect(markdown).toMatch(/… \d+ more rows in the run's artifacts/);
    expect(markdown).toContain('… 4975 more rows');
    expect(markdown).toContain('- … 2991 more failing checks');
    expectWellFormed(markdown);
  });

  it('collapses lower-priority sections to one line and cuts tables at a row when the budget is short', () => {
    const huge = fullRun({ features: 5000, drifted: 5000, anomalies: 50, slices: 2000, nameLength: 150 });
    const limit = 9000;
    const markdown = renderPrComment(huge, { ...options, limit });
    expect(markdown.length).toBeLessThanOrEqual(limit);
    expect(markdown.startsWith(commentMarker('ci', 'churn'))).toBe(true);
    expect(markdown).toContain('| ✅ | train |');
    // The highest-priority section keeps a cut table; the lowest ones are one line each.
    expect(sectionHeadings(markdown)[0]).toBe('Data validation');
    expect(markdown).toMatch(/^… \d+ more rows in the run's artifacts$/m);
    expect(markdown).toMatch(
      /^\*\*Model\*\*: .* \(shortened to fit GitHub's comment limit; see the run's artifacts\)\.$/m,
    );
    expect(markdown).toMatch(/^\*\*Chart: loss curve\*\*: 6 epochs/m);
    expectWellFormed(markdown);
    for (const limitTried of [3000, 5000, 12_000, 20_000, 40_000]) {
      const cut = renderPrComment(huge, { ...options, limit: limitTried });
      expect(cut.length).toBeLessThanOrEqual(limitTried);
      expect(cut.split('\n')[0]).toBe(commentMarker('ci', 'churn'));
      expectWellFormed(cut);
    }
  });

  it('escapes what the data can put in names: pipes, HTML, newlines, backticks, a marker', () => {
    const run = fullRun({ drifted: 1 });
    const drift = run.validation?.drift;
    if (drift?.features[0] === undefined) throw new Error('fixture');
    drift.features[0].feature = 'a|b <!-- mlops-actions:pr-comment --> `c`\nd';
    const markdown = renderPrComment(run, { ...options, workflow: 'my flow -->', model: 'x y' });
    expect(markdown.split('\n')[0]).toBe('<!-- mlops-actions:pr-comment workflow=my_flow___ model=x_y -->');
    expect(markdown).toContain('| a\\|b &lt;!-- mlops-actions:pr-comment --&gt; `c` d |');
    expect(markdown.match(/<!--/g)).toHaveLength(1);
    expectWellFormed(markdown);
  });

  it('renders whatever part of a run there is', () => {
    const onlyLoad = { ...emptyRunSummary('.mlops'), load: loadTest() };
    const markdown = renderPrComment(onlyLoad, { workflow: 'ci' });
    expect(markdown.split('\n')[0]).toBe(commentMarker('ci', 'churn'));
    expect(markdown).toContain(
      'Not in this run: validate-data, train, evaluate, compare-baseline, check-serving-compat, promote.',
    );
    expect(sectionHeadings(markdown)).toEqual(['Load test', 'Chart: latency histogram']);
    const nothing = renderPrComment(emptyRunSummary('.mlops'), { workflow: 'ci' });
    expect(nothing.split('\n').slice(0, 2)).toEqual([commentMarker('ci', 'model'), '## ⚠️ `model` no results found']);
  });
});

describe('loadRunSummary', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'mlops-run-summary-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  async function put(relative: string, content: unknown): Promise<string> {
    const file = path.join(directory, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  }

  it('reads the parts that are there, reports unreadable ones, and takes the newest <part>-N directory', async () => {
    const run = fullRun();
    await put('validate-data/result.json', { ...run.validation, profile: 'profile.json' });
    await put('evaluate/metrics.json', run.evaluation);
    await put('compare-baseline/verdict.json', {
      format: 'mlops-actions/blessing',
      formatVersion: 1,
      ...run.comparison,
    });
    await put('check-serving-compat/verdict.json', { ...run.serving, format: 'mlops-actions/serving-verdict' });
    await put('load-test/verdict.json', '{"format": "mlops-actions/load-verdict", ');
    await put('promote/audit-entry.json', { format: 'mlops-actions/something-else' });
    const older = await put('train-1/result.json', { ...run.training, finalLoss: 0.9 });
    await put('train-2/result.json', run.training);
    await utimes(older, new Date(2000, 0, 1), new Date(2000, 0, 1));

    const summary = await loadRunSummary(directory);
    expect(summary.validation?.rows).toBe(1000);
    expect(summary.training?.finalLoss).toBe(0.42);
    expect(summary.files.train).toBe(path.join(directory, 'train-2/result.json'));
    expect(summary.evaluation?.headline.metric).toBe('rocAuc');
    expect(summary.comparison?.blessed).toBe(true);
    expect(summary.serving?.goldenRequests).toBe(200);
    expect(summary.load).toBeNull();
    expect(summary.promotion).toBeNull();
    expect(summary.problems.map((problem) => [problem.part, problem.message.split(':')[0]])).toEqual([
      ['load-test', 'not JSON'],
      ['promote', 'not an mlops-actions/promotion document'],
    ]);
    const markdown = renderPrComment(summary, options);
    expect(markdown).toContain('## ⚠️ `churn` passed with warnings');
    expect(markdown).toMatch(/⚠️ could not read `.*load-test\/verdict\.json`: not JSON/);
  });

  it('is empty, not an error, for a directory that does not exist', async () => {
    const summary = await loadRunSummary(path.join(directory, 'missing'));
    expect(summary).toEqual(emptyRunSummary(path.join(directory, 'missing')));
  });
});
