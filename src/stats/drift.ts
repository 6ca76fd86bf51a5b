/**
 * Per-feature drift with Evidently's default test selection
 * (evidently/legacy/calculations/stattests/registry.py `_get_default_stattest`), plus what Evidently
 * leaves out: multiple-testing correction across features, and an effect size and PSI recorded for
 * every feature whatever test decided it.
 */
import {
  benjaminiHochberg,
  chiSquareGoodnessOfFit,
  jensenShannonDistance,
  ksTwoSampleTest,
  populationStabilityIndex,
  twoProportionZTest,
  type WeightedSample,
  wassersteinDistance,
} from './tests.js';

export type DriftMethod = 'ks' | 'chisquare' | 'z' | 'wasserstein' | 'jensenshannon' | 'psi';

export interface NumericDistribution {
  kind: 'numeric';
  count: number;
  distinct: number;
  /** Population standard deviation (ddof = 0, as Evidently's np.std). */
  std: number;
  sample: WeightedSample;
}
export interface CategoricalDistribution {
  kind: 'categorical';
  count: number;
  counts: ReadonlyMap<string, number>;
}
export type FeatureDistribution = NumericDistribution | CategoricalDistribution;

export interface DriftOverride {
  method?: DriftMethod;
  threshold?: number;
}

export interface FeatureDrift {
  feature: string;
  method: DriftMethod;
  statistic: number;
  pValue: number | null;
  adjustedPValue: number | null;
  /** Normalised Wasserstein for numeric, Jensen-Shannon distance for categorical, whatever the test. */
  effectSize: number;
  /** PSI over 10 reference-quantile bins (numeric) or the categories (categorical). */
  psi: number;
  threshold: number;
  drifted: boolean;
  reason: string;
}

export interface DriftOptions {
  correction?: 'benjamini-hochberg' | 'none';
  overrides?: Record<string, DriftOverride>;
  /** Dataset drift when drifted/features >= driftShare (Evidently's rule). Default 0.5. */
  driftShare?: number;
  /** Reference row count at or below which p-value tests are chosen. Default 1000. */
  smallReferenceRows?: number;
  /** Quantile bins for the recorded PSI of numeric features. Default 10. */
  psiBins?: number;
}

export interface DatasetDrift {
  features: FeatureDrift[];
  driftedCount: number;
  share: number;
  datasetDrifted: boolean;
  correction: string;
}

/** Extra context for selectMethod; Evidently counts unique values over reference and current together. */
export interface SelectionContext {
  current?: FeatureDistribution;
  smallReferenceRows?: number;
}

const P_VALUE_METHODS: ReadonlySet<DriftMethod> = new Set(['ks', 'chisquare', 'z']);
const NUMERIC_ONLY: ReadonlySet<DriftMethod> = new Set(['ks', 'wasserstein']);
/** Evidently's default thresholds: 0.05 for p-values, 0.1 for every distance (PSI included). */
const DEFAULT_THRESHOLD: Record<DriftMethod, number> = {
  ks: 0.05,
  chisquare: 0.05,
  z: 0.05,
  wasserstein: 0.1,
  jensenshannon: 0.1,
  psi: 0.1,
};
/** Evidently floors the Wasserstein norm so a constant reference column does not divide by zero. */
const MIN_NORM = 0.001;

export function isPValueMethod(method: DriftMethod): boolean {
  return P_VALUE_METHODS.has(method);
}

/**
 * Evidently's default test for the reference distribution, or the override.
 * reference rows <= smallReferenceRows (1000): numeric with > 5 unique values -> KS; otherwise
 * > 2 unique values -> chi-squared, else two-proportion z. Larger references: numeric with > 5 unique
 * values -> normed Wasserstein, else (and categorical) -> Jensen-Shannon.
 * Unique values are counted over reference and current when `context.current` is given (as Evidently
 * does); for numeric data that count is a lower bound unless both samples hold exact values.
 * Throws a RangeError for an override that cannot apply to categorical data (ks, wasserstein).
 */
