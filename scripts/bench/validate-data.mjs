/**
 * Benchmark scenario `validate-data`: our CLI against the pandas/scipy reference, measured in the same run,
 * interleaved, reported as ratios.
 *
 *   A  `mlops validate-data --data REF --output DIR --fail-on none`          vs  pandas_profile.py REF
 *   B  `mlops validate-data --data CUR --reference DIR/profile.json ...`     vs  pandas_drift.py REF CUR
 *   memory: peak RSS of ours (goal < 200 MiB) and RSS on a file with twice the rows / RSS on the 1× file (≤ 1.2).
 *
 * The CLI is `node bin/mlops.js` by default; MLOPS_BENCH_CLI="<command> [args…]" (split on whitespace) replaces it,
 * e.g. to exercise the harness with a stand-in before the real CLI exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDataset } from './gen-data.mjs';
import { fmt, formatTable, median, probeVersion, requireGnuTime, runProcess, warmPageCache } from './lib.mjs';

/** Debian's system interpreter, where python3-pandas and python3-scipy are installed (not the pyenv one on PATH). */
const PYTHON = '/usr/bin/python3';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const GOALS = { speedupA: 2.5, speedupB: 4, maxRssMiB: 200, rssRatio2x: 1.2 };

/**
 * @typedef {import('./lib.mjs').BenchContext} BenchContext
 * @typedef {import('./lib.mjs').ProcessSample} ProcessSample
 */

/**
 * @param {string} repoRoot
 * @returns {{ argv: string[], source: 'default' | 'MLOPS_BENCH_CLI' }}
 */
function resolveCli(repoRoot) {
  const override = process.env.MLOPS_BENCH_CLI?.trim();
  if (override) return { argv: override.split(/\s+/), source: 'MLOPS_BENCH_CLI' };
  const bin = path.join(repoRoot, 'bin', 'mlops.js');
  if (!existsSync(bin)) {
    throw new Error(`${bin} not found: the CLI must exist (or set MLOPS_BENCH_CLI to a stand-in command).`);
  }
  return { argv: [process.execPath, bin], source: 'default' };
}

