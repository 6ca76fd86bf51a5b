import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  benjaminiHochberg,
  chiSquareGoodnessOfFit,
  jensenShannonDistance,
  ksTwoSampleTest,
  populationStabilityIndex,
  twoProportionZTest,
  wassersteinDistance
} from "./chunk-LVKOBQZP.js";
import "./chunk-NUEQ5RRT.js";

// src/stats/drift.ts
var P_VALUE_METHODS = /* @__PURE__ */ new Set(["ks", "chisquare", "z"]);
var NUMERIC_ONLY = /* @__PURE__ */ new Set(["ks", "wasserstein"]);
var DEFAULT_THRESHOLD = {
  ks: 0.05,
  chisquare: 0.05,
  z: 0.05,
  wasserstein: 0.1,
  jensenshannon: 0.1,
  psi: 0.1
};
var MIN_NORM = 1e-3;
function isPValueMethod(method) {
  return P_VALUE_METHODS.has(method);
}
function selectMethod(reference, override, context = {}) {
  const method = override?.method ?? defaultMethod(reference, context);
  if (reference.kind === "categorical" && NUMERIC_ONLY.has(method)) {
    throw new RangeError(`drift method '${method}' needs numeric data but the feature is categorical`);
  }
  const threshold = override?.threshold ?? DEFAULT_THRESHOLD[method];
  if (!Number.isFinite(threshold) || threshold < 0) {
    throw new RangeError(`drift threshold must be a finite number >= 0 (got ${threshold})`);
  }
  return { method, threshold };
}
function defaultMethod(reference, context) {
  const small = reference.count <= (context.smallReferenceRows ?? 1e3);
  const nValues = uniqueCount(reference, context.current);
  if (reference.kind === "numeric") {
    if (small) return nValues > 5 ? "ks" : nValues > 2 ? "chisquare" : "z";
    return nValues > 5 ? "wasserstein" : "jensenshannon";
  }
  if (small) return nValues > 2 ? "chisquare" : "z";
  return "jensenshannon";
}
function uniqueCount(reference, current) {
  if (reference.kind === "categorical") {
    if (current?.kind !== "categorical") return positiveKeys(reference.counts).size;
    return (/* @__PURE__ */ new Set([...positiveKeys(reference.counts), ...positiveKeys(current.counts)])).size;
  }
  if (current?.kind !== "numeric") return reference.distinct;
  const exact = (d) => d.sample.values.length === d.distinct;
  if (exact(reference) && exact(current)) {
    return (/* @__PURE__ */ new Set([...reference.sample.values, ...current.sample.values])).size;
  }
  return Math.max(reference.distinct, current.distinct);
}
function positiveKeys(counts) {
  const keys = /* @__PURE__ */ new Set();
  for (const [k, c] of counts) if (c > 0) keys.add(k);
  return keys;
}
function asCounts(d) {
  if (d.kind === "categorical") return new Map([...d.counts].filter(([, c]) => c > 0));
  const out = /* @__PURE__ */ new Map();
  d.sample.values.forEach((v, i) => {
    out.set(String(v), d.sample.weights[i] ?? 0);
  });
  return out;
}
function alignCounts(reference, current) {
  const keys = [.../* @__PURE__ */ new Set([...reference.keys(), ...current.keys()])].sort((a, b) => {
    const na = Number(a);
    const nb = Number(b);
    return Number.isNaN(na) || Number.isNaN(nb) ? a < b ? -1 : a > b ? 1 : 0 : na - nb;
  });
  return { keys, ref: keys.map((k) => reference.get(k) ?? 0), cur: keys.map((k) => current.get(k) ?? 0) };
}
function jsBinnedNumeric(reference, current) {
  if (reference.distinct <= 20) {
    const { ref, cur } = alignCounts(asCounts(reference), asCounts(current));
    return [ref, cur];
  }
  const lo = Math.min(reference.sample.values[0] ?? 0, current.sample.values[0] ?? 0);
  const hi = Math.max(
    reference.sample.values[reference.sample.values.length - 1] ?? 0,
    current.sample.values[current.sample.values.length - 1] ?? 0
  );
  const size = sumWeights(reference.sample) + sumWeights(current.sample);
  const ptp = hi - lo;
  const bins = ptp > 0 ? Math.max(1, Math.ceil(ptp / (ptp / (Math.log2(size) + 1)))) : 1;
  const histogram = (s) => {
    const counts = new Array(bins).fill(0);
    s.values.forEach((v, i) => {
      const b = ptp > 0 ? Math.min(bins - 1, Math.floor((v - lo) / ptp * bins)) : 0;
      counts[b] = (counts[b] ?? 0) + (s.weights[i] ?? 0);
    });
    return counts;
  };
  return [histogram(reference.sample), histogram(current.sample)];
}
function sumWeights(s) {
  let t = 0;
  for (const w of s.weights) t += w;
  return t;
}
function numericPsi(reference, current, bins) {
  const total = sumWeights(reference);
  const edges = [];
  let cum = 0;
  let next = 1;
  for (let i = 0; i < reference.values.length && next < bins; i++) {
    cum += reference.weights[i] ?? 0;
    while (next < bins && cum >= total * next / bins) {
      const v = reference.values[i] ?? 0;
      if (edges[edges.length - 1] !== v) edges.push(v);
      next += 1;
    }
  }
  const histogram = (s) => {
    const counts = new Array(edges.length + 1).fill(0);
    s.values.forEach((v, i) => {
      let lo = 0;
      let hi = edges.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (v <= (edges[mid] ?? 0)) hi = mid;
        else lo = mid + 1;
      }
      counts[lo] = (counts[lo] ?? 0) + (s.weights[i] ?? 0);
    });
    return counts;
  };
  return populationStabilityIndex(histogram(reference), histogram(current));
}
function evaluate(feature, reference, current, method, threshold, psiBins) {
  if (reference.kind !== current.kind) {
    throw new RangeError(`feature '${feature}': reference is ${reference.kind} but current is ${current.kind}`);
  }
  if (!(reference.count > 0) || !(current.count > 0)) {
    throw new RangeError(
      `feature '${feature}': cannot test drift with ${reference.count} reference and ${current.count} current rows`
    );
  }
  const counts = alignCounts(asCounts(reference), asCounts(current));
  let effectSize;
  let psi;
  if (reference.kind === "numeric" && current.kind === "numeric") {
    effectSize = wassersteinDistance(reference.sample, current.sample) / Math.max(reference.std, MIN_NORM);
    psi = numericPsi(reference.sample, current.sample, psiBins);
  } else {
    effectSize = jensenShannonDistance(counts.ref, counts.cur);
    psi = populationStabilityIndex(counts.ref, counts.cur);
  }
  const base = { feature, method, threshold, effectSize, psi };
  switch (method) {
    case "ks": {
      if (reference.kind !== "numeric" || current.kind !== "numeric") throw new RangeError("unreachable");
      const r = ksTwoSampleTest(reference.sample, current.sample, reference.count, current.count);
      return { ...base, statistic: r.statistic, pValue: r.pValue };
    }
    case "chisquare": {
      const r = chiSquareGoodnessOfFit(counts.cur, counts.ref);
      return { ...base, statistic: r.statistic, pValue: r.pValue };
    }
    case "z": {
      const successRef = sum(counts.ref) - (counts.ref[0] ?? 0);
      const successCur = sum(counts.cur) - (counts.cur[0] ?? 0);
      const r = twoProportionZTest(successRef, sum(counts.ref), successCur, sum(counts.cur));
      return { ...base, statistic: r.statistic, pValue: r.pValue };
    }
    case "wasserstein":
      return { ...base, statistic: effectSize, pValue: null };
    case "jensenshannon": {
      const statistic = reference.kind === "numeric" && current.kind === "numeric" ? jensenShannonDistance(...jsBinnedNumeric(reference, current)) : effectSize;
      return { ...base, statistic, pValue: null };
    }
    case "psi":
      return { ...base, statistic: psi, pValue: null };
  }
}
function sum(xs) {
  let t = 0;
  for (const x of xs) t += x;
  return t;
}
var METHOD_LABEL = {
  ks: "KS",
  chisquare: "chi-squared",
  z: "two-proportion z",
  wasserstein: "normalised Wasserstein distance",
  jensenshannon: "Jensen-Shannon distance",
  psi: "PSI"
};
function fmt(x) {
  return Number.isFinite(x) ? String(Number(x.toPrecision(3))) : String(x);
}
function describe(r, adjusted, drifted, correction, numeric) {
  const label = METHOD_LABEL[r.method];
  const verdict = drifted ? "drift detected" : "no drift";
  const effect = `${numeric ? "normalised Wasserstein" : "Jensen-Shannon"} ${fmt(r.effectSize)}, PSI ${fmt(r.psi)}`;
  if (r.pValue !== null && adjusted !== null) {
    const adj = correction === "none" ? "" : ` (BH-adjusted ${fmt(adjusted)})`;
    const cmp2 = drifted ? "<" : ">=";
    return `${label} p-value ${fmt(r.pValue)}${adj} ${cmp2} ${fmt(r.threshold)}: ${verdict}; ${effect}.`;
  }
  const cmp = drifted ? ">=" : "<";
  return `${label} ${fmt(r.statistic)} ${cmp} ${fmt(r.threshold)}: ${verdict}; ${effect}.`;
}
function detectDrift(reference, current, options = {}) {
  const correction = options.correction ?? "benjamini-hochberg";
  const driftShare = options.driftShare ?? 0.5;
  const psiBins = options.psiBins ?? 10;
  if (!(psiBins >= 2) || !Number.isInteger(psiBins)) throw new RangeError(`psiBins must be an integer >= 2`);
  const raw = [];
  const kinds = /* @__PURE__ */ new Map();
  for (const [feature, ref] of reference) {
    const cur = current.get(feature);
    if (cur === void 0) continue;
    const { method, threshold } = selectMethod(ref, options.overrides?.[feature], {
      current: cur,
      smallReferenceRows: options.smallReferenceRows ?? 1e3
    });
    raw.push(evaluate(feature, ref, cur, method, threshold, psiBins));
    kinds.set(feature, ref.kind === "numeric");
  }
  const tested = raw.filter((r) => r.pValue !== null);
  const adjustedValues = correction === "none" ? tested.map((r) => r.pValue ?? 1) : benjaminiHochberg(tested.map((r) => r.pValue ?? 1));
  const adjusted = new Map(tested.map((r, i) => [r.feature, adjustedValues[i] ?? 1]));
  const features = raw.map((r) => {
    const adj = adjusted.get(r.feature) ?? null;
    const drifted = adj !== null ? adj < r.threshold : r.statistic >= r.threshold;
    return {
      ...r,
      adjustedPValue: adj,
      drifted,
      reason: describe(r, adj, drifted, correction, kinds.get(r.feature) ?? false)
    };
  });
  features.sort(
    (a, b) => Number(b.drifted) - Number(a.drifted) || b.effectSize - a.effectSize || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0)
  );
  const driftedCount = features.filter((f) => f.drifted).length;
  const share = features.length === 0 ? 0 : driftedCount / features.length;
  return {
    features,
    driftedCount,
    share,
    datasetDrifted: features.length > 0 && share >= driftShare,
    correction
  };
}
export {
  detectDrift,
  isPValueMethod,
  selectMethod
};
