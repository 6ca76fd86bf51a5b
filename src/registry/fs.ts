/**
 * FsRegistry: the embedded model registry, a plain directory (local, or a volume shared by runners).
 *
 * On-disk layout (everything JSON is validated against a schema in schemas/ when read):
 *
 *   <root>/
 *     versions/<hex>/            one immutable directory per version; <hex> is the sha256 of model.onnx
 *       model.onnx               the package files, byte for byte as registered
 *       model.json
 *       profile.json             when the package had one
 *       version.json             {version, registeredAt, source, files: [{name, sha256, bytes}]} (registry-version)
 *       evidence/<n>-<kind>.json appended verdict records, n = 0001, 0002, … (registry-evidence)
 *     stages/<stage>.json        {stage, current, history: AliasEvent[]} (registry-stage); current = last event
 *     audit.jsonl                one AliasEvent per line, every alias move across stages, append-only
 *     lineage/records/*.json     the lineage store of the runs that used this registry (src/lineage)
 *     tmp/                       temporary files and staged version directories; never read
 *     lock/owner.json            the writer lock, present only while a write is under way (see lock.ts)
 *
 * Invariants: a version directory appears only complete (staged in tmp/, renamed into place under the lock)
 * and never changes except for its evidence/; every other file is replaced by an atomic rename, and the
 * rename of a stage file is the commit point of an alias move. All writes hold the lock; reads take none.
 * A writer that dies leaves only temporaries and a stale lock: the next writer breaks the lock, removes the
 * dead writer's temporaries and appends any audit line the dead writer committed but did not log.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, truncate } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { readJsonFile } from '../core/json-file.js';
import { fileSha256 } from '../data/digest.js';
import { LineageStore } from '../lineage/store.js';
import { MANIFEST_FILE, MODEL_FILE, type ModelManifest, PROFILE_FILE, readModelPackage } from '../model/package.js';
import {
  appendLineDurably,
  fsyncDirectory,
  fsyncFile,
  removeDeadTemporaries,
  tempName,
  testPause,
  writeFileAtomic,
} from './atomic.js';
import { DirectoryLock, type LockOptions } from './lock.js';
import {
  assertStage,
  checkStageConsistency,
  type PackageFileName,
  STAGE_FORMAT,
  type StageFile,
  VERSION_FORMAT,
  type VersionFile,
  validateAliasEvent,
  validateEvidence,
  validateStageFile,
  validateVersionFile,
  versionHex,
} from './records.js';
import {
  type AliasEvent,
  ConcurrentUpdateError,
  type EvidenceRecord,
  type ModelRegistry,
  type RegisteredVersion,
  STAGES,
  type Stage,
} from './types.js';

export interface FsRegistryOptions extends LockOptions {
  /** The clock for registeredAt (tests). */
  now?: () => Date;
}

const EVIDENCE_FILE = /^(\d{4,})-([a-z0-9][a-z0-9-]*)\.json$/;
const PACKAGE_FILES: readonly PackageFileName[] = [MODEL_FILE, MANIFEST_FILE, PROFILE_FILE];

export class FsRegistry implements ModelRegistry {
  readonly location: string;
  readonly root: string;
  private readonly writerLock: DirectoryLock;
  private readonly now: () => Date;

  constructor(root: string, options: FsRegistryOptions = {}) {
    this.root = path.resolve(root);
    this.location = `fs:${root}`;
    this.writerLock = new DirectoryLock(path.join(this.root, 'lock'), options);
    this.now = options.now ?? (() => new Date());
  }

  /** The lineage store kept with this registry, so a version's history travels with its files. */
  lineage(): LineageStore {
    return new LineageStore(path.join(this.root, 'lineage'));
  }

