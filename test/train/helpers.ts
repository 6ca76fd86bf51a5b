import { writeFile } from 'node:fs/promises';
import { mulberry32 } from '../../src/core/random.js';
import type { TrainRequest } from '../../src/train/run.js';

export const seeded = mulberry32;

/** A standard normal draw (Box-Muller) from a uniform generator. */
export function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export type Row = Record<string, string | number | null>;

/** Rows as CSV text; null is an empty field. */
export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((name) => (row[name] === null ? '' : String(row[name]))).join(','));
  return `${lines.join('\n')}\n`;
}

/** Rows as JSON Lines; null stays null. */
export function toJsonl(columns: readonly string[], rows: readonly Row[]): string {
  return `${rows.map((row) => JSON.stringify(Object.fromEntries(columns.map((name) => [name, row[name] ?? null])))).join('\n')}\n`;
}

export async function writeCsv(file: string, columns: readonly string[], rows: readonly Row[]): Promise<string> {
  await writeFile(file, toCsv(columns, rows));
  return file;
}

export const PLANS = ['basic', 'standard', 'premium'] as const;

/**
 * A churn-like binary data set with signal: two numeric features (one with missing values), one categorical
 * feature (with missing values), label `churned` in {0, 1} driven by all three.
 */
export function binaryRows(count: number, seed: number): Row[] {
  const random = seeded(seed);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const age = Math.round(20 + 50 * random());
    const charges = Number((20 + 100 * random()).toFixed(2));
    const plan = PLANS[Math.floor(random() * 3)] as string;
    const logit = 0.08 * (age - 45) + 0.04 * (charges - 70) + (plan === 'premium' ? 1.5 : plan === 'basic' ? -1.5 : 0);
    const churned = random() < 1 / (1 + Math.exp(-3 * logit)) ? 1 : 0;
    rows.push({
      age,
      charges: i % 17 === 5 ? null : charges,
      plan: i % 23 === 7 ? null : plan,
      churned,
    });
  }
  return rows;
}
export const BINARY_COLUMNS = ['age', 'charges', 'plan', 'churned'];

/** Three well-separated classes from two numeric features and a categorical one. */
export function multiclassRows(count: number, seed: number): Row[] {
  const random = seeded(seed);
  const species = ['setosa', 'versicolor', 'virginica'];
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const k = i % 3;
    rows.push({
      x1: Number((k * 3 + normal(random) * 0.5).toFixed(3)),
      x2: Number((-k * 2 + normal(random) * 0.5).toFixed(3)),
      colour: ['red', 'green', 'blue'][random() < 0.8 ? k : Math.floor(random() * 3)] as string,
      species: species[k] as string,
    });
  }
  return rows;
}
export const MULTICLASS_COLUMNS = ['x1', 'x2', 'colour', 'species'];

/** y = 3·a − 2·b + 50, in units far from 0 and 1, with a little noise. */
export function regressionRows(count: number, seed: number, noise = 0.05): Row[] {
  const random = seeded(seed);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const a = Number((random() * 10).toFixed(3));
    const b = Number((random() * 10).toFixed(3));
    rows.push({ a, b, y: Number((3 * a - 2 * b + 50 + normal(random) * noise).toFixed(4)) });
  }
  return rows;
}
export const REGRESSION_COLUMNS = ['a', 'b', 'y'];

/** A complete built-in training request with small, fast defaults; tests override what they exercise. */
export function trainRequest(overrides: Partial<TrainRequest> & Pick<TrainRequest, 'data' | 'label' | 'output'>): {
  request: TrainRequest;
  lines: string[];
} {
  const lines: string[] = [];
  const request: TrainRequest = {
    name: 'test-model',
    seed: 7,
    epochs: 8,
    params: {},
    backend: 'cpu',
    requireGpu: false,
    timeoutMinutes: 5,
    format: 'auto',
    features: [],
    exclude: [],
    log: (line) => lines.push(line),
    ...overrides,
  };
  return { request, lines };
}
