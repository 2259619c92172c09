"""numbered_units on a blank pipeline with hand-set entities."""

from __future__ import annotations

import spacy
from hand_spans import span_of

from pipeline.nlp.ordinal_cues import NUMBERED_UNIT, numbered_units


def _units(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    doc = spacy.blank("en")(text)
    spans = sorted((span_of(doc, *e) for e in ents), key=lambda s: s.start)
    return [(e.text, e.label_, e.id_) for e in numbered_units(doc, spans)]


def test_a_figure_ordinal_joins_the_unit_it_numbers():
    assert _units(
        "A panel of the 9th Circuit upheld it.",
        [("9th", "ORDINAL"), ("Circuit", "ORG")],
    ) == [("9th Circuit", "ORG", NUMBERED_UNIT)]
    # Without an ORDINAL entity of its own, and with words after the unit word.
    assert _units(
        "Troops of the 101st Airborne Division left.",
        [("Airborne Division", "ORG")],
    ) == [("101st Airborne Division", "ORG", NUMBERED_UNIT)]


def test_an_ordinal_before_a_body_that_is_not_numbered_stays_apart():
    ents = [("20th", "ORDINAL"), ("Premier League", "ORG")]
    assert _units("It was their 20th Premier League title.", ents) == [
        ("20th", "ORDINAL", ""),
        ("Premier League", "ORG", ""),
    ]
    # A spelled ordinal is the model's to read, and a person is never a unit.
    assert _units("The ninth Circuit met.", [("Circuit", "ORG")]) == [
        ("Circuit", "ORG", "")
    ]
    assert _units("The 9th Circuit met.", [("Circuit", "PERSON")]) == [
        ("Circuit", "PERSON", "")
    ]


def test_an_ordinal_inside_another_name_is_left_to_it():
    ents = [("Route 9th", "FAC"), ("Circuit", "ORG")]
    assert _units("Route 9th Circuit", ents) == [
        ("Route 9th", "FAC", ""),
        ("Circuit", "ORG", ""),
    ]
