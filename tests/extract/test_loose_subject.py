"""loose_subject: the one-word name a sentence naming nobody opens with, on blank
pipelines with hand-set entities (no model runs)."""

from __future__ import annotations

import pytest
from role_docs import blank
from spacy.tokens import Span

from pipeline.extract.dep_sentences import loose_subject


def _sentence(text: str, ents: dict[str, str]):
    doc = blank()(text)
    spans = []
    for what, label in ents.items():
        start = text.index(what)
        spans.append(doc.char_span(start, start + len(what), label=label))
    doc.ents = spans
    return doc[:], list(doc.ents)


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # Untagged, or tagged as something else: still the subject's name.
        (
            "Okafor is the chief executive of Danforth Bank.",
            {"Danforth Bank": "ORG"},
            "Okafor",
        ),
        (
            "Okafor is the chief executive of Danforth Bank.",
            {"Okafor": "ORG"},
            "Okafor",
        ),
        ("Millikan left Danforth University in 1921.", {"Millikan": "FAC"}, "Millikan"),
        # After a fronted phrase.
        ("In 2003 Okafor joined Danforth Bank.", {"2003": "DATE"}, "Okafor"),
        ("In 2003, Okafor joined Danforth Bank.", {"2003": "DATE"}, "Okafor"),
        ("In 2003 the bank hired Okafor.", {"2003": "DATE"}, None),
        (
            "Before joining Danforth Bank, Okafor taught.",
            {"Danforth Bank": "ORG"},
            "Okafor",
        ),
        # A person is named: nothing loose to read.
        ("Okafor met Jane Doe at Danforth Bank.", {"Jane Doe": "PERSON"}, None),
        # Two capitalised words, a multi-word entity, a stop word, all capitals.
        ("Danforth Bank is the sponsor.", {}, None),
        ("Danforth Bank is the sponsor.", {"Danforth Bank": "ORG"}, None),
        ("The bank is run by Okafor.", {}, None),
        ("IBM is the sponsor of Danforth Bank.", {"IBM": "ORG"}, None),
        # Countries never; a city only when the recognizer read it as a place.
        ("France is a member of Danforth Bank.", {"France": "GPE"}, None),
        ("Lincoln is the chief executive of Danforth Bank.", {"Lincoln": "GPE"}, None),
        ("Lincoln is the chief executive of Danforth Bank.", {}, "Lincoln"),
        # The end of a longer name after an ordinal is no subject of its own.
        (
            "In its filing with the 9th Circuit, the Justice Department appealed.",
            {"9th Circuit": "ORG", "Justice Department": "ORG"},
            None,
        ),
        # A number or a date is no name.
        ("Monday is the deadline for Danforth Bank.", {"Monday": "DATE"}, None),
    ],
)
def test_loose_subject(text, ents, expected):
    sent, spans = _sentence(text, ents)
    got = loose_subject(sent, spans)
    assert (got.text if isinstance(got, Span) else got) == expected


def test_never_raises_on_odd_sentences():
    for text in ("", ",", "In", "In ,", "In 1921", "’s", "A"):
        sent, spans = _sentence(text, {})
        if len(sent):
            loose_subject(sent, spans)
