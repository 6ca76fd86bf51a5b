import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  isLocalTarget,
  runLoad
} from "./chunk-MQJC2JX5.js";
import "./chunk-C47VL7NO.js";
import {
  featureKinds,
  predictUrl,
  requestBodies
} from "./chunk-IR3RMUQH.js";
import {
  startServer
} from "./chunk-ZWJQIIIO.js";
import "./chunk-ISHP52YF.js";
import {
  loadModelUnderTest
} from "./chunk-E2XHC4IF.js";
import {
  readColumns
} from "./chunk-CPEI5QS6.js";
import "./chunk-4RJOQMT2.js";
import "./chunk-YNCSL7WP.js";
import "./chunk-HJIXDHLD.js";
import "./chunk-LE5632HT.js";
import "./chunk-QTAPR7R5.js";
import "./chunk-KHYRHHGG.js";
import "./chunk-KNVOZRVJ.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-5BLKW2OX.js";
import "./chunk-IX446UGZ.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-TPMIUAPN.js";
import {
  formatNumber
} from "./chunk-UZ3AVPPC.js";
import "./chunk-HMXGF6KM.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";

// src/load/plan.ts
import os from "node:os";

// src/load/gates.ts
var NO_THRESHOLDS_MESSAGE = "no load-test thresholds configured: set at least one of p99-ms, min-qps, max-error-rate";
var LATENCY_GATES = [
  ["p50Ms", "p50", "p50-ms"],
  ["p95Ms", "p95", "p95-ms"],
  ["p99Ms", "p99", "p99-ms"]
];
var ms = (value) => `${formatNumber(Number(value.toPrecision(4)))} ms`;
var percent = (fraction) => `${fraction >= 0 ? "+" : ""}${(fraction * 100).toFixed(1)}%`;
function checkLimits(thresholds, regression) {
  const entries = [
    ["p50-ms", thresholds.p50Ms, 0, Number.POSITIVE_INFINITY],
    ["p95-ms", thresholds.p95Ms, 0, Number.POSITIVE_INFINITY],
    ["p99-ms", thresholds.p99Ms, 0, Number.POSITIVE_INFINITY],
    ["min-qps", thresholds.minQps, 0, Number.POSITIVE_INFINITY],
    ["max-error-rate", thresholds.maxErrorRate, 0, 1],
    ["max-p99-regression", regression?.maxP99Increase, 0, Number.POSITIVE_INFINITY],
    ["max-qps-regression", regression?.maxQpsDecrease, 0, 1]
  ];
  for (const [name, value, low, high] of entries) {
    if (value !== void 0 && !(Number.isFinite(value) && value >= low && value <= high)) {
      throw new ConfigurationError(
        `${name} must be a number from ${low}${Number.isFinite(high) ? ` to ${high}` : " up"}, got ${value}`
      );
    }
  }
}
function loadGates(result, thresholds, baseline, regression) {
  checkLimits(thresholds, regression);
  const checks = [];
  const latency = result.latencyMs;
  for (const [key, stat, name] of LATENCY_GATES) {
    const limit = thresholds[key];
    if (limit === void 0) continue;
    if (latency === null) {
      checks.push({
        check: `load.${name}`,
        status: "fail",
        value: null,
        threshold: limit,
        message: `${stat} latency: no successful response to measure (${describeErrors(result)}); limit ${ms(limit)}`
      });
      continue;
    }
    const value = latency[stat];
    const passed = value <= limit;
    checks.push({
      check: `load.${name}`,
      status: passed ? "pass" : "fail",
      value,
      threshold: limit,
      message: `${stat} latency ${ms(value)} ${passed ? "\u2264" : ">"} limit ${ms(limit)}`
    });
  }
  if (thresholds.minQps !== void 0) {
    const limit = thresholds.minQps;
    const passed = result.qps >= limit;
    checks.push({
      check: "load.min-qps",
      status: passed ? "pass" : "fail",
      value: result.qps,
      threshold: limit,
      message: `${formatNumber(round(result.qps))} successful requests/s ${passed ? "\u2265" : "<"} minimum ${formatNumber(limit)} (${result.connections} connections${result.rate === null ? "" : `, rate capped at ${result.rate}/s`})`
    });
  }
  if (thresholds.maxErrorRate !== void 0) {
    const limit = thresholds.maxErrorRate;
    const passed = result.requests > 0 && result.errorRate <= limit;
    checks.push({
      check: "load.max-error-rate",
      status: passed ? "pass" : "fail",
      value: result.errorRate,
      threshold: limit,
      message: result.requests === 0 ? "no request finished in the measured window: the server did not answer" : `error rate ${percentText(result.errorRate)} (${describeErrors(result)}) ${passed ? "\u2264" : ">"} limit ${percentText(limit)}`
    });
  }
  const gated = checks.length > 0 || baseline !== void 0 && hasRegressionLimit(regression);
  checks.push(...regressionChecks(result, baseline, regression));
  if (!gated) {
    return [{ check: "load.thresholds", status: "fail", value: null, threshold: null, message: NO_THRESHOLDS_MESSAGE }];
  }
  return checks;
}
function hasRegressionLimit(regression) {
  return regression?.maxP99Increase !== void 0 || regression?.maxQpsDecrease !== void 0;
}
function regressionChecks(result, baseline, regression) {
  const p99Limit = regression?.maxP99Increase;
  const qpsLimit = regression?.maxQpsDecrease;
  if (baseline === void 0) {
    const skipped = [];
    if (p99Limit !== void 0) {
      skipped.push({
        check: "load.regression.p99",
        status: "skip",
        value: null,
        threshold: p99Limit,
        message: "no baseline: the p99 regression was not checked (give `baseline`)"
      });
    }
    if (qpsLimit !== void 0) {
      skipped.push({
        check: "load.regression.qps",
        status: "skip",
        value: null,
        threshold: -qpsLimit,
        message: "no baseline: the QPS regression was not checked (give `baseline`)"
      });
    }
    return skipped;
  }
  const checks = [];
  const candidateP99 = result.latencyMs?.p99;
  const baselineP99 = baseline.latencyMs?.p99;
  if (candidateP99 === void 0) {
    checks.push({
      check: "load.regression.p99",
      status: p99Limit === void 0 ? "skip" : "fail",
      value: null,
      threshold: p99Limit ?? null,
      message: `no successful candidate response to compare with the baseline's p99 (${describeErrors(result)})`
    });
  } else if (baselineP99 === void 0 || baselineP99 <= 0) {
    checks.push({
      check: "load.regression.p99",
      status: "skip",
      value: null,
      threshold: p99Limit ?? null,
      message: `the baseline run has no latency to compare with (candidate p99 ${ms(candidateP99)})`
    });
  } else {
    const change = candidateP99 / baselineP99 - 1;
    const passed = p99Limit === void 0 || change <= p99Limit;
    checks.push({
      check: "load.regression.p99",
      status: p99Limit === void 0 ? "skip" : passed ? "pass" : "fail",
      value: round(change),
      threshold: p99Limit ?? null,
      message: `p99 ${ms(candidateP99)} vs baseline ${ms(baselineP99)}: ${percent(change)}${p99Limit === void 0 ? " (recorded; set max-p99-regression to gate it)" : ` ${passed ? "\u2264" : ">"} limit ${percent(p99Limit)}`}`
    });
  }
  if (baseline.qps <= 0) {
    checks.push({
      check: "load.regression.qps",
      status: "skip",
      value: null,
      threshold: qpsLimit === void 0 ? null : -qpsLimit,
      message: `the baseline run answered no request successfully (candidate ${formatNumber(round(result.qps))} requests/s)`
    });
  } else {
    const change = result.qps / baseline.qps - 1;
    const passed = qpsLimit === void 0 || change >= -qpsLimit;
    checks.push({
      check: "load.regression.qps",
      status: qpsLimit === void 0 ? "skip" : passed ? "pass" : "fail",
      value: round(change),
      threshold: qpsLimit === void 0 ? null : -qpsLimit,
      message: `${formatNumber(round(result.qps))} requests/s vs baseline ${formatNumber(round(baseline.qps))}: ${percent(change)}${qpsLimit === void 0 ? " (recorded; set max-qps-regression to gate it)" : ` ${passed ? "\u2265" : "<"} limit ${percent(-qpsLimit)}`}`
    });
  }
  return checks;
}
function round(value) {
  return Math.round(value * 1e4) / 1e4;
}
function percentText(fraction) {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}
function describeErrors(result) {
  if (result.errors.total === 0) return `0 of ${result.requests} failed`;
  const kinds = Object.entries(result.errors.byKind).sort(([, a], [, b]) => b - a).map(([kind, count]) => `${kind} \xD7${count}`).join(", ");
  return `${result.errors.total} of ${result.requests} failed: ${kinds}`;
}