export function selectMethod(
  reference: FeatureDistribution,
  override?: DriftOverride,
  context: SelectionContext = {},
): { method: DriftMethod; threshold: number } {
  const method = override?.method ?? defaultMethod(reference, context);
  if (reference.kind === 'categorical' && NUMERIC_ONLY.has(method)) {
    throw new RangeError(`drift method '${method}' needs numeric data but the feature is categorical`);
  }
  const threshold = override?.threshold ?? DEFAULT_THRESHOLD[method];
  if (!Number.isFinite(threshold) || threshold < 0) {
    throw new RangeError(`drift threshold must be a finite number >= 0 (got ${threshold})`);
  }
  return { method, threshold };
}

function defaultMethod(reference: FeatureDistribution, context: SelectionContext): DriftMethod {
  const small = reference.count <= (context.smallReferenceRows ?? 1000);
  const nValues = uniqueCount(reference, context.current);
  if (reference.kind === 'numeric') {
    if (small) return nValues > 5 ? 'ks' : nValues > 2 ? 'chisquare' : 'z';
    return nValues > 5 ? 'wasserstein' : 'jensenshannon';
  }
  if (small) return nValues > 2 ? 'chisquare' : 'z';
  return 'jensenshannon';
}

function uniqueCount(reference: FeatureDistribution, current: FeatureDistribution | undefined): number {
  if (reference.kind === 'categorical') {
    if (current?.kind !== 'categorical') return positiveKeys(reference.counts).size;
    return new Set([...positiveKeys(reference.counts), ...positiveKeys(current.counts)]).size;
  }
  if (current?.kind !== 'numeric') return reference.distinct;
  const exact = (d: NumericDistribution) => d.sample.values.length === d.distinct;
  if (exact(reference) && exact(current)) {
    return new Set([...reference.sample.values, ...current.sample.values]).size;
  }
  return Math.max(reference.distinct, current.distinct);
}

function positiveKeys(counts: ReadonlyMap<string, number>): Set<string> {
  const keys = new Set<string>();
  for (const [k, c] of counts) if (c > 0) keys.add(k);
  return keys;
}

/** A distribution as category -> count; numeric values become categories by their exact value. */
function asCounts(d: FeatureDistribution): Map<string, number> {
  if (d.kind === 'categorical') return new Map([...d.counts].filter(([, c]) => c > 0));
  const out = new Map<string, number>();
  d.sample.values.forEach((v, i) => {
    out.set(String(v), d.sample.weights[i] ?? 0);
  });
  return out;
}

/** Aligned count vectors over the union of keys, keys sorted (numerically when both are numbers). */
function alignCounts(
  reference: Map<string, number>,
  current: Map<string, number>,
): { keys: string[]; ref: number[]; cur: number[] } {
  const keys = [...new Set([...reference.keys(), ...current.keys()])].sort((a, b) => {
    const na = Number(a);
    const nb = Number(b);
    return Number.isNaN(na) || Number.isNaN(nb) ? (a < b ? -1 : a > b ? 1 : 0) : na - nb;
  });
  return { keys, ref: keys.map((k) => reference.get(k) ?? 0), cur: keys.map((k) => current.get(k) ?? 0) };
}

/**
 * Bins for JS on numeric data, as Evidently's get_binned_data: more than 20 unique reference values
 * -> numpy 'sturges' equal-width bins over the combined range; otherwise one bin per value.
 */
function jsBinnedNumeric(reference: NumericDistribution, current: NumericDistribution): [number[], number[]] {
  if (reference.distinct <= 20) {
    const { ref, cur } = alignCounts(asCounts(reference), asCounts(current));
    return [ref, cur];
  }
  const lo = Math.min(reference.sample.values[0] ?? 0, current.sample.values[0] ?? 0);
  const hi = Math.max(
    reference.sample.values[reference.sample.values.length - 1] ?? 0,
    current.sample.values[current.sample.values.length - 1] ?? 0,
  );
  const size = sumWeights(reference.sample) + sumWeights(current.sample);
  const ptp = hi - lo;
  const bins = ptp > 0 ? Math.max(1, Math.ceil(ptp / (ptp / (Math.log2(size) + 1)))) : 1;
  const histogram = (s: WeightedSample): number[] => {
    const counts = new Array<number>(bins).fill(0);
    s.values.forEach((v, i) => {
      // numpy's last bin is closed on the right, hence the clamp.
      const b = ptp > 0 ? Math.min(bins - 1, Math.floor(((v - lo) / ptp) * bins)) : 0;
      counts[b] = (counts[b] ?? 0) + (s.weights[i] ?? 0);
    });
    return counts;
  };
  return [histogram(reference.sample), histogram(current.sample)];
}

