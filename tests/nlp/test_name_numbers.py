"""Figures an organisation's name keeps (nlp.name_numbers) through the name tidy
(spans.name_parts), on a blank pipeline."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.spans import name_parts
from pipeline.nlp.tokens import adapt_tokenizer


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    adapt_tokenizer(nlp)
    return nlp


def _names(blank, text, name, label="ORG"):
    """The names name_parts keeps of `name` (a span of `text`) for `label`."""
    doc = blank(text)
    start = doc.char_span(text.index(name), text.index(name) + len(name))
    parts = name_parts(doc, start.start, start.end, label)
    return [doc[a:b].text for a, b in parts]


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # glued to letters the tokenizer split off
        ("He worked at 3M for years .", "3M", ["3M"]),
        ("A deal with 7-Eleven Inc was signed .", "7-Eleven Inc", ["7-Eleven Inc"]),
        # a company's name that opens with a figure and ends in a designator
        ("He ran 365 Corporation then .", "365 Corporation", ["365 Corporation"]),
        (
            "He ran 360 Varn Media Ltd then .",
            "360 Varn Media Ltd",
            ["360 Varn Media Ltd"],
        ),
        # a broadcaster's numbered channel
        ("She spoke on Channel 4 News today .", "Channel 4 News", ["Channel 4 News"]),
        ("She told BBC Radio 4 so .", "BBC Radio 4", ["BBC Radio 4"]),
        # scores, counts and a year glued on by a lost space still cut
        (
            "Final : Arsenal 2 Chelsea 1 .",
            "Arsenal 2 Chelsea 1",
            ["Arsenal", "Chelsea"],
        ),
        ("All 27 EU members met .", "27 EU", ["EU"]),
        ("In 2017-Varnholt Group grew .", "2017-Varnholt Group", ["Varnholt Group"]),
        (
            "He ran 365 Varnholt Media Partners .",
            "365 Varnholt Media Partners",
            ["Varnholt Media Partners"],
        ),
    ],
)
def test_an_organisations_own_figure_stays_in_its_name(blank, text, name, want):
    assert _names(blank, text, name) == want


def test_a_person_keeps_only_a_glued_figure(blank):
    assert _names(blank, "Ian Varn 70 71 .", "Ian Varn 70 71", "PERSON") == ["Ian Varn"]
    assert _names(blank, "Met Channel 4 Varn .", "Channel 4 Varn", "PERSON") == [
        "Channel",
        "Varn",
    ]


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # an amount glued to its currency, a lower-case unit, a year
        ("Costs of 16m Varn Group paid .", "16m Varn Group", ["Varn Group"]),
        ("In 2011 News Corp grew .", "2011 News Corp", ["News Corp"]),
    ],
)
def test_an_amount_or_a_year_is_no_part_of_the_name(blank, text, name, want):
    assert _names(blank, text, name) == want
