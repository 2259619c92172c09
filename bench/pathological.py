"""Seconds per 100 KB record of one repeated character or token (issue 14).

Usage: python bench/pathological.py [--size 100000]

Each record goes through the ingest checks and the map (annotation and
extraction) in this process, after one warm-up article; prints the slowest
records and how many were processed or refused (repetitive text).
"""

from __future__ import annotations

import argparse
import string
import time

from pipeline.ingest.limits import check_article
from pipeline.records import make_article
from pipeline.runner.map import annotate_and_extract
from pipeline.settings import DEFAULT_MODEL

TOKENS = [
    "Mr. ",
    "a ",
    "( ",
    "(((((((((( ",
    "Apple Inc. ",
    "A. ",
    "1,",
    "-a",
    "'s ",
    "http://x.y/ ",
    "Maria Costa, director of the Bank of Lisbon, ",
]
UNITS = list(string.printable.strip()) + ["é", "\u200b", "中", "😀", "\u0301"] + TOKENS


def main() -> None:
    """Time every unit and print the five slowest and the status counts."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=100_000)
    size = ap.parse_args().size
    warm = make_article(own_id="w", source_file="m", text="Warm up.")
    annotate_and_extract((warm,), DEFAULT_MODEL)
    times, counts = [], {}
    for unit in UNITS:
        text = (unit * (size // len(unit) + 1))[:size]
        t = time.perf_counter()
        art = make_article(own_id="p", source_file="m", text=text)
        tables, *_ = annotate_and_extract((check_article(art, 10**6),), DEFAULT_MODEL)
        times.append((time.perf_counter() - t, unit))
        status = tables["articles"]["status"][0]
        counts[status] = counts.get(status, 0) + 1
    for secs, unit in sorted(times, reverse=True)[:5]:
        print(f"{secs:7.3f} s  {unit!r}")
    print(f"{len(UNITS)} records of {size} characters: {counts}")


if __name__ == "__main__":
    main()
