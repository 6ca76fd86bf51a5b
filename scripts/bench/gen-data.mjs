#!/usr/bin/env node
/**
 * Deterministic benchmark data generator (seeded PRNG, streaming, bounded memory).
 *
 * Writes a 20-column CSV: 12 floats (f0..f11), 4 integers (i0..i3), 4 categoricals (c0..c3 with 5, 50, 200 and
 * 1000 levels, Zipf-skewed frequencies; c0 has no missing cells and can serve as a label), ~2% empty cells overall.
 * Optionally also writes a drifted copy: an independent sample of the same schema with shifted means/scales on some
 * floats and a changed category mix on some categoricals (see DRIFTED below).
 *
 * Each CSV gets a `<file>.manifest.json`; a file whose manifest matches the requested parameters (and whose size
 * matches) is not regenerated.
 *
 * CLI: node scripts/bench/gen-data.mjs [--rows 1000000] [--out bench-data] [--seed 42] [--no-drift] [--force]
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Bump when the output for given parameters changes, so stale files get regenerated. */
export const GENERATOR_VERSION = 1;
const MISSING_RATE = 0.021; // on the 19 columns other than c0 → ≈2.0% of all cells
const CHUNK_ROWS = 4096;

/**
 * sfc32 PRNG seeded through splitmix32; returns uniforms in (0, 1).
 * @param {number} seed
 * @returns {() => number}
 */
export function makeRng(seed) {
  let s = seed >>> 0;
  const next32 = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = next32();
  let b = next32();
  let c = next32();
  let d = next32();
  const rng = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return ((t >>> 0) + 0.5) / 4294967296;
  };
  for (let i = 0; i < 16; i++) rng();
  return rng;
}

/**
 * @param {() => number} rng
 * @returns {() => number} standard normal sampler (Box–Muller, caches the second value)
 */
function makeNormal(rng) {
  let spare = Number.NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const v = spare;
      spare = Number.NaN;
      return v;
    }
    const r = Math.sqrt(-2 * Math.log(rng()));
    const theta = 2 * Math.PI * rng();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}

/**
 * @typedef {{ kind: 'normal', mean: number, sd: number }
 *   | { kind: 'lognormal', mu: number, sigma: number }
 *   | { kind: 'uniform', lo: number, hi: number }
 *   | { kind: 'exponential', mean: number }
 *   | { kind: 'bimodal', m1: number, m2: number, sd: number, p: number }} FloatDist
 * @typedef {{ name: string, type: 'float', dist: FloatDist, decimals: number }
 *   | { name: string, type: 'int', dist: { kind: 'uniform', lo: number, hi: number } | { kind: 'geometric', mean: number } | { kind: 'bernoulli', p: number } }
 *   | { name: string, type: 'cat', levels: number, prefix: string, zipf: number, rotate: number }} ColumnSpec
 */

/** @type {ColumnSpec[]} */
export const BASE = [
  { name: 'f0', type: 'float', dist: { kind: 'normal', mean: 0, sd: 1 }, decimals: 6 },
  { name: 'f1', type: 'float', dist: { kind: 'normal', mean: 100, sd: 15 }, decimals: 5 },
  { name: 'f2', type: 'float', dist: { kind: 'normal', mean: -50, sd: 200 }, decimals: 4 },
  { name: 'f3', type: 'float', dist: { kind: 'lognormal', mu: 0, sigma: 1 }, decimals: 6 },
  { name: 'f4', type: 'float', dist: { kind: 'lognormal', mu: 3, sigma: 0.5 }, decimals: 5 },
  { name: 'f5', type: 'float', dist: { kind: 'lognormal', mu: 8, sigma: 1.2 }, decimals: 3 },
  { name: 'f6', type: 'float', dist: { kind: 'uniform', lo: 0, hi: 1 }, decimals: 6 },
  { name: 'f7', type: 'float', dist: { kind: 'uniform', lo: -1000, hi: 1000 }, decimals: 4 },
  { name: 'f8', type: 'float', dist: { kind: 'uniform', lo: 0, hi: 100 }, decimals: 5 },
  { name: 'f9', type: 'float', dist: { kind: 'exponential', mean: 2.5 }, decimals: 6 },
  { name: 'f10', type: 'float', dist: { kind: 'bimodal', m1: -3, m2: 4, sd: 1, p: 0.35 }, decimals: 6 },
  { name: 'f11', type: 'float', dist: { kind: 'normal', mean: 10000, sd: 2000 }, decimals: 3 },
  { name: 'i0', type: 'int', dist: { kind: 'uniform', lo: 18, hi: 90 } },
  { name: 'i1', type: 'int', dist: { kind: 'geometric', mean: 3 } },
  { name: 'i2', type: 'int', dist: { kind: 'uniform', lo: 0, hi: 9999999 } },
  { name: 'i3', type: 'int', dist: { kind: 'bernoulli', p: 0.3 } },
  { name: 'c0', type: 'cat', levels: 5, prefix: 'class_', zipf: 0.8, rotate: 0 },
  { name: 'c1', type: 'cat', levels: 50, prefix: 'state_', zipf: 1.0, rotate: 0 },
  { name: 'c2', type: 'cat', levels: 200, prefix: 'mcc_', zipf: 1.1, rotate: 0 },
  { name: 'c3', type: 'cat', levels: 1000, prefix: 'item_', zipf: 1.2, rotate: 0 },
];

