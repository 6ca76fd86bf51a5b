/**
 * The batch reader feeding inference: a slow consumer must hold the reader back (bounded memory), for every
 * format, and every row must reach the consumer once, in order.
 */
import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/data/files.js';
import { BatchCollector, readColumnNames } from '../../src/data/table.js';
import { useSharedTempDir } from '../temp-dir.js';

const temp = useSharedTempDir('mlops-table-');
const ROWS = 300_000;
beforeAll(async () => {
  const csv = [
    'id,value,label',
    ...Array.from({ length: ROWS }, (_, i) => `${i},${(i * 0.5).toFixed(1)},${i % 3 === 0 ? 'a' : 'b'}`),
  ];
  await writeFile(temp.path('rows.csv'), `${csv.join('\n')}\n`);
  const jsonl = Array.from({ length: ROWS }, (_, i) =>
    JSON.stringify({ id: i, value: i * 0.5, label: i % 3 === 0 ? 'a' : 'b' }),
  );
  await writeFile(temp.path('rows.jsonl'), `${jsonl.join('\n')}\n`);
});

describe.each(['rows.csv', 'rows.jsonl'])('BatchCollector on %s', (file) => {
  it('delivers every row once, in order, while a slow consumer keeps the reader within a few batches', async () => {
    const batchSize = 500;
    let handled = 0;
    let maxLag = 0;
    let expectedId = 0;
    const collector = new BatchCollector(['id', 'label'], batchSize, async (batch) => {
      maxLag = Math.max(maxLag, collector.rows - handled);
      for (const id of batch.columns.get('id') ?? []) {
        expect(Number(id)).toBe(expectedId++);
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
      handled += batch.size;
    });
    collector.beginFile(temp.path(file));
    await readDataFile(temp.path(file), collector, {});
    await collector.finish();
    expect(handled).toBe(ROWS);
    // Without back-pressure the reader runs ahead by the whole file; with it, by at most one read chunk
    // (1 MiB of CSV, 64 KiB of JSON Lines) plus the batches allowed in flight.
    expect(maxLag).toBeLessThan(file.endsWith('.csv') ? 80_000 : 10_000);
  });
});

it('names a missing column and lists the ones the file has', async () => {
  const collector = new BatchCollector(['id', 'no_such'], 10, () => {});
  collector.beginFile(temp.path('rows.csv'));
  await expect(readDataFile(temp.path('rows.csv'), collector, {})).rejects.toThrow(
    /has no column "no_such" \(its columns: id, value, label\)/,
  );
});

it('reads the column names from the header', async () => {
  expect(await readColumnNames(temp.path('rows.csv'), 'data', {})).toEqual(['id', 'value', 'label']);
});
