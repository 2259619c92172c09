"""The limit newsner is measured against: spacy.load + nlp.pipe over the same texts.

Usage: bare_spacy.py CSV [--ner-only] [--n-process N] [--model NAME]. The model
is newsner's default (en_core_web_md, resolved as `--model` resolves it) with
its default pipeline, or with `ner` alone. Texts are each article's title and
body, as newsner annotates them. Whole process, model load included, like a
newsner run.
"""

from __future__ import annotations

import argparse
import csv
import sys

import spacy

from pipeline.nlp.models import PARSE_COMPONENTS, UNUSED_COMPONENTS, resolve
from pipeline.settings import DEFAULT_MODEL


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
    ap.add_argument("--model", default=DEFAULT_MODEL)
    args = ap.parse_args()
    # The same weights newsner's --model resolves to (a vendored model's folder).
    exclude = [*UNUSED_COMPONENTS, *PARSE_COMPONENTS] if args.ner_only else []
    nlp = spacy.load(resolve(args.model), exclude=exclude)
    n = sum(
        len(doc.ents)
        for doc in nlp.pipe(texts(args.csv), batch_size=64, n_process=args.n_process)
    )
    print(n, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
