"""name_groups.and_group: the first "and" of a list closes the matched name's
group; hand-set parses on a blank English pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.extract.name_groups import and_group


def _doc(words: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words)


@pytest.mark.parametrize(
    ("words", "names", "person", "want"),
    [
        # "A and B, C, D": the "and" closes A's group
        (["A", "and", "B", ",", "C", ",", "D"], [0, 2, 4, 6], 0, [0, 2]),
        (["A", "and", "B", ",", "C", ",", "D"], [0, 2, 4, 6], 4, [4, 6]),
        # "A, B and C": one group, whichever name matched
        (["A", ",", "B", "and", "C"], [0, 2, 4], 2, [0, 2, 4]),
        (["A", ",", "B", "or", "C", "and", "D"], [0, 2, 4, 6], 6, [6]),
        # order of the given names does not matter; a name alone is its own group
        (["A", "and", "B", ",", "C"], [4, 2, 0], 0, [0, 2]),
        (["A", "spoke"], [0], 0, [0]),
    ],
)
def test_and_group(words, names, person, want):
    doc = _doc(words)
    got = and_group(doc[person], [doc[i] for i in names])
    assert [t.i for t in got] == want


def test_a_person_outside_the_names_is_its_own_group():
    doc = _doc(["A", "and", "B", "met", "C"])
    assert [t.i for t in and_group(doc[4], [doc[0], doc[2]])] == [4]
