"""A figure ordinal names the unit it numbers: "the 9th Circuit", "the 101st
Airborne Division", "the 115th Congress".

The model leaves a figure ordinal out of the name after it (it is ORDINAL, or
nothing), so "9th Circuit" came out as an organisation "Circuit" that no
resolution can tell from any other circuit, and that "Ninth Circuit", which
the model reads whole, never meets. An ORG right after a figure ordinal
("9th", "101st", not "ninth") takes the ordinal in when one of its words is a
unit that bodies of its kind number (lexicon numbered_units: courts'
circuits, congresses, army divisions, fleets); "their 20th Premier League
title" numbers a title, not the league, and is left alone. Rule id
`org:numbered-unit`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.lang.lexicons import lower_set
from pipeline.settings import VALUE_LABELS

NUMBERED_UNIT = "org:numbered-unit"
_FIGURE_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def numbered_units(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` (sorted, not overlapping) with each numbered unit's ordinal taken into
    its ORG span; the ORDINAL entity of that token, if any, is dropped. An
    ordinal inside another name is left to it."""
    units = lower_set("numbered_units")
    out: list[Span] = []
    for e in ents:
        before = doc[e.start - 1] if e.start > 0 and e.label_ == "ORG" else None
        if (
            e.label_ != "ORG"
            or before is None
            or not before.whitespace_
            or not _FIGURE_ORDINAL.fullmatch(before.text)
            or not any(t.lower_ in units for t in e)
        ):
            out.append(e)
            continue
        if out and out[-1].end == e.start:  # an entity holds the ordinal
            if len(out[-1]) > 1 or out[-1].label_ not in VALUE_LABELS:
                out.append(e)
                continue
            out.pop()
        out.append(Span(doc, e.start - 1, e.end, label="ORG", span_id=NUMBERED_UNIT))
    return out
