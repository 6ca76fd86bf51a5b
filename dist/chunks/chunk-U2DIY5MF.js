import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  loadOnnxRuntime,
  onnxRuntimeEntry
} from "./chunk-HMXGF6KM.js";
import {
  ConfigurationError,
  describeThrown,
  shorten
} from "./chunk-FCHSJP6A.js";

// src/serve/compat.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

// src/serve/memory-probe.ts
var PROBE_ENV = "MLOPS_MEMORY_PROBE";
var PROBE_MARKER = "MLOPS_MEMORY_PROBE_RESULT ";
function memoryProbeSource() {
  return `
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const request = JSON.parse(process.env[${JSON.stringify(PROBE_ENV)}]);
const marker = ${JSON.stringify(PROBE_MARKER)};
const finish = (result, code) => {
  const line = marker + JSON.stringify({ ...result, peakRssBytes: process.resourceUsage().maxRSS * 1024 }) + '\\n';
  process.stdout.write(line, () => process.exit(code));
};
const ARRAYS = {
  float32: Float32Array, float64: Float64Array, float16: Uint16Array,
  int8: Int8Array, uint8: Uint8Array, int16: Int16Array, uint16: Uint16Array,
  int32: Int32Array, uint32: Uint32Array, int64: BigInt64Array, uint64: BigUint64Array, bool: Uint8Array,
};

let stage = 'runtime';
let baselineRssBytes = null;
try {
  const ort = createRequire(request.ortPath)(request.ortPath);
  ort.env.logLevel = 'error';
  baselineRssBytes = process.memoryUsage().rss;
  stage = 'load';
  const started = performance.now();
  const session = await ort.InferenceSession.create(request.modelPath, {
    executionProviders: request.executionProviders,
    graphOptimizationLevel: 'all',
  });
  const loaded = performance.now();
  stage = 'inference';
  const feeds = {};
  for (const input of session.inputMetadata) {
    if (!input.isTensor) throw new Error('input "' + input.name + '" is not a tensor; the probe feeds tensors only');
    const dims = input.shape.map((dim) => (typeof dim === 'number' && dim >= 0 ? dim : 1));
    const size = dims.reduce((product, dim) => product * dim, 1);
    if (input.type === 'string') {
      feeds[input.name] = new ort.Tensor('string', new Array(size).fill(''), dims);
    } else {
      const ArrayType = ARRAYS[input.type];
      if (ArrayType === undefined) throw new Error('input "' + input.name + '" has type ' + input.type + ', which the probe cannot fill');
      feeds[input.name] = new ort.Tensor(input.type, new ArrayType(size), dims);
    }
  }
  await session.run(feeds);
  const answered = performance.now();
  await session.release();
  finish({
    ok: true,
    baselineRssBytes,
    sessionSeconds: (loaded - started) / 1000,
    firstInferenceSeconds: (answered - loaded) / 1000,
  }, 0);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  finish({ ok: false, stage, error: message.trim().slice(0, 2000), baselineRssBytes }, 1);
}
`;
}
function parseProbeOutput(stdout) {
  const line = stdout.split("\n").reverse().find((candidate) => candidate.startsWith(PROBE_MARKER));
  if (line === void 0) return void 0;
  try {
    const parsed = JSON.parse(line.slice(PROBE_MARKER.length));
    return isProbeReport(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function isProbeReport(value) {
  if (typeof value !== "object" || value === null) return false;
  const record = value;
  if (typeof record.peakRssBytes !== "number") return false;
  if (record.ok === true) {
    return typeof record.baselineRssBytes === "number" && typeof record.sessionSeconds === "number" && typeof record.firstInferenceSeconds === "number";
  }
  return record.ok === false && typeof record.error === "string" && (record.stage === "runtime" || record.stage === "load" || record.stage === "inference") && (record.baselineRssBytes === null || typeof record.baselineRssBytes === "number");
}

// src/serve/compat.ts
var SUPPORTED_RUNTIME = [
  { ort: "1.30", maxOpset: 26, maxMlOpset: 5, maxIrVersion: 13, source: "measured" },
  { ort: "1.23", maxOpset: 23, maxMlOpset: 5, maxIrVersion: 11, source: "release notes" },
  { ort: "1.22", maxOpset: 23, maxMlOpset: 5, maxIrVersion: 11, source: "release notes" },
  { ort: "1.21", maxOpset: 22, maxMlOpset: 5, maxIrVersion: 10, source: "release notes" },
  { ort: "1.20", maxOpset: 21, maxMlOpset: 4, maxIrVersion: 10, source: "docs" },
  { ort: "1.19", maxOpset: 21, maxMlOpset: 4, maxIrVersion: 10, source: "docs" },
  { ort: "1.18", maxOpset: 21, maxMlOpset: 4, maxIrVersion: 10, source: "docs" },
  { ort: "1.17", maxOpset: 20, maxMlOpset: 4, maxIrVersion: 9, source: "docs" },
  { ort: "1.16", maxOpset: 19, maxMlOpset: 3, maxIrVersion: 9, source: "docs" },
  { ort: "1.15", maxOpset: 19, maxMlOpset: 3, maxIrVersion: 8, source: "docs" },
  { ort: "1.14", maxOpset: 18, maxMlOpset: 3, maxIrVersion: 8, source: "docs" },
  { ort: "1.13", maxOpset: 17, maxMlOpset: 3, maxIrVersion: 8, source: "docs" },
  { ort: "1.12", maxOpset: 17, maxMlOpset: 3, maxIrVersion: 8, source: "docs" },
  { ort: "1.11", maxOpset: 16, maxMlOpset: 2, maxIrVersion: 8, source: "docs" },
  { ort: "1.10", maxOpset: 15, maxMlOpset: 2, maxIrVersion: 8, source: "docs" }
];
function runtimeSupport(version) {
  const wanted = minorOf(version);
  const newest = SUPPORTED_RUNTIME[0];
  const row = wanted === void 0 ? newest : SUPPORTED_RUNTIME.find((candidate) => compareMinor(minorOf(candidate.ort) ?? [0, 0], wanted) <= 0) ?? SUPPORTED_RUNTIME[SUPPORTED_RUNTIME.length - 1];
  const rowMinor = minorOf(row.ort);
  return {
    version,
    maxOpset: row.maxOpset,
    maxMlOpset: row.maxMlOpset,
    maxIrVersion: row.maxIrVersion,
    row: row.ort,
    exact: wanted !== void 0 && rowMinor !== void 0 && compareMinor(rowMinor, wanted) === 0
  };
}
async function installedRuntimeSupport() {
  const ort = await loadOnnxRuntime();
  return runtimeSupport(ort.env.versions.node ?? ort.env.versions.common ?? "");
}
function minorOf(version) {
  const match = /^v?(\d+)\.(\d+)/.exec(version.trim());
  return match === null ? void 0 : [Number(match[1]), Number(match[2])];
}
function compareMinor(a, b) {
  return a[0] - b[0] || a[1] - b[1];
}
var RUNTIME_DOMAINS = /* @__PURE__ */ new Set([
  "com.microsoft",
  "com.microsoft.nchwc",
  "com.microsoft.experimental",
  "com.ms.internal.nhwc",
  "ai.onnx.training",
  "ai.onnx.preview.training"
]);
function runtimeChecks(info, runtime, opts = {}) {
  const ort = `ONNX Runtime ${runtime.version}`;
  const checks = [];
  const irOk = info.irVersion >= 1 && info.irVersion <= runtime.maxIrVersion;
  checks.push({
    check: "runtime.ir-version",
    status: irOk ? "pass" : "fail",
    value: info.irVersion,
    threshold: `\u2264 ${runtime.maxIrVersion}`,
    message: info.irVersion < 1 ? 'the model records no IR version, which ONNX Runtime refuses ("Missing model IR version"): re-export it' : irOk ? `IR version ${info.irVersion} is readable by ${ort} (\u2264 ${runtime.maxIrVersion})` : `IR version ${info.irVersion} is newer than ${ort} reads (\u2264 ${runtime.maxIrVersion}): export with IR version ${runtime.maxIrVersion} or older, or serve with a newer onnxruntime-node`
  });
  const localDomains = new Set(opts.localFunctionDomains ?? []);
  for (const { domain, version } of info.opsets) {
    checks.push(opsetCheck(domain, version, runtime, ort, info.opTypes, localDomains));
  }
  const available = new Map((opts.availableProviders ?? []).map((provider) => [provider.name, provider]));
  for (const requested of opts.executionProviders ?? ["cpu"]) {
    const name = normalizeExecutionProvider(requested);
    const provider = available.get(name);
    const ok = name === "cpu" || provider?.available === true;
    const known = [.../* @__PURE__ */ new Set(["cpu", ...available.keys()])].join(", ");
    checks.push({
      check: "runtime.execution-provider",
      status: ok ? "pass" : "fail",
      value: requested,
      threshold: null,
      feature: name,
      message: ok ? `execution provider ${name}: ${provider?.reason ?? "always built into onnxruntime-node"}` : `execution provider ${name} is not available to onnxruntime-node ${runtime.version} on ${process.platform}-${process.arch}: ${provider?.reason ?? `it is not built in (this build has: ${known})`}; request another, or run on a machine that has it`
    });
  }
  if (opts.memoryLimitBytes !== void 0 && opts.modelBytes !== void 0) {
    const ok = opts.modelBytes <= opts.memoryLimitBytes;
    checks.push({
      check: "runtime.model-size",
      status: ok ? "pass" : "fail",
      value: opts.modelBytes,
      threshold: opts.memoryLimitBytes,
      message: ok ? `the model file (${mib(opts.modelBytes)}) fits the memory limit (${mib(opts.memoryLimitBytes)})` : `the model file alone (${mib(opts.modelBytes)}) is larger than the memory limit (${mib(opts.memoryLimitBytes)}); ONNX Runtime keeps the weights in memory, so it cannot be served within the limit`
    });
  }
  return checks;
}
function opsetCheck(domain, version, runtime, ort, opTypes, localDomains) {
  const base = { check: "runtime.opset", value: version, feature: domain === "" ? "ai.onnx" : domain };
  const limit = domain === "" || domain === "ai.onnx" ? runtime.maxOpset : domain === "ai.onnx.ml" ? runtime.maxMlOpset : void 0;
  if (limit !== void 0) {
    const ok = version <= limit;
    return {
      ...base,
      status: ok ? "pass" : "fail",
      threshold: `\u2264 ${limit}`,
      message: ok ? `${base.feature} opset ${version} is supported by ${ort} (\u2264 ${limit})` : `${base.feature} opset ${version} is newer than ${ort} supports (\u2264 ${limit}): export with opset ${limit} or older, or serve with a newer onnxruntime-node`
    };
  }
  if (RUNTIME_DOMAINS.has(domain)) {
    return {
      ...base,
      status: "pass",
      threshold: null,
      message: `${domain} is ONNX Runtime's own operator domain: the model is served by ONNX Runtime only`
    };
  }
  const used = opTypes.filter((op) => op.startsWith(`${domain}:`));
  if (localDomains.has(domain)) {
    return {
      ...base,
      status: "pass",
      threshold: null,
      message: `${domain} is defined by the model's own local functions, which ONNX Runtime inlines`
    };
  }
  if (used.length === 0) {
    return {
      ...base,
      status: "warn",
      threshold: null,
      message: `the model imports the unknown operator domain ${domain} but no node uses it; ONNX Runtime ignores it, and the exporter should drop it`
    };
  }
  return {
    ...base,
    status: "fail",
    threshold: null,
    message: `custom operator domain ${domain} (${used.slice(0, 5).join(", ")}${used.length > 5 ? `, and ${used.length - 5} more` : ""}) is unknown to ${ort}: it has no kernels for these ops, and the prediction server registers no custom-op library; export with standard ONNX operators`
  };
}
function normalizeExecutionProvider(name) {
  const short = name.trim().replace(/ExecutionProvider$/i, "").toLowerCase();
  return short === "tensorrt" || short === "trt" ? "tensorrt" : short;
}
async function availableExecutionProviders() {
  const ort = await loadOnnxRuntime();
  const binaries = path.join(
    path.dirname(await resolveOnnxRuntime()),
    "..",
    "bin",
    "napi-v6",
    process.platform,
    process.arch
  );
  return ort.listSupportedBackends().map((backend) => {
    if (backend.bundled) return { name: backend.name, available: true, reason: "bundled with onnxruntime-node" };
    const library = path.join(binaries, providerLibraryName(backend.name));
    return existsSync(library) ? { name: backend.name, available: true, reason: `its provider library is installed (${library})` } : {
      name: backend.name,
      available: false,
      reason: `onnxruntime-node was installed without its ${backend.name} provider library (${path.basename(library)} is missing; install with ONNXRUNTIME_NODE_INSTALL=${backend.name === "cuda" ? "cuda12" : backend.name}, on a machine with the drivers)`
    };
  });
}
function providerLibraryName(name) {
  if (process.platform === "win32") return `onnxruntime_providers_${name}.dll`;
  return `libonnxruntime_providers_${name}.${process.platform === "darwin" ? "dylib" : "so"}`;
}
function localFunctionDomains(bytes) {
  const domains = /* @__PURE__ */ new Set();
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
function* fields(bytes, from, to) {
  let at = from;
  const varint = () => {
    let value = 0;
    let scale = 1;
    for (; ; ) {
      if (at >= to) throw new RangeError("truncated varint");
      const byte = bytes[at++];
      value += (byte & 127) * scale;
      if (byte < 128) return value;
      scale *= 128;
      if (scale > 2 ** 63) throw new RangeError("varint too long");
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
      if (at > to) throw new RangeError("truncated field");
      yield { number, wire, start, end: at };
    } else {
      throw new RangeError(`unsupported wire type ${wire}`);
    }
  }
}
async function resolveOnnxRuntime() {
  return onnxRuntimeEntry();
}
async function measureLoad(onnxPath, options) {
  const request = {
    ortPath: options.ortModulePath ?? await resolveOnnxRuntime(),
    modelPath: path.resolve(onnxPath),
    executionProviders: (options.executionProviders.length > 0 ? options.executionProviders : ["cpu"]).map(
      normalizeExecutionProvider
    )
  };
  const failures = [];
  const attempts = Math.max(0, Math.floor(options.retries)) + 1;
  let last;
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
        failures
      };
    }
    const error = outcome.error ?? "the probe reported no result";
    failures.push(error);
    last = {
      loadSeconds: null,
      sessionSeconds: null,
      firstInferenceSeconds: null,
      peakRssBytes: report?.peakRssBytes ?? null,
      baselineRssBytes: report?.baselineRssBytes ?? null,
      attempts: attempt,
      error,
      failures
    };
  }
  return last;
}
async function runProbe(request, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", memoryProbeSource()], {
      env: { ...process.env, [PROBE_ENV]: JSON.stringify(request) },
      stdio: ["ignore", "pipe", "pipe"]
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      if (stdout.length < 1 << 20) stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      stderr = (stderr + chunk).slice(-4e3);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    const settle = (error) => {
      clearTimeout(timer);
      const report = parseProbeOutput(stdout);
      resolve({ report, ...error === void 0 ? {} : { error } });
    };
    child.on("error", (error) => settle(`cannot start ${process.execPath}: ${describeThrown(error, 200)}`));
    child.on("close", (code, signal) => {
      const report = parseProbeOutput(stdout);
      if (timedOut) {
        settle(`did not load and answer a first request within ${timeoutMs / 1e3} s (killed)`);
      } else if (report?.ok === false) {
        const what = report.stage === "runtime" ? "onnxruntime-node could not be loaded" : report.stage === "load" ? "ONNX Runtime could not load the model" : "the model loaded but failed its first inference (one row of zeros)";
        settle(`${what}: ${shorten(report.error, 600)}`);
      } else if (report === void 0) {
        const tail = lastLines(stderr);
        const how = signal === null ? `exited with code ${code}` : `was killed by ${signal}`;
        settle(
          `the load probe ${how} before reporting${signal === "SIGKILL" ? " (out of memory?)" : ""}${tail === "" ? "" : `: ${tail}`}`
        );
      } else {
        settle(void 0);
      }
    });
  });
}
function lastLines(text) {
  return shorten(
    text.split(String.fromCharCode(27)).map((part, at) => at === 0 ? part : part.replace(/^\[[0-9;]*m/, "")).join("").trim().split("\n").slice(-3).join(" | "),
    600
  );
}
function loadChecks(measure, limits) {
  const checks = [];
  const loaded = measure.error === void 0;
  checks.push({
    check: "load.success",
    status: !loaded ? "fail" : measure.attempts > 1 ? "warn" : "pass",
    value: loaded,
    threshold: null,
    message: !loaded ? `the model did not load and answer after ${measure.attempts} attempt${measure.attempts === 1 ? "" : "s"}: ${measure.error}` : measure.attempts > 1 ? `the model loaded only on attempt ${measure.attempts}; earlier attempts failed: ${measure.failures.join("; ")}` : "the model loaded and answered a first request",
    ...loaded || measure.failures.length <= 1 ? {} : { examples: measure.failures.map((failure) => shorten(failure, 200)) }
  });
  checks.push(
    measure.loadSeconds === null ? {
      check: "load.time",
      status: "skip",
      value: null,
      threshold: limits.loadTimeoutSeconds,
      message: "not measured: the model did not load"
    } : {
      check: "load.time",
      status: measure.loadSeconds <= limits.loadTimeoutSeconds ? "pass" : "fail",
      value: round(measure.loadSeconds, 3),
      threshold: limits.loadTimeoutSeconds,
      message: `loaded in ${measure.sessionSeconds?.toFixed(3)} s and answered the first request in ${measure.firstInferenceSeconds?.toFixed(3)} s: ${measure.loadSeconds.toFixed(3)} s ${measure.loadSeconds <= limits.loadTimeoutSeconds ? "within" : "over"} the ${limits.loadTimeoutSeconds} s limit`
    }
  );
  if (measure.peakRssBytes === null || measure.error !== void 0) {
    checks.push({
      check: "load.memory",
      status: "skip",
      value: measure.peakRssBytes,
      threshold: limits.memoryLimitBytes ?? null,
      message: "not measured: the model did not load"
    });
  } else {
    const own = measure.baselineRssBytes === null ? "" : ` (the model's own share ${mib(measure.peakRssBytes - measure.baselineRssBytes)})`;
    const limit = limits.memoryLimitBytes;
    checks.push({
      check: "load.memory",
      status: limit === void 0 || measure.peakRssBytes <= limit ? "pass" : "fail",
      value: measure.peakRssBytes,
      threshold: limit ?? null,
      message: limit === void 0 ? `peak memory ${mib(measure.peakRssBytes)}${own}; no memory limit set` : `peak memory ${mib(measure.peakRssBytes)}${own} is ${measure.peakRssBytes <= limit ? "within" : "over"} the limit of ${mib(limit)}`
    });
  }
  return checks;
}
function round(value, digits) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
function mib(bytes) {
  if (bytes < 2 ** 10) return `${bytes} B`;
  if (bytes < 2 ** 20) return `${(bytes / 2 ** 10).toFixed(1)} KiB`;
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}
var BINARY_UNITS = {
  ki: 2 ** 10,
  mi: 2 ** 20,
  gi: 2 ** 30,
  ti: 2 ** 40,
  pi: 2 ** 50,
  ei: 2 ** 60
};
var DECIMAL_UNITS = { k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15, e: 1e18 };
function parseMemoryLimit(text) {
  const trimmed = text.trim();
  const match = /^(\d+(?:\.\d+)?(?:[eE]\d+)?)\s*([A-Za-z]*)$/.exec(trimmed);
  const fail = (why) => {
    throw new ConfigurationError(
      `memory-limit: "${shorten(text, 40)}" ${why}; write a quantity such as 512Mi, 2Gi, 1G, 300MB or a byte count`
    );
  };
  if (match === null) return fail("is not a memory quantity");
  const [, number, suffix = ""] = match;
  if (suffix === "m") return fail("is ambiguous (milli in Kubernetes, mebi in Docker)");
  const unit = (/b$/i.test(suffix) ? suffix.slice(0, -1) : suffix).toLowerCase();
  const scale = unit === "" ? 1 : BINARY_UNITS[unit] ?? DECIMAL_UNITS[unit];
  if (scale === void 0) return fail(`has an unknown unit "${suffix}"`);
  const bytes = Math.round(Number(number) * scale);
  if (!(bytes >= 1)) return fail("is not a positive amount");
  if (!Number.isSafeInteger(bytes)) return fail("is too large");
  return bytes;
}

export {
  SUPPORTED_RUNTIME,
  runtimeSupport,
  installedRuntimeSupport,
  runtimeChecks,
  normalizeExecutionProvider,
  availableExecutionProviders,
  localFunctionDomains,
  resolveOnnxRuntime,
  measureLoad,
  loadChecks,
  parseMemoryLimit
};
