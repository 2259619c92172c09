"""Works named right after their kind: "her album Lemonade", "the Hollywood film
Blood Diamond", "Hans Christian Andersen's fable The Red Shoes", "the classic
play "La Cucarachita"". The model reads such titles as organisations or people;
a capitalised name right after a lower-case noun for a work (lexicon
work_kinds: book, film, album, fable, painting, ...), with an opening quote
mark, or "titled"/"called", between them or not, is a WORK_OF_ART (rule id
`work:after-kind`).

A person's name often follows such a noun without being a title: "in his book
Trump writes" lacks only a comma, "in the film Tom Hanks plays" none. So a
PERSON becomes a work only when a quote mark opens it, or when it does not open
with a known first name and no other person of the Doc ends in its last word;
an ORG always. The rule runs after the merge on the finished entities and changes no
other mention of the name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.nlp.quoted_names import OPENING, WORK

WORK_RULE = "work:after-kind"
# Opening quote marks, and the single ones British papers use.
_QUOTES = OPENING | {"'", "‘"}
_NAMING = frozenset({"titled", "entitled", "called"})


def _after_kind(doc: Doc, start: int) -> tuple[bool, bool]:
    """(a work noun comes right before `start`, a quote mark opens the name)."""
    i, quoted = start - 1, False
    if i >= 0 and doc[i].text in _QUOTES:
        i, quoted = i - 1, True
    if i >= 0 and doc[i].lower_ in _NAMING:
        i -= 1
    if i < 1 or not doc[i].is_lower or doc[i].lower_ not in lower_set("work_kinds"):
        return False, quoted
    # A noun has a word before it ("her album", "Andersen's fable"); after a
    # comma or "to" the word is a verb ("painting Trump as", "to film Acme").
    before = doc[i - 1]
    return not (before.is_punct or before.lower_ == "to"), quoted


def works(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with every organisation or person named right after a work's kind
    relabelled WORK_OF_ART (module doc); other spans unchanged."""
    out: list[Span] = []
    for e in ents:
        if e.label_ in ("ORG", "PERSON") and e[0].text[:1].isupper():
            kind, quoted = _after_kind(doc, e.start)
            if kind and (e.label_ == "ORG" or quoted or not _maybe_person(e, ents)):
                e = Span(doc, e.start, e.end, label=WORK, span_id=WORK_RULE)
        out.append(e)
    return out


def _maybe_person(ent: Span, ents: list[Span]) -> bool:
    """True when `ent` opens with a first name gender-guesser knows ("the film Tom
    Hanks starred in") or another PERSON of the Doc ends in its last word
    ("Trump" beside "Donald Trump" or another "Trump")."""
    return is_given_name(ent[0].text) or any(
        o.label_ == "PERSON" and o.start != ent.start and o[-1].text == ent[-1].text
        for o in ents
    )
