"""People known by the job title beside them, on a blank pipeline with hand-set
model entities: a name shaped like a person's followed by a comma and a title,
and a name right after a title written before it."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import span_of

from pipeline.nlp.title_names import (
    AFTER_TITLE_RULE,
    APPOSITION_RULE,
    person_after_title,
    person_before_title,
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.mark.parametrize(
    "text,name",
    [
        ("Lu Dongwen , general manager of Norvik Rail , said so .", "Lu Dongwen"),
        ("Wendy Tamm , a founder of the Norvik Club , spoke .", "Wendy Tamm"),
        (
            "Carla T. Brann , the former vice-president of Acme , left .",
            "Carla T. Brann",
        ),
        ("It quoted Omar Vessek , senior analyst at Norvik .", "Omar Vessek"),
    ],
)
def test_a_name_before_an_apposed_title_is_a_person(nlp, text, name):
    doc = nlp(text)
    out = person_before_title(doc, span_of(doc, name, "ORG"))
    assert (out.text, out.label_, out.id_) == (name, "PERSON", APPOSITION_RULE)


@pytest.mark.parametrize(
    "text,name,label",
    [
        # no title after the comma, or no comma
        ("Philip Norvik , the tobacco company , said so .", "Philip Norvik", "ORG"),
        ("Philip Norvik chief executive Jo Roe said so .", "Philip Norvik", "ORG"),
        # an organisation word, a designator, a known place, no first name
        ("Jane Industries , a unit of Acme , said so .", "Jane Industries", "ORG"),
        ("Philip Norvik Inc , a unit of Acme , said so .", "Philip Norvik Inc", "ORG"),
        ("Santa Barbara , director of tourism , said so .", "Santa Barbara", "ORG"),
        ("Norvik Brann , director of Acme , said so .", "Norvik Brann", "ORG"),
        # a function word, a particle or a common word ("Kennedy School")
        ("The Norvik Post , governor of Acme , said .", "The Norvik Post", "ORG"),
        ("Al Norvik , director of Acme , said so .", "Al Norvik", "ORG"),
        ("Wendy School , director of Acme , said so .", "Wendy School", "ORG"),
        # one word, or not the model's ORG
        ("Wendy , director of Acme , said so .", "Wendy", "ORG"),
        ("Wendy Tamm , director of Acme , said so .", "Wendy Tamm", "GPE"),
    ],
)
def test_names_before_a_title_that_stay(nlp, text, name, label):
    doc = nlp(text)
    assert person_before_title(doc, span_of(doc, name, label)) is None


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Walsh was an ally of chief of staff Rance Pribble , who hired her .",
            "Rance Pribble",
        ),
        ("The party 's general secretary Katrin Barley wrote .", "Katrin Barley"),
        ("Former Judge Theodor Horstkamp said so .", "Theodor Horstkamp"),
        ("Acme spokesman Vadim Mironchuk said so .", "Vadim Mironchuk"),
        ("The record producer Nile Rodgerson said so .", "Nile Rodgerson"),
    ],
)
def test_a_name_right_after_a_title_is_a_person(nlp, text, name):
    doc = nlp(text)
    out = person_after_title(doc, span_of(doc, name, "ORG"))
    assert (out.text, out.label_, out.id_) == (name, "PERSON", AFTER_TITLE_RULE)


@pytest.mark.parametrize(
    "text,name,label",
    [
        # no title right before: a comma, another word, nothing
        ("The owner , Norvik Brann said so .", "Norvik Brann", "ORG"),
        ("A report by Norvik Brann said so .", "Norvik Brann", "ORG"),
        ("Norvik Brann said so .", "Norvik Brann", "ORG"),
        # an organisation word, a designator, a known place, a common first word
        ("The chairman Norvik Industries said so .", "Norvik Industries", "ORG"),
        ("Its director Norvik Brann Inc said so .", "Norvik Brann Inc", "ORG"),
        ("The mayor Santa Barbara said so .", "Santa Barbara", "ORG"),
        ("Its analyst Capital Brann said so .", "Capital Brann", "ORG"),
        # a common later word without a known first name, a particle, one word
        ("The spokesman Norvik Strong said so .", "Norvik Strong", "ORG"),
        ("The director Al Norvik said so .", "Al Norvik", "ORG"),
        ("The director Norvik said so .", "Norvik", "ORG"),
        # a title a company may hold: a common word is no family name there
        (
            "US aircraft producer Norvik Helicopter said so .",
            "Norvik Helicopter",
            "ORG",
        ),
        ("The owner Wendy Rock said so .", "Wendy Rock", "ORG"),
        # an acronym in it
        ("Its founder Norvik AI said so .", "Norvik AI", "ORG"),
        # not the model's ORG, or a rule's
        ("The director Norvik Brann said so .", "Norvik Brann", "GPE"),
    ],
)
def test_names_after_a_title_that_stay(nlp, text, name, label):
    doc = nlp(text)
    assert person_after_title(doc, span_of(doc, name, label)) is None
