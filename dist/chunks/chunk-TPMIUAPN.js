import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);

// src/data/digest.ts
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import { open, stat } from "node:fs/promises";
import path from "node:path";
var HASH_READ_BYTES = 1 << 20;
var digestMemo = /* @__PURE__ */ new Map();
async function identityOf(absolute) {
  const info = await stat(absolute);
  return { identity: `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`, size: info.size };
}
async function fileSha256(file) {
  return (await fileDigest(file)).sha256;
}
function fileSha256Blocking(file) {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(HASH_READ_BYTES);
  const descriptor = openSync(file, "r");
  try {
    for (let position = 0; ; ) {
      const bytesRead = readSync(descriptor, buffer, 0, buffer.length, position);
      if (bytesRead === 0) return hash.digest("hex");
      hash.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
  } finally {
    closeSync(descriptor);
  }
}
var pendingDigests = /* @__PURE__ */ new Map();
async function pendingDigest(absolute, identity) {
  const pending = pendingDigests.get(absolute);
  if (pending?.identity !== identity) return void 0;
  pending.keepAlive();
  const sha256 = await pending.sha256;
  if (pendingDigests.get(absolute) === pending) pendingDigests.delete(absolute);
  const now = await identityOf(absolute).catch(() => void 0);
  if (sha256 === void 0 || now?.identity !== identity) return void 0;
  digestMemo.set(absolute, { identity, sha256, bytes: pending.size });
  return sha256;
}
async function fileDigest(file) {
  const absolute = path.resolve(file);
  const { identity, size } = await identityOf(absolute);
  const known = digestMemo.get(absolute);
  if (known?.identity === identity) return known;
  const taken = await pendingDigest(absolute, identity);
  if (taken !== void 0) return { sha256: taken, bytes: size };
  const hash = createHash("sha256");
  await hashFile(hash, absolute);
  const entry = { identity, sha256: hash.digest("hex"), bytes: size };
  digestMemo.set(absolute, entry);
  return entry;
}
async function knownFileSha256(file) {
  const absolute = path.resolve(file);
  const now = await identityOf(absolute).catch(() => void 0);
  if (now === void 0) return void 0;
  const known = digestMemo.get(absolute);
  if (known?.identity === now.identity) return known.sha256;
  return pendingDigest(absolute, now.identity);
}
async function digestFiles(files, rows) {
  const entries = [];
  for (const file of files) {
    const { sha256, bytes } = await fileDigest(file);
    entries.push({ path: file, sha256, bytes });
  }
  const combined = createHash("sha256");
  for (const entry of entries) combined.update(`${entry.sha256}
`);
  return { digest: `sha256:${combined.digest("hex")}`, rows, files: entries };
}
async function hashFile(hash, file) {
  const buffer = Buffer.allocUnsafe(HASH_READ_BYTES);
  const handle = await open(file, "r");
  try {
    let position = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) return;
      hash.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
}
var ReadDigest = class _ReadDigest {
  constructor(absolute, identity, size) {
    this.absolute = absolute;
    this.identity = identity;
    this.size = size;
  }
  absolute;
  identity;
  size;
  hash = createHash("sha256");
  next = 0;
  broken = false;
  delegated;
  /** Undefined when the file's digest is already known or being taken (or the file cannot be stat'ed: the reader says why). */
  static async start(file) {
    const absolute = path.resolve(file);
    const found = await identityOf(absolute).catch(() => void 0);
    if (found === void 0 || digestMemo.get(absolute)?.identity === found.identity) return void 0;
    if (pendingDigests.get(absolute)?.identity === found.identity) return void 0;
    return new _ReadDigest(absolute, found.identity, found.size);
  }
  /** Bytes read at file offset `at`; a gap or an overlap spoils the digest rather than falsifying it. */
  see = (bytes, at) => {
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
  elsewhere(sha256, keepAlive, cancel) {
    this.delegated = { sha256, keepAlive, cancel };
  }
  /** The digest another thread is taking (see elsewhere), undefined if none. */
  get pending() {
    return this.delegated?.sha256;
  }
  /** The read failed and finish will not be called: another thread taking the digest can stop. */
  abandon() {
    this.delegated?.cancel();
  }
  /**
   * Remembers the digest for fileSha256 if it covers the whole, unchanged file; a digest taken elsewhere is
   * remembered when it comes, without waiting for it here.
   */
  async finish() {
    if (this.delegated !== void 0) {
      pendingDigests.set(this.absolute, { identity: this.identity, size: this.size, ...this.delegated });
      return;
    }
    if (this.broken || this.next !== this.size) return;
    const now = await identityOf(this.absolute).catch(() => void 0);
    if (now?.identity !== this.identity) return;
    digestMemo.set(this.absolute, { identity: this.identity, sha256: this.hash.digest("hex"), bytes: this.size });
  }
};

export {
  fileSha256,
  fileSha256Blocking,
  knownFileSha256,
  digestFiles,
  ReadDigest
};
