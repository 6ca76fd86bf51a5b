import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { FsRegistry } from '../../src/registry/fs.js';
import { lineageStoreFor, openRegistry } from '../../src/registry/open.js';
import { ConcurrentUpdateError, type EvidenceRecord, type Stage } from '../../src/registry/types.js';
import { useTempDir } from '../temp-dir.js';
import { aliasEvent, writePackage } from './fs-helpers.js';

const work = useTempDir('mlops-registry-');
let root: string;
let registry: FsRegistry;

beforeEach(async () => {
  root = work.path('registry');
  registry = new FsRegistry(root, { now: () => new Date('2024-06-01T00:00:00.000Z') });
});

function evidence(kind: string, passed = true, digit = 'a'): EvidenceRecord {
  return {
    kind,
    passed,
    digest: `sha256:${digit.repeat(64)}`,
    source: 'https://github.com/o/r/actions/runs/1',
    recordedAt: '2024-06-01T00:00:00.000Z',
  };
}

describe('FsRegistry versions', () => {
  it('registers a package, is idempotent, and lists and gets it', async () => {
    const pkg = await writePackage(work.path('pkg-a'), 'a');
    const first = await registry.register(pkg.directory);
    expect(first.version).toBe(pkg.version);
    expect(first.manifest.version).toBe(pkg.version);
    expect(first.evidence).toEqual([]);

    const again = await new FsRegistry(root, { now: () => new Date('2030-01-01T00:00:00.000Z') }).register(
      pkg.directory,
    );
    expect(again.registeredAt).toBe(first.registeredAt);
    expect(await readdir(path.join(root, 'versions'))).toEqual([pkg.version.slice('sha256:'.length)]);

    const other = await writePackage(work.path('pkg-b'), 'b', { profile: false });
    await registry.register(other.directory);
    const listed = await registry.list();
    expect(listed.map((item) => item.version).sort()).toEqual([pkg.version, other.version].sort());
    expect((await registry.get(pkg.version))?.manifest.name).toBe('registry-test');
    expect(await registry.get(`sha256:${'0'.repeat(64)}`)).toBeUndefined();
    expect(await readdir(path.join(root, 'tmp'))).toEqual([]);
  });

  it('downloads exactly the registered files', async () => {
    const pkg = await writePackage(work.path('pkg'), 'dl');
    await registry.register(pkg.directory);
    const target = work.path('downloaded');
    await registry.download(pkg.version, target);
    expect((await readdir(target)).sort()).toEqual(['model.json', 'model.onnx', 'profile.json']);
    for (const name of ['model.onnx', 'model.json', 'profile.json']) {
      expect(await readFile(path.join(target, name))).toEqual(await readFile(path.join(pkg.directory, name)));
    }
    await expect(registry.download(`sha256:${'0'.repeat(64)}`, target)).rejects.toThrow(/is not registered/);
  });

  it('refuses a package whose model does not match its manifest', async () => {
    const pkg = await writePackage(work.path('pkg'), 'bad');
    await writeFile(path.join(pkg.directory, 'model.onnx'), 'swapped');
    await expect(registry.register(pkg.directory)).rejects.toThrow(ConfigurationError);
  });

  it.each([
    ['model.onnx', 'tampered bytes'],
    ['model.json', '{"tampered": true}\n'],
    ['profile.json', '{}\n'],
  ])('detects a tampered %s on get and download, naming the file', async (file, content) => {
    const pkg = await writePackage(work.path('pkg'), 'tamper');
    await registry.register(pkg.directory);
    const stored = path.join(root, 'versions', pkg.version.slice(7), file);
    await writeFile(stored, content);
    const pattern = new RegExp(`${stored.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} has digest sha256:[0-9a-f]{64} but`);
    await expect(registry.get(pkg.version)).rejects.toThrow(pattern);
    await expect(registry.list()).rejects.toThrow(ConfigurationError);
    await expect(registry.download(pkg.version, work.path('out'))).rejects.toThrow(pattern);
  });

  it('detects a deleted model file', async () => {
    const pkg = await writePackage(work.path('pkg'), 'deleted');
    await registry.register(pkg.directory);
    await rm(path.join(root, 'versions', pkg.version.slice(7), 'model.onnx'));
    await expect(registry.get(pkg.version)).rejects.toThrow(
      /model\.onnx of model version .* cannot be read \(ENOENT\)/,
    );
  });

  it('rejects malformed versions', async () => {
    await expect(registry.get('latest')).rejects.toThrow(/"latest" is not a model version: expected sha256:/);
  });

  it('appends evidence in order, once per kind and digest', async () => {
    const pkg = await writePackage(work.path('pkg'), 'ev');
    await registry.register(pkg.directory);
    await registry.addEvidence(pkg.version, evidence('evaluate'));
    await registry.addEvidence(pkg.version, evidence('compare-baseline', false, 'b'));
    await registry.addEvidence(pkg.version, evidence('evaluate'));
    await registry.addEvidence(pkg.version, evidence('load-test', true, 'c'));
    const got = await registry.get(pkg.version);
    expect(got?.evidence.map((item) => [item.kind, item.passed])).toEqual([
      ['evaluate', true],
      ['compare-baseline', false],
      ['load-test', true],
    ]);
    expect(await readdir(path.join(root, 'versions', pkg.version.slice(7), 'evidence'))).toEqual([
      '0001-evaluate.json',
      '0002-compare-baseline.json',
      '0003-load-test.json',
    ]);
    await expect(registry.addEvidence(`sha256:${'0'.repeat(64)}`, evidence('evaluate'))).rejects.toThrow(
      /not registered/,
    );
    await expect(registry.addEvidence(pkg.version, { ...evidence('Bad Kind') })).rejects.toThrow(
      /not a valid evidence record .*: `kind`: must match pattern/,
    );
  });
});

