import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  defaultDirection,
  hasThresholds,
  metricNames,
  unknownMetricError
} from "./chunk-AB2IHKA3.js";
import "./chunk-D2XDZOZX.js";
import "./chunk-VNHETVNX.js";
import "./chunk-ISHP52YF.js";
import {
  HEADLINE,
  Xoshiro128,
  evaluateModel,
  loadModelUnderTest,
  quantileSorted
} from "./chunk-E2XHC4IF.js";
import {
  readColumns
} from "./chunk-CPEI5QS6.js";
import {
  assignSlices
} from "./chunk-4RJOQMT2.js";
import "./chunk-YNCSL7WP.js";
import "./chunk-HJIXDHLD.js";
import {
  classificationMetrics,
  regressionMetrics,
  scalarMetrics
} from "./chunk-LE5632HT.js";
import "./chunk-QTAPR7R5.js";
import "./chunk-KHYRHHGG.js";
import "./chunk-FEWK3QBM.js";
import "./chunk-KNVOZRVJ.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-5BLKW2OX.js";
import "./chunk-IX446UGZ.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-TPMIUAPN.js";
import {
  STAGES
} from "./chunk-KO3WFQKK.js";
import "./chunk-HMXGF6KM.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";

// src/compare/run.ts
import { mkdtemp, readFile as readFile2, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// src/compare/compare.ts
var SLACK = 1e-12;
function isFixed(baseline) {
  return baseline !== void 0 && !ArrayBuffer.isView(baseline);
}
function fmt(value) {
  if (value === null || value === void 0) return "undefined";
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  return abs !== 0 && (abs < 1e-3 || abs >= 1e5) ? value.toExponential(3) : value.toFixed(4);
}
function signed(value) {
  return value > 0 ? `+${fmt(value)}` : value < 0 ? `\u2212${fmt(-value)}` : "0";
}
function percent(value) {
  return `${Number((value * 100).toPrecision(4))}%`;
}
function worseBy(candidate, baseline, direction) {
  return direction === "higher" ? baseline - candidate : candidate - baseline;
}
function argmaxRows(probabilities, rows, k) {
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (probabilities[r * k + c] > probabilities[r * k + best]) best = c;
    out[r] = best;
  }
  return out;
}
function prepare(input) {
  const classification = input.task !== "regression";
  if (classification) {
    const { labels, classes } = input;
    if (labels === void 0 || classes === void 0) {
      throw new ConfigurationError(`compare-baseline: a ${input.task} comparison needs labels and classes`);
    }
    const k = classes.length;
    const n2 = labels.length;
    const check2 = (what, values2) => {
      if (values2.length !== n2 * k) {
        throw new ConfigurationError(
          `compare-baseline: the ${what} gives ${values2.length} probabilities, expected ${n2} rows \xD7 ${k} classes = ${n2 * k}; both models must be scored on the same rows with the same classes`
        );
      }
    };
    check2("candidate", input.candidate);
    if (input.baseline !== void 0 && !isFixed(input.baseline)) check2("baseline", input.baseline);
    const probabilities = (predictions, indices) => scalarMetrics(
      classificationMetrics({
        labels,
        probabilities: predictions,
        classes,
        ...indices === void 0 ? {} : { indices }
      })
    );
    return { n: n2, classification, k, scalars: probabilities };
  }
  const { targets } = input;
  if (targets === void 0) throw new ConfigurationError("compare-baseline: a regression comparison needs targets");
  const n = targets.length;
  const check = (what, values2) => {
    if (values2.length !== n) {
      throw new ConfigurationError(
        `compare-baseline: the ${what} gives ${values2.length} predictions for ${n} targets; both models must be scored on the same rows`
      );
    }
  };
  check("candidate", input.candidate);
  if (input.baseline !== void 0 && !isFixed(input.baseline)) check("baseline", input.baseline);
  const widened = /* @__PURE__ */ new WeakMap();
  const asFloat64 = (predictions) => {
    if (predictions instanceof Float64Array) return predictions;
    let copy = widened.get(predictions);
    if (copy === void 0) {
      copy = Float64Array.from(predictions);
      widened.set(predictions, copy);
    }
    return copy;
  };
  const values = (predictions, indices) => scalarMetrics(
    regressionMetrics({
      targets,
      predictions: asFloat64(predictions),
      ...indices === void 0 ? {} : { indices }
    })
  );
  return { n, classification, k: 1, scalars: values };
}
function validateOptions(options) {
  if (!Number.isInteger(options.bootstrapSamples) || options.bootstrapSamples < 0) {
    throw new ConfigurationError(
      `compare-baseline: bootstrap-samples must be an integer \u2265 0, got ${options.bootstrapSamples}`
    );
  }
  if (!Number.isInteger(options.seed))
    throw new ConfigurationError(`compare-baseline: seed must be an integer, got ${options.seed}`);
  if (!(options.confidence > 0 && options.confidence < 1)) {
    throw new ConfigurationError(
      `compare-baseline: confidence-level must be in (0, 1), e.g. 0.95, got ${options.confidence}`
    );
  }
}
function pairedIntervals(n, names, candidate, baseline, options) {
  const out = {};
  if (n === 0) {
    for (const name of names) out[name] = { low: null, high: null, reason: "no rows to resample" };
    return out;
  }
  const rng = new Xoshiro128(options.seed);
  const indices = new Int32Array(n);
  const values = names.map(() => new Float64Array(options.samples));
  const valid = names.map(() => 0);
  for (let s = 0; s < options.samples; s++) {
    for (let i = 0; i < n; i++) indices[i] = rng.nextBelow(n);
    const a = candidate(indices);
    const b = baseline(indices);
    names.forEach((name, m) => {
      const x = a[name]?.value;
      const y = b[name]?.value;
      if (x === null || x === void 0 || y === null || y === void 0) return;
      const d = x - y;
      if (Number.isFinite(d)) values[m][valid[m]++] = d;
    });
  }
  const alpha = (1 - options.confidence) / 2;
  names.forEach((name, m) => {
    const count = valid[m];
    if (count === 0) {
      out[name] = {
        low: null,
        high: null,
        reason: `the difference of ${name} was undefined in all ${options.samples} resamples`
      };
      return;
    }
    const sorted = values[m].subarray(0, count).sort();
    out[name] = {
      low: quantileSorted(sorted, alpha),
      high: quantileSorted(sorted, 1 - alpha),
      samples: options.samples,
      validSamples: count,
      confidence: options.confidence,
      method: "percentile"
    };
  });
  return out;
}
function boundsCheck(metric, threshold, value) {
  if (threshold.lower === void 0 && threshold.upper === void 0) return null;
  const limit = [
    threshold.lower === void 0 ? "" : `\u2265 ${threshold.lower}`,
    threshold.upper === void 0 ? "" : `\u2264 ${threshold.upper}`
  ].filter(Boolean).join(" and ");
  const check = `metric.${metric}.bounds`;
  if (value === void 0 || value.value === null) {
    const reason = value !== void 0 && value.value === null ? value.undefinedReason : "not computed";
    return {
      check,
      status: "fail",
      value: null,
      threshold: limit,
      message: `candidate ${metric} is undefined (${reason}), so it cannot meet ${limit}`
    };
  }
  const ok = (threshold.lower === void 0 || value.value >= threshold.lower) && (threshold.upper === void 0 || value.value <= threshold.upper);
  return {
    check,
    status: ok ? "pass" : "fail",
    value: value.value,
    threshold: limit,
    message: `candidate ${metric} = ${fmt(value.value)} ${ok ? "meets" : "misses"} ${limit}`
  };
}
function changeChecks(metric, threshold, candidate, baseline, noBaseline) {
  const change = threshold.change;
  if (change === void 0) return [];
  const { direction } = threshold;
  const worse = direction === "higher" ? "lower" : "higher";
  const checks = [];
  const kinds = [];
  if (change.absolute !== void 0) kinds.push(["absolute", change.absolute]);
  if (change.relative !== void 0) kinds.push(["relative", change.relative]);
  for (const [kind, allowed] of kinds) {
    const check = `metric.${metric}.change.${kind}`;
    const sign = direction === "higher" ? "\u2212" : "+";
    const threshold2 = kind === "absolute" ? `\u0394 ${direction === "higher" ? "\u2265" : "\u2264"} ${sign}${allowed}` : `\u0394/|baseline| ${direction === "higher" ? "\u2265" : "\u2264"} ${sign}${percent(allowed)}`;
    if (noBaseline !== null) {
      checks.push({ check, status: "skip", value: null, threshold: threshold2, message: `not compared: ${noBaseline}` });
      continue;
    }
    const c = candidate?.value ?? null;
    const b = baseline?.value ?? null;
    if (c === null || b === null) {
      const who = c === null ? "candidate" : "baseline";
      const which = c === null ? candidate : baseline;
      const reason = which !== void 0 && which.value === null ? which.undefinedReason : "not recorded";
      checks.push({
        check,
        status: "fail",
        value: null,
        threshold: threshold2,
        message: `${who} ${metric} is undefined (${reason}), so the change cannot be checked against ${threshold2}`
      });
      continue;
    }
    const delta = c - b;
    const regression = worseBy(c, b, direction);
    if (kind === "absolute") {
      const ok = regression <= allowed + SLACK * Math.max(1, Math.abs(b));
      checks.push({
        check,
        status: ok ? "pass" : "fail",
        value: delta,
        threshold: threshold2,
        message: `${metric} ${fmt(b)} \u2192 ${fmt(c)} (\u0394 ${signed(delta)}); ${ok ? "within" : "beyond"} the allowed ${worse === "lower" ? "drop" : "rise"} of ${fmt(allowed)}`
      });
    } else {
      const scale = Math.abs(b);
      const ratio = scale === 0 ? null : delta / scale;
      const ok = scale === 0 ? regression <= 0 : regression <= allowed * scale + SLACK * Math.max(1, scale);
      checks.push({
        check,
        status: ok ? "pass" : "fail",
        value: ratio,
        threshold: threshold2,
        message: scale === 0 ? `${metric} ${fmt(b)} \u2192 ${fmt(c)}: the baseline is 0, so any move ${worse} counts as an unbounded relative regression` : `${metric} ${fmt(b)} \u2192 ${fmt(c)} (${ratio !== null && ratio > 0 ? "+" : ""}${percent(ratio ?? 0)}); ${ok ? "within" : "beyond"} the allowed ${worse === "lower" ? "drop" : "rise"} of ${percent(allowed)}`
      });
    }
  }
  return checks;
}
function intervalText(interval) {
  return interval.low === null ? `undefined (${interval.reason})` : `[${signed(interval.low)}, ${signed(interval.high)}]`;
}
function intervalChecks(metric, threshold, difference, unavailable) {
  const { direction } = threshold;
  const checks = [];
  const gates = [];
  if (threshold.nonInferiority !== void 0)
    gates.push({ id: "non-inferiority", limit: threshold.nonInferiority.margin, name: "non-inferiority" });
  if (threshold.superiority !== void 0) gates.push({ id: "superiority", limit: 0, name: "superiority" });
  for (const gate of gates) {
    const check = `metric.${metric}.${gate.id}`;
    const side = direction === "higher" ? "lower" : "upper";
    const limitText = direction === "higher" ? `CI lower bound of \u0394 > ${gate.limit === 0 ? "0" : `\u2212${gate.limit}`}` : `CI upper bound of \u0394 < ${gate.limit === 0 ? "0" : `+${gate.limit}`}`;
    if (unavailable !== null) {
      checks.push({
        check,
        status: unavailable.status,
        value: null,
        threshold: limitText,
        message: `${gate.name} of ${metric} not tested: ${unavailable.reason}`
      });
      continue;
    }
    const interval = difference.interval;
    if (interval === null || interval.low === null) {
      checks.push({
        check,
        status: "fail",
        value: null,
        threshold: limitText,
        message: `${gate.name} of ${metric} cannot be tested: the interval of \u0394 is ${interval === null ? "missing" : `undefined (${interval.reason})`}`
      });
      continue;
    }
    const bound = direction === "higher" ? interval.low : interval.high;
    const ok = direction === "higher" ? bound > -gate.limit : bound < gate.limit;
    const level = `${Number((interval.confidence * 100).toPrecision(4))}%`;
    const verdict = gate.id === "superiority" ? ok ? "the candidate is better beyond resampling noise" : 'the interval does not exclude "no improvement"' : ok ? `the candidate is not worse by more than the margin ${gate.limit}` : `a regression beyond the margin ${gate.limit} cannot be ruled out`;
    checks.push({
      check,
      status: ok ? "pass" : "fail",
      value: bound,
      threshold: limitText,
      message: `${level} paired bootstrap CI of \u0394 ${metric} (candidate \u2212 baseline) = ${intervalText(interval)}, \u0394 = ${difference.value === null ? "undefined" : signed(difference.value)}; ${side} bound ${signed(bound)}: ${verdict} (${interval.validSamples}/${interval.samples} resamples defined)`
    });
  }
  return checks;
}
function keyFeatures(key) {
  return key.split(" & ").map((part) => part.slice(0, Math.max(0, part.indexOf("=")))).sort().join("\0");
}
function compareSlices(input, config, prepared, metric, direction, noBaseline) {
  const slicing = config.slices;
  if (slicing === void 0) return { checks: [], slices: [] };
  const columns = input.sliceColumns;
  if (columns === void 0) {
    throw new ConfigurationError(
      "compare-baseline.slices is set but no slice columns were read; the data must contain the sliced features"
    );
  }
  const assigned = assignSlices(slicing.specs, (name) => columns.get(name), prepared.n, {
    knownColumns: [...columns.keys()]
  }).map((slice) => ({ key: slice.key, size: slice.indices.length, indices: slice.indices }));
  const allowed = slicing.change.absolute;
  const minSize = slicing.minSize;
  const limitText = allowed === void 0 ? null : `\u0394 ${direction === "higher" ? "\u2265 \u2212" : "\u2264 +"}${allowed}`;
  const valueOn = (predictions, indices) => prepared.scalars(predictions, indices)[metric]?.value ?? null;
  const compared = [];
  const checks = [];
  const judge = (key, size, baselineSize, c, b) => {
    const base = { key, size, baselineSize, candidate: c, baseline: b };
    if (c === null || b === null) {
      return {
        ...base,
        difference: null,
        regression: null,
        status: "skip",
        message: `${metric} is undefined on the slice for the ${c === null ? "candidate" : "baseline"}`
      };
    }
    const difference = c - b;
    const regression = worseBy(c, b, direction);
    if (allowed === void 0) {
      return { ...base, difference, regression, status: "pass", message: `\u0394 ${signed(difference)} (no change limit)` };
    }
    const ok = regression <= allowed + SLACK * Math.max(1, Math.abs(b));
    return {
      ...base,
      difference,
      regression,
      status: ok ? "pass" : "fail",
      message: `${metric} ${fmt(b)} \u2192 ${fmt(c)} (\u0394 ${signed(difference)}) on ${size} rows; ${ok ? "within" : "exceeds"} the allowed ${fmt(allowed)}`
    };
  };
  if (noBaseline !== null) {
    for (const slice of assigned) {
      const c = slice.size >= minSize ? valueOn(input.candidate, slice.indices) : null;
      compared.push({
        key: slice.key,
        size: slice.size,
        baselineSize: 0,
        candidate: c,
        baseline: null,
        difference: null,
        regression: null,
        status: "skip",
        message: `not compared: ${noBaseline}`
      });
    }
    checks.push({
      check: "slice.change",
      status: "skip",
      value: null,
      threshold: limitText,
      message: `${assigned.length} slices not compared: ${noBaseline}`
    });
    return { checks, slices: compared };
  }
  const baseline = input.baseline;
  if (isFixed(baseline)) {
    const recorded = baseline.slices ?? [];
    if (recorded.length === 0) {
      checks.push({
        check: "slice.change",
        status: "skip",
        value: null,
        threshold: limitText,
        message: "the fixed-metrics baseline records no slices; compare against a baseline model to gate on slices"
      });
      return { checks, slices: [] };
    }
    const wantedShapes = new Set(assigned.map((slice) => keyFeatures(slice.key)));
    for (const spec of slicing.specs) {
      const parts = "cross" in spec ? spec.cross.map((p) => typeof p === "string" ? p : p.feature) : [spec.feature];
      wantedShapes.add([...parts].sort().join("\0"));
    }
    const byKey = new Map(assigned.map((slice) => [slice.key, slice]));
    const seen = /* @__PURE__ */ new Set();
    for (const old of recorded) {
      if (!wantedShapes.has(keyFeatures(old.key)) || old.size < minSize) continue;
      seen.add(old.key);
      const current = byKey.get(old.key);
      const b = old.metrics[metric] ?? null;
      if (current === void 0 || current.size < minSize) {
        const size = current?.size ?? 0;
        const status = slicing.failOnMissing ? "fail" : "warn";
        const what = current === void 0 ? `is missing from the candidate's data` : `has only ${size} rows in the candidate's data (minimum ${minSize})`;
        const message = `slice ${old.key} (${old.size} rows in the baseline's data) ${what}, so its ${metric} cannot be compared${slicing.failOnMissing ? "; set compare-baseline.slices.failOnMissing: false to accept that" : ""}`;
        compared.push({
          key: old.key,
          size,
          baselineSize: old.size,
          candidate: null,
          baseline: b,
          difference: null,
          regression: null,
          status,
          message
        });
        checks.push({
          check: "slice.missing",
          status,
          value: size,
          threshold: `\u2265 ${minSize} rows`,
          feature: old.key,
          message
        });
        continue;
      }
      compared.push(judge(old.key, current.size, old.size, valueOn(input.candidate, current.indices), b));
    }
    for (const slice of assigned) {
      if (seen.has(slice.key) || slice.size < minSize) continue;
      compared.push({
        key: slice.key,
        size: slice.size,
        baselineSize: 0,
        candidate: valueOn(input.candidate, slice.indices),
        baseline: null,
        difference: null,
        regression: null,
        status: "skip",
        message: "new slice: not in the baseline"
      });
    }
  } else if (baseline !== void 0) {
    for (const slice of assigned) {
      if (slice.size < minSize) {
        compared.push({
          key: slice.key,
          size: slice.size,
          baselineSize: slice.size,
          candidate: null,
          baseline: null,
          difference: null,
          regression: null,
          status: "skip",
          message: `${slice.size} rows, fewer than the minimum slice size ${minSize}`
        });
        continue;
      }
      compared.push(
        judge(
          slice.key,
          slice.size,
          slice.size,
          valueOn(input.candidate, slice.indices),
          valueOn(baseline, slice.indices)
        )
      );
    }
  }
  compared.sort(
    (x, y) => (y.regression ?? Number.NEGATIVE_INFINITY) - (x.regression ?? Number.NEGATIVE_INFINITY) || y.size - x.size || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)
  );
  if (allowed !== void 0) {
    const failed = compared.filter((slice) => slice.status === "fail" && slice.regression !== null);
    for (const slice of failed) {
      checks.push({
        check: "slice.change",
        status: "fail",
        value: slice.difference,
        threshold: limitText,
        feature: slice.key,
        message: slice.message
      });
    }
    const judged = compared.filter((slice) => slice.regression !== null);
    if (failed.length === 0) {
      const worst = judged[0];
      checks.push({
        check: "slice.change",
        status: judged.length === 0 ? "warn" : "pass",
        value: worst?.difference ?? null,
        threshold: limitText,
        message: judged.length === 0 ? `no slice had \u2265 ${minSize} rows and a defined ${metric} in both models, so no slice was compared` : `${judged.length} slices within the allowed ${metric} regression; worst ${worst?.key} (\u0394 ${signed(worst?.difference ?? 0)})`
      });
    }
  }
  return { checks, slices: compared };
}
function flipRate(input, prepared, tolerance) {
  const baseline = input.baseline;
  if (baseline === void 0 || isFixed(baseline)) return null;
  const { n, k } = prepared;
  if (prepared.classification) {
    const a = argmaxRows(input.candidate, n, k);
    const b = argmaxRows(baseline, n, k);
    let flipped2 = 0;
    for (let r = 0; r < n; r++) if (a[r] !== b[r]) flipped2++;
    return { rate: n === 0 ? 0 : flipped2 / n, flipped: flipped2, rows: n, kind: "class" };
  }
  let limit = tolerance;
  if (limit === void 0) {
    const targets = input.targets ?? new Float64Array();
    let mean = 0;
    for (let r = 0; r < n; r++) mean += targets[r] / n;
    let variance = 0;
    for (let r = 0; r < n; r++) variance += (targets[r] - mean) ** 2 / n;
    limit = 0.1 * Math.sqrt(variance);
  }
  let flipped = 0;
  let absSum = 0;
  for (let r = 0; r < n; r++) {
    const d = Math.abs(input.candidate[r] - baseline[r]);
    absSum += d;
    if (d > limit) flipped++;
  }
  return {
    rate: n === 0 ? 0 : flipped / n,
    flipped,
    rows: n,
    kind: "value",
    tolerance: limit,
    meanAbsoluteDifference: n === 0 ? 0 : absSum / n
  };
}
function fixedAsMetricValues(fixed, names) {
  const out = {};
  for (const name of names) {
    const value = fixed.fixedMetrics[name];
    if (value === void 0) continue;
    out[name] = value === null || !Number.isFinite(value) ? { value: null, undefinedReason: "undefined in the recorded baseline metrics" } : { value };
  }
  return out;
}
function compareModels(input, config, options) {
  validateOptions(options);
  const valid = metricNames(input.task);
  for (const metric of Object.keys(config.metrics)) {
    if (!valid.includes(metric)) throw unknownMetricError("compare-baseline.metrics", metric, input.task);
  }
  const headline = HEADLINE[input.task];
  const sliceMetric = config.slices === void 0 ? null : config.slices.metric ?? headline[0].metric;
  if (sliceMetric !== null && !valid.includes(sliceMetric)) {
    throw unknownMetricError("compare-baseline.slices.metric", sliceMetric, input.task);
  }
  const prepared = prepare(input);
  const { baseline } = input;
  const fixed = isFixed(baseline) ? baseline : void 0;
  const paired = baseline !== void 0 && !isFixed(baseline) ? baseline : void 0;
  const firstRun = baseline === void 0;
  const checks = [];
  if (!hasThresholds(config)) {
    checks.push({
      check: "config.thresholds",
      status: "fail",
      value: 0,
      threshold: "\u2265 1 threshold",
      message: "no thresholds configured: set compare-baseline.metrics in mlops.yml (e.g. rocAuc: {nonInferiority: {margin: 0.01}}); a comparison without a threshold never blesses"
    });
  }
  if (firstRun) {
    checks.push(
      options.bootstrapPolicy === "allow" ? {
        check: "baseline.first-run",
        status: "warn",
        value: "no baseline",
        threshold: "bootstrap: allow",
        message: "first run, no baseline: allowed by bootstrap: allow; only the value bounds were checked, the comparisons were skipped"
      } : {
        check: "baseline.first-run",
        status: "fail",
        value: "no baseline",
        threshold: "bootstrap: deny",
        message: "first run, no baseline to compare with, and bootstrap is deny; set the `bootstrap` input (or compare-baseline.bootstrap in mlops.yml) to `allow` to bless the first model on its value bounds alone"
      }
    );
  }
  const candidateMetrics = prepared.scalars(input.candidate);
  const baselineMetrics = paired !== void 0 ? prepared.scalars(paired) : fixed !== void 0 ? fixedAsMetricValues(fixed, Object.keys(candidateMetrics)) : null;
  const intervalNames = [.../* @__PURE__ */ new Set([...Object.keys(config.metrics), ...headline.map((h) => h.metric)])];
  const intervals = paired !== void 0 && options.bootstrapSamples > 0 ? pairedIntervals(
    prepared.n,
    intervalNames,
    (indices) => prepared.scalars(input.candidate, indices),
    (indices) => prepared.scalars(paired, indices),
    { samples: options.bootstrapSamples, seed: options.seed, confidence: options.confidence }
  ) : {};
  const difference = {};
  for (const name of Object.keys(candidateMetrics)) {
    const c = candidateMetrics[name]?.value ?? null;
    const b = baselineMetrics?.[name]?.value ?? null;
    const fixedReason = "the baseline is a fixed-metrics file: without its predictions there is no paired interval";
    difference[name] = {
      value: c === null || b === null ? null : c - b,
      interval: intervals[name] ?? (fixed !== void 0 && intervalNames.includes(name) ? { low: null, high: null, reason: fixedReason } : null),
      direction: config.metrics[name]?.direction ?? defaultDirection(name) ?? "higher"
    };
  }
  const noBaseline = firstRun ? "first run, no baseline" : null;
  const intervalUnavailable = firstRun ? { status: "skip", reason: "first run, no baseline" } : fixed !== void 0 ? {
    status: "skip",
    reason: `the baseline is a fixed-metrics file${fixed.source === void 0 ? "" : ` (${fixed.source})`}, so there is no paired bootstrap interval; compare against the baseline model to test it`
  } : options.bootstrapSamples === 0 ? { status: "fail", reason: "bootstrap-samples is 0; set it to e.g. 1000 to test interval gates" } : null;
  for (const [metric, threshold] of Object.entries(config.metrics)) {
    const bounds = boundsCheck(metric, threshold, candidateMetrics[metric]);
    if (bounds !== null) checks.push(bounds);
    checks.push(
      ...changeChecks(
        metric,
        threshold,
        candidateMetrics[metric],
        baselineMetrics?.[metric] ?? {
          value: null,
          undefinedReason: fixed === void 0 ? "no baseline" : "not in the baseline metrics file"
        },
        noBaseline
      )
    );
    const diff = difference[metric] ?? { value: null, interval: null, direction: threshold.direction };
    checks.push(...intervalChecks(metric, threshold, diff, intervalUnavailable));
  }
  const sliceDirection = sliceMetric === null ? "higher" : config.metrics[sliceMetric]?.direction ?? defaultDirection(sliceMetric) ?? "higher";
  const slices = sliceMetric === null ? { checks: [], slices: [] } : compareSlices(input, config, prepared, sliceMetric, sliceDirection, noBaseline);
  checks.push(...slices.checks);
  const gates = checks.filter((check) => check.check.startsWith("metric.") || check.check.startsWith("slice."));
  if (fixed !== void 0 && gates.length > 0 && gates.every((check) => check.status === "skip")) {
    checks.push({
      check: "config.nothing-checked",
      status: "fail",
      value: gates.length,
      threshold: "\u2265 1 evaluated threshold",
      message: "every configured threshold was skipped against the fixed-metrics baseline; add a value or change threshold, or compare against the baseline model"
    });
  }
  const blessed = checks.every((check) => check.status !== "fail");
  const verdict = { kind: "compare-baseline", passed: blessed, checks, createdAt: (/* @__PURE__ */ new Date()).toISOString() };
  return {
    verdict,
    blessed,
    task: input.task,
    rows: prepared.n,
    candidateVersion: options.candidateVersion,
    baselineVersion: options.baselineVersion ?? null,
    baselineKind: paired !== void 0 ? "predictions" : fixed !== void 0 ? "fixed-metrics" : "none",
    ...fixed?.source === void 0 ? {} : { baselineSource: fixed.source },
    firstRun,
    checks,
    metrics: { candidate: candidateMetrics, baseline: baselineMetrics, difference },
    flipRate: flipRate(input, prepared, config.flipTolerance),
    sliceMetric,
    worstSlices: slices.slices,
    bootstrap: { samples: options.bootstrapSamples, seed: options.seed, confidence: options.confidence }
  };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function numberOrNull(value) {
  if (value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (isRecord(value) && "value" in value) return numberOrNull(value.value);
  return void 0;
}
function flattenMetrics(metrics) {
  const out = {};
  for (const [key, value] of Object.entries(metrics)) {
    const number = numberOrNull(value);
    if (number !== void 0 && key !== "n") out[key] = number;
  }
  for (const average of ["macro", "micro", "weighted"]) {
    const group = metrics[average];
    if (!isRecord(group)) continue;
    for (const [part, name] of [
      ["precision", "Precision"],
      ["recall", "Recall"],
      ["f1", "F1"]
    ]) {
      const number = numberOrNull(group[part]);
      if (number !== void 0) out[`${average}${name}`] = number;
    }
  }
  return out;
}
function fixedBaselineFromJson(value, source) {
  if (!isRecord(value)) {
    throw new ConfigurationError(`baseline metrics ${source} must be a JSON object of metric values`);
  }
  let metrics = value;
  let slices;
  if (value.format === "mlops-actions/metrics" && isRecord(value.metrics)) {
    metrics = value.metrics;
    const recorded = isRecord(value.slices) ? value.slices : {};
    slices = [];
    for (const group of ["ranked", "skipped"]) {
      const list = recorded[group];
      if (!Array.isArray(list)) continue;
      for (const item of list) {
        if (!isRecord(item) || typeof item.key !== "string" || typeof item.size !== "number") continue;
        slices.push({
          key: item.key,
          size: item.size,
          metrics: isRecord(item.metrics) ? flattenMetrics(item.metrics) : {}
        });
      }
    }
  } else if (isRecord(value.metrics) && isRecord(value.metrics.candidate)) {
    metrics = value.metrics.candidate;
  } else if (isRecord(value.metrics)) {
    metrics = value.metrics;
  }
  const fixedMetrics = flattenMetrics(metrics);
  if (Object.keys(fixedMetrics).length === 0) {
    throw new ConfigurationError(
      `baseline metrics ${source} holds no metric values; give evaluate's metrics.json or an object such as {"rocAuc": 0.81}`
    );
  }
  return { fixedMetrics, ...slices === void 0 ? {} : { slices }, source };
}

// src/compare/predictions.ts
import { readFile } from "node:fs/promises";
var FIXED = ["row", "file", "line", "label", "prediction"];
function parseRecords(text, source) {
  const records = [];
  let record = [];
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  let line = 1;
  const end = text.length;
  while (i < end) {
    let prefix = "";
    if (records.length === 0 && text.startsWith('p_"', i)) {
      prefix = "p_";
      i += 2;
    }
    let value;
    if (text[i] === '"') {
      const startLine = line;
      let out = "";
      i++;
      for (; ; ) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new ConfigurationError(`${source} line ${startLine}: a quoted field is never closed`);
        const chunk = text.slice(i, quote);
        for (let c2 = chunk.indexOf("\n"); c2 >= 0; c2 = chunk.indexOf("\n", c2 + 1)) line++;
        out += chunk;
        if (text[quote + 1] === '"') {
          out += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      value = prefix + out;
      const next = text[i];
      if (next !== void 0 && next !== "," && next !== "\n" && next !== "\r") {
        throw new ConfigurationError(`${source} line ${line}: unexpected text after a quoted field`);
      }
    } else {
      let j = i;
      while (j < end) {
        const c2 = text.charCodeAt(j);
        if (c2 === 44 || c2 === 10 || c2 === 13) break;
        j++;
      }
      value = prefix + text.slice(i, j);
      i = j;
    }
    record.push(value);
    const c = text[i];
    if (c === ",") {
      i++;
      if (i === end) record.push("");
      continue;
    }
    if (c === "\r") i++;
    if (text[i] === "\n") i++;
    line++;
    records.push(record);
    record = [];
  }
  if (record.length > 0) records.push(record);
  return records;
}
function parsePredictionsCsv(text, source) {
  const records = parseRecords(text, source);
  const header = records[0];
  if (header === void 0) throw new ConfigurationError(`${source} is empty; expected evaluate's predictions.csv`);
  if (FIXED.some((name, at) => header[at] !== name)) {
    throw new ConfigurationError(
      `${source} does not start with the columns ${FIXED.join(",")} (found ${header.slice(0, 6).join(",")}); give the predictions.csv that evaluate writes`
    );
  }
  const extra = header.slice(FIXED.length);
  if (extra.some((name) => !name.startsWith("p_"))) {
    throw new ConfigurationError(
      `${source}: columns after "prediction" must be p_<class> probabilities, found ${extra.filter((name) => !name.startsWith("p_")).join(", ")}`
    );
  }
  const classes = extra.map((name) => name.slice(2));
  const classification = classes.length > 0;
  if (classification && new Set(classes).size !== classes.length) {
    throw new ConfigurationError(`${source}: a class appears twice among the p_<class> columns`);
  }
  const width = header.length;
  const rows = records.length - 1;
  const files = new Array(rows);
  const labels = new Array(rows);
  const predicted = new Array(rows);
  const lines = new Float64Array(rows);
  const k = classes.length;
  const probabilities = classification ? new Float64Array(rows * k) : null;
  const values = classification ? null : new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const fields = records[r + 1];
    if (fields.length !== width) {
      throw new ConfigurationError(
        `${source}: data row ${r} has ${fields.length} fields, the header ${width}; the file is truncated or not evaluate's`
      );
    }
    if (fields[0] !== String(r)) {
      throw new ConfigurationError(
        `${source}: data row ${r} is numbered "${fields[0]}"; evaluate numbers rows 0, 1, 2, \u2026 in order, so the file was edited or concatenated`
      );
    }
    files[r] = fields[1];
    lines[r] = Number(fields[2]);
    labels[r] = fields[3];
    predicted[r] = fields[4];
    if (probabilities !== null) {
      for (let c = 0; c < k; c++) {
        const p = Number(fields[FIXED.length + c]);
        if (!Number.isFinite(p)) {
          throw new ConfigurationError(
            `${source}: row ${r} (${fields[1]} line ${fields[2]}) has probability "${fields[FIXED.length + c]}" for class '${classes[c]}'; expected a number`
          );
        }
        probabilities[r * k + c] = p;
      }
    } else if (values !== null) {
      const v = Number(fields[4]);
      if (fields[4].trim() === "" || !Number.isFinite(v)) {
        throw new ConfigurationError(
          `${source}: row ${r} (${fields[1]} line ${fields[2]}) has prediction "${fields[4]}"; expected a finite number`
        );
      }
      values[r] = v;
    }
  }
  return {
    source,
    kind: classification ? "classification" : "regression",
    rows,
    classes,
    files,
    lines,
    labels,
    predicted,
    probabilities,
    values
  };
}
async function readPredictions(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    throw new ConfigurationError(`cannot read predictions ${file}: ${code === "ENOENT" ? "no such file" : code}`);
  }
  return parsePredictionsCsv(text, file);
}
var MISMATCHES_SHOWN = 3;
function alignPredictions(candidate, baseline) {
  const n = candidate.rows;
  if (n === 0) throw new ConfigurationError(`${candidate.source} has no rows; the candidate scored nothing`);
  const classes = candidate.classes;
  const k = classes.length;
  let baselineValues;
  if (baseline !== void 0) {
    if (baseline.kind !== candidate.kind) {
      throw new ConfigurationError(
        `the candidate's predictions (${candidate.source}) are ${candidate.kind} but the baseline's (${baseline.source}) are ${baseline.kind}; compare models of the same task`
      );
    }
    if (baseline.rows !== n) {
      throw new ConfigurationError(
        `the candidate's predictions (${candidate.source}) have ${n} rows but the baseline's (${baseline.source}) ${baseline.rows}; score both models on the same data`
      );
    }
    const mismatches = [];
    let count = 0;
    for (let r = 0; r < n; r++) {
      if (candidate.labels[r] !== baseline.labels[r] || candidate.lines[r] !== baseline.lines[r]) {
        count++;
        if (mismatches.length < MISMATCHES_SHOWN) {
          mismatches.push(
            `row ${r}: candidate line ${candidate.lines[r]} label "${candidate.labels[r]}", baseline line ${baseline.lines[r]} label "${baseline.labels[r]}"`
          );
        }
      }
    }
    if (count > 0) {
      throw new ConfigurationError(
        `the candidate's and the baseline's predictions are not aligned: ${count} of ${n} rows differ in data line or label (${mismatches.join("; ")}); score both models on the same data in the same order`
      );
    }
    if (candidate.kind === "classification") {
      const at = new Map(baseline.classes.map((name, index) => [name, index]));
      const same = baseline.classes.length === k && classes.every((name) => at.has(name));
      if (!same) {
        throw new ConfigurationError(
          `the candidate's classes (${classes.join(", ")}) differ from the baseline's (${baseline.classes.join(", ")}); a paired comparison needs the same classes`
        );
      }
      const source = baseline.probabilities;
      const reordered = new Float64Array(n * k);
      const order = classes.map((name) => at.get(name));
      for (let r = 0; r < n; r++) {
        for (let c = 0; c < k; c++) reordered[r * k + c] = source[r * k + order[c]];
      }
      baselineValues = reordered;
    } else {
      baselineValues = baseline.values;
    }
  }
  if (candidate.kind === "classification") {
    if (k < 2) throw new ConfigurationError(`${candidate.source} has ${k} probability column; expected at least 2`);
    const index = new Map(classes.map((name, at) => [name, at]));
    const labels = new Int32Array(n);
    for (let r = 0; r < n; r++) {
      const at = index.get(candidate.labels[r]);
      if (at === void 0) {
        throw new ConfigurationError(
          `${candidate.source}: row ${r} has label "${candidate.labels[r]}", which is not one of the classes ${classes.join(", ")}`
        );
      }
      labels[r] = at;
    }
    return {
      task: k === 2 ? "binary" : "multiclass",
      rows: n,
      classes,
      labels,
      candidate: candidate.probabilities,
      ...baselineValues === void 0 ? {} : { baseline: baselineValues }
    };
  }
  const targets = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const text = candidate.labels[r];
    const y = Number(text);
    if (text.trim() === "" || !Number.isFinite(y)) {
      throw new ConfigurationError(
        `${candidate.source}: row ${r} has label "${text}"; a regression label must be a number`
      );
    }
    targets[r] = y;
  }
  return {
    task: "regression",
    rows: n,
    classes: [],
    targets,
    candidate: candidate.values,
    ...baselineValues === void 0 ? {} : { baseline: baselineValues }
  };
}

