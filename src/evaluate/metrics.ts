/**
 * Classification and regression metrics over typed arrays, checked against scikit-learn 1.2.1
 * (`test/evaluate/metrics.test.ts` names the call behind every expected number).
 *
 * No metric is ever NaN: where scikit-learn would raise, warn or return nan, the value is `null` with the
 * reason, so a report can say why a number is missing instead of printing "NaN". Bad input (labels out of
 * range, non-finite values, length mismatch) is a caller error and throws a RangeError.
 *
 * Every function takes optional `indices` (rows to use, repeats allowed) so a bootstrap can evaluate a
 * resample without copying the columns. Hot loops allocate nothing per row: a million binary rows take
 * one sort of a Float64Array.
 */

export type MetricValue = { value: number; note?: string } | { value: null; undefinedReason: string };

export interface ClassificationInput {
  /** Class index per row, 0..K-1, where K = classes.length. */
  labels: Int32Array;
  /** n × K, row-major; row i is the predicted probability of each class for row i. */
  probabilities: Float32Array | Float64Array;
  classes: readonly string[];
  /** Rows to evaluate (repeats allowed, e.g. a bootstrap resample); all rows when absent. */
  indices?: Int32Array;
  /** Sample weights are not supported: every row counts once. */
  weights?: never;
}

export interface ClassificationOptions {
  /** Equal-width bins on [0, 1] for the expected calibration error (default 10). */
  calibrationBins?: number;
}

export interface PerClassMetrics {
  class: string;
  precision: MetricValue;
  recall: MetricValue;
  f1: MetricValue;
  /** Rows whose true label is this class. */
  support: number;
}

export interface AveragedMetrics {
  precision: MetricValue;
  recall: MetricValue;
  f1: MetricValue;
}

export interface ClassificationMetrics {
  n: number;
  accuracy: MetricValue;
  balancedAccuracy: MetricValue;
  perClass: PerClassMetrics[];
  macro: AveragedMetrics;
  micro: AveragedMetrics;
  weighted: AveragedMetrics;
  rocAuc: MetricValue;
  /** Average precision (step-wise area under the precision-recall curve), not a trapezoidal area. */
  prAuc: MetricValue;
  logLoss: MetricValue;
  brier: MetricValue;
  ece: MetricValue;
  /** K × K counts, rows = true class, columns = predicted class (sklearn confusion_matrix layout). */
  confusionMatrix: number[][];
}

export interface RegressionInput {
  targets: Float64Array;
  predictions: Float64Array;
  /** Rows to evaluate (repeats allowed); all rows when absent. */
  indices?: Int32Array;
}

export interface RegressionMetrics {
  n: number;
  mae: MetricValue;
  rmse: MetricValue;
  r2: MetricValue;
  mape: MetricValue;
  medianAbsoluteError: MetricValue;
}

/**
 * Log-loss clipping bound: sklearn 1.2.1 `log_loss(eps='auto')` uses `np.finfo(y_pred.dtype).eps`; we always
 * compute in float64, so this equals sklearn on float64 probabilities (for float32 input sklearn would clip
 * at 1.19e-7 instead; our value equals `log_loss(y, p.astype(np.float64))`).
 */
export const LOG_LOSS_EPS = 2.220446049250313e-16;

/** sklearn's `mean_absolute_percentage_error` floor for |y|: `np.finfo(np.float64).eps`. */
export const MAPE_EPS = 2.220446049250313e-16;

/** Softmax outputs in float32 can exceed 1 by a rounding error; anything further is not a probability. */
const PROBABILITY_SLACK = 1e-6;

const NO_ROWS = 'no rows to evaluate';

function defined(value: number, note?: string): MetricValue {
  return note === undefined ? { value } : { value, note };
}

function undefinedMetric(reason: string): MetricValue {
  return { value: null, undefinedReason: reason };
}

