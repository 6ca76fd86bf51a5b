import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  WASM_PAGE_BYTES,
  instantiateEmbedded
} from "./chunk-IX446UGZ.js";

// src/generated/sketch-keys-wasm.generated.ts
var SKETCH_KEYS_WASM = "AGFzbQEAAAABDgNgAXwAYAABf2ABfwF/AwYFAAEBAQIFAwEAAQYcBH8BQQALfwFBAAt/AUEAC3wBRAAAAAAAAAAACwc8BgZtZW1vcnkCAA9zZXRNaW5JbmRleGFibGUAAARiYWNrAAEFemVyb3MAAgd1bmtub3duAAMEa2V5cwAECv8BBQYAIAAkAwsEACMACwQAIwELBAAjAgvmAQMFfwJ8BX8gAEEBayEDAkADQCABIABPDQEgAUEDdCsDACEGIAaZIQcgBr1CIIinIQhBgMAAIAhBFHZB/w9xQQJ0aigCACEJIAlFBEAgByMDZARAQYAwIAVBAnRqIAE2AgAgBUEBaiEFBSAEQQFqIQQLIAFBAWohAQwBCyAJIAhBDHZB/wFxQQR0aiEKIAorAwCqIAcgCisDCGZqIQsgCEEfdiEMQYAgIAIgDCADIAJrbGpBAnRqIAs2AgAgAkEBIAxraiECIAMgDGshAyABQQFqIQEMAAsLIAMkACAEJAEgBSQCIAIL";