// src/compare/run.ts
async function resolveBaseline(request) {
  const given = request.baseline;
  const alias = given === void 0 ? "production" : STAGES.includes(given) ? given : void 0;
  if (alias !== void 0) {
    if (request.registry === void 0) {
      if (given === void 0) return { kind: "none", source: "no baseline given and no registry" };
      throw new ConfigurationError(`compare-baseline: baseline "${given}" is a stage, which needs a \`registry\``);
    }
    const version = await request.registry.current(alias);
    if (version === void 0) {
      if (given === void 0)
        return { kind: "none", source: `no baseline given and ${request.registry.location} has no production model` };
      throw new ConfigurationError(`compare-baseline: stage ${alias} has no model in ${request.registry.location}`);
    }
    const directory = await mkdtemp(path.join(os.tmpdir(), "mlops-baseline-"));
    await request.registry.download(version, directory);
    return {
      kind: "package",
      directory,
      source: `${alias} (${version.slice(0, 19)}\u2026) from ${request.registry.location}`,
      cleanup: () => rm(directory, { recursive: true, force: true })
    };
  }
  const target = given;
  const info = await stat(target).catch(() => void 0);
  if (info === void 0) throw new ConfigurationError(`compare-baseline: baseline ${target} does not exist`);
  if (info.isDirectory() || target.toLowerCase().endsWith(".onnx"))
    return { kind: "package", directory: target, source: target };
  let parsed;
  try {
    parsed = JSON.parse(await readFile2(target, "utf8"));
  } catch {
    throw new ConfigurationError(
      `compare-baseline: baseline ${target} is neither a model package nor a metrics JSON file`
    );
  }
  return { kind: "fixed", metrics: fixedBaselineFromJson(parsed, target), source: target };
}
function sliceFeatures(specs) {
  return [
    ...new Set(
      specs.flatMap(
        (spec) => "cross" in spec ? spec.cross.map((part) => typeof part === "string" ? part : part.feature) : [spec.feature]
      )
    )
  ];
}
async function compareWithBaseline(request) {
  const candidate = await loadModelUnderTest(request.model, []);
  const baseline = await resolveBaseline(request);
  try {
    const evaluate = async (model, name) => {
      request.log(`scoring the ${name} on ${request.data}`);
      return evaluateModel({
        model,
        features: [],
        data: request.data,
        ...request.label === void 0 ? {} : { label: request.label },
        slices: [],
        minSliceSize: 1,
        bootstrapSamples: 0,
        confidence: request.confidence,
        seed: request.seed,
        batchSize: 1024,
        format: request.format,
        thresholds: {},
        predictionsPath: path.join(request.output, `predictions-${name}.csv`),
        log: request.log
      });
    };
    const candidateRun = await evaluate(request.model, "candidate");
    const baselineRun = baseline.kind === "package" ? await evaluate(baseline.directory, "baseline") : void 0;
    const aligned = alignPredictions(
      await readPredictions(candidateRun.predictionsPath),
      baselineRun === void 0 ? void 0 : await readPredictions(baselineRun.predictionsPath)
    );
    const specs = request.config.slices?.specs ?? [];
    let sliceColumns;
    if (specs.length > 0) {
      const features = sliceFeatures(specs);
      const table = await readColumns(request.data, "data", [.../* @__PURE__ */ new Set([...features, candidateRun.label])], {
        format: request.format
      });
      const keep = table.columns.get(candidateRun.label).flatMap(
        (value, row) => value === null ? [] : [row]
      );
      sliceColumns = new Map(
        features.map((name) => [name, keep.map((row) => table.columns.get(name)[row] ?? null)])
      );
    }
    return compareModels(
      {
        ...aligned,
        ...baseline.kind === "fixed" ? { baseline: baseline.metrics } : {},
        ...sliceColumns === void 0 ? {} : { sliceColumns }
      },
      request.config,
      {
        bootstrapSamples: request.bootstrapSamples,
        seed: request.seed,
        confidence: request.confidence,
        bootstrapPolicy: request.bootstrapPolicy,
        candidateVersion: candidate.version,
        ...baselineRun === void 0 ? {} : { baselineVersion: baselineRun.model.version }
      }
    );
  } finally {
    if (baseline.kind === "package") await baseline.cleanup?.();
  }
}
export {
  compareWithBaseline
};
