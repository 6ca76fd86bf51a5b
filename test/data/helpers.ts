import { expect } from 'vitest';
import { DataFormatError } from '../../src/core/errors.js';
import type { RowVisitor, TypedValue } from '../../src/data/types.js';

export type CellKind = 'text' | 'textString' | 'typed';

export interface RecordedCell {
  column: number;
  kind: CellKind;
  /** Text cells are decoded on arrival because readers may reuse the byte buffer after the call returns. */
  value: TypedValue;
  /** For `text` cells, whether the reader passed an empty range (start === end). */
  emptyRange?: boolean;
}

export interface RecordedRow {
  line: number;
  fieldCount: number;
  cells: RecordedCell[];
}

/**
 * Records every call so tests can assert on the exact stream a reader produced, and fails loudly when a reader
 * breaks the ordering rules of the RowVisitor contract (cells before the header, a second header).
 */
export class RecordingVisitor implements RowVisitor {
  columns: string[] = [];
  headerCalls = 0;
  addedColumns: string[] = [];
  rows: RecordedRow[] = [];
  private pending: RecordedCell[] = [];
  private begunAt: number | undefined;
  // fatal: an invalid UTF-8 sequence in a test file is a bug in the reader's chunk handling, not data to tolerate.
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  header(columns: readonly string[]): void {
    if (this.headerCalls > 0) throw new Error('header() called twice');
    this.headerCalls += 1;
    this.columns = [...columns];
  }

  addColumn(name: string): number {
    this.requireHeader('addColumn');
    this.addedColumns.push(name);
    this.columns.push(name);
    return this.columns.length - 1;
  }

  text(column: number, bytes: Uint8Array, start: number, end: number): void {
    this.requireHeader('text');
    if (start < 0 || end < start || end > bytes.length) {
      throw new Error(`text() range [${start}, ${end}) outside a buffer of ${bytes.length} bytes`);
    }
    this.pending.push({
      column,
      kind: 'text',
      value: this.decoder.decode(bytes.subarray(start, end)),
      emptyRange: start === end,
    });
  }

  textString(column: number, value: string): void {
    this.requireHeader('textString');
    this.pending.push({ column, kind: 'textString', value });
  }

  beginRow(line: number): void {
    this.requireHeader('beginRow');
    if (this.begunAt !== undefined) throw new Error(`beginRow(${line}) before endRow for line ${this.begunAt}`);
    if (this.pending.length > 0) throw new Error(`beginRow(${line}) after cells of that row had arrived`);
    this.begunAt = line;
  }

  typed(column: number, value: TypedValue): void {
    this.requireHeader('typed');
    this.pending.push({ column, kind: 'typed', value });
  }

  endRow(line: number, fieldCount: number): void {
    this.requireHeader('endRow');
    // The contract says every reader announces each record with beginRow, with the line endRow will get.
    if (this.begunAt !== line) throw new Error(`endRow(${line}) without a matching beginRow (got ${this.begunAt})`);
    this.begunAt = undefined;
    this.rows.push({ line, fieldCount, cells: this.pending });
    this.pending = [];
  }

  /** Each row as values by column index; `undefined` where the reader sent no cell. */
  values(): (TypedValue | undefined)[][] {
    return this.rows.map((row) => {
      const out: (TypedValue | undefined)[] = new Array(this.columns.length).fill(undefined);
      for (const cell of row.cells) out[cell.column] = cell.value;
      return out;
    });
  }

  /** Each row keyed by column name, omitting columns the reader sent no cell for. */
  objects(): Record<string, TypedValue>[] {
    return this.rows.map((row) => {
      const out: Record<string, TypedValue> = {};
      for (const cell of row.cells) {
        const name = this.columns[cell.column];
        if (name === undefined) throw new Error(`cell for column ${cell.column}, which was never declared`);
        out[name] = cell.value;
      }
      return out;
    });
  }

  lines(): number[] {
    return this.rows.map((row) => row.line);
  }

  private requireHeader(call: string): void {
    if (this.headerCalls === 0) throw new Error(`${call}() called before header()`);
  }
}

/** Awaits a rejection and checks it is a DataFormatError, returning it for further assertions. */
export async function expectDataFormatError(promise: Promise<unknown>): Promise<DataFormatError> {
  let thrown: unknown;
  try {
    await promise;
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected the reader to reject').toBeInstanceOf(DataFormatError);
  return thrown as DataFormatError;
}
