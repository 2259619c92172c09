"""Works named right after their kind, on a blank pipeline with hand-set entities:
an organisation or person there is a title, unless a person is named so elsewhere."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import rule_rows

from pipeline.nlp.work_cues import WORK_RULE, works


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _works(nlp, text, ents):
    return rule_rows(works, nlp, text, ents)


@pytest.mark.parametrize(
    "text,ents",
    [
        ("Her visual album Kestrel Nights won .", [("Kestrel Nights", "ORG")]),
        ("Andersen 's fable The Glass Boots is old .", [("The Glass Boots", "ORG")]),
        ('The classic opera " Lena Holt " opened .', [("Lena Holt", "PERSON")]),
        ("A documentary titled Harbor Lights aired .", [("Harbor Lights", "ORG")]),
        ("The film Glass Harbor won .", [("Glass Harbor", "PERSON")]),
    ],
)
def test_a_name_right_after_a_works_kind_is_a_work(nlp, text, ents):
    name = ents[0][0]
    assert _works(nlp, text, ents) == [(name, "WORK_OF_ART", WORK_RULE)]


@pytest.mark.parametrize(
    "text,ents",
    [
        # A person the Doc names elsewhere, without a quote mark.
        (
            "In his book Vance writes that Omar Vance won .",
            [("Vance", "PERSON"), ("Omar Vance", "PERSON")],
        ),
        # A person's first name, unquoted ("in the film Tom Hanks plays").
        ("In the film Omar Vance plays a pilot .", [("Omar Vance", "PERSON")]),
        # The kind's word used as a verb.
        (
            "Omar rallied the crowd , painting Kestrel Corp as weak .",
            [("Kestrel Corp", "ORG")],
        ),
        ("They hope to film Kestrel Corp at work .", [("Kestrel Corp", "ORG")]),
        # A word between the kind and the name, or a capitalised kind.
        ("The film director Lena Holt spoke .", [("Lena Holt", "PERSON")]),
        ("Book Kestrel Nights now .", [("Kestrel Nights", "ORG")]),
        # A place, and a name in lower case.
        ("The film Kestrelton won .", [("Kestrelton", "GPE")]),
        ("The film kestrel won .", [("kestrel", "ORG")]),
    ],
)
def test_other_names_after_a_works_kind_stay(nlp, text, ents):
    assert [(t, lab) for t, lab, _ in _works(nlp, text, ents)] == ents
