/**
 * Runtime compatibility, the runtime half of TFX's InfraValidator: can the serving runtime read this model at all
 * (IR version, operator sets, execution providers), and does it load and answer within the deployment's memory
 * and time limits (measured in a child process running the real runtime).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError, describeThrown, shorten } from '../core/errors.js';
import type { Check } from '../core/verdict.js';
import { loadOnnxRuntime, onnxRuntimeEntry } from '../model/runtime.js';
import type { OnnxModelInfo } from '../onnx/inspect.js';
import { memoryProbeSource, PROBE_ENV, type ProbeReport, type ProbeRequest, parseProbeOutput } from './memory-probe.js';

/** The newest IR version and operator set versions a runtime release reads. */
export interface RuntimeSupport {
  /** The runtime's version, e.g. '1.30.0'. */
  version: string;
  /** Default domain ('' / 'ai.onnx'). */
  maxOpset: number;
  /** 'ai.onnx.ml'. */
  maxMlOpset: number;
  maxIrVersion: number;
}

export interface RuntimeSupportRow {
  /** ONNX Runtime minor version, 'MAJOR.MINOR'. */
  ort: string;
  maxOpset: number;
  maxMlOpset: number;
  maxIrVersion: number;
  /** Where the numbers come from, so a row can be re-checked. */
  source: 'measured' | 'release notes' | 'docs';
}

/**
 * What each ONNX Runtime release reads, newest first.
 *
 * Sources:
 * - 'docs': the version matrix of ONNX Runtime's compatibility page (onnxruntime.ai/docs/reference/compatibility.html,
 *   docs/reference/compatibility.md in the gh-pages branch of microsoft/onnxruntime), which ends at 1.20.
 * - 'release notes': 1.21 integrated ONNX 1.17 (opset 22, IR 10) and 1.22 ONNX 1.18 (opset 23, IR 11; microsoft/
 *   onnxruntime#24449, "Integration with ONNX rel-1.18.0"); 1.23 kept ONNX 1.18. ai.onnx.ml 5 from 1.21 on. Not in
 *   the matrix: the least certain rows, and the reason 1.24 to 1.29 have none.
 * - 'measured': onnxruntime-node 1.30.0 (the version in package.json), by loading one-node models stamped one past
 *   each limit: "Unsupported model IR version: 14, max supported IR version: 13", "Current official support for
 *   domain ai.onnx is till opset 26", "... for domain ai.onnx.ml is till opset 5". test/serve/compat.test.ts repeats
 *   that measurement against the installed runtime, so an upgrade without a new row is caught there.
 */
export const SUPPORTED_RUNTIME: readonly RuntimeSupportRow[] = [
  { ort: '1.30', maxOpset: 26, maxMlOpset: 5, maxIrVersion: 13, source: 'measured' },
  { ort: '1.23', maxOpset: 23, maxMlOpset: 5, maxIrVersion: 11, source: 'release notes' },
  { ort: '1.22', maxOpset: 23, maxMlOpset: 5, maxIrVersion: 11, source: 'release notes' },
  { ort: '1.21', maxOpset: 22, maxMlOpset: 5, maxIrVersion: 10, source: 'release notes' },
  { ort: '1.20', maxOpset: 21, maxMlOpset: 4, maxIrVersion: 10, source: 'docs' },
  { ort: '1.19', maxOpset: 21, maxMlOpset: 4, maxIrVersion: 10, source: 'docs' },
  { ort: '1.18', maxOpset: 21, maxMlOpset: 4, maxIrVersion: 10, source: 'docs' },
  { ort: '1.17', maxOpset: 20, maxMlOpset: 4, maxIrVersion: 9, source: 'docs' },
  { ort: '1.16', maxOpset: 19, maxMlOpset: 3, maxIrVersion: 9, source: 'docs' },
  { ort: '1.15', maxOpset: 19, maxMlOpset: 3, maxIrVersion: 8, source: 'docs' },
  { ort: '1.14', maxOpset: 18, maxMlOpset: 3, maxIrVersion: 8, source: 'docs' },
  { ort: '1.13', maxOpset: 17, maxMlOpset: 3, maxIrVersion: 8, source: 'docs' },
  { ort: '1.12', maxOpset: 17, maxMlOpset: 3, maxIrVersion: 8, source: 'docs' },
  { ort: '1.11', maxOpset: 16, maxMlOpset: 2, maxIrVersion: 8, source: 'docs' },
  { ort: '1.10', maxOpset: 15, maxMlOpset: 2, maxIrVersion: 8, source: 'docs' },
];

