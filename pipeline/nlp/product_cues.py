"""Product cues: spans the model calls an organisation or a person that name a
product.

- a model ORG directly followed by a model number ("Airbus A380", "the Boeing
  747") or preceded by a lower-case "new" names a product, not the maker; so
  does a word spelled like "iPod" (a lower-case "i" then a capital), whatever
  the model labelled it (`product_cue`);
- a model PERSON or ORG ending in a word of letters and digits ("Kamov Ka-52",
  "Sikorsky S92", "Galaxy S8") is a product: no one's name has digits, and an
  organisation's hardly ends in a model code ("Channel 4" has no letters
  there). Figures and ordinals before or after a name ("6.05pm Connolly",
  "Persson 81st") are cut off; a PERSON left with digits ("D66", "MS-13") is
  no entity (`with_digits`).

- a ship, boat or spacecraft the model or a rule took for a person, an
  organisation or a place is a product too, as OntoNotes labels vehicles: a
  name right after a lower-case vessel noun ("the aircraft carrier Admiral
  Kuznetsov", "the cruiser Pyotr Veliky"; lexicon vessel_kinds) or opening
  with a navy's ship prefix ("USS Carter Hall", "HMS Ocean"; lexicon
  ship_prefixes), and every other mention of that name in the Doc; rule id
  `product:vessel` (`vessels`); a title cut off the name is put back
  ("Admiral"). "The carrier Turkish Airlines" is an airline: only an aircraft
  carrier is a ship.

- a chemical weapon named once before its kind ("VX nerve agent"; rule id
  `product:agent-kind`), and a model number before a kind of machine ("the
  Ka-32 helicopter"; rule id `product:code-kind`; both
  `outlet_cues.product_before_kind`), is that product wherever else the Doc
  names it (`vessels` spreads it).

Such spans become PRODUCT.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from pipeline.lang.lexicons import lower_set, words
from pipeline.settings import ENTITY_LABELS

PRODUCT = "PRODUCT"
VESSEL_RULE = "product:vessel"
AGENT_RULE = "product:agent-kind"
CODE_RULE = "product:code-kind"
# What a ship's name may have been mistaken for.
_VESSEL_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC"})
# "81st", "11th-seeded": an ordinal glued to a name is a figure, not a model.
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
# "iPod", "iPhone", "iOS": a brand spelling for products, hardly ever for orgs.
_CAMEL_PRODUCT = re.compile(r"^i[A-Z]")
# Words before "Maker Number" that show a product reading ("the Boeing 747", "five
# Airbus A320").
_PRODUCT_DETERMINERS = frozenset(
    {"the", "a", "an", "new", "its", "their", "his", "her", "our"}
)
# Letters (at most three) then at least two digits, or three or more digits: "A380",
# "MD11", "747", "737-800".
_MODEL_NUMBER = re.compile(
    r"^(?:([A-Z]{1,3})-?\d{2,}|\d{3,}(?:-\d{2,})?)([A-Z]{0,2})s?$"
)


def _model_number(tok) -> tuple[bool, bool]:
    """(is a model number, has letters): "A380", "A400M", "737s", "737-800" or a bare
    "747".

    Scores ("6-2", "83") and codes such as "Tel+44" are not model numbers.
    """
    m = _MODEL_NUMBER.match(tok.text)
    if m is None:
        return False, False
    return True, bool(m.group(1) or m.group(2))


def product_cue(doc: Doc, ent: Span) -> Span | None:
    """The PRODUCT span `ent` stands for, or None when no product cue applies."""
    if _CAMEL_PRODUCT.match(doc[ent.start].text):
        return Span(doc, ent.start, ent.end, label=PRODUCT)
    if ent.label_ != "ORG":
        return None
    is_number, has_alpha = (
        _model_number(doc[ent.end]) if ent.end < len(doc) else (False, False)
    )
    before = doc[ent.start - 1] if ent.start > 0 else None
    if not is_number:
        if before is not None and before.text == "new":
            return Span(doc, ent.start, ent.end, label=PRODUCT)
        return None
    # A bare number after a name is usually a score in a table ("Leicestershire
    # 296"); only a determiner or a count before the name ("the Boeing 747", "60
    # Boeing 787") makes it a model number.
    if has_alpha or (
        before is not None
        and (before.lower_ in _PRODUCT_DETERMINERS or before.like_num)
    ):
        return Span(doc, ent.start, ent.end + 1, label=PRODUCT)
    return None


def _has_digit(text: str) -> bool:
    return any(map(str.isdigit, text))


def with_digits(doc: Doc, ent: Span, text: str | None = None) -> list[Span] | None:
    """What a model PERSON or ORG holding a digit stands for (see module doc): a
    PRODUCT, the name between figures (a PERSON), or nothing (a PERSON); None when
    no digit cue applies. `text` is the span's, when already read."""
    # The span's text holds a digit where one of its tokens does.
    text = ent.text if text is None else text
    if ent.label_ not in ENTITY_LABELS or not _has_digit(text):
        return None
    last = ent[-1].text
    if (
        len(ent) > 1
        and _has_digit(last)
        and any(c.isalpha() for c in last)
        and not _ORDINAL.match(last)
    ):
        return [Span(doc, ent.start, ent.end, label=PRODUCT)]
    if ent.label_ != "PERSON":
        return None  # "Channel 4", "3M", "7-Eleven"
    start, end = ent.start, ent.end
    while start < end and _has_digit(doc[start].text):
        start += 1
    while end > start and _has_digit(doc[end - 1].text):
        end -= 1
    if start == end or any(_has_digit(t.text) for t in doc[start:end]):
        return []
    return [Span(doc, start, end, label=ent.label_, span_id=ent.id_)]


