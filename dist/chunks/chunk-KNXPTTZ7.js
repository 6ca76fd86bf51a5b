import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);

// src/validate/sketches.ts
var SKETCH_RELATIVE_ACCURACY = 0.01;
var GAMMA_MANTISSA = 2 * SKETCH_RELATIVE_ACCURACY / (1 - SKETCH_RELATIVE_ACCURACY);
var GAMMA = 1 + GAMMA_MANTISSA;
var MULTIPLIER = 1 / Math.log1p(GAMMA_MANTISSA) * Math.log(2);
var MIN_INDEXABLE = 2 ** -1023 * GAMMA;
var BUCKET_VALUE_FACTOR = 2 / (1 + GAMMA);
var NEGATIVE_KEYS = 1 << 20;
var ZERO_KEY = 1 << 30;
function sketchKey(magnitude) {
  return Math.ceil(Math.log2(magnitude) * MULTIPLIER);
}
var LOG_TABLE_SIZE = 1024;
var LOG_TABLE = Float64Array.from(
  { length: LOG_TABLE_SIZE + 1 },
  (_, i) => Math.log2(1 + i / LOG_TABLE_SIZE) * MULTIPLIER
);
var INVERSE_POWERS = Float64Array.from({ length: 2048 }, (_, biased) => 2 ** (1023 - biased));
var KEY_MARGIN = 1e-5;
var floatView = new Float64Array(1);
var floatWords = new Uint32Array(floatView.buffer);
var HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
function fastSketchKey(magnitude) {
  floatView[0] = magnitude;
  const biased = floatWords[HIGH_WORD] >>> 20;
  if (biased === 0 || biased >= 2047) return sketchKey(magnitude);
  const scaled = (magnitude * INVERSE_POWERS[biased] - 1) * LOG_TABLE_SIZE;
  const index = scaled | 0;
  const low = LOG_TABLE[index];
  const position = (biased - 1023) * MULTIPLIER + low + (scaled - index) * (LOG_TABLE[index + 1] - low);
  const key = Math.ceil(position);
  const gap = key - position;
  return gap > KEY_MARGIN && gap < 1 - KEY_MARGIN ? key : sketchKey(magnitude);
}
function bucketValue(key) {
  return 2 ** (key / MULTIPLIER) * BUCKET_VALUE_FACTOR;
}
var DenseStore = class _DenseStore {
  bins = new Float64Array(0);
  /** Key of bins[0]. */
  offset = 0;
  minKey = Number.POSITIVE_INFINITY;
  maxKey = Number.NEGATIVE_INFINITY;
  count = 0;
  increment(key) {
    let index = key - this.offset;
    if (index < 0 || index >= this.bins.length) {
      this.grow(key);
      index = key - this.offset;
    }
    this.bins[index]++;
    if (key < this.minKey) this.minKey = key;
    if (key > this.maxKey) this.maxKey = key;
    this.count++;
  }
  add(key, weight) {
    const index = key - this.offset;
    if (index < 0 || index >= this.bins.length) {
      this.grow(key);
      this.bins[key - this.offset] += weight;
    } else this.bins[index] += weight;
    if (key < this.minKey) this.minKey = key;
    if (key > this.maxKey) this.maxKey = key;
    this.count += weight;
  }
  grow(key) {
    const low = Math.min(key, this.minKey);
    const high = Math.max(key, this.maxKey);
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
  merge(other) {
    if (other.count === 0) return;
    for (let key = other.minKey; key <= other.maxKey; key++) {
      const count = other.bins[key - other.offset];
      if (count > 0) this.add(key, count);
    }
  }
  /** sketches-js' keyAtRank: the first key whose running count passes `rank`. */
  keyAtRank(rank, lower) {
    let running = 0;
    for (let key = this.minKey; key <= this.maxKey; key++) {
      running += this.bins[key - this.offset];
      if (lower ? running > rank : running >= rank + 1) return key;
    }
    return this.maxKey;
  }
  entries() {
    const entries = [];
    for (let key = this.minKey; key <= this.maxKey; key++) {
      const count = this.bins[key - this.offset];
      if (count > 0) entries.push([key, count]);
    }
    return entries;
  }
  toJSON() {
    if (this.count === 0) return { offset: 0, counts: [] };
    const counts = [];
    for (let key = this.minKey; key <= this.maxKey; key++) counts.push(this.bins[key - this.offset]);
    return { offset: this.minKey, counts };
  }
  static fromJSON(data) {
    const store = new _DenseStore();
    data.counts.forEach((count, index) => {
      if (count > 0) store.add(data.offset + index, count);
    });
    return store;
  }
};
var QuantileSketch = class _QuantileSketch {
  positive = new DenseStore();
  negative = new DenseStore();
  zeroCount = 0;
  count = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  sum = 0;
  add(value) {
    if (value > MIN_INDEXABLE) this.positive.add(sketchKey(value), 1);
    else if (value < -MIN_INDEXABLE) this.negative.add(sketchKey(-value), 1);
    else this.zeroCount++;
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }
  /** Adds `weight` occurrences of `value` (a small domain's counts; min, max and sum are the caller's, as in addMany). */
  addWeighted(value, weight) {
    if (value > MIN_INDEXABLE) this.positive.add(sketchKey(value), weight);
    else if (value < -MIN_INDEXABLE) this.negative.add(sketchKey(-value), weight);
    else this.zeroCount += weight;
    this.count += weight;
  }
  /** Adds `length` values of `values`: the profiler's batched path (min, max and sum are its own). */
  addMany(values, length) {
    if (this.keys.length < length) this.keys = new Int32Array(length);
    const keys = this.keys;
    for (let i = 0; i < length; i++) {
      const value = values[i];
      keys[i] = value > MIN_INDEXABLE ? fastSketchKey(value) : value < -MIN_INDEXABLE ? fastSketchKey(-value) + NEGATIVE_KEYS : ZERO_KEY;
    }
    let zeros = 0;
    const positive = this.positive;
    const negative = this.negative;
    for (let i = 0; i < length; i++) {
      const key = keys[i];
      if (key < NEGATIVE_KEYS / 2) positive.increment(key);
      else if (key === ZERO_KEY) zeros++;
      else negative.increment(key - NEGATIVE_KEYS);
    }
    this.zeroCount += zeros;
    this.count += length;
  }
  keys = new Int32Array(0);
  /** sketches-js' getValueAtQuantile. */
  quantile(q) {
    if (q < 0 || q > 1 || this.count === 0) return Number.NaN;
    const rank = q * (this.count - 1);
    if (rank < this.negative.count) {
      return -bucketValue(this.negative.keyAtRank(this.negative.count - rank - 1, false));
    }
    if (rank < this.zeroCount + this.negative.count) return 0;
    return bucketValue(this.positive.keyAtRank(rank - this.zeroCount - this.negative.count, true));
  }
  merge(other) {
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
  buckets() {
    const values = [];
    const weights = [];
    const negative = this.negative.entries();
    for (let i = negative.length - 1; i >= 0; i--) {
      const [key, count] = negative[i];
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
  toJSON() {
    return {
      relativeAccuracy: SKETCH_RELATIVE_ACCURACY,
      zeroCount: this.zeroCount,
      positive: this.positive.toJSON(),
      negative: this.negative.toJSON()
    };
  }
  static fromJSON(data, min, max, sum) {
    if (data.relativeAccuracy !== SKETCH_RELATIVE_ACCURACY) {
      throw new RangeError(
        `profile sketch has relative accuracy ${data.relativeAccuracy}, this version uses ${SKETCH_RELATIVE_ACCURACY}`
      );
    }
    const restored = new _QuantileSketch();
    restored.positive = DenseStore.fromJSON(data.positive);
    restored.negative = DenseStore.fromJSON(data.negative);
    restored.zeroCount = data.zeroCount;
    restored.count = data.zeroCount + restored.positive.count + restored.negative.count;
    restored.min = min;
    restored.max = max;
    restored.sum = sum;
    return restored;
  }
};
var HLL_BITS = 12;
var HLL_REGISTERS = 1 << HLL_BITS;
var DistinctSketch = class _DistinctSketch {
  registers = new Uint8Array(HLL_REGISTERS);
  addHash(hash) {
    const index = hash >>> 32 - HLL_BITS;
    const rank = Math.clz32(hash << HLL_BITS | 1 << HLL_BITS - 1) + 1;
    if (rank > this.registers[index]) this.registers[index] = rank;
  }
  estimate() {
    let harmonic = 0;
    let zeros = 0;
    for (let i = 0; i < HLL_REGISTERS; i++) {
      const register = this.registers[i];
      harmonic += 2 ** -register;
      if (register === 0) zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / HLL_REGISTERS);
    const raw = alpha * HLL_REGISTERS * HLL_REGISTERS / harmonic;
    if (raw <= 2.5 * HLL_REGISTERS && zeros > 0) return Math.round(HLL_REGISTERS * Math.log(HLL_REGISTERS / zeros));
    return Math.round(raw);
  }
  merge(other) {
    for (let i = 0; i < HLL_REGISTERS; i++) {
      if (other.registers[i] > this.registers[i]) this.registers[i] = other.registers[i];
    }
  }
  toJSON() {
    return Buffer.from(this.registers).toString("base64");
  }
  static fromJSON(encoded) {
    const sketch = new _DistinctSketch();
    const bytes = Buffer.from(encoded, "base64");
    if (bytes.length !== HLL_REGISTERS) throw new RangeError("profile distinct-count sketch has the wrong size");
    sketch.registers.set(bytes);
    return sketch;
  }
};
var doubleView = new Float64Array(1);
var wordView = new Int32Array(doubleView.buffer);
function mix32(value) {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h | 0;
}
function hashNumber(value) {
  doubleView[0] = value + 0;
  return mix32(wordView[0] ^ mix32(wordView[1] ^ 2654435769));
}
function hashString(value) {
  let h = 2166136261;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return mix32(h ^ 668265263);
}

export {
  QuantileSketch,
  DistinctSketch,
  mix32,
  hashNumber,
  hashString
};
