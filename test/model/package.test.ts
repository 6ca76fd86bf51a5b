import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { digestFiles, fileSha256 } from '../../src/data/digest.js';
import {
  MANIFEST_FILE,
  MODEL_FILE,
  type ModelManifest,
  PROFILE_FILE,
  readModelPackage,
  readOnnxBytes,
  versionOf,
  writeModelPackage,
} from '../../src/model/package.js';
import { exportTabularModel } from '../../src/onnx/tabular.js';
import { useTempDir } from '../temp-dir.js';
import { binaryPackageParts, regressionSpec } from './helpers.js';

const temp = useTempDir('mlops-package-test-');

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('writeModelPackage / readModelPackage', () => {
  it('round-trips the manifest, the model bytes and the profile', async () => {
    const { onnx, manifest } = binaryPackageParts();
    const directory = temp.path('pkg');
    const written = await writeModelPackage(directory, { manifest, onnx, profile: { columns: { age: 1 } } });
    expect(written.onnxPath).toBe(path.join(directory, MODEL_FILE));

    const read = await readModelPackage(directory);
    expect(read.manifest).toEqual(manifest);
    expect(read.onnxPath).toBe(path.join(directory, MODEL_FILE));
    expect(new Uint8Array(await readFile(read.onnxPath))).toEqual(new Uint8Array(onnx));
    expect(JSON.parse(await readFile(path.join(directory, PROFILE_FILE), 'utf8'))).toEqual({ columns: { age: 1 } });
    expect(read.manifest.version).toBe(`sha256:${await fileSha256(read.onnxPath)}`);
    expect((await readdir(directory)).sort()).toEqual([MODEL_FILE, MANIFEST_FILE, PROFILE_FILE].sort());
  });

  it('writes no profile.json when none is given', async () => {
    const { onnx, manifest } = binaryPackageParts();
    const directory = temp.path('pkg');
    await writeModelPackage(directory, { manifest, onnx });
    expect((await readdir(directory)).sort()).toEqual([MANIFEST_FILE, MODEL_FILE].sort());
  });

  type Breakage = [what: string, change: (manifest: Record<string, unknown>) => void, expected: RegExp];
  const breakages: Breakage[] = [
    ['missing task', (m) => delete m.task, /missing required key `task`/],
    ['missing lineage', (m) => delete m.lineage, /missing required key `lineage`/],
    [
      'missing onnx.sha256',
      (m) => delete (m.onnx as Record<string, unknown>).sha256,
      /`onnx`: missing required key `sha256`/,
    ],
    ['bad version pattern', (m) => (m.version = 'md5:abc'), /`version`: must match pattern/],
    ['version without the sha256: prefix', (m) => (m.version = 'f'.repeat(64)), /`version`: must match pattern/],
    ['unknown key', (m) => (m.colour = 'red'), /unknown key `colour`/],
    ['bad task', (m) => (m.task = 'ranking'), /`task`: must be one of "binary", "multiclass", "regression"/],
    ['empty inputs', (m) => (m.inputs = []), /`inputs`: must NOT have fewer than 1 items/],
  ];

  it.each(breakages)('refuses to write a manifest with %s', async (_what, change, expected) => {
    const { onnx, manifest } = binaryPackageParts();
    const broken = structuredClone(manifest) as unknown as Record<string, unknown>;
    change(broken);
    const error = await rejection(
      writeModelPackage(temp.path('pkg'), { manifest: broken as unknown as ModelManifest, onnx }),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(expected);
    // Nothing is left behind: not the package, not its staging directory.
    expect(await readdir(path.dirname(temp.path('pkg')))).toEqual([]);
  });

  it.each(breakages)('refuses to read a package whose model.json has %s', async (_what, change, expected) => {
    const { onnx, manifest } = binaryPackageParts();
    const directory = temp.path('pkg');
    await writeModelPackage(directory, { manifest, onnx });
    const manifestPath = path.join(directory, MANIFEST_FILE);
    const edited = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
    change(edited);
    await writeFile(manifestPath, JSON.stringify(edited));
    const error = await rejection(readModelPackage(directory));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(expected);
    expect(error.message).toContain(manifestPath);
  });

  it('refuses a model.onnx modified after the package was written', async () => {
    const { onnx, manifest } = binaryPackageParts();
    const directory = temp.path('pkg');
    await writeModelPackage(directory, { manifest, onnx });
    const other = exportTabularModel(regressionSpec());
    await writeFile(path.join(directory, MODEL_FILE), other);
    const error = await rejection(readModelPackage(directory));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain(`has digest ${versionOf(other)}`);
    expect(error.message).toContain(`records ${manifest.version}`);
    expect(error.message).toContain('modified after it was written');
  });

  it('refuses a truncated model.onnx', async () => {
    const { onnx, manifest } = binaryPackageParts();
    const directory = temp.path('pkg');
    await writeModelPackage(directory, { manifest, onnx });
    await writeFile(path.join(directory, MODEL_FILE), onnx.subarray(0, onnx.length - 1));
    await expect(readModelPackage(directory)).rejects.toThrow(/modified after it was written/);
  });

  it('refuses a manifest whose onnx.sha256 disagrees with its version', async () => {
    const { onnx, manifest } = binaryPackageParts();
    const directory = temp.path('pkg');
    await writeModelPackage(directory, {
      manifest: { ...manifest, onnx: { ...manifest.onnx, sha256: 'a'.repeat(64) } },
      onnx,
    });
    await expect(readModelPackage(directory)).rejects.toThrow(/modified after it was written/);
  });

  it('explains a package without model.onnx', async () => {
    const { onnx, manifest } = binaryPackageParts();
    const directory = temp.path('pkg');
    await writeModelPackage(directory, { manifest, onnx });
    const { rm } = await import('node:fs/promises');
    await rm(path.join(directory, MODEL_FILE));
    const error = await rejection(readModelPackage(directory));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain(`cannot read ${path.join(directory, MODEL_FILE)}: ENOENT`);
  });

  it.each([
    ['a missing path', async () => temp.path('nowhere'), /nowhere does not exist/],
    [
      'a file (a bare .onnx)',
      async () => temp.write('model.onnx', exportTabularModel(regressionSpec())),
      /is not a model package directory; for a bare \.onnx file also give `features`/,
    ],
    [
      'a directory without model.json',
      async () => {
        await mkdir(temp.path('empty'));
        return temp.path('empty');
      },
      /cannot read the model manifest .*model\.json: no such file/,
    ],
    [
      'a directory whose model.json is not JSON',
      async () => {
        await mkdir(temp.path('broken'));
        await temp.write('broken/model.json', '{"format": ');
        return temp.path('broken');
      },
      /model\.json is not valid JSON/,
    ],
  ])('gives a clear error for %s', async (_what, make, expected) => {
    const target = await make();
    const error = await rejection(readModelPackage(target));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(expected);
  });

  it('replaces an existing package whole and leaves no temporary directories', async () => {
    const first = binaryPackageParts();
    const directory = temp.path('pkg');
    await writeModelPackage(directory, { ...first, profile: { first: true } });
    await writeFile(path.join(directory, 'stray.txt'), 'left by hand');

    const onnx = exportTabularModel(regressionSpec());
    const { manifestFor, bindingsFor, REGRESSION_FEATURES } = await import('./helpers.js');
    const manifest = manifestFor(onnx, { task: 'regression', inputs: bindingsFor(REGRESSION_FEATURES) });
    await writeModelPackage(directory, { manifest, onnx });

    // Nothing of the old package survives: not its profile, not a file added to it.
    expect((await readdir(directory)).sort()).toEqual([MANIFEST_FILE, MODEL_FILE].sort());
    const read = await readModelPackage(directory);
    expect(read.manifest.task).toBe('regression');
    expect(read.manifest.version).toBe(versionOf(onnx));
    expect(await readdir(path.dirname(directory))).toEqual(['pkg']);
  });

  it('creates missing parent directories', async () => {
    const { onnx, manifest } = binaryPackageParts();
    const directory = temp.path('a/b/c/pkg');
    await writeModelPackage(directory, { manifest, onnx });
    expect((await readModelPackage(directory)).manifest.version).toBe(manifest.version);
    expect(await readdir(temp.path('a/b/c'))).toEqual(['pkg']);
  });
});

describe('readOnnxBytes', () => {
  it('reads the bytes, and names a missing file', async () => {
    const bytes = exportTabularModel(regressionSpec());
    const file = await temp.write('m.onnx', bytes);
    expect(new Uint8Array(await readOnnxBytes(file))).toEqual(new Uint8Array(bytes));
    const error = await rejection(readOnnxBytes(temp.path('missing.onnx')));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(`model: cannot read ${temp.path('missing.onnx')}: no such file`);
  });
});

describe('digestFiles', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');

  it('records each file and one digest over the files in order', async () => {
    const a = await temp.write('a.csv', 'x\n1\n');
    const b = await temp.write('b.csv', 'x\n2\n3\n');
    const digest = await digestFiles([a, b], 3);
    expect(digest).toEqual({
      digest: `sha256:${sha(`${sha('x\n1\n')}\n${sha('x\n2\n3\n')}\n`)}`,
      rows: 3,
      files: [
        { path: a, sha256: sha('x\n1\n'), bytes: 4 },
        { path: b, sha256: sha('x\n2\n3\n'), bytes: 6 },
      ],
    });
  });

  it('is stable, depends on content not names, and is order-sensitive', async () => {
    const a = await temp.write('a.csv', 'x\n1\n');
    const b = await temp.write('b.csv', 'x\n2\n');
    const copy = await temp.write('copy-of-a.csv', 'x\n1\n');
    const forward = await digestFiles([a, b], 2);
    expect((await digestFiles([a, b], 2)).digest).toBe(forward.digest);
    expect((await digestFiles([copy, b], 2)).digest).toBe(forward.digest);
    expect((await digestFiles([b, a], 2)).digest).not.toBe(forward.digest);
    expect((await digestFiles([a], 2)).digest).not.toBe(forward.digest);
    await writeFile(b, 'x\n3\n');
    expect((await digestFiles([a, b], 2)).digest).not.toBe(forward.digest);
  });

  it('reads a file again after a same-size rewrite whose modification time was put back', async () => {
    // The digest is remembered per file identity within a process; the change time cannot be put back.
    const file = await temp.write('same-size.csv', 'x\n1\n');
    const before = await stat(file);
    expect(await fileSha256(file)).toBe(sha('x\n1\n'));
    await writeFile(file, 'x\n2\n');
    await utimes(file, before.atime, before.mtime);
    expect(await fileSha256(file)).toBe(sha('x\n2\n'));
  });

  it('digests an empty list as the digest of nothing', async () => {
    expect(await digestFiles([], 0)).toEqual({ digest: `sha256:${sha('')}`, rows: 0, files: [] });
  });
});
