/**
 * Fingerprints of whole rows (two independent 32-bit hashes, so a false match needs a 64-bit collision),
 * in one open-addressed table of fixed size: memory stays flat however large the file. Past the capacity,
 * new rows are no longer remembered and the report says how many rows the duplicate check covered.
 */
const SLOTS = 1 << 22;
const CAPACITY = Math.floor(SLOTS * 0.7);

export class RowFingerprints {
  private table: Uint32Array | undefined;
  size = 0;

  get full(): boolean {
    return this.size >= CAPACITY;
  }

  /** Adds the row; returns true when it was already present. Rows beyond capacity are only looked up. */
  add(first: number, second: number): boolean {
    const table = this.ensureTable();
    let slot = (first & (SLOTS - 1)) * 2;
    // Stored as unsigned: compare unsigned. 0 marks an empty slot.
    const a = (first | 1) >>> 0;
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
      slot = (slot + 2) & (SLOTS * 2 - 1);
    }
  }

  has(first: number, second: number): boolean {
    if (this.table === undefined) return false;
    const table = this.table;
    let slot = (first & (SLOTS - 1)) * 2;
    const a = (first | 1) >>> 0;
    second >>>= 0;
    for (;;) {
      const stored = table[slot]!;
      if (stored === 0) return false;
      if (stored === a && table[slot + 1] === second) return true;
      slot = (slot + 2) & (SLOTS * 2 - 1);
    }
  }

  private ensureTable(): Uint32Array {
    this.table ??= new Uint32Array(SLOTS * 2);
    return this.table;
  }
}
