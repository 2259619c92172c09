"""Place cues: a name the model called an organisation or a person where the words
before it say it is a place.

- after a locative: a model ORG that is a known place (`lang.places`) right
  after "in", "near", "outside" ... ("fighting in Raqqa", "in Uttar Pradesh")
  is the place, unless it is written in capitals ("in UN talks"), ends in an
  organisation word ("in White House briefings") or takes a possessive
  (`place_after_locative`);
- in a place frame: a model ORG or PERSON right after a compass point, a
  distance or a kind of place and "of" or "from" ("west of Raqqa", "40 km
  from Raqqa", "the mining town of Moengo", "the island of Spitzbergen") or
  after "capital" when the gazetteers know it ("the capital Dushanbe", "the
  capital, Grozny"; "venture capital Sequoia" is none) is a place, with the
  same exceptions (`place_in_frame`). The compass points and kinds of place
  are lexicon place_frame_words; "from" counts only after a distance.

Both give a GPE. A frame is evidence of its own and carries a rule id
("place:frame"), so it weighs as a rule's in the article's and the corpus's
votes (`nlp.consistency`, `reduce.types`); a locative keeps the model's
weight, for a club is played "in" too ("in Tottenham I played deeper").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.lang.lexicons import lower_set
from pipeline.lang.orgscope import is_org_word
from pipeline.lang.places import place_kind
from pipeline.nlp.spans import POSSESSIVE_S

FRAME_RULE = "place:frame"
# Prepositions after which a known place's name stands for the place.
LOCATIVES = frozenset(
    {"in", "near", "outside", "around", "across", "throughout", "inside", "within"}
)
# "40km", "12-mile": a distance written as one token; or its unit alone ("40 km").
_DISTANCE = re.compile(r"^\d+(?:[.,]\d+)?-?(?:km|kms|mi|miles?)$", re.IGNORECASE)
DISTANCE_UNITS = frozenset({"km", "kilometres", "kilometers", "miles"})


def _place_shaped(doc: Doc, ent: Span) -> bool:
    """True when `ent` may be a place's name: not in capitals, not ending in an
    organisation word, no possessive after it."""
    if ent.text.isupper() or is_org_word(ent[-1].text):
        return False
    return not (ent.end < len(doc) and doc[ent.end].text in POSSESSIVE_S)


def place_after_locative(doc: Doc, ent: Span) -> Span | None:
    """A model ORG that is a known place right after a locative ("in Raqqa") as a
    GPE; else None (see the module doc)."""
    if ent.label_ != "ORG" or ent.start == 0:
        return None
    if doc[ent.start - 1].lower_ not in LOCATIVES or not _place_shaped(doc, ent):
        return None
    if not place_kind(ent.text):
        return None
    return Span(doc, ent.start, ent.end, label="GPE", span_id=ent.id_)


def _distance(tok) -> bool:
    return tok.lower_ in DISTANCE_UNITS or bool(_DISTANCE.match(tok.text))


def _frame_word(tok) -> bool:
    return tok.lower_ in lower_set("place_frame_words") or _distance(tok)


def place_in_frame(doc: Doc, ent: Span) -> Span | None:
    """A model ORG or PERSON in a place frame ("west of Raqqa", "the capital
    Dushanbe") as a GPE; else None (see the module doc)."""
    if ent.label_ not in ("ORG", "PERSON") or ent.start < 2:
        return None
    before = list(doc[max(0, ent.start - 3) : ent.start])
    prev = before[-1]
    if prev.lower_ == "of":
        framed = _frame_word(before[-2])
    elif prev.lower_ == "from":
        framed = _distance(before[-2])
    else:
        capital = before[-2] if prev.text == "," and len(before) == 3 else prev
        framed = capital.lower_ == "capital" and bool(place_kind(ent.text))
    if not framed or not _place_shaped(doc, ent):
        return None
    return Span(doc, ent.start, ent.end, label="GPE", span_id=FRAME_RULE)
