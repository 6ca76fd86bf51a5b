import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configSection } from '../config/config.js';
import { ConfigurationError } from '../core/errors.js';
import type { EvaluateResult, MetricBounds } from '../evaluate/run.js';
import { ActionInputs, setOutputs } from './inputs.js';
import type { ActionIO, ActionOutcome } from './io.js';

const ACTION = 'evaluate';

/** Reads inputs into a request, scores the model with ONNX Runtime, writes metrics, predictions and the summary. */
export async function runEvaluate(io: ActionIO): Promise<ActionOutcome> {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string('output') ?? path.join('.mlops', ACTION);
  // The required inputs first: a step missing one fails before anything else loads.
  const model = inputs.required('model');
  const data = inputs.required('data');
  const { parseSliceConfig, parseSliceLine } = await import('../evaluate/slice-text.js');
  const slicesInput = io.input('slices');
  const slices =
    slicesInput === undefined
      ? parseSliceConfig(section.slices)
      : slicesInput
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean)
          .map(parseSliceLine);
  const bootstrapSamples = inputs.number('bootstrap-samples', 1000, { min: 0, max: 100000 });
  const batchSize = inputs.number('batch-size', 1024, { min: 1, max: 1 << 20 });
  if (!Number.isInteger(bootstrapSamples) || !Number.isInteger(batchSize)) {
    throw new ConfigurationError('evaluate: `bootstrap-samples` and `batch-size` must be whole numbers');
  }
  await mkdir(output, { recursive: true });
  const label = inputs.string('label');
  const delimiter = inputs.string('delimiter');
  // Built before the domain module loads, so a missing input fails without loading it.
  const request: Parameters<typeof import('../evaluate/run.js').evaluateModel>[0] = {
    model,
    features: inputs.list('features'),
    data,
    ...(label === undefined ? {} : { label }),
    slices,
    minSliceSize: typeof section['min-slice-size'] === 'number' ? section['min-slice-size'] : 30,
    bootstrapSamples,
    confidence: typeof section['confidence-level'] === 'number' ? section['confidence-level'] : 0.95,
    seed: inputs.number('seed', 0, { min: 0, max: 2 ** 31 - 1 }),
    batchSize,
    format: inputs.oneOf('format', ['auto', 'csv', 'jsonl', 'parquet'] as const, 'auto'),
    ...(delimiter === undefined ? {} : { delimiter }),
    thresholds: (section.thresholds ?? {}) as Record<string, MetricBounds>,
    predictionsPath: path.join(output, 'predictions.csv'),
    log: (line) => io.report(line),
    progress: (done, total) => io.progress?.('scoring', done, total),
  };
  const result = await (await import('../evaluate/run.js')).evaluateModel(request);
  const metricsPath = path.join(output, 'metrics.json');
  const document = metricsDocument(result);
  await writeFile(metricsPath, `${JSON.stringify(document, null, 2)}\n`);
  setOutputs(io, ACTION, {
    metrics: metricsPath,
    predictions: result.predictionsPath,
    'headline-metric': result.headline.metric,
    'headline-value': result.headline.value === null ? '' : String(result.headline.value),
    passed: String(result.verdict.passed),
  });
  for (const check of result.verdict.checks.filter((c) => c.status === 'fail'))
    io.annotate('error', `${check.check}: ${check.message}`);
  await io.summary((await import('../evaluate/report.js')).renderEvaluateMarkdown(result));
  io.report((await import('../evaluate/report.js')).renderEvaluateTerminal(result));
  io.result(document);
  const [{ datasetArtifact, fileArtifact, modelArtifact }, { scalarMetrics }] = await Promise.all([
    import('../lineage/artifacts.js'),
    import('../evaluate/metrics.js'),
  ]);
  return {
    passed: result.verdict.passed,
    lineage: {
      parameters: { slices: slices.length, bootstrapSamples },
      inputs: [
        modelArtifact('model', result.model.version, model, { task: result.model.task }),
        await datasetArtifact('data', data, result.rows + result.rowsWithoutLabel),
      ],
      outputs: [await fileArtifact('metrics', 'Metrics', metricsPath)],
      metrics: Object.fromEntries(
        Object.entries(scalarMetrics(result.metrics)).map(([name, value]) => [name, value.value]),
      ),
      verdicts: [{ kind: 'evaluate', passed: result.verdict.passed }],
    },
  };
}

/** The metrics file compare-baseline and the reports read: everything measured, with intervals and slices. */
export function metricsDocument(result: EvaluateResult) {
  return {
    format: 'mlops-actions/metrics',
    formatVersion: 1,
    model: result.model,
    label: result.label,
    rows: result.rows,
    rowsWithoutLabel: result.rowsWithoutLabel,
    classes: result.classes,
    headline: result.headline,
    metrics: result.metrics,
    intervals: result.intervals,
    slices: {
      ranked: result.slices.ranked.map(({ slice, value, rank }) => ({
        rank,
        key: slice.key,
        size: slice.size,
        value,
        metrics: slice.metrics,
      })),
      skipped: result.slices.skipped.map(({ slice, reason }) => ({ key: slice.key, size: slice.size, reason })),
    },
    verdict: result.verdict,
    predictions: result.predictionsPath,
    scoring: result.scoring,
  };
}