// src/load/plan.ts
async function runLoadTest(request) {
  const model = await loadModelUnderTest(request.model, request.features);
  const bodies = await bodiesFor(model, request);
  request.log(`${bodies.length} request bodies of ${request.instancesPerRequest} instance(s) from ${request.data}`);
  const result = request.targetUrl === void 0 ? await againstLocalServer(model, bodies, request, "candidate") : await withProgress(
    request,
    runLoad({ url: targetPredictUrl(request.targetUrl, model.name) }, bodies, request.load)
  );
  let baseline;
  if (request.baseline !== void 0) {
    const baselineModel = await loadModelUnderTest(request.baseline, request.features);
    baseline = await againstLocalServer(baselineModel, bodies, request, "baseline");
  }
  const checks = loadGates(result, request.thresholds, baseline, request.regression);
  const local = request.targetUrl === void 0 || isLocalTarget(request.targetUrl);
  return {
    verdict: {
      kind: "load-test",
      passed: checks.every((check) => check.status !== "fail"),
      checks,
      createdAt: (/* @__PURE__ */ new Date()).toISOString()
    },
    model: { name: model.name, version: model.version },
    result,
    ...baseline === void 0 ? {} : { baseline },
    sharedCpuCores: local ? os.cpus().length : null
  };
}
async function bodiesFor(model, request) {
  const features = [...new Set(model.inputs.map((binding) => binding.feature))];
  const table = await readColumns(request.data, "data", features, { format: request.format, maxRows: 5e3 });
  if (table.rows === 0) throw new ConfigurationError(`load-test: ${request.data} has no rows to build requests from`);
  return requestBodies(table.columns, table.rows, features, {
    instancesPerRequest: request.instancesPerRequest,
    kinds: featureKinds(model.inputs)
  });
}
async function againstLocalServer(model, bodies, request, role) {
  const server = await startServer(model, { port: 0 }, { log: request.log });
  try {
    request.log(
      `${role}: ${model.name} ${model.version.slice(0, 19)}\u2026 on ${server.url}, ${request.load.connections} connections for ${request.load.durationSeconds} s`
    );
    return await withProgress(
      request,
      runLoad({ url: predictUrl(server.url, server.modelName) }, bodies, request.load)
    );
  } finally {
    await server.close();
  }
}
function targetPredictUrl(target, modelName) {
  let url;
  try {
    url = new URL(target);
  } catch {
    throw new ConfigurationError(`target-url "${target}" is not a URL; write e.g. https://models.example.com`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigurationError(`target-url "${target}" must be http or https`);
  }
  return url.pathname === "/" || url.pathname === "" ? predictUrl(url.origin, modelName) : url.toString();
}
async function withProgress(request, running) {
  const total = request.load.warmupSeconds + request.load.durationSeconds;
  if (request.progress === void 0) return running;
  const report = request.progress;
  const started = Date.now();
  const timer = setInterval(() => report(Math.min(total, (Date.now() - started) / 1e3), total), 1e3);
  try {
    return await running;
  } finally {
    clearInterval(timer);
    report(total, total);
  }
}
export {
  runLoadTest,
  targetPredictUrl
};
