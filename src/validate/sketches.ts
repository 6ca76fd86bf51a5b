import sketches from '@datadog/sketches-js';

/**
 * Mergeable summaries. DDSketch buckets are fixed by the value alone (log-spaced, 1% relative accuracy), so
 * the sketch of two shards merged is bucket-for-bucket the sketch of the whole: quantiles of merged profiles
 * equal those of the whole file exactly, within the sketch's documented 1% relative error of the true value.
 */
const { DDSketch } = sketches;
type Sketch = InstanceType<typeof DDSketch>;

export const SKETCH_RELATIVE_ACCURACY = 0.01;

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

export class QuantileSketch {
  private readonly sketch: Sketch = new DDSketch({ relativeAccuracy: SKETCH_RELATIVE_ACCURACY });

  add(value: number): void {
    this.sketch.accept(value);
  }

  get count(): number {
    return this.sketch.count;
  }

  quantile(q: number): number {
    return this.sketch.getValueAtQuantile(q);
  }

  /**
   * Store by store: the library's own merge (sketches-js 2.1.1) skips the negative-value store, which
   * silently loses every negative value of the merged-in sketch.
   */
  merge(other: QuantileSketch): void {
    const target = this.sketch;
    const source = other.sketch;
    if (source.count === 0) return;
    target.store.merge(source.store);
    target.negativeStore.merge(source.negativeStore);
    target.zeroCount += source.zeroCount;
    target.count += source.count;
    target.sum += source.sum;
    target.min = Math.min(target.min, source.min);
    target.max = Math.max(target.max, source.max);
  }

  /** Bucket representatives with their counts, ascending: the sketch as a discrete distribution. */
  buckets(): { values: number[]; weights: number[] } {
    const values: number[] = [];
    const weights: number[] = [];
    const { mapping, negativeStore, store, zeroCount } = this.sketch;
    const negative = storeEntries(negativeStore);
    for (let i = negative.length - 1; i >= 0; i--) {
      const [key, count] = negative[i]!;
      values.push(-mapping.value(key));
      weights.push(count);
    }
    if (zeroCount > 0) {
      values.push(0);
      weights.push(zeroCount);
    }
    for (const [key, count] of storeEntries(store)) {
      values.push(mapping.value(key));
      weights.push(count);
    }
    return { values, weights };
  }

  toJSON(): SerializedSketch {
    const { negativeStore, store, zeroCount } = this.sketch;
    return {
      relativeAccuracy: SKETCH_RELATIVE_ACCURACY,
      zeroCount,
      positive: serializeStore(store),
      negative: serializeStore(negativeStore),
    };
  }

  static fromJSON(data: SerializedSketch, min: number, max: number, sum: number): QuantileSketch {
    if (data.relativeAccuracy !== SKETCH_RELATIVE_ACCURACY) {
      throw new RangeError(
        `profile sketch has relative accuracy ${data.relativeAccuracy}, this version uses ${SKETCH_RELATIVE_ACCURACY}`,
      );
    }
    const restored = new QuantileSketch();
    const target = restored.sketch;
    addStore(target.store, data.positive);
    addStore(target.negativeStore, data.negative);
    target.zeroCount = data.zeroCount;
    target.count = data.zeroCount + sumCounts(data.positive) + sumCounts(data.negative);
    // The summary fields are not part of the buckets; restoring them keeps quantile(0)/quantile(1) exact.
    target.min = min;
    target.max = max;
    target.sum = sum;
    return restored;
  }
}

type Store = Sketch['store'];

function storeEntries(store: Store): Array<[number, number]> {
  const entries: Array<[number, number]> = [];
  if (store.count === 0) return entries;
  for (let key = store.minKey; key <= store.maxKey; key++) {
    const count = store.bins[key - store.offset] ?? 0;
    if (count > 0) entries.push([key, count]);
  }
  return entries;
}

function serializeStore(store: Store): SerializedStore {
  if (store.count === 0) return { offset: 0, counts: [] };
  const counts: number[] = [];
  for (let key = store.minKey; key <= store.maxKey; key++) counts.push(store.bins[key - store.offset] ?? 0);
  return { offset: store.minKey, counts };
}

function addStore(store: Store, data: SerializedStore): void {
  data.counts.forEach((count, index) => {
    if (count > 0) store.add(data.offset + index, count);
  });
}

function sumCounts(data: SerializedStore): number {
  return data.counts.reduce((total, count) => total + count, 0);
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

/** murmur3's finaliser: cheap and well mixed, enough for HyperLogLog and row fingerprints. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hashNumber(value: number): number {
  doubleView[0] = value === 0 ? 0 : value; // -0 and 0 are the same value
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
