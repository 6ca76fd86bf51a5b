"""Reference for the validate-data benchmark, scenario A: what a data scientist would run to profile a CSV.

Usage: /usr/bin/python3 scripts/bench/pandas_profile.py FILE
The harness times the whole process (interpreter start, imports, read, describe).
"""

import sys

import pandas as pd


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: pandas_profile.py FILE")
    df = pd.read_csv(sys.argv[1])
    summary = df.describe(include="all")
    with pd.option_context("display.max_columns", None, "display.width", 250):
        print(summary)


if __name__ == "__main__":
    main()