def _after_vessel_noun(doc: Doc, start: int) -> bool:
    """True when the word or two words before `start` are a lower-case vessel noun."""
    kinds = lower_set("vessel_kinds")
    if start == 0 or not (prev := doc[start - 1]).is_lower:
        return False
    one = prev.lower_
    if one in kinds:
        return True
    # two words only where the last ends a kind of two ("aircraft carrier")
    return (
        start > 1
        and one in _last_words(kinds)
        and f"{doc[start - 2].lower_} {one}" in kinds
    )


@functools.cache
def _last_words(kinds: frozenset[str]) -> frozenset[str]:
    return frozenset(k.rsplit(" ", 1)[-1] for k in kinds)


def _name_start(doc: Doc, e: Span, floor: int) -> int:
    """Where `e` starts with up to two capitalised words before it put back (a
    title the merge cut off a person: "Admiral" of "the aircraft carrier Admiral
    Kuznetsov"); never "The" or another stop word, nor words before `floor`, the
    previous entity's end."""
    start = e.start
    while (
        start > max(floor, e.start - 2)
        and doc[start - 1].is_title
        and not doc[start - 1].is_stop
    ):
        start -= 1
    return start


@functools.cache
def _ship_prefixes() -> frozenset[str]:
    """The navies' ship prefixes, as written ("USS", "HMS"): built once, not per Doc."""
    return frozenset(words("ship_prefixes"))


def _ship_key(span: Span) -> str:
    """A ship's name without the "The" some writers give it a capital for."""
    return span[1:].text if len(span) > 1 and span[0].lower_ == "the" else span.text


def vessels(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` (sorted, not overlapping) with every ship, boat or spacecraft name
    (see the module docstring) relabelled PRODUCT under rule id
    `product:vessel`, and so every other mention of a name the Doc once shows as
    a ship's ("the Admiral Kuznetsov" after "the aircraft carrier Admiral
    Kuznetsov"), and of a chemical weapon's (`AGENT_RULE`); other spans
    unchanged."""
    prefixes = _ship_prefixes()
    # Per entity that may name a ship: (its start, title put back; cue seen here).
    seen: list[tuple[int, bool] | None] = []
    for k, e in enumerate(ents):
        if e.label_ not in _VESSEL_NAME_LABELS:
            seen.append(None)
        elif len(e) > 1 and e[0].text in prefixes:
            seen.append((e.start, True))
        else:
            start = _name_start(doc, e, ents[k - 1].end if k else 0)
            seen.append((start, _after_vessel_noun(doc, start)))
    ships = {_ship_key(doc[x[0] : e.end]) for x, e in zip(seen, ents) if x and x[1]}
    # A chemical weapon or machine named once before its kind ("VX nerve agent",
    # "the Ka-32 helicopter") is the product wherever else the Doc names it ("VX
    # is the most potent"), under the same rule id.
    kinds = {e.text: e.id_ for e in ents if e.id_ in (AGENT_RULE, CODE_RULE)}
    # Most Docs name neither: then no name's key or text need be read.
    return [
        Span(doc, x[0], e.end, label=PRODUCT, span_id=VESSEL_RULE)
        if x and ships and _ship_key(doc[x[0] : e.end]) in ships
        else Span(doc, e.start, e.end, label=PRODUCT, span_id=kinds[e.text])
        if x and kinds and e.text in kinds
        else e
        for x, e in zip(seen, ents)
    ]
