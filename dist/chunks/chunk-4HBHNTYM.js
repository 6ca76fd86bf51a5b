import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  featureKinds,
  instanceValue,
  predictUrl
} from "./chunk-GLPTQLOX.js";
import {
  startServer
} from "./chunk-HLS46LYZ.js";
import {
  loadModelUnderTest
} from "./chunk-3NTB6ZMW.js";
import {
  inspectOnnx,
  readColumns
} from "./chunk-ML4FHX6S.js";
import {
  buildFeeds
} from "./chunk-R7CK5MXY.js";
import {
  fileArtifact,
  modelArtifact
} from "./chunk-4HLTMQIY.js";
import {
  ActionInputs,
  configSection,
  setOutputs
} from "./chunk-3RSZWOQD.js";
import {
  createSession,
  loadOnnxRuntime,
  onnxRuntimeEntry,
  runBatch
} from "./chunk-3FJXVL4H.js";
import {
  checksLines,
  checksTable,
  formatNumber
} from "./chunk-5MNTP7TV.js";
import {
  compileValidator,
  readJsonFile
} from "./chunk-WWB6BSG2.js";
import {
  ConfigurationError,
  describeThrown,
  shorten
} from "./chunk-PUKCIQPK.js";

// src/actions/check-serving-compat.ts
import { mkdir, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/serve/check.ts
import { readFile, stat } from "node:fs/promises";

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

// src/serve/contract.ts
import { readFileSync } from "node:fs";

// schemas/api-contract.schema.json
var api_contract_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/mlops-actions/mlops-actions/schemas/api-contract.schema.json",
  title: "mlops-actions prediction API contract",
  description: "What clients of the prediction server send and read: the request fields (one per raw feature), the response outputs and the class labels. check-serving-compat compares a candidate model's contract with this declared one and with the baseline model's.",
  type: "object",
  additionalProperties: false,
  required: ["inputs", "outputs"],
  properties: {
    $schema: { type: "string" },
    description: { type: "string" },
    inputs: {
      type: "array",
      minItems: 1,
      description: "Request fields, one per raw feature, by name (order does not matter).",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "dtype", "required"],
        properties: {
          name: { type: "string", minLength: 1 },
          dtype: { enum: ["float32", "float64", "int64", "int32", "string", "bool"] },
          kind: { enum: ["numeric", "categorical"] },
          required: {
            type: "boolean",
            description: "Whether a request must carry the field; the server rejects fields it does not know."
          }
        }
      }
    },
    outputs: {
      type: "array",
      description: "Response outputs by name.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "dtype"],
        properties: {
          name: { type: "string", minLength: 1 },
          dtype: {
            type: "string",
            minLength: 1,
            description: "float32, float64, int64, int32, string or bool; other ONNX element types by their ONNX name."
          },
          shape: {
            type: "array",
            items: { type: ["integer", "string", "null"] },
            description: "A string or null is a dynamic dimension (e.g. the batch); a number is fixed."
          }
        }
      }
    },
    classes: {
      type: "array",
      items: { type: "string" },
      description: "Class labels in the order of the probability columns."
    }
  }
};