  async register(packageDirectory: string): Promise<RegisteredVersion> {
    const pkg = await readModelPackage(packageDirectory);
    const version = pkg.manifest.version;
    const hex = versionHex(version);
    const existing = await this.get(version);
    if (existing !== undefined) return existing;

    // Copying (possibly large) files happens outside the lock; only the rename into place is serialised.
    await mkdir(this.tmpDirectory, { recursive: true });
    const staging = path.join(this.tmpDirectory, tempName(`version-${hex.slice(0, 12)}`));
    try {
      await mkdir(path.join(staging, 'evidence'), { recursive: true });
      const files: VersionFile['files'] = [];
      for (const name of PACKAGE_FILES) {
        const from = path.join(packageDirectory, name);
        const to = path.join(staging, name);
        try {
          await copyFile(from, to);
        } catch (error) {
          if (name === PROFILE_FILE && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
          throw error;
        }
        await fsyncFile(to);
        files.push({ name, sha256: await fileSha256(to), bytes: (await stat(to)).size });
      }
      if (files.find((file) => file.name === MODEL_FILE)?.sha256 !== hex) {
        throw new ConfigurationError(
          `${path.join(packageDirectory, MODEL_FILE)} changed while it was being registered; register the package again once nothing writes to it`,
        );
      }
      const record: VersionFile = {
        format: VERSION_FORMAT,
        formatVersion: 1,
        version,
        registeredAt: this.now().toISOString(),
        source: path.resolve(packageDirectory),
        files,
      };
      await writeFileAtomic(path.join(staging, 'version.json'), `${JSON.stringify(record, null, 2)}\n`);
      const won = await this.withLock(async () => {
        if (await exists(this.versionDirectory(hex))) return false;
        await mkdir(path.dirname(this.versionDirectory(hex)), { recursive: true });
        await testPause('before-version-rename');
        await rename(staging, this.versionDirectory(hex));
        await fsyncDirectory(path.dirname(this.versionDirectory(hex)));
        return true;
      });
      if (!won) {
        const registered = await this.get(version);
        if (registered === undefined) throw new Error(`${version} vanished from ${this.location} while registering`);
        return registered;
      }
      return { version, manifest: pkg.manifest, registeredAt: record.registeredAt, evidence: [] };
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  async get(version: string): Promise<RegisteredVersion | undefined> {
    const record = await this.readVersionFile(version);
    if (record === undefined) return undefined;
    const directory = this.versionDirectory(versionHex(version));
    for (const file of record.files) await this.verifyFile(path.join(directory, file.name), file.sha256, version);
    return this.assemble(record);
  }

  async download(version: string, directory: string): Promise<void> {
    const record = await this.readVersionFile(version);
    if (record === undefined) {
      throw new ConfigurationError(`model version ${version} is not registered in ${this.location}`);
    }
    const source = this.versionDirectory(versionHex(version));
    await mkdir(directory, { recursive: true });
    // The copies are what gets served, so they are what is verified (the source could change mid-copy).
    for (const file of record.files) {
      const target = path.join(directory, file.name);
      await copyFile(path.join(source, file.name), target);
      const digest = await fileSha256(target);
      if (digest !== file.sha256) {
        await rm(target, { force: true });
        throw this.tampered(path.join(source, file.name), digest, file.sha256, version);
      }
    }
  }

  async list(): Promise<RegisteredVersion[]> {
    const names = await readdir(path.join(this.root, 'versions')).catch(() => [] as string[]);
    const versions: RegisteredVersion[] = [];
    for (const name of names) {
      if (!/^[0-9a-f]{64}$/.test(name)) continue;
      const registered = await this.get(`sha256:${name}`);
      if (registered !== undefined) versions.push(registered);
    }
    return versions.sort((a, b) => a.registeredAt.localeCompare(b.registeredAt) || a.version.localeCompare(b.version));
  }

  /** Appends a verdict to a version; the same kind with the same digest is recorded once (reruns are no-ops). */
  async addEvidence(version: string, evidence: EvidenceRecord): Promise<void> {
    const record = validateEvidence(evidence, `evidence for ${version}`);
    const directory = path.join(this.versionDirectory(versionHex(version)), 'evidence');
    await this.withLock(async () => {
      if ((await this.readVersionFile(version)) === undefined) {
        throw new ConfigurationError(
          `cannot add evidence: model version ${version} is not registered in ${this.location}`,
        );
      }
      const present = await this.readEvidence(version);
      if (present.some((item) => item.record.kind === record.kind && item.record.digest === record.digest)) return;
      const next = present.length === 0 ? 1 : Math.max(...present.map((item) => item.index)) + 1;
      await mkdir(directory, { recursive: true });
      await writeFileAtomic(
        path.join(directory, `${String(next).padStart(4, '0')}-${record.kind}.json`),
        `${JSON.stringify(record, null, 2)}\n`,
        this.tmpDirectory,
      );
    });
  }

  async current(stage: Stage): Promise<string | undefined> {
    assertStage(stage);
    return (await this.readStage(stage))?.current ?? undefined;
  }

  async history(stage: Stage): Promise<AliasEvent[]> {
    assertStage(stage);
    return (await this.readStage(stage))?.history ?? [];
  }

  async moveAlias(event: AliasEvent): Promise<void> {
    assertStage(event.stage);
    const checked = validateAliasEvent(event, `the ${event.stage} alias move`);
    await this.withLock(async () => {
      if ((await this.readVersionFile(checked.version)) === undefined) {
        throw new ConfigurationError(
          `cannot move ${checked.stage} to ${checked.version}: that version is not registered in ${this.location}`,
        );
      }
      const file = await this.readStage(checked.stage);
      const current = file?.current ?? null;
      if (current !== checked.previous) {
        throw new ConcurrentUpdateError(
          `${checked.stage} in ${this.location} now points at ${current ?? 'no version'}, not ${checked.previous ?? 'no version'} as expected: another promotion moved it first; read the stage again and retry`,
        );
      }
      const next: StageFile = {
        format: STAGE_FORMAT,
        formatVersion: 1,
        stage: checked.stage,
        current: checked.version,
        history: [...(file?.history ?? []), checked],
      };
      await mkdir(path.join(this.root, 'stages'), { recursive: true });
      await writeFileAtomic(this.stagePath(checked.stage), `${JSON.stringify(next, null, 2)}\n`, this.tmpDirectory);
      await testPause('before-audit');
      await appendLineDurably(this.auditPath, JSON.stringify(checked));
    });
  }

  /** Every alias move of every stage, oldest first, as logged in audit.jsonl. */
  async audit(): Promise<AliasEvent[]> {
    const text = await readFile(this.auditPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    // A torn last line is a write that died mid-append: it is repaired by the next writer, not an error.
    const lines = text.split('\n').slice(0, -1);
    return lines.map((line, index) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new ConfigurationError(`${this.auditPath} line ${index + 1} is not valid JSON`);
      }
      return validateAliasEvent(value, `${this.auditPath} line ${index + 1}`);
    });
  }

  private get tmpDirectory(): string {
    return path.join(this.root, 'tmp');
  }

  private get auditPath(): string {
    return path.join(this.root, 'audit.jsonl');
  }

  private versionDirectory(hex: string): string {
    return path.join(this.root, 'versions', hex);
  }

  private stagePath(stage: Stage): string {
    return path.join(this.root, 'stages', `${stage}.json`);
  }

  private async withLock<T>(body: () => Promise<T>): Promise<T> {
    const held = await this.writerLock.acquire();
    try {
      await mkdir(this.tmpDirectory, { recursive: true });
      await removeDeadTemporaries(this.tmpDirectory);
      if (held.broke !== undefined) await this.recover();
      return await body();
    } finally {
      await held.release();
    }
  }

  /**
   * After breaking a dead writer's lock: its one possibly unfinished step is the audit line of a move it
   * committed (stage renamed, line not yet or only partly appended). Stage files are the truth; the log is
   * completed from them.
   */
  private async recover(): Promise<void> {
    const text = await readFile(this.auditPath, 'utf8').catch(() => '');
    if (text.length > 0 && !text.endsWith('\n')) {
      await truncate(this.auditPath, Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1)));
    }
    const logged = await this.audit();
    for (const stage of STAGES) {
      const history = (await this.readStage(stage))?.history ?? [];
      const count = logged.filter((event) => event.stage === stage).length;
      for (const event of history.slice(count)) await appendLineDurably(this.auditPath, JSON.stringify(event));
    }
  }

