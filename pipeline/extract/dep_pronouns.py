""" "He"/"she" read as the person the previous sentence names, for the role parse
of a sentence naming nobody (`dep_sentences.select_sentences`)."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.dep_marks import PERSONAL
from pipeline.lang.gender import pronoun_fits


def bound_pronouns(
    sent: Span,
    previous: list[Span],
    before: Span | None = None,
    doc_ents: list[Span] | None = None,
) -> list[tuple[int, int, str, str, str]]:
    """ "He"/"she" of a sentence naming nobody, as that person when `previous`,
    the people of the sentence before (or of the last sentence naming anyone,
    when every "he"/"she" since was that person: `select_sentences`), is
    exactly one, and the sentence before (`before`, when the caller has it)
    holds no other person of the Doc under another label ("Okafor" read as a
    product beside "Erik Solheim": `_misread_person`).

    Returned like the annotated entities (sentence-relative offsets, PERSON,
    the antecedent's text and link), so the patterns take the pronoun for the
    name. Kept this narrow because a wrong binding costs more than a miss.
    """
    ante = antecedent(previous, before, doc_ents)
    return [] if ante is None else bind(sent, ante)


def antecedent(
    previous: list[Span],
    before: Span | None = None,
    doc_ents: list[Span] | None = None,
) -> Span | None:
    """The person a "he"/"she" after `previous` may be (`bound_pronouns`), or
    None. `doc_ents`: the Doc's entities when the caller has them."""
    if len({e.kb_id_ or e.text for e in previous}) != 1:
        return None
    ante = previous[-1]
    if before is not None and _misread_person(before, ante, doc_ents):
        return None
    return ante


def bind(sent: Span, ante: Span) -> list[tuple[int, int, str, str, str]]:
    """Every "he"/"she" of `sent` that fits `ante`, as `ante` (`bound_pronouns`)."""
    return [
        (
            t.idx - sent.start_char,
            t.idx - sent.start_char + len(t),
            "PERSON",
            ante.text,
            ante.kb_id_,
        )
        for t in sent
        if t.lower_ in PERSONAL and pronoun_fits(t.lower_, ante.text)
    ]


def _misread_person(sent: Span, ante: Span, doc_ents: list[Span] | None) -> bool:
    """Whether `sent` holds, outside `ante`, another person the Doc names, read
    there as no person: an entity of another label that is that person's name or
    last name ("Okafor" as a product), or an untagged title-case word that is the
    last name. The recognizer missed a second person, so "he" may be either; a
    name inside a longer entity ("Okafor Holdings") is no person. `doc_ents`:
    the Doc's entities when the caller has them (Doc.ents builds every Span
    anew)."""
    ents = list(sent.doc.ents) if doc_ents is None else doc_ents
    key = ante.kb_id_ or ante.text
    last = ante[-1].lower_
    names: set[str] = set()
    for e_key, e_last, e_lower in _people(ents):
        if e_key != key and e_last != last:
            names.update((e_lower, e_last))
    if not names:
        return False
    return any(
        label != "PERSON" and e.text.lower() in names
        for start, end, label, e in _bounds(ents)
        if sent.start <= start and end <= sent.end
    ) or any(
        not t.ent_type_ and t.is_title and t.lower_ in names
        for t in sent
        if not ante.start <= t.i < ante.end
    )


class DocEntities(list):
    """A Doc's entities in order (`select_sentences`), keeping what
    `_misread_person` reads of them: that test runs over every entity of the
    Doc for each sentence it tests, and a Span builds its attributes anew at
    each read."""

    people: list[tuple[str, str, str]] | None = None
    bounds: list[tuple[int, int, str, Span]] | None = None


def _people(ents: list[Span]) -> list[tuple[str, str, str]]:
    """(link or text, lower-case last word, lower-case text) of each PERSON of
    `ents`, kept on a `DocEntities`."""
    rows = getattr(ents, "people", None)
    if rows is None:
        rows = [
            (e.kb_id_ or e.text, e[-1].lower_, e.text.lower())
            for e in ents
            if e.label_ == "PERSON"
        ]
        if isinstance(ents, DocEntities):
            ents.people = rows
    return rows


def _bounds(ents: list[Span]) -> list[tuple[int, int, str, Span]]:
    """(start, end, label, entity) of each of `ents`, kept on a `DocEntities`."""
    rows = getattr(ents, "bounds", None)
    if rows is None:
        rows = [(e.start, e.end, e.label_, e) for e in ents]
        if isinstance(ents, DocEntities):
            ents.bounds = rows
    return rows
