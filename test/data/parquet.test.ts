import { readFile, writeFile } from 'node:fs/promises';
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet';
import { type ColumnSource, parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readParquet } from '../../src/data/parquet.js';
import { useTempDir } from '../temp-dir.js';
import { expectDataFormatError, RecordingVisitor } from './helpers.js';

const tmp = useTempDir('mlops-data-test-');

function writeParquet(name: string, columnData: ColumnSource[], rowGroupSize?: number): string {
  const filename = tmp.path(name);
  parquetWriteFile({ filename, columnData, ...(rowGroupSize === undefined ? {} : { rowGroupSize }) });
  return filename;
}

async function read(file: string, maxRows?: number): Promise<RecordingVisitor> {
  const visitor = new RecordingVisitor();
  await readParquet(file, visitor, { maxRows });
  return visitor;
}

function expectedRow(i: number): [number, number | null, string | null, boolean | null, null] {
  return [i, i % 5 === 4 ? null : i + 0.5, i % 3 === 2 ? null : `s${i}-é日`, i % 7 === 6 ? null : i % 2 === 0, null];
}

function mixedColumns(rows: number): ColumnSource[] {
  const expected = Array.from({ length: rows }, (_, i) => expectedRow(i));
  return [
    { name: 'int', data: expected.map((row) => row[0]), type: 'INT32' },
    { name: 'float', data: expected.map((row) => row[1]), type: 'DOUBLE' },
    { name: 'string', data: expected.map((row) => row[2]), type: 'STRING' },
    { name: 'bool', data: expected.map((row) => row[3]), type: 'BOOLEAN' },
    { name: 'nulls', data: expected.map((row) => row[4]), type: 'STRING' },
  ];
}

describe('readParquet', () => {
  it('reads int, float, string, bool and null columns with their types', async () => {
    const file = writeParquet('mixed.parquet', mixedColumns(8));
    const v = await read(file);
    expect(v.columns).toEqual(['int', 'float', 'string', 'bool', 'nulls']);
    expect(v.values()).toEqual([
      [0, 0.5, 's0-é日', true, null],
      [1, 1.5, 's1-é日', false, null],
      [2, 2.5, null, true, null],
      [3, 3.5, 's3-é日', false, null],
      [4, null, 's4-é日', true, null],
      [5, 5.5, null, false, null],
      [6, 6.5, 's6-é日', null, null],
      [7, 7.5, 's7-é日', false, null],
    ]);
    expect(v.rows.every((row) => row.fieldCount === 5 && row.cells.every((cell) => cell.kind === 'typed'))).toBe(true);
    expect(v.lines()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('keeps INT64 as bigint, turns timestamps into ISO strings and JSON into text', async () => {
    const file = writeParquet('types.parquet', [
      { name: 'big', data: [9007199254740993n, -1n], type: 'INT64' },
      { name: 'when', data: [new Date('2024-02-29T12:34:56.789Z'), null], type: 'TIMESTAMP' },
      { name: 'doc', data: [{ a: [1, 2] }, null], type: 'JSON' },
    ]);
    const v = await read(file);
    expect(v.values()).toEqual([
      [9007199254740993n, '2024-02-29T12:34:56.789Z', '{"a":[1,2]}'],
      [-1n, null, null],
    ]);
  });

  it('reads across many row groups in order', async () => {
    const file = writeParquet('groups.parquet', mixedColumns(1000), 64);
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(file));
    expect(metadata.row_groups.length).toBe(16);
    const v = await read(file);
    expect(v.rows).toHaveLength(1000);
    expect(v.values()).toEqual(Array.from({ length: 1000 }, (_, i) => expectedRow(i)));
    expect(v.lines().at(-1)).toBe(1000);
  });

  it('stops after maxRows, including in the middle of a row group', async () => {
    const file = writeParquet('max.parquet', mixedColumns(1000), 64);
    const v = await read(file, 100);
    expect(v.rows).toHaveLength(100);
    expect(v.values()).toEqual(Array.from({ length: 100 }, (_, i) => expectedRow(i)));
  });

  it('with maxRows 0 still announces the header', async () => {
    const file = writeParquet('zero.parquet', mixedColumns(10));
    const v = await read(file, 0);
    expect(v.columns).toHaveLength(5);
    expect(v.rows).toHaveLength(0);
  });

  describe('errors', () => {
    it('rejects a missing file as a user error', async () => {
      const file = tmp.path('missing');
      const error = await expectDataFormatError(readParquet(file, new RecordingVisitor(), {}));
      expect(error.message).toMatch(/no such file/);
    });

    it('rejects a text file renamed .parquet', async () => {
      const file = await tmp.write('fake.parquet', 'id,name\n1,alice\n2,bob\n');
      const error = await expectDataFormatError(readParquet(file, new RecordingVisitor(), {}));
      expect(error.file).toBe(file);
      expect(error.message).toMatch(/not a Parquet file/);
      expect(error.message).not.toMatch(/\n\s+at /);
    });

    it('rejects a truncated file', async () => {
      const source = writeParquet('whole.parquet', mixedColumns(500), 100);
      const bytes = await readFile(source);
      const file = await tmp.write('cut.parquet', bytes.subarray(0, Math.floor(bytes.length / 2)));
      const error = await expectDataFormatError(readParquet(file, new RecordingVisitor(), {}));
      expect(error.message).toMatch(/truncated or corrupt Parquet file/);
      expect(error.message.length).toBeLessThan(400);
    });

    it('rejects a file too short to hold a footer', async () => {
      const file = await tmp.write('tiny.parquet', 'PAR');
      const error = await expectDataFormatError(readParquet(file, new RecordingVisitor(), {}));
      expect(error.message).toMatch(/not a Parquet file/);
    });

    it('rejects an empty file', async () => {
      const file = tmp.path('empty.parquet');
      await writeFile(file, '');
      const error = await expectDataFormatError(readParquet(file, new RecordingVisitor(), {}));
      expect(error.message).toMatch(/empty/);
    });

    it('names the row group when column data is corrupt but the footer is intact', async () => {
      const source = writeParquet('whole.parquet', mixedColumns(500), 100);
      const bytes = Buffer.from(await readFile(source));
      // Overwrite the data pages between the leading magic and the footer; the metadata still parses.
      const footerLength = bytes.readUInt32LE(bytes.length - 8) + 8;
      bytes.fill(0xff, 4, bytes.length - footerLength);
      const file = await tmp.write('garbled.parquet', bytes);
      const error = await expectDataFormatError(readParquet(file, new RecordingVisitor(), {}));
      expect(error.line).toBe(1);
      expect(error.message).toMatch(/cannot decode row group 1 \(rows 1 to 100\)/);
    });
  });
});
