import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);

// src/evaluate/metrics.ts
var LOG_LOSS_EPS = 2220446049250313e-31;
var MAPE_EPS = 2220446049250313e-31;
var PROBABILITY_SLACK = 1e-6;
var NO_ROWS = "no rows to evaluate";
function defined(value, note) {
  return note === void 0 ? { value } : { value, note };
}
function undefinedMetric(reason) {
  return { value: null, undefinedReason: reason };
}
function checkIndices(indices, rows, name) {
  if (indices === void 0) return;
  for (let i = 0; i < indices.length; i++) {
    const r = indices[i];
    if (r < 0 || r >= rows) throw new RangeError(`${name}: indices[${i}] = ${r} is outside 0..${rows - 1}`);
  }
}
function validateClassification(input) {
  const { labels, probabilities, classes } = input;
  const k = classes.length;
  if (k < 2) throw new RangeError(`classificationMetrics: needs at least 2 classes, got ${k}`);
  const rows = labels.length;
  if (probabilities.length !== rows * k) {
    throw new RangeError(
      `classificationMetrics: probabilities has ${probabilities.length} values, expected ${rows} rows \xD7 ${k} classes = ${rows * k}`
    );
  }
  for (let i = 0; i < rows; i++) {
    const y = labels[i];
    if (y < 0 || y >= k) throw new RangeError(`classificationMetrics: label ${y} at row ${i} is outside 0..${k - 1}`);
  }
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i];
    if (!(p >= 0 && p <= 1 + PROBABILITY_SLACK)) {
      throw new RangeError(
        `classificationMetrics: probability ${p} at row ${Math.floor(i / k)}, class '${classes[i % k]}' is not in [0, 1]; pass probabilities, not logits`
      );
    }
  }
  checkIndices(input.indices, rows, "classificationMetrics");
  return { rows, k };
}
function ratio(numerator, denominator, zeroDivisionNote) {
  if (denominator === 0) return defined(0, zeroDivisionNote);
  return defined(numerator / denominator);
}
function fScore(precision, recall) {
  const denominator = precision + recall;
  return denominator === 0 ? 0 : 2 * precision * recall / denominator;
}
function averaged(precision, recall, f1, notes) {
  const note = notes.length > 0 ? notes.join("; ") : void 0;
  return { precision: defined(precision, note), recall: defined(recall, note), f1: defined(f1, note) };
}
function allUndefined(reason) {
  return { precision: undefinedMetric(reason), recall: undefinedMetric(reason), f1: undefinedMetric(reason) };
}
function rankingScores(buffer, positives, total) {
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
    const vp = i >= 0 ? pos[i] : Number.NEGATIVE_INFINITY;
    const vn = j >= 0 ? neg[j] : Number.NEGATIVE_INFINITY;
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
    if (dp > 0) ap += dp * tps / (tps + fps);
  }
  return { auc: area / (positives * negatives), averagePrecision: ap / positives };
}
function classificationMetrics(input, options = {}) {
  const { rows, k } = validateClassification(input);
  const bins = options.calibrationBins ?? 10;
  if (!Number.isInteger(bins) || bins < 1) {
    throw new RangeError(`classificationMetrics: calibrationBins must be a positive integer, got ${bins}`);
  }
  const { labels, probabilities, classes, indices } = input;
  const n = indices === void 0 ? rows : indices.length;
  const confusion = new Float64Array(k * k);
  const support = new Float64Array(k);
  const binCount = new Float64Array(bins);
  const binConfidence = new Float64Array(bins);
  const binCorrect = new Float64Array(bins);
  const step = 1 / bins;
  let logLossSum = 0;
  let brierSum = 0;
  const binary = k === 2;
  for (let t = 0; t < n; t++) {
    const r = indices === void 0 ? t : indices[t];
    const y = labels[r];
    const base = r * k;
    let predicted = 0;
    let best = probabilities[base];
    let clippedSum = 0;
    let squared = 0;
    for (let c = 0; c < k; c++) {
      const p = probabilities[base + c];
      if (p > best) {
        best = p;
        predicted = c;
      }
      clippedSum += Math.min(Math.max(p, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
      const e = p - (c === y ? 1 : 0);
      squared += e * e;
    }
    const py = probabilities[base + y];
    const clipped = Math.min(Math.max(py, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
    logLossSum -= Math.log(clipped / clippedSum);
    if (binary) {
      const e = probabilities[base + 1] - y;
      brierSum += e * e;
    } else {
      brierSum += squared;
    }
    confusion[y * k + predicted]++;
    support[y]++;
    let b = Math.ceil(best * bins) - 1;
    if (b < 0) b = 0;
    if (b > bins - 1) b = bins - 1;
    while (b > 0 && best <= b * step) b--;
    while (b < bins - 1 && best > (b + 1) * step) b++;
    binCount[b]++;
    binConfidence[b] += best;
    if (predicted === y) binCorrect[b]++;
  }
  const confusionMatrix = [];
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
      confusionMatrix
    };
  }
  let correct = 0;
  const predictedCount = new Float64Array(k);
  for (let y = 0; y < k; y++) {
    correct += confusion[y * k + y];
    for (let c = 0; c < k; c++) predictedCount[c] += confusion[y * k + c];
  }
  const perClass = [];
  let macroP = 0;
  let macroR = 0;
  let macroF = 0;
  let weightedP = 0;
  let weightedR = 0;
  let weightedF = 0;
  let recallSum = 0;
  let classesWithRows = 0;
  const zeroDivisionNotes = [];
  const weightedNotes = [];
  for (let c = 0; c < k; c++) {
    const name = classes[c];
    const tp = confusion[c * k + c];
    const s = support[c];
    const predictedC = predictedCount[c];
    const precision = ratio(
      tp,
      predictedC,
      `precision of '${name}' is 0/0 (never predicted), reported as 0 (zero_division=0)`
    );
    const recall = ratio(tp, s, `recall of '${name}' is 0/0 (no rows of this class), reported as 0 (zero_division=0)`);
    const p = precision.value ?? 0;
    const rc = recall.value ?? 0;
    const f = fScore(p, rc);
    const noteParts = [precision, recall].flatMap((m) => "note" in m && m.note !== void 0 ? [m.note] : []);
    if (noteParts.length > 0) {
      const note = `'${name}' has a 0/0 precision or recall, counted as 0`;
      zeroDivisionNotes.push(note);
      if (s > 0) weightedNotes.push(note);
    }
    perClass.push({
      class: name,
      precision,
      recall,
      f1: defined(f, f === 0 && noteParts.length > 0 ? noteParts.join("; ") : void 0),
      support: s
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
  const accuracy = correct / n;
  const missing = classes.filter((_, c) => support[c] === 0);
  const present = classes.filter((_, c) => support[c] > 0);
  const absent = missing.map((c) => `'${c}'`).join(", ");
  const rocReason = binary && present.length < 2 ? `ROC-AUC needs both classes in the labels; only '${present[0]}' is present` : missing.length > 0 ? `one-vs-rest ROC-AUC needs every class in the labels; no rows of ${absent}` : null;
  const apReason = binary && support[1] === 0 ? `average precision needs rows of the positive class '${classes[1]}'; there are none` : !binary && missing.length > 0 ? `one-vs-rest average precision needs rows of every class; no rows of ${absent}` : null;
  let rocAuc = rocReason === null ? null : undefinedMetric(rocReason);
  let prAuc = apReason === null ? null : undefinedMetric(apReason);
  if (rocAuc === null || prAuc === null) {
    const buffer = new Float64Array(n);
    let aucSum = 0;
    let apSum = 0;
    const first = binary ? 1 : 0;
    for (let c = first; c < k; c++) {
      const positives = support[c];
      let ip = 0;
      let ineg = positives;
      for (let t = 0; t < n; t++) {
        const r = indices === void 0 ? t : indices[t];
        const score = probabilities[r * k + c];
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
    const count = binCount[b];
    if (count > 0) ece += count / n * Math.abs(binCorrect[b] / count - binConfidence[b] / count);
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
    confusionMatrix
  };
}
function selectKth(values, k) {
  let lo = 0;
  let hi = values.length - 1;
  while (hi > lo) {
    const mid = lo + hi >> 1;
    const a = values[lo];
    const b = values[mid];
    const c = values[hi];
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}
function median(values) {
  const m = values.length >> 1;
  const upper = selectKth(values, m);
  if (values.length % 2 === 1) return upper;
  let lower = values[0];
  for (let i = 1; i < m; i++) if (values[i] > lower) lower = values[i];
  return (lower + upper) / 2;
}
function regressionMetrics(input) {
  const { targets, predictions, indices } = input;
  const rows = targets.length;
  if (predictions.length !== rows) {
    throw new RangeError(`regressionMetrics: ${rows} targets but ${predictions.length} predictions`);
  }
  for (let i = 0; i < rows; i++) {
    if (!Number.isFinite(targets[i]))
      throw new RangeError(`regressionMetrics: target ${targets[i]} at row ${i} is not finite`);
    if (!Number.isFinite(predictions[i])) {
      throw new RangeError(`regressionMetrics: prediction ${predictions[i]} at row ${i} is not finite`);
    }
  }
  checkIndices(indices, rows, "regressionMetrics");
  const n = indices === void 0 ? rows : indices.length;
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
    const r = indices === void 0 ? t : indices[t];
    const y = targets[r];
    const e = predictions[r] - y;
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
    const y = targets[indices === void 0 ? t : indices[t]];
    if (t === 0) first = y;
    else if (y !== first) constant = false;
    const d = y - mean;
    total += d * d;
  }
  const r2 = constant || total === 0 ? undefinedMetric(`R\xB2 is undefined when every target is equal (all ${first}); there is no variance to explain`) : defined(1 - squaredSum / total);
  const mape = zeroTargets > 0 ? defined(
    apeSum / n,
    `${zeroTargets} of ${n} targets are (near) 0; like sklearn their errors are divided by ${MAPE_EPS}, so MAPE is dominated by them`
  ) : defined(apeSum / n);
  return {
    n,
    mae: defined(absSum / n),
    rmse: defined(Math.sqrt(squaredSum / n)),
    r2,
    mape,
    medianAbsoluteError: defined(median(absErrors))
  };
}
function scalarMetrics(metrics) {
  if ("mae" in metrics) {
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
    ece: m.ece
  };
}

export {
  LOG_LOSS_EPS,
  MAPE_EPS,
  classificationMetrics,
  regressionMetrics,
  scalarMetrics
};
