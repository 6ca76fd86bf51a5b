import { ConfigurationError } from '../core/errors.js';
import { parseNumber } from '../validate/profile.js';
import { readDataFile, resolveDataFiles } from './files.js';
import type { ReadOptions, RowVisitor, TypedValue } from './types.js';

/** One raw cell as a model sees it before encoding: numbers stay numbers, everything else is text. */
export type Cell = number | string | null;

export interface RecordBatch {
  /** Values of each wanted column, one per record of the batch. */
  columns: Map<string, Cell[]>;
  /** Source of each record, for messages that name the row ("train.csv line 12"). */
  files: string[];
  lines: number[];
  size: number;
}

/**
 * Two batches may wait while the next is read: parsing overlaps inference (which runs on its own threads),
 * and memory stays at a few batches.
 */
const MAX_IN_FLIGHT = 2;

export type BatchHandler = (batch: RecordBatch) => void | Promise<void>;

/**
 * Collects the wanted columns of every record into batches and hands each full batch on. An asynchronous
 * handler (inference) holds the reader back through `drain`, so memory stays at about one batch whatever the
 * file size.
 */
export class BatchCollector implements RowVisitor {
  private readonly decoder = new TextDecoder();
  private file = '';
  /** For each column of the file, its place among the wanted columns, or -1. */
  private positions: number[] = [];
  private batch: RecordBatch;
  private pending: Promise<void> | undefined;
  /** Batches handed on and not yet finished, oldest first; the reader waits once there are MAX_IN_FLIGHT. */
  private readonly inFlight: Array<Promise<void>> = [];
  private failure: unknown;
  rows = 0;

  /** The batch's column arrays in `wanted` order: cells are written straight into them. */
  private slots: Cell[][] = [];
  /** For each wanted column, whether its text is read as a number (no string is made for a numeral). */
  private readonly numericAt: boolean[];

  constructor(
    private readonly wanted: readonly string[],
    private readonly batchSize: number,
    private readonly handler: BatchHandler,
    numeric: ReadonlySet<string> = new Set(),
  ) {
    this.numericAt = wanted.map((name) => numeric.has(name));
    this.batch = this.emptyBatch();
  }

  beginFile(file: string): void {
    this.file = file;
  }

  header(columns: readonly string[]): void {
    const missing = this.wanted.filter((name) => !columns.includes(name));
    if (missing.length > 0) {
      throw new ConfigurationError(
        `${this.file} has no column ${missing.map((name) => `"${name}"`).join(', ')} (its columns: ${columns.slice(0, 30).join(', ')}${columns.length > 30 ? ', …' : ''}); the model needs it: fix the data or the feature list`,
      );
    }
    this.positions = columns.map((name) => this.wanted.indexOf(name));
  }

  addColumn(name: string): number {
    this.positions.push(this.wanted.indexOf(name));
    return this.positions.length - 1;
  }

  beginRow(): void {
    for (const slot of this.slots) slot.push(null);
  }

  private set(column: number, value: Cell): void {
    const at = this.positions[column] ?? -1;
    if (at >= 0) (this.slots[at] as Cell[])[this.batch.size] = value;
  }

  text(column: number, bytes: Uint8Array, start: number, end: number): void {
    const at = this.positions[column] ?? -1;
    if (at < 0 || end === start) return;
    if (this.numericAt[at] === true) {
      const value = parseNumber(bytes, start, end);
      // Anything but a plain numeral keeps its text, so a bad value is reported as written.
      if (!Number.isNaN(value)) {
        this.set(column, value);
        return;
      }
    }
    this.set(column, this.decoder.decode(bytes.subarray(start, end)));
  }

  textString(column: number, value: string): void {
    if (value !== '') this.set(column, value);
  }

  typed(column: number, value: TypedValue): void {
    if (value === null) return;
    this.set(column, typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : String(value));
  }

  endRow(line: number): void {
    this.batch.files.push(this.file);
    this.batch.lines.push(line);
    this.batch.size++;
    this.rows++;
    if (this.batch.size >= this.batchSize) this.flush();
  }

  /** Readers await this between chunks: it is how a slow handler slows the reading down. */
  drain(): Promise<void> | undefined {
    if (this.failure !== undefined) throw this.failure;
    if (this.inFlight.length < MAX_IN_FLIGHT) return undefined;
    // One chunk of input may have queued several batches: wait until the queue is short again.
    return (async () => {
      while (this.inFlight.length >= MAX_IN_FLIGHT) await this.inFlight[0];
    })();
  }

  flush(): void {
    if (this.batch.size === 0) return;
    const full = this.batch;
    this.batch = this.emptyBatch();
    const previous = this.pending ?? Promise.resolve();
    const done: Promise<void> = previous
      .then(() => this.handler(full))
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => {
        this.inFlight.shift();
      });
    this.inFlight.push(done);
    this.pending = done;
  }

  async finish(): Promise<void> {
    this.flush();
    await this.pending;
    if (this.failure !== undefined) throw this.failure;
  }

  private emptyBatch(): RecordBatch {
    const batch: RecordBatch = {
      columns: new Map(this.wanted.map((name) => [name, []])),
      files: [],
      lines: [],
      size: 0,
    };
    this.slots = this.wanted.map((name) => batch.columns.get(name) as Cell[]);
    return batch;
  }
}

export interface ReadBatchesOptions extends ReadOptions {
  batchSize: number;
  /** Columns whose numerals are read as numbers straight from the bytes. */
  numeric?: ReadonlySet<string>;
}

/** Streams the wanted columns of every file matched by `pattern` through `handler`, batch by batch. */
export async function readBatches(
  pattern: string,
  input: string,
  wanted: readonly string[],
  options: ReadBatchesOptions,
  handler: BatchHandler,
): Promise<{ rows: number; files: string[] }> {
  const files = await resolveDataFiles(pattern, input);
  const collector = new BatchCollector(wanted, options.batchSize, handler, options.numeric);
  for (const file of files) {
    collector.beginFile(file);
    await readDataFile(file, collector, options);
    collector.flush();
  }
  await collector.finish();
  return { rows: collector.rows, files };
}

/** Reads the wanted columns of a whole (training-sized) table into memory. */
export async function readColumns(
  pattern: string,
  input: string,
  wanted: readonly string[],
  options: ReadOptions,
): Promise<{ columns: Map<string, Cell[]>; rows: number; files: string[] }> {
  const columns = new Map<string, Cell[]>(wanted.map((name) => [name, []]));
  const result = await readBatches(pattern, input, wanted, { ...options, batchSize: 65536 }, (batch) => {
    for (const [name, values] of batch.columns) {
      const target = columns.get(name) as Cell[];
      for (const value of values) target.push(value);
    }
  });
  return { columns, ...result };
}

/** The column names of a data set, from its first file's header (or first records, for JSON Lines). */
export async function readColumnNames(pattern: string, input: string, options: ReadOptions): Promise<string[]> {
  const [first] = await resolveDataFiles(pattern, input);
  const names: string[] = [];
  const visitor: RowVisitor = {
    header: (columns) => {
      names.push(...columns);
    },
    addColumn: (name) => names.push(name) - 1,
    text: () => {},
    textString: () => {},
    typed: () => {},
    endRow: () => {},
  };
  await readDataFile(first as string, visitor, { ...options, maxRows: 1000 });
  return names;
}
