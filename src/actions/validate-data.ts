import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configSection } from '../config/config.js';
import { ConfigurationError } from '../core/errors.js';
import { datasetArtifact, fileArtifact } from '../lineage/artifacts.js';
import type { DriftMethod, DriftOptions } from '../stats/drift.js';
import type { AnomalyKind, Severity } from '../validate/anomalies.js';
import type { ValidateDataResult } from '../validate/run.js';
import { startProfileWorkerEarly } from '../validate/worker-start.js';
import { ActionInputs, setOutputs } from './inputs.js';
import { type ActionIO, type ActionOutcome, MAX_ANNOTATIONS } from './io.js';

const ACTION = 'validate-data';

interface DriftSection {
  correction?: 'benjamini-hochberg' | 'none';
  share?: number;
  'small-reference-rows'?: number;
  'psi-bins'?: number;
  features?: Record<string, { method?: DriftMethod; threshold?: number }>;
}

/** Reads inputs into a typed request, runs the domain code, writes outputs, files and the summary. */
export async function runValidateData(io: ActionIO): Promise<ActionOutcome> {
  const inputs = await ActionInputs.load(ACTION, io);
  // The same refusal the domain code makes, before it loads: a step without data fails fast.
  if (inputs.string('data') === undefined && inputs.list('merge-profiles').length === 0) {
    throw new ConfigurationError('nothing to validate: set `data` (a file or glob) or `merge-profiles`');
  }
  const section = configSection(inputs.config, ACTION);
  const drift = (section.drift ?? {}) as DriftSection;
  const driftOptions: DriftOptions = {
    correction: drift.correction ?? 'benjamini-hochberg',
    driftShare: drift.share ?? 0.5,
    smallReferenceRows: drift['small-reference-rows'] ?? 1000,
    psiBins: drift['psi-bins'] ?? 10,
    overrides: drift.features ?? {},
  };
  const output = inputs.string('output') ?? path.join('.mlops', ACTION);
  // Built before the domain module loads, so a missing input fails without loading it.
  const request: Parameters<typeof import('../validate/run.js').validateData>[0] = {
    data: inputs.string('data'),
    reference: inputs.string('reference'),
    schema: inputs.string('schema'),
    inferSchemaTo: inputs.string('infer-schema'),
    label: inputs.string('label'),
    failOn: inputs.oneOf('fail-on', ['schema', 'drift', 'none'] as const, 'schema'),
    environment: inputs.string('environment') ?? 'TRAINING',
    mergeProfiles: inputs.list('merge-profiles'),
    delimiter: inputs.string('delimiter'),
    format: inputs.oneOf('format', ['auto', 'csv', 'jsonl', 'parquet'] as const, 'auto'),
    severity: (section.severity ?? {}) as Partial<Record<AnomalyKind, Severity>>,
    drift: driftOptions,
    progress: (done, total) => io.progress?.('scanning data', done, total),
  };
  // Boots while the domain code loads, so a large CSV file is profiled by two threads from the start. Not with a
  // data file as the reference: the data is then checked for leaked rows, which needs one thread.
  const referenceIsData = request.reference !== undefined && !request.reference.toLowerCase().endsWith('.json');
  if (request.data !== undefined && !referenceIsData) startProfileWorkerEarly();
  const result = await (await import('../validate/run.js')).validateData(request);

  await mkdir(output, { recursive: true });
  const resultPath = path.join(output, 'result.json');
  const profilePath = path.join(output, 'profile.json');
  await writeFile(profilePath, `${JSON.stringify(result.profile)}\n`);
  const document = resultDocument(result, profilePath);
  await writeFile(resultPath, `${JSON.stringify(document, null, 2)}\n`);
  if (result.schemaSource !== 'file') {
    await writeFile(path.join(output, 'schema.inferred.json'), `${JSON.stringify(result.schema, null, 2)}\n`);
  }

  setOutputs(io, ACTION, {
    passed: String(result.verdict.passed),
    result: resultPath,
    profile: profilePath,
    anomalies: String(result.anomalies.length),
    'drifted-features': String(result.drift?.driftedCount ?? 0),
    'drift-share': String(result.drift?.share ?? 0),
  });
  annotate(io, result);
  await io.summary((await import('../validate/report.js')).renderMarkdown(result));
  io.report((await import('../validate/report.js')).renderTerminal(result));
  io.result(document);
  const data = inputs.string('data');
  const reference = inputs.string('reference');
  return {
    passed: result.verdict.passed,
    lineage: {
      parameters: {
        failOn: inputs.oneOf('fail-on', ['schema', 'drift', 'none'] as const, 'schema'),
        schema: result.schemaSource,
      },
      // Dataset digests are those train records, so `mlops lineage` joins the data checks to the training run.
      inputs: [
        ...(data === undefined ? [] : [await datasetArtifact('data', data, result.profile.rows)]),
        ...(reference === undefined || reference.toLowerCase().endsWith('.json')
          ? []
          : [await datasetArtifact('reference', reference)]),
      ],
      outputs: [
        await fileArtifact('data-verdict', 'Verdict', resultPath, { passed: result.verdict.passed }),
        await fileArtifact('profile', 'Profile', profilePath),
      ],
      verdicts: [{ kind: 'validate-data', passed: result.verdict.passed }],
    },
  };
}

function resultDocument(result: ValidateDataResult, profilePath: string) {
  return {
    verdict: result.verdict,
    schemaSource: result.schemaSource,
    rows: result.profile.rows,
    sources: result.profile.sources,
    profile: profilePath,
    anomalies: result.anomalies,
    drift: result.drift,
    statistics: result.statistics,
  };
}

/**
 * Failures first, then warnings, pointing at the data file when known. GitHub shows 10 error annotations a
 * step; one is kept free for the step's own failure message, which comes last.
 */
function annotate(io: ActionIO, result: ValidateDataResult): void {
  const file = result.profile.sources.length === 1 ? result.profile.sources[0]?.path : undefined;
  const findings = [...result.verdict.checks]
    .filter((check) => check.status === 'fail' || check.status === 'warn')
    .sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1))
    .slice(0, MAX_ANNOTATIONS - 1);
  for (const check of findings) {
    const line = check.examples?.[0]?.match(/^line (\d+)/)?.[1];
    const location = file === undefined ? undefined : { file, ...(line === undefined ? {} : { line: Number(line) }) };
    io.annotate(check.status === 'fail' ? 'error' : 'warning', `${check.check}: ${check.message}`, location);
  }
}