describe('FsRegistry stages', () => {
  async function twoVersions(): Promise<[string, string]> {
    const a = await registry.register((await writePackage(work.path('a'), 'a')).directory);
    const b = await registry.register((await writePackage(work.path('b'), 'b')).directory);
    return [a.version, b.version];
  }

  it('moves aliases with full history and an audit line per move', async () => {
    const [a, b] = await twoVersions();
    expect(await registry.current('production')).toBeUndefined();
    expect(await registry.history('production')).toEqual([]);
    await registry.moveAlias(aliasEvent('staging', a, null));
    await registry.moveAlias(aliasEvent('production', a, null, { reason: 'first release' }));
    await registry.moveAlias(aliasEvent('production', b, a, { runUrl: 'https://example.test/run/2' }));
    await registry.moveAlias(aliasEvent('production', a, b, { action: 'rollback', reason: 'p99 regression' }));

    expect(await registry.current('production')).toBe(a);
    expect(await registry.current('staging')).toBe(a);
    expect(await registry.current('dev')).toBeUndefined();
    const history = await registry.history('production');
    expect(history.map((event) => [event.action, event.previous, event.version])).toEqual([
      ['promote', null, a],
      ['promote', a, b],
      ['rollback', b, a],
    ]);
    const lines = (await readFile(path.join(root, 'audit.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((line) => JSON.parse(line).stage)).toEqual(['staging', 'production', 'production', 'production']);
    expect(await registry.audit()).toEqual([...(await registry.history('staging')), ...history]);
    const stageFile = JSON.parse(await readFile(path.join(root, 'stages', 'production.json'), 'utf8'));
    expect(stageFile).toMatchObject({ format: 'mlops-actions/registry-stage', stage: 'production', current: a });
  });

  it.each<[string, (a: string, b: string) => [string | null, string]]>([
    ['an empty stage expected to hold a version', (a) => [a, 'no version']],
    ['a stale previous version', (a) => [a, 'points at sha256:']],
    ['null when the stage has moved', () => [null, 'points at sha256:']],
  ])('moveAlias is compare-and-swap: %s throws ConcurrentUpdateError', async (name, pick) => {
    const [a, b] = await twoVersions();
    if (name !== 'an empty stage expected to hold a version') {
      await registry.moveAlias(aliasEvent('production', a, null));
      await registry.moveAlias(aliasEvent('production', b, a));
    }
    const [previous, message] = pick(a, b);
    const before = await registry.history('production');
    const attempt = registry.moveAlias(aliasEvent('production', b, previous));
    await expect(attempt).rejects.toThrow(ConcurrentUpdateError);
    await expect(registry.moveAlias(aliasEvent('production', b, previous))).rejects.toThrow(message);
    expect(await registry.history('production')).toEqual(before);
  });

  it('rejects unknown stages, unregistered versions and malformed events', async () => {
    const [a] = await twoVersions();
    await expect(registry.current('prod' as Stage)).rejects.toThrow(
      'unknown stage "prod": the stages are dev, staging, production',
    );
    await expect(registry.history('qa' as Stage)).rejects.toThrow(/unknown stage "qa"/);
    await expect(registry.moveAlias(aliasEvent('prod' as Stage, a, null))).rejects.toThrow(/unknown stage "prod"/);
    await expect(registry.moveAlias(aliasEvent('production', `sha256:${'0'.repeat(64)}`, null))).rejects.toThrow(
      /that version is not registered/,
    );
    await expect(registry.moveAlias(aliasEvent('production', a, null, { actor: '' }))).rejects.toThrow(
      /not a valid alias event .*: `actor`: must NOT have fewer than 1 characters/,
    );
  });

  it.each([
    ['not JSON', '{"stage": "production",', /registry stage file .*production\.json is not valid JSON: line 1/],
    [
      'the wrong shape',
      '{"stage": "production"}',
      /production\.json is not a valid registry stage file .*: the top level: missing required key `format`/,
    ],
    [
      'an inconsistent current',
      (a: string) =>
        JSON.stringify({
          format: 'mlops-actions/registry-stage',
          formatVersion: 1,
          stage: 'production',
          current: `sha256:${'0'.repeat(64)}`,
          history: [aliasEvent('production', a, null)],
        }),
      /production\.json is inconsistent: current is sha256:0+ but the last move went to sha256:/,
    ],
  ])('a corrupted stages/production.json (%s) is a clear error', async (_name, content, message) => {
    const [a] = await twoVersions();
    await registry.moveAlias(aliasEvent('production', a, null));
    await writeFile(path.join(root, 'stages', 'production.json'), typeof content === 'string' ? content : content(a));
    await expect(registry.current('production')).rejects.toThrow(message);
    await expect(registry.history('production')).rejects.toThrow(ConfigurationError);
    await expect(registry.moveAlias(aliasEvent('production', a, a))).rejects.toThrow(message);
    expect(await registry.current('staging')).toBeUndefined();
  });
});

describe('openRegistry', () => {
  it('opens a directory as an FsRegistry with its lineage store inside', async () => {
    const opened = openRegistry(root);
    expect(opened).toBeInstanceOf(FsRegistry);
    expect(opened.location).toBe(`fs:${root}`);
    expect(lineageStoreFor(opened, work.path('elsewhere')).root).toBe(path.join(root, 'lineage'));
    expect(() => openRegistry(' ')).toThrow(ConfigurationError);
  });

  it('defers the GitHub registry until first use', () => {
    const opened = openRegistry('github:owner/repo');
    expect(opened.location).toBe('github:owner/repo');
    expect(opened).not.toBeInstanceOf(FsRegistry);
  });
});