/**
 * The limits for a runtime version. A version with no row of its own takes the newest row at or below it: newer
 * runtimes read everything older ones did (ONNX Runtime's backwards-compatibility promise), so that row is a safe
 * floor; a version newer than every row therefore gets the newest row. `row` says which row was used.
 */
export function runtimeSupport(version: string): RuntimeSupport & { row: string; exact: boolean } {
  const wanted = minorOf(version);
  const newest = SUPPORTED_RUNTIME[0] as RuntimeSupportRow;
  const row =
    wanted === undefined
      ? newest
      : (SUPPORTED_RUNTIME.find((candidate) => compareMinor(minorOf(candidate.ort) ?? [0, 0], wanted) <= 0) ??
        (SUPPORTED_RUNTIME[SUPPORTED_RUNTIME.length - 1] as RuntimeSupportRow));
  const rowMinor = minorOf(row.ort);
  return {
    version,
    maxOpset: row.maxOpset,
    maxMlOpset: row.maxMlOpset,
    maxIrVersion: row.maxIrVersion,
    row: row.ort,
    exact: wanted !== undefined && rowMinor !== undefined && compareMinor(rowMinor, wanted) === 0,
  };
}

/** The limits of the onnxruntime-node that this process loads. */
export async function installedRuntimeSupport(): Promise<RuntimeSupport & { row: string; exact: boolean }> {
  const ort = await loadOnnxRuntime();
  return runtimeSupport(ort.env.versions.node ?? ort.env.versions.common ?? '');
}

function minorOf(version: string): [number, number] | undefined {
  const match = /^v?(\d+)\.(\d+)/.exec(version.trim());
  return match === null ? undefined : [Number(match[1]), Number(match[2])];
}

