/**
 * Seeded percentile-bootstrap confidence intervals.
 *
 * A resample is an Int32Array of row indices drawn with replacement; the statistic reads the rows through it
 * (every metric in ./metrics.ts takes `indices`), so no column is copied. One index buffer is reused for all
 * resamples: a statistic must not keep a reference to it.
 *
 * Same (n, seed, samples) ⇒ same resamples, on every platform: the generator is integer-only.
 */

export interface BootstrapOptions {
  /** Number of resamples (≥ 1; 1,000 – 10,000 is usual). */
  samples: number;
  /** Any integer; only its low 32 bits are used. */
  seed: number;
  /** Two-sided coverage in (0, 1), e.g. 0.95. */
  confidence: number;
}

export interface BootstrapInterval {
  low: number;
  high: number;
  /** Resamples drawn. */
  samples: number;
  /** Resamples where the statistic was defined (not null, finite); the interval uses only these. */
  validSamples: number;
  confidence: number;
  method: 'percentile';
}

export interface UndefinedInterval {
  low: null;
  high: null;
  reason: string;
}

export type BootstrapResult = BootstrapInterval | UndefinedInterval;

/** A statistic of the rows selected by `indices` (repeats allowed); null where it is undefined. */
export type Statistic = (indices: Int32Array) => number | null;

/**
 * xoshiro128** 1.1 (David Blackman and Sebastiano Vigna, 2018, public domain,
 * https://prng.di.unimi.it/xoshiro128starstar.c). The authors advise filling the state from a SplitMix
 * generator so that nearby seeds give unrelated streams and the state is never all zero; we use the 32-bit
 * SplitMix variant (golden-ratio increment 0x9e3779b9, MurmurHash3 fmix32 finaliser).
 */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let x = seed >>> 0;
    const splitMix32 = (): number => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = splitMix32();
    this.s1 = splitMix32();
    this.s2 = splitMix32();
    this.s3 = splitMix32();
  }

  /** Next 32-bit output as an unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform integer in [0, bound), bound ≤ 2^32, without modulo bias (rejects the incomplete top block). */
  nextBelow(bound: number): number {
    const limit = 4294967296 - (4294967296 % bound);
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % bound;
    }
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

function validate(n: number, options: BootstrapOptions, name: string): void {
  if (!Number.isInteger(n) || n < 0 || n > 2147483647)
    throw new RangeError(`${name}: n must be an integer ≥ 0, got ${n}`);
  if (!Number.isInteger(options.samples) || options.samples < 1) {
    throw new RangeError(`${name}: samples must be a positive integer, got ${options.samples}`);
  }
  if (!Number.isInteger(options.seed)) throw new RangeError(`${name}: seed must be an integer, got ${options.seed}`);
  if (!(options.confidence > 0 && options.confidence < 1)) {
    throw new RangeError(`${name}: confidence must be in (0, 1), e.g. 0.95, got ${options.confidence}`);
  }
}

/** numpy's default `np.quantile(x, q)` (method='linear', Hyndman & Fan type 7) of ascending `sorted`. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const fraction = position - lower;
  const a = sorted[lower]!;
  const b = sorted[upper]!;
  return fraction === 0 ? a : a + (b - a) * fraction;
}

function resampleAll(
  n: number,
  options: BootstrapOptions,
  evaluate: (indices: Int32Array) => number | null,
): {
  values: Float64Array;
  valid: number;
} {
  const rng = new Xoshiro128(options.seed);
  const indices = new Int32Array(n);
  const values = new Float64Array(options.samples);
  let valid = 0;
  for (let s = 0; s < options.samples; s++) {
    for (let i = 0; i < n; i++) indices[i] = rng.nextBelow(n);
    const v = evaluate(indices);
    if (v !== null && Number.isFinite(v)) values[valid++] = v;
  }
  return { values: values.subarray(0, valid), valid };
}

function percentileInterval(
  values: Float64Array,
  valid: number,
  options: BootstrapOptions,
  what: string,
): BootstrapResult {
  if (valid === 0) {
    return { low: null, high: null, reason: `${what} was undefined in all ${options.samples} resamples` };
  }
  values.sort();
  const alpha = (1 - options.confidence) / 2;
  return {
    low: quantileSorted(values, alpha),
    high: quantileSorted(values, 1 - alpha),
    samples: options.samples,
    validSamples: valid,
    confidence: options.confidence,
    method: 'percentile',
  };
}

/**
 * Percentile bootstrap interval of `statistic` over n rows: `samples` resamples of n indices drawn
 * uniformly with replacement, the statistic evaluated on each, and the (1 − c)/2 and (1 + c)/2 quantiles
 * (numpy's linear interpolation) of the defined values. Resamples where the statistic is null or
 * non-finite (e.g. ROC-AUC of a resample that drew one class only) are left out and counted: `validSamples`
 * says how many remain, and the caller decides whether that is enough.
 */
export function bootstrapInterval(n: number, statistic: Statistic, options: BootstrapOptions): BootstrapResult {
  validate(n, options, 'bootstrapInterval');
  if (n === 0) return { low: null, high: null, reason: 'no rows to resample' };
  const { values, valid } = resampleAll(n, options, statistic);
  return percentileInterval(values, valid, options, 'the statistic');
}

/**
 * Percentile interval of statisticA − statisticB with both evaluated on the SAME resampled indices (a
 * paired bootstrap: two models scored on the same evaluation rows), so the row-to-row correlation between
 * them cancels. A resample counts only when both are defined. For a non-inferiority test of candidate A
 * against baseline B with margin δ (higher is better), A passes when `low > −δ`.
 */
export function pairedBootstrapDifference(
  n: number,
  statisticA: Statistic,
  statisticB: Statistic,
  options: BootstrapOptions,
): BootstrapResult {
  validate(n, options, 'pairedBootstrapDifference');
  if (n === 0) return { low: null, high: null, reason: 'no rows to resample' };
  const { values, valid } = resampleAll(n, options, (indices) => {
    const a = statisticA(indices);
    if (a === null) return null;
    const b = statisticB(indices);
    return b === null ? null : a - b;
  });
  return percentileInterval(values, valid, options, 'the difference of the statistics');
}
