/**
 * The data digest taken while a reader reads the file (ReadDigest) must equal the file's sha256 when it saw every
 * byte in order, and must never be remembered otherwise: a wrong lineage digest is worse than a second read.
 */
import { createHash } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fileSha256, fileSha256Blocking, knownFileSha256, ReadDigest } from '../../src/data/digest.js';
import { readDataFile } from '../../src/data/files.js';
import { useTempDir } from '../temp-dir.js';
import { RecordingVisitor } from './helpers.js';

const temp = useTempDir('mlops-data-test-');

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Rows enough for several 64 KiB stream chunks (JSON Lines) but few enough to stay fast. */
function csvText(rows: number): string {
  const lines = ['id,x,label'];
  for (let i = 0; i < rows; i++) lines.push(`${i},${(i * 0.37).toFixed(3)},${i % 3 === 0 ? 'yes' : 'no'}`);
  return `${lines.join('\n')}\n`;
}

function jsonlText(rows: number): string {
  const lines = [];
  for (let i = 0; i < rows; i++) lines.push(JSON.stringify({ id: i, x: i * 0.37, label: i % 3 === 0 }));
  return `${lines.join('\n')}\n`;
}

describe('ReadDigest', () => {
  it.each([
    ['data.csv', csvText(60_000)],
    ['data.jsonl', jsonlText(20_000)],
  ])('remembers the sha256 of %s read whole, so fileSha256 does not read it again', async (name, text) => {
    const file = await temp.write(name, text);
    const expected = sha256(await readFile(file));
    const digest = await ReadDigest.start(file);
    expect(digest).toBeDefined();
    await readDataFile(file, new RecordingVisitor(), { onBytes: digest!.see });
    expect(await knownFileSha256(file)).toBeUndefined();
    await digest!.finish();
    expect(await knownFileSha256(file)).toBe(expected);
    expect(await fileSha256(file)).toBe(expected);
    // Known now: a second reader has nothing to add.
    expect(await ReadDigest.start(file)).toBeUndefined();
  });

  it('takes a digest another thread takes (elsewhere) when it comes, keeping that thread alive for it', async () => {
    const file = await temp.write('elsewhere.csv', csvText(100));
    const digest = (await ReadDigest.start(file))!;
    let delivered: (sha256: string | undefined) => void = () => {};
    let kept = 0;
    digest.elsewhere(
      new Promise((resolve) => {
        delivered = resolve;
      }),
      () => kept++,
      () => {},
    );
    await digest.finish();
    // Pending: a second reader has nothing to add.
    expect(await ReadDigest.start(file)).toBeUndefined();
    // A value no read of the file gives: it can only come from the other thread.
    const asked = fileSha256(file);
    setTimeout(() => delivered('f'.repeat(64)), 20);
    expect(await asked).toBe('f'.repeat(64));
    expect(kept).toBe(1);
    expect(await knownFileSha256(file)).toBe('f'.repeat(64));
  });

  it.each<[string, (file: string) => Promise<void>, string | undefined]>([
    ['the other thread failed', async () => {}, undefined],
    ['the file changed before it came', (file) => appendFile(file, '101,1.000,no\n'), 'f'.repeat(64)],
  ])('reads the file itself when %s', async (_, meanwhile, delivered) => {
    const file = await temp.write('elsewhere-failed.csv', csvText(100));
    const digest = (await ReadDigest.start(file))!;
    digest.elsewhere(
      Promise.resolve(delivered),
      () => {},
      () => {},
    );
    await digest.finish();
    await meanwhile(file);
    expect(await fileSha256(file)).toBe(sha256(await readFile(file)));
  });

  it("reads the file itself when it changes while the other thread's digest is awaited", async () => {
    const file = await temp.write('elsewhere-moving.csv', csvText(100));
    const digest = (await ReadDigest.start(file))!;
    let delivered: (sha256: string | undefined) => void = () => {};
    digest.elsewhere(
      new Promise((resolve) => {
        delivered = resolve;
      }),
      () => {},
      () => {},
    );
    await digest.finish();
    const asked = fileSha256(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await appendFile(file, '101,1.000,no\n');
    delivered('f'.repeat(64));
    expect(await asked).toBe(sha256(await readFile(file)));
  });

  it('takes the digest of a file changed since it was remembered from the thread taking it now', async () => {
    const file = await temp.write('changed-then-pending.csv', csvText(100));
    await fileSha256(file);
    await appendFile(file, '101,1.000,no\n');
    const digest = (await ReadDigest.start(file))!;
    digest.elsewhere(
      Promise.resolve('e'.repeat(64)),
      () => {},
      () => {},
    );
    await digest.finish();
    expect(await knownFileSha256(file)).toBe('e'.repeat(64));
  });

  it('tells the thread taking the digest to stop when the read is abandoned', async () => {
    const file = await temp.write('abandoned.csv', csvText(100));
    const digest = (await ReadDigest.start(file))!;
    let cancelled = 0;
    digest.elsewhere(
      new Promise(() => {}),
      () => {},
      () => cancelled++,
    );
    digest.abandon();
    expect(cancelled).toBe(1);
    // Never registered: nothing waits for a digest that will not come.
    expect(await fileSha256(file)).toBe(sha256(await readFile(file)));
  });

  it("hashes a file with blocking reads as fileSha256 does (the profile worker's way)", async () => {
    // Larger than one 1 MiB read, and not a multiple of it.
    const file = await temp.write('blocking.csv', csvText(60_000));
    const expected = sha256(await readFile(file));
    expect(fileSha256Blocking(file)).toBe(expected);
    expect(() => fileSha256Blocking(`${file}.missing`)).toThrow();
  });

  it.each<[string, (digest: ReadDigest, bytes: Buffer) => void]>([
    ['a gap', (digest, bytes) => digest.see(bytes.subarray(10), 10)],
    [
      'an overlap',
      (digest, bytes) => {
        digest.see(bytes.subarray(0, 100), 0);
        digest.see(bytes.subarray(50), 50);
      },
    ],
    ['part of the file', (digest, bytes) => digest.see(bytes.subarray(0, bytes.length - 1), 0)],
  ])('remembers nothing after %s', async (_, feed) => {
    const text = csvText(100);
    const file = await temp.write('partial.csv', text);
    const digest = (await ReadDigest.start(file))!;
    feed(digest, Buffer.from(text));
    await digest.finish();
    expect(await knownFileSha256(file)).toBeUndefined();
    expect(await fileSha256(file)).toBe(sha256(Buffer.from(text)));
  });

  it('remembers nothing when a reader stops early (a row limit)', async () => {
    const file = await temp.write('sample.csv', csvText(60_000));
    const digest = (await ReadDigest.start(file))!;
    await readDataFile(file, new RecordingVisitor(), { onBytes: digest.see, maxRows: 10 });
    await digest.finish();
    expect(await knownFileSha256(file)).toBeUndefined();
  });

  it('remembers nothing when the file changes while it is read', async () => {
    const text = csvText(100);
    const file = await temp.write('moving.csv', text);
    const digest = (await ReadDigest.start(file))!;
    digest.see(Buffer.from(text), 0);
    await appendFile(file, '101,1.000,no\n');
    await digest.finish();
    expect(await knownFileSha256(file)).toBeUndefined();
    expect(await fileSha256(file)).toBe(sha256(await readFile(file)));
  });

  it('forgets a remembered digest once the file is rewritten', async () => {
    const file = await temp.write('rewritten.csv', csvText(100));
    const digest = (await ReadDigest.start(file))!;
    await readDataFile(file, new RecordingVisitor(), { onBytes: digest.see });
    await digest.finish();
    expect(await knownFileSha256(file)).toBeDefined();
    await appendFile(file, '101,1.000,no\n');
    expect(await knownFileSha256(file)).toBeUndefined();
  });
});
