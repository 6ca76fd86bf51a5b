/**
 * Fingerprints of whole rows (two independent 32-bit hashes, so a false match needs a 64-bit collision),
 * in one open-addressed table of bounded size: memory stays flat however large the file. Past the capacity,
 * new rows are no longer remembered and the report says how many rows the duplicate check covered.
 *
 * The table starts small and grows up to its maximum, so a small file does not pay for allocating and
 * mapping tens of megabytes; which rows are remembered depends only on the maximum (the capacity).
 */
import { align8, instantiateEmbedded, WASM_PAGE_BYTES, type WasmMemory } from '../core/wasm.js';
import { ROW_DEDUPE_WASM } from '../generated/row-dedupe-wasm.generated.js';

const DEFAULT_SLOT_BITS = 22;
const INITIAL_SLOT_BITS = 16;
const LOAD = 0.7;

/**
 * Open addressing over (a, second) word pairs, from slot `home` on: the slot holding fingerprint (a, second),
 * or the empty slot where it would go. Both words are stored unsigned (compare them unsigned); 0 marks an empty
 * slot, which is why `a` has its low bit set.
 */
function findSlot(table: Uint32Array, a: number, second: number, home: number, mask: number): number {
  let slot = home;
  for (;;) {
    const stored = table[slot]!;
    if (stored === 0 || (stored === a && table[slot + 1] === second)) return slot;
    slot = (slot + 2) & mask;
  }
}

export class RowFingerprints {
  private table: Uint32Array | undefined;
  private slotBits: number;
  private shift = 0;
  private mask = 0;
  private growAt = 0;
  readonly capacity: number;
  size = 0;

  /** @param maxSlotBits log2 of the most slots; a table is 8 bytes a slot. */
  constructor(readonly maxSlotBits = DEFAULT_SLOT_BITS) {
    this.capacity = Math.floor(2 ** maxSlotBits * LOAD);
    this.slotBits = Math.min(INITIAL_SLOT_BITS, maxSlotBits);
  }

  get full(): boolean {
    return this.size >= this.capacity;
  }

  /** Adds the row; returns true when it was already present. Rows beyond capacity are only looked up. */
  add(first: number, second: number): boolean {
    if (this.size >= this.growAt) this.grow();
    const table = this.table!;
    const a = (first | 1) >>> 0;
    const slot = this.probe(table, a, second >>> 0);
    if (table[slot] !== 0) return true;
    if (this.full) return false;
    table[slot] = a;
    table[slot + 1] = second;
    this.size++;
    return false;
  }

  /** findSlot from the fingerprint's home slot, chosen by its high bits. */
  private probe(table: Uint32Array, a: number, second: number): number {
    return findSlot(table, a, second, (a >>> this.shift) * 2, this.mask);
  }

  /** Reads the home slot of each of the first `count` fingerprints, so the look-ups that follow hit the cache. */
  touch(firsts: Uint32Array, count: number): void {
    const table = this.table;
    if (table === undefined) return;
    let sum = 0;
    for (let i = 0; i < count; i++) sum += table[((firsts[i]! | 1) >>> this.shift) * 2]!;
    this.touched = sum;
  }

  /** Keeps touch's reads from being optimised away. */
  touched = 0;

  has(first: number, second: number): boolean {
    const table = this.table;
    if (table === undefined) return false;
    return table[this.probe(table, (first | 1) >>> 0, second >>> 0)] !== 0;
  }

  private sizeFor(slotBits: number): void {
    this.slotBits = slotBits;
    // The home slot comes from the stored word's high bits, not its low bit (always set in storage), so a
    // table can be walked and its fingerprints looked up in a table of another size.
    this.shift = 32 - slotBits;
    this.mask = 2 ** slotBits * 2 - 1;
    this.growAt = slotBits < this.maxSlotBits ? Math.floor(2 ** slotBits * LOAD) : Number.POSITIVE_INFINITY;
  }

  private grow(): void {
    // Quadrupling rehashes a third as many fingerprints on the way to a large table as doubling.
    this.growTo(this.table === undefined ? this.slotBits : Math.min(this.slotBits + 2, this.maxSlotBits));
  }