// src/serve/contract.ts
var validateContract = compileValidator(
  api_contract_schema_default,
  "API contract (see schemas/api-contract.schema.json)"
);
var ONNX_TO_DTYPE = {
  float: "float32",
  double: "float64",
  int64: "int64",
  int32: "int32",
  string: "string",
  bool: "bool"
};
function contractOf(model, info) {
  const seen = /* @__PURE__ */ new Set();
  const inputs = [];
  for (const binding of model.inputs) {
    if (seen.has(binding.feature)) continue;
    seen.add(binding.feature);
    inputs.push({ name: binding.feature, dtype: binding.dtype, kind: binding.kind, required: true });
  }
  const recorded = model.manifest?.outputs.tensors ?? model.outputs.tensors;
  const outputs = recorded.length > 0 ? recorded.map((tensor) => ({
    name: tensor.name,
    dtype: ONNX_TO_DTYPE[tensor.dtype] ?? tensor.dtype,
    shape: tensor.shape
  })) : (info ?? inspectOnnx(readFileSync(model.onnxPath), model.onnxPath)).outputs.map(outputOf);
  const classes = model.outputs.classes;
  return { inputs, outputs, ...classes === void 0 ? {} : { classes: [...classes] } };
}
function outputOf(value) {
  const dtype = value.elemType === null ? value.type : ONNX_TO_DTYPE[value.elemType] ?? value.elemType;
  return { name: value.name, dtype, ...value.shape === null ? {} : { shape: value.shape } };
}
async function loadContract(path3) {
  return parseContract(await readJsonFile(path3, "API contract"), path3);
}
function parseContract(value, source) {
  const contract = validateContract(value, source);
  for (const [list, what] of [
    [contract.inputs, "inputs"],
    [contract.outputs, "outputs"]
  ]) {
    const names = list.map((entry) => entry.name);
    const duplicate = names.find((name, at) => names.indexOf(name) !== at);
    if (duplicate !== void 0) {
      throw new ConfigurationError(`${source} is not a valid API contract: \`${what}\` names \`${duplicate}\` twice`);
    }
  }
  return contract;
}
var WIDENINGS = /* @__PURE__ */ new Set(["int32\u2192int64", "int32\u2192float64", "float32\u2192float64"]);
function diffContracts(candidate, reference, what) {
  const theirs = what === "baseline" ? "the baseline's contract" : "the declared contract";
  const changes = [];
  const candidateInputs = new Map(candidate.inputs.map((input) => [input.name, input]));
  const referenceInputs = new Map(reference.inputs.map((input) => [input.name, input]));
  const removed = reference.inputs.filter((input) => !candidateInputs.has(input.name));
  const added = candidate.inputs.filter((input) => !referenceInputs.has(input.name));
  for (const old of removed) {
    const renamed = likelyRename(old, added);
    if (renamed !== void 0) {
      added.splice(added.indexOf(renamed), 1);
      changes.push({
        kind: "input-renamed",
        breaking: true,
        name: renamed.name,
        from: old.name,
        to: renamed.name,
        message: `input \`${old.name}\` was probably renamed to \`${renamed.name}\` (${theirs} has \`${old.name}\`, the candidate \`${renamed.name}\`, both ${old.dtype}): clients that send \`${old.name}\` are rejected${renamed.required ? ` and lack the required \`${renamed.name}\`` : ""}`
      });
      continue;
    }
    changes.push({
      kind: "input-removed",
      breaking: true,
      name: old.name,
      from: old.dtype,
      message: `input \`${old.name}\` (${old.dtype}) is in ${theirs} but not in the candidate's: clients that still send it are rejected, because the server refuses unknown fields`
    });
  }
  for (const input of added) {
    changes.push(
      input.required ? {
        kind: "input-added-required",
        breaking: true,
        name: input.name,
        to: input.dtype,
        message: `input \`${input.name}\` (${input.dtype}) is new and required: requests built for ${theirs} lack it and are rejected`
      } : {
        kind: "input-added-optional",
        breaking: false,
        name: input.name,
        to: input.dtype,
        message: `input \`${input.name}\` (${input.dtype}) is new and optional: requests built for ${theirs} still work`
      }
    );
  }
  for (const input of candidate.inputs) {
    const old = referenceInputs.get(input.name);
    if (old === void 0) continue;
    if (old.dtype !== input.dtype) {
      const widening = WIDENINGS.has(`${old.dtype}\u2192${input.dtype}`);
      changes.push({
        kind: "dtype-changed",
        breaking: !widening,
        name: input.name,
        from: old.dtype,
        to: input.dtype,
        message: `input \`${input.name}\`: ${old.dtype} \u2192 ${input.dtype}${widening ? " (a widening: every value clients send today is still accepted)" : `: clients that send ${old.dtype} values as ${theirs} says are rejected or misread`}`
      });
    } else if (old.kind !== void 0 && input.kind !== void 0 && old.kind !== input.kind) {
      changes.push({
        kind: "kind-changed",
        breaking: false,
        name: input.name,
        from: old.kind,
        to: input.kind,
        message: `input \`${input.name}\`: ${old.kind} \u2192 ${input.kind} (still ${input.dtype}): requests still validate, but the model reads the values differently`
      });
    }
    if (old.required !== input.required) {
      changes.push({
        kind: "input-required-changed",
        breaking: input.required,
        name: input.name,
        from: old.required ? "required" : "optional",
        to: input.required ? "required" : "optional",
        message: input.required ? `input \`${input.name}\`: optional \u2192 required: clients that omit it, as ${theirs} allows, are rejected` : `input \`${input.name}\`: required \u2192 optional`
      });
    }
  }
  const candidateOutputs = new Map(candidate.outputs.map((output) => [output.name, output]));
  const referenceOutputs = new Map(reference.outputs.map((output) => [output.name, output]));
  for (const old of reference.outputs) {
    const output = candidateOutputs.get(old.name);
    if (output === void 0) {
      changes.push({
        kind: "output-removed",
        breaking: true,
        name: old.name,
        from: old.dtype,
        message: `output \`${old.name}\` (${old.dtype}) is in ${theirs} but the candidate does not produce it: clients that read it break`
      });
      continue;
    }
    if (old.dtype !== output.dtype) {
      changes.push({
        kind: "output-dtype-changed",
        breaking: true,
        name: old.name,
        from: old.dtype,
        to: output.dtype,
        message: `output \`${old.name}\`: ${old.dtype} \u2192 ${output.dtype}`
      });
    }
    if (old.shape !== void 0 && output.shape !== void 0 && !shapeHonours(output.shape, old.shape)) {
      changes.push({
        kind: "output-shape-changed",
        breaking: true,
        name: old.name,
        from: renderShape(old.shape),
        to: renderShape(output.shape),
        message: `output \`${old.name}\`: shape ${renderShape(old.shape)} \u2192 ${renderShape(output.shape)}`
      });
    }
  }
  for (const output of candidate.outputs) {
    if (referenceOutputs.has(output.name)) continue;
    changes.push({
      kind: "output-added",
      breaking: false,
      name: output.name,
      to: output.dtype,
      message: `output \`${output.name}\` (${output.dtype}${output.shape === void 0 ? "" : ` ${renderShape(output.shape)}`}) is new`
    });
  }
  const classes = classesChange(candidate.classes, reference.classes, theirs);
  if (classes !== void 0) changes.push(classes);
  return changes;
}
function likelyRename(old, added) {
  const sameDtype = added.filter((input) => input.dtype === old.dtype);
  const sameKind = sameDtype.filter(
    (input) => old.kind === void 0 || input.kind === void 0 || input.kind === old.kind
  );
  const pool = sameKind.length > 0 ? sameKind : sameDtype;
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const input of pool) {
    const distance = editDistance(old.name.toLowerCase(), input.name.toLowerCase());
    if (distance < bestDistance) {
      best = input;
      bestDistance = distance;
    }
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function shapeHonours(candidate, reference) {
  if (candidate.length !== reference.length) return false;
  return reference.every((dim, at) => typeof dim !== "number" || candidate[at] === dim);
}
function renderShape(shape) {
  return `[${shape.map((dim) => dim === null ? "?" : String(dim)).join(", ")}]`;
}
function classesChange(candidate, reference, theirs) {
  if (reference === void 0) {
    if (candidate === void 0) return void 0;
    return {
      kind: "classes-changed",
      breaking: false,
      name: "classes",
      to: candidate.join(", "),
      message: `the candidate names its classes (${candidate.join(", ")}); ${theirs} names none`
    };
  }
  if (candidate === void 0) {
    return {
      kind: "classes-changed",
      breaking: true,
      name: "classes",
      from: reference.join(", "),
      message: `${theirs} names the classes ${reference.join(", ")}; the candidate names none, so clients cannot map probability columns to labels`
    };
  }
  if (candidate.length === reference.length && candidate.every((label, at) => label === reference[at]))
    return void 0;
  const gone = reference.filter((label) => !candidate.includes(label));
  const fresh = candidate.filter((label) => !reference.includes(label));
  const detail = gone.length === 0 && fresh.length === 0 ? "same labels in a new order: a probability column now means a different class" : [gone.length > 0 ? `removed ${gone.join(", ")}` : "", fresh.length > 0 ? `added ${fresh.join(", ")}` : ""].filter(Boolean).join("; ");
  return {
    kind: "classes-changed",
    breaking: true,
    name: "classes",
    from: reference.join(", "),
    to: candidate.join(", "),
    message: `classes: [${reference.join(", ")}] \u2192 [${candidate.join(", ")}] (${detail})`
  };
}
var INPUT_KINDS = /* @__PURE__ */ new Set([
  "input-removed",
  "input-renamed",
  "input-added-required",
  "input-added-optional",
  "input-required-changed",
  "dtype-changed",
  "kind-changed"
]);
var HARMLESS = /* @__PURE__ */ new Set(["input-added-optional", "output-added", "input-required-changed"]);
function contractChecks(changes, what) {
  if (changes.length === 0) {
    return [
      {
        check: `contract.${what}`,
        status: "pass",
        value: 0,
        threshold: null,
        message: `the API contract matches ${what === "baseline" ? "the baseline model's" : "the declared one"}`
      }
    ];
  }
  return changes.map((change) => ({
    check: `contract.${what}.${change.kind}`,
    status: change.breaking ? "fail" : HARMLESS.has(change.kind) ? "pass" : "warn",
    value: change.from !== void 0 && change.to !== void 0 ? `${change.from} \u2192 ${change.to}` : change.to ?? change.from ?? null,
    threshold: null,
    message: change.message,
    ...INPUT_KINDS.has(change.kind) ? { feature: change.name } : {}
  }));
}

// src/serve/check.ts
function malformedRequests(features) {
  const valid = Object.fromEntries(features.map((feature) => [feature, null]));
  const [first] = features;
  return [
    { name: "invalid JSON", body: '{"instances": [' },
    { name: "not an object", body: "[1, 2, 3]" },
    { name: "no instances", body: "{}" },
    { name: "empty instances", body: '{"instances": []}' },
    { name: "unknown feature", body: JSON.stringify({ instances: [{ ...valid, mlops_no_such_feature: 1 }] }) },
    ...first === void 0 ? [] : [{ name: "wrong type", body: JSON.stringify({ instances: [{ ...valid, [first]: { nested: true } }] }) }],
    { name: "wrong content type", body: "a=1", contentType: "application/x-www-form-urlencoded" }
  ];
}
async function checkServing(request) {
  const model = await loadModelUnderTest(request.model, request.features);
  const bytes = await readFile(model.onnxPath);
  const info = inspectOnnx(bytes, model.onnxPath);
  const checks = [];
  const providers = request.executionProviders.map(normalizeExecutionProvider);
  const runtime = await installedRuntimeSupport();
  checks.push(
    ...runtimeChecks(info, runtime, {
      executionProviders: providers,
      availableProviders: await availableExecutionProviders(),
      modelBytes: (await stat(model.onnxPath)).size,
      localFunctionDomains: localFunctionDomains(bytes),
      ...request.memoryLimitBytes === void 0 ? {} : { memoryLimitBytes: request.memoryLimitBytes }
    })
  );
  request.log(`loading ${model.name} ${model.version.slice(0, 19)}\u2026 in a separate process to measure it`);
  const measured = await measureLoad(model.onnxPath, {
    timeoutMs: request.loadTimeoutSeconds * 1e3 + 15e3,
    retries: request.retries,
    executionProviders: providers
  });
  checks.push(
    ...loadChecks(measured, {
      loadTimeoutSeconds: request.loadTimeoutSeconds,
      ...request.memoryLimitBytes === void 0 ? {} : { memoryLimitBytes: request.memoryLimitBytes }
    })
  );
  const candidateContract = contractOf(model, info);
  if (request.contract !== void 0) {
    const declared = await loadContract(request.contract);
    checks.push(...contractChecks(diffContracts(candidateContract, declared, "declared"), "declared"));
  }
  if (request.baseline !== void 0) {
    const baseline = await loadModelUnderTest(request.baseline, request.features);
    checks.push(...contractChecks(diffContracts(candidateContract, contractOf(baseline), "baseline"), "baseline"));
  } else {
    checks.push({
      check: "contract.baseline",
      status: "skip",
      value: null,
      threshold: null,
      message: "no baseline given: the API is not compared with the deployed model"
    });
  }
  let servedParity = null;
  let goldenCount = 0;
  let malformedCount = 0;
  if (measured.error !== void 0) {
    checks.push({
      check: "serving.server",
      status: "skip",
      value: null,
      threshold: null,
      message: "the model did not load, so the server was not started"
    });
  } else {
    const server = await startServer(
      model,
      { port: 0, executionProviders: providers, shutdownGraceMs: 5e3 },
      { log: request.log }
    );
    try {
      const url = predictUrl(server.url, server.modelName);
      const golden = await goldenExchanges(request, model);
      goldenCount = golden.length;
      if (golden.length === 0) {
        checks.push({
          check: "serving.parity",
          status: "fail",
          value: null,
          threshold: request.tolerance,
          message: "no golden requests: give `data` (rows to send) or `golden-requests`, so served outputs can be compared"
        });
      } else {
        servedParity = await compareServed(url, golden, model.outputs.classes ?? []);
        const ok = servedParity <= request.tolerance;
        checks.push({
          check: "serving.parity",
          status: ok ? "pass" : "fail",
          value: servedParity,
          threshold: request.tolerance,
          message: ok ? `${golden.length} golden requests: served outputs equal the offline outputs (max |diff| ${servedParity.toExponential(2)})` : `served outputs differ from the offline outputs by up to ${servedParity} (allowed ${request.tolerance}): training/serving skew in feature handling; compare the request records with the data`
        });
      }
      const malformed = malformedRequests([...new Set(model.inputs.map((binding) => binding.feature))]);
      malformedCount = malformed.length;
      checks.push(...await malformedChecks(url, malformed));
      const alive = await fetch(`${server.url}/v2/health/ready`).then((response) => response.status).catch(() => 0);
      checks.push({
        check: "serving.alive-after-bad-requests",
        status: alive === 200 ? "pass" : "fail",
        value: alive,
        threshold: 200,
        message: alive === 200 ? "the server is still ready after the malformed requests" : `the server answered ${alive} to /v2/health/ready after the malformed requests`
      });
    } finally {
      await server.close();
    }
  }
  return {
    verdict: {
      kind: "check-serving-compat",
      passed: checks.every((check) => check.status !== "fail"),
      checks,
      createdAt: (/* @__PURE__ */ new Date()).toISOString()
    },
    model: { name: model.name, version: model.version },
    servedParity,
    goldenRequests: goldenCount,
    malformedRequests: malformedCount,
    load: {
      loadSeconds: measured.loadSeconds,
      peakRssBytes: measured.peakRssBytes,
      baselineRssBytes: measured.baselineRssBytes
    }
  };
}
async function goldenExchanges(request, model) {
  if (request.goldenRequests !== void 0) return readGoldenFile(request.goldenRequests, model);
  if (request.data === void 0) return [];
  const features = [...new Set(model.inputs.map((binding) => binding.feature))];
  const table = await readColumns(request.data, "data", features, {
    format: request.format,
    maxRows: request.goldenRows,
    ...request.delimiter === void 0 ? {} : { delimiter: request.delimiter }
  });
  const rows = Math.min(table.rows, request.goldenRows);
  const columns = new Map([...table.columns].map(([name, values]) => [name, values.slice(0, rows)]));
  const session = await createSession(model.onnxPath, `model ${request.model}`);
  let outputs;
  try {
    outputs = await runBatch(
      session,
      buildFeeds(model.inputs, columns, rows, (row) => `data row ${row + 1}`),
      model.outputs,
      rows
    );
  } finally {
    await session.release();
  }
  const kinds = featureKinds(model.inputs);
  const exchanges = [];
  for (let row = 0; row < rows; row++) {
    const instance = {};
    for (const feature of features)
      instance[feature] = instanceValue(columns.get(feature)?.[row] ?? null, kinds.get(feature));
    exchanges.push({ body: JSON.stringify({ instances: [instance] }), expected: [expectedRow(outputs, row)] });
  }
  return exchanges;
}
function expectedRow(outputs, row) {
  if (outputs.probabilities !== void 0) {
    const k = outputs.classes ?? 2;
    return Array.from(outputs.probabilities.subarray(row * k, (row + 1) * k));
  }
  return [outputs.prediction?.[row] ?? Number.NaN];
}
async function readGoldenFile(file, model) {
  const text = await readFile(file, "utf8").catch((error) => {
    throw new ConfigurationError(`golden-requests: cannot read ${file}: ${error.code ?? error.message}`);
  });
  const classes = model.outputs.classes ?? [];
  return text.split("\n").map((line, index) => ({ line: line.trim(), number: index + 1 })).filter(({ line }) => line !== "").map(({ line, number }) => {
    let parsed;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new ConfigurationError(`${file} line ${number}: not valid JSON: ${shorten(line, 60)}`);
    }
    const predictions = parsed.response?.predictions;
    if (parsed.request === void 0 || !Array.isArray(predictions)) {
      throw new ConfigurationError(
        `${file} line ${number}: expected {"request": {...}, "response": {"predictions": [...]}}`
      );
    }
    return {
      body: JSON.stringify(parsed.request),
      expected: predictions.map((prediction) => predictionVector(prediction, classes, file, number))
    };
  });
}
function predictionVector(prediction, classes, file, line) {
  const record = prediction;
  if (record?.probabilities !== void 0) return classes.map((name) => Number(record.probabilities?.[name]));
  if (typeof record?.value === "number") return [record.value];
  throw new ConfigurationError(`${file} line ${line}: each prediction needs "probabilities" (by class) or "value"`);
}
async function compareServed(url, golden, classes) {
  let worst = 0;
  for (const exchange of golden) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: exchange.body
    });
    const text = await response.text();
    if (response.status !== 200) {
      throw new ConfigurationError(
        `a golden request got HTTP ${response.status}: ${shorten(text, 200)} (request ${shorten(exchange.body, 120)})`
      );
    }
    const served = JSON.parse(text).predictions;
    exchange.expected.forEach((expected, index) => {
      const prediction = served[index];
      const probabilities = prediction?.probabilities;
      const values = probabilities !== void 0 ? classes.length > 0 ? classes.map((name) => probabilities[name] ?? Number.NaN) : Object.values(probabilities) : [prediction?.value ?? Number.NaN];
      expected.forEach((value, k) => {
        const difference = Math.abs((values[k] ?? Number.NaN) - value);
        worst = Number.isNaN(difference) ? Number.POSITIVE_INFINITY : Math.max(worst, difference);
      });
    });
  }
  return worst;
}
async function malformedChecks(url, requests) {
  const checks = [];
  for (const malformed of requests) {
    let status = 0;
    let detail = "";
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": malformed.contentType ?? "application/json" },
        body: malformed.body
      });
      status = response.status;
      detail = shorten(await response.text(), 120);
    } catch (error) {
      detail = describeThrown(error, 120);
    }
    const clean = status >= 400 && status < 500;
    checks.push({
      check: "serving.bad-request",
      status: clean ? "pass" : "fail",
      value: status,
      threshold: "4xx",
      message: clean ? `${malformed.name}: ${status} ${detail}` : `${malformed.name}: expected a 4xx answer, got ${status || "no answer"} ${detail}`
    });
  }
  return checks;
}

