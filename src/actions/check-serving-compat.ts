import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configSection } from '../config/config.js';
import { ConfigurationError } from '../core/errors.js';
import { fileArtifact, modelArtifact } from '../lineage/artifacts.js';
import { ActionInputs, setOutputs } from './inputs.js';
import type { ActionIO, ActionOutcome } from './io.js';

const ACTION = 'check-serving-compat';

/** Reads inputs, runs the serving checks (runtime, contract, real server), writes the verdict and summary. */
export async function runCheckServingCompat(io: ActionIO): Promise<ActionOutcome> {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string('output') ?? path.join('.mlops', ACTION);
  const memoryLimit = inputs.string('memory-limit');
  const relative = (value: unknown, key: string): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new ConfigurationError(`mlops.yml: \`${ACTION}.${key}\` must be a path`);
    return inputs.configPath(value);
  };
  const features = section.features;
  const golden = inputs.list('golden-requests');
  if (golden.length > 1)
    throw new ConfigurationError(`${ACTION}: give one \`golden-requests\` file (got ${golden.length})`);
  const baseline = inputs.string('baseline');
  const data = inputs.string('data');
  const contract = relative(section.contract, 'contract');
  // Built before the domain module loads, so a missing input fails without loading it.
  const request: Parameters<typeof import('../serve/check.js').checkServing>[0] = {
    model: inputs.required('model'),
    features: Array.isArray(features) ? features.map(String) : [],
    ...(baseline === undefined ? {} : { baseline }),
    ...(contract === undefined ? {} : { contract }),
    ...(data === undefined ? {} : { data }),
    format: 'auto',
    ...(golden[0] === undefined ? {} : { goldenRequests: golden[0] }),
    goldenRows: typeof section['golden-rows'] === 'number' ? section['golden-rows'] : 100,
    ...(memoryLimit === undefined
      ? {}
      : { memoryLimitBytes: (await import('../serve/compat.js')).parseMemoryLimit(memoryLimit) }),
    loadTimeoutSeconds: inputs.number('load-timeout-seconds', 60, { min: 0.1, max: 3600 }),
    retries: typeof section.retries === 'number' ? section.retries : 2,
    tolerance: inputs.number('tolerance', 1e-5, { min: 0 }),
    executionProviders: inputs.list('execution-providers').length > 0 ? inputs.list('execution-providers') : ['cpu'],
    log: (line) => io.report(line),
  };
  const result = await (await import('../serve/check.js')).checkServing(request);
  await mkdir(output, { recursive: true });
  const verdictPath = path.join(output, 'verdict.json');
  const document = { ...result, format: 'mlops-actions/serving-verdict', formatVersion: 1 };
  await writeFile(verdictPath, `${JSON.stringify(document, null, 2)}\n`);
  setOutputs(io, ACTION, {
    passed: String(result.verdict.passed),
    verdict: verdictPath,
    'served-parity': result.servedParity === null ? '' : String(result.servedParity),
  });
  for (const check of result.verdict.checks.filter((c) => c.status === 'fail').slice(0, 9)) {
    io.annotate('error', `${check.check}: ${check.message}`);
  }
  await io.summary((await import('../serve/report.js')).renderServingMarkdown(result));
  io.report((await import('../serve/report.js')).renderServingTerminal(result));
  io.result(document);
  return {
    passed: result.verdict.passed,
    lineage: {
      parameters: { executionProviders: inputs.list('execution-providers'), memoryLimit: memoryLimit ?? null },
      inputs: [modelArtifact('model', result.model.version, inputs.required('model'))],
      outputs: [await fileArtifact('infra-verdict', 'Verdict', verdictPath, { passed: result.verdict.passed })],
      verdicts: [{ kind: 'check-serving-compat', passed: result.verdict.passed }],
    },
  };
}