  private growTo(bits: number): void {
    const old = this.table;
    this.sizeFor(bits);
    // Written once in order, the fresh pages are mapped up front: first touches in hash order cost a page fault
    // each (two when a read maps the zero page first), several times the fill.
    const table = new Uint32Array(2 ** bits * 2).fill(0);
    if (old !== undefined) {
      for (let from = 0; from < old.length; from += 2) {
        const a = old[from]!;
        if (a === 0) continue;
        let slot = (a >>> this.shift) * 2;
        while (table[slot] !== 0) slot = (slot + 2) & this.mask;
        table[slot] = a;
        table[slot + 1] = old[from + 1]!;
      }
    }
    this.table = table;
  }
}

/**
 * A log's rows as another thread hands them over (transferable typed arrays): per partition, blocks of
 * (first, second, position) triples in reading order, the last one filled `fills[partition]` rows; and each
 * row's line by position.
 */
export interface ExportedRowLog {
  blocks: Uint32Array[][];
  fills: number[];
  /** Each row's line, rising: rows are logged in reading order (DuplicateRows.append relies on it). */
  lines: Uint32Array;
  size: number;
}

interface Segment {
  blocks: Uint32Array[][];
  fills: Int32Array;
  lines: Uint32Array;
  size: number;
  /** Position of the segment's first row among all rows, and what its lines are offset by. */
  base: number;
  lineOffset: number;
}

export interface DuplicateRowsResult {
  count: number;
  /** Lines of the first duplicates in reading order. */
  examples: number[];
  /** Rows the check covered: all of them, unless more distinct rows came than the table holds. */
  coveredRows: number;
}

/** Partitions by the fingerprint's top bits; fixed, so that the partitions of two threads' logs line up. */
const PARTITION_BITS = 8;
const PARTITIONS = 1 << PARTITION_BITS;
const BLOCK_ROWS = 512;
const INITIAL_LINES = 1 << 12;

/**
 * Duplicate rows, counted with the result a look-up per row in reading order gives (a row is a duplicate when
 * an earlier row had its fingerprint), but without that look-up: a table of tens of MiB looked up at random
 * costs a cache and TLB miss a row, about a sixth of the profile's time. Instead each row is appended to its
 * partition (by the fingerprint's top bits; 256 appends in flight stay in the cache), in the thread that read
 * it, and at the end each partition is deduplicated in a table that fits in the cache, its rows taken in
 * reading order.
 *
 * Memory is bounded as RowFingerprints bounds it: past `capacity` rows the log is turned into a RowFingerprints
 * table of the same size, and from then on rows are looked up one by one, exactly as before (rows beyond its
 * capacity only looked up, and the result says how many rows the check covered).
 */
export class DuplicateRows {
  readonly capacity: number;
  private segments: Segment[] = [];
  private current: Segment | undefined;
  /** Rows logged so far, over all segments. */
  size = 0;
  /** Set once the log overflowed (or a line did not fit 32 bits): rows are then looked up one by one. */
  private table: RowFingerprints | undefined;
  private counted: DuplicateRowsResult = { count: 0, examples: [], coveredRows: 0 };

  constructor(
    readonly maxSlotBits = DEFAULT_SLOT_BITS,
    private readonly maxExamples = 5,
  ) {
    this.capacity = Math.floor(2 ** maxSlotBits * LOAD);
  }

  /** Whether rows are still logged (a part in this state can be exported and appended elsewhere). */
  get logging(): boolean {
    return this.table === undefined;
  }

  /** Rows the log can still take before it turns into a table. */
  get remaining(): number {
    return this.logging ? this.capacity - this.size : 0;
  }

  /** Sizes the line log for about `rows` more rows up front (a hint). */
  reserve(rows: number): void {
    if (!this.logging) return;
    const segment = this.writable();
    const wanted = Math.min(this.capacity - (this.size - segment.size), segment.size + rows);
    if (wanted > segment.lines.length) segment.lines = grown(segment.lines, segment.size, wanted);
  }

  add(first: number, second: number, line: number): void {
    const table = this.table;
    if (table !== undefined) {
      this.lookUp(table, first, second, line);
      return;
    }
    if (this.size === this.capacity || line > 0xffffffff) {
      this.toTable();
      this.lookUp(this.table!, first, second, line);
      return;
    }
    const segment = this.current ?? this.writable();
    const index = segment.size;
    if (index === segment.lines.length) {
      segment.lines = grown(segment.lines, index, Math.min(index * 2, this.capacity - segment.base));
    }
    segment.lines[index] = line;
    appendToPartition(segment, first, second, index);
    segment.size = index + 1;
    this.size++;
  }

