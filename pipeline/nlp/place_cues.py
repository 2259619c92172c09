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

- before a kind of place: a model ORG or PERSON right before a lower-case
  noun that says what kind of place it names ("the disputed Nagorno-Karabakh
  region", "Saydnaya prison", "Orly airport"; lexicon place_kind_nouns, which
  gives the label: GPE, LOC or FAC) is that place, rule id "place:kind-after",
  unless the noun only modifies the next one ("the Kim airport murder", "a
  town hall"), a word of the name is an organisation's ("Commerce Department
  of Heilongjiang province"), or the PERSON opens with a given name ("Ali
  district", "Charles de Gaulle airport": places are named after people, and
  the vote would carry the place to the person's other mentions)
  (`place_before_kind`).

- in a list of places: a model ORG that is a known place next to a model GPE
  or LOC, with only commas, "and" or "or" between ("the states of Bihar, West
  Bengal and Uttar Pradesh") or right after a building and a comma ("at Trent
  Bridge, Nottingham"), is a GPE, rule id "place:list" (`place_in_place_list`).
  Only ORG: a model PERSON in a list of counties is often a sports side's name
  read as a player's.

The first two and the list give a GPE. A frame is evidence of its own and
carries a rule id ("place:frame"), so it weighs as a rule's in the article's
and the corpus's votes (`nlp.consistency`, `reduce.types`); a locative keeps
the model's weight, for a club is played "in" too ("in Tottenham I played
deeper").
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set, rows
from pipeline.lang.orgscope import is_org_word
from pipeline.lang.places import place_kind
from pipeline.lang.timex.lexicon import MONTHS
from pipeline.nlp.spans import DASHES, POSSESSIVE_S

FRAME_RULE = "place:frame"
KIND_AFTER_RULE = "place:kind-after"
DATELINE_RULE = "place:dateline"
LIST_RULE = "place:list"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\b")
# Prepositions after which a known place's name stands for the place.
# "from" too: where someone comes from or reports from ("a farmer from Uttar
# Pradesh", "reporting from Erbil").
LOCATIVES = frozenset(
    {
        "in",
        "near",
        "outside",
        "around",
        "across",
        "throughout",
        "inside",
        "within",
        "from",
    }
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
    prev = doc[ent.start - 1]
    if prev.lower_ == "of":
        framed = _frame_word(doc[ent.start - 2])
    elif prev.lower_ == "from":
        framed = _distance(doc[ent.start - 2])
    else:
        # "the capital, Grozny": the comma needs a word before "capital"
        capital = doc[ent.start - 2] if prev.text == "," and ent.start >= 3 else prev
        framed = capital.lower_ == "capital" and bool(place_kind(ent.text))
    if not framed or not _place_shaped(doc, ent):
        return None
    return Span(doc, ent.start, ent.end, label="GPE", span_id=FRAME_RULE)


@functools.cache
def _place_kinds() -> dict[str, str]:
    return {r["word"]: r["label"] for r in rows("place_kind_nouns")}


def _kind_after(doc: Doc, end: int) -> tuple[str, int]:
    """(label, end of the noun) for a lower-case place-kind noun of one or two
    words at token `end`; ("", end) when there is none."""
    if end >= len(doc) or not doc[end].is_lower:
        return "", end
    kinds = _place_kinds()
    first = doc[end]
    if end + 2 <= len(doc):
        # the text of the two words, as Span.text joins it
        two = first.text_with_ws + doc[end + 1].text
        if two in kinds:
            return kinds[two], end + 2
    if first.text in kinds:
        return kinds[first.text], end + 1
    return "", end


def place_before_kind(doc: Doc, ent: Span) -> Span | None:
    """A model ORG or PERSON right before a place-kind noun ("Saydnaya prison") as
    the place, labelled as the noun says; else None (see the module doc)."""
    if ent.label_ not in ("ORG", "PERSON"):
        return None
    label, after = _kind_after(doc, ent.end)
    if not label or not _place_shaped(doc, ent):
        return None
    nxt = doc[after] if after < len(doc) else None
    if nxt is not None and nxt.is_alpha and nxt.is_lower and not nxt.is_stop:
        if nxt.lower_ not in lower_set("place_frame_words"):
            return None  # "the Kim airport murder": the noun modifies the next one
    if any(is_org_word(t.text) for t in ent):
        return None
    if ent.label_ == "PERSON" and is_given_name(ent[0].text):
        return None  # "Charles de Gaulle airport" is named after the man
    return Span(doc, ent.start, ent.end, label=label, span_id=KIND_AFTER_RULE)


def _line_start(doc: Doc, i: int) -> bool:
    """True when token i opens the Doc or a line (spaces before it skipped)."""
    while i > 0 and doc[i - 1].is_space and "\n" not in doc[i - 1].text:
        i -= 1
    return i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text)


def _dateline_tail(doc: Doc, ent: Span) -> bool:
    """True when what follows `ent` is a dateline's: a dash after capitals
    ("WASHINGTON - "), an ISO date ("LONDON 1996-08-30"), or a comma and a date
    or a known place ("CHITA, February 7.", "Reykjavik, Iceland - "), a
    bracketed region allowed first ("KUMERTAU (Bashkiria),")."""
    i = ent.end
    if i < len(doc) and doc[i].text == "(":
        close = next(
            (k for k in range(i, min(i + 6, len(doc))) if doc[k].text == ")"), 0
        )
        i = close + 1 if close else len(doc)
    if i >= len(doc) or (not doc[i - 1].whitespace_ and doc[i].text in DASHES):
        return False  # "Mayo-based": a word's hyphen, no dateline dash
    if _ISO_DATE.match(doc[i : i + 5].text):
        return True
    if doc[i].text in DASHES:  # "WASHINGTON - "; "Rubio -- a former rival" is none
        return ent.text.isupper()
    if doc[i].text != "," or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    # Not a figure: "Barra, 51, will ..." gives a person's age.
    return nxt.lower_ in MONTHS or bool(nxt.is_title and place_kind(nxt.text))


_LIST_GLUE = frozenset({",", "and", "or"})
_LISTED = frozenset({"GPE", "LOC", "FAC"})  # the neighbours' labels that list it


def place_in_place_list(doc: Doc, ent: Span, neighbours: list[Span]) -> Span | None:
    """A model ORG that is a known place listed with a model place ("the states of
    Bihar, West Bengal and Uttar Pradesh", "in Uttar Pradesh and Uttarakhand") as
    a GPE, and so is one after a model FAC and a comma ("at Trent Bridge,
    Nottingham"); else None. `neighbours` are the entities right before and
    after it; only commas, "and" and "or" may stand between."""
    if ent.label_ != "ORG" or not any(o.label_ in _LISTED for o in neighbours):
        return None  # no place or building beside it: its name is left unread
    if not _place_shaped(doc, ent) or not place_kind(ent.text):
        return None
    for other in neighbours:
        a, b = (
            (other.end, ent.start) if other.end <= ent.start else (ent.end, other.start)
        )
        glue = doc[a:b]
        listed = other.label_ in ("GPE", "LOC") and 0 < len(glue) <= 2
        # a building and then its town: "at Trent Bridge, Nottingham"
        town = other.label_ == "FAC" and other.end <= ent.start and glue.text == ","
        if town or (listed and all(t.lower_ in _LIST_GLUE for t in glue)):
            return Span(doc, ent.start, ent.end, label="GPE", span_id=LIST_RULE)
    return None


def place_in_dateline(doc: Doc, ent: Span) -> Span | None:
    """A model ORG or PERSON opening a line as a known place before a dateline's
    date, region or dash ("SIMFEROPOL, February 23. /TASS/.", "Navi Mumbai,
    India - ") as a GPE; else None. Capitals are a dateline's usual case."""
    if ent.label_ not in ("ORG", "PERSON") or not _line_start(doc, ent.start):
        return None
    if is_org_word(ent[-1].text) or not place_kind(ent.text):
        return None
    if not _dateline_tail(doc, ent):
        return None
    return Span(doc, ent.start, ent.end, label="GPE", span_id=DATELINE_RULE)
