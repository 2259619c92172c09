"""A country's envoy to an international body: "Israel's UN envoy", "the Palestinian
UN ambassador", "Britain's deputy NATO representative".

The country before such a body and an envoy's title says whose envoy the person
is, as it does before a title alone ("Russia's ambassador"): the title takes the
country, and the body stays the role's organisation (`segment_folds.fold_countries`
calls `envoy_title_at`). Only a body countries send envoys to qualifies
(lexicon international_bodies: "UN", "NATO", "OSCE"; or a name with a word of
international_org_words: "United Nations", "African Union"), and only an envoy's
title (lexicon envoy_titles: "ambassador", "envoy", "permanent
representative"): "China's Tsinghua University professor" is described by
its country, and "Britain's Unicef ambassador" holds no office of Britain's.
A qualifier may stand between the country and the body ("North Korea's deputy UN
ambassador"); it is the title's (`segment_qualifiers`).
"""

from __future__ import annotations

import re

from pipeline.extract.segment_types import Segment
from pipeline.lang.lexicons import lower_set
from pipeline.lang.titles import load_lexicon, title_key

_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")


def international_body(seg: Segment) -> bool:
    """Whether `seg` is an organisation countries send envoys to (module doc)."""
    if seg.tag != "ORG" or not seg.text:
        return False
    low = seg.text.lower()
    if low in lower_set("international_bodies"):
        return True
    return not lower_set("international_org_words").isdisjoint(_WORDS.findall(low))


def envoy_title(seg: Segment) -> bool:
    """Whether `seg` is a title segment whose last title is an envoy's."""
    return (
        seg.tag == "TITLE"
        and bool(seg.titles)
        and seg.titles[-1].title.lower() in lower_set("envoy_titles")
    )


def _qualifier_word(seg: Segment) -> bool:
    """A word of lexicon qualifiers ("deputy", "former", "acting")."""
    return seg.tag in ("W", "CAP", "ADV") and (
        title_key(seg.text or seg.word) in load_lexicon().qualifiers
    )


def envoy_title_at(segs: list[Segment], j: int) -> int:
    """The index of the envoy's title when segs[j:] is an international body and
    an envoy's title, a qualifier word or two before the body or not ("UN
    envoy", "deputy UN ambassador"); -1 otherwise."""
    start = j
    while j < len(segs) and j - start < 2 and _qualifier_word(segs[j]):
        j += 1
    if j + 1 < len(segs) and international_body(segs[j]) and envoy_title(segs[j + 1]):
        return j + 1
    return -1
