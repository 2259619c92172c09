"""A field of work the model read as an organisation between a title and the
employer after "at", and a portfolio it read into a body's name before an office
("EC Trade Commissioner"): hand-set entities on a blank English pipeline, so
these test the cue, not the model. Names are invented."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import spans_in_order

from pipeline.nlp.portfolio_cues import (
    body_before_portfolio,
    field_before_employer,
    in_portfolio,
)


def _cue(text: str, ents: list[tuple[str, str]], field: str) -> bool:
    doc = spacy.blank("en")(text)
    doc.ents = spans_in_order(doc, ents)
    (ent,) = [e for e in doc.ents if e.text == field]
    return field_before_employer(doc, ent)


@pytest.mark.parametrize(
    "text, ents, field",
    [
        (
            "Ana Brk , Senior Director of Product Planning at Tarnwell , said so .",
            [("Ana Brk", "PERSON"), ("Product Planning", "ORG"), ("Tarnwell", "ORG")],
            "Product Planning",
        ),
        (
            "Ana Brk , Social Sustainability Manager at the Tarnwell Group , said so .",
            [("Ana Brk", "PERSON"), ("Social Sustainability", "ORG")],
            "Social Sustainability",
        ),
        # Two fields coordinated: each is the title's.
        (
            "Ana Brk is Director of Ocean Policy and Coastal Planning at Tarnwell .",
            [
                ("Ana Brk", "PERSON"),
                ("Ocean Policy", "ORG"),
                ("Coastal Planning", "ORG"),
                ("Tarnwell", "ORG"),
            ],
            "Ocean Policy",
        ),
        (
            "Ana Brk is Director of Ocean Policy and Coastal Planning at Tarnwell .",
            [
                ("Ana Brk", "PERSON"),
                ("Ocean Policy", "ORG"),
                ("Coastal Planning", "ORG"),
                ("Tarnwell", "ORG"),
            ],
            "Coastal Planning",
        ),
    ],
)
def test_a_field_between_a_title_and_its_employer_is_no_organisation(text, ents, field):
    assert _cue(text, ents, field)


@pytest.mark.parametrize(
    "text, ents, field",
    [
        # A unit with a body's head word stays an organisation.
        (
            "Ana Brk , director of the Coastal Research Center at Tarnwell , said so .",
            [
                ("Ana Brk", "PERSON"),
                ("Coastal Research Center", "ORG"),
                ("Tarnwell", "ORG"),
            ],
            "Coastal Research Center",
        ),
        # An acronym names a body; a word no dictionary lists may be a name.
        (
            "Ana Brk , director of PDQ Planning at Tarnwell , said so .",
            [("Ana Brk", "PERSON"), ("PDQ Planning", "ORG"), ("Tarnwell", "ORG")],
            "PDQ Planning",
        ),
        (
            "Ana Brk , director of Zorvath Planning at Tarnwell , said so .",
            [("Ana Brk", "PERSON"), ("Zorvath Planning", "ORG"), ("Tarnwell", "ORG")],
            "Zorvath Planning",
        ),
        # No employer after "at", or no title before: the name stands.
        (
            "Ana Brk , director of Product Planning , said so .",
            [("Ana Brk", "PERSON"), ("Product Planning", "ORG")],
            "Product Planning",
        ),
        (
            "Ana Brk joined Product Planning at Tarnwell last year .",
            [("Ana Brk", "PERSON"), ("Product Planning", "ORG"), ("Tarnwell", "ORG")],
            "Product Planning",
        ),
        (
            "Ana Brk , director of Product Planning at the time , said so .",
            [("Ana Brk", "PERSON"), ("Product Planning", "ORG")],
            "Product Planning",
        ),
    ],
)
def test_a_unit_or_a_name_without_title_and_employer_stays(text, ents, field):
    assert not _cue(text, ents, field)


def test_in_portfolio_reads_the_field_cue():
    doc = spacy.blank("en")("Ana Brk , Head of Global Markets at Tarnwell , said so .")
    doc.ents = spans_in_order(
        doc, [("Ana Brk", "PERSON"), ("Global Markets", "ORG"), ("Tarnwell", "ORG")]
    )
    assert in_portfolio(doc, doc.ents[1]) and not in_portfolio(doc, doc.ents[2])


@pytest.mark.parametrize(
    "text, org, expected",
    [
        # an acronym's body, then the office's portfolio
        ("EC Trade Commissioner Ines Varga flew in .", "EC Trade", ("EC", "ORG")),
        # a nation, then the portfolio
        (
            "The Costa Rican Communications Minister Ana Vargas resigned .",
            "Costa Rican Communications",
            ("Costa Rican", "NORP"),
        ),
        # the portfolio is the body's own ("of Commerce"), or no office follows
        (
            "US Chamber of Commerce President Tom Dole spoke .",
            "US Chamber of Commerce",
            None,
        ),
        ("EC Trade officials Ines Varga met spoke .", "EC Trade", None),
        (
            "Amnesty International researcher Lena Holt said .",
            "Amnesty International",
            None,
        ),
        # a country before a portfolio that is a body's name too
        ("US Treasury Secretary Tom Dole spoke .", "US Treasury", None),
        ("The US Trade Secretary Tom Dole spoke .", "US Trade", ("US", "GPE")),
        # nothing before the portfolio but a word that is neither
        ("Tarnwell Trade Commissioner Ines Varga spoke .", "Tarnwell Trade", None),
    ],
)
def test_a_body_before_an_offices_portfolio_keeps_only_its_own_words(
    text, org, expected
):
    doc = spacy.blank("en")(text)
    doc.ents = spans_in_order(doc, [(org, "ORG")])
    body = body_before_portfolio(doc, doc.ents[0])
    assert (None if body is None else (body.text, body.label_)) == expected
