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

export interface ExportedFingerprints {
  maxSlotBits: number;
  slotBits: number;
  size: number;
  table: Uint32Array | undefined;
  lines: Uint32Array | undefined;
}

export class RowFingerprints {
  private table: Uint32Array | undefined;
  /** Line of each slot's first occurrence, kept only when asked for (a parallel part reports them). */
  private lines: Uint32Array | undefined;
  private slotBits: number;
  private shift = 0;
  private mask = 0;
  private growAt = 0;
  readonly capacity: number;
  size = 0;

  /**
   * @param maxSlotBits log2 of the most slots; a table is 8 bytes a slot, 12 with lines.
   * @param withLines remember the line of each fingerprint's first occurrence.
   */
  constructor(
    readonly maxSlotBits = DEFAULT_SLOT_BITS,
    private readonly withLines = false,
  ) {
    this.capacity = Math.floor(2 ** maxSlotBits * LOAD);
    this.slotBits = Math.min(INITIAL_SLOT_BITS, maxSlotBits);
  }

  get full(): boolean {
    return this.size >= this.capacity;
  }

  /** Adds the row; returns true when it was already present. Rows beyond capacity are only looked up. */
  add(first: number, second: number, line = 0): boolean {
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
        if (this.lines !== undefined) this.lines[slot >>> 1] = line;
        this.size++;
        return false;
      }
      if (stored === a && table[slot + 1] === second) return true;
      slot = (slot + 2) & this.mask;
    }
  }

  /** Sizes the table for about `rows` rows up front (a hint; the table still grows if it was too small). */
  reserve(rows: number): void {
    let bits = this.slotBits;
    while (bits < this.maxSlotBits && 2 ** bits * LOAD < rows) bits++;
    if (this.table === undefined) this.slotBits = bits;
    else if (bits > this.slotBits) {
      this.slotBits = bits - 1;
      this.growTo(bits);
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

  /** Every fingerprint with the line of its first occurrence (0 without lines), in slot order. */
  forEach(visit: (first: number, second: number, line: number) => void): void {
    const table = this.table;
    if (table === undefined) return;
    const lines = this.lines;
    for (let slot = 0; slot < table.length; slot += 2) {
      const stored = table[slot]!;
      if (stored !== 0) visit(stored, table[slot + 1]!, lines === undefined ? 0 : lines[slot >>> 1]!);
    }
  }

  /** The storage, to hand to another thread (transferable; the table is unusable here afterwards). */
  export(): ExportedFingerprints {
    const { maxSlotBits, slotBits, size, table, lines } = this;
    return { maxSlotBits, slotBits, size, table, lines };
  }

  static import(data: ExportedFingerprints): RowFingerprints {
    const set = new RowFingerprints(data.maxSlotBits, data.lines !== undefined);
    set.table = data.table;
    set.lines = data.lines;
    set.size = data.size;
    set.slotBits = data.slotBits;
    set.sizeFor(data.slotBits);
    return set;
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
    const oldLines = this.lines;
    this.sizeFor(bits);
    // Written once in order, the fresh pages are mapped up front: first touches in hash order cost a page fault
    // each (two when a read maps the zero page first), several times the fill.
    const table = new Uint32Array(2 ** bits * 2).fill(0);
    const lines = this.withLines ? new Uint32Array(2 ** bits).fill(0) : undefined;
    if (old !== undefined) {
      for (let from = 0; from < old.length; from += 2) {
        const a = old[from]!;
        if (a === 0) continue;
        let slot = (a >>> this.shift) * 2;
        while (table[slot] !== 0) slot = (slot + 2) & this.mask;
        table[slot] = a;
        table[slot + 1] = old[from + 1]!;
        if (lines !== undefined) lines[slot >>> 1] = oldLines![from >>> 1]!;
      }
    }
    this.table = table;
    this.lines = lines;
  }
}
