import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { type Cell, readColumns } from '../data/table.js';
import type { DataFormat } from '../data/types.js';
import { evaluateModel, loadModelUnderTest } from '../evaluate/run.js';
import type { SliceSpec } from '../evaluate/slices.js';
import { type ModelRegistry, STAGES, type Stage } from '../registry/types.js';
import { type ComparisonResult, compareModels, type FixedBaseline, fixedBaselineFromJson } from './compare.js';
import type { ComparisonConfig } from './config.js';
import { alignPredictions, readPredictions } from './predictions.js';

export interface CompareRequest {
  model: string;
  /** A package directory, a stage alias resolved in the registry, or a metrics JSON; empty: production, if any. */
  baseline?: string;
  registry?: ModelRegistry;
  data: string;
  label?: string;
  format: DataFormat | 'auto';
  config: ComparisonConfig;
  output: string;
  bootstrapSamples: number;
  confidence: number;
  seed: number;
  bootstrapPolicy: 'allow' | 'deny';
  log: (line: string) => void;
}

type ResolvedBaseline =
  | { kind: 'package'; directory: string; source: string; cleanup?: () => Promise<void> }
  | { kind: 'fixed'; metrics: FixedBaseline; source: string }
  | { kind: 'none'; source: string };

/** The baseline as the issue orders it: given path or alias, else the registry's production version, else none. */
async function resolveBaseline(request: CompareRequest): Promise<ResolvedBaseline> {
  const given = request.baseline;
  const alias = given === undefined ? 'production' : (STAGES as readonly string[]).includes(given) ? given : undefined;
  if (alias !== undefined) {
    if (request.registry === undefined) {
      if (given === undefined) return { kind: 'none', source: 'no baseline given and no registry' };
      throw new ConfigurationError(`compare-baseline: baseline "${given}" is a stage, which needs a \`registry\``);
    }
    const version = await request.registry.current(alias as Stage);
    if (version === undefined) {
      if (given === undefined)
        return { kind: 'none', source: `no baseline given and ${request.registry.location} has no production model` };
      throw new ConfigurationError(`compare-baseline: stage ${alias} has no model in ${request.registry.location}`);
    }
    const directory = await mkdtemp(path.join(os.tmpdir(), 'mlops-baseline-'));
    await request.registry.download(version, directory);
    return {
      kind: 'package',
      directory,
      source: `${alias} (${version.slice(0, 19)}…) from ${request.registry.location}`,
      cleanup: () => rm(directory, { recursive: true, force: true }),
    };
  }
  const target = given as string;
  const info = await stat(target).catch(() => undefined);
  if (info === undefined) throw new ConfigurationError(`compare-baseline: baseline ${target} does not exist`);
  if (info.isDirectory() || target.toLowerCase().endsWith('.onnx'))
    return { kind: 'package', directory: target, source: target };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(target, 'utf8'));
  } catch {
    throw new ConfigurationError(
      `compare-baseline: baseline ${target} is neither a model package nor a metrics JSON file`,
    );
  }
  return { kind: 'fixed', metrics: fixedBaselineFromJson(parsed, target), source: target };
}

function sliceFeatures(specs: readonly SliceSpec[]): string[] {
  return [
    ...new Set(
      specs.flatMap((spec) =>
        'cross' in spec ? spec.cross.map((part) => (typeof part === 'string' ? part : part.feature)) : [spec.feature],
      ),
    ),
  ];
}

/**
 * Scores candidate and baseline on the same rows with ONNX Runtime (evaluate's code path), then compares
 * them pairwise: the verdict blesses the candidate or says exactly which threshold it missed.
 */
export async function compareWithBaseline(request: CompareRequest): Promise<ComparisonResult> {
  const candidate = await loadModelUnderTest(request.model, []);
  const baseline = await resolveBaseline(request);
  try {
    const evaluate = async (model: string, name: string) => {
      request.log(`scoring the ${name} on ${request.data}`);
      return evaluateModel({
        model,
        features: [],
        data: request.data,
        ...(request.label === undefined ? {} : { label: request.label }),
        slices: [],
        minSliceSize: 1,
        bootstrapSamples: 0,
        confidence: request.confidence,
        seed: request.seed,
        batchSize: 1024,
        format: request.format,
        thresholds: {},
        predictionsPath: path.join(request.output, `predictions-${name}.csv`),
        log: request.log,
      });
    };
    const candidateRun = await evaluate(request.model, 'candidate');
    const baselineRun = baseline.kind === 'package' ? await evaluate(baseline.directory, 'baseline') : undefined;
    const aligned = alignPredictions(
      await readPredictions(candidateRun.predictionsPath),
      baselineRun === undefined ? undefined : await readPredictions(baselineRun.predictionsPath),
    );
    const specs = request.config.slices?.specs ?? [];
    let sliceColumns: Map<string, Cell[]> | undefined;
    if (specs.length > 0) {
      // One read for the slice columns and the label: evaluate left out rows without a label, and so do these.
      const features = sliceFeatures(specs);
      const table = await readColumns(request.data, 'data', [...new Set([...features, candidateRun.label])], {
        format: request.format,
      });
      const keep = (table.columns.get(candidateRun.label) as Cell[]).flatMap((value, row) =>
        value === null ? [] : [row],
      );
      sliceColumns = new Map(
        features.map((name) => [name, keep.map((row) => (table.columns.get(name) as Cell[])[row] ?? null)]),
      );
    }
    return compareModels(
      {
        ...aligned,
        ...(baseline.kind === 'fixed' ? { baseline: baseline.metrics } : {}),
        ...(sliceColumns === undefined ? {} : { sliceColumns }),
      },
      request.config,
      {
        bootstrapSamples: request.bootstrapSamples,
        seed: request.seed,
        confidence: request.confidence,
        bootstrapPolicy: request.bootstrapPolicy,
        candidateVersion: candidate.version,
        ...(baselineRun === undefined ? {} : { baselineVersion: baselineRun.model.version }),
      },
    );
  } finally {
    if (baseline.kind === 'package') await baseline.cleanup?.();
  }
}
