"""Expected values for test/stats/tests.test.ts, printed as JSON.

Run with a Python that has scipy + numpy (these literals came from scipy 1.17.1, numpy 2.4.6):
    python3 scripts/reference/stats_reference.py
statsmodels was not installed, so Benjamini-Hochberg is statsmodels' fdr_bh formula written in numpy
(multipletests: p_sorted / (rank / n), reversed running minimum, clipped at 1).
PSI has no scipy equivalent; it is the textbook formula in numpy.
The inputs here are duplicated in the test file; keep them in step.
"""
import json

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance


def big_a():
    return [(i * 7919 % 10007) / 1000 for i in range(12000)]


def big_b():
    return [(i * 15485863 % 10007) / 1000 + 0.3 for i in range(800)]


def mid_a():
    return [(i * 7919 % 1000) / 100 for i in range(300)]


def mid_b():
    return [(i * 104729 % 1000) / 100 + 0.5 for i in range(450)]


KS_CASES = {
    "ties_unequal": ([1, 2, 2, 3, 4, 5, 5, 5, 6], [2, 3, 3, 4, 7, 8, 8]),
    "equal_sizes": ([0.1, 0.4, 0.5, 0.9, 1.3], [0.2, 0.6, 0.7, 1.5, 1.8]),
    "identical": ([1, 2, 3], [1, 2, 3]),
    "disjoint": ([1, 2, 3, 4], [10, 11, 12, 13, 14, 15]),
    "mid_exact": (mid_a(), mid_b()),
    "big_asymptotic": (big_a(), big_b()),
}

out = {"versions": {"scipy": scipy.__version__, "numpy": np.__version__}}
out["ks_2samp"] = {}
for name, (a, b) in KS_CASES.items():
    r = stats.ks_2samp(a, b)
    out["ks_2samp"][name] = [float(r.statistic), float(r.pvalue)]

out["kstwo_sf"] = [[x, n, float(stats.kstwo.sf(x, n))] for x, n in [
    (0.05, 8571), (0.01, 8571), (0.02, 5000), (0.3, 60), (0.1, 60), (0.15, 100), (0.004, 150000),
    (0.0025, 600000), (0.6, 20),
]]

out["wasserstein"] = {
    "unweighted": float(stats.wasserstein_distance([0, 1, 3], [5, 6, 8])),
    "weighted": float(stats.wasserstein_distance([0.5, 1.5, 4], [1, 2, 2.5, 7], [3, 1, 2], [0.5, 2, 1, 1.5])),
    "ties": float(stats.wasserstein_distance([1, 1, 2, 5, 5, 5], [1, 3, 3, 4])),
}

def chi(obs, props):
    props = np.asarray(props, dtype=float)
    r = stats.chisquare(obs, props / props.sum() * np.sum(obs))
    return [float(r.statistic), float(r.pvalue)]

out["chisquare"] = {
    "uniform": chi([16, 18, 16, 14, 12, 12], [1, 1, 1, 1, 1, 1]),
    "skewed": chi([30, 14, 34, 45, 57, 20], [0.1, 0.1, 0.2, 0.2, 0.3, 0.1]),
    "strong": chi([300, 20, 500], [0.5, 0.25, 0.25]),
}

def ztest(s1, n1, s2, n2):
    p1, p2 = s1 / n1, s2 / n2
    p = (s1 + s2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    return [float(z), float(2 * stats.norm.sf(abs(z)))]

out["ztest"] = {"a": ztest(45, 100, 60, 110), "b": ztest(5, 1000, 20, 1200), "c": ztest(0, 50, 3, 60),
                "tiny": ztest(100, 1000, 400, 1000)}

out["jensenshannon"] = {
    "probs": float(distance.jensenshannon([0.1, 0.2, 0.7], [0.3, 0.3, 0.4])),
    "disjoint": float(distance.jensenshannon([1, 0, 0], [0, 1, 0])),
    "counts": float(distance.jensenshannon([10, 20, 0, 5], [8, 25, 3, 0])),
}

def psi(r, c, eps=1e-4):
    r = np.asarray(r, float) / np.sum(r)
    c = np.asarray(c, float) / np.sum(c)
    keep = ~((r == 0) & (c == 0))
    r, c = np.where(r[keep] == 0, eps, r[keep]), np.where(c[keep] == 0, eps, c[keep])
    return float(np.sum((r - c) * np.log(r / c)))

out["psi"] = {"plain": psi([100, 200, 300, 400], [120, 180, 310, 390]),
              "empty_bin": psi([50, 0, 50], [30, 10, 60]),
              "both_empty": psi([50, 0, 50], [40, 0, 60])}

def bh(p):
    p = np.asarray(p, float)
    order = np.argsort(p)
    ps = p[order]
    raw = ps / (np.arange(1, len(p) + 1) / len(p))
    adj = np.minimum.accumulate(raw[::-1])[::-1]
    adj[adj > 1] = 1
    res = np.empty_like(adj)
    res[order] = adj
    return [float(x) for x in res]

out["bh"] = {"mixed": bh([0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.9]), "single": bh([0.5]),
             "all_large": bh([0.8, 0.9, 0.95])}

print(json.dumps(out, indent=1))
