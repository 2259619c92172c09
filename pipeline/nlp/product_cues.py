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

Such spans become PRODUCT.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.settings import ENTITY_LABELS

PRODUCT = "PRODUCT"
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
    if _CAMEL_PRODUCT.match(ent[0].text):
        return Span(doc, ent.start, ent.end, label=PRODUCT)
    if ent.label_ != "ORG":
        return None
    before = doc[ent.start - 1] if ent.start > 0 else None
    is_number, has_alpha = (
        _model_number(doc[ent.end]) if ent.end < len(doc) else (False, False)
    )
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
    return any(c.isdigit() for c in text)


def with_digits(doc: Doc, ent: Span) -> list[Span] | None:
    """What a model PERSON or ORG holding a digit stands for (see module doc): a
    PRODUCT, the name between figures (a PERSON), or nothing (a PERSON); None when
    no digit cue applies."""
    if ent.label_ not in ENTITY_LABELS or not any(_has_digit(t.text) for t in ent):
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