function compareMinor(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

// ---------------------------------------------------------------------------------------------------------------
// Static checks: what the model file declares against what the runtime reads.

/** An execution provider and whether this machine's onnxruntime-node can use it. */
export interface ExecutionProviderAvailability {
  /** ONNX Runtime's short name: 'cpu', 'cuda', 'tensorrt', 'webgpu', … */
  name: string;
  available: boolean;
  /** Why, in words (shown in the check's message). */
  reason: string;
}

export interface RuntimeCheckOptions {
  /** Requested providers, in order of preference, by short or ONNX Runtime class name. Default ['cpu']. */
  executionProviders?: readonly string[];
  /** From availableExecutionProviders(); without it only 'cpu' counts as available. */
  availableProviders?: readonly ExecutionProviderAvailability[];
  /** The deployment's memory limit, when there is one (parseMemoryLimit). */
  memoryLimitBytes?: number;
  /** Size of the model file; with memoryLimitBytes, checked against it. */
  modelBytes?: number;
  /** Domains of the model's local functions (localFunctionDomains): their ops need no kernels of their own. */
  localFunctionDomains?: readonly string[];
}

/** Operator domains ONNX Runtime implements itself (contrib and internal ops), beyond ai.onnx and ai.onnx.ml. */
const RUNTIME_DOMAINS = new Set([
  'com.microsoft',
  'com.microsoft.nchwc',
  'com.microsoft.experimental',
  'com.ms.internal.nhwc',
  'ai.onnx.training',
  'ai.onnx.preview.training',
]);

/**
 * The model against the runtime's limits: its IR version, each imported operator set, each requested execution
 * provider and, with a memory limit, the file size. These fail fast and say why; `measureLoad` is the proof.
 */
export function runtimeChecks(info: OnnxModelInfo, runtime: RuntimeSupport, opts: RuntimeCheckOptions = {}): Check[] {
  const ort = `ONNX Runtime ${runtime.version}`;
  const checks: Check[] = [];
  const irOk = info.irVersion >= 1 && info.irVersion <= runtime.maxIrVersion;
  checks.push({
    check: 'runtime.ir-version',
    status: irOk ? 'pass' : 'fail',
    value: info.irVersion,
    threshold: `≤ ${runtime.maxIrVersion}`,
    message:
      info.irVersion < 1
        ? 'the model records no IR version, which ONNX Runtime refuses ("Missing model IR version"): re-export it'
        : irOk
          ? `IR version ${info.irVersion} is readable by ${ort} (≤ ${runtime.maxIrVersion})`
          : `IR version ${info.irVersion} is newer than ${ort} reads (≤ ${runtime.maxIrVersion}): export with IR version ${runtime.maxIrVersion} or older, or serve with a newer onnxruntime-node`,
  });
  const localDomains = new Set(opts.localFunctionDomains ?? []);
  for (const { domain, version } of info.opsets) {
    checks.push(opsetCheck(domain, version, runtime, ort, info.opTypes, localDomains));
  }
  const available = new Map((opts.availableProviders ?? []).map((provider) => [provider.name, provider]));
  for (const requested of opts.executionProviders ?? ['cpu']) {
    const name = normalizeExecutionProvider(requested);
    const provider = available.get(name);
    const ok = name === 'cpu' || provider?.available === true;
    const known = [...new Set(['cpu', ...available.keys()])].join(', ');
    checks.push({
      check: 'runtime.execution-provider',
      status: ok ? 'pass' : 'fail',
      value: requested,
      threshold: null,
      feature: name,
      message: ok
        ? `execution provider ${name}: ${provider?.reason ?? 'always built into onnxruntime-node'}`
        : `execution provider ${name} is not available to onnxruntime-node ${runtime.version} on ${process.platform}-${process.arch}: ${provider?.reason ?? `it is not built in (this build has: ${known})`}; request another, or run on a machine that has it`,
    });
  }
  if (opts.memoryLimitBytes !== undefined && opts.modelBytes !== undefined) {
    const ok = opts.modelBytes <= opts.memoryLimitBytes;
    checks.push({
      check: 'runtime.model-size',
      status: ok ? 'pass' : 'fail',
      value: opts.modelBytes,
      threshold: opts.memoryLimitBytes,
      message: ok
        ? `the model file (${mib(opts.modelBytes)}) fits the memory limit (${mib(opts.memoryLimitBytes)})`
        : `the model file alone (${mib(opts.modelBytes)}) is larger than the memory limit (${mib(opts.memoryLimitBytes)}); ONNX Runtime keeps the weights in memory, so it cannot be served within the limit`,
    });
  }
  return checks;
}

function opsetCheck(
  domain: string,
  version: number,
  runtime: RuntimeSupport,
  ort: string,
  opTypes: readonly string[],
  localDomains: ReadonlySet<string>,
): Check {
  const base = { check: 'runtime.opset', value: version, feature: domain === '' ? 'ai.onnx' : domain };
  const limit =
    domain === '' || domain === 'ai.onnx' ? runtime.maxOpset : domain === 'ai.onnx.ml' ? runtime.maxMlOpset : undefined;
  if (limit !== undefined) {
    const ok = version <= limit;
    return {
      ...base,
      status: ok ? 'pass' : 'fail',
      threshold: `≤ ${limit}`,
      message: ok
        ? `${base.feature} opset ${version} is supported by ${ort} (≤ ${limit})`
        : `${base.feature} opset ${version} is newer than ${ort} supports (≤ ${limit}): export with opset ${limit} or older, or serve with a newer onnxruntime-node`,
    };
  }
  if (RUNTIME_DOMAINS.has(domain)) {
    return {
      ...base,
      status: 'pass',
      threshold: null,
      message: `${domain} is ONNX Runtime's own operator domain: the model is served by ONNX Runtime only`,
    };
  }
  const used = opTypes.filter((op) => op.startsWith(`${domain}:`));
  if (localDomains.has(domain)) {
    return {
      ...base,
      status: 'pass',
      threshold: null,
      message: `${domain} is defined by the model's own local functions, which ONNX Runtime inlines`,
    };
  }
  if (used.length === 0) {
    return {
      ...base,
      status: 'warn',
      threshold: null,
      message: `the model imports the unknown operator domain ${domain} but no node uses it; ONNX Runtime ignores it, and the exporter should drop it`,
    };
  }
  return {
    ...base,
    status: 'fail',
    threshold: null,
    message: `custom operator domain ${domain} (${used.slice(0, 5).join(', ')}${used.length > 5 ? `, and ${used.length - 5} more` : ''}) is unknown to ${ort}: it has no kernels for these ops, and the prediction server registers no custom-op library; export with standard ONNX operators`,
  };
}

/** 'CUDAExecutionProvider' → 'cuda': the action takes ONNX Runtime's class names, onnxruntime-node short ones. */
export function normalizeExecutionProvider(name: string): string {
  const short = name
    .trim()
    .replace(/ExecutionProvider$/i, '')
    .toLowerCase();
  return short === 'tensorrt' || short === 'trt' ? 'tensorrt' : short;
}

/**
 * The providers this onnxruntime-node build lists, and whether each can be used here: a provider that is not
 * bundled (CUDA, TensorRT) works only when its library was downloaded at install time, which
 * ONNXRUNTIME_NODE_INSTALL=skip (and most CPU-only installs) leave out.
 */
export async function availableExecutionProviders(): Promise<ExecutionProviderAvailability[]> {
  const ort = await loadOnnxRuntime();
  const binaries = path.join(
    path.dirname(await resolveOnnxRuntime()),
    '..',
    'bin',
    'napi-v6',
    process.platform,
    process.arch,
  );
  return ort.listSupportedBackends().map((backend) => {
    if (backend.bundled) return { name: backend.name, available: true, reason: 'bundled with onnxruntime-node' };
    const library = path.join(binaries, providerLibraryName(backend.name));
    return existsSync(library)
      ? { name: backend.name, available: true, reason: `its provider library is installed (${library})` }
      : {
          name: backend.name,
          available: false,
          reason: `onnxruntime-node was installed without its ${backend.name} provider library (${path.basename(library)} is missing; install with ONNXRUNTIME_NODE_INSTALL=${backend.name === 'cuda' ? 'cuda12' : backend.name}, on a machine with the drivers)`,
        };
  });
}

function providerLibraryName(name: string): string {
  if (process.platform === 'win32') return `onnxruntime_providers_${name}.dll`;
  return `libonnxruntime_providers_${name}.${process.platform === 'darwin' ? 'dylib' : 'so'}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Local functions: a custom domain whose ops the model defines itself (PyTorch's dynamo exporter does this).

/**
 * Domains of the model's local functions (ModelProto.functions, field 25, each FunctionProto's domain, field 10),
 * read straight from the bytes because the suite's decoder does not keep functions. Malformed bytes give [] (the
 * decoder reports those).
 */
export function localFunctionDomains(bytes: Uint8Array): string[] {
  const domains = new Set<string>();
  try {
    for (const field of fields(bytes, 0, bytes.length)) {
      if (field.number !== 25 || field.wire !== 2) continue;
      for (const inner of fields(bytes, field.start, field.end)) {
        if (inner.number === 10 && inner.wire === 2) {
          domains.add(new TextDecoder().decode(bytes.subarray(inner.start, inner.end)));
        }
      }
    }
  } catch {
    return [];
  }
  return [...domains].sort();
}

interface Field {
  number: number;
  wire: number;
  /** For length-delimited fields, the payload's range. */
  start: number;
  end: number;
}

function* fields(bytes: Uint8Array, from: number, to: number): Generator<Field> {
  let at = from;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (at >= to) throw new RangeError('truncated varint');
      const byte = bytes[at++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
      if (scale > 2 ** 63) throw new RangeError('varint too long');
    }
  };
  while (at < to) {
    const tag = varint();
    const wire = tag % 8;
    const number = Math.floor(tag / 8);
    if (wire === 0) {
      varint();
      yield { number, wire, start: at, end: at };
    } else if (wire === 1 || wire === 5) {
      at += wire === 1 ? 8 : 4;
      yield { number, wire, start: at, end: at };
    } else if (wire === 2) {
      const length = varint();
      const start = at;
      at += length;
      if (at > to) throw new RangeError('truncated field');
      yield { number, wire, start, end: at };
    } else {
      throw new RangeError(`unsupported wire type ${wire}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Measured: load the model in the real runtime, in a child process.

export interface LoadMeasurement {
  /** Session creation plus the first inference, in the child (node's start and the runtime's import excluded). */
  loadSeconds: number | null;
  sessionSeconds: number | null;
  firstInferenceSeconds: number | null;
  /** Peak RSS of the child: node, ONNX Runtime, the model and one inference; what a container limit is held to. */
  peakRssBytes: number | null;
  /** RSS with ONNX Runtime loaded and no model yet: peak − baseline is the model's own share. */
  baselineRssBytes: number | null;
  /** Attempts made: 1 + the retries used. */
  attempts: number;
  /** Why the last attempt failed; absent when the model loaded and answered. */
  error?: string;
  /** Why each failed attempt failed, in order (the last one is `error`). */
  failures: string[];
}

export interface MeasureLoadOptions {
  /** Per attempt, for the whole child (start, runtime import, load, first inference); then it is killed. */
  timeoutMs: number;
  /** Further attempts after a failed one. */
  retries: number;
  /** In order of preference; short or class names. */
  executionProviders: readonly string[];
  /** onnxruntime-node's entry file; default: resolved from this module, as the parent's own import would. */
  ortModulePath?: string;
}

/** Where the onnxruntime-node in use lives (the source tree's, dist/'s node_modules, or the runner's install). */
export async function resolveOnnxRuntime(): Promise<string> {
  return onnxRuntimeEntry();
}

/**
 * Loads `onnxPath` in a child process running the real runtime and answers one request of zeros; retried up to
 * `retries` times, each attempt killed after `timeoutMs`. Never throws for a model that fails to load: that is a
 * measurement (`error`), turned into a check by loadChecks.
 */
export async function measureLoad(onnxPath: string, options: MeasureLoadOptions): Promise<LoadMeasurement> {
  const request: ProbeRequest = {
    ortPath: options.ortModulePath ?? (await resolveOnnxRuntime()),
    modelPath: path.resolve(onnxPath),
    executionProviders: (options.executionProviders.length > 0 ? options.executionProviders : ['cpu']).map(
      normalizeExecutionProvider,
    ),
  };
  const failures: string[] = [];
  const attempts = Math.max(0, Math.floor(options.retries)) + 1;
  let last: LoadMeasurement | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const outcome = await runProbe(request, options.timeoutMs);
    const report = outcome.report;
    if (report?.ok === true) {
      return {
        loadSeconds: report.sessionSeconds + report.firstInferenceSeconds,
        sessionSeconds: report.sessionSeconds,
        firstInferenceSeconds: report.firstInferenceSeconds,
        peakRssBytes: report.peakRssBytes,
        baselineRssBytes: report.baselineRssBytes,
        attempts: attempt,
        failures,
      };
    }
    const error = outcome.error ?? 'the probe reported no result';
    failures.push(error);
    last = {
      loadSeconds: null,
      sessionSeconds: null,
      firstInferenceSeconds: null,
      peakRssBytes: report?.peakRssBytes ?? null,
      baselineRssBytes: report?.baselineRssBytes ?? null,
      attempts: attempt,
      error,
      failures,
    };
  }
  return last as LoadMeasurement;
}

async function runProbe(
  request: ProbeRequest,
  timeoutMs: number,
): Promise<{ report: ProbeReport | undefined; error?: string }> {
  return new Promise((resolve) => {
    // No execArgv: the parent's loaders and flags (vitest's, --inspect) are not the model's.
    const child = spawn(process.execPath, ['--input-type=module', '-e', memoryProbeSource()], {
      env: { ...process.env, [PROBE_ENV]: JSON.stringify(request) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < 1 << 20) stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const settle = (error: string | undefined) => {
      clearTimeout(timer);
      const report = parseProbeOutput(stdout);
      resolve({ report, ...(error === undefined ? {} : { error }) });
    };
    child.on('error', (error) => settle(`cannot start ${process.execPath}: ${describeThrown(error, 200)}`));
    child.on('close', (code, signal) => {
      const report = parseProbeOutput(stdout);
      if (timedOut) {
        settle(`did not load and answer a first request within ${timeoutMs / 1000} s (killed)`);
      } else if (report?.ok === false) {
        const what =
          report.stage === 'runtime'
            ? 'onnxruntime-node could not be loaded'
            : report.stage === 'load'
              ? 'ONNX Runtime could not load the model'
              : 'the model loaded but failed its first inference (one row of zeros)';
        settle(`${what}: ${shorten(report.error, 600)}`);
      } else if (report === undefined) {
        const tail = lastLines(stderr);
        const how = signal === null ? `exited with code ${code}` : `was killed by ${signal}`;
        settle(
          `the load probe ${how} before reporting${signal === 'SIGKILL' ? ' (out of memory?)' : ''}${tail === '' ? '' : `: ${tail}`}`,
        );
      } else {
        settle(undefined);
      }
    });
  });
}

function lastLines(text: string): string {
  return shorten(
    text
      // ONNX Runtime colours its log lines: drop the escape sequences (split, as a regex may not hold ESC).
      .split(String.fromCharCode(27))
      .map((part, at) => (at === 0 ? part : part.replace(/^\[[0-9;]*m/, '')))
      .join('')
      .trim()
      .split('\n')
      .slice(-3)
      .join(' | '),
    600,
  );
}

export interface LoadLimits {
  memoryLimitBytes?: number;
  loadTimeoutSeconds: number;
}

/** The measurement as checks: it loaded, within the time limit, within the memory limit (when there is one). */
export function loadChecks(measure: LoadMeasurement, limits: LoadLimits): Check[] {
  const checks: Check[] = [];
  const loaded = measure.error === undefined;
  checks.push({
    check: 'load.success',
    status: !loaded ? 'fail' : measure.attempts > 1 ? 'warn' : 'pass',
    value: loaded,
    threshold: null,
    message: !loaded
      ? `the model did not load and answer after ${measure.attempts} attempt${measure.attempts === 1 ? '' : 's'}: ${measure.error}`
      : measure.attempts > 1
        ? `the model loaded only on attempt ${measure.attempts}; earlier attempts failed: ${measure.failures.join('; ')}`
        : 'the model loaded and answered a first request',
    ...(loaded || measure.failures.length <= 1
      ? {}
      : { examples: measure.failures.map((failure) => shorten(failure, 200)) }),
  });
  checks.push(
    measure.loadSeconds === null
      ? {
          check: 'load.time',
          status: 'skip',
          value: null,
          threshold: limits.loadTimeoutSeconds,
          message: 'not measured: the model did not load',
        }
      : {
          check: 'load.time',
          status: measure.loadSeconds <= limits.loadTimeoutSeconds ? 'pass' : 'fail',
          value: round(measure.loadSeconds, 3),
          threshold: limits.loadTimeoutSeconds,
          message: `loaded in ${measure.sessionSeconds?.toFixed(3)} s and answered the first request in ${measure.firstInferenceSeconds?.toFixed(3)} s: ${measure.loadSeconds.toFixed(3)} s ${measure.loadSeconds <= limits.loadTimeoutSeconds ? 'within' : 'over'} the ${limits.loadTimeoutSeconds} s limit`,
        },
  );
  if (measure.peakRssBytes === null || measure.error !== undefined) {
    checks.push({
      check: 'load.memory',
      status: 'skip',
      value: measure.peakRssBytes,
      threshold: limits.memoryLimitBytes ?? null,
      message: 'not measured: the model did not load',
    });
  } else {
    const own =
      measure.baselineRssBytes === null
        ? ''
        : ` (the model's own share ${mib(measure.peakRssBytes - measure.baselineRssBytes)})`;
    const limit = limits.memoryLimitBytes;
    checks.push({
      check: 'load.memory',
      status: limit === undefined || measure.peakRssBytes <= limit ? 'pass' : 'fail',
      value: measure.peakRssBytes,
      threshold: limit ?? null,
      message:
        limit === undefined
          ? `peak memory ${mib(measure.peakRssBytes)}${own}; no memory limit set`
          : `peak memory ${mib(measure.peakRssBytes)}${own} is ${measure.peakRssBytes <= limit ? 'within' : 'over'} the limit of ${mib(limit)}`,
    });
  }
  return checks;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function mib(bytes: number): string {
  if (bytes < 2 ** 10) return `${bytes} B`;
  if (bytes < 2 ** 20) return `${(bytes / 2 ** 10).toFixed(1)} KiB`;
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

// ---------------------------------------------------------------------------------------------------------------

const BINARY_UNITS: Record<string, number> = {
  ki: 2 ** 10,
  mi: 2 ** 20,
  gi: 2 ** 30,
  ti: 2 ** 40,
  pi: 2 ** 50,
  ei: 2 ** 60,
};
const DECIMAL_UNITS: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15, e: 1e18 };

/**
 * A memory quantity in bytes: Kubernetes' binary (Ki, Mi, Gi, Ti, Pi, Ei) and decimal (k, M, G, T, P, E)
 * suffixes, the same with a trailing B or iB ('300MB', '2GiB'), or a plain byte count. A lower-case 'm' is refused:
 * Kubernetes reads it as milli, Docker as mebi, so either reading would surprise someone.
 */
export function parseMemoryLimit(text: string): number {
  const trimmed = text.trim();
  const match = /^(\d+(?:\.\d+)?(?:[eE]\d+)?)\s*([A-Za-z]*)$/.exec(trimmed);
  const fail = (why: string): never => {
    throw new ConfigurationError(
      `memory-limit: "${shorten(text, 40)}" ${why}; write a quantity such as 512Mi, 2Gi, 1G, 300MB or a byte count`,
    );
  };
  if (match === null) return fail('is not a memory quantity');
  const [, number, suffix = ''] = match;
  if (suffix === 'm') return fail('is ambiguous (milli in Kubernetes, mebi in Docker)');
  // 'MiB' → 'mi', 'MB' → 'm' (mega once the ambiguous bare 'm' is out), 'B' → ''.
  const unit = (/b$/i.test(suffix) ? suffix.slice(0, -1) : suffix).toLowerCase();
  const scale = unit === '' ? 1 : (BINARY_UNITS[unit] ?? DECIMAL_UNITS[unit]);
  if (scale === undefined) return fail(`has an unknown unit "${suffix}"`);
  const bytes = Math.round(Number(number) * scale);
  if (!(bytes >= 1)) return fail('is not a positive amount');
  if (!Number.isSafeInteger(bytes)) return fail('is too large');
  return bytes;
}
