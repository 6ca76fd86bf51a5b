import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configSection } from '../config/config.js';
import { fileArtifact, modelArtifact } from '../lineage/artifacts.js';
import { ActionInputs, setOutputs } from './inputs.js';
import type { ActionIO, ActionOutcome } from './io.js';

const ACTION = 'compare-baseline';

/** Reads inputs and thresholds, compares candidate and baseline on the same rows, writes the blessing. */
export async function runCompareBaseline(io: ActionIO): Promise<ActionOutcome> {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string('output') ?? path.join('.mlops', ACTION);
  // The required inputs first: a step missing one fails before anything else loads.
  const model = inputs.required('model');
  const data = inputs.required('data');
  // Parsed before any scoring, so a typo in a threshold fails in a second rather than after the models ran.
  const { parseComparisonConfig } = await import('../compare/config.js');
  const config = parseComparisonConfig(section);
  const bootstrapSamples = inputs.number('bootstrap-samples', 1000, { min: 0, max: 100000 });
  const baseline = inputs.string('baseline');
  const label = inputs.string('label');
  await mkdir(output, { recursive: true });
  // Built before the domain module loads, so a missing input fails without loading it.
  const request: Parameters<typeof import('../compare/run.js').compareWithBaseline>[0] = {
    model,
    ...(baseline === undefined ? {} : { baseline }),
    registry: (await import('../registry/open.js')).openRegistry(
      inputs.string('registry') ?? path.join('.mlops', 'registry'),
    ),
    data,
    ...(label === undefined ? {} : { label }),
    format: 'auto',
    config,
    output,
    bootstrapSamples: Math.round(bootstrapSamples),
    confidence: inputs.number('confidence-level', 0.95, { min: 0.5, max: 0.9999 }),
    seed: inputs.number('seed', 0, { min: 0, max: 2 ** 31 - 1 }),
    bootstrapPolicy: inputs.oneOf('bootstrap', ['allow', 'deny'] as const, 'deny'),
    log: (line) => io.report(line),
  };
  const result = await (await import('../compare/run.js')).compareWithBaseline(request);
  const advisory = inputs.boolean('advisory', false);
  const verdictPath = path.join(output, 'verdict.json');
  const reportPath = path.join(output, 'report.md');
  const document = { format: 'mlops-actions/blessing', formatVersion: 1, advisory, ...result };
  const markdown = (await import('../compare/report.js')).renderComparisonMarkdown(result);
  await writeFile(verdictPath, `${JSON.stringify(document, null, 2)}\n`);
  await writeFile(reportPath, markdown);
  setOutputs(io, ACTION, {
    blessed: String(result.blessed),
    verdict: verdictPath,
    report: reportPath,
    'flip-rate': result.flipRate === null ? '' : String(result.flipRate.rate),
  });
  for (const check of result.checks.filter((c) => c.status === 'fail').slice(0, 9)) {
    io.annotate(advisory ? 'warning' : 'error', `${check.check}: ${check.message}`);
  }
  await io.summary(markdown);
  io.report((await import('../compare/report.js')).renderComparisonTerminal(result));
  if (advisory && !result.blessed)
    io.report('advisory: the candidate is not blessed, but advisory mode does not fail the step');
  io.result(document);
  return {
    passed: result.blessed || advisory,
    lineage: {
      registry: inputs.string('registry') ?? path.join('.mlops', 'registry'),
      parameters: {
        bootstrap: inputs.oneOf('bootstrap', ['allow', 'deny'] as const, 'deny'),
        advisory,
        bootstrapSamples,
      },
      inputs: [
        modelArtifact('candidate', result.candidateVersion, inputs.required('model')),
        ...(result.baselineVersion === null
          ? []
          : [modelArtifact('baseline', result.baselineVersion, baseline ?? 'production')]),
      ],
      outputs: [await fileArtifact('blessing', 'Verdict', verdictPath, { blessed: result.blessed })],
      ...(result.baselineVersion === null ? {} : { previousModel: result.baselineVersion }),
      verdicts: [{ kind: 'compare-baseline', passed: result.blessed }],
    },
  };
}
