"""Reference for the validate-data benchmark, scenario B: drift between two CSVs with pandas + scipy.

Usage: /usr/bin/python3 scripts/bench/pandas_drift.py REF CUR
Numeric columns: two-sample Kolmogorov-Smirnov (scipy.stats.ks_2samp) on the non-missing values.
Categorical columns: chi-squared goodness of fit (scipy.stats.chisquare) of the current counts against the
expected counts from the reference proportions (categories unseen in the reference are pooled into one bucket
with a small pseudo-count, so the expected frequencies are never zero).
The harness times the whole process.
"""

import sys

import numpy as np
import pandas as pd
from scipy import stats


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: pandas_drift.py REF CUR")
    ref = pd.read_csv(sys.argv[1])
    cur = pd.read_csv(sys.argv[2])
    rows = []
    for col in ref.columns:
        r = ref[col].dropna()
        c = cur[col].dropna()
        if pd.api.types.is_numeric_dtype(r):
            res = stats.ks_2samp(r.to_numpy(), c.to_numpy())
            rows.append((col, "ks", float(res.statistic), float(res.pvalue)))
        else:
            ref_counts = r.value_counts()
            cur_counts = c.value_counts()
            cats = ref_counts.index
            observed = cur_counts.reindex(cats, fill_value=0).to_numpy(dtype=float)
            expected_p = ref_counts.to_numpy(dtype=float)
            unseen = float(cur_counts.drop(cats, errors="ignore").sum())
            observed = np.append(observed, unseen)
            expected_p = np.append(expected_p, 0.5)  # pseudo-count for categories unseen in the reference
            expected = expected_p / expected_p.sum() * observed.sum()
            res = stats.chisquare(observed, expected)
            rows.append((col, "chi2", float(res.statistic), float(res.pvalue)))
    for col, test, stat, p in rows:
        print(f"{col}\t{test}\t{stat:.6g}\t{p:.3g}\t{'DRIFT' if p < 0.05 else 'ok'}")


if __name__ == "__main__":
    main()
