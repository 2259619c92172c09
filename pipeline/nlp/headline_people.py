"""The headline's person for the body's family name alone.

A headline names the article's subject in full ("Justin Vantreight is not immune
to ..."); the body may then call him by his family name throughout and name a
relative in full only later ("the office his father, Pierre Vantreight, held").
Linking within the body alone (`nlp.consistency`) gives every "Vantreight" to
the one full name the body writes, the father.

So a family name alone in the body (a one-word PERSON) that the body linked to
another full name goes to the headline's person when

- a headline or subtitle names exactly one person ending in that family name,
  two words or more, the first a given name gender-guesser knows;
- the body never writes the headline's person in full (when it does, the
  body's own links stand);
- the body writes that other full name only after the family name's first
  use alone (a person the body introduces before using the family name is
  who the family name stands for: "Donald Vantreight ... Vantreight said"
  under a headline on his daughter);
- a courtesy title before the mention fits the headline person's gender.

A family name the body left unlinked is left to the corpus (`reduce.people`):
a headline on a president's wife does not make his every mention hers.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from pipeline.lang.gender import gender_fits, is_given_name
from pipeline.lang.names import canonical_person_name
from pipeline.nlp.partial_names import last_word


def _headline_people(heads: Sequence[Doc]) -> dict[tuple[str, ...], str]:
    """Family name (`last_word` form) -> the one full name the headlines give it
    (module doc)."""
    found: dict[tuple[str, ...], set[str]] = {}
    for head in heads:
        for e in head.ents:
            if e.label_ != "PERSON" or len(e) < 2 or not is_given_name(e[0].text):
                continue
            key = last_word(e)
            if key and len(key) < len(e):
                full = e.kb_id_ or canonical_person_name(e.text)
                found.setdefault(key, set()).add(full)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def headline_family_names(heads: Sequence[Doc], body: Doc) -> None:
    """Link the body's family names alone to the headline's person where the
    module doc says, in place."""
    people = _headline_people(heads)
    if not people:
        return
    ents = list(body.ents)
    lasts = [last_word(e) for e in ents]
    # Where the body first writes each full name (a span longer than its last word).
    written: dict[str, int] = {}
    for e, key in zip(ents, lasts):
        if e.label_ == "PERSON" and key and len(key) < len(e) and e.kb_id_:
            written.setdefault(e.kb_id_, e.start)
    changed = False
    for key, full in people.items():
        if full in written:
            continue
        alone = [
            i
            for i, (e, k) in enumerate(zip(ents, lasts))
            if k == key and len(k) == len(e) and e.label_ == "PERSON"
        ]
        others = {ents[i].kb_id_ for i in alone} - {
            canonical_person_name(ents[i].text) for i in alone
        }
        if len(others) != 1:
            continue
        other = next(iter(others))
        if written.get(other, len(body)) < ents[alone[0]].start:
            continue
        for i in alone:
            e = ents[i]
            before = body[e.start - 1].text if e.start else ""
            if e.kb_id_ == other and gender_fits(before, full):
                ents[i] = Span(
                    body, e.start, e.end, "PERSON", span_id=e.id_, kb_id=full
                )
                changed = True
    if changed:
        body.set_ents(ents, default="outside")