/** Columns changed in the drifted copy (everything else keeps the reference distribution). */
const DRIFT_OVERRIDES = {
  f0: { kind: 'normal', mean: 0.25, sd: 1 }, // mean shift
  f3: { kind: 'lognormal', mu: 0.1, sigma: 1.3 }, // scale change
  f7: { kind: 'uniform', lo: -900, hi: 1100 }, // location shift
  f11: { kind: 'normal', mean: 10000, sd: 3000 }, // variance change
  i0: { kind: 'uniform', lo: 25, hi: 95 },
  c1: { zipf: 0.6 }, // flatter mix
  c3: { rotate: 7 }, // most frequent levels change identity
};

/** @type {ColumnSpec[]} */
export const DRIFTED = BASE.map((col) => {
  const o = /** @type {Record<string, object>} */ (DRIFT_OVERRIDES)[col.name];
  if (!o) return col;
  return col.type === 'cat' ? { ...col, ...o } : { ...col, dist: o };
});

/**
 * @param {ColumnSpec} col
 * @param {() => number} rng
 * @param {() => number} normal
 * @returns {() => string}
 */
function makeColumnSampler(col, rng, normal) {
  if (col.type === 'cat') {
    const cum = new Float64Array(col.levels);
    let total = 0;
    for (let k = 0; k < col.levels; k++) {
      const rank = (k + col.rotate) % col.levels;
      total += 1 / (rank + 1) ** col.zipf;
      cum[k] = total;
    }
    const names = Array.from({ length: col.levels }, (_, k) => `${col.prefix}${k}`);
    return () => {
      const u = rng() * total;
      let lo = 0;
      let hi = col.levels - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cum[mid] < u) lo = mid + 1;
        else hi = mid;
      }
      return names[lo];
    };
  }
  if (col.type === 'int') {
    const d = col.dist;
    if (d.kind === 'uniform') return () => String(d.lo + Math.floor(rng() * (d.hi - d.lo + 1)));
    if (d.kind === 'bernoulli') return () => (rng() < d.p ? '1' : '0');
    const q = Math.log(1 - 1 / (d.mean + 1));
    return () => String(Math.floor(Math.log(rng()) / q));
  }
  const d = col.dist;
  const dec = col.decimals;
  /** @type {() => number} */
  let draw;
  switch (d.kind) {
    case 'normal':
      draw = () => d.mean + d.sd * normal();
      break;
    case 'lognormal':
      draw = () => Math.exp(d.mu + d.sigma * normal());
      break;
    case 'uniform':
      draw = () => d.lo + (d.hi - d.lo) * rng();
      break;
    case 'exponential':
      draw = () => -d.mean * Math.log(rng());
      break;
    case 'bimodal':
      draw = () => (rng() < d.p ? d.m1 : d.m2) + d.sd * normal();
      break;
    default:
      throw new Error(`unknown distribution ${JSON.stringify(d)}`);
  }
  return () => draw().toFixed(dec);
}

/**
 * Streams `rows` rows of `columns` to `file` (via a temporary file, renamed when complete).
 * @param {string} file
 * @param {{ rows: number, seed: number, columns: ColumnSpec[] }} p
 */
