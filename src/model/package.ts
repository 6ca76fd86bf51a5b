import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { readJsonFile } from '../core/json-file.js';
import { type DataDigest, fileSha256 } from '../data/digest.js';

export const MODEL_FORMAT = 'mlops-actions/model';
export const MODEL_FORMAT_VERSION = 1;
export const MODEL_FILE = 'model.onnx';
export const MANIFEST_FILE = 'model.json';
export const PROFILE_FILE = 'profile.json';

export type Task = 'binary' | 'multiclass' | 'regression';
export type TensorDtype = 'float32' | 'float64' | 'int64' | 'int32' | 'string' | 'bool';
export type Dimension = number | string | null;

export interface InputBinding {
  feature: string;
  tensor: string;
  dtype: TensorDtype;
  shape: Dimension[];
  kind: 'numeric' | 'categorical';
  /** Set when several features share one packed tensor (bring-your-own models with a [N, F] input). */
  column?: number;
  vocabulary?: string[];
  missing?: string;
}

export interface TensorInfo {
  name: string;
  dtype: string;
  shape: Dimension[];
}

export interface OutputBinding {
  tensors: TensorInfo[];
  probabilities?: string;
  prediction?: string;
  classes?: string[];
}

export interface LossPoint {
  epoch: number;
  loss: number;
  validationLoss?: number;
}

export interface GpuInfo {
  name: string;
  memoryMiB?: number;
  driver?: string;
}

export interface Lineage {
  git?: { commit?: string; ref?: string; repository?: string; dirty?: boolean };
  workflowRun?: { id?: string; attempt?: string; workflow?: string; job?: string; url?: string };
  runner: { name?: string; os?: string; arch?: string; node?: string };
  hardware: { cpu: string; cores: number; memoryBytes: number; gpus: GpuInfo[]; usedGpu?: boolean };
}

export interface ModelManifest {
  format: typeof MODEL_FORMAT;
  formatVersion: typeof MODEL_FORMAT_VERSION;
  name: string;
  version: string;
  createdAt: string;
  task: Task;
  label?: string;
  framework: { name: string; version?: string; backend: string; command?: string[] };
  onnx: {
    file: typeof MODEL_FILE;
    sha256: string;
    bytes: number;
    irVersion: number;
    producer?: string;
    opsets: Array<{ domain: string; version: number }>;
  };
  inputs: InputBinding[];
  outputs: OutputBinding;
  training: {
    data: DataDigest;
    validationData?: DataDigest;
    params: Record<string, unknown>;
    seed: number;
    metrics: Record<string, number | null>;
    lossCurve: LossPoint[];
    stoppedEarly?: boolean;
    durationSeconds: number;
    rowsPerSecond?: number;
  };
  lineage: Lineage;
  profile?: typeof PROFILE_FILE;
}

export interface ModelPackage {
  directory: string;
  manifest: ModelManifest;
  onnxPath: string;
}

let validateManifest: ((value: unknown, source: string) => ModelManifest) | undefined;

/** The JSON Schema validator loads with the first package read or written, not with every step's start-up. */
async function manifestValidator() {
  if (validateManifest === undefined) {
    const [{ checkedBy }, { default: validate }] = await Promise.all([
      import('../core/validator.js'),
      import('../generated/validators/model-package.js'),
    ]);
    validateManifest = checkedBy<ModelManifest>(validate, 'model manifest (see schemas/model-package.schema.json)');
  }
  return validateManifest;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function versionOf(onnxBytes: Uint8Array): string {
  return `sha256:${sha256Hex(onnxBytes)}`;
}

/** The manifest's `onnx` record for a model file, from its bytes and what its graph declares. */
export function onnxRecord(
  onnx: Uint8Array,
  info: { irVersion: number; producerName: string; opsets: Array<{ domain: string; version: number }> },
): ModelManifest['onnx'] {
  return {
    file: MODEL_FILE,
    sha256: sha256Hex(onnx),
    bytes: onnx.length,
    irVersion: info.irVersion,
    producer: info.producerName,
    opsets: info.opsets,
  };
}

/**
 * Reads and checks a package: the manifest against its schema, and model.onnx against the digest the
 * manifest names, so a package whose model was swapped or truncated is refused rather than served.
 */
export async function readModelPackage(directory: string): Promise<ModelPackage> {
  const info = await stat(directory).catch(() => undefined);
  if (info === undefined) throw new ConfigurationError(`model: ${directory} does not exist`);
  if (!info.isDirectory()) {
    throw new ConfigurationError(
      `model: ${directory} is not a model package directory; for a bare .onnx file also give \`features\``,
    );
  }
  const manifestPath = path.join(directory, MANIFEST_FILE);
  const manifest = (await manifestValidator())(await readJsonFile(manifestPath, 'model manifest'), manifestPath);
  const onnxPath = path.join(directory, MODEL_FILE);
  const digest = await fileSha256(onnxPath).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(`model: cannot read ${onnxPath}: ${error.code ?? error.message}`);
  });
  if (`sha256:${digest}` !== manifest.version || digest !== manifest.onnx.sha256) {
    throw new ConfigurationError(
      `model: ${onnxPath} has digest sha256:${digest} but ${manifestPath} records ${manifest.version}; the package was modified after it was written: rebuild it with \`mlops train\``,
    );
  }
  return { directory, manifest, onnxPath };
}

/**
 * Writes a package all at once: everything goes into a sibling temporary directory that is renamed into
 * place, so a crash never leaves a half-written package where a reader would find it. An existing package
 * at the target is replaced only after the new one is complete.
 */
export async function writeModelPackage(
  directory: string,
  parts: { manifest: ModelManifest; onnx: Uint8Array; profile?: unknown },
): Promise<ModelPackage> {
  (await manifestValidator())(parts.manifest, 'the manifest being written');
  const parent = path.dirname(path.resolve(directory));
  await mkdir(parent, { recursive: true });
  const staging = path.join(parent, `.${path.basename(directory)}.tmp-${randomBytes(6).toString('hex')}`);
  await mkdir(staging);
  try {
    await writeFile(path.join(staging, MODEL_FILE), parts.onnx);
    if (parts.profile !== undefined)
      await writeFile(path.join(staging, PROFILE_FILE), `${JSON.stringify(parts.profile)}\n`);
    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(parts.manifest, null, 2)}\n`);
    const retired = `${staging}.old`;
    const existing = await stat(directory).catch(() => undefined);
    if (existing !== undefined) await rename(directory, retired);
    await rename(staging, directory);
    if (existing !== undefined) await rm(retired, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return { directory, manifest: parts.manifest, onnxPath: path.join(directory, MODEL_FILE) };
}

export async function readOnnxBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(`model: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
}
