import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configSection } from '../config/config.js';
import { ConfigurationError } from '../core/errors.js';
import { PACKAGE_VERSION } from '../generated/versions.generated.js';
import type { BackendRequest } from '../train/backend.js';
import type { TrainRequest, TrainResult } from '../train/run.js';
import { ActionInputs, setOutputs } from './inputs.js';
import type { ActionIO, ActionOutcome } from './io.js';

const ACTION = 'train';

/** Reads inputs into a request, trains (built-in or the user's command), writes the package and the summary. */
export async function runTrain(io: ActionIO): Promise<ActionOutcome> {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string('output') ?? path.join('.mlops', ACTION);
  const label = inputs.string('label');
  if (label === undefined) {
    throw new ConfigurationError(
      'train: set `label` (the column to predict) with --label, in `with:`, or in mlops.yml',
    );
  }
  const data = inputs.required('data');
  // Loaded once the required inputs are there: a step missing one fails without loading the data readers,
  // the schema validator or the package code.
  const [
    { codeDigest, StepCache, stepCacheKey, workTreeDigest },
    { modelArtifact },
    { MANIFEST_FILE, readModelPackage },
    { builtinParams, parseParamsText },
    { renderTrainMarkdown, renderTrainTerminal },
  ] = await Promise.all([
    import('../cache/step-cache.js'),
    import('../lineage/artifacts.js'),
    import('../model/package.js'),
    import('../train/params.js'),
    import('../train/report.js'),
  ]);
  const configParams = section.params;
  const params = {
    ...(typeof configParams === 'object' && configParams !== null
      ? (configParams as Record<string, unknown>)
      : parseParamsText(typeof configParams === 'string' ? configParams : undefined)),
    ...parseParamsText(io.input('params')),
  };
  const epochs =
    inputs.string('epochs') === undefined ? undefined : inputs.number('epochs', 1, { min: 1, max: 100000 });
  if (epochs !== undefined && !Number.isInteger(epochs))
    throw new ConfigurationError('train: input `epochs` must be a whole number');
  const schema = typeof section.schema === 'string' ? inputs.configPath(section.schema) : undefined;
  const request: TrainRequest = {
    data,
    ...(inputs.string('validation-data') === undefined
      ? {}
      : { validationData: inputs.string('validation-data') as string }),
    label,
    output: path.join(output, 'model'),
    name: typeof section.name === 'string' ? section.name : 'model',
    seed: inputs.number('seed', 0, { min: 0, max: 2 ** 31 - 1 }),
    ...(epochs === undefined ? {} : { epochs }),
    params,
    backend: inputs.oneOf('backend', ['auto', 'tensorflow', 'wasm', 'cpu'] as const, 'auto') as BackendRequest,
    requireGpu: inputs.boolean('require-gpu', false),
    timeoutMinutes: inputs.number('timeout-minutes', 60, { min: 0.01, max: 60 * 24 * 7 }),
    format: inputs.oneOf('format', ['auto', 'csv', 'jsonl', 'parquet'] as const, 'auto'),
    ...(inputs.string('delimiter') === undefined ? {} : { delimiter: inputs.string('delimiter') as string }),
    ...(schema === undefined ? {} : { schema }),
    features: stringList(section.features, 'train.features'),
    exclude: stringList(section.exclude, 'train.exclude'),
    log: (line) => io.report(line),
    progress: (done, total) => io.progress?.('training epochs', done, total),
  };
  const command = inputs.string('command');
  const cacheEnabled = section['step-cache'] !== false && process.env.MLOPS_STEP_CACHE !== '0';
  // The command line does not name the code it runs: with a command, the repository's content enters the key.
  const userCode = command === undefined || !cacheEnabled ? undefined : await workTreeDigest();
  if (cacheEnabled && command !== undefined && userCode === undefined)
    io.report(
      'train: step cache not used: the training command runs outside a git work tree, so an edited script could not be told from the one cached',
    );
  const cache = new StepCache(path.join('.mlops', 'cache'), {
    warn: (message) => {
      io.report(`train: ${message}`);
      io.annotate('warning', `train.step-cache: ${message}`);
    },
  });
  const key =
    cacheEnabled && (command === undefined || userCode !== undefined)
      ? await stepCacheKey({
          step: ACTION,
          data: [request.data, ...(request.validationData === undefined ? [] : [request.validationData])],
          code: `${await codeDigest(import.meta.url, PACKAGE_VERSION)}${userCode === undefined ? '' : ` ${userCode}`}`,
          parameters: {
            ...request,
            log: undefined,
            output: undefined,
            command: command ?? null,
            schemaText: schema === undefined ? null : await readFile(schema, 'utf8'),
          },
        })
      : undefined;
  // The package reader checks the manifest and that the version is the sha256 of model.onnx: a truncated or
  // altered entry is refused and the model trained again, never passed on.
  const hit = key === undefined ? undefined : await cache.restore(key, request.output, readModelPackage);
  let result: TrainResult;
  if (key !== undefined && hit !== undefined) {
    const restored = hit.value;
    const where =
      hit.tier === 'local'
        ? `the local step cache (${cache.root})`
        : 'the Actions cache (saved by an earlier run of this repository)';
    io.report(
      `train: inputs unchanged since a previous run (step cache ${key}, from ${where}): reusing ${restored.manifest.version}`,
    );
    result = {
      verdict: {
        kind: 'train',
        passed: true,
        checks: [
          {
            check: 'train.step-cache',
            status: 'pass',
            value: key,
            threshold: null,
            message: `reused the package of an identical earlier run (data, code and parameters unchanged) from ${where}; set train.step-cache: false in mlops.yml or MLOPS_STEP_CACHE=0 to retrain`,
          },
        ],
        createdAt: new Date().toISOString(),
      },
      package: restored,
      backend: restored.manifest.framework.backend,
      usedGpu: restored.manifest.lineage.hardware.usedGpu === true,
      ...(restored.manifest.training.lossCurve.length === 0
        ? {}
        : {
            finalLoss:
              restored.manifest.training.metrics.validationLoss ?? restored.manifest.training.metrics.loss ?? undefined,
          }),
      notes: [`reused from the step cache (${hit.tier} tier)`],
    };
  } else {
    // Loaded only now: TensorFlow.js is large, and a step that fails on its inputs should fail fast.
    result =
      command === undefined
        ? await (await import('../train/run.js')).trainBuiltin(request)
        : await (await import('../train/command.js')).trainWithCommand(
            { ...request, command },
            builtinParams({ task: params.task ?? 'auto' }, undefined).params.task,
          );
    if (key !== undefined && result.package !== undefined && result.verdict.passed)
      await cache.save(key, result.package.directory);
  }

  await mkdir(output, { recursive: true });
  const resultPath = path.join(output, 'result.json');
  const document = {
    verdict: result.verdict,
    backend: result.backend,
    gpu: result.usedGpu,
    finalLoss: result.finalLoss ?? null,
    notes: result.notes,
    model: result.package?.directory ?? null,
    manifest: result.package?.manifest ?? null,
  };
  await writeFile(resultPath, `${JSON.stringify(document, null, 2)}\n`);
  setOutputs(io, ACTION, {
    model: result.package?.directory ?? '',
    version: result.package?.manifest.version ?? '',
    backend: result.backend,
    gpu: String(result.usedGpu),
    'final-loss': result.finalLoss === undefined ? '' : String(result.finalLoss),
    passed: String(result.verdict.passed && result.package !== undefined),
  });
  for (const check of result.verdict.checks.filter((c) => c.status === 'fail'))
    io.annotate('error', `${check.check}: ${check.message}`);
  await io.summary(renderTrainMarkdown(result));
  io.report(
    renderTrainTerminal(
      result,
      result.package === undefined ? undefined : path.join(result.package.directory, MANIFEST_FILE),
    ),
  );
  io.result(document);
  const manifest = result.package?.manifest;
  return {
    passed: result.verdict.passed && result.package !== undefined,
    lineage: {
      parameters: {
        backend: result.backend,
        gpu: result.usedGpu,
        seed: request.seed,
        params: manifest?.training.params ?? params,
      },
      ...(manifest === undefined
        ? {}
        : {
            inputs: [
              {
                id: 'training-data',
                type: 'Dataset' as const,
                uri: request.data,
                digest: manifest.training.data.digest,
                properties: { rows: manifest.training.data.rows },
              },
            ],
            outputs: [
              modelArtifact('model', manifest.version, result.package?.directory ?? '', {
                task: manifest.task,
                name: manifest.name,
              }),
            ],
            metrics: manifest.training.metrics,
          }),
      verdicts: [{ kind: 'train', passed: result.verdict.passed }],
    },
  };
}

function stringList(value: unknown, key: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string')
    return value
      .split(/\r?\n|,/)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  throw new ConfigurationError(`mlops.yml: \`${key}\` must be a list of column names`);
}
