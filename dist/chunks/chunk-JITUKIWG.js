import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  fileArtifact,
  modelArtifact
} from "./chunk-635LPGCO.js";
import {
  ActionInputs,
  configSection,
  setOutputs
} from "./chunk-SC2UPTYI.js";

// src/actions/load-test.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
var ACTION = "load-test";
async function runLoadTestAction(io) {
  const inputs = await ActionInputs.load(ACTION, io);
  const section = configSection(inputs.config, ACTION);
  const output = inputs.string("output") ?? path.join(".mlops", ACTION);
  const optional = (name, max = Number.POSITIVE_INFINITY) => inputs.string(name) === void 0 ? void 0 : inputs.number(name, 0, { min: 0, max });
  const thresholds = {};
  const p50 = optional("p50-ms");
  const p95 = optional("p95-ms");
  const p99 = optional("p99-ms");
  const minQps = optional("min-qps");
  const maxErrorRate = optional("max-error-rate", 1);
  if (p50 !== void 0) thresholds.p50Ms = p50;
  if (p95 !== void 0) thresholds.p95Ms = p95;
  if (p99 !== void 0) thresholds.p99Ms = p99;
  if (minQps !== void 0) thresholds.minQps = minQps;
  if (maxErrorRate !== void 0) thresholds.maxErrorRate = maxErrorRate;
  const regression = {};
  const p99Increase = optional("max-p99-regression");
  const qpsDecrease = optional("max-qps-regression", 1);
  if (p99Increase !== void 0) regression.maxP99Increase = p99Increase;
  if (qpsDecrease !== void 0) regression.maxQpsDecrease = qpsDecrease;
  const rate = inputs.string("rate") === void 0 ? void 0 : inputs.number("rate", 1, { min: 0.1 });
  const baseline = inputs.string("baseline");
  const targetUrl = inputs.string("target-url");
  const features = section.features;
  const request = {
    model: inputs.required("model"),
    features: Array.isArray(features) ? features.map(String) : [],
    ...baseline === void 0 ? {} : { baseline },
    data: inputs.required("data"),
    format: "auto",
    ...targetUrl === void 0 ? {} : { targetUrl },
    load: {
      connections: inputs.number("connections", 8, { min: 1, max: 1e4 }),
      durationSeconds: inputs.number("duration", 30, { min: 0.1, max: 3600 }),
      warmupSeconds: inputs.number("warmup", 5, { min: 0, max: 3600 }),
      timeoutSeconds: typeof section["timeout-seconds"] === "number" ? section["timeout-seconds"] : 10,
      ...rate === void 0 ? {} : { rate }
    },
    instancesPerRequest: typeof section["instances-per-request"] === "number" ? section["instances-per-request"] : 1,
    thresholds,
    regression,
    log: (line) => io.report(line),
    progress: (done, total) => io.progress?.("load test (s)", Math.round(done), total)
  };
  const result = await (await import("./plan-POUCQDV6.js")).runLoadTest(request);
  await mkdir(output, { recursive: true });
  const verdictPath = path.join(output, "verdict.json");
  const document = { format: "mlops-actions/load-verdict", formatVersion: 1, ...result };
  await writeFile(verdictPath, `${JSON.stringify(document, null, 2)}
`);
  const latency = result.result.latencyMs;
  setOutputs(io, ACTION, {
    passed: String(result.verdict.passed),
    verdict: verdictPath,
    qps: String(result.result.qps),
    "p50-ms": latency === null ? "" : String(latency.p50),
    "p95-ms": latency === null ? "" : String(latency.p95),
    "p99-ms": latency === null ? "" : String(latency.p99),
    "error-rate": String(result.result.errorRate)
  });
  for (const check of result.verdict.checks.filter((c) => c.status === "fail").slice(0, 9)) {
    io.annotate("error", `${check.check}: ${check.message}`);
  }
  const report = {
    result: result.result,
    checks: result.verdict.checks,
    ...result.baseline === void 0 ? {} : { baseline: result.baseline },
    ...result.sharedCpuCores === null ? {} : { sharedCpuCores: result.sharedCpuCores },
    title: `load-test: ${result.model.name}`
  };
  await io.summary((await import("./report-3ULQIWC5.js")).renderLoadTestMarkdown(report));
  io.report((await import("./report-3ULQIWC5.js")).renderLoadTestTerminal(report));
  io.result(document);
  return {
    passed: result.verdict.passed,
    lineage: {
      parameters: {
        connections: result.result.connections,
        durationSeconds: result.result.durationSeconds,
        targetUrl: targetUrl ?? null
      },
      inputs: [modelArtifact("model", result.model.version, inputs.required("model"))],
      outputs: [await fileArtifact("perf-verdict", "Verdict", verdictPath, { passed: result.verdict.passed })],
      metrics: {
        qps: result.result.qps,
        errorRate: result.result.errorRate,
        p99Ms: result.result.latencyMs?.p99 ?? null
      },
      verdicts: [{ kind: "load-test", passed: result.verdict.passed }]
    }
  };
}

export {
  runLoadTestAction
};
