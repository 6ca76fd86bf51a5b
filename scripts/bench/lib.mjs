/**
 * Shared helpers for benchmark scenarios: timing whole processes, peak RSS, medians, tables.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const GNU_TIME = '/usr/bin/time';

/**
 * @typedef {object} BenchOptions
 * @property {number} rows     rows in the generated data (1,000,000 by default)
 * @property {number} rounds   interleaved rounds (3 by default)
 * @property {string} dataDir  where data, outputs and results go (`bench-data/`)
 * @property {number} seed     generator seed
 *
 * @typedef {object} BenchContext
 * @property {string} repoRoot
 * @property {BenchOptions} options
 * @property {(msg: string) => void} log  progress messages (stderr)
 *
 * @typedef {object} ScenarioReport
 * @property {boolean} ok                  true when every goal was met
 * @property {string} table                human-readable summary (printed by the runner)
 * @property {Record<string, unknown>} json written to `<dataDir>/results-<scenario>.json`
 *
 * @typedef {object} Scenario
 * @property {string} name
 * @property {string} description
 * @property {(ctx: BenchContext) => Promise<ScenarioReport>} run
 */

/** Fails with an installation hint when GNU time (needed for peak RSS of child processes) is missing. */
export function requireGnuTime() {
  const probe = existsSync(GNU_TIME) ? spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }) : null;
  if (probe?.status !== 0) {
    throw new Error(
      `${GNU_TIME} (GNU time) is needed to measure the peak RSS of each process, and it is missing or not GNU time.\n` +
        'Install it with:  sudo apt-get install -y time   (Debian/Ubuntu; `time` package)',
    );
  }
}

/**
 * @typedef {object} ProcessSample
 * @property {number} wallS        wall-clock seconds of the whole process (spawn to exit)
 * @property {number} maxRssMiB    peak resident set size reported by GNU time
 * @property {number | null} code  exit status
 * @property {string} stderrTail   last lines of stderr (for error messages)
 */

/**
 * Runs a command under `/usr/bin/time -f %M`, timing it with `process.hrtime.bigint()`; stdout is discarded.
 * @param {string[]} argv
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [opts]
 * @returns {Promise<ProcessSample>}
 */
export async function runProcess(argv, opts = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-bench-'));
  const rssFile = path.join(dir, 'rss');
  try {
    const t0 = process.hrtime.bigint();
    const child = spawn(GNU_TIME, ['-f', '%M', '-o', rssFile, ...argv], {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    /** @type {string[]} */
    let stderr = [];
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      stderr.push(chunk);
      if (stderr.length > 64) stderr = stderr.slice(-32);
    });
    /** @type {number | null} */
    const code = await new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (c) => resolve(c));
    });
    const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
    const text = await readFile(rssFile, 'utf8').catch(() => '');
    // With a non-zero exit GNU time writes "Command exited with non-zero status N" before the format line.
    const kib = Number(text.trim().split('\n').pop());
    const stderrTail = stderr.join('').split('\n').slice(-15).join('\n').trim();
    return { wallS, maxRssMiB: Number.isFinite(kib) ? kib / 1024 : Number.NaN, code, stderrTail };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Reads files once, end to end, so every timed run starts with them in the page cache.
 * @param {string[]} files
 */
export async function warmPageCache(files) {
  for (const file of files) {
    for await (const _chunk of createReadStream(file, { highWaterMark: 1 << 22 })) {
      // discard
    }
  }
}

/**
 * @param {number[]} xs
 * @returns {number}
 */
export function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Plain-text table with right-aligned columns except the first.
 * @param {string[]} header
 * @param {string[][]} rows
 * @returns {string}
 */
export function formatTable(header, rows) {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  /** @param {string[]} r */
  const line = (r) => r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * @param {number} x
 * @param {number} [digits]
 */
export function fmt(x, digits = 2) {
  return Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}

/**
 * Version string printed by a command (first line of stdout), or null.
 * @param {string} cmd
 * @param {string[]} args
 */
export function probeVersion(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}
