import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';

/** What train records of its data and lineage records of a data set: the files, their bytes and their rows. */
export interface DataDigest {
  digest: string;
  rows: number;
  files: Array<{ path: string; sha256: string; bytes: number }>;
}

/** 1 MiB reads: with the default 64 KiB, a 150 MB file costs twice the time in thread-pool round trips. */
const HASH_READ_BYTES = 1 << 20;

/**
 * Digests already known in this process, by path and file identity (inode, size, modification and change
 * times): train digests its data for the step-cache key, the manifest and the lineage record, and validate-data
 * digests the file it has just read, so a 150 MB file should be hashed once, ideally while it is read anyway.
 * A file rewritten in between has a new identity and is hashed again.
 */
const digestMemo = new Map<string, { identity: string; sha256: string; bytes: number }>();

async function identityOf(absolute: string): Promise<{ identity: string; size: number }> {
  const info = await stat(absolute);
  return { identity: `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`, size: info.size };
}

export async function fileSha256(file: string): Promise<string> {
  return (await fileDigest(file)).sha256;
}

/**
 * The file's sha256, read with blocking reads: for a thread with nothing else to do (the profile worker), where a
 * thread-pool round trip per read only adds time (about 15% of a 150 MB file's).
 */
export function fileSha256Blocking(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(HASH_READ_BYTES);
  const descriptor = openSync(file, 'r');
  try {
    for (let position = 0; ; ) {
      const bytesRead = readSync(descriptor, buffer, 0, buffer.length, position);
      if (bytesRead === 0) return hash.digest('hex');
      hash.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Digests another thread is taking (see ReadDigest.elsewhere), by path: the file's identity when its reading
 * began, the digest to come (undefined if that thread failed), and how to keep the thread alive for it.
 */
const pendingDigests = new Map<
  string,
  { identity: string; size: number; sha256: Promise<string | undefined>; keepAlive: () => void }
>();

/**
 * The digest another thread is taking of the file as it is now, once it comes (and then remembered); undefined
 * when there is none, that thread failed, or the file changed since its reading began.
 */
async function pendingDigest(absolute: string, identity: string): Promise<string | undefined> {
  const pending = pendingDigests.get(absolute);
  if (pending?.identity !== identity) return undefined;
  pending.keepAlive();
  const sha256 = await pending.sha256;
  if (pendingDigests.get(absolute) === pending) pendingDigests.delete(absolute);
  const now = await identityOf(absolute).catch(() => undefined);
  if (sha256 === undefined || now?.identity !== identity) return undefined;
  digestMemo.set(absolute, { identity, sha256, bytes: pending.size });
  return sha256;
}

/** The file's sha256 and size, from one stat (and one read, unless this process already knows the digest). */
async function fileDigest(file: string): Promise<{ sha256: string; bytes: number }> {
  const absolute = path.resolve(file);
  const { identity, size } = await identityOf(absolute);
  const known = digestMemo.get(absolute);
  if (known?.identity === identity) return known;
  const taken = await pendingDigest(absolute, identity);
  if (taken !== undefined) return { sha256: taken, bytes: size };
  const hash = createHash('sha256');
  await hashFile(hash, absolute);
  const entry = { identity, sha256: hash.digest('hex'), bytes: size };
  digestMemo.set(absolute, entry);
  return entry;
}

/** The sha256 this process already knows for the file as it is now, without reading it (undefined if none). */
export async function knownFileSha256(file: string): Promise<string | undefined> {
  const absolute = path.resolve(file);
  const now = await identityOf(absolute).catch(() => undefined);
  if (now === undefined) return undefined;
  const known = digestMemo.get(absolute);
  if (known?.identity === now.identity) return known.sha256;
  return pendingDigest(absolute, now.identity);
}

/** Digest of a data set: each file's sha256, then one sha256 over those, in the (sorted) reading order. */
export async function digestFiles(files: readonly string[], rows: number): Promise<DataDigest> {
  const entries = [];
  for (const file of files) {
    const { sha256, bytes } = await fileDigest(file);
    entries.push({ path: file, sha256, bytes });
  }
  const combined = createHash('sha256');
  for (const entry of entries) combined.update(`${entry.sha256}\n`);
  return { digest: `sha256:${combined.digest('hex')}`, rows, files: entries };
}

async function hashFile(hash: Hash, file: string): Promise<void> {
  // One buffer reused for every read: a stream's fresh 1 MiB chunks are garbage that a 150 MB file would
  // leave for the collector, tens of MiB of peak memory.
  const buffer = Buffer.allocUnsafe(HASH_READ_BYTES);
  const handle = await open(file, 'r');
  try {
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) return;
      hash.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Hashes a file from the bytes a reader reads anyway (`see`, in file order from offset 0), so the lineage
 * digest that follows costs no second pass; or has another thread hash it (`elsewhere`). It is only trusted
 * when it saw every byte exactly once, in order, and the file kept its identity throughout; otherwise nothing
 * is remembered and fileSha256 reads the file.
 */
export class ReadDigest {
  private readonly hash = createHash('sha256');
  private next = 0;
  private broken = false;
  private delegated: { sha256: Promise<string | undefined>; keepAlive: () => void; cancel: () => void } | undefined;

  private constructor(
    private readonly absolute: string,
    private readonly identity: string,
    private readonly size: number,
  ) {}

  /** Undefined when the file's digest is already known or being taken (or the file cannot be stat'ed: the reader says why). */
  static async start(file: string): Promise<ReadDigest | undefined> {
    const absolute = path.resolve(file);
    const found = await identityOf(absolute).catch(() => undefined);
    if (found === undefined || digestMemo.get(absolute)?.identity === found.identity) return undefined;
    if (pendingDigests.get(absolute)?.identity === found.identity) return undefined;
    return new ReadDigest(absolute, found.identity, found.size);
  }

  /** Bytes read at file offset `at`; a gap or an overlap spoils the digest rather than falsifying it. */
  readonly see = (bytes: Uint8Array, at: number): void => {
    if (this.broken) return;
    if (at !== this.next) {
      this.broken = true;
      return;
    }
    this.hash.update(bytes);
    this.next += bytes.length;
  };

  /**
   * Another thread takes the whole file's digest instead (undefined if it fails), while this one goes on;
   * `keepAlive` is called when someone waits for it, `cancel` when no one will (see abandon). What `see` saw is
   * then of no use.
   */
  elsewhere(sha256: Promise<string | undefined>, keepAlive: () => void, cancel: () => void): void {
    this.delegated = { sha256, keepAlive, cancel };
  }

  /** The digest another thread is taking (see elsewhere), undefined if none. */
  get pending(): Promise<string | undefined> | undefined {
    return this.delegated?.sha256;
  }

  /** The read failed and finish will not be called: another thread taking the digest can stop. */
  abandon(): void {
    this.delegated?.cancel();
  }

  /**
   * Remembers the digest for fileSha256 if it covers the whole, unchanged file; a digest taken elsewhere is
   * remembered when it comes, without waiting for it here.
   */
  async finish(): Promise<void> {
    if (this.delegated !== undefined) {
      pendingDigests.set(this.absolute, { identity: this.identity, size: this.size, ...this.delegated });
      return;
    }
    if (this.broken || this.next !== this.size) return;
    const now = await identityOf(this.absolute).catch(() => undefined);
    if (now?.identity !== this.identity) return;
    digestMemo.set(this.absolute, { identity: this.identity, sha256: this.hash.digest('hex'), bytes: this.size });
  }
}
