"""A person's name alone in quotation marks is a title (pipeline.nlp.quoted_names),
on a blank pipeline with hand-set entities."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import span_of

from pipeline.nlp.entity_cues import apply_model_cues
from pipeline.nlp.quoted_names import QUOTED_RULE, quoted_work


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "name", "label", "expected"),
    [
        ('the German film "Quell Odera," says a report', "Quell Odera", "PERSON", True),
        ('she sang "Ode Marlow" and left', "Ode Marlow", "PERSON", True),
        ("the show \u201cOde Marlow\u201d ran long", "Ode Marlow", "PERSON", True),
        ('the song "Brindle". It ended', "Brindle", "PERSON", True),
        # Negative: a nickname between names, a quote holding more than the name,
        # no closing quote, an organisation, an unquoted name.
        ('Quell "El Brindo" Odera was held', "El Brindo", "PERSON", False),
        ('"Ode Marlow said so," she wrote', "Ode Marlow", "PERSON", False),
        ('she said "Ode Marlow is here', "Ode Marlow", "PERSON", False),
        ('the daily "Odera Zeitung" wrote', "Odera Zeitung", "ORG", False),
        ("Ode Marlow sang", "Ode Marlow", "PERSON", False),
        # A name the text gives a person; marks that close and open titles around it.
        ('the governor, also known as "Odera", spoke', "Odera", "PERSON", False),
        ('she was born "Quell" in 1990', "Quell", "PERSON", False),
        (
            '"Ode Song," Quell Odera "Other Song," Ode Roe',
            "Quell Odera",
            "PERSON",
            False,
        ),
    ],
)
def test_quoted_work(nlp, text, name, label, expected):
    doc = nlp(text)
    got = quoted_work(doc, span_of(doc, name, label))
    if expected:
        assert (got.text, got.label_, got.id_) == (name, "WORK_OF_ART", QUOTED_RULE)
    else:
        assert got is None


def test_model_cues_relabel_only_the_quoted_name(nlp):
    doc = nlp('Ode Marlow recorded "Quell Odera" in 1990 .')
    ents = [span_of(doc, "Ode Marlow", "PERSON"), span_of(doc, "Quell Odera", "PERSON")]
    got = [(e.text, e.label_) for e in apply_model_cues(doc, ents)]
    assert got == [("Ode Marlow", "PERSON"), ("Quell Odera", "WORK_OF_ART")]