function checkIndices(indices: Int32Array | undefined, rows: number, name: string): void {
  if (indices === undefined) return;
  for (let i = 0; i < indices.length; i++) {
    const r = indices[i]!;
    if (r < 0 || r >= rows) throw new RangeError(`${name}: indices[${i}] = ${r} is outside 0..${rows - 1}`);
  }
}

function validateClassification(input: ClassificationInput): { rows: number; k: number } {
  const { labels, probabilities, classes } = input;
  const k = classes.length;
  if (k < 2) throw new RangeError(`classificationMetrics: needs at least 2 classes, got ${k}`);
  const rows = labels.length;
  if (probabilities.length !== rows * k) {
    throw new RangeError(
      `classificationMetrics: probabilities has ${probabilities.length} values, expected ${rows} rows × ${k} classes = ${rows * k}`,
    );
  }
  for (let i = 0; i < rows; i++) {
    const y = labels[i]!;
    if (y < 0 || y >= k) throw new RangeError(`classificationMetrics: label ${y} at row ${i} is outside 0..${k - 1}`);
  }
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i]!;
    if (!(p >= 0 && p <= 1 + PROBABILITY_SLACK)) {
      throw new RangeError(
        `classificationMetrics: probability ${p} at row ${Math.floor(i / k)}, class '${classes[i % k]}' is not in [0, 1]; pass probabilities, not logits`,
      );
    }
  }
  checkIndices(input.indices, rows, 'classificationMetrics');
  return { rows, k };
}

function ratio(numerator: number, denominator: number, zeroDivisionNote: string): MetricValue {
  if (denominator === 0) return defined(0, zeroDivisionNote);
  return defined(numerator / denominator);
}

/** sklearn 1.2.1 computes F from the (zero-division-substituted) precision and recall, 0 when both are 0. */
function fScore(precision: number, recall: number): number {
  const denominator = precision + recall;
  return denominator === 0 ? 0 : (2 * precision * recall) / denominator;
}

function averaged(precision: number, recall: number, f1: number, notes: string[]): AveragedMetrics {
  const note = notes.length > 0 ? notes.join('; ') : undefined;
  return { precision: defined(precision, note), recall: defined(recall, note), f1: defined(f1, note) };
}

function allUndefined(reason: string): AveragedMetrics {
  return { precision: undefinedMetric(reason), recall: undefinedMetric(reason), f1: undefinedMetric(reason) };
}

interface RankingScores {
  auc: number;
  averagePrecision: number;
}

/**
 * ROC-AUC and average precision of one positive class, from its scores split into `buffer[0, positives)`
 * (positives) and `buffer[positives, total)` (negatives). Sorting both halves once and merging them from the
 * top visits each distinct threshold once, which is sklearn's `_binary_clf_curve`: the ROC area is the
 * trapezoid sum over those thresholds (ties count half), and AP = Σ ΔRecall · Precision at thresholds
 * where recall grows (`average_precision_score`, no interpolation).
 */
function rankingScores(buffer: Float64Array, positives: number, total: number): RankingScores {
  const pos = buffer.subarray(0, positives).sort();
  const neg = buffer.subarray(positives, total).sort();
  const negatives = total - positives;
  let i = positives - 1;
  let j = negatives - 1;
  let tps = 0;
  let fps = 0;
  let area = 0;
  let ap = 0;
  while (i >= 0 || j >= 0) {
    const vp = i >= 0 ? pos[i]! : Number.NEGATIVE_INFINITY;
    const vn = j >= 0 ? neg[j]! : Number.NEGATIVE_INFINITY;
    const threshold = Math.max(vp, vn);
    let dp = 0;
    let dn = 0;
    while (i >= 0 && pos[i] === threshold) {
      dp++;
      i--;
    }
    while (j >= 0 && neg[j] === threshold) {
      dn++;
      j--;
    }
    area += dn * (tps + dp / 2);
    tps += dp;
    fps += dn;
    if (dp > 0) ap += (dp * tps) / (tps + fps);
  }
  return { auc: area / (positives * negatives), averagePrecision: ap / positives };
}

