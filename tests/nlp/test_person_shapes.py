"""People's name shapes on a blank pipeline with hand-set model entities: a model
ORG of first names and a particle, or of two hyphenated first names, and one more
word is a person."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import span_of

from pipeline.nlp.person_shapes import DOUBLE_FIRST_NAME_RULE, person_by_shape


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _cue(nlp, text, name, label="ORG"):
    doc = nlp(text)
    ent = span_of(doc, name, label)
    doc.ents = [ent]
    out = person_by_shape(doc, ent)
    return None if out is None else (out.text, out.label_, out.id_)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Hans-Peter Vollmar became president on Sunday .", "Hans-Peter Vollmar"),
        ("The ally of Marie-Claire Dubrec spoke .", "Marie-Claire Dubrec"),
    ],
)
def test_two_hyphenated_first_names_and_a_surname_are_a_person(nlp, text, name):
    assert _cue(nlp, text, name) == (name, "PERSON", DOUBLE_FIRST_NAME_RULE)


def test_a_particle_name_is_a_person_under_the_models_id(nlp):
    assert _cue(nlp, "Yvette de Marsac spoke .", "Yvette de Marsac") == (
        "Yvette de Marsac",
        "PERSON",
        "",
    )


@pytest.mark.parametrize(
    "text,name,label",
    [
        # The last word is an organisation word.
        ("Jean-Paul Industries cut jobs .", "Jean-Paul Industries", "ORG"),
        # Not both halves first names.
        ("Hewlett-Packard Enterprise cut jobs .", "Hewlett-Packard Enterprise", "ORG"),
        ("Rolls-Royce Vantor cut jobs .", "Rolls-Royce Vantor", "ORG"),
        # "al" is a first name to gender-guesser, but a lower-case article here.
        ("The al-Nadeem Centre treats victims .", "al-Nadeem Centre", "ORG"),
        # Two surname words, or one: not the shape.
        ("Hans-Peter Vollmar Brandt spoke .", "Hans-Peter Vollmar Brandt", "ORG"),
        ("Hans-Peter spoke .", "Hans-Peter", "ORG"),
        # Only a model ORG is relabelled.
        ("Hans-Peter Vollmar spoke .", "Hans-Peter Vollmar", "GPE"),
    ],
)
def test_other_shapes_stay(nlp, text, name, label):
    assert _cue(nlp, text, name, label) is None