// src/serve/report.ts
function mebibytes(bytes) {
  return bytes === null ? "not measured" : `${(bytes / 1048576).toFixed(1)} MiB`;
}
function renderServingMarkdown(result) {
  const { load } = result;
  return [
    `## ${result.verdict.passed ? "\u2705" : "\u274C"} check-serving-compat: \`${result.model.name}\` ${result.verdict.passed ? "serves" : "does not serve safely"}`,
    "",
    `Model \`${result.model.version.slice(0, 19)}\u2026\`: loaded in ${load.loadSeconds === null ? "n/a" : `${load.loadSeconds.toFixed(2)} s`}, peak memory ${mebibytes(load.peakRssBytes)} (runtime alone ${mebibytes(load.baselineRssBytes)}); ${result.goldenRequests} golden requests, served-vs-offline max |diff| ${formatNumber(result.servedParity)}; ${result.malformedRequests} malformed requests.`,
    "",
    ...checksTable(result.verdict.checks),
    ""
  ].join("\n");
}
function renderServingTerminal(result) {
  return [
    `check-serving-compat: ${result.verdict.passed ? "PASSED" : "FAILED"} \u2014 ${result.model.name} ${result.model.version.slice(0, 19)}\u2026`,
    ...checksLines(result.verdict.checks)
  ].join("\n");
}

