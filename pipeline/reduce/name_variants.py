"""Organisation names written two ways that the fuzzy spelling pass cannot pair:
it compares names of one word count only (`merge._blocks`), so a name written
with and without a space, a hyphen, a dot or an apostrophe, or with other small
words between the same content words, never meets its other form there.

`written_variants(keys)` gives the pairs of comparison keys that are one name
written two ways; the caller unions those of one country scope and numbers
(`merge._comparable`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from pipeline.reduce.scopes import SCOPE_MARK

# What a name may be written with or without: spaces, hyphens, dots, apostrophes.
_UNSPACED = re.compile(r"[\s\-.'’]+")

# The small words a name may be written with or without, or with another of
# them; not "and", which joins two names as often as it is part of one.
_MINOR = frozenset("of the for on in at to a an".split())


def _ends(key: str) -> tuple[str, str]:
    """The first and last word of a key, its country scope aside."""
    words = key.partition(SCOPE_MARK)[0].split()
    return (words[0], words[-1]) if words else ("", "")


def _unspaced(key: str) -> str:
    """The key without spaces, hyphens, dots and apostrophes."""
    return _UNSPACED.sub("", key)


def _content(key: str) -> tuple[str, ...] | None:
    """The key's words but the small ones, when that leaves two or more and the
    key neither opens nor ends with a small word (a cut or glued name: "and
    Acme Motor Corp", "Acme University A"); else None."""
    if _MINOR.intersection(_ends(key)):
        return None
    words = tuple(w for w in key.split() if w not in _MINOR)
    return words if len(words) >= 2 else None


def _pairs(keys: Iterable[str], form: Callable[[str], object]) -> Iterator[tuple]:
    """(first key, other key) for every other key of the same `form` (None:
    no form); the first is the smallest of its group."""
    groups: dict[object, list[str]] = defaultdict(list)
    for key in sorted(keys):
        shape = form(key)
        if shape is not None:
            groups[shape].append(key)
    for first, *others in groups.values():
        yield from ((first, other) for other in others)


def written_variants(keys: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of keys that are one name written two ways: one string once their
    spaces, hyphens, dots and apostrophes are gone ("JP Morgan" and "JPMorgan",
    "U.S. Chamber of Commerce" and "US Chamber of Commerce", "Wilder's Party" and
    "Wilders' Party"), or the same two content words or more in order whatever
    small words join them ("House of Commons" and "House Commons", "Institute for
    Peace" and "Institute of Peace")."""
    keys = list(keys)
    return [*_pairs(keys, _unspaced), *_pairs(keys, _content)]