  /**
   * add for rows [0, count) of the arrays, in order: the same log, with the per-row checks made once for the
   * lot while they all fit (rows logged in one go cost about half as much). Rows that would turn the log into a
   * table, or a line past 32 bits, take add one by one.
   */
  addMany(firsts: Uint32Array, seconds: Uint32Array, lines: Float64Array, count: number): void {
    let lastLine = 0;
    for (let i = 0; i < count; i++) lastLine = Math.max(lastLine, lines[i]!);
    if (this.table !== undefined || this.size + count > this.capacity || lastLine > 0xffffffff) {
      for (let i = 0; i < count; i++) this.add(firsts[i]!, seconds[i]!, lines[i]!);
      return;
    }
    const segment = this.current ?? this.writable();
    if (segment.size + count > segment.lines.length) {
      const wanted = Math.max(segment.size + count, segment.lines.length * 2);
      segment.lines = grown(segment.lines, segment.size, Math.min(wanted, this.capacity - segment.base));
    }
    const segmentLines = segment.lines;
    let index = segment.size;
    for (let i = 0; i < count; i++, index++) {
      segmentLines[index] = lines[i]!;
      appendToPartition(segment, firsts[i]!, seconds[i]!, index);
    }
    segment.size = index;
    this.size += count;
  }

  /** The log, to hand to another thread (undefined once it turned into a table). */
  export(): ExportedRowLog | undefined {
    if (!this.logging) return undefined;
    const segment = this.writable();
    if (this.segments.length !== 1) throw new Error('only a log of one segment can be exported');
    return { blocks: segment.blocks, fills: [...segment.fills], lines: segment.lines, size: segment.size };
  }

  /** The transferable buffers of an exported log. */
  static buffers(log: ExportedRowLog): ArrayBuffer[] {
    return [log.lines.buffer as ArrayBuffer, ...log.blocks.flat().map((block) => block.buffer as ArrayBuffer)];
  }

  /**
   * Appends rows logged by another thread, which follow the rows logged here (lines offset by `lineOffset`).
   * Returns false, changing nothing, when they do not fit the log (a single pass would have turned it into a
   * table, with other results) or the log is not one this class wrote.
   */
  append(part: ExportedRowLog, lineOffset: number): boolean {
    if (!this.logging || this.size + part.size > this.capacity) return false;
    if (part.blocks.length !== PARTITIONS || part.fills.length !== PARTITIONS) return false;
    // A log's lines rise (rows are logged in reading order): its last is its largest.
    if (part.size > 0 && lineOffset + part.lines[part.size - 1]! > 0xffffffff) return false;
    this.segments.push({
      blocks: part.blocks,
      fills: Int32Array.from(part.fills),
      lines: part.lines,
      size: part.size,
      base: this.size,
      lineOffset,
    });
    this.current = undefined;
    this.size += part.size;
    return true;
  }

  result(): DuplicateRowsResult {
    if (this.table !== undefined) return { ...this.counted, examples: [...this.counted.examples] };
    return this.countLog();
  }

  private lookUp(table: RowFingerprints, first: number, second: number, line: number): void {
    const counted = this.counted;
    if (!table.full) counted.coveredRows++;
    if (table.add(first, second)) {
      counted.count++;
      if (counted.examples.length < this.maxExamples) counted.examples.push(line);
    }
  }

  /**
   * From here on rows are looked up one by one. The log's own result is what looking its rows up in order
   * gives (the table is not full before its last row), and a set holds the same fingerprints in any order.
   */
  private toTable(): void {
    this.counted = this.countLog();
    const table = new RowFingerprints(this.maxSlotBits);
    this.forEachRow((first, second) => {
      table.add(first, second);
    });
    this.table = table;
    this.segments = [];
    this.current = undefined;
  }

