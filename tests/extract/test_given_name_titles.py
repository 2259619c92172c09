"""A two-word name opening with a title word that is a given name too ("Dean") is
a name after another title or in a list of names, and a dean's title alone
(segment_entities.split_entity). Hand-set entities on a blank pipeline: no
model."""

from __future__ import annotations

import pytest
from role_docs import make_doc

from pipeline.extract.segment_merge import sentence_segments


def _read(text: str, ents: str) -> tuple[list[str], list[str]]:
    """(the people's segment texts, the titles) of the sentence."""
    segs = sentence_segments(make_doc(text, ents)[:])
    people = [s.text for s in segs if s.tag == "PERSON"]
    return people, [t.title for s in segs if s.tag == "TITLE" for t in s.titles]


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        (
            "Sen. Dean Lind of Nevada spoke.",
            "Dean Lind=PERSON; Nevada=GPE",
            (["Dean Lind"], ["Senator"]),
        ),
        (
            "The economist Dean Lind said so.",
            "Dean Lind=PERSON",
            (["Dean Lind"], ["Economist"]),
        ),
        (
            "Ola Berg, Dean Lind and Tom Roe contributed.",
            "Ola Berg=PERSON; Dean Lind=PERSON; Tom Roe=PERSON",
            (["Ola Berg", "Dean Lind", "Tom Roe"], []),
        ),
    ],
)
def test_a_given_name_after_a_title_or_in_a_list_stays_in_the_name(text, ents, want):
    assert _read(text, ents) == want


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        (
            "Dean Lind said the college would reopen.",
            "Dean Lind=PERSON",
            (["Lind"], ["Dean"]),
        ),
        (
            "The college praised Dean Lind Walker on Monday.",
            "Dean Lind Walker=PERSON",
            (["Lind Walker"], ["Dean"]),
        ),
        (
            "Ola said Dean Lind agreed.",
            "Ola=PERSON; Dean Lind=PERSON",
            (["Ola", "Lind"], ["Dean"]),
        ),
    ],
)
def test_alone_the_word_is_a_deans_title(text, ents, want):
    assert _read(text, ents) == want
