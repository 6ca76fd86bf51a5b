/**
 * Mergeable summaries. DDSketch buckets are fixed by the value alone (log-spaced, 1% relative accuracy), so
 * the sketch of two shards merged is bucket-for-bucket the sketch of the whole: quantiles of merged profiles
 * equal those of the whole file exactly, within the sketch's documented 1% relative error of the true value.
 *
 * The sketch is DDSketch's logarithmic mapping and dense stores, written here instead of used from
 * @datadog/sketches-js: the same keys, bucket values and quantile ranks (so profiles written before read and
 * merge the same), but adding a value is one log2 and one typed-array increment instead of a chain of
 * polymorphic calls into growable JavaScript arrays, and it is the profiler's hottest call.
 */
import { instantiateEmbedded, WASM_PAGE_BYTES, type WasmMemory } from '../core/wasm.js';
import { SKETCH_KEYS_WASM } from '../generated/sketch-keys-wasm.generated.js';

export const SKETCH_RELATIVE_ACCURACY = 0.01;

const GAMMA_MANTISSA = (2 * SKETCH_RELATIVE_ACCURACY) / (1 - SKETCH_RELATIVE_ACCURACY);
const GAMMA = 1 + GAMMA_MANTISSA;
/** Keys per octave: key(v) = ceil(log2(v) · MULTIPLIER), as sketches-js' LogarithmicMapping computes it. */
const MULTIPLIER = (1 / Math.log1p(GAMMA_MANTISSA)) * Math.log(2);
/** Magnitudes at or below this count as zero (sketches-js' minPossible). */
const MIN_INDEXABLE = 2 ** -1023 * GAMMA;
const BUCKET_VALUE_FACTOR = 2 / (1 + GAMMA);

/** The key of a magnitude above MIN_INDEXABLE, exactly as sketches-js computes it. */
export function sketchKey(magnitude: number): number {
  return Math.ceil(Math.log2(magnitude) * MULTIPLIER);
}

/**
 * Keys by table. Within one binary exponent, a cell of 1/256 of the octave is narrower than a bucket (about
 * 1/35 of an octave), so it holds at most one bucket boundary: the cell's first key, and the smallest value in
 * the cell with the next key (found once by bisection with sketchKey itself), give the key of every value in
 * it with a compare. fastSketchKey therefore equals sketchKey for every value, without a logarithm; an
 * exponent's table is built when a value first needs it.
 */
const CELL_BITS = 8;
const CELLS = 1 << CELL_BITS;
/** By biased exponent: [first key, next key's smallest value] per cell (Infinity when the cell has one key). */
const KEY_TABLES: Array<Float64Array | undefined> = new Array(2048).fill(undefined);
const floatView = new Float64Array(1);
const floatWords = new Uint32Array(floatView.buffer);
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

function valueOfWords(high: number, low: number): number {
  floatWords[HIGH_WORD] = high;
  floatWords[1 - HIGH_WORD] = low;
  return floatView[0]!;
}

function keyTable(biased: number): Float64Array {
  const table = new Float64Array(CELLS * 2);
  const cellShift = 20 - CELL_BITS;
  for (let cell = 0; cell < CELLS; cell++) {
    const first = valueOfWords((biased << 20) | (cell << cellShift), 0);
    const last = valueOfWords((biased << 20) | (cell << cellShift) | ((1 << cellShift) - 1), 0xffffffff);
    const key = sketchKey(first);
    table[cell * 2] = key;
    if (sketchKey(last) === key) {
      table[cell * 2 + 1] = Number.POSITIVE_INFINITY;
      continue;
    }
    // Smallest value with the next key: the values of one exponent are evenly spaced, so halving is exact.
    let below = first;
    let above = last;
    for (;;) {
      const middle = below + (above - below) / 2;
      if (middle === below || middle === above) break;
      if (sketchKey(middle) > key) above = middle;
      else below = middle;
    }
    table[cell * 2 + 1] = above;
  }
  KEY_TABLES[biased] = table;
  return table;
}

/** What the key kernel exports (src/validate/sketch-keys.wat, which describes its memory). */
interface KeyKernelExports {
  memory: WasmMemory;
  setMinIndexable(value: number): void;
  keys(count: number): number;
  back(): number;
  zeros(): number;
  unknown(): number;
}

