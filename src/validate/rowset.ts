/**
 * Fingerprints of whole rows (two independent 32-bit hashes, so a false match needs a 64-bit collision),
 * in one open-addressed table of bounded size: memory stays flat however large the file. Past the capacity,
 * new rows are no longer remembered and the report says how many rows the duplicate check covered.
 *
 * The table starts small and grows up to its maximum, so a small file does not pay for allocating and
 * mapping tens of megabytes; which rows are remembered depends only on the maximum (the capacity).
 */
const DEFAULT_SLOT_BITS = 22;
const INITIAL_SLOT_BITS = 16;
const LOAD = 0.7;

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
    // Stored as unsigned: compare unsigned. 0 marks an empty slot.
    const a = (first | 1) >>> 0;
    let slot = (a >>> this.shift) * 2;
    second >>>= 0;
    for (;;) {
      const stored = table[slot]!;
      if (stored === 0) {
        if (this.full) return false;
        table[slot] = a;
        table[slot + 1] = second;
        this.size++;
        return false;
      }
      if (stored === a && table[slot + 1] === second) return true;
      slot = (slot + 2) & this.mask;
    }
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
    if (this.table === undefined) return false;
    const table = this.table;
    const a = (first | 1) >>> 0;
    let slot = (a >>> this.shift) * 2;
    second >>>= 0;
    for (;;) {
      const stored = table[slot]!;
      if (stored === 0) return false;
      if (stored === a && table[slot + 1] === second) return true;
      slot = (slot + 2) & this.mask;
    }
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

/** A part's logged rows as another thread hands them over (transferable typed arrays). */
export interface ExportedRowLog {
  first: Uint32Array;
  second: Uint32Array;
  lines: Uint32Array;
  size: number;
}

interface Segment extends ExportedRowLog {
  /** Added to the segment's lines (a part's lines count from the start of the part). */
  lineOffset: number;
}

export interface DuplicateRowsResult {
  count: number;
  /** Lines of the first duplicates in reading order. */
  examples: number[];
  /** Rows the check covered: all of them, unless more distinct rows came than the table holds. */
  coveredRows: number;
}

const INITIAL_LOG_ROWS = 1 << 12;
/** Rows per partition when the log is counted: a partition's table (16 bytes a row) stays in the L2 cache. */
const ROWS_PER_PARTITION = 4096;
/** Passes over the log when it is counted: the copy made for each holds about 1/PARTITION_GROUPS of the rows. */
const PARTITION_GROUPS = 4;

