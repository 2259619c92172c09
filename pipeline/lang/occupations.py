"""Occupation nouns (lexicon occupations) that are not titles in the roles lexicon
but say who works where when the parse ties them to an organisation ("a NASA
astronaut"), with the title a roles row writes for each."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from pipeline.lang.lexicons import lexicon_path

OCCUPATIONS_CSV = lexicon_path("occupations")


@functools.lru_cache(maxsize=2)
def load_occupations(path: Path = OCCUPATIONS_CSV) -> dict[str, str]:
    """Lower-cased occupation noun -> title written in roles rows; ValueError on a bad
    row.

    An empty title marks a plain affiliation ("member", "employee"): the row is
    untitled, as the segment patterns write "Jane Doe joined Acme".
    """
    out = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), 2):
            word, title = (
                (row.get("word") or "").strip().lower(),
                (row.get("title") or "").strip(),
            )
            if not word:
                raise ValueError(f"{path}:{line}: need a word: {row}")
            out[word] = title
    return out
