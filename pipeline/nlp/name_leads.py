"""A word the recognizer read as the first word of a person's name it only stands
before: "Earlier Vantreight said", "Outspoken Oskar Vantreight", "Both Lemaire
and ...", and an organisation ending in a family name that a rule made a person
("Building Vantreight", read as one name in a run of capitals).

A person's span of two words or more loses its first word when that word is a
common English word (lexicon common_lowercase_words) that gender-guesser knows
as no given name, and what follows is a name the article gives a person
elsewhere: another person's full name with that text, or the family name of
another person's full name ("Vantreight" of "Oskar Vantreight"); a family name
alone is no evidence, as it may stand for this very name ("Arid Vantreight ...
Vantreight"). A span the article writes twice is a name ("Little Lemaire"
named again keeps "Little"), and so is one whose rest the article names
nowhere else. So do the words of a country, a US state or a continent run
into a name where a line break or a full stop was lost ("Africa Le Pen",
"North Korea Trump"), when the first of them is no given name ("Georgia",
"Kenya" and "Jordan" open people's names).

The mirror case is a name the recognizer ran on into the next word: "Jacob
Zuma Local (media ...)" where a caption lost its full stop, "Sarah Smith
Speaking (to ...)", a headline's "Bill Maher Rips". A person's span of three
words or more loses its last word when that word is a common English word
that is no given name and ends no name of an organisation, a building, a
street or an event (lexicons generic_org_words, acronym_org_heads,
facility_heads, street_words, event_heads: "James Polk Home" is a museum), and
the article names a person with the words before it or with its family name
("Jacob Zuma", "Zuma"). A span the article writes twice is kept here too.
"""

from __future__ import annotations

import functools
from collections import Counter

from spacy.tokens import Doc, Span

from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.lang.places import place_kind


def _lead_word(word: str) -> bool:
    """Whether a capitalised word opens no name: a common English word that is no
    given name."""
    return word.lower() in lower_set("common_lowercase_words") and not is_given_name(
        word
    )


def _trim(ents: list[Span], min_words: int, cut) -> list[Span]:
    """`ents` with each person's span of `min_words` words or more that the article
    writes once replaced by `cut(span, people)`, when that gives a span (the
    article's people spans are the evidence both trims read)."""
    people = [e for e in ents if e.label_ == "PERSON"]
    if len(people) < 2:
        return ents
    texts = Counter(e.text for e in people)
    out = []
    for e in ents:
        if e.label_ == "PERSON" and len(e) >= min_words and texts[e.text] == 1:
            e = cut(e, people) or e
        out.append(e)
    return out


def trim_leads(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with the first word cut from each person's span that only stands
    before a name the article gives a person elsewhere (module doc)."""

    def cut(e: Span, people: list[Span]) -> Span | None:
        first = e[0]
        if not (first.is_alpha and first.text[:1].isupper()):
            return None
        k = 1 if _lead_word(first.text) else _place_lead(e)
        if not (k and _named_elsewhere(e, k, people)):
            return None
        return Span(doc, e.start + k, e.end, label=e.label_, span_id=e.id_)

    return _trim(ents, 2, cut)


# Kinds of place (`lang.places`) whose names stand before a person's only in text
# run together: "... in North Korea Trump said", a lost line break.
_LEAD_PLACES = frozenset({"country", "state", "continent"})


def _place_lead(e: Span) -> int:
    """How many first words of `e` (up to 3, fewer than all) spell a country, a
    state or a continent whose first word is no given name ("Africa", "North
    Korea"; not "Georgia" or "Kenya"); 0 when none do."""
    if is_given_name(e[0].text):
        return 0
    for k in range(min(3, len(e) - 1), 0, -1):
        lead = e[:k]
        if all(t.is_alpha and t.text[:1].isupper() for t in lead) and (
            place_kind(lead.text) in _LEAD_PLACES
        ):
            return k
    return 0


def _named_elsewhere(e: Span, k: int, people: list[Span]) -> bool:
    """Whether the words after `e`'s first `k` are another person's span of the
    article, or close another's full name (its family name: "Vantreight",
    "Le Pen")."""
    rest, n = e[k:].text, len(e) - k
    for p in people:
        if p.start == e.start or len(p) < 2:
            continue  # a family name alone may be this very name's
        if p.text == rest or (len(p) > n and p[-n:].text == rest):
            return True
    return False


# Lexicons of words that end names of organisations, buildings, streets, events.
_HEADS = (
    "generic_org_words",
    "acronym_org_heads",
    "facility_heads",
    "street_words",
    "event_heads",
)


@functools.cache
def _heads() -> frozenset[str]:
    """Words that end names other than people's (module doc)."""
    return frozenset().union(*(lower_set(name) for name in _HEADS))


def _tail_word(word: str) -> bool:
    """Whether a capitalised last word is one a name ran on into: a common English
    word that is no given name and ends no other kind of name."""
    return (
        word.isalpha()
        and word[:1].isupper()
        and word.lower() not in _heads()
        and _lead_word(word)
    )


def trim_tails(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with the last word cut from each person's span of three words or more
    that ran on into a common word after a name the article gives a person
    elsewhere (module doc)."""

    def cut(e: Span, people: list[Span]) -> Span | None:
        if not (_tail_word(e[-1].text) and _rest_named(e, people)):
            return None
        return Span(doc, e.start, e.end - 1, label=e.label_, span_id=e.id_)

    return _trim(ents, 3, cut)


def _rest_named(e: Span, people: list[Span]) -> bool:
    """Whether another person's span of the article is `e` without its last word,
    or ends with the word before it (the family name: "Zuma")."""
    rest, family = e[:-1].text, e[-2].text
    return any(
        p.start != e.start and (p.text == rest or p[-1].text == family) for p in people
    )