  private writable(): Segment {
    if (this.current === undefined) {
      this.current = {
        blocks: Array.from({ length: PARTITIONS }, () => []),
        fills: new Int32Array(PARTITIONS),
        lines: new Uint32Array(Math.min(INITIAL_LINES, Math.max(1, this.capacity - this.size))),
        size: 0,
        base: this.size,
        lineOffset: 0,
      };
      this.segments.push(this.current);
    }
    return this.current;
  }

  private forEachRow(visit: (first: number, second: number) => void): void {
    for (const segment of this.segments) {
      for (let partition = 0; partition < PARTITIONS; partition++) {
        const blocks = segment.blocks[partition]!;
        for (let b = 0; b < blocks.length; b++) {
          const block = blocks[b]!;
          const end = blockRows(segment, partition, b) * 3;
          for (let at = 0; at < end; at += 3) visit(block[at]!, block[at + 1]!);
        }
      }
    }
  }

  /**
   * Deduplicates each partition in a small table, its rows in reading order (segment by segment, block by
   * block): a row is a duplicate when its partition had its fingerprint earlier, as a look-up per row finds.
   * The WebAssembly kernel does it where it can run (this runs once, cold: about a fifth of the time).
   */
  private countLog(): DuplicateRowsResult {
    const kernel = rowDedupe();
    const table = kernel === null ? this.partitionTable() : undefined;
    const duplicates: number[] = [];
    let count = 0;
    for (let partition = 0; partition < PARTITIONS; partition++) {
      const rows = this.rowsIn(partition);
      if (rows < 2) continue;
      let partitionBits = 1;
      while (2 ** partitionBits < rows * 2) partitionBits++;
      const mask = 2 ** partitionBits * 2 - 1;
      count +=
        table === undefined
          ? this.dedupeInKernel(kernel!, partition, rows, mask, duplicates)
          : this.dedupeHere(table, partition, mask, duplicates);
    }
    return { count, examples: duplicates.map((at) => this.lineAt(at)), coveredRows: this.size };
  }

  /** A table for dedupeHere with room for the largest partition at most half full. */
  private partitionTable(): Uint32Array {
    let largest = 0;
    for (let partition = 0; partition < PARTITIONS; partition++) largest = Math.max(largest, this.rowsIn(partition));
    let slotBits = 1;
    while (2 ** slotBits < largest * 2) slotBits++;
    return new Uint32Array(2 ** slotBits * 2);
  }

  /** One partition's duplicates, counted here (where WebAssembly cannot run); the earliest go to `duplicates`. */
  private dedupeHere(table: Uint32Array, partition: number, mask: number, duplicates: number[]): number {
    let count = 0;
    table.fill(0, 0, mask + 1);
    for (const segment of this.segments) {
      const blocks = segment.blocks[partition]!;
      for (let b = 0; b < blocks.length; b++) {
        const block = blocks[b]!;
        const end = blockRows(segment, partition, b) * 3;
        for (let e = 0; e < end; e += 3) {
          // Stored with the low bit set, so 0 marks an empty slot (as RowFingerprints stores them).
          const a = (block[e]! | 1) >>> 0;
          const second = block[e + 1]!;
          // `first` is a hash whose top bits chose the partition: its low bits spread the rows over the slots.
          const slot = findSlot(table, a, second, ((a >>> 1) & (mask >>> 1)) * 2, mask);
          if (table[slot] === 0) {
            table[slot] = a;
            table[slot + 1] = second;
          } else {
            count++;
            insertSmallest(duplicates, segment.base + block[e + 2]!, this.maxExamples);
          }
        }
      }
    }
    return count;
  }

  /** dedupeHere by the kernel (src/validate/row-dedupe.wat): the partition's rows copied in, in reading order. */
  private dedupeInKernel(
    kernel: DedupeExports,
    partition: number,
    rows: number,
    mask: number,
    duplicates: number[],
  ): number {
    const rowsAt = align8(this.maxExamples * 4);
    const tableAt = align8(rowsAt + rows * 12);
    const end = tableAt + (mask + 1) * 4;
    const memory = kernel.memory;
    if (memory.buffer.byteLength < end) memory.grow(Math.ceil((end - memory.buffer.byteLength) / WASM_PAGE_BYTES));
    const words = new Uint32Array(memory.buffer);
    let at = rowsAt / 4;
    for (const segment of this.segments) {
      const blocks = segment.blocks[partition]!;
      for (let b = 0; b < blocks.length; b++) {
        const length = blockRows(segment, partition, b) * 3;
        words.set(blocks[b]!.subarray(0, length), at);
        at += length;
      }
    }
    words.fill(0, tableAt / 4, end / 4);
    const count = kernel.dedupe(rowsAt, rows, tableAt, mask, 0, this.maxExamples);
    for (let k = 0; k < Math.min(count, this.maxExamples); k++) {
      insertSmallest(duplicates, this.positionOf(partition, words[k]!), this.maxExamples);
    }
    // A memory that grew for one huge partition (rows all alike) is not kept for the life of the thread.
    if (memory.buffer.byteLength > KEPT_KERNEL_BYTES) dedupeKernel = undefined;
    return count;
  }

