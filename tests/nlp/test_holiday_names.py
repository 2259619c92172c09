"""A holiday the model read as a name is a date: the date components on a blank
pipeline with hand-set model entities."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import span_of

from pipeline.nlp.dates import add_date_components


@pytest.fixture(scope="module")
def nlp():
    return add_date_components(spacy.blank("en"))


def _run(nlp, text, name, label):
    doc = nlp.make_doc(text)
    doc.ents = [span_of(doc, name, label)]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return {(e.text, e.label_) for e in doc.ents}


@pytest.mark.parametrize("label", ["ORG", "PERSON", "EVENT"])
def test_a_holiday_read_as_a_name_is_a_date(nlp, label):
    got = _run(nlp, "Fasting ends before Easter , the priest said .", "Easter", label)
    assert got == {("Easter", "DATE")}


@pytest.mark.parametrize(
    "text,name,label",
    [
        # The name holds more than the holiday: it stays.
        ("They flew to Easter Island in May .", "Easter Island", "LOC"),
        ("The Easter Rising began in Dublin .", "Easter Rising", "EVENT"),
        ("The Christmas Island Council met .", "Christmas Island Council", "ORG"),
        # Not a holiday at all.
        ("Fasting ends before Eastwood , the priest said .", "Eastwood", "PERSON"),
    ],
)
def test_other_names_stay(nlp, text, name, label):
    assert (name, label) in _run(nlp, text, name, label)
