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
nowhere else.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set


def _lead_word(word: str) -> bool:
    """Whether a capitalised word opens no name: a common English word that is no
    given name."""
    return word.lower() in lower_set("common_lowercase_words") and not is_given_name(
        word
    )


def trim_leads(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with the first word cut from each person's span that only stands
    before a name the article gives a person elsewhere (module doc)."""
    people = [e for e in ents if e.label_ == "PERSON"]
    if len(people) < 2:
        return ents
    texts: dict[str, int] = {}
    for e in people:
        texts[e.text] = texts.get(e.text, 0) + 1
    out = []
    for e in ents:
        if (
            e.label_ == "PERSON"
            and len(e) >= 2
            and texts[e.text] == 1
            and e[0].is_alpha
            and e[0].text[:1].isupper()
            and _lead_word(e[0].text)
            and _named_elsewhere(e, people)
        ):
            e = Span(doc, e.start + 1, e.end, label=e.label_, span_id=e.id_)
        out.append(e)
    return out


def _named_elsewhere(e: Span, people: list[Span]) -> bool:
    """Whether the words after `e`'s first are another person's span of the
    article, or the family name of another's full name."""
    rest = e[1:].text
    for p in people:
        if p.start == e.start or len(p) < 2:
            continue  # a family name alone may be this very name's
        if p.text == rest or (len(e) == 2 and p[-1].text == rest):
            return True
    return False