  /** The log position of a partition's row `index`, counted in reading order. */
  private positionOf(partition: number, index: number): number {
    let left = index;
    for (const segment of this.segments) {
      const blocks = segment.blocks[partition]!;
      for (let b = 0; b < blocks.length; b++) {
        const rows = blockRows(segment, partition, b);
        if (left < rows) return segment.base + blocks[b]![left * 3 + 2]!;
        left -= rows;
      }
    }
    throw new RangeError('row index beyond the partition');
  }

  /** Rows of a partition over all segments. */
  private rowsIn(partition: number): number {
    let rows = 0;
    for (const segment of this.segments) {
      const blocks = segment.blocks[partition]!.length;
      if (blocks > 0) rows += (blocks - 1) * BLOCK_ROWS + blockRows(segment, partition, blocks - 1);
    }
    return rows;
  }

  private lineAt(position: number): number {
    for (const segment of this.segments) {
      if (position < segment.base + segment.size) return segment.lines[position - segment.base]! + segment.lineOffset;
    }
    throw new RangeError('row position beyond the log');
  }
}

/** What the row deduplication kernel exports (src/validate/row-dedupe.wat). */
interface DedupeExports {
  memory: WasmMemory;
  dedupe(rows: number, count: number, table: number, mask: number, found: number, examples: number): number;
}

/** The thread's kernel; null where WebAssembly cannot run (see EMBEDDED_WASM_USABLE). */
let dedupeKernel: DedupeExports | null | undefined;
/** The most memory the thread's kernel keeps between counts (1M evenly spread rows need about 1 MiB). */
const KEPT_KERNEL_BYTES = 16 * 1024 * 1024;

function rowDedupe(): DedupeExports | null {
  if (dedupeKernel === undefined) {
    dedupeKernel = instantiateEmbedded<DedupeExports>(ROW_DEDUPE_WASM, ['dedupe']) ?? null;
  }
  return dedupeKernel;
}

/** Appends row `index` of a segment, fingerprint (first, second), to its partition's last block. */
function appendToPartition(segment: Segment, first: number, second: number, index: number): void {
  const partition = first >>> (32 - PARTITION_BITS);
  const blocks = segment.blocks[partition]!;
  let fill = segment.fills[partition]!;
  let block = blocks[blocks.length - 1];
  if (block === undefined || fill === BLOCK_ROWS) {
    block = new Uint32Array(BLOCK_ROWS * 3);
    blocks.push(block);
    fill = 0;
  }
  const at = fill * 3;
  block[at] = first;
  block[at + 1] = second;
  block[at + 2] = index;
  segment.fills[partition] = fill + 1;
}

/** Rows held by block `index` of a partition: all of them, but in the last block, the ones filled so far. */
function blockRows(segment: Segment, partition: number, index: number): number {
  return index === segment.blocks[partition]!.length - 1 ? segment.fills[partition]! : BLOCK_ROWS;
}

function grown(from: Uint32Array, used: number, size: number): Uint32Array {
  const to = new Uint32Array(size);
  to.set(from.subarray(0, used));
  return to;
}

/** Inserts `value` into an ascending list that keeps only the `limit` smallest values. */
function insertSmallest(sorted: number[], value: number, limit: number): void {
  if (sorted.length >= limit && value >= sorted[sorted.length - 1]!) return;
  let at = sorted.length;
  while (at > 0 && sorted[at - 1]! > value) at--;
  sorted.splice(at, 0, value);
  if (sorted.length > limit) sorted.pop();
}
