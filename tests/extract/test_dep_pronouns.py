"""bound_pronouns: "he"/"she" read as the one person of the previous sentence, on
blank pipelines with hand-set entities and sentences (no model runs)."""

from __future__ import annotations

import pytest
from role_docs import blank

from pipeline.extract.dep_pronouns import bound_pronouns
from pipeline.extract.dep_sentences import select_sentences

TEXT = (
    "Jane Okafor spoke first. "
    "In May {who} met Erik Solheim at the palace. "
    "He joined Danforth Bank in 2001."
)


def _doc(who: str, label: str | None):
    text = TEXT.format(who=who)
    doc = blank()(text)
    spans = []
    for what, lab in (
        ("Jane Okafor", "PERSON"),
        (who, label),
        ("Erik Solheim", "PERSON"),
    ):
        if lab is not None:
            # (the second sentence's word, not the first's "Okafor")
            start = text.index(
                what, 0 if what == "Jane Okafor" else text.index("In May")
            )
            spans.append(doc.char_span(start, start + len(what), label=lab))
    spans.append(doc.char_span(text.rindex("Danforth"), text.index(" in 2001"), "ORG"))
    doc.ents = spans
    sents = list(doc.sents)
    assert len(sents) == 3
    return sents


@pytest.mark.parametrize(
    ("who", "label", "bound"),
    [
        # Nobody else there: "He" is Erik Solheim.
        ("the minister", None, True),
        # Another person of the Doc, read as a product or left untagged there:
        # "He" may be either, so it is left unbound.
        ("Okafor", "PRODUCT", False),
        ("Okafor", None, False),
        # A word that only looks like one, or the name inside a longer name of
        # another kind: bound still.
        ("Danforth", None, True),
        ("Okafor Holdings", "ORG", True),
    ],
)
def test_binds_only_when_the_previous_sentence_has_one_person(who, label, bound):
    first, before, sent = _doc(who, label)
    previous = [e for e in before.ents if e.label_ == "PERSON"]
    rows = bound_pronouns(sent, previous, before)
    if bound:
        assert rows == [(0, 2, "PERSON", "Erik Solheim", "")]
    else:
        assert rows == []


def test_without_the_previous_sentence_the_count_alone_decides():
    # Callers without the sentence (older ones) keep the one-person test.
    _, before, sent = _doc("Okafor", "PRODUCT")
    previous = [e for e in before.ents if e.label_ == "PERSON"]
    assert bound_pronouns(sent, previous) == [(0, 2, "PERSON", "Erik Solheim", "")]


def _selected(middle: str) -> list[tuple]:
    """The entities `select_sentences` gives the last sentence of a three-sentence
    text whose middle sentence is `middle` (hand-set entities, no model)."""
    text = (
        f"Erik Solheim is an engineer. {middle} He joined Danforth Bank as an analyst."
    )
    doc = blank()(text)
    spans = [doc.char_span(0, 12, "PERSON")]
    bank = text.index("Danforth Bank")
    spans.append(doc.char_span(bank, bank + 13, "ORG"))
    for name in ("Jane Okafor", "Ivar Lund"):
        if name in middle:
            at = text.index(name)
            spans.append(doc.char_span(at, at + len(name), "PERSON"))
    doc.ents = sorted(spans, key=lambda s: s.start)
    sentences = list(enumerate(doc.sents))
    assert len(sentences) == 3
    todo = select_sentences(sentences, frozenset(), lambda k, sent: {})
    return [ents for k, _, ents, _ in todo if k == 2]


@pytest.mark.parametrize(
    ("middle", "carried"),
    [
        # Every "he" of a sentence naming nobody is the person named before: the
        # person is still the one "He" of the next sentence means.
        ("He studied in Bergen.", True),
        ("Later he studied in Bergen, where he met his wife.", True),
        # A sentence opening with a "he" that fits him names someone else: "he"
        # is still Erik Solheim, not the man named there.
        ("He met Ivar Lund in Bergen.", True),
        # No pronoun, one that does not fit the name, or another person named:
        # the chain ends there.
        ("The bank grew.", False),
        ("She studied in Bergen.", False),
        ("He said she left.", False),
        ("Jane Okafor met him.", False),
        # Opening with a "she" that does not fit him: nobody is known.
        ("She met Ivar Lund in Bergen.", False),
    ],
)
def test_a_sentence_of_pronouns_keeps_the_person_for_the_next(middle, carried):
    selected = _selected(middle)
    person = [e for ents in selected for e in ents if e[2] == "PERSON"]
    if carried:
        assert person == [(0, 2, "PERSON", "Erik Solheim", "")]
    else:
        assert person == []
