"""Titles a rule takes from an earlier role of its sentence (`title_from`
"earlier" in the role grammar): "Russian President Vladimir Putin and his
Turkish counterpart Recep Tayyip Erdogan" makes Erdogan a president too, of the
country the rule reads ("Turkish").

An office one country names its own way is the other country's usual one
(lexicon counterpart_titles: the US "Secretary of State"'s counterpart is a
foreign minister); of the qualifiers only the office's own ("deputy", scope
"next" in lexicon qualifiers) carry over, not its holder's tenure ("former").
"""

from __future__ import annotations

import functools

from pipeline.lang.lexicons import rows as lexicon_rows
from pipeline.lang.titles import load_lexicon


@functools.cache
def _counterparts() -> dict[str, str]:
    return {r["title"]: r["counterpart"] for r in lexicon_rows("counterpart_titles")}


@functools.cache
def _office_qualifiers() -> frozenset[str]:
    return frozenset(
        e.qualifier for e in load_lexicon().qualifiers.values() if e.scope == "next"
    )


def earlier_titles(rows: list[dict], earlier: list[dict]) -> list[dict]:
    """`rows` (one rule match's role rows) with the title of the nearest earlier
    row of the sentence (`earlier`, in text order) that has one and another
    person, as the module doc says; a row with no such row is dropped."""
    out = []
    for row in rows:
        titled = [
            r for r in earlier if r["title"] and r["person_text"] != row["person_text"]
        ]
        if titled:
            title, qualifier = titled[-1]["title"], titled[-1]["qualifier"]
            office = [q for q in qualifier.split() if q in _office_qualifiers()]
            out.append(
                {
                    **row,
                    "title": _counterparts().get(title, title),
                    "title_raw": "",
                    "qualifier": " ".join(office),
                }
            )
    return out
