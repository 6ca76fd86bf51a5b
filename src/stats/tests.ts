/**
 * Pure two-sample statistics over discrete weighted distributions.
 *
 * Every function reproduces a named scipy/statsmodels call (see each doc comment) so that numbers
 * reported by the suite can be checked against the Python ecosystem users already trust.
 * Degenerate input never yields NaN: either a RangeError with the reason, or a documented value.
 */
import gammainc from '@stdlib/math-base-special-gammainc';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/** A discrete distribution: `values` strictly ascending, `weights` > 0 (usually counts). */
export interface WeightedSample {
  values: Float64Array;
  weights: Float64Array;
}

export interface TestResult {
  statistic: number;
  pValue: number;
}

/** Sorts and collapses duplicates (weight = multiplicity). Throws on empty input or non-finite values. */
export function weightedSample(values: ArrayLike<number>): WeightedSample {
  if (values.length === 0) throw new RangeError('weightedSample: no values');
  const sorted = Float64Array.from(values);
  for (const v of sorted) {
    if (!Number.isFinite(v)) throw new RangeError(`weightedSample: non-finite value ${v}`);
  }
  sorted.sort();
  const outValues = new Float64Array(sorted.length);
  const outWeights = new Float64Array(sorted.length);
  let k = -1;
  for (const v of sorted) {
    if (k >= 0 && outValues[k] === v) {
      outWeights[k] = (outWeights[k] ?? 0) + 1;
    } else {
      k += 1;
      outValues[k] = v;
      outWeights[k] = 1;
    }
  }
  return { values: outValues.slice(0, k + 1), weights: outWeights.slice(0, k + 1) };
}

/** Total weight; validates the sample invariants once so the walks below can trust them. */
function totalWeight(s: WeightedSample, name: string): number {
  const n = s.values.length;
  if (n === 0) throw new RangeError(`${name}: empty sample`);
  if (s.weights.length !== n) throw new RangeError(`${name}: ${n} values but ${s.weights.length} weights`);
  let total = 0;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = s.values[i] ?? Number.NaN;
    const w = s.weights[i] ?? Number.NaN;
    if (!Number.isFinite(v)) throw new RangeError(`${name}: non-finite value ${v}`);
    if (!(v > previous)) throw new RangeError(`${name}: values must be strictly ascending`);
    if (!(w > 0) || !Number.isFinite(w)) throw new RangeError(`${name}: weight ${w} is not a positive finite number`);
    previous = v;
    total += w;
  }
  return total;
}

/** Two-sided KS statistic sup|F_a - F_b| over the pooled support (right-continuous ECDFs, as ks_2samp). */
export function ksStatistic(a: WeightedSample, b: WeightedSample): number {
  const totalA = totalWeight(a, 'ksStatistic(a)');
  const totalB = totalWeight(b, 'ksStatistic(b)');
  let i = 0;
  let j = 0;
  let cumA = 0;
  let cumB = 0;
  let d = 0;
  const na = a.values.length;
  const nb = b.values.length;
  while (i < na || j < nb) {
    const va = i < na ? (a.values[i] ?? 0) : Number.POSITIVE_INFINITY;
    const vb = j < nb ? (b.values[j] ?? 0) : Number.POSITIVE_INFINITY;
    const x = Math.min(va, vb);
    if (va === x) cumA += a.weights[i++] ?? 0;
    if (vb === x) cumB += b.weights[j++] ?? 0;
    const diff = Math.abs(cumA / totalA - cumB / totalB);
    if (diff > d) d = diff;
  }
  return d;
}

/**
 * Two-sample KS test. `n`/`m` are the sample sizes used for the p-value; they default to the total
 * weights, but a caller holding a sketch should pass the true row counts.
 */
export function ksTwoSampleTest(a: WeightedSample, b: WeightedSample, n?: number, m?: number): TestResult {
  const d = ksStatistic(a, b);
  const sizeA = n ?? totalWeight(a, 'ksTwoSampleTest(a)');
  const sizeB = m ?? totalWeight(b, 'ksTwoSampleTest(b)');
  return { statistic: d, pValue: ksPValue(d, sizeA, sizeB) };
}

