"""The limit newsner is measured against: spacy.load + nlp.pipe over the same texts.

Usage: bare_spacy.py CSV [--ner-only] [--n-process N]. Texts are each
article's title and body, as newsner annotates them. Whole process, model load
included, like a newsner run.
"""

from __future__ import annotations

import argparse
import csv
import sys

import spacy

from pipeline.settings import DEFAULT_MODEL, UNUSED_MODEL_COMPONENTS


def texts(path: str):
    """Title and body of every row of a news-dump CSV."""
    csv.field_size_limit(2**31 - 1)
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            yield row.get("title") or ""
            yield row.get("text") or ""


def main() -> int:
    """Annotate every text; print the number of entities found (so the work cannot be
    skipped).
    """
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--ner-only", action="store_true")
    ap.add_argument("--n-process", type=int, default=1)
    args = ap.parse_args()
    exclude = list(UNUSED_MODEL_COMPONENTS) if args.ner_only else []
    nlp = spacy.load(DEFAULT_MODEL, exclude=exclude)
    n = sum(
        len(doc.ents)
        for doc in nlp.pipe(texts(args.csv), batch_size=64, n_process=args.n_process)
    )
    print(n, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