// src/validate/sketches.ts
var SKETCH_RELATIVE_ACCURACY = 0.01;
var GAMMA_MANTISSA = 2 * SKETCH_RELATIVE_ACCURACY / (1 - SKETCH_RELATIVE_ACCURACY);
var GAMMA = 1 + GAMMA_MANTISSA;
var MULTIPLIER = 1 / Math.log1p(GAMMA_MANTISSA) * Math.log(2);
var MIN_INDEXABLE = 2 ** -1023 * GAMMA;
var BUCKET_VALUE_FACTOR = 2 / (1 + GAMMA);
function sketchKey(magnitude) {
  return Math.ceil(Math.log2(magnitude) * MULTIPLIER);
}
var CELL_BITS = 8;
var CELLS = 1 << CELL_BITS;
var KEY_TABLES = new Array(2048).fill(void 0);
var floatView = new Float64Array(1);
var floatWords = new Uint32Array(floatView.buffer);
var HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
function valueOfWords(high, low) {
  floatWords[HIGH_WORD] = high;
  floatWords[1 - HIGH_WORD] = low;
  return floatView[0];
}
function keyTable(biased) {
  const table = new Float64Array(CELLS * 2);
  const cellShift = 20 - CELL_BITS;
  for (let cell = 0; cell < CELLS; cell++) {
    const first = valueOfWords(biased << 20 | cell << cellShift, 0);
    const last = valueOfWords(biased << 20 | cell << cellShift | (1 << cellShift) - 1, 4294967295);
    const key = sketchKey(first);
    table[cell * 2] = key;
    if (sketchKey(last) === key) {
      table[cell * 2 + 1] = Number.POSITIVE_INFINITY;
      continue;
    }
    let below = first;
    let above = last;
    for (; ; ) {
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
var KERNEL_BATCH = 512;
var KERNEL_KEYS_AT = 4096;
var KERNEL_UNKNOWN_AT = 6144;
var KERNEL_DIRECTORY_AT = 8192;
var KERNEL_TABLES_AT = 16384;
var KERNEL_TABLE_BYTES = CELLS * 16;
var KeyKernel = class {
  constructor(exports) {
    this.exports = exports;
    this.exports.setMinIndexable(MIN_INDEXABLE);
    this.reserve(KERNEL_TABLES_AT);
    KEY_TABLES.forEach((table, biased) => {
      if (table !== void 0) this.copy(biased, table);
    });
  }
  exports;
  values = new Float64Array(0);
  keys = new Int32Array(0);
  unknown = new Int32Array(0);
  directory = new Int32Array(0);
  tablesEnd = KERNEL_TABLES_AT;
  /** Copies in the table of `value`'s exponent, if JavaScript has built one that the kernel lacks. */
  adopt(value) {
    floatView[0] = value;
    const biased = floatWords[HIGH_WORD] >>> 20 & 2047;
    const table = KEY_TABLES[biased];
    if (table !== void 0 && this.directory[biased] === 0) this.copy(biased, table);
  }
  copy(biased, table) {
    const at = this.tablesEnd;
    this.reserve(at + KERNEL_TABLE_BYTES);
    new Float64Array(this.exports.memory.buffer, at, CELLS * 2).set(table);
    this.directory[biased] = at;
    this.tablesEnd = at + KERNEL_TABLE_BYTES;
  }
  reserve(end) {
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
};
var kernel;
function keyKernel() {
  if (kernel === void 0) {
    const exports = instantiateEmbedded(SKETCH_KEYS_WASM, [
      "setMinIndexable",
      "keys",
      "back",
      "zeros",
      "unknown"
    ]);
    kernel = exports === void 0 ? null : new KeyKernel(exports);
  }
  return kernel;
}
function tableKey(table, high, magnitude) {
  const at = (high >>> 20 - CELL_BITS & CELLS - 1) * 2;
  return magnitude >= table[at + 1] ? table[at] + 1 : table[at];
}
function fastSketchKey(magnitude) {
  floatView[0] = magnitude;
  const high = floatWords[HIGH_WORD];
  const biased = high >>> 20;
  if (biased === 0 || biased >= 2047) return sketchKey(magnitude);
  return tableKey(KEY_TABLES[biased] ?? keyTable(biased), high, magnitude);
}
function bucketValue(key) {
  return 2 ** (key / MULTIPLIER) * BUCKET_VALUE_FACTOR;
}
var DenseStore = class _DenseStore {
  bins = new Float64Array(0);
  /** Key of bins[0]. */
  offset = 0;
  count = Number.NaN;
  constructor() {
    this.count = 0;
  }
  add(key, weight) {
    this.cover(key);
    this.bins[key - this.offset] += weight;
    this.count += weight;
  }
  /** Counts one of each of keys[from..to). */
  countKeys(keys, from, to) {
    let bins = this.bins;
    let offset = this.offset;
    for (let i = from; i < to; i++) {
      const key = keys[i];
      if (key - offset >>> 0 >= bins.length) {
        this.cover(key);
        bins = this.bins;
        offset = this.offset;
      }
      bins[key - offset]++;
    }
    this.count += to - from;
  }
  /** Makes the bins reach `key`, keeping every count. */
  cover(key) {
    if (key - this.offset >>> 0 < this.bins.length) return;
    const range = this.range();
    const low = Math.min(key, range?.[0] ?? key);
    const high = Math.max(key, range?.[1] ?? key);
    const span = high - low + 1;
    const length = Math.max(64, span * 2);
    const offset = low - Math.floor((length - span) / 2);
    const bins = new Float64Array(length);
    if (range !== void 0) {
      bins.set(this.bins.subarray(range[0] - this.offset, range[1] - this.offset + 1), range[0] - offset);
    }
    this.bins = bins;
    this.offset = offset;
  }
  /** The lowest and highest keys with a count; undefined when there are none. */
  range() {
    const bins = this.bins;
    let first = 0;
    while (first < bins.length && bins[first] === 0) first++;
    if (first === bins.length) return void 0;
    let last = bins.length - 1;
    while (bins[last] === 0) last--;
    return [first + this.offset, last + this.offset];
  }
  merge(other) {
    const range = other.range();
    if (range === void 0) return;
    for (let key = range[0]; key <= range[1]; key++) {
      const count = other.bins[key - other.offset];
      if (count > 0) this.add(key, count);
    }
  }
  /** sketches-js' keyAtRank: the first key whose running count passes `rank`. */
  keyAtRank(rank, lower) {
    const [low, high] = this.range() ?? [0, -1];
    let running = 0;
    for (let key = low; key <= high; key++) {
      running += this.bins[key - this.offset];
      if (lower ? running > rank : running >= rank + 1) return key;
    }
    return high;
  }
  entries() {
    const entries = [];
    const [low, high] = this.range() ?? [0, -1];
    for (let key = low; key <= high; key++) {
      const count = this.bins[key - this.offset];
      if (count > 0) entries.push([key, count]);
    }
    return entries;
  }
  toJSON() {
    const range = this.range();
    if (range === void 0) return { offset: 0, counts: [] };
    const counts = [];
    for (let key = range[0]; key <= range[1]; key++) counts.push(this.bins[key - this.offset]);
    return { offset: range[0], counts };
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
  zeroCount = Number.NaN;
  count = Number.NaN;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  sum = Number.NaN;
  constructor() {
    this.zeroCount = 0;
    this.count = 0;
    this.sum = 0;
  }
  add(value) {
    this.addWeighted(value, 1);
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
    const kernel2 = keyKernel();
    if (kernel2 === null) {
      this.addManyHere(values, length);
      return;
    }
    for (let from = 0; from < length; from += KERNEL_BATCH) {
      const count = Math.min(KERNEL_BATCH, length - from);
      kernel2.values.set(values.subarray(from, from + count));
      const front = kernel2.exports.keys(count);
      this.positive.countKeys(kernel2.keys, 0, front);
      this.negative.countKeys(kernel2.keys, kernel2.exports.back() + 1, count);
      this.zeroCount += kernel2.exports.zeros();
      const unknown = kernel2.exports.unknown();
      for (let u = 0; u < unknown; u++) {
        const value = values[from + kernel2.unknown[u]];
        (value > 0 ? this.positive : this.negative).add(fastSketchKey(Math.abs(value)), 1);
        kernel2.adopt(value);
      }
    }
    this.count += length;
  }
  /** addMany without the kernel: the same table keys, looked up here. */
  addManyHere(values, length) {
    if (this.keys.length < length) this.keys = new Int32Array(length);
    const keys = this.keys;
    let front = 0;
    let back = length - 1;
    let zeros = 0;
    for (let i = 0; i < length; i++) {
      const value = values[i];
      floatView[0] = value;
      const high = floatWords[HIGH_WORD];
      const table = KEY_TABLES[high >>> 20 & 2047];
      const magnitude = Math.abs(value);
      let key;
      if (table !== void 0) key = tableKey(table, high, magnitude);
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
    this.mergeRegisters(other.registers);
  }
  /** Merges registers of the same layout (empty ones, of a column a batch never had, change nothing). */
  mergeRegisters(other) {
    if (other.length === 0) return;
    if (other.length !== HLL_REGISTERS) throw new RangeError("distinct-count registers of another layout");
    const registers = this.registers;
    for (let i = 0; i < HLL_REGISTERS; i++) {
      if (other[i] > registers[i]) registers[i] = other[i];
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