const MAX_AUTO_N = 10000;

/**
 * Two-sided p-value of the two-sample KS statistic `d` for sizes n, m, following
 * scipy.stats.ks_2samp(method='auto'): exact (Hodges / Viehmann lattice-path recursion) when
 * max(n, m) <= 10000, falling back to the asymptotic route if the exact computation leaves [0, 1];
 * otherwise kstwo.sf(d, round(n*m/(n+m))). Sizes are rounded to integers (the null distribution is
 * only defined for whole counts) and must be >= 1.
 */
export function ksPValue(d: number, n: number, m: number): number {
  if (!Number.isFinite(d)) throw new RangeError(`ksPValue: statistic ${d} is not finite`);
  const n1 = Math.round(n);
  const n2 = Math.round(m);
  if (!(n1 >= 1) || !(n2 >= 1)) throw new RangeError(`ksPValue: sample sizes must be >= 1 (got ${n}, ${m})`);
  if (Math.max(n1, n2) <= MAX_AUTO_N) {
    const exact = exactKsPValue(n1, n2, d);
    if (exact !== undefined) return clip01(exact);
  }
  const [big, small] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = (big * small) / (big + small);
  return clip01(kstwoSf(d, roundHalfEven(en)));
}

function clip01(p: number): number {
  return Math.min(Math.max(p, 0), 1);
}

/** numpy.round rounds halves to even; en = n/2 for equal odd sizes hits exactly that case. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** scipy _attempt_exact_2kssamp (two-sided); undefined where scipy would switch to 'asymp'. */
function exactKsPValue(n1: number, n2: number, d: number): number | undefined {
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  if (h === 0) return 1;
  const prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h);
  return prob >= 0 && prob <= 1 ? prob : undefined;
}

/** scipy _compute_prob_outside_square: Pr(D_{n,n} >= h/n), Horner form to avoid cancellation. */
function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
  }
  return 2 * p;
}

/** scipy _compute_outer_prob_inside_method: 1 - Pr(paths stay strictly inside), computed directly. */
function outerProbInsideMethod(m: number, n: number, g: number, h: number): number {
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = ((A[jj + minj - lastminj] ?? 0) * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1] ?? Number.NaN;
}

// ---- kstwo.sf: scipy/stats/_ksstats.py (Simard & L'Ecuyer 2011 algorithm selection) ----

const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
/** cephes MINLOG = log(2^-1022): exp() below it underflows. */
const MINLOG = Math.log(2 ** -1022);
// Shortest round-trip spellings of scipy's _STIRLING_COEFFS (B_2j / (2j) / (2j - 1), j = 8..1).
const STIRLING_COEFFS = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417, -0.0005952380952380953,
  0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];

/** ldexp without overflowing the intermediate power of two when |e| > 1023. */
function ldexp(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

function logNFactorialDivNPowN(n: number): number {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING_COEFFS) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}

/** Survival function of the one-sample two-sided KS statistic D_n (scipy.stats.kstwo.sf). */
export function kstwoSf(x: number, n: number): number {
  if (x >= 1) return 0;
  if (x <= 0.5 / n) return 1;
  const t = n * x;
  if (t <= 1) {
    const prob = n <= 140 ? productRubenGambino(n, t) : Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
    return clip01(1 - prob);
  }
  if (t >= n - 1) return clip01(2 * (1 - x) ** n);
  if (x >= 0.5) return clip01(2 * smirnovSf(n, x));
  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clip01(1 - kolmogornDMTW(n, x));
    if (nxSquared <= 4) return clip01(1 - kolmogornPomeranz(n, x));
    return clip01(2 * smirnovSf(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clip01(2 * smirnovSf(n, x));
  const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? kolmogornDMTW(n, x) : kolmogornPelzGood(n, x);
  return clip01(1 - clip01(cdf));
}

function productRubenGambino(n: number, t: number): number {
  let prob = 1;
  for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
  return prob;
}

function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k] ?? 0;
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] = (out[i * m + j] ?? 0) + aik * (b[k * m + j] ?? 0);
    }
  }
  return out;
}