/** Values keyed per kernel call. */
const KERNEL_BATCH = 512;
const KERNEL_KEYS_AT = 4096;
const KERNEL_UNKNOWN_AT = 6144;
const KERNEL_DIRECTORY_AT = 8192;
const KERNEL_TABLES_AT = 16384;
const KERNEL_TABLE_BYTES = CELLS * 16;

/**
 * Sketch keys by table in WebAssembly, about three times the speed of the same table look-up in JavaScript: the
 * tables are KEY_TABLES' own, copied in as they are built, so the keys are fastSketchKey's (and sketchKey's).
 * One per thread; the views are remade whenever its memory grows.
 */
class KeyKernel {
  values = new Float64Array(0);
  keys = new Int32Array(0);
  unknown = new Int32Array(0);
  private directory = new Int32Array(0);
  private tablesEnd = KERNEL_TABLES_AT;

  constructor(readonly exports: KeyKernelExports) {
    this.exports.setMinIndexable(MIN_INDEXABLE);
    this.reserve(KERNEL_TABLES_AT);
    KEY_TABLES.forEach((table, biased) => {
      if (table !== undefined) this.copy(biased, table);
    });
  }

  /** Copies in the table of `value`'s exponent, if JavaScript has built one that the kernel lacks. */
  adopt(value: number): void {
    floatView[0] = value;
    const biased = (floatWords[HIGH_WORD]! >>> 20) & 0x7ff;
    const table = KEY_TABLES[biased];
    if (table !== undefined && this.directory[biased] === 0) this.copy(biased, table);
  }

  private copy(biased: number, table: Float64Array): void {
    const at = this.tablesEnd;
    this.reserve(at + KERNEL_TABLE_BYTES);
    new Float64Array(this.exports.memory.buffer, at, CELLS * 2).set(table);
    this.directory[biased] = at;
    this.tablesEnd = at + KERNEL_TABLE_BYTES;
  }

  private reserve(end: number): void {
    const memory = this.exports.memory;
    if (memory.buffer.byteLength < end) {
      memory.grow(Math.ceil((end - memory.buffer.byteLength) / WASM_PAGE_BYTES));
    }
    if (this.values.byteLength > 0 && this.values.buffer === memory.buffer) return;
    this.values = new Float64Array(memory.buffer, 0, KERNEL_BATCH);
    this.keys = new Int32Array(memory.buffer, KERNEL_KEYS_AT, KERNEL_BATCH);
    this.unknown = new Int32Array(memory.buffer, KERNEL_UNKNOWN_AT, KERNEL_BATCH);
    this.directory = new Int32Array(memory.buffer, KERNEL_DIRECTORY_AT, 2048);
  }
}

/** The thread's kernel; null where WebAssembly cannot run (see EMBEDDED_WASM_USABLE). */
let kernel: KeyKernel | null | undefined;

function keyKernel(): KeyKernel | null {
  if (kernel === undefined) {
    const exports = instantiateEmbedded<KeyKernelExports>(SKETCH_KEYS_WASM, [
      'setMinIndexable',
      'keys',
      'back',
      'zeros',
      'unknown',
    ]);
    kernel = exports === undefined ? null : new KeyKernel(exports);
  }
  return kernel;
}

/** The key of `magnitude`, whose high word is `high`, from its exponent's table. */
function tableKey(table: Float64Array, high: number, magnitude: number): number {
  const at = ((high >>> (20 - CELL_BITS)) & (CELLS - 1)) * 2;
  return magnitude >= table[at + 1]! ? table[at]! + 1 : table[at]!;
}

export function fastSketchKey(magnitude: number): number {
  floatView[0] = magnitude;
  const high = floatWords[HIGH_WORD]!;
  const biased = high >>> 20;
  if (biased === 0 || biased >= 0x7ff) return sketchKey(magnitude);
  return tableKey(KEY_TABLES[biased] ?? keyTable(biased), high, magnitude);
}

function bucketValue(key: number): number {
  return 2 ** (key / MULTIPLIER) * BUCKET_VALUE_FACTOR;
}

export interface SerializedStore {
  /** Key of counts[0]. */
  offset: number;
  counts: number[];
}