function requirePandas() {
  const r = spawnSync(PYTHON, ['-c', 'import pandas, scipy, sys; print(pandas.__version__, scipy.__version__)'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    throw new Error(
      `${PYTHON} cannot import pandas and scipy (the reference implementations need them).\n` +
        'Install them with:  sudo apt-get install -y python3-pandas python3-scipy\n' +
        (r.stderr || r.error?.message || '').trim(),
    );
  }
  const [pandas, scipy] = r.stdout.trim().split(' ');
  return { pandas, scipy };
}

/**
 * @param {string} label
 * @param {ProcessSample} s
 * @param {string[]} argv
 * @param {string[]} [mustExist]
 */
function check(label, s, argv, mustExist = []) {
  const missing = mustExist.filter((f) => !existsSync(f));
  if (s.code !== 0 || missing.length > 0) {
    const why = s.code !== 0 ? `exit status ${s.code}` : `did not write ${missing.join(', ')}`;
    throw new Error(`${label} failed (${why}): ${argv.join(' ')}\n${s.stderrTail}`);
  }
}

/** @type {import('./lib.mjs').Scenario} */
export const scenario = {
  name: 'validate-data',
  description: 'validate-data profile+schema and drift vs pandas describe / pandas+scipy (speed-up ratios, RSS)',
  async run(ctx) {
    const { options, repoRoot, log } = ctx;
    requireGnuTime();
    const versions = requirePandas();
    const cli = resolveCli(repoRoot);
    if (cli.source !== 'default') log(`using MLOPS_BENCH_CLI stand-in: ${cli.argv.join(' ')}`);

    const data = await ensureDataset({ rows: options.rows, dir: options.dataDir, seed: options.seed, log });
    const data2x = await ensureDataset({
      rows: options.rows * 2,
      dir: options.dataDir,
      seed: options.seed,
      drift: false,
      log,
    });
    const ref = data.reference;
    const cur = /** @type {string} */ (data.drifted);
    const ref2x = data2x.reference;
    const outRoot = path.join(options.dataDir, 'out', 'validate-data');
    const profileDir = path.join(outRoot, 'reference-profile');
    const profileJson = path.join(profileDir, 'profile.json');

    /** @param {string} data @param {string} out */
    const oursProfile = (data, out) => [
      ...cli.argv,
      'validate-data',
      '--data',
      data,
      '--output',
      out,
      '--fail-on',
      'none',
    ];
    /** @param {string} out */
    const oursDrift = (out) => [
      ...cli.argv,
      'validate-data',
      '--data',
      cur,
      '--reference',
      profileJson,
      '--output',
      out,
      '--fail-on',
      'none',
    ];
    const refProfile = [PYTHON, path.join(HERE, 'pandas_profile.py'), ref];
    const refDrift = [PYTHON, path.join(HERE, 'pandas_drift.py'), ref, cur];

    /** Runs ours into a fresh output directory and checks it wrote profile.json and result.json. */
    const runOurs = async (/** @type {string} */ label, /** @type {(out: string) => string[]} */ mk, out) => {
      await rm(out, { recursive: true, force: true });
      await mkdir(path.dirname(out), { recursive: true });
      const argv = mk(out);
      const s = await runProcess(argv, { cwd: repoRoot });
      check(label, s, argv, [path.join(out, 'profile.json'), path.join(out, 'result.json')]);
      return s;
    };
    const runRef = async (/** @type {string} */ label, /** @type {string[]} */ argv) => {
      const s = await runProcess(argv, { cwd: repoRoot });
      check(label, s, argv);
      return s;
    };

    log('warming the page cache and the Python imports…');
    await warmPageCache([ref, cur, ref2x]);
    await runRef('python import warm-up', [PYTHON, '-c', 'import pandas, scipy.stats']);
    log('preparing the reference profile for the drift scenario (untimed)…');
    await runOurs('ours: reference profile', (out) => oursProfile(ref, out), profileDir);

    /** @type {Record<'aOurs' | 'aRef' | 'bOurs' | 'bRef' | 'a2xOurs', ProcessSample[]>} */
    const samples = { aOurs: [], aRef: [], bOurs: [], bRef: [], a2xOurs: [] };
    for (let round = 1; round <= options.rounds; round++) {
      // Alternate who goes first, so a drifting machine speed does not favour one side.
      const oursFirst = round % 2 === 1;
      const pair = async (
        /** @type {() => Promise<ProcessSample>} */ o,
        /** @type {() => Promise<ProcessSample>} */ r,
      ) => (oursFirst ? { o: await o(), r: await r() } : { r: await r(), o: await o() });
      const a = await pair(
        () => runOurs('ours A (profile)', (out) => oursProfile(ref, out), path.join(outRoot, 'a')),
        () => runRef('reference A (pandas describe)', refProfile),
      );
      samples.aOurs.push(a.o);
      samples.aRef.push(a.r);
      const b = await pair(
        () => runOurs('ours B (drift)', oursDrift, path.join(outRoot, 'b')),
        () => runRef('reference B (pandas+scipy drift)', refDrift),
      );
      samples.bOurs.push(b.o);
      samples.bRef.push(b.r);
      samples.a2xOurs.push(
        await runOurs('ours A at 2× rows', (out) => oursProfile(ref2x, out), path.join(outRoot, 'a2x')),
      );
      log(
        `round ${round}/${options.rounds}: A ours ${fmt(a.o.wallS)} s / ref ${fmt(a.r.wallS)} s; ` +
          `B ours ${fmt(b.o.wallS)} s / ref ${fmt(b.r.wallS)} s; ours 2× ${fmt(samples.a2xOurs.at(-1)?.wallS ?? Number.NaN)} s`,
      );
    }

    /** @param {ProcessSample[]} xs */
    const wall = (xs) => median(xs.map((s) => s.wallS));
    /** @param {ProcessSample[]} xs */
    const rss = (xs) => median(xs.map((s) => s.maxRssMiB));
    /** @param {ProcessSample[]} xs */
    const rssMax = (xs) => Math.max(...xs.map((s) => s.maxRssMiB));
    const speedA = wall(samples.aRef) / wall(samples.aOurs);
    const speedB = wall(samples.bRef) / wall(samples.bOurs);
    const peakOurs = Math.max(rssMax(samples.aOurs), rssMax(samples.bOurs));
    const rssRatio = rss(samples.a2xOurs) / rss(samples.aOurs);
    const results = {
      speedupA: { ours: wall(samples.aOurs), reference: wall(samples.aRef), ratio: speedA, goal: GOALS.speedupA },
      speedupB: { ours: wall(samples.bOurs), reference: wall(samples.bRef), ratio: speedB, goal: GOALS.speedupB },
      peakRssMiB: { ours: peakOurs, goal: GOALS.maxRssMiB },
      rssRatio2x: { ours1x: rss(samples.aOurs), ours2x: rss(samples.a2xOurs), ratio: rssRatio, goal: GOALS.rssRatio2x },
    };
    const pass = {
      speedupA: speedA >= GOALS.speedupA,
      speedupB: speedB >= GOALS.speedupB,
      peakRssMiB: peakOurs < GOALS.maxRssMiB,
      rssRatio2x: rssRatio <= GOALS.rssRatio2x,
    };
    const verdict = (/** @type {boolean} */ ok) => (ok ? 'PASS' : 'MISS');

    const mb = (data.bytes.reference / 1e6).toFixed(0);
    const speedTable = formatTable(
      ['scenario', 'ours median s', 'reference median s', 'speed-up (ref/ours)', 'goal', 'result'],
      [
        [
          'A profile+schema vs pandas describe',
          fmt(results.speedupA.ours),
          fmt(results.speedupA.reference),
          `${fmt(speedA)}×`,
          `≥ ${GOALS.speedupA}×`,
          verdict(pass.speedupA),
        ],
        [
          'B drift vs pandas+scipy (KS, chi²)',
          fmt(results.speedupB.ours),
          fmt(results.speedupB.reference),
          `${fmt(speedB)}×`,
          `≥ ${GOALS.speedupB}×`,
          verdict(pass.speedupB),
        ],
      ],
    );
    const memTable = formatTable(
      ['memory (ours)', 'value', 'reference (info)', 'goal', 'result'],
      [
        [
          'peak RSS, max over A and B',
          `${fmt(peakOurs, 0)} MiB`,
          `${fmt(Math.max(rssMax(samples.aRef), rssMax(samples.bRef)), 0)} MiB`,
          `< ${GOALS.maxRssMiB} MiB`,
          verdict(pass.peakRssMiB),
        ],
        [
          `RSS at ${options.rows * 2} rows / at ${options.rows} rows`,
          `${fmt(rssRatio)} (${fmt(results.rssRatio2x.ours2x, 0)}/${fmt(results.rssRatio2x.ours1x, 0)} MiB)`,
          '',
          `≤ ${GOALS.rssRatio2x}`,
          verdict(pass.rssRatio2x),
        ],
      ],
    );
    const table = [
      `validate-data: ${options.rows} rows × 20 columns (${mb} MB CSV), ${options.rounds} interleaved round(s), ` +
        'whole-process wall time, medians',
      ...(cli.source === 'default' ? [] : [`NOTE: "ours" is the MLOPS_BENCH_CLI stand-in: ${cli.argv.join(' ')}`]),
      speedTable,
      '',
      memTable,
    ].join('\n');

    /** @param {ProcessSample[]} xs */
    const raw = (xs) => xs.map((s) => ({ wallS: s.wallS, maxRssMiB: s.maxRssMiB }));
    const json = {
      scenario: 'validate-data',
      createdAt: new Date().toISOString(),
      ok: Object.values(pass).every(Boolean),
      pass,
      results,
      perRoundSpeedup: {
        A: samples.aRef.map((r, i) => r.wallS / samples.aOurs[i].wallS),
        B: samples.bRef.map((r, i) => r.wallS / samples.bOurs[i].wallS),
      },
      samples: {
        aOurs: raw(samples.aOurs),
        aRef: raw(samples.aRef),
        bOurs: raw(samples.bOurs),
        bRef: raw(samples.bRef),
        a2xOurs: raw(samples.a2xOurs),
      },
      setup: {
        rows: options.rows,
        rounds: options.rounds,
        seed: options.seed,
        files: { reference: ref, drifted: cur, reference2x: ref2x },
        bytes: { reference: data.bytes.reference, drifted: data.bytes.drifted, reference2x: data2x.bytes.reference },
        commands: {
          oursA: oursProfile(ref, '<out>'),
          oursB: oursDrift('<out>'),
          referenceA: refProfile,
          referenceB: refDrift,
        },
        cliSource: cli.source,
      },
      environment: {
        node: process.version,
        python: probeVersion(PYTHON, ['--version']),
        ...versions,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.availableParallelism(),
        memGiB: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.platform()} ${os.release()}`,
      },
    };
    return { ok: json.ok, table, json };
  },
};