/** Durbin matrix algorithm, Marsaglia-Tsang-Wang form: Pr(D_n <= d). */
function kolmogornDMTW(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  let H: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)] ?? 0;
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r] ?? 0;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c] ?? 0;

  let Hpwr: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) Hpwr[i * m + i] = 1;
  let nn = n;
  let expnt = 0;
  let Hexpnt = 0;
  while (nn > 0) {
    if (nn % 2) {
      Hpwr = matmul(Hpwr, H, m);
      expnt += Hexpnt;
    }
    H = matmul(H, H, m);
    Hexpnt *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)] ?? 0) > EP128) {
      for (let i = 0; i < H.length; i++) H[i] = (H[i] ?? 0) / EP128;
      Hexpnt += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = Hpwr[(k - 1) * m + (k - 1)] ?? 0;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      expnt -= 128;
    }
  }
  if (expnt !== 0) p = ldexp(p, expnt);
  return clip01(p);
}

function pomeranzJ1J2(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** Pomeranz (1974) recursion: Pr(D_n <= x). */
function kolmogornPomeranz(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1;
  twogpower[0] = 1;
  onem2gpower[0] = 1;
  let expnt = 0;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = ((gpower[m - 1] ?? 0) * (g / n)) / m;
    twogpower[m] = ((twogpower[m - 1] ?? 0) * ((2 * g) / n)) / m;
    onem2gpower[m] = ((onem2gpower[m - 1] ?? 0) * ((1 - 2 * g) / n)) / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let [j1, j2] = pomeranzJ1J2(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      // numpy slices truncate at the array end; mirror that so the convolution sees the same operands.
      const aStart = k1 - V0s;
      const aLen = Math.max(0, Math.min(ln2, npwrs - aStart));
      const bLen = Math.min(ln2, npwrs);
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      let maxV1 = 0;
      for (let r = 0; r < convLen; r++) {
        const idx = convStart + r;
        let s = 0;
        const lo = Math.max(0, idx - (bLen - 1));
        const hi = Math.min(aLen - 1, idx);
        for (let q = lo; q <= hi; q++) s += (V0[aStart + q] ?? 0) * (pwrs[idx - q] ?? 0);
        V1[r] = s;
        if (s > maxV1) maxV1 = s;
      }
      if (maxV1 > 0 && maxV1 < EM128) {
        for (let r = 0; r < npwrs; r++) V1[r] = (V1[r] ?? 0) * EP128;
        expnt -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s] ?? 0;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > EP128) {
      ans *= EM128;
      expnt += 128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans = ldexp(ans, expnt);
  return clip01(ans);
}

/** Pelz-Good (1976) approximation to Pr(D_n <= x). */
function kolmogornPelzGood(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const PI2 = Math.PI ** 2;
  const PI4 = Math.PI ** 4;
  const PI6 = Math.PI ** 6;
  const SQRT2PI = Math.sqrt(2 * Math.PI);
  const z = Math.sqrt(n) * x;
  const z2 = z ** 2;
  const z3 = z ** 3;
  const z4 = z ** 4;
  const z6 = z ** 6;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m ** 2;
    const m4 = m ** 4;
    const m6 = m ** 6;
    const qpower = q ** (8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = (K[i] ?? 0) * qpower + (coeffs[i] ?? 0);
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = ((K[i] ?? 0) * q * SQRT2PI) / (divisors[i] ?? 1);
  q = Math.exp(-PI2 / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const ksq = k * k;
    const qp = q ** ksq;
    const kspi = Math.PI * k;
    k2extra += ksq * qp;
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksq * qp;
  }
  K[2] = (K[2] ?? 0) + (k2extra * PI2 * SQRT2PI) / (-36 * z3);
  K[3] = (K[3] ?? 0) + (k3extra * PI2 * SQRT2PI) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += (K[i] ?? 0) / n ** (i / 2);
  return sum;
}

/** Veltkamp/Dekker exact product: n*x = hi + lo, so n - v - n*x is formed without rounding. */
function twoProduct(a: number, b: number): [number, number] {
  const hi = a * b;
  const split = (y: number): [number, number] => {
    const c = 134217729 * y;
    const yh = c - (c - y);
    return [yh, y - yh];
  };
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  const lo = ah * bh - hi + ah * bl + al * bh + al * bl;
  return [hi, lo];
}

/**
 * One-sided Smirnov survival function Pr(D_n^+ >= x) (scipy.special.smirnov) via the
 * Birnbaum-Tingey sum, every term formed in log space. xsf keeps the terms in double-double;
 * plain doubles here cost ~1e-13 relative, far inside what a p-value needs.
 */
export function smirnovSf(n: number, x: number): number {
  if (!(x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const [nxHi, nxLo] = twoProduct(n, x);
  let nxfl = Math.floor(nxHi);
  let alpha = nxHi - nxfl + nxLo;
  if (alpha < 0) {
    nxfl -= 1;
    alpha += 1;
  }
  if (alpha >= 1) {
    nxfl += 1;
    alpha = 0;
  }
  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) return clip01(1 - x * (1 + x) ** (n - 1));
  if (-2 * n * x * x < MINLOG) return 0;
  if (nxfl >= n - 1) return clip01((1 - x) ** n);
  if (n > 1000000) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return clip01(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
  }
  const n1mxceil = n - nxfl + (alpha === 0 ? 1 : 0);
  const nUpperTerms = n - n1mxceil + 1;
  const useUpper = (nUpperTerms <= 1 && x < 0.5) || (n >= 10 && nUpperTerms <= 3 && x <= 0.5 / Math.sqrt(n));
  // A_v = C(n,v) (1 - x - v/n)^(n-v) (x + v/n)^(v-1); sf = x * sum over v < n(1-x).
  const term = (v: number, logC: number): number => {
    const base1 = (n - v - nxHi - nxLo) / n;
    const base2 = (v + nxHi + nxLo) / n;
    if (base1 === 0) return n - v === 0 ? Math.exp(logC + (v - 1) * Math.log(base2)) : 0;
    const sign = base1 < 0 && (n - v) % 2 === 1 ? -1 : 1;
    // log1p(-base2) for |base1| near 1: base2 carries the exact n*x, base1 only its rounding.
    const log1 = base1 > 0.5 ? Math.log1p(-base2) : Math.log(Math.abs(base1));
    return sign * Math.exp(logC + (n - v) * log1 + (v - 1) * Math.log(base2));
  };
  const start = useUpper ? n : 0;
  const step = useUpper ? -1 : 1;
  const nTerms = useUpper ? n - n1mxceil + 1 : n - nxfl - 1 + 1;
  const vmid = Math.floor(n / 2);
  // log C(n, v) reaches ~n in size, so plain accumulation would cost ~v*eps in every term's
  // exponent; Neumaier-compensated summation keeps it near the rounding of the individual logs.
  let logC = 0;
  let logCompensation = 0;
  let sum = term(start, 0);
  for (let j = 1; j < nTerms; j++) {
    const increment = Math.log((n - (j - 1)) / j);
    const next = logC + increment;
    logCompensation += Math.abs(logC) >= Math.abs(increment) ? logC - next + increment : increment - next + logC;
    logC = next;
    const aj = term(start + j * step, logC + logCompensation);
    if (Number.isFinite(aj) && aj !== 0) sum += aj;
    if (aj !== 0) {
      if (4 * (nTerms - j) * Math.abs(aj) < Number.EPSILON * sum && j !== nTerms - 1) break;
    } else if (j > vmid) {
      break;
    }
  }
  const prob = x * sum;
  return clip01(useUpper ? 1 - prob : prob);
}

/**
 * First Wasserstein distance between two weighted distributions,
 * = scipy.stats.wasserstein_distance(a.values, b.values, a.weights, b.weights). O(n + m).
 */
export function wassersteinDistance(a: WeightedSample, b: WeightedSample): number {
  const totalA = totalWeight(a, 'wassersteinDistance(a)');
  const totalB = totalWeight(b, 'wassersteinDistance(b)');
  let i = 0;
  let j = 0;
  let cumA = 0;
  let cumB = 0;
  let previous = Number.NaN;
  let distance = 0;
  const na = a.values.length;
  const nb = b.values.length;
  while (i < na || j < nb) {
    const va = i < na ? (a.values[i] ?? 0) : Number.POSITIVE_INFINITY;
    const vb = j < nb ? (b.values[j] ?? 0) : Number.POSITIVE_INFINITY;
    const x = Math.min(va, vb);
    if (!Number.isNaN(previous)) distance += Math.abs(cumA / totalA - cumB / totalB) * (x - previous);
    if (va === x) cumA += a.weights[i++] ?? 0;
    if (vb === x) cumB += b.weights[j++] ?? 0;
    previous = x;
  }
  return distance;
}

function checkCounts(xs: readonly number[], name: string): number {
  let total = 0;
  for (const x of xs) {
    if (!(x >= 0) || !Number.isFinite(x)) throw new RangeError(`${name}: ${x} is not a non-negative finite number`);
    total += x;
  }
  if (!(total > 0)) throw new RangeError(`${name}: total is zero`);
  return total;
}

/**
 * Pearson chi-squared goodness of fit, = scipy.stats.chisquare(observed, expectedProportions/sum * sum(observed)).
 * Proportions are normalised first, so raw reference counts may be passed.
 * Bins expected AND observed empty are dropped (scipy would return NaN) and do not count towards the
 * degrees of freedom; a bin expected empty but observed non-empty gives statistic Infinity, p-value 0
 * (scipy's answer too). If at most one bin remains, both distributions sit in one bin: statistic 0, p 1.
 */
export function chiSquareGoodnessOfFit(
  observed: readonly number[],
  expectedProportions: readonly number[],
): TestResult {
  if (observed.length !== expectedProportions.length) {
    throw new RangeError(`chiSquareGoodnessOfFit: ${observed.length} observed bins vs ${expectedProportions.length}`);
  }
  const totalObs = checkCounts(observed, 'chiSquareGoodnessOfFit(observed)');
  const totalExp = checkCounts(expectedProportions, 'chiSquareGoodnessOfFit(expected)');
  let statistic = 0;
  let bins = 0;
  for (let i = 0; i < observed.length; i++) {
    const o = observed[i] ?? 0;
    const e = ((expectedProportions[i] ?? 0) / totalExp) * totalObs;
    if (e === 0 && o === 0) continue;
    bins += 1;
    if (e === 0) return { statistic: Number.POSITIVE_INFINITY, pValue: 0 };
    statistic += (o - e) ** 2 / e;
  }
  if (bins <= 1) return { statistic: 0, pValue: 1 };
  return { statistic, pValue: chiSquareSf(statistic, bins - 1) };
}

/** Upper tail of chi2(k) through the regularised upper incomplete gamma (1 - cdf underflows to 0 early). */
function chiSquareSf(x: number, k: number): number {
  if (x <= 0) return 1;
  return clip01(gammainc(x / 2, k / 2, true, true));
}

/**
 * Pooled two-proportion z test, two-sided; statistic = z for p_A - p_B.
 * p-value = 2 * Phi(-|z|) (= 2 * scipy.stats.norm.sf(|z|); Evidently's 2 * (1 - cdf) loses digits below 1e-16).
 * If the pooled proportion is 0 or 1 nothing can differ: z = 0, p = 1.
 */
export function twoProportionZTest(successA: number, totalA: number, successB: number, totalB: number): TestResult {
  for (const [s, t, name] of [
    [successA, totalA, 'A'],
    [successB, totalB, 'B'],
  ] as const) {
    if (!(t > 0) || !Number.isFinite(t))
      throw new RangeError(`twoProportionZTest: total${name} must be > 0 (got ${t})`);
    if (!(s >= 0 && s <= t)) throw new RangeError(`twoProportionZTest: success${name} ${s} outside [0, ${t}]`);
  }
  const p1 = successA / totalA;
  const p2 = successB / totalB;
  const pooled = (successA + successB) / (totalA + totalB);
  if (pooled === 0 || pooled === 1) return { statistic: 0, pValue: 1 };
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / totalA + 1 / totalB));
  return { statistic: z, pValue: clip01(2 * normalCdf(-Math.abs(z), 0, 1)) };
}

/**
 * Jensen-Shannon distance (natural log), = scipy.spatial.distance.jensenshannon(p, q).
 * Inputs are normalised; throws if either sums to zero. Range [0, sqrt(ln 2)].
 */
export function jensenShannonDistance(p: readonly number[], q: readonly number[]): number {
  if (p.length !== q.length) throw new RangeError(`jensenShannonDistance: lengths ${p.length} vs ${q.length}`);
  const sp = checkCounts(p, 'jensenShannonDistance(p)');
  const sq = checkCounts(q, 'jensenShannonDistance(q)');
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = (p[i] ?? 0) / sp;
    const qi = (q[i] ?? 0) / sq;
    const m = (pi + qi) / 2;
    if (pi > 0) js += pi * Math.log(pi / m);
    if (qi > 0) js += qi * Math.log(qi / m);
  }
  return Math.sqrt(Math.max(js / 2, 0));
}

/**
 * Population Stability Index over explicit bins: sum (r_i - c_i) ln(r_i / c_i) with r, c the bin
 * proportions. A proportion of exactly 0 (empty bin) is replaced by `epsilon` (default 1e-4, Evidently's
 * fill value) in that distribution only, without renormalising, so an emptied bin adds a large but
 * finite term instead of Infinity. Bins empty on both sides contribute 0.
 */
export function populationStabilityIndex(
  referenceCounts: readonly number[],
  currentCounts: readonly number[],
  epsilon = 1e-4,
): number {
  if (referenceCounts.length !== currentCounts.length) {
    throw new RangeError(`populationStabilityIndex: ${referenceCounts.length} vs ${currentCounts.length} bins`);
  }
  if (!(epsilon > 0)) throw new RangeError(`populationStabilityIndex: epsilon must be > 0 (got ${epsilon})`);
  const sr = checkCounts(referenceCounts, 'populationStabilityIndex(reference)');
  const sc = checkCounts(currentCounts, 'populationStabilityIndex(current)');
  let psi = 0;
  for (let i = 0; i < referenceCounts.length; i++) {
    const r0 = (referenceCounts[i] ?? 0) / sr;
    const c0 = (currentCounts[i] ?? 0) / sc;
    if (r0 === 0 && c0 === 0) continue;
    const r = r0 === 0 ? epsilon : r0;
    const c = c0 === 0 ? epsilon : c0;
    psi += (r - c) * Math.log(r / c);
  }
  return psi;
}

/**
 * Benjamini-Hochberg adjusted p-values in the input order,
 * = statsmodels.stats.multitest.multipletests(p, method='fdr_bh')[1]. Empty in, empty out.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const n = pValues.length;
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`benjaminiHochberg: p-value ${p} outside [0, 1]`);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => (pValues[i] ?? 0) - (pValues[j] ?? 0));
  const adjusted = new Array<number>(n).fill(1);
  let running = 1;
  for (let r = n - 1; r >= 0; r--) {
    const idx = order[r] ?? 0;
    const candidate = (pValues[idx] ?? 0) / ((r + 1) / n);
    if (candidate < running) running = candidate;
    adjusted[idx] = Math.min(running, 1);
  }
  return adjusted;
}