export interface SerializedSketch {
  relativeAccuracy: number;
  zeroCount: number;
  positive: SerializedStore;
  negative: SerializedStore;
}

/**
 * Counts by key in a Float64Array (counts of merged profiles may pass 2^31). The lowest and highest counted
 * keys are found from the bins when asked (rarely), not tracked per value: QuantileSketch.addMany counts into
 * the bins directly.
 */
class DenseStore {
  bins = new Float64Array(0);
  /** Key of bins[0]. */
  offset = 0;
  count = Number.NaN;

  constructor() {
    // Made a double field by its first value, so adding a double count later does not change the object's hidden
    // class (see ColumnAccumulator's constructor in profile.ts for what that change cost).
    this.count = 0;
  }

  add(key: number, weight: number): void {
    this.cover(key);
    this.bins[key - this.offset]! += weight;
    this.count += weight;
  }

  /** Counts one of each of keys[from..to). */
  countKeys(keys: Int32Array, from: number, to: number): void {
    let bins = this.bins;
    let offset = this.offset;
    for (let i = from; i < to; i++) {
      const key = keys[i]!;
      if ((key - offset) >>> 0 >= bins.length) {
        this.cover(key);
        bins = this.bins;
        offset = this.offset;
      }
      bins[key - offset]!++;
    }
    this.count += to - from;
  }

  /** Makes the bins reach `key`, keeping every count. */
  private cover(key: number): void {
    if ((key - this.offset) >>> 0 < this.bins.length) return;
    const range = this.range();
    const low = Math.min(key, range?.[0] ?? key);
    const high = Math.max(key, range?.[1] ?? key);
    // Room on both sides, so a column whose values spread out does not reallocate at every new key.
    const span = high - low + 1;
    const length = Math.max(64, span * 2);
    const offset = low - Math.floor((length - span) / 2);
    const bins = new Float64Array(length);
    if (range !== undefined) {
      bins.set(this.bins.subarray(range[0] - this.offset, range[1] - this.offset + 1), range[0] - offset);
    }
    this.bins = bins;
    this.offset = offset;
  }

  /** The lowest and highest keys with a count; undefined when there are none. */
  private range(): [low: number, high: number] | undefined {
    const bins = this.bins;
    let first = 0;
    while (first < bins.length && bins[first] === 0) first++;
    if (first === bins.length) return undefined;
    let last = bins.length - 1;
    while (bins[last] === 0) last--;
    return [first + this.offset, last + this.offset];
  }

  merge(other: DenseStore): void {
    const range = other.range();
    if (range === undefined) return;
    for (let key = range[0]; key <= range[1]; key++) {
      const count = other.bins[key - other.offset]!;
      if (count > 0) this.add(key, count);
    }
  }

  /** sketches-js' keyAtRank: the first key whose running count passes `rank`. */
  keyAtRank(rank: number, lower: boolean): number {
    const [low, high] = this.range() ?? [0, -1];
    let running = 0;
    for (let key = low; key <= high; key++) {
      running += this.bins[key - this.offset]!;
      if (lower ? running > rank : running >= rank + 1) return key;
    }
    return high;
  }

  entries(): Array<[number, number]> {
    const entries: Array<[number, number]> = [];
    const [low, high] = this.range() ?? [0, -1];
    for (let key = low; key <= high; key++) {
      const count = this.bins[key - this.offset]!;
      if (count > 0) entries.push([key, count]);
    }
    return entries;
  }

  toJSON(): SerializedStore {
    const range = this.range();
    if (range === undefined) return { offset: 0, counts: [] };
    const counts: number[] = [];
    for (let key = range[0]; key <= range[1]; key++) counts.push(this.bins[key - this.offset]!);
    return { offset: range[0], counts };
  }

  static fromJSON(data: SerializedStore): DenseStore {
    const store = new DenseStore();
    data.counts.forEach((count, index) => {
      if (count > 0) store.add(data.offset + index, count);
    });
    return store;
  }
}

export class QuantileSketch {
  private positive = new DenseStore();
  private negative = new DenseStore();
  private zeroCount = Number.NaN;
  count = Number.NaN;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;
  private sum = Number.NaN;

  constructor() {
    // Double fields from their first values (see DenseStore's constructor).
    this.zeroCount = 0;
    this.count = 0;
    this.sum = 0;
  }