async function writeCsv(file, { rows, seed, columns }) {
  const rng = makeRng(seed);
  const missRng = makeRng(seed ^ 0x5bd1e995);
  const normal = makeNormal(rng);
  const samplers = columns.map((c) => makeColumnSampler(c, rng, normal));
  const nullable = columns.map((c) => c.name !== 'c0');
  const tmp = `${file}.tmp-${process.pid}`;
  const out = createWriteStream(tmp, { highWaterMark: 1 << 20 });
  out.write(`${columns.map((c) => c.name).join(',')}\n`);
  const ncol = columns.length;
  const fields = new Array(ncol);
  for (let start = 0; start < rows; start += CHUNK_ROWS) {
    const end = Math.min(rows, start + CHUNK_ROWS);
    const lines = new Array(end - start);
    for (let r = start; r < end; r++) {
      for (let j = 0; j < ncol; j++) {
        // Always draw the value so the missing mask does not shift the value stream.
        const v = samplers[j]();
        fields[j] = nullable[j] && missRng() < MISSING_RATE ? '' : v;
      }
      lines[r - start] = fields.join(',');
    }
    if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
  await rename(tmp, file);
}

/**
 * @param {string} file
 * @param {object} params
 * @returns {Promise<boolean>} whether `file` exists and was made with exactly `params`
 */
async function isUpToDate(file, params) {
  try {
    const manifest = JSON.parse(await readFile(`${file}.manifest.json`, 'utf8'));
    const st = await stat(file);
    return JSON.stringify(manifest.params) === JSON.stringify(params) && manifest.bytes === st.size;
  } catch {
    return false;
  }
}

/**
 * @typedef {{ reference: string, drifted: string | null, rows: number, bytes: { reference: number, drifted: number | null }, generated: string[] }} Dataset
 */

/**
 * Makes sure `<dir>/ref-<rows>.csv` (and, unless `drift` is false, `<dir>/drift-<rows>.csv`) exist for these
 * parameters, generating what is missing or stale.
 * @param {{ rows?: number, dir?: string, seed?: number, drift?: boolean, force?: boolean, log?: (msg: string) => void }} [opts]
 * @returns {Promise<Dataset>}
 */
export async function ensureDataset(opts = {}) {
  const { rows = 1_000_000, dir = 'bench-data', seed = 42, drift = true, force = false, log = () => {} } = opts;
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows must be a positive integer, got ${rows}`);
  await mkdir(dir, { recursive: true });
  /** @type {Array<{ role: 'reference' | 'drifted', file: string, params: object, columns: ColumnSpec[], seed: number }>} */
  const jobs = [{ role: 'reference', file: path.join(dir, `ref-${rows}.csv`), columns: BASE, seed, params: {} }];
  if (drift) {
    // Independent sample (different seed), so undrifted columns differ only by sampling noise.
    jobs.push({
      role: 'drifted',
      file: path.join(dir, `drift-${rows}.csv`),
      columns: DRIFTED,
      seed: seed + 1,
      params: {},
    });
  }
  /** @type {Dataset} */
  const result = { reference: '', drifted: null, rows, bytes: { reference: 0, drifted: null }, generated: [] };
  for (const job of jobs) {
    job.params = {
      generator: GENERATOR_VERSION,
      rows,
      seed: job.seed,
      missingRate: MISSING_RATE,
      columns: job.columns,
    };
    if (force || !(await isUpToDate(job.file, job.params))) {
      log(`generating ${job.file} (${rows} rows)…`);
      const t0 = process.hrtime.bigint();
      await writeCsv(job.file, { rows, seed: job.seed, columns: job.columns });
      const bytes = (await stat(job.file)).size;
      const manifest = { role: job.role, bytes, createdAt: new Date().toISOString(), params: job.params };
      await writeFile(`${job.file}.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
      log(`  ${(bytes / 1e6).toFixed(1)} MB in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s`);
      result.generated.push(job.file);
    }
    const bytes = (await stat(job.file)).size;
    if (job.role === 'reference') {
      result.reference = job.file;
      result.bytes.reference = bytes;
    } else {
      result.drifted = job.file;
      result.bytes.drifted = bytes;
    }
  }
  return result;
}

async function main() {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      out: { type: 'string', default: 'bench-data' },
      seed: { type: 'string', default: '42' },
      'no-drift': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
  const ds = await ensureDataset({
    rows: Number(values.rows),
    dir: values.out,
    seed: Number(values.seed),
    drift: !values['no-drift'],
    force: values.force,
    log: (m) => console.error(m),
  });
  console.log(JSON.stringify(ds, null, 2));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
