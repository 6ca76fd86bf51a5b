import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  type ModelManifest,
  sha256Hex,
  versionOf,
} from '../../src/model/package.js';
import type { AliasEvent, Stage } from '../../src/registry/types.js';

/**
 * A schema-valid package whose model.onnx is arbitrary bytes: the registry never parses the graph, it only
 * addresses and verifies bytes, so distinct seeds give distinct versions cheaply.
 */
export async function writePackage(
  directory: string,
  seed: string,
  options: { profile?: boolean } = {},
): Promise<{ directory: string; version: string }> {
  const onnx = new TextEncoder().encode(`not really onnx: ${seed}`);
  const withProfile = options.profile ?? true;
  const manifest: ModelManifest = {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    name: 'registry-test',
    version: versionOf(onnx),
    createdAt: '2024-05-01T12:00:00.000Z',
    task: 'binary',
    label: 'churned',
    framework: { name: 'test', backend: 'cpu' },
    onnx: {
      file: 'model.onnx',
      sha256: sha256Hex(onnx),
      bytes: onnx.length,
      irVersion: 8,
      opsets: [{ domain: '', version: 17 }],
    },
    inputs: [{ feature: 'age', tensor: 'age', dtype: 'float32', shape: ['N', 1], kind: 'numeric' }],
    outputs: {
      tensors: [{ name: 'probabilities', dtype: 'float32', shape: ['N', 2] }],
      probabilities: 'probabilities',
    },
    training: {
      data: { digest: `sha256:${'1'.repeat(64)}`, rows: 10, files: [] },
      params: {},
      seed: 1,
      metrics: {},
      lossCurve: [],
      durationSeconds: 1,
    },
    lineage: { runner: {}, hardware: { cpu: 'test', cores: 1, memoryBytes: 1, gpus: [] } },
    ...(withProfile ? { profile: 'profile.json' as const } : {}),
  };
  await mkdir(directory, { recursive: true });
  await writeFile(path.join(directory, 'model.onnx'), onnx);
  await writeFile(path.join(directory, 'model.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (withProfile)
    await writeFile(path.join(directory, 'profile.json'), `{"columns":{},"seed":${JSON.stringify(seed)}}\n`);
  return { directory, version: manifest.version };
}

export function aliasEvent(
  stage: Stage,
  version: string,
  previous: string | null,
  extra: Partial<AliasEvent> = {},
): AliasEvent {
  return {
    stage,
    version,
    previous,
    action: 'promote',
    reason: 'test',
    actor: 'tester',
    at: new Date().toISOString(),
    evidence: [],
    outcome: 'success',
    ...extra,
  };
}
