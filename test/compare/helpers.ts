import { mulberry32 } from '../../src/core/random.js';

/** Standard normal draws from a seeded uniform generator (Box-Muller). */
export function gaussian(random: () => number): () => number {
  return () => {
    const u = 1 - random();
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export interface BinaryScenario {
  labels: Int32Array;
  baseline: Float64Array;
  /** Same latent scores as the baseline plus small noise: a retrained model of the same quality. */
  equal: Float64Array;
  /** Weaker separation: clearly worse. */
  worse: Float64Array;
  /** Stronger separation: clearly better. */
  better: Float64Array;
  /** Alternating 'a' / 'b' per row. */
  plan: string[];
}

/** Binary probabilities (n × 2) whose quality is set by the separation of a latent score. */
export function binaryScenario(n: number, seed: number): BinaryScenario {
  const random = mulberry32(seed);
  const normal = gaussian(random);
  const labels = new Int32Array(n);
  const noise = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    labels[i] = random() < 0.4 ? 1 : 0;
    noise[i] = normal();
  }
  const make = (strength: number, jitter: number) => {
    const out = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) {
      const score = (labels[i] === 1 ? 1 : -1) * strength + noise[i]! + jitter * normal();
      const p = sigmoid(score);
      out[i * 2] = 1 - p;
      out[i * 2 + 1] = p;
    }
    return out;
  };
  return {
    labels,
    baseline: make(1.2, 0),
    equal: make(1.2, 0.25),
    worse: make(0.6, 0),
    better: make(2.4, 0),
    plan: Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'a' : 'b')),
  };
}

/** Two-class probabilities from P(class 1). */
export function binaryProbabilities(p1: readonly number[]): Float64Array {
  const out = new Float64Array(p1.length * 2);
  p1.forEach((p, i) => {
    out[i * 2] = 1 - p;
    out[i * 2 + 1] = p;
  });
  return out;
}
