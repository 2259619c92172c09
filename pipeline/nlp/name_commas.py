"""Commas inside an organisation's name: a university's campus, a ministry's
list of fields.

`kept_commas` tells the name tidy which commas of a model ORG are the name's
own.

A university's campus after a comma is part of its name:
"the University of California, Berkeley", "National University of Ireland,
Galway": the recognizer reads one organisation, and the name tidy, which cuts
names at commas (lists of names: `spans.name_parts`), would make it two, the
university and a second organisation named after the city. The comma stays
inside an ORG when the words before it open with a university ("University
of ...", "... University of ...") and the one to three capitalised words after
it, to the end of the name, are a known city or region (`lang.places`), not a
country ("University of Siegen, Germany" is two names) nor anything else
("University of Cambridge, Judge Business School").

So are the commas between the fields of a department's portfolio, when the name
runs from its "of"/"for" to its end as one list of fields
(`lang.portfolio_lists`): "Department for Business, Energy and Industrial
Strategy".
"""

from __future__ import annotations

from pipeline.lang.places import place_kind
from pipeline.lang.portfolio_lists import fields_to_end

# Kinds of place a campus is named after.
CAMPUS_PLACES = frozenset({"city", "region", "state"})
MAX_CAMPUS_WORDS = 3


def campus_commas(texts: list[str], start: int) -> frozenset[int]:
    """Doc indices of the commas in an ORG's tokens `texts` (the first at doc
    index `start`) that join a university to its campus (see module doc)."""
    if "," not in texts:
        return frozenset()
    k = texts.index(",")
    before, after = texts[:k], texts[k + 1 :]
    if not (0 < len(after) <= MAX_CAMPUS_WORDS) or "," in after:
        return frozenset()
    if "University" not in before or "of" not in before[before.index("University") :]:
        return frozenset()
    if not all(w[:1].isupper() for w in after):
        return frozenset()
    return (
        frozenset({start + k})
        if place_kind(" ".join(after)) in CAMPUS_PLACES
        else frozenset()
    )


def portfolio_commas(texts: list[str], start: int) -> frozenset[int]:
    """Doc indices of the commas in an ORG's tokens `texts` (the first at doc
    index `start`) that separate the fields of a department's portfolio, its
    name running from "of"/"for" to its end as one list
    (`lang.portfolio_lists`): "Department for Business, Energy and Industrial
    Strategy", "Department of the Environment, Community and Local
    Government"; "Ministry of Justice, FBI and CIA" is no such name."""
    if "," not in texts:
        return frozenset()
    for p, word in enumerate(texts[:-1]):
        if word in ("of", "for") and p > 0 and texts[p - 1][:1].isupper():
            commas = fields_to_end(texts, p)
            return frozenset(start + k for k in commas or ())
    return frozenset()


def kept_commas(texts: list[str], start: int) -> frozenset[int]:
    """Doc indices of the commas of an ORG's tokens `texts` (the first at doc index
    `start`) that are its name's own: a campus's or a portfolio's (module doc)."""
    if "," not in texts:
        return frozenset()  # most names hold none
    return campus_commas(texts, start) | portfolio_commas(texts, start)
