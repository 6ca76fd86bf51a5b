/**
 * Readers push cells to a visitor instead of building row objects: the profiler is the hot path
 * (a million rows × 20 columns) and must not allocate a string per numeric cell.
 */
export type TypedValue = number | bigint | string | boolean | null;

export interface RowVisitor {
  /**
   * The columns of the file, in file order. Called once before any cell. Readers of formats whose records
   * may gain keys later (JSON Lines) call `addColumn` for each new name and get its index back.
   */
  header(columns: readonly string[]): void;
  addColumn(name: string): number;
  /**
   * One field of a text format (CSV), as the bytes [start, end) of `bytes`, quotes already removed.
   * Quoted fields that contained escaped quotes ("") arrive through `textString` instead.
   */
  text(column: number, bytes: Uint8Array, start: number, end: number): void;
  textString(column: number, value: string): void;
  /** One value of a typed format (JSON Lines, Parquet); `null` is an explicit missing value. */
  typed(column: number, value: TypedValue): void;
  /**
   * Start of one data record, before its cells, with the same `line` endRow will get: lets visitors name
   * the line of a cell (an out-of-range value, say) as they see it. Every reader in this repository calls it.
   */
  beginRow?(line: number): void;
  /**
   * End of one data record. `line` is the 1-based physical line where the record starts (for Parquet,
   * the 1-based row number); `fieldCount` is how many fields the record had (for ragged-row detection).
   */
  endRow(line: number, fieldCount: number): void;
  /**
   * Called by readers between chunks; when it returns a promise the reader waits for it. This is how a
   * consumer slower than the reader (inference) keeps memory bounded. `position` is the bytes read so far in
   * the current file, when the reader knows it (for progress).
   */
  drain?(position?: number): Promise<void> | undefined;
}

export type DataFormat = 'csv' | 'jsonl' | 'parquet';

export interface ReadOptions {
  format?: DataFormat | 'auto';
  /** CSV field delimiter, one character (default `,`). */
  delimiter?: string;
  /** Stop after this many data rows (for samples); undefined reads everything. */
  maxRows?: number;
  /**
   * Sees each chunk of the file as it is read, with its byte offset, where a reader reads the file in order
   * (CSV, JSON Lines): a digest computed on the way costs no second pass.
   */
  onBytes?: (bytes: Uint8Array, at: number) => void;
}

/** Reads one file, streaming, with bounded memory, and pushes every record to the visitor. */
export type Reader = (path: string, visitor: RowVisitor, options: ReadOptions) => Promise<void>;