  private async readStage(stage: Stage): Promise<StageFile | undefined> {
    const file = this.stagePath(stage);
    if (!(await exists(file))) return undefined;
    const value = await readJsonFile(file, 'registry stage file');
    const parsed = validateStageFile(value, file);
    checkStageConsistency(parsed, stage, file);
    return parsed;
  }

  private async readVersionFile(version: string): Promise<VersionFile | undefined> {
    const file = path.join(this.versionDirectory(versionHex(version)), 'version.json');
    if (!(await exists(file))) return undefined;
    const record = validateVersionFile(await readJsonFile(file, 'registry version record'), file);
    const model = record.files.find((item) => item.name === MODEL_FILE);
    const manifest = record.files.find((item) => item.name === MANIFEST_FILE);
    if (record.version !== version || model?.sha256 !== versionHex(version) || manifest === undefined) {
      throw new ConfigurationError(
        `${file} does not describe ${version} (it records ${record.version}, model.onnx ${model?.sha256 ?? 'missing'}): the registry was modified outside mlops; restore the directory from a backup`,
      );
    }
    return record;
  }

  private async assemble(record: VersionFile): Promise<RegisteredVersion> {
    const manifestPath = path.join(this.versionDirectory(versionHex(record.version)), MANIFEST_FILE);
    // The manifest's digest was just checked against the one recorded when it passed its schema at registration.
    const manifest = (await readJsonFile(manifestPath, 'model manifest')) as ModelManifest;
    const evidence = (await this.readEvidence(record.version)).map((item) => item.record);
    return { version: record.version, manifest, registeredAt: record.registeredAt, evidence };
  }

  private async readEvidence(version: string): Promise<Array<{ index: number; record: EvidenceRecord }>> {
    const directory = path.join(this.versionDirectory(versionHex(version)), 'evidence');
    const names = await readdir(directory).catch(() => [] as string[]);
    const items: Array<{ index: number; record: EvidenceRecord }> = [];
    for (const name of names) {
      const match = EVIDENCE_FILE.exec(name);
      if (match === null) continue;
      const file = path.join(directory, name);
      const record = validateEvidence(await readJsonFile(file, 'evidence record'), file);
      items.push({ index: Number(match[1]), record });
    }
    return items.sort((a, b) => a.index - b.index);
  }

  private async verifyFile(file: string, expected: string, version: string): Promise<void> {
    let digest: string;
    try {
      digest = await fileSha256(file);
    } catch (error) {
      throw new ConfigurationError(
        `${file} of model version ${version} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): the registry was modified outside mlops; restore the directory from a backup`,
      );
    }
    if (digest !== expected) throw this.tampered(file, digest, expected, version);
  }

  private tampered(file: string, digest: string, expected: string, version: string): ConfigurationError {
    return new ConfigurationError(
      `${file} has digest sha256:${digest} but model version ${version} was registered with sha256:${expected}: the registry was modified outside mlops; restore the file from a backup (or delete ${path.dirname(file)} and register the package again)`,
    );
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
