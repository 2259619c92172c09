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

from dataclasses import replace

from spacy.tokens import Token

from pipeline.extract.segment_types import Segment, qualifier_entry
from pipeline.lang.countries import country_code
from pipeline.lang.lexicons import lower_set
from pipeline.lang.orgnames import international_name
from pipeline.lang.titles import Title

# How the parse hangs a country or its people on a title ("France's", "French").
_OWNERS = ("poss", "amod", "compound")


def international_body_name(name: str) -> bool:
    """Whether `name` names an organisation countries send envoys to (module
    doc)."""
    return name.lower() in lower_set("international_bodies") or international_name(name)


def international_body(seg: Segment) -> bool:
    """Whether segment `seg` is an organisation countries send envoys to."""
    return seg.tag == "ORG" and bool(seg.text) and international_body_name(seg.text)


def envoy_title(seg: Segment) -> bool:
    """Whether `seg` is a title segment whose last title is an envoy's."""
    return (
        seg.tag == "TITLE"
        and bool(seg.titles)
        and seg.titles[-1].title.lower() in lower_set("envoy_titles")
    )


def _qualifier_word(seg: Segment) -> bool:
    """A word of lexicon qualifiers ("deputy", "former", "acting")."""
    return seg.tag in ("W", "CAP", "ADV") and qualifier_entry(seg) is not None


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


def parsed_envoy(title: Title, head: Token, org: str) -> Title:
    """`title` (of the parsed title word `head`, at organisation `org`) with the
    country the parse hangs on it when it is an envoy's to an international body:
    a possessive or a nationality of the title word ("France's UN ambassador, X,
    said", "X had been Russia's UN ambassador"); unchanged otherwise. The parse
    rules' reading of the segments' `envoy_title_at`."""
    if title.country or not international_body_name(org):
        return title
    if title.title.lower() not in lower_set("envoy_titles"):
        return title
    for child in head.children:
        # the role parse's Docs carry only people and organisations as entities:
        # a country is a capitalised word outside them, with its compounds
        if child.dep_ in _OWNERS and child.is_title and not child.ent_type_:
            name = head.doc[child.left_edge.i : child.i + 1].text
            if code := country_code(name):
                return replace(title, country=code)
    return title