// src/actions/check-serving-compat.ts
var ACTION = "check-serving-compat";
async function runCheckServingCompat(io) {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string("output") ?? path2.join(".mlops", ACTION);
  const memoryLimit = inputs.string("memory-limit");
  const relative = (value, key) => {
    if (value === void 0) return void 0;
    if (typeof value !== "string") throw new ConfigurationError(`mlops.yml: \`${ACTION}.${key}\` must be a path`);
    return inputs.config === void 0 || path2.isAbsolute(value) ? value : path2.join(inputs.config.directory, value);
  };
  const features = section.features;
  const golden = inputs.list("golden-requests");
  if (golden.length > 1)
    throw new ConfigurationError(`${ACTION}: give one \`golden-requests\` file (got ${golden.length})`);
  const baseline = inputs.string("baseline");
  const data = inputs.string("data");
  const contract = relative(section.contract, "contract");
  const result = await checkServing({
    model: inputs.required("model"),
    features: Array.isArray(features) ? features.map(String) : [],
    ...baseline === void 0 ? {} : { baseline },
    ...contract === void 0 ? {} : { contract },
    ...data === void 0 ? {} : { data },
    format: "auto",
    ...golden[0] === void 0 ? {} : { goldenRequests: golden[0] },
    goldenRows: typeof section["golden-rows"] === "number" ? section["golden-rows"] : 100,
    ...memoryLimit === void 0 ? {} : { memoryLimitBytes: parseMemoryLimit(memoryLimit) },
    loadTimeoutSeconds: inputs.number("load-timeout-seconds", 60, { min: 0.1, max: 3600 }),
    retries: typeof section.retries === "number" ? section.retries : 2,
    tolerance: inputs.number("tolerance", 1e-5, { min: 0 }),
    executionProviders: inputs.list("execution-providers").length > 0 ? inputs.list("execution-providers") : ["cpu"],
    log: (line) => io.report(line)
  });
  await mkdir(output, { recursive: true });
  const verdictPath = path2.join(output, "verdict.json");
  const document = { ...result, format: "mlops-actions/serving-verdict", formatVersion: 1 };
  await writeFile(verdictPath, `${JSON.stringify(document, null, 2)}
`);
  setOutputs(io, ACTION, {
    passed: String(result.verdict.passed),
    verdict: verdictPath,
    "served-parity": result.servedParity === null ? "" : String(result.servedParity)
  });
  for (const check of result.verdict.checks.filter((c) => c.status === "fail").slice(0, 9)) {
    io.annotate("error", `${check.check}: ${check.message}`);
  }
  await io.summary(renderServingMarkdown(result));
  io.report(renderServingTerminal(result));
  io.result(document);
  return {
    passed: result.verdict.passed,
    lineage: {
      parameters: { executionProviders: inputs.list("execution-providers"), memoryLimit: memoryLimit ?? null },
      inputs: [modelArtifact("model", result.model.version, inputs.required("model"))],
      outputs: [await fileArtifact("infra-verdict", "Verdict", verdictPath, { passed: result.verdict.passed })],
      verdicts: [{ kind: "check-serving-compat", passed: result.verdict.passed }]
    }
  };
}

export {
  runCheckServingCompat
};
