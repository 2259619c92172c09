"""A person row's display name without the letters written after it.

"Barra Roe QC", "Iain Roe MP": the person's key already leaves post-nominal
letters off (lexicon name_suffixes, `lang.names.person_key`), so the row joins
the plain and the lettered mentions; its display name leaves them off too,
even when every mention writes them. "Jr." and "II" stay: father and son are two
people.
"""

from __future__ import annotations

from pipeline.lang.names import NAME_SUFFIXES


def without_suffixes(name: object) -> object:
    """`name` without trailing post-nominal letters (and the comma before them),
    down to two words at least; anything else unchanged."""
    if not isinstance(name, str):
        return name
    words = name.split()
    while len(words) > 2 and words[-1].rstrip(".").lower() in NAME_SUFFIXES:
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
    return " ".join(words) if len(words) < len(name.split()) else name