/**
 * Metrics of a probabilistic classifier (K ≥ 2 classes), each matching a scikit-learn 1.2.1 call:
 *
 * - predicted class = argmax of the row (ties → lowest class index, as `np.argmax`).
 * - precision/recall/f1: `precision_recall_fscore_support(labels=range(K), zero_division=0)`: a 0/0 (a class
 *   never predicted, or with no rows) counts as 0 and the value carries a `note`; macro averages all K classes.
 * - balancedAccuracy: `balanced_accuracy_score`, the mean recall over classes that have rows.
 * - rocAuc: binary → `roc_auc_score(y, p[:, 1])`; K > 2 → `roc_auc_score(y, p, multi_class='ovr',
 *   average='macro')`. Undefined unless every class has rows (sklearn raises there).
 * - prAuc: binary → `average_precision_score(y, p[:, 1])`; K > 2 → macro over one-vs-rest,
 *   `average_precision_score(label_binarize(y, classes=range(K)), p, average='macro')`. Undefined when a
 *   positive class has no rows (sklearn warns and returns 0).
 * - logLoss: `log_loss(y, p, labels=range(K))`: clip to [eps, 1 − eps] with eps = LOG_LOSS_EPS, renormalise
 *   each row, mean of −log p[true].
 * - brier: binary → `brier_score_loss(y, p[:, 1], pos_label=1)`, mean (p₁ − y)², in [0, 1]; K > 2 → the
 *   original multiclass Brier score, mean over rows of Σ_k (p_k − [y = k])², in [0, 2] (numpy:
 *   `np.mean(np.sum((p - np.eye(K)[y]) ** 2, axis=1))`). For K = 2 the multiclass form would be twice ours.
 * - ece: expected calibration error (Guo et al. 2017) on the top-class confidence conf_i = max_k p_ik with
 *   correct_i = [argmax = y_i]; B equal-width right-closed bins (b/B, (b+1)/B] of [0, 1] (0 goes to the first),
 *   assigned exactly like `sklearn.calibration.calibration_curve(strategy='uniform')`, i.e.
 *   `np.searchsorted(np.linspace(0, 1, B + 1)[1:-1], conf)`; ECE = Σ_b (n_b / n) · |mean(correct in b) −
 *   mean(conf in b)|, empty bins contributing 0. sklearn has no ECE; the tests spell out the numpy.
 */