function sumWeights(s: WeightedSample): number {
  let t = 0;
  for (const w of s.weights) t += w;
  return t;
}

/**
 * PSI over `bins` quantile bins of the reference: edges are the reference's weighted quantiles at
 * i/bins (inverse-CDF, so every edge is an observed value), duplicates merged, bins closed on the
 * right, outer bins open-ended so current values outside the reference range are still counted.
 */
function numericPsi(reference: WeightedSample, current: WeightedSample, bins: number): number {
  const total = sumWeights(reference);
  const edges: number[] = [];
  let cum = 0;
  let next = 1;
  for (let i = 0; i < reference.values.length && next < bins; i++) {
    cum += reference.weights[i] ?? 0;
    while (next < bins && cum >= (total * next) / bins) {
      const v = reference.values[i] ?? 0;
      if (edges[edges.length - 1] !== v) edges.push(v);
      next += 1;
    }
  }
  const histogram = (s: WeightedSample): number[] => {
    const counts = new Array<number>(edges.length + 1).fill(0);
    s.values.forEach((v, i) => {
      let lo = 0;
      let hi = edges.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v <= (edges[mid] ?? 0)) hi = mid;
        else lo = mid + 1;
      }
      counts[lo] = (counts[lo] ?? 0) + (s.weights[i] ?? 0);
    });
    return counts;
  };
  return populationStabilityIndex(histogram(reference), histogram(current));
}

interface RawResult {
  feature: string;
  method: DriftMethod;
  threshold: number;
  statistic: number;
  pValue: number | null;
  effectSize: number;
  psi: number;
}

function evaluate(
  feature: string,
  reference: FeatureDistribution,
  current: FeatureDistribution,
  method: DriftMethod,
  threshold: number,
  psiBins: number,
): RawResult {
  if (reference.kind !== current.kind) {
    throw new RangeError(`feature '${feature}': reference is ${reference.kind} but current is ${current.kind}`);
  }
  if (!(reference.count > 0) || !(current.count > 0)) {
    throw new RangeError(
      `feature '${feature}': cannot test drift with ${reference.count} reference and ${current.count} current rows`,
    );
  }
  const counts = alignCounts(asCounts(reference), asCounts(current));
  let effectSize: number;
  let psi: number;
  if (reference.kind === 'numeric' && current.kind === 'numeric') {
    effectSize = wassersteinDistance(reference.sample, current.sample) / Math.max(reference.std, MIN_NORM);
    psi = numericPsi(reference.sample, current.sample, psiBins);
  } else {
    effectSize = jensenShannonDistance(counts.ref, counts.cur);
    psi = populationStabilityIndex(counts.ref, counts.cur);
  }
  const base = { feature, method, threshold, effectSize, psi };
  switch (method) {
    case 'ks': {
      if (reference.kind !== 'numeric' || current.kind !== 'numeric') throw new RangeError('unreachable');
      const r = ksTwoSampleTest(reference.sample, current.sample, reference.count, current.count);
      return { ...base, statistic: r.statistic, pValue: r.pValue };
    }
    case 'chisquare': {
      // Evidently: f_exp = reference counts scaled to the current total; categories new in current
      // have expected 0, which scipy (and we) report as statistic Infinity, p-value 0.
      const r = chiSquareGoodnessOfFit(counts.cur, counts.ref);
      return { ...base, statistic: r.statistic, pValue: r.pValue };
    }
    case 'z': {
      // Evidently: the first sorted key is "0", every other key "1".
      const successRef = sum(counts.ref) - (counts.ref[0] ?? 0);
      const successCur = sum(counts.cur) - (counts.cur[0] ?? 0);
      const r = twoProportionZTest(successRef, sum(counts.ref), successCur, sum(counts.cur));
      return { ...base, statistic: r.statistic, pValue: r.pValue };
    }
    case 'wasserstein':
      return { ...base, statistic: effectSize, pValue: null };
    case 'jensenshannon': {
      const statistic =
        reference.kind === 'numeric' && current.kind === 'numeric'
          ? jensenShannonDistance(...jsBinnedNumeric(reference, current))
          : effectSize;
      return { ...base, statistic, pValue: null };
    }
    case 'psi':
      return { ...base, statistic: psi, pValue: null };
  }
}

