import {
  type AsyncBuffer,
  asyncBufferFromFile,
  type FileMetaData,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
} from 'hyparquet';
import { DataFormatError, describeThrown, EmptyFileError } from '../core/errors.js';
import { openDataFile } from './open.js';
import type { Reader, TypedValue } from './types.js';

interface Chunk {
  rowStart: number;
  rowEnd: number;
  data: ArrayLike<unknown>;
}

/**
 * Reads Parquet one row group at a time: memory is bounded by the largest row group, never the file. (A row range
 * inside a group would not help: hyparquet decodes whole column chunks, so splitting a group only re-reads it.)
 *
 * Cells go to `typed` in the columns' own types, with these conversions to fit TypedValue:
 * - INT64 stays a bigint; DATE and TIMESTAMP values become ISO 8601 strings;
 * - binary values that are not text (FIXED_LEN_BYTE_ARRAY without a logical type, UUID bytes) become lowercase hex;
 *   unannotated BYTE_ARRAY columns are decoded as UTF-8 text, as hyparquet does by default;
 * - structs, lists and maps become their JSON text (bigints inside as decimal strings), so the profiler sees strings.
 *
 * `line` in endRow and in errors is the 1-based row number.
 */
export const readParquet: Reader = async (path, visitor, options) => {
  const file = await openForReading(path);
  if (file.byteLength === 0) throw new EmptyFileError(path, undefined, undefined, 'file is empty');

  let metadata: FileMetaData;
  let names: string[];
  try {
    metadata = await parquetMetadataAsync(file);
    names = parquetSchema(metadata).children.map((child) => child.element.name);
  } catch (error) {
    throw new DataFormatError(path, undefined, undefined, await describeUnreadable(file, error));
  }

  visitor.header(names);
  const columnOf = new Map<string, number>();
  names.forEach((name, index) => {
    columnOf.set(name, index);
  });

  const limit = Math.min(Number(metadata.num_rows), options.maxRows ?? Number.POSITIVE_INFINITY);
  let groupStart = 0;
  for (const [groupIndex, rowGroup] of metadata.row_groups.entries()) {
    if (groupStart >= limit) break;
    const groupRows = Number(rowGroup.num_rows);
    const rowEnd = Math.min(groupStart + groupRows, limit);
    if (rowEnd > groupStart) {
      const chunks = await readGroup(path, file, metadata, names, columnOf, groupIndex, groupStart, rowEnd);
      emitRows(visitor, chunks, groupStart, rowEnd);
      await visitor.drain?.();
    }
    groupStart += groupRows;
  }
};

function openForReading(path: string): Promise<AsyncBuffer> {
  return openDataFile(path, asyncBufferFromFile);
}

async function readGroup(
  path: string,
  file: AsyncBuffer,
  metadata: FileMetaData,
  names: readonly string[],
  columnOf: ReadonlyMap<string, number>,
  groupIndex: number,
  rowStart: number,
  rowEnd: number,
): Promise<Chunk[][]> {
  const chunks: Chunk[][] = names.map(() => []);
  try {
    // onChunk hands over column-oriented data, which skips hyparquet's transpose into one array per row.
    await parquetRead({
      file,
      metadata,
      rowStart,
      rowEnd,
      onChunk(chunk) {
        const column = columnOf.get(chunk.columnName);
        if (column === undefined) return;
        chunks[column]?.push({ rowStart: chunk.rowStart, rowEnd: chunk.rowEnd, data: chunk.columnData });
      },
    });
  } catch (error) {
    throw new DataFormatError(
      path,
      rowStart + 1,
      undefined,
      `cannot decode row group ${groupIndex + 1} (rows ${rowStart + 1} to ${rowEnd}): ${describeThrown(error, 200)}`,
    );
  }
  for (const [column, list] of chunks.entries()) {
    list.sort((a, b) => a.rowStart - b.rowStart);
    if (!covers(list, rowStart, rowEnd)) {
      // Not the file's fault: hyparquet resolved without delivering every requested row, which would be our bug.
      throw new Error(`parquet reader: column ${names[column]} incomplete for rows ${rowStart + 1} to ${rowEnd}`);
    }
  }
  return chunks;
}

function covers(list: readonly Chunk[], rowStart: number, rowEnd: number): boolean {
  let next = rowStart;
  for (const chunk of list) {
    if (chunk.rowStart > next) return false;
    next = Math.max(next, chunk.rowEnd);
    if (next >= rowEnd) return true;
  }
  return next >= rowEnd;
}

function emitRows(visitor: Parameters<Reader>[1], chunks: Chunk[][], rowStart: number, rowEnd: number): void {
  const cursors = chunks.map(() => 0);
  const columnCount = chunks.length;
  for (let row = rowStart; row < rowEnd; row++) {
    visitor.beginRow?.(row + 1);
    for (let column = 0; column < columnCount; column++) {
      const list = chunks[column]!;
      let cursor = cursors[column]!;
      let chunk = list[cursor]!;
      while (chunk.rowEnd <= row) {
        cursor += 1;
        chunk = list[cursor]!;
      }
      cursors[column] = cursor;
      visitor.typed(column, toTyped(chunk.data[row - chunk.rowStart]));
    }
    visitor.endRow(row + 1, columnCount);
  }
}

function toTyped(value: unknown): TypedValue {
  switch (typeof value) {
    case 'number':
    case 'bigint':
    case 'string':
    case 'boolean':
      return value;
    case 'undefined':
      return null;
  }
  if (value === null) return null;
  if (value instanceof Date) return isoDate(value);
  if (value instanceof Uint8Array) return hex(value);
  return JSON.stringify(value, jsonReplacer) ?? null;
}

function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return hex(value);
  return value;
}

function isoDate(date: Date): string {
  // Out-of-range timestamps decode to an invalid Date, whose toISOString throws.
  return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString();
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

async function describeUnreadable(file: AsyncBuffer, error: unknown): Promise<string> {
  const detail = describeThrown(error, 200);
  let startsWithMagic = false;
  if (file.byteLength >= 4) {
    const head = new Uint8Array(await file.slice(0, 4));
    startsWithMagic = head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31;
  }
  if (!startsWithMagic) return `not a Parquet file (it does not start with the PAR1 marker; ${detail})`;
  return `truncated or corrupt Parquet file (it starts with PAR1 but its footer cannot be read; ${detail})`;
}
