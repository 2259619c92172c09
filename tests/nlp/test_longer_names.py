"""A shorter name is not spread into a longer name of another kind written over it:
hand-set entities on a blank pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.nlp.longer_names import longer_names, written_over

TEXT = "Kestrel Awards went to Marlow City and Ness . Marlow 's staff met ."


@pytest.mark.parametrize(
    "known,at,key,label,expected",
    [
        # a prize's name covers the organisation's first word
        ([(0, 2, "WORK_OF_ART")], 0, ("kestrel",), "ORG", True),
        # Negative: a longer name of the same kind is the same name's ("Marlow City")
        ([(4, 6, "ORG")], 4, ("marlow",), "ORG", False),
        ([(4, 6, "ORG")], 4, ("marlow",), "PERSON", True),
        # Negative: a value is no name, nor two names joined, nor a possessive
        ([(0, 2, "DATE")], 0, ("kestrel",), "ORG", False),
        ([(4, 8, "WORK_OF_ART")], 4, ("marlow",), "ORG", False),
        ([(9, 11, "WORK_OF_ART")], 9, ("marlow",), "ORG", False),
        # Negative: the longer name is not what is written there
        ([(4, 6, "GPE")], 9, ("marlow",), "ORG", False),
    ],
)
def test_a_longer_name_of_another_kind_keeps_its_words(known, at, key, label, expected):
    doc = spacy.blank("en")(TEXT)
    names = longer_names([Span(doc, s, e, lab) for s, e, lab in known])
    assert written_over(doc, at, key, label, names) is expected