function sum(xs: readonly number[]): number {
  let t = 0;
  for (const x of xs) t += x;
  return t;
}

const METHOD_LABEL: Record<DriftMethod, string> = {
  ks: 'KS',
  chisquare: 'chi-squared',
  z: 'two-proportion z',
  wasserstein: 'normalised Wasserstein distance',
  jensenshannon: 'Jensen-Shannon distance',
  psi: 'PSI',
};

function fmt(x: number): string {
  // Three significant digits without padding zeros: 0.05 stays "0.05", 2.1e-21 keeps its exponent.
  return Number.isFinite(x) ? String(Number(x.toPrecision(3))) : String(x);
}

function describe(
  r: RawResult,
  adjusted: number | null,
  drifted: boolean,
  correction: string,
  numeric: boolean,
): string {
  const label = METHOD_LABEL[r.method];
  const verdict = drifted ? 'drift detected' : 'no drift';
  const effect = `${numeric ? 'normalised Wasserstein' : 'Jensen-Shannon'} ${fmt(r.effectSize)}, PSI ${fmt(r.psi)}`;
  if (r.pValue !== null && adjusted !== null) {
    const adj = correction === 'none' ? '' : ` (BH-adjusted ${fmt(adjusted)})`;
    const cmp = drifted ? '<' : '>=';
    return `${label} p-value ${fmt(r.pValue)}${adj} ${cmp} ${fmt(r.threshold)}: ${verdict}; ${effect}.`;
  }
  const cmp = drifted ? '>=' : '<';
  return `${label} ${fmt(r.statistic)} ${cmp} ${fmt(r.threshold)}: ${verdict}; ${effect}.`;
}

/**
 * Drift for every feature present in both maps (features only in one are ignored).
 * p-value tests drift when the adjusted p-value < threshold, BH-adjusted across all p-value-tested
 * features unless `correction: 'none'`; distance tests drift when the distance >= threshold.
 * Sorted worst first: drifted before not drifted, then by effect size descending, then by name.
 * Throws a RangeError for a feature that is empty on either side or changed kind.
 */
export function detectDrift(
  reference: ReadonlyMap<string, FeatureDistribution>,
  current: ReadonlyMap<string, FeatureDistribution>,
  options: DriftOptions = {},
): DatasetDrift {
  const correction = options.correction ?? 'benjamini-hochberg';
  const driftShare = options.driftShare ?? 0.5;
  const psiBins = options.psiBins ?? 10;
  if (!(psiBins >= 2) || !Number.isInteger(psiBins)) throw new RangeError(`psiBins must be an integer >= 2`);
  const raw: RawResult[] = [];
  const kinds = new Map<string, boolean>();
  for (const [feature, ref] of reference) {
    const cur = current.get(feature);
    if (cur === undefined) continue;
    const { method, threshold } = selectMethod(ref, options.overrides?.[feature], {
      current: cur,
      smallReferenceRows: options.smallReferenceRows ?? 1000,
    });
    raw.push(evaluate(feature, ref, cur, method, threshold, psiBins));
    kinds.set(feature, ref.kind === 'numeric');
  }
  const tested = raw.filter((r) => r.pValue !== null);
  const adjustedValues =
    correction === 'none' ? tested.map((r) => r.pValue ?? 1) : benjaminiHochberg(tested.map((r) => r.pValue ?? 1));
  const adjusted = new Map(tested.map((r, i) => [r.feature, adjustedValues[i] ?? 1]));
  const features: FeatureDrift[] = raw.map((r) => {
    const adj = adjusted.get(r.feature) ?? null;
    const drifted = adj !== null ? adj < r.threshold : r.statistic >= r.threshold;
    return {
      ...r,
      adjustedPValue: adj,
      drifted,
      reason: describe(r, adj, drifted, correction, kinds.get(r.feature) ?? false),
    };
  });
  features.sort(
    (a, b) =>
      Number(b.drifted) - Number(a.drifted) ||
      b.effectSize - a.effectSize ||
      (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0),
  );
  const driftedCount = features.filter((f) => f.drifted).length;
  const share = features.length === 0 ? 0 : driftedCount / features.length;
  return {
    features,
    driftedCount,
    share,
    datasetDrifted: features.length > 0 && share >= driftShare,
    correction,
  };
}