export function classificationMetrics(
  input: ClassificationInput,
  options: ClassificationOptions = {},
): ClassificationMetrics {
  const { rows, k } = validateClassification(input);
  const bins = options.calibrationBins ?? 10;
  if (!Number.isInteger(bins) || bins < 1) {
    throw new RangeError(`classificationMetrics: calibrationBins must be a positive integer, got ${bins}`);
  }
  const { labels, probabilities, classes, indices } = input;
  const n = indices === undefined ? rows : indices.length;

  const confusion = new Float64Array(k * k);
  const support = new Float64Array(k);
  const binCount = new Float64Array(bins);
  const binConfidence = new Float64Array(bins);
  const binCorrect = new Float64Array(bins);
  // sklearn.calibration.calibration_curve's edges: np.linspace(0, 1, bins + 1) is i * (1 / bins).
  const step = 1 / bins;
  let logLossSum = 0;
  let brierSum = 0;
  const binary = k === 2;

  for (let t = 0; t < n; t++) {
    const r = indices === undefined ? t : indices[t]!;
    const y = labels[r]!;
    const base = r * k;
    let predicted = 0;
    let best = probabilities[base]!;
    let clippedSum = 0;
    let squared = 0;
    for (let c = 0; c < k; c++) {
      const p = probabilities[base + c]!;
      if (p > best) {
        best = p;
        predicted = c;
      }
      clippedSum += Math.min(Math.max(p, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
      const e = p - (c === y ? 1 : 0);
      squared += e * e;
    }
    const py = probabilities[base + y]!;
    const clipped = Math.min(Math.max(py, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
    logLossSum -= Math.log(clipped / clippedSum);
    if (binary) {
      const e = probabilities[base + 1]! - y;
      brierSum += e * e;
    } else {
      brierSum += squared;
    }
    confusion[y * k + predicted]!++;
    support[y]!++;
    // Bins are right-closed, (i/B, (i+1)/B], with 0 in the first: calibration_curve's
    // np.searchsorted(edges[1:-1], conf) (side='left'). Start from the arithmetic guess and correct against
    // the exact edges so values on an edge land where numpy puts them.
    let b = Math.ceil(best * bins) - 1;
    if (b < 0) b = 0;
    if (b > bins - 1) b = bins - 1;
    while (b > 0 && best <= b * step) b--;
    while (b < bins - 1 && best > (b + 1) * step) b++;
    binCount[b]!++;
    binConfidence[b]! += best;
    if (predicted === y) binCorrect[b]!++;
  }

  const confusionMatrix: number[][] = [];
  for (let y = 0; y < k; y++) confusionMatrix.push(Array.from(confusion.subarray(y * k, (y + 1) * k)));

  if (n === 0) {
    const none = undefinedMetric(NO_ROWS);
    return {
      n,
      accuracy: none,
      balancedAccuracy: none,
      perClass: classes.map((name) => ({ class: name, precision: none, recall: none, f1: none, support: 0 })),
      macro: allUndefined(NO_ROWS),
      micro: allUndefined(NO_ROWS),
      weighted: allUndefined(NO_ROWS),
      rocAuc: none,
      prAuc: none,
      logLoss: none,
      brier: none,
      ece: none,
      confusionMatrix,
    };
  }

  let correct = 0;
  const predictedCount = new Float64Array(k);
  for (let y = 0; y < k; y++) {
    correct += confusion[y * k + y]!;
    for (let c = 0; c < k; c++) predictedCount[c]! += confusion[y * k + c]!;
  }

  const perClass: PerClassMetrics[] = [];
  let macroP = 0;
  let macroR = 0;
  let macroF = 0;
  let weightedP = 0;
  let weightedR = 0;
  let weightedF = 0;
  let recallSum = 0;
  let classesWithRows = 0;
  const zeroDivisionNotes: string[] = [];
  const weightedNotes: string[] = [];
  for (let c = 0; c < k; c++) {
    const name = classes[c]!;
    const tp = confusion[c * k + c]!;
    const s = support[c]!;
    const predictedC = predictedCount[c]!;
    const precision = ratio(
      tp,
      predictedC,
      `precision of '${name}' is 0/0 (never predicted), reported as 0 (zero_division=0)`,
    );
    const recall = ratio(tp, s, `recall of '${name}' is 0/0 (no rows of this class), reported as 0 (zero_division=0)`);
    const p = precision.value ?? 0;
    const rc = recall.value ?? 0;
    const f = fScore(p, rc);
    const noteParts = [precision, recall].flatMap((m) => ('note' in m && m.note !== undefined ? [m.note] : []));
    if (noteParts.length > 0) {
      const note = `'${name}' has a 0/0 precision or recall, counted as 0`;
      zeroDivisionNotes.push(note);
      // A class without rows has weight 0 in the weighted average, so only the others change it.
      if (s > 0) weightedNotes.push(note);
    }
    perClass.push({
      class: name,
      precision,
      recall,
      f1: defined(f, f === 0 && noteParts.length > 0 ? noteParts.join('; ') : undefined),
      support: s,
    });
    macroP += p;
    macroR += rc;
    macroF += f;
    weightedP += p * s;
    weightedR += rc * s;
    weightedF += f * s;
    if (s > 0) {
      recallSum += tp / s;
      classesWithRows++;
    }
  }

  // With every class listed, micro precision = micro recall = micro f1 = accuracy (each row is one TP or one
  // FP + one FN), which is what sklearn returns for average='micro', labels=range(K).
  const accuracy = correct / n;
  const missing = classes.filter((_, c) => support[c] === 0);
  const present = classes.filter((_, c) => support[c]! > 0);

  const absent = missing.map((c) => `'${c}'`).join(', ');
  const rocReason =
    binary && present.length < 2
      ? `ROC-AUC needs both classes in the labels; only '${present[0]}' is present`
      : missing.length > 0
        ? `one-vs-rest ROC-AUC needs every class in the labels; no rows of ${absent}`
        : null;
  const apReason =
    binary && support[1] === 0
      ? `average precision needs rows of the positive class '${classes[1]}'; there are none`
      : !binary && missing.length > 0
        ? `one-vs-rest average precision needs rows of every class; no rows of ${absent}`
        : null;
  let rocAuc = rocReason === null ? null : undefinedMetric(rocReason);
  let prAuc = apReason === null ? null : undefinedMetric(apReason);
  if (rocAuc === null || prAuc === null) {
    // One buffer for every class: positives' scores first, negatives' after, sorted in place.
    const buffer = new Float64Array(n);
    let aucSum = 0;
    let apSum = 0;
    const first = binary ? 1 : 0;
    for (let c = first; c < k; c++) {
      const positives = support[c]!;
      let ip = 0;
      let ineg = positives;
      for (let t = 0; t < n; t++) {
        const r = indices === undefined ? t : indices[t]!;
        const score = probabilities[r * k + c]!;
        if (labels[r] === c) buffer[ip++] = score;
        else buffer[ineg++] = score;
      }
      const scores = rankingScores(buffer, positives, n);
      aucSum += scores.auc;
      apSum += scores.averagePrecision;
    }
    const classesScored = k - first;
    rocAuc ??= defined(aucSum / classesScored);
    prAuc ??= defined(apSum / classesScored);
  }

  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const count = binCount[b]!;
    if (count > 0) ece += (count / n) * Math.abs(binCorrect[b]! / count - binConfidence[b]! / count);
  }

  return {
    n,
    accuracy: defined(accuracy),
    balancedAccuracy: defined(recallSum / classesWithRows),
    perClass,
    macro: averaged(macroP / k, macroR / k, macroF / k, zeroDivisionNotes),
    micro: averaged(accuracy, accuracy, accuracy, []),
    weighted: averaged(weightedP / n, weightedR / n, weightedF / n, weightedNotes),
    rocAuc,
    prAuc,
    logLoss: defined(logLossSum / n),
    brier: defined(brierSum / n),
    ece: defined(ece),
    confusionMatrix,
  };
}

/** k-th smallest (0-based) of values, reordering them in place: Hoare's quickselect, O(n) expected. */
function selectKth(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (hi > lo) {
    // Median of three as pivot keeps sorted or constant input from going quadratic.
    const mid = (lo + hi) >> 1;
    const a = values[lo]!;
    const b = values[mid]!;
    const c = values[hi]!;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

/** np.median: the middle value, or the mean of the two middle values for even n. */
function median(values: Float64Array): number {
  const m = values.length >> 1;
  const upper = selectKth(values, m);
  if (values.length % 2 === 1) return upper;
  // After selecting m, everything left of it is ≤ it: the lower middle is their maximum.
  let lower = values[0]!;
  for (let i = 1; i < m; i++) if (values[i]! > lower) lower = values[i]!;
  return (lower + upper) / 2;
}

/**
 * Regression metrics, each as scikit-learn 1.2.1:
 * mae = `mean_absolute_error`, rmse = `mean_squared_error(squared=False)`, r2 = `r2_score` except that a
 * constant target makes it undefined (sklearn reports 1.0 or 0.0 by `force_finite`), mape =
 * `mean_absolute_percentage_error` = mean |ŷ − y| / max(|y|, MAPE_EPS) (a fraction, not a percentage; zero
 * targets make it huge, which the note says), medianAbsoluteError = `median_absolute_error`.
 */
export function regressionMetrics(input: RegressionInput): RegressionMetrics {
  const { targets, predictions, indices } = input;
  const rows = targets.length;
  if (predictions.length !== rows) {
    throw new RangeError(`regressionMetrics: ${rows} targets but ${predictions.length} predictions`);
  }
  for (let i = 0; i < rows; i++) {
    if (!Number.isFinite(targets[i]!))
      throw new RangeError(`regressionMetrics: target ${targets[i]} at row ${i} is not finite`);
    if (!Number.isFinite(predictions[i]!)) {
      throw new RangeError(`regressionMetrics: prediction ${predictions[i]} at row ${i} is not finite`);
    }
  }
  checkIndices(indices, rows, 'regressionMetrics');
  const n = indices === undefined ? rows : indices.length;
  if (n === 0) {
    const none = undefinedMetric(NO_ROWS);
    return { n, mae: none, rmse: none, r2: none, mape: none, medianAbsoluteError: none };
  }
  const absErrors = new Float64Array(n);
  let absSum = 0;
  let squaredSum = 0;
  let targetSum = 0;
  let apeSum = 0;
  let zeroTargets = 0;
  for (let t = 0; t < n; t++) {
    const r = indices === undefined ? t : indices[t]!;
    const y = targets[r]!;
    const e = predictions[r]! - y;
    const a = Math.abs(e);
    absErrors[t] = a;
    absSum += a;
    squaredSum += e * e;
    targetSum += y;
    const ay = Math.abs(y);
    if (ay < MAPE_EPS) zeroTargets++;
    apeSum += a / Math.max(ay, MAPE_EPS);
  }
  const mean = targetSum / n;
  let total = 0;
  let first = Number.NaN;
  let constant = true;
  for (let t = 0; t < n; t++) {
    const y = targets[indices === undefined ? t : indices[t]!]!;
    if (t === 0) first = y;
    else if (y !== first) constant = false;
    const d = y - mean;
    total += d * d;
  }
  const r2 =
    constant || total === 0
      ? undefinedMetric(`R² is undefined when every target is equal (all ${first}); there is no variance to explain`)
      : defined(1 - squaredSum / total);
  const mape =
    zeroTargets > 0
      ? defined(
          apeSum / n,
          `${zeroTargets} of ${n} targets are (near) 0; like sklearn their errors are divided by ${MAPE_EPS}, so MAPE is dominated by them`,
        )
      : defined(apeSum / n);
  return {
    n,
    mae: defined(absSum / n),
    rmse: defined(Math.sqrt(squaredSum / n)),
    r2,
    mape,
    medianAbsoluteError: defined(median(absErrors)),
  };
}

/** The scalar metrics by name (camelCase, e.g. `macroF1`, `rocAuc`), for slice ranking and thresholds. */
export function scalarMetrics(metrics: ClassificationMetrics | RegressionMetrics): Record<string, MetricValue> {
  if ('mae' in metrics) {
    const { mae, rmse, r2, mape, medianAbsoluteError } = metrics;
    return { mae, rmse, r2, mape, medianAbsoluteError };
  }
  const m = metrics;
  return {
    accuracy: m.accuracy,
    balancedAccuracy: m.balancedAccuracy,
    macroPrecision: m.macro.precision,
    macroRecall: m.macro.recall,
    macroF1: m.macro.f1,
    microPrecision: m.micro.precision,
    microRecall: m.micro.recall,
    microF1: m.micro.f1,
    weightedPrecision: m.weighted.precision,
    weightedRecall: m.weighted.recall,
    weightedF1: m.weighted.f1,
    rocAuc: m.rocAuc,
    prAuc: m.prAuc,
    logLoss: m.logLoss,
    brier: m.brier,
    ece: m.ece,
  };
}