  add(value: number): void {
    this.addWeighted(value, 1);
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  /** Adds `weight` occurrences of `value` (a small domain's counts; min, max and sum are the caller's, as in addMany). */
  addWeighted(value: number, weight: number): void {
    if (value > MIN_INDEXABLE) this.positive.add(sketchKey(value), weight);
    else if (value < -MIN_INDEXABLE) this.negative.add(sketchKey(-value), weight);
    else this.zeroCount += weight;
    this.count += weight;
  }

  /** Adds `length` values of `values`: the profiler's batched path (min, max and sum are its own). */
  addMany(values: Float64Array, length: number): void {
    // The keys come from the WebAssembly kernel (positive values' from the front of its keys, negative values'
    // from the back: no mispredicted branch per value in a column of mixed signs); each store then counts its
    // end, a typed-array increment per key. Values whose exponent has no table there are keyed here.
    const kernel = keyKernel();
    if (kernel === null) {
      this.addManyHere(values, length);
      return;
    }
    for (let from = 0; from < length; from += KERNEL_BATCH) {
      const count = Math.min(KERNEL_BATCH, length - from);
      kernel.values.set(values.subarray(from, from + count));
      const front = kernel.exports.keys(count);
      this.positive.countKeys(kernel.keys, 0, front);
      this.negative.countKeys(kernel.keys, kernel.exports.back() + 1, count);
      this.zeroCount += kernel.exports.zeros();
      const unknown = kernel.exports.unknown();
      for (let u = 0; u < unknown; u++) {
        const value = values[from + kernel.unknown[u]!]!;
        (value > 0 ? this.positive : this.negative).add(fastSketchKey(Math.abs(value)), 1);
        kernel.adopt(value);
      }
    }
    this.count += length;
  }

  /** addMany without the kernel: the same table keys, looked up here. */
  private addManyHere(values: Float64Array, length: number): void {
    if (this.keys.length < length) this.keys = new Int32Array(length);
    const keys = this.keys;
    let front = 0;
    let back = length - 1;
    let zeros = 0;
    for (let i = 0; i < length; i++) {
      const value = values[i]!;
      floatView[0] = value;
      const high = floatWords[HIGH_WORD]!;
      const table = KEY_TABLES[(high >>> 20) & 0x7ff];
      const magnitude = Math.abs(value);
      let key: number;
      if (table !== undefined) key = tableKey(table, high, magnitude);
      else if (magnitude > MIN_INDEXABLE) key = fastSketchKey(magnitude);
      else {
        zeros++;
        continue;
      }
      const negative = high >>> 31;
      keys[front + negative * (back - front)] = key;
      front += 1 - negative;
      back -= negative;
    }
    this.positive.countKeys(keys, 0, front);
    this.negative.countKeys(keys, back + 1, length);
    this.zeroCount += zeros;
    this.count += length;
  }

  private keys = new Int32Array(0);

  /** sketches-js' getValueAtQuantile. */
  quantile(q: number): number {
    if (q < 0 || q > 1 || this.count === 0) return Number.NaN;
    const rank = q * (this.count - 1);
    if (rank < this.negative.count) {
      return -bucketValue(this.negative.keyAtRank(this.negative.count - rank - 1, false));
    }
    if (rank < this.zeroCount + this.negative.count) return 0;
    return bucketValue(this.positive.keyAtRank(rank - this.zeroCount - this.negative.count, true));
  }

  merge(other: QuantileSketch): void {
    if (other.count === 0) return;
    this.positive.merge(other.positive);
    this.negative.merge(other.negative);
    this.zeroCount += other.zeroCount;
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  /** Bucket representatives with their counts, ascending: the sketch as a discrete distribution. */
  buckets(): { values: number[]; weights: number[] } {
    const values: number[] = [];
    const weights: number[] = [];
    const negative = this.negative.entries();
    for (let i = negative.length - 1; i >= 0; i--) {
      const [key, count] = negative[i]!;
      values.push(-bucketValue(key));
      weights.push(count);
    }
    if (this.zeroCount > 0) {
      values.push(0);
      weights.push(this.zeroCount);
    }
    for (const [key, count] of this.positive.entries()) {
      values.push(bucketValue(key));
      weights.push(count);
    }
    return { values, weights };
  }

  toJSON(): SerializedSketch {
    return {
      relativeAccuracy: SKETCH_RELATIVE_ACCURACY,
      zeroCount: this.zeroCount,
      positive: this.positive.toJSON(),
      negative: this.negative.toJSON(),
    };
  }

  static fromJSON(data: SerializedSketch, min: number, max: number, sum: number): QuantileSketch {
    if (data.relativeAccuracy !== SKETCH_RELATIVE_ACCURACY) {
      throw new RangeError(
        `profile sketch has relative accuracy ${data.relativeAccuracy}, this version uses ${SKETCH_RELATIVE_ACCURACY}`,
      );
    }
    const restored = new QuantileSketch();
    restored.positive = DenseStore.fromJSON(data.positive);
    restored.negative = DenseStore.fromJSON(data.negative);
    restored.zeroCount = data.zeroCount;
    restored.count = data.zeroCount + restored.positive.count + restored.negative.count;
    // The summary fields are not part of the buckets; restoring them keeps quantile(0)/quantile(1) exact.
    restored.min = min;
    restored.max = max;
    restored.sum = sum;
    return restored;
  }
}

/**
 * HyperLogLog with 4,096 registers (standard error 1.04/√4096 ≈ 1.6%), merged by register-wise max.
 * Written here because it is 40 lines and the maintained npm implementations do not serialise or merge.
 */
const HLL_BITS = 12;
const HLL_REGISTERS = 1 << HLL_BITS;

export class DistinctSketch {
  readonly registers = new Uint8Array(HLL_REGISTERS);

  addHash(hash: number): void {
    const index = hash >>> (32 - HLL_BITS);
    const rank = Math.clz32((hash << HLL_BITS) | (1 << (HLL_BITS - 1))) + 1;
    if (rank > this.registers[index]!) this.registers[index] = rank;
  }

  estimate(): number {
    let harmonic = 0;
    let zeros = 0;
    for (let i = 0; i < HLL_REGISTERS; i++) {
      const register = this.registers[i]!;
      harmonic += 2 ** -register;
      if (register === 0) zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / HLL_REGISTERS);
    const raw = (alpha * HLL_REGISTERS * HLL_REGISTERS) / harmonic;
    // Small cardinalities: linear counting is far more accurate than the raw estimate.
    if (raw <= 2.5 * HLL_REGISTERS && zeros > 0) return Math.round(HLL_REGISTERS * Math.log(HLL_REGISTERS / zeros));
    return Math.round(raw);
  }

  merge(other: DistinctSketch): void {
    this.mergeRegisters(other.registers);
  }

  /** Merges registers of the same layout (empty ones, of a column a batch never had, change nothing). */
  mergeRegisters(other: Uint8Array): void {
    if (other.length === 0) return;
    if (other.length !== HLL_REGISTERS) throw new RangeError('distinct-count registers of another layout');
    const registers = this.registers;
    for (let i = 0; i < HLL_REGISTERS; i++) {
      if (other[i]! > registers[i]!) registers[i] = other[i]!;
    }
  }

  toJSON(): string {
    return Buffer.from(this.registers).toString('base64');
  }

  static fromJSON(encoded: string): DistinctSketch {
    const sketch = new DistinctSketch();
    const bytes = Buffer.from(encoded, 'base64');
    if (bytes.length !== HLL_REGISTERS) throw new RangeError('profile distinct-count sketch has the wrong size');
    sketch.registers.set(bytes);
    return sketch;
  }
}

const doubleView = new Float64Array(1);
const wordView = new Int32Array(doubleView.buffer);

/**
 * murmur3's finaliser: cheap and well mixed, enough for HyperLogLog and row fingerprints. The 32 bits come back
 * as a signed int32: V8 keeps those unboxed, where an unsigned value past 2^31 becomes a heap number every time
 * it crosses a call, hundreds of megabytes of garbage over a large file.
 */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

export function hashNumber(value: number): number {
  doubleView[0] = value + 0; // -0 and 0 are the same value, and -0 + 0 is 0
  return mix32(wordView[0]! ^ mix32(wordView[1]! ^ 0x9e3779b9));
}

export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h ^ 0x27d4eb2f);
}
