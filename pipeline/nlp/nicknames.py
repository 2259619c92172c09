"""A nickname quoted between a given name and a family name is part of the name.

News and biographies write a person's nickname in quotation marks inside the
full name ("Robert 'Bob' Mendez", "Luis 'Lou' Correa"). The model reads the
double-quoted form as one person, but single marks look to it like the edge of
a quotation: it keeps the given name alone, tags "Bob' Mendez" as an
organisation, or drops the family name, and the person's roles are lost.

A given name (the gender package lists it as a first name in some country), an
opening single mark, one or two capitalised words, a closing single mark and a
capitalised word is one person's name, as is the same with double marks when
the model split it. The name takes in the model's person that ends at its given
name ("I. Lewis") and an entity that covers the nickname and the family name
("Bob' Mendez"), but not one that starts at the family name and runs on: "Anna
'Hello' Bruno Mars" lists a song between two people. A model or rule entity
must cover a part of the name (nothing else says "Will 'Power' Play" is one),
and the joined name's rule id is "person:quoted-nickname". Scare quotes after a
word that is no given name ("the Bierbach 'Penelopegate' affair") are left
alone.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline.lang.gender import is_given_name

OPENING = frozenset({"'", "‘", '"', "“"})
# Their ORTH ids: the few tokens an opening mark follows are found in the Doc's
# array, not by building a Token at every position.
_OPENING_IDS = numpy.array(sorted(get_string_id(m) for m in OPENING), dtype="uint64")
CLOSING = frozenset({"'", "’", '"', "”"})
NICKNAME_RULE = "person:quoted-nickname"
# A nickname is a word or two ("Bob", "El Chapo"); a longer quote is a quotation.
MAX_NICKNAME = 2


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_stop


def _nickname_end(doc: Doc, i: int) -> int | None:
    """The index of the family name after the given name at `i` and its quoted
    nickname, or None when no nickname follows it."""
    if i + 1 >= len(doc) or doc[i + 1].text not in OPENING:
        return None
    if not (_capitalised(doc[i]) and is_given_name(doc[i].text)):
        return None
    for n in range(1, MAX_NICKNAME + 1):
        close = i + 2 + n
        if close + 1 >= len(doc):
            return None
        words = doc[i + 2 : close]
        if not all(t.is_alpha and t.text[:1].isupper() for t in words):
            return None
        if doc[close].text in CLOSING:
            return close + 1 if _capitalised(doc[close + 1]) else None
    return None


def join_nicknames(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with each name written around a quoted nickname as one PERSON (module
    doc); the entities inside it are dropped, others are kept as they are."""
    at = {t: e for e in ents for t in range(e.start, e.end)}
    out = list(ents)
    # The tokens an opening mark follows (`_nickname_end` needs one at i + 1).
    marks = numpy.isin(doc.to_array(ORTH)[1:], _OPENING_IDS)
    for i in numpy.flatnonzero(marks).tolist():
        if i >= len(doc) - 4:
            break
        last = _nickname_end(doc, i)
        if last is None:
            continue
        first, after = at.get(i), at.get(last)
        if first is not None and first.label_ != "PERSON" and first.start != i:
            continue  # "Acme James 'Jim' Okafor": the model glued a name on
        if after is not None and after.start == last and len(after) > 1:
            continue  # a name of its own starts there ("Bruno Mars")
        start = first.start if first is not None and first.label_ == "PERSON" else i
        end = max(last + 1, after.end if after is not None else 0)
        if any(e.label_ == "PERSON" and (e.start, e.end) == (start, end) for e in out):
            continue
        inside = [e for e in out if e.start < end and start < e.end]
        if not any(e.label_ in ("PERSON", "ORG") for e in inside):
            continue  # nothing says a name is here ("Will 'Power' Play")
        if any(e.start < start or e.end > end for e in inside):
            continue  # it would cut another entity in two
        out = [e for e in out if e not in inside]
        out.append(Span(doc, start, end, label="PERSON", span_id=NICKNAME_RULE))
    return sorted(out, key=lambda e: e.start)
