import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  DistinctSketch,
  QuantileSketch,
  hashNumber,
  hashString,
  mix32
} from "./chunk-KHYRHHGG.js";
import {
  POWERS_OF_TEN
} from "./chunk-5BLKW2OX.js";
import {
  WASM_PAGE_BYTES,
  align8,
  instantiateEmbedded
} from "./chunk-IX446UGZ.js";

// src/generated/row-dedupe-wasm.generated.ts
var ROW_DEDUPE_WASM = "AGFzbQEAAAABCwFgBn9/f39/fwF/AwIBAAUDAQABBxMCBm1lbW9yeQIABmRlZHVwZQAACsEBAb4BAQd/IAAhBwJAA0AgBiABTw0BIAcoAgBBAXIhCCAHKAIEIQkgCEEBdiADQQF2cUEBdCEKAkADQCACIApBAnRqKAIAIQsgC0UEQCACIApBAnRqIAg2AgAgAiAKQQJ0aiAJNgIEDAILIAsgCEYgAiAKQQJ0aigCBCAJRnEEQCAMIAVJBEAgBCAMQQJ0aiAGNgIACyAMQQFqIQwMAgsgCkECaiADcSEKDAALCyAHQQxqIQcgBkEBaiEGDAALCyAMCw==";

// src/validate/rowset.ts
var DEFAULT_SLOT_BITS = 22;
var INITIAL_SLOT_BITS = 16;
var LOAD = 0.7;
function findSlot(table, a, second, home, mask) {
  let slot = home;
  for (; ; ) {
    const stored = table[slot];
    if (stored === 0 || stored === a && table[slot + 1] === second) return slot;
    slot = slot + 2 & mask;
  }
}
var RowFingerprints = class {
  /** @param maxSlotBits log2 of the most slots; a table is 8 bytes a slot. */
  constructor(maxSlotBits = DEFAULT_SLOT_BITS) {
    this.maxSlotBits = maxSlotBits;
    this.capacity = Math.floor(2 ** maxSlotBits * LOAD);
    this.slotBits = Math.min(INITIAL_SLOT_BITS, maxSlotBits);
  }
  maxSlotBits;
  table;
  slotBits;
  shift = 0;
  mask = 0;
  growAt = 0;
  capacity;
  size = 0;
  get full() {
    return this.size >= this.capacity;
  }
  /** Adds the row; returns true when it was already present. Rows beyond capacity are only looked up. */
  add(first, second) {
    if (this.size >= this.growAt) this.grow();
    const table = this.table;
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
  probe(table, a, second) {
    return findSlot(table, a, second, (a >>> this.shift) * 2, this.mask);
  }
  /** Reads the home slot of each of the first `count` fingerprints, so the look-ups that follow hit the cache. */
  touch(firsts, count) {
    const table = this.table;
    if (table === void 0) return;
    let sum = 0;
    for (let i = 0; i < count; i++) sum += table[((firsts[i] | 1) >>> this.shift) * 2];
    this.touched = sum;
  }
  /** Keeps touch's reads from being optimised away. */
  touched = 0;
  has(first, second) {
    const table = this.table;
    if (table === void 0) return false;
    return table[this.probe(table, (first | 1) >>> 0, second >>> 0)] !== 0;
  }
  sizeFor(slotBits) {
    this.slotBits = slotBits;
    this.shift = 32 - slotBits;
    this.mask = 2 ** slotBits * 2 - 1;
    this.growAt = slotBits < this.maxSlotBits ? Math.floor(2 ** slotBits * LOAD) : Number.POSITIVE_INFINITY;
  }
  grow() {
    this.growTo(this.table === void 0 ? this.slotBits : Math.min(this.slotBits + 2, this.maxSlotBits));
  }
  growTo(bits) {
    const old = this.table;
    this.sizeFor(bits);
    const table = new Uint32Array(2 ** bits * 2).fill(0);
    if (old !== void 0) {
      for (let from = 0; from < old.length; from += 2) {
        const a = old[from];
        if (a === 0) continue;
        let slot = (a >>> this.shift) * 2;
        while (table[slot] !== 0) slot = slot + 2 & this.mask;
        table[slot] = a;
        table[slot + 1] = old[from + 1];
      }
    }
    this.table = table;
  }
};
var PARTITION_BITS = 8;
var PARTITIONS = 1 << PARTITION_BITS;
var BLOCK_ROWS = 512;
var INITIAL_LINES = 1 << 12;
var DuplicateRows = class {
  constructor(maxSlotBits = DEFAULT_SLOT_BITS, maxExamples = 5) {
    this.maxSlotBits = maxSlotBits;
    this.maxExamples = maxExamples;
    this.capacity = Math.floor(2 ** maxSlotBits * LOAD);
  }
  maxSlotBits;
  maxExamples;
  capacity;
  segments = [];
  current;
  /** Rows logged so far, over all segments. */
  size = 0;
  /** Set once the log overflowed (or a line did not fit 32 bits): rows are then looked up one by one. */
  table;
  counted = { count: 0, examples: [], coveredRows: 0 };
  /** Whether rows are still logged (a part in this state can be exported and appended elsewhere). */
  get logging() {
    return this.table === void 0;
  }
  /** Rows the log can still take before it turns into a table. */
  get remaining() {
    return this.logging ? this.capacity - this.size : 0;
  }
  /** Sizes the line log for about `rows` more rows up front (a hint). */
  reserve(rows) {
    if (!this.logging) return;
    const segment = this.writable();
    const wanted = Math.min(this.capacity - (this.size - segment.size), segment.size + rows);
    if (wanted > segment.lines.length) segment.lines = grown(segment.lines, segment.size, wanted);
  }
  add(first, second, line) {
    const table = this.table;
    if (table !== void 0) {
      this.lookUp(table, first, second, line);
      return;
    }
    if (this.size === this.capacity || line > 4294967295) {
      this.toTable();
      this.lookUp(this.table, first, second, line);
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
  addMany(firsts, seconds, lines, count) {
    let lastLine = 0;
    for (let i = 0; i < count; i++) lastLine = Math.max(lastLine, lines[i]);
    if (this.table !== void 0 || this.size + count > this.capacity || lastLine > 4294967295) {
      for (let i = 0; i < count; i++) this.add(firsts[i], seconds[i], lines[i]);
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
      segmentLines[index] = lines[i];
      appendToPartition(segment, firsts[i], seconds[i], index);
    }
    segment.size = index;
    this.size += count;
  }
  /** The log, to hand to another thread (undefined once it turned into a table). */
  export() {
    if (!this.logging) return void 0;
    const segment = this.writable();
    if (this.segments.length !== 1) throw new Error("only a log of one segment can be exported");
    return { blocks: segment.blocks, fills: [...segment.fills], lines: segment.lines, size: segment.size };
  }
  /** The transferable buffers of an exported log. */
  static buffers(log) {
    return [log.lines.buffer, ...log.blocks.flat().map((block) => block.buffer)];
  }
  /**
   * Appends rows logged by another thread, which follow the rows logged here (lines offset by `lineOffset`).
   * Returns false, changing nothing, when they do not fit the log (a single pass would have turned it into a
   * table, with other results) or the log is not one this class wrote.
   */
  append(part, lineOffset) {
    if (!this.logging || this.size + part.size > this.capacity) return false;
    if (part.blocks.length !== PARTITIONS || part.fills.length !== PARTITIONS) return false;
    if (part.size > 0 && lineOffset + part.lines[part.size - 1] > 4294967295) return false;
    this.segments.push({
      blocks: part.blocks,
      fills: Int32Array.from(part.fills),
      lines: part.lines,
      size: part.size,
      base: this.size,
      lineOffset
    });
    this.current = void 0;
    this.size += part.size;
    return true;
  }
  result() {
    if (this.table !== void 0) return { ...this.counted, examples: [...this.counted.examples] };
    return this.countLog();
  }
  lookUp(table, first, second, line) {
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
  toTable() {
    this.counted = this.countLog();
    const table = new RowFingerprints(this.maxSlotBits);
    this.forEachRow((first, second) => {
      table.add(first, second);
    });
    this.table = table;
    this.segments = [];
    this.current = void 0;
  }
  writable() {
    if (this.current === void 0) {
      this.current = {
        blocks: Array.from({ length: PARTITIONS }, () => []),
        fills: new Int32Array(PARTITIONS),
        lines: new Uint32Array(Math.min(INITIAL_LINES, Math.max(1, this.capacity - this.size))),
        size: 0,
        base: this.size,
        lineOffset: 0
      };
      this.segments.push(this.current);
    }
    return this.current;
  }
  forEachRow(visit) {
    for (const segment of this.segments) {
      for (let partition = 0; partition < PARTITIONS; partition++) {
        const blocks = segment.blocks[partition];
        for (let b = 0; b < blocks.length; b++) {
          const block = blocks[b];
          const end = blockRows(segment, partition, b) * 3;
          for (let at = 0; at < end; at += 3) visit(block[at], block[at + 1]);
        }
      }
    }
  }
  /**
   * Deduplicates each partition in a small table, its rows in reading order (segment by segment, block by
   * block): a row is a duplicate when its partition had its fingerprint earlier, as a look-up per row finds.
   * The WebAssembly kernel does it where it can run (this runs once, cold: about a fifth of the time).
   */
  countLog() {
    const kernel = rowDedupe();
    const table = kernel === null ? this.partitionTable() : void 0;
    const duplicates = [];
    let count = 0;
    for (let partition = 0; partition < PARTITIONS; partition++) {
      const rows = this.rowsIn(partition);
      if (rows < 2) continue;
      let partitionBits = 1;
      while (2 ** partitionBits < rows * 2) partitionBits++;
      const mask = 2 ** partitionBits * 2 - 1;
      count += table === void 0 ? this.dedupeInKernel(kernel, partition, rows, mask, duplicates) : this.dedupeHere(table, partition, mask, duplicates);
    }
    return { count, examples: duplicates.map((at) => this.lineAt(at)), coveredRows: this.size };
  }
  /** A table for dedupeHere with room for the largest partition at most half full. */
  partitionTable() {
    let largest = 0;
    for (let partition = 0; partition < PARTITIONS; partition++) largest = Math.max(largest, this.rowsIn(partition));
    let slotBits = 1;
    while (2 ** slotBits < largest * 2) slotBits++;
    return new Uint32Array(2 ** slotBits * 2);
  }
  /** One partition's duplicates, counted here (where WebAssembly cannot run); the earliest go to `duplicates`. */
  dedupeHere(table, partition, mask, duplicates) {
    let count = 0;
    table.fill(0, 0, mask + 1);
    for (const segment of this.segments) {
      const blocks = segment.blocks[partition];
      for (let b = 0; b < blocks.length; b++) {
        const block = blocks[b];
        const end = blockRows(segment, partition, b) * 3;
        for (let e = 0; e < end; e += 3) {
          const a = (block[e] | 1) >>> 0;
          const second = block[e + 1];
          const slot = findSlot(table, a, second, (a >>> 1 & mask >>> 1) * 2, mask);
          if (table[slot] === 0) {
            table[slot] = a;
            table[slot + 1] = second;
          } else {
            count++;
            insertSmallest(duplicates, segment.base + block[e + 2], this.maxExamples);
          }
        }
      }
    }
    return count;
  }
  /** dedupeHere by the kernel (src/validate/row-dedupe.wat): the partition's rows copied in, in reading order. */
  dedupeInKernel(kernel, partition, rows, mask, duplicates) {
    const rowsAt = align8(this.maxExamples * 4);
    const tableAt = align8(rowsAt + rows * 12);
    const end = tableAt + (mask + 1) * 4;
    const memory = kernel.memory;
    if (memory.buffer.byteLength < end) memory.grow(Math.ceil((end - memory.buffer.byteLength) / WASM_PAGE_BYTES));
    const words = new Uint32Array(memory.buffer);
    let at = rowsAt / 4;
    for (const segment of this.segments) {
      const blocks = segment.blocks[partition];
      for (let b = 0; b < blocks.length; b++) {
        const length = blockRows(segment, partition, b) * 3;
        words.set(blocks[b].subarray(0, length), at);
        at += length;
      }
    }
    words.fill(0, tableAt / 4, end / 4);
    const count = kernel.dedupe(rowsAt, rows, tableAt, mask, 0, this.maxExamples);
    for (let k = 0; k < Math.min(count, this.maxExamples); k++) {
      insertSmallest(duplicates, this.positionOf(partition, words[k]), this.maxExamples);
    }
    if (memory.buffer.byteLength > KEPT_KERNEL_BYTES) dedupeKernel = void 0;
    return count;
  }
  /** The log position of a partition's row `index`, counted in reading order. */
  positionOf(partition, index) {
    let left = index;
    for (const segment of this.segments) {
      const blocks = segment.blocks[partition];
      for (let b = 0; b < blocks.length; b++) {
        const rows = blockRows(segment, partition, b);
        if (left < rows) return segment.base + blocks[b][left * 3 + 2];
        left -= rows;
      }
    }
    throw new RangeError("row index beyond the partition");
  }
  /** Rows of a partition over all segments. */
  rowsIn(partition) {
    let rows = 0;
    for (const segment of this.segments) {
      const blocks = segment.blocks[partition].length;
      if (blocks > 0) rows += (blocks - 1) * BLOCK_ROWS + blockRows(segment, partition, blocks - 1);
    }
    return rows;
  }
  lineAt(position) {
    for (const segment of this.segments) {
      if (position < segment.base + segment.size) return segment.lines[position - segment.base] + segment.lineOffset;
    }
    throw new RangeError("row position beyond the log");
  }
};
var dedupeKernel;
var KEPT_KERNEL_BYTES = 16 * 1024 * 1024;
function rowDedupe() {
  if (dedupeKernel === void 0) {
    dedupeKernel = instantiateEmbedded(ROW_DEDUPE_WASM, ["dedupe"]) ?? null;
  }
  return dedupeKernel;
}
function appendToPartition(segment, first, second, index) {
  const partition = first >>> 32 - PARTITION_BITS;
  const blocks = segment.blocks[partition];
  let fill = segment.fills[partition];
  let block = blocks[blocks.length - 1];
  if (block === void 0 || fill === BLOCK_ROWS) {
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
function blockRows(segment, partition, index) {
  return index === segment.blocks[partition].length - 1 ? segment.fills[partition] : BLOCK_ROWS;
}
function grown(from, used, size) {
  const to = new Uint32Array(size);
  to.set(from.subarray(0, used));
  return to;
}
function insertSmallest(sorted, value, limit) {
  if (sorted.length >= limit && value >= sorted[sorted.length - 1]) return;
  let at = sorted.length;
  while (at > 0 && sorted[at - 1] > value) at--;
  sorted.splice(at, 0, value);
  if (sorted.length > limit) sorted.pop();
}

// src/validate/profile.ts
var PROFILE_FORMAT = "mlops-actions/profile";
var PROFILE_VERSION = 1;
var MAX_TRACKED_VALUES = 1e3;
var MAX_EXACT_VALUES = 1e3;
var MAX_SMALL_DOMAIN = 32;
var MAX_EXAMPLES = 3;
var CASE_INSENSITIVE_NON_FINITE = /* @__PURE__ */ new Map([
  ["nan", Number.NaN],
  ["-nan", Number.NaN],
  ["inf", Number.POSITIVE_INFINITY],
  ["+inf", Number.POSITIVE_INFINITY],
  ["-inf", Number.NEGATIVE_INFINITY],
  ["infinity", Number.POSITIVE_INFINITY],
  ["+infinity", Number.POSITIVE_INFINITY],
  ["-infinity", Number.NEGATIVE_INFINITY]
]);
var MISSING_TOKENS = /* @__PURE__ */ new Set(["", "NA", "N/A", "null", "NULL", "None"]);
var DECIMAL_NUMERAL = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
var TRUE_HASH = 461845907;
var FALSE_HASH = 706501179;
var ROW_HASH_B_SEED = 1540483477;
var BATCH = 512;
var TEXT_CACHE_LIMIT = 2048;
var TEXT_CACHE_MAX_LENGTH = 64;
var HITS_BATCHES = 128;
var MISSING_HASH = 1013904242;
var MAX_ROW_EXAMPLES = 5;
var SCRATCH = new Float64Array(1);
var ROW_BATCH = 256;
var DIRECT_DOMAIN = 64;
var SmallDomain = class {
  direct = new Float64Array(DIRECT_DOMAIN);
  values = new Float64Array(MAX_SMALL_DOMAIN);
  counts = new Float64Array(MAX_SMALL_DOMAIN);
  listed = 0;
  size = 0;
  /** Counts `count` (at least 1) more of `value`; false when it would be one distinct value too many. */
  add(value, count) {
    const slot = value >>> 0;
    if (slot === value && slot < DIRECT_DOMAIN) {
      const before = this.direct[slot];
      if (before === 0) {
        if (this.size === MAX_SMALL_DOMAIN) return false;
        this.size++;
      }
      this.direct[slot] = before + count;
      return true;
    }
    const values = this.values;
    const listed = this.listed;
    for (let i = 0; i < listed; i++) {
      if (values[i] === value) {
        this.counts[i] += count;
        return true;
      }
    }
    if (this.size === MAX_SMALL_DOMAIN) return false;
    values[listed] = value;
    this.counts[listed] = count;
    this.listed = listed + 1;
    this.size++;
    return true;
  }
  /** Adds another part's values; false as soon as there are too many (the domain is then of no use). */
  addAll(entries) {
    return entries.every(([value, count]) => this.add(value, count));
  }
  entries() {
    const entries = [];
    this.direct.forEach((count, value) => {
      if (count > 0) entries.push([value, count]);
    });
    for (let i = 0; i < this.listed; i++) entries.push([this.values[i], this.counts[i]]);
    return entries;
  }
};
function appendExamples(target, more, shift) {
  for (const example of more) {
    if (target.length >= MAX_EXAMPLES) return;
    target.push(shift(example));
  }
}
function foldA(previous, hash, column) {
  return Math.imul(previous ^ hash, 2654435761) + column | 0;
}
function foldB(previous, hash, column) {
  return Math.imul(previous + hash, 2246822519) ^ column << 16;
}
var ColumnAccumulator = class {
  constructor(name, mode) {
    this.name = name;
    this.mode = mode;
    this.sum = 0;
    this.mean = 0;
    this.m2 = 0;
  }
  name;
  mode;
  count = 0;
  missing = 0;
  numericCount = 0;
  nonInteger = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  minLine = 0;
  maxLine = 0;
  /** Doubles from the start: see the constructor. */
  sum = Number.NaN;
  mean = Number.NaN;
  m2 = Number.NaN;
  /** Values not yet in sum/mean/m2, the sketch or the small domain: folded in per batch (see flush). */
  pending = new Float64Array(BATCH);
  pendingCount = 0;
  flushedCount = 0;
  sketch = new QuantileSketch();
  exact = [];
  smallDomain = new SmallDomain();
  nan = 0;
  positiveInfinity = 0;
  negativeInfinity = 0;
  overflow = 0;
  booleansTrue = 0;
  booleansFalse = 0;
  stringCount = 0;
  values = /* @__PURE__ */ new Map();
  otherCount = 0;
  distinct = new DistinctSketch();
  textExamples = [];
  nonFiniteExamples = [];
  nonIntegerExamples = [];
  missingExamples = [];
  addNumber(value, line, raw) {
    if (Number.isNaN(value)) {
      this.nan++;
      this.noteNonFinite(line, raw ?? "NaN");
      return 2146959360;
    }
    if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) {
      const literal = raw === void 0 || CASE_INSENSITIVE_NON_FINITE.has(raw.toLowerCase());
      if (!literal) this.overflow++;
      else if (value > 0) this.positiveInfinity++;
      else this.negativeInfinity++;
      this.noteNonFinite(line, raw ?? String(value));
      return value > 0 ? 2146435072 : 4293918720;
    }
    return this.addFinite(value, line);
  }
  /** A finite number read cell by cell (typed formats, numerals the fast scanner leaves to parseNumber). */
  addFinite(value, line) {
    SCRATCH[0] = value;
    return this.addFiniteAt(SCRATCH, 0, line);
  }
  /**
   * The finite number values[index]. Taking the array rather than the number matters: a double passed to a
   * call that is not inlined is boxed into a new heap number. addNumerals does the same for a run of cells.
   */
  addFiniteAt(values, index, line) {
    const value = values[index];
    this.numericCount++;
    if (value < this.min) {
      this.min = value;
      this.minLine = line;
    }
    if (value > this.max) {
      this.max = value;
      this.maxLine = line;
    }
    if (!Number.isInteger(value)) {
      this.nonInteger++;
      if (this.nonIntegerExamples.length < MAX_EXAMPLES) this.noteNonInteger(values, index, line);
    }
    const pending = this.pendingCount;
    this.pending[pending] = value;
    this.pendingCount = pending + 1;
    if (pending + 1 === BATCH) this.flush();
    const hash = hashNumber(value);
    this.distinct.addHash(hash);
    return hash;
  }
  /**
   * The run of plain numerals in `column` of a batch from record `from` on (at least that one, which the caller
   * checked): what addFiniteAt does for each, the per-value arithmetic done by the batch's kernel (which also
   * folds each value into its record's fingerprint and counts its hash in the batch's registers, merged in by
   * Profiler.settleBatch). Returns how many records it took.
   */
  addNumerals(batch, column, from) {
    const { runExtremes, runFacts, numbers, firstLine } = batch;
    runExtremes[0] = this.min;
    runExtremes[1] = this.max;
    const taken = batch.numerals(column, from);
    if (runFacts[0] >= 0) {
      this.min = runExtremes[0];
      this.minLine = firstLine + runFacts[0];
    }
    if (runFacts[1] >= 0) {
      this.max = runExtremes[1];
      this.maxLine = firstLine + runFacts[1];
    }
    const at = column * batch.stride + from;
    const nonInteger = runFacts[2];
    if (nonInteger > 0) {
      this.nonInteger += nonInteger;
      for (let i = 0; i < taken && this.nonIntegerExamples.length < MAX_EXAMPLES; i++) {
        if (!Number.isInteger(numbers[at + i])) this.noteNonInteger(numbers, at + i, firstLine + from + i);
      }
    }
    for (let copied = 0; copied < taken; ) {
      const pending = this.pendingCount;
      const count = Math.min(taken - copied, BATCH - pending);
      this.pending.set(numbers.subarray(at + copied, at + copied + count), pending);
      this.pendingCount = pending + count;
      copied += count;
      if (this.pendingCount === BATCH) this.flush();
    }
    this.numericCount += taken;
    this.count += taken;
    return taken;
  }
  /**
   * Out of line, with exact values and small domains left to flush: any use of the number as an object (an
   * array push, a Map key, String()) makes V8 box it into a heap number on every call, used or not.
   */
  noteNonInteger(values, index, line) {
    this.nonIntegerExamples.push({ line, value: String(values[index]) });
  }
  /**
   * Folds the pending values into the moments, the exact values and the small domain while it lasts, else the
   * sketch (see addToSketch), in order. A batch's mean and squared deviations are computed in two passes and
   * combined with Chan's formula: no division per value (Welford's), and more accurate than a running update;
   * the sketch's keys are computed in one tight loop.
   */
  flush() {
    const count = this.pendingCount;
    if (count === 0) return;
    const values = this.pending;
    let sum = 0;
    for (let i = 0; i < count; i++) sum += values[i];
    const mean = sum / count;
    let m2 = 0;
    for (let i = 0; i < count; i++) {
      const deviation = values[i] - mean;
      m2 += deviation * deviation;
    }
    this.combineMoments(count, sum, mean, m2);
    this.pendingCount = 0;
    if (this.exact !== null) {
      for (let i = 0; i < count && this.exact !== null; i++) {
        if (this.exact.length < MAX_EXACT_VALUES) this.exact.push(values[i]);
        else this.exact = null;
      }
    }
    const domain = this.smallDomain;
    if (domain === null) {
      this.sketch.addMany(values, count);
      return;
    }
    let added = 0;
    while (added < count && domain.add(values[added], 1)) added++;
    if (added < count) this.leaveSmallDomain(domain, added, count);
  }
  /**
   * One distinct value too many: the domain's counts go into the sketch, and from here on every value does,
   * pending[from, count) first. Once per column, and kept out of flush: inlined there, its first run in each
   * profiler deoptimized flush (wrong map), and a run of such deoptimizations left flush unoptimized for the
   * rest of the file (two thirds of a thread's time in one measured run).
   */
  leaveSmallDomain(domain, from, count) {
    this.smallDomain = null;
    this.addToSketch(domain.entries());
    this.sketch.addMany(this.pending.subarray(from, count), count - from);
  }
  /**
   * While a column has a small domain, its values are counted there and not in the sketch (a flag, a code or a
   * count then costs no sketch key per value); the sketch is made from the counts when needed. The buckets are
   * the same, as they only count values.
   */
  addToSketch(entries, sketch = this.sketch) {
    for (const [value, count] of entries) sketch.addWeighted(value, count);
  }
  /** The sketch of every value so far, the small domain's included (see addToSketch). */
  sketchJSON() {
    if (this.smallDomain === null) return this.sketch.toJSON();
    const sketch = new QuantileSketch();
    this.addToSketch(this.smallDomain.entries(), sketch);
    return sketch.toJSON();
  }
  combineMoments(count, sum, mean, m2) {
    const before = this.flushedCount;
    const total = before + count;
    const delta = mean - this.mean;
    this.sum += sum;
    this.mean += delta * count / total;
    this.m2 += m2 + delta * delta * before * count / total;
    this.flushedCount = total;
  }
  /** The count addString last counted a value in: its [count, first line], or null when it went to otherCount. */
  lastStringCount = null;
  addString(value, line) {
    this.stringCount++;
    let entry = this.values.get(value);
    if (entry !== void 0) entry[0]++;
    else if (this.values.size < MAX_TRACKED_VALUES) {
      entry = [1, line];
      this.values.set(value, entry);
    } else this.otherCount++;
    this.lastStringCount = entry ?? null;
    if (this.mode === "auto" && this.textExamples.length < MAX_EXAMPLES) this.textExamples.push({ line, value });
    const hash = hashString(value);
    this.distinct.addHash(hash);
    return hash;
  }
  addBoolean(value, line) {
    if (value) this.booleansTrue++;
    else this.booleansFalse++;
    void line;
    const hash = value ? TRUE_HASH : FALSE_HASH;
    this.distinct.addHash(hash);
    return hash;
  }
  addMissing(line) {
    this.missing++;
    if (this.missingExamples.length < MAX_EXAMPLES) this.missingExamples.push(line);
  }
  noteNonFinite(line, raw) {
    if (this.nonFiniteExamples.length < MAX_EXAMPLES) this.nonFiniteExamples.push({ line, value: raw });
  }
  /** The accumulated state, structured-cloneable (a parallel part's columns). */
  snapshot() {
    this.flush();
    return {
      name: this.name,
      count: this.count,
      missing: this.missing,
      numericCount: this.numericCount,
      nonInteger: this.nonInteger,
      min: this.min,
      max: this.max,
      minLine: this.minLine,
      maxLine: this.maxLine,
      sum: this.sum,
      mean: this.mean,
      m2: this.m2,
      sketch: this.sketchJSON(),
      exact: this.exact,
      smallDomain: this.smallDomain === null ? null : this.smallDomain.entries(),
      nan: this.nan,
      positiveInfinity: this.positiveInfinity,
      negativeInfinity: this.negativeInfinity,
      overflow: this.overflow,
      booleansTrue: this.booleansTrue,
      booleansFalse: this.booleansFalse,
      stringCount: this.stringCount,
      values: [...this.values].map(([value, [count, line]]) => [value, count, line]),
      otherCount: this.otherCount,
      registers: this.distinct.registers,
      textExamples: this.textExamples,
      nonFiniteExamples: this.nonFiniteExamples,
      nonIntegerExamples: this.nonIntegerExamples,
      missingExamples: this.missingExamples
    };
  }
  /**
   * Adds the state of the rows that follow (a later part of the same file, lines shifted by `lineOffset`),
   * leaving exactly the state reading those rows here would have left. Only valid when the part tracked every
   * string value it saw (otherCount 0): the caller checks that first.
   */
  absorb(part, lineOffset) {
    this.flush();
    this.count += part.count;
    this.missing += part.missing;
    appendExamples(this.missingExamples, part.missingExamples, (line) => line + lineOffset);
    const shift = (example) => ({ line: example.line + lineOffset, value: example.value });
    if (part.numericCount > 0) {
      if (part.min < this.min) {
        this.min = part.min;
        this.minLine = part.minLine + lineOffset;
      }
      if (part.max > this.max) {
        this.max = part.max;
        this.maxLine = part.maxLine + lineOffset;
      }
      this.nonInteger += part.nonInteger;
      appendExamples(this.nonIntegerExamples, part.nonIntegerExamples, shift);
      this.combineMoments(part.numericCount, part.sum, part.mean, part.m2);
      this.numericCount += part.numericCount;
      this.exact = this.exact !== null && part.exact !== null && this.exact.length + part.exact.length <= MAX_EXACT_VALUES ? this.exact.concat(part.exact) : null;
      const domain = this.smallDomain;
      const before = domain?.entries();
      const merged = part.smallDomain !== null && domain?.addAll(part.smallDomain) === true;
      if (!merged) {
        this.smallDomain = null;
        if (before !== void 0) this.addToSketch(before);
        this.sketch.merge(QuantileSketch.fromJSON(part.sketch, part.min, part.max, part.sum));
      }
    }
    this.nan += part.nan;
    this.positiveInfinity += part.positiveInfinity;
    this.negativeInfinity += part.negativeInfinity;
    this.overflow += part.overflow;
    appendExamples(this.nonFiniteExamples, part.nonFiniteExamples, shift);
    this.booleansTrue += part.booleansTrue;
    this.booleansFalse += part.booleansFalse;
    this.stringCount += part.stringCount;
    for (const [value, count, line] of part.values) {
      const entry = this.values.get(value);
      if (entry !== void 0) entry[0] += count;
      else if (this.values.size < MAX_TRACKED_VALUES) this.values.set(value, [count, line + lineOffset]);
      else this.otherCount += count;
    }
    this.otherCount += part.otherCount;
    this.distinct.mergeRegisters(part.registers);
    appendExamples(this.textExamples, part.textExamples, shift);
  }
  toProfile() {
    this.flush();
    const finite = this.numericCount > 0;
    const values = {};
    for (const [value, entry] of this.values) values[value] = entry;
    return {
      name: this.name,
      count: this.count,
      missing: this.missing,
      numeric: {
        count: this.numericCount,
        nonInteger: this.nonInteger,
        min: finite ? this.min : null,
        max: finite ? this.max : null,
        minLine: finite ? this.minLine : null,
        maxLine: finite ? this.maxLine : null,
        sum: this.sum,
        mean: this.mean,
        m2: this.m2,
        sketch: this.sketchJSON(),
        exact: this.exact,
        smallDomain: this.smallDomain === null ? null : this.smallDomain.entries().sort((a, b) => a[0] - b[0])
      },
      nan: this.nan,
      positiveInfinity: this.positiveInfinity,
      negativeInfinity: this.negativeInfinity,
      overflow: this.overflow,
      booleans: { true: this.booleansTrue, false: this.booleansFalse },
      strings: { count: this.stringCount, values, otherCount: this.otherCount },
      distinct: this.distinct.toJSON(),
      examples: {
        text: this.textExamples,
        nonFinite: this.nonFiniteExamples,
        nonInteger: this.nonIntegerExamples,
        missing: this.missingExamples
      }
    };
  }
};
var Profiler = class {
  constructor(options = {}) {
    this.options = options;
    this.duplicateRows = new DuplicateRows(options.fingerprintSlotBits, MAX_ROW_EXAMPLES);
    this.leaked = options.referenceRows === void 0 ? null : { count: 0, examples: [] };
  }
  options;
  /** Bytes read so far in the current file, reported once per read chunk (for progress bars). */
  progress;
  drain(position) {
    if (position !== void 0) this.progress?.(position);
    return void 0;
  }
  columnsByName = /* @__PURE__ */ new Map();
  ordered = [];
  /** Accumulator per file column index (undefined for a repeated header name). */
  byIndex = [];
  seenStamp = new Int32Array(0);
  row = 0;
  rowHashA = 0;
  rowHashB = ROW_HASH_B_SEED;
  /** Whether the current record came from a text format, where a short record is ragged. */
  rowHadText = false;
  headerWidth = 0;
  rowsInFile = 0;
  duplicateColumns = /* @__PURE__ */ new Set();
  duplicateRows;
  sources = [];
  ragged = { count: 0, examples: [] };
  leaked;
  /** Call before each file; `header` follows from the reader. */
  beginFile(path, bytes) {
    this.sources.push({ path, rows: 0, bytes });
    this.rowsInFile = 0;
  }
  endFile() {
    const source = this.sources.at(-1);
    if (source !== void 0) source.rows = this.rowsInFile;
  }
  header(columns) {
    this.changeBatch(void 0);
    this.byIndex = [];
    this.headerWidth = columns.length;
    for (const name of columns) this.attach(name);
  }
  addColumn(name) {
    this.attach(name);
    return this.byIndex.length - 1;
  }
  attach(name) {
    if (this.byIndex.some((existing) => existing?.name === name)) {
      this.duplicateColumns.add(name);
      this.byIndex.push(void 0);
    } else {
      let accumulator = this.columnsByName.get(name);
      if (accumulator === void 0) {
        accumulator = new ColumnAccumulator(name, this.options.stringColumns?.has(name) ? "string" : "auto");
        this.columnsByName.set(name, accumulator);
        this.ordered.push(accumulator);
      }
      this.byIndex.push(accumulator);
    }
    if (this.seenStamp.length < this.byIndex.length) {
      const grown2 = new Int32Array(this.byIndex.length * 2);
      grown2.set(this.seenStamp);
      grown2.fill(-1, this.seenStamp.length);
      this.seenStamp = grown2;
    }
  }
  text(column, bytes, start, end) {
    this.rowHadText = true;
    const accumulator = this.byIndex[column];
    if (accumulator === void 0) return;
    this.seenStamp[column] = this.row;
    accumulator.count++;
    this.mixRow(this.textCell(accumulator, bytes, start, end, this.currentLine), column);
  }
  /**
   * Quote-free CSV records, a batch at a time: the same as beginRow, text per field and endRow per record, with
   * the fast scanner's numerals used as they are and repeated text answered from the column's cache. The batch
   * is taken column by column, so one column's state stays at hand across its cells, and then record by record
   * for the row fingerprints; the fingerprints mix cells in column order either way.
   */
  csvRecords(bytes, batch) {
    const rows = batch.rows;
    const byIndex = this.byIndex;
    if (batch !== this.kernelBatch) this.changeBatch(batch);
    else if (++this.batchesSinceHits === HITS_BATCHES) this.settleTextHits(batch);
    const hashA = batch.rowHashA;
    const hashB = batch.rowHashB;
    hashA.fill(0, 0, rows);
    hashB.fill(ROW_HASH_B_SEED, 0, rows);
    for (let column = 0; column < byIndex.length; column++) {
      const accumulator = byIndex[column];
      if (accumulator !== void 0) this.csvColumn(accumulator, column, bytes, batch, hashA, hashB);
    }
    const { firstLine, fieldCounts } = batch;
    for (let row = 0; row < rows; row++) {
      this.logRow(firstLine + row, fieldCounts[row], true, hashA[row], hashB[row]);
    }
  }
  /** The batch whose reader's kernel holds counts not settled yet (see settleBatch). */
  kernelBatch;
  /**
   * Takes in what a reader's kernel counted apart: the distinct-count registers of its numerals
   * (CsvBatch.numeralRegisters) and its text cache's hits. Before anything reads the columns, and before a new
   * header changes which column is which. A register holds a maximum and the hits are taken, so settling again
   * changes nothing.
   */
  settleBatch() {
    const batch = this.kernelBatch;
    if (batch === void 0) return;
    this.byIndex.forEach((accumulator, column) => {
      if (accumulator !== void 0) accumulator.distinct.mergeRegisters(batch.numeralRegisters(column));
    });
    this.settleTextHits(batch);
  }
  /** Batches since the text cache's hits were last taken: the kernel counts them in 32 bits. */
  batchesSinceHits = 0;
  settleTextHits(batch) {
    this.batchesSinceHits = 0;
    this.textEntries.forEach(({ accumulator, count }, entry) => {
      const hits = batch.takeHits(entry);
      if (count !== null) count[0] += hits;
      else accumulator.otherCount += hits;
    });
  }
  /** Settles the kernel's counts and starts on another reader's (or none). */
  changeBatch(batch) {
    this.settleBatch();
    this.kernelBatch = batch;
    this.textEntries = [];
    this.textCached = new Int32Array(this.byIndex.length);
  }
  csvColumn(accumulator, column, bytes, batch, hashA, hashB) {
    const { rows, fieldCounts, firstLine, starts, ends, numbers } = batch;
    const numerals = accumulator.mode === "auto";
    let at = column * batch.stride;
    for (let row = 0; row < rows; ) {
      const present = column < fieldCounts[row];
      const start = starts[at];
      const end = ends[at];
      if (present && start !== end) {
        let taken = 0;
        if (numerals && !Number.isNaN(numbers[at])) taken = accumulator.addNumerals(batch, column, row);
        else if (!numerals || accumulator.textExamples.length >= MAX_EXAMPLES) {
          taken = batch.texts(column, row, !numerals);
          accumulator.count += taken;
          accumulator.stringCount += taken;
        }
        if (taken > 0) {
          row += taken;
          at += taken;
          continue;
        }
      }
      accumulator.count++;
      let hash;
      if (!present || start === end) {
        accumulator.addMissing(firstLine + row);
        hash = MISSING_HASH;
      } else {
        hash = this.textCell(accumulator, bytes, start, end, firstLine + row);
        if (this.countedAsString && end - start <= TEXT_CACHE_MAX_LENGTH) {
          this.rememberText(batch, accumulator, column, start, end, hash);
        }
      }
      hashA[row] = foldA(hashA[row], hash, column);
      hashB[row] = foldB(hashB[row], hash, column);
      row++;
      at++;
    }
  }
  /**
   * The batch's reader's text cache: for each of its entries (CsvBatch.remember), the column and the count its
   * hits go to (null: the column's otherCount), and each column's number of entries.
   */
  textEntries = [];
  textCached = new Int32Array(0);
  /** Caches a text cell addString just counted, with the hash its row fingerprint got, while the column may. */
  rememberText(batch, accumulator, column, start, end, rowHash) {
    if (this.textCached[column] >= TEXT_CACHE_LIMIT) return;
    const entry = batch.remember(column, start, end, rowHash);
    if (entry !== this.textEntries.length) return;
    this.textEntries.push({ accumulator, count: accumulator.lastStringCount });
    this.textCached[column]++;
  }
  /** Counts a text cell and returns the hash its row fingerprint mixes in (countedAsString says how it counted). */
  textCell(accumulator, bytes, start, end, line) {
    this.countedAsString = false;
    if (start === end) {
      accumulator.addMissing(line);
      return MISSING_HASH;
    }
    if (accumulator.mode === "auto") {
      const parsed = parseNumber(bytes, start, end);
      if (!Number.isNaN(parsed)) {
        const raw = Number.isFinite(parsed) ? void 0 : decodeUtf8(bytes, start, end);
        return accumulator.addNumber(parsed, line, raw);
      }
    }
    return this.classifyText(accumulator, decodeUtf8(bytes, start, end), line);
  }
  textString(column, value) {
    this.rowHadText = true;
    const accumulator = this.byIndex[column];
    if (accumulator === void 0) return;
    this.seenStamp[column] = this.row;
    accumulator.count++;
    this.mixRow(this.classifyText(accumulator, value, this.currentLine), column);
  }
  typed(column, value) {
    const accumulator = this.byIndex[column];
    if (accumulator === void 0) return;
    this.seenStamp[column] = this.row;
    accumulator.count++;
    const line = this.currentLine;
    if (value === null) {
      accumulator.addMissing(line);
      this.mixRow(MISSING_HASH, column);
    } else if (typeof value === "number") {
      this.mixRow(accumulator.addNumber(value, line, void 0), column);
    } else if (typeof value === "bigint") {
      this.mixRow(accumulator.addNumber(Number(value), line, void 0), column);
    } else if (typeof value === "boolean") {
      this.mixRow(accumulator.addBoolean(value, line), column);
    } else {
      this.mixRow(accumulator.addString(value, line), column);
    }
  }
  /** Line of the record being read, from beginRow. */
  currentLine = 0;
  beginRow(line) {
    this.currentLine = line;
  }
  endRow(line, fieldCount) {
    const stamp = this.row;
    const complete = fieldCount >= this.byIndex.length && this.seenStamp[this.byIndex.length - 1] === stamp;
    for (let column = complete ? this.byIndex.length : 0; column < this.byIndex.length; column++) {
      if (this.seenStamp[column] === stamp) continue;
      const accumulator = this.byIndex[column];
      if (accumulator === void 0) continue;
      accumulator.count++;
      accumulator.addMissing(line);
      this.mixRow(MISSING_HASH, column);
    }
    const textRecord = this.rowHadText;
    this.rowHadText = false;
    this.logRow(line, fieldCount, textRecord, this.rowHashA, this.rowHashB);
    this.rowHashA = 0;
    this.rowHashB = ROW_HASH_B_SEED;
  }
  /** Counts a record whose cells are all counted, and stages its fingerprint (hashes of its cells, mixed). */
  logRow(line, fieldCount, textRecord, hashA, hashB) {
    this.row++;
    this.rowsInFile++;
    if (textRecord && fieldCount !== this.headerWidth && this.byIndex.length === this.headerWidth) {
      this.ragged.count++;
      if (this.ragged.examples.length < MAX_ROW_EXAMPLES) this.ragged.examples.push({ line, fields: fieldCount });
    }
    const pending = this.pendingRows;
    this.rowFirst[pending] = mix32(hashA ^ this.byIndex.length);
    this.rowSecond[pending] = mix32(hashB + 374761393);
    this.rowLine[pending] = line;
    this.pendingRows = pending + 1;
    if (pending + 1 === ROW_BATCH) this.flushRows();
  }
  /**
   * Row fingerprints wait here and go to the duplicate-row log, and the leaked-row check, a batch at a time, in
   * order (so every result is the one a look-up per row gives): the reference table is tens of megabytes and
   * each look-up a cache miss, and touching the batch's slots first lets the processor fetch them side by side.
   */
  rowFirst = new Uint32Array(ROW_BATCH);
  rowSecond = new Uint32Array(ROW_BATCH);
  rowLine = new Float64Array(ROW_BATCH);
  pendingRows = 0;
  flushRows() {
    const count = this.pendingRows;
    if (count === 0) return;
    this.pendingRows = 0;
    const { rowFirst, rowSecond, rowLine, duplicateRows } = this;
    const target = this.options.rememberRows;
    const reference = this.leaked === null ? void 0 : this.options.referenceRows;
    if (target === void 0 && reference === void 0) {
      duplicateRows.addMany(rowFirst, rowSecond, rowLine, count);
      return;
    }
    reference?.touch(rowFirst, count);
    for (let i = 0; i < count; i++) {
      const first = rowFirst[i];
      const second = rowSecond[i];
      const line = rowLine[i];
      if (target !== void 0) target.add(first, second);
      duplicateRows.add(first, second, line);
      if (reference !== void 0 && this.leaked !== null && reference.has(first, second)) {
        this.leaked.count++;
        if (this.leaked.examples.length < MAX_ROW_EXAMPLES) this.leaked.examples.push(line);
      }
    }
  }
  /** Whether the last text classifyText counted was counted as a string value. */
  countedAsString = false;
  /** Counts a text cell that is not a plain numeral; returns the hash its row fingerprint mixes in. */
  classifyText(accumulator, text, line) {
    this.countedAsString = false;
    if (text.length <= 4 && MISSING_TOKENS.has(text)) {
      accumulator.addMissing(line);
      return MISSING_HASH;
    }
    if (accumulator.mode === "auto") {
      const parsed = classifyToken(text);
      if (typeof parsed === "boolean") return accumulator.addBoolean(parsed, line);
      if (parsed !== void 0) return accumulator.addNumber(parsed, line, text);
    }
    const hash = accumulator.addString(text, line);
    this.countedAsString = true;
    return accumulator.mode === "string" ? canonicalHash(text, hash) : hash;
  }
  mixRow(hash, column) {
    this.rowHashA = foldA(this.rowHashA, hash, column);
    this.rowHashB = foldB(this.rowHashB, hash, column);
  }
  /** How many more rows the duplicate-row log can take. */
  rowCapacityLeft() {
    return this.duplicateRows.remaining - this.pendingRows;
  }
  /** A hint: about this many more rows will be read (sizes the duplicate-row log once instead of growing it). */
  expectRows(rows) {
    this.duplicateRows.reserve(rows);
  }
  /** Whether a string column saw more values than it tracks: a part in that state cannot be absorbed exactly. */
  saturated() {
    return this.ordered.some((accumulator) => accumulator.otherCount > 0);
  }
  /** This profiler's state as a later part of a file, for absorb in another thread (the table is handed over). */
  part() {
    this.settleBatch();
    this.flushRows();
    return {
      rows: this.row,
      columns: this.ordered.map((accumulator) => accumulator.snapshot()),
      ragged: this.ragged,
      rowLog: this.duplicateRows.export()
    };
  }
  /**
   * Adds a part profiled elsewhere: the rows of the same file that follow the ones read here, whose line numbers
   * start after `lineOffset`. Returns false, changing nothing, when the result would differ from reading the rows
   * here: the part gave up tracking some string values, or its rows do not fit the duplicate-row log.
   */
  absorb(part, lineOffset) {
    this.flushRows();
    if (part.columns.some((column) => column.otherCount > 0)) return false;
    if (part.columns.some((column) => this.columnsByName.get(column.name) === void 0)) return false;
    if (this.options.referenceRows !== void 0 || this.options.rememberRows !== void 0) return false;
    if (part.rowLog === void 0 || part.rowLog.size !== part.rows) return false;
    if (!this.duplicateRows.append(part.rowLog, lineOffset)) return false;
    for (const column of part.columns) this.columnsByName.get(column.name).absorb(column, lineOffset);
    this.row += part.rows;
    this.rowsInFile += part.rows;
    this.ragged.count += part.ragged.count;
    for (const example of part.ragged.examples) {
      if (this.ragged.examples.length < MAX_ROW_EXAMPLES) {
        this.ragged.examples.push({ line: example.line + lineOffset, fields: example.fields });
      }
    }
    return true;
  }
  finish() {
    this.changeBatch(void 0);
    this.flushRows();
    return {
      format: PROFILE_FORMAT,
      version: PROFILE_VERSION,
      createdAt: (/* @__PURE__ */ new Date()).toISOString(),
      sources: this.sources,
      rows: this.row,
      columns: this.ordered.map((accumulator) => accumulator.toProfile()),
      duplicateColumns: [...this.duplicateColumns],
      raggedRows: this.ragged,
      duplicateRows: this.duplicateRows.result(),
      leakedRows: this.leaked,
      headerWidth: this.headerWidth
    };
  }
};
function classifyToken(text) {
  const first = text.charCodeAt(0) | 32;
  if (text.length <= 9 && (first === 110 || first === 105 || first === 43 || first === 45)) {
    const nonFinite = CASE_INSENSITIVE_NON_FINITE.get(text.toLowerCase());
    if (nonFinite !== void 0) return nonFinite;
  }
  if (text.length === 4 && first === 116 || text.length === 5 && first === 102) {
    const lower = text.toLowerCase();
    if (lower === "true" || lower === "false") return lower === "true";
  }
  const code = text.charCodeAt(0);
  const numeralStart = code >= 48 && code <= 57 || code === 45 || code === 43 || code === 46 || code === 32;
  if (numeralStart && text.trim() !== "") {
    const numeral = Number(text);
    if (!Number.isNaN(numeral) && DECIMAL_NUMERAL.test(text)) return numeral;
  }
  return void 0;
}
function canonicalHash(text, stringHash) {
  const token = classifyToken(text);
  if (token === void 0) return stringHash;
  if (typeof token === "boolean") return token ? TRUE_HASH : FALSE_HASH;
  return hashNumber(token);
}
function decodeUtf8(bytes, start, end) {
  return Buffer.isBuffer(bytes) ? bytes.toString("utf8", start, end) : Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8");
}
function parseNumber(bytes, start, end) {
  let position = start;
  let negative = false;
  let byte = bytes[position];
  if (byte === 45 || byte === 43) {
    negative = byte === 45;
    position++;
    if (position === end) return Number.NaN;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  while (position < end) {
    byte = bytes[position];
    const digit = byte - 48;
    if (digit < 0 || digit > 9) break;
    mantissa = mantissa * 10 + digit;
    digits++;
    position++;
  }
  if (position < end && bytes[position] === 46) {
    position++;
    while (position < end) {
      byte = bytes[position];
      const digit = byte - 48;
      if (digit < 0 || digit > 9) break;
      mantissa = mantissa * 10 + digit;
      digits++;
      scale--;
      position++;
    }
  }
  if (digits === 0) return Number.NaN;
  if (position < end) {
    byte = bytes[position];
    if (byte !== 101 && byte !== 69) return Number.NaN;
    return slowParse(bytes, start, end);
  }
  if (digits > 15 || scale < -22) return slowParse(bytes, start, end);
  const magnitude = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[-scale];
  return negative ? -magnitude : magnitude;
}
function slowParse(bytes, start, end) {
  let text = "";
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return Number.NaN;
  return Number(text);
}

export {
  RowFingerprints,
  DuplicateRows,
  PROFILE_FORMAT,
  PROFILE_VERSION,
  MAX_TRACKED_VALUES,
  MAX_EXACT_VALUES,
  MAX_SMALL_DOMAIN,
  Profiler,
  parseNumber
};