/**
 * Duplicate rows, counted with the result a look-up per row in reading order gives (a row is a duplicate when
 * an earlier row had its fingerprint), but without that look-up: a table of tens of MiB looked up at random
 * costs a cache and TLB miss a row, about a sixth of the profile's time. Rows are logged in order instead, and
 * counted at the end: partitioned by fingerprint in one pass, each partition then deduplicated in a table that
 * fits in the cache.
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

  /** Sizes the log for about `rows` more rows up front (a hint). */
  reserve(rows: number): void {
    if (!this.logging) return;
    const segment = this.writable();
    const wanted = Math.min(this.capacity - (this.size - segment.size), segment.size + rows);
    if (wanted > segment.first.length) this.resize(segment, wanted);
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
    if (segment.size === segment.first.length) this.resize(segment, Math.min(segment.size * 2, this.capacity));
    segment.first[segment.size] = first;
    segment.second[segment.size] = second;
    segment.lines[segment.size] = line;
    segment.size++;
    this.size++;
  }

  /** The log, to hand to another thread (undefined once it turned into a table). */
  export(): ExportedRowLog | undefined {
    if (!this.logging) return undefined;
    const segment = this.writable();
    if (this.segments.length !== 1) throw new Error('only a log of one segment can be exported');
    return { first: segment.first, second: segment.second, lines: segment.lines, size: segment.size };
  }

  /**
   * Appends rows logged by another thread, which follow the rows logged here (lines offset by `lineOffset`).
   * Returns false, changing nothing, when they do not fit the log (a single pass would have turned it into a
   * table, with other results).
   */
  append(part: ExportedRowLog, lineOffset: number): boolean {
    if (!this.logging || this.size + part.size > this.capacity) return false;
    if (part.size > 0 && lineOffset + maxOf(part.lines, part.size) > 0xffffffff) return false;
    this.segments.push({ ...part, lineOffset });
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

  /** Replays the log, in order, into a table: the results so far are those of looking every row up. */
  private toTable(): void {
    const table = new RowFingerprints(this.maxSlotBits);
    this.table = table;
    for (const segment of this.segments) {
      for (let i = 0; i < segment.size; i++) {
        this.lookUp(table, segment.first[i]!, segment.second[i]!, segment.lines[i]! + segment.lineOffset);
      }
    }
    this.segments = [];
    this.current = undefined;
  }

  private writable(): Segment {
    if (this.current === undefined) {
      const size = Math.min(INITIAL_LOG_ROWS, Math.max(1, this.capacity - this.size));
      this.current = {
        first: new Uint32Array(size),
        second: new Uint32Array(size),
        lines: new Uint32Array(size),
        size: 0,
        lineOffset: 0,
      };
      this.segments.push(this.current);
    }
    return this.current;
  }

  private resize(segment: Segment, rows: number): void {
    const grow = (from: Uint32Array) => {
      const to = new Uint32Array(rows);
      to.set(from.subarray(0, segment.size));
      return to;
    };
    segment.first = grow(segment.first);
    segment.second = grow(segment.second);
    segment.lines = grow(segment.lines);
  }

  /**
   * Counts the logged rows: each row's fingerprint and position go to its partition (by the fingerprint's high
   * bits, in reading order), then each partition is deduplicated in a small table. A row is a duplicate when its
   * partition had its fingerprint at an earlier position, as a look-up per row finds. The partitions are
   * filled a group at a time (PARTITION_GROUPS passes over the log), so the copy holds a quarter of the rows and
   * memory stays close to the log's own.
   */
  private countLog(): DuplicateRowsResult {
    const rows = this.size;
    let bits = 0;
    while (bits < 16 && rows / 2 ** bits > ROWS_PER_PARTITION) bits++;
    const partitions = 2 ** bits;
    const shift = 32 - bits;
    // With one partition the shift is 32, which JavaScript takes as 0: mask it to nothing instead.
    const keep = bits === 0 ? 0 : 0xffffffff;
    const starts = new Int32Array(partitions + 1);
    for (const segment of this.segments) {
      const firsts = segment.first;
      const size = segment.size;
      for (let i = 0; i < size; i++) starts[((firsts[i]! & keep) >>> shift) + 1]!++;
    }
    for (let p = 0; p < partitions; p++) starts[p + 1]! += starts[p]!;
    const groups = Math.min(PARTITION_GROUPS, partitions);
    const groupStart = (group: number) => (group * partitions) / groups;
    let largestGroup = 0;
    let largest = 0;
    for (let group = 0; group < groups; group++) {
      largestGroup = Math.max(largestGroup, starts[groupStart(group + 1)]! - starts[groupStart(group)]!);
    }
    for (let p = 0; p < partitions; p++) largest = Math.max(largest, starts[p + 1]! - starts[p]!);
    // Three words an entry (first, second, position), so each partition reads one run of memory.
    const entries = new Uint32Array(largestGroup * 3);
    let slotBits = 1;
    while (2 ** slotBits < largest * 2) slotBits++;
    const table = new Uint32Array(2 ** slotBits * 2);
    const cursor = new Int32Array(partitions);
    const duplicates: number[] = [];
    let count = 0;
    for (let group = 0; group < groups; group++) {
      const low = groupStart(group);
      const high = groupStart(group + 1);
      const base = starts[low]!;
      for (let p = low; p < high; p++) cursor[p] = starts[p]! - base;
      let position = 0;
      for (const segment of this.segments) {
        const firsts = segment.first;
        const seconds = segment.second;
        const size = segment.size;
        for (let i = 0; i < size; i++) {
          const first = firsts[i]!;
          const partition = (first & keep) >>> shift;
          if (partition >= low && partition < high) {
            const at = cursor[partition]!++ * 3;
            entries[at] = first;
            entries[at + 1] = seconds[i]!;
            entries[at + 2] = position + i;
          }
        }
        position += size;
      }
      for (let p = low; p < high; p++) {
        const from = starts[p]! - base;
        const to = starts[p + 1]! - base;
        if (to - from < 2) continue;
        let partitionBits = 1;
        while (2 ** partitionBits < (to - from) * 2) partitionBits++;
        const mask = 2 ** partitionBits * 2 - 1;
        table.fill(0, 0, mask + 1);
        for (let e = from * 3; e < to * 3; e += 3) {
          // Stored with the low bit set, so 0 marks an empty slot (as RowFingerprints stores them).
          const a = (entries[e]! | 1) >>> 0;
          const b = entries[e + 1]!;
          // `first` is a hash whose high bits chose the partition: its low bits spread the rows over the slots.
          let slot = ((a >>> 1) & (mask >>> 1)) * 2;
          for (;;) {
            const stored = table[slot]!;
            if (stored === 0) {
              table[slot] = a;
              table[slot + 1] = b;
              break;
            }
            if (stored === a && table[slot + 1] === b) {
              count++;
              insertSmallest(duplicates, entries[e + 2]!, this.maxExamples);
              break;
            }
            slot = (slot + 2) & mask;
          }
        }
      }
    }
    return { count, examples: duplicates.map((at) => this.lineAt(at)), coveredRows: rows };
  }

  private lineAt(position: number): number {
    for (const segment of this.segments) {
      if (position < segment.size) return segment.lines[position]! + segment.lineOffset;
      position -= segment.size;
    }
    throw new RangeError('row position beyond the log');
  }
}

function maxOf(values: Uint32Array, size: number): number {
  let max = 0;
  for (let i = 0; i < size; i++) if (values[i]! > max) max = values[i]!;
  return max;
}

/** Inserts `value` into an ascending list that keeps only the `limit` smallest values. */
export function insertSmallest(sorted: number[], value: number, limit: number): void {
  if (sorted.length >= limit && value >= sorted[sorted.length - 1]!) return;
  let at = sorted.length;
  while (at > 0 && sorted[at - 1]! > value) at--;
  sorted.splice(at, 0, value);
  if (sorted.length > limit) sorted.pop();
}
