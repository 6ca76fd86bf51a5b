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
export const SKETCH_RELATIVE_ACCURACY = 0.01;

const GAMMA_MANTISSA = (2 * SKETCH_RELATIVE_ACCURACY) / (1 - SKETCH_RELATIVE_ACCURACY);
const GAMMA = 1 + GAMMA_MANTISSA;
/** Keys per octave: key(v) = ceil(log2(v) · MULTIPLIER), as sketches-js' LogarithmicMapping computes it. */
const MULTIPLIER = (1 / Math.log1p(GAMMA_MANTISSA)) * Math.log(2);
/** Magnitudes at or below this count as zero (sketches-js' minPossible). */
const MIN_INDEXABLE = 2 ** -1023 * GAMMA;
const BUCKET_VALUE_FACTOR = 2 / (1 + GAMMA);
/** Keys span about ±36,000 (2^±1075); addMany tags negative values' keys with this offset, zeros with ZERO_KEY. */
const NEGATIVE_KEYS = 1 << 20;
const ZERO_KEY = 1 << 30;

/** The key of a magnitude above MIN_INDEXABLE, exactly as sketches-js computes it. */
export function sketchKey(magnitude: number): number {
  return Math.ceil(Math.log2(magnitude) * MULTIPLIER);
}

/**
 * log2(1 + i/1024) · MULTIPLIER: with the exponent bits, a table look-up and a linear interpolation place a
 * value within 6e-6 of its exact key position (the chord's error is at most h²/8 · 1/ln 2 · MULTIPLIER with
 * h = 1/1024). Only positions that close to a bucket boundary need Math.log2 to decide: ceil of either agrees
 * everywhere else, so fastSketchKey equals sketchKey for every value, without a call out to log2.
 */
const LOG_TABLE_SIZE = 1024;
const LOG_TABLE = Float64Array.from(
  { length: LOG_TABLE_SIZE + 1 },
  (_, i) => Math.log2(1 + i / LOG_TABLE_SIZE) * MULTIPLIER,
);
/** 2^-(exponent) by biased exponent: scales a normal value into [1, 2) exactly. */
const INVERSE_POWERS = Float64Array.from({ length: 2048 }, (_, biased) => 2 ** (1023 - biased));
const KEY_MARGIN = 1e-5;
const floatView = new Float64Array(1);
const floatWords = new Uint32Array(floatView.buffer);
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

export function fastSketchKey(magnitude: number): number {
  floatView[0] = magnitude;
  const biased = floatWords[HIGH_WORD]! >>> 20;
  if (biased === 0 || biased >= 0x7ff) return sketchKey(magnitude);
  const scaled = (magnitude * INVERSE_POWERS[biased]! - 1) * LOG_TABLE_SIZE;
  const index = scaled | 0;
  const low = LOG_TABLE[index]!;
  const position = (biased - 1023) * MULTIPLIER + low + (scaled - index) * (LOG_TABLE[index + 1]! - low);
  const key = Math.ceil(position);
  const gap = key - position;
  return gap > KEY_MARGIN && gap < 1 - KEY_MARGIN ? key : sketchKey(magnitude);
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

/** Counts of the keys minKey..maxKey, in a Float64Array (counts of merged profiles may pass 2^31). */
class DenseStore {
  bins = new Float64Array(0);
  /** Key of bins[0]. */
  offset = 0;
  minKey = Number.POSITIVE_INFINITY;
  maxKey = Number.NEGATIVE_INFINITY;
  count = 0;

  increment(key: number): void {
    let index = key - this.offset;
    if (index < 0 || index >= this.bins.length) {
      this.grow(key);
      index = key - this.offset;
    }
    this.bins[index]!++;
    if (key < this.minKey) this.minKey = key;
    if (key > this.maxKey) this.maxKey = key;
    this.count++;
  }

  add(key: number, weight: number): void {
    const index = key - this.offset;
    if (index < 0 || index >= this.bins.length) {
      this.grow(key);
      this.bins[key - this.offset]! += weight;
    } else this.bins[index]! += weight;
    if (key < this.minKey) this.minKey = key;
    if (key > this.maxKey) this.maxKey = key;
    this.count += weight;
  }

  private grow(key: number): void {
    const low = Math.min(key, this.minKey);
    const high = Math.max(key, this.maxKey);
    // Room on both sides, so a column whose values spread out does not reallocate at every new key.
    const span = high - low + 1;
    const length = Math.max(64, span * 2);
    const offset = low - Math.floor((length - span) / 2);
    const bins = new Float64Array(length);
    if (this.count > 0) {
      bins.set(this.bins.subarray(this.minKey - this.offset, this.maxKey - this.offset + 1), this.minKey - offset);
    }
    this.bins = bins;
    this.offset = offset;
  }

  merge(other: DenseStore): void {
    if (other.count === 0) return;
    for (let key = other.minKey; key <= other.maxKey; key++) {
      const count = other.bins[key - other.offset]!;
      if (count > 0) this.add(key, count);
    }
  }

  /** sketches-js' keyAtRank: the first key whose running count passes `rank`. */
  keyAtRank(rank: number, lower: boolean): number {
    let running = 0;
    for (let key = this.minKey; key <= this.maxKey; key++) {
      running += this.bins[key - this.offset]!;
      if (lower ? running > rank : running >= rank + 1) return key;
    }
    return this.maxKey;
  }

  entries(): Array<[number, number]> {
    const entries: Array<[number, number]> = [];
    for (let key = this.minKey; key <= this.maxKey; key++) {
      const count = this.bins[key - this.offset]!;
      if (count > 0) entries.push([key, count]);
    }
    return entries;
  }

  toJSON(): SerializedStore {
    if (this.count === 0) return { offset: 0, counts: [] };
    const counts: number[] = [];
    for (let key = this.minKey; key <= this.maxKey; key++) counts.push(this.bins[key - this.offset]!);
    return { offset: this.minKey, counts };
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
  private zeroCount = 0;
  count = 0;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;
  private sum = 0;

  add(value: number): void {
    if (value > MIN_INDEXABLE) this.positive.add(sketchKey(value), 1);
    else if (value < -MIN_INDEXABLE) this.negative.add(sketchKey(-value), 1);
    else this.zeroCount++;
    this.count++;
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
    // Keys first, in a loop without branches into the stores, so the processor overlaps the values' key
    // computations; then the counts. Negative values' keys are offset past any positive key.
    if (this.keys.length < length) this.keys = new Int32Array(length);
    const keys = this.keys;
    for (let i = 0; i < length; i++) {
      const value = values[i]!;
      keys[i] =
        value > MIN_INDEXABLE
          ? fastSketchKey(value)
          : value < -MIN_INDEXABLE
            ? fastSketchKey(-value) + NEGATIVE_KEYS
            : ZERO_KEY;
    }
    let zeros = 0;
    const positive = this.positive;
    const negative = this.negative;
    for (let i = 0; i < length; i++) {
      const key = keys[i]!;
      if (key < NEGATIVE_KEYS / 2) positive.increment(key);
      else if (key === ZERO_KEY) zeros++;
      else negative.increment(key - NEGATIVE_KEYS);
    }
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
    for (let i = 0; i < HLL_REGISTERS; i++) {
      if (other.registers[i]! > this.registers[i]!) this.registers[i] = other.registers[i]!;
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
