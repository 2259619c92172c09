"""The possessor split (nlp.possessors) on a blank pipeline with hand-set entities."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import rule_rows

from pipeline.nlp.possessors import POSSESSED_ID, POSSESSOR_ID, split_possessors


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _split(nlp, text: str, ents: list[tuple[str, str]]):
    return rule_rows(split_possessors, nlp, text, ents)


def test_a_person_the_article_names_owns_no_organisation_name(nlp):
    text = "Dana Okafor spoke . Okafor 's Harbour Party lost ."
    got = _split(
        nlp, text, [("Dana Okafor", "PERSON"), ("Okafor 's Harbour Party", "ORG")]
    )
    assert got == [
        ("Dana Okafor", "PERSON", ""),
        ("Okafor", "PERSON", POSSESSOR_ID),
        ("Harbour Party", "ORG", POSSESSED_ID),
    ]


def test_a_country_s_possessive_stays_its_qualifier(nlp):
    text = (
        "Kestrel Bay voted . Portugal 's Harbour Council and "
        "Kestrel Bay 's Port Board met ."
    )
    ents = [
        ("Kestrel Bay", "GPE"),
        ("Portugal 's Harbour Council", "ORG"),
        ("Kestrel Bay 's Port Board", "ORG"),
    ]
    assert [t for t, _, _ in _split(nlp, text, ents)] == [t for t, _ in ents]


def test_an_owner_the_article_also_calls_an_organisation_stays(nlp):
    # "Baylor" the university beside a Mr. Baylor.
    text = "Dana Okafor spoke . Okafor won . Okafor 's Harbour Board met ."
    ents = [
        ("Dana Okafor", "PERSON"),
        ("Okafor", "ORG"),
        ("Okafor 's Harbour Board", "ORG"),
    ]
    assert _split(nlp, text, ents)[-1] == ("Okafor 's Harbour Board", "ORG", "")


def test_a_one_word_person_owns_once_named_twice(nlp):
    text = "Okafor spoke . Okafor 's Harbour Board met ."
    ents = [("Okafor", "PERSON"), ("Okafor 's Harbour Board", "ORG")]
    assert _split(nlp, text, ents)[-1] == ("Okafor 's Harbour Board", "ORG", "")
    text = "Okafor spoke . Okafor left . Okafor 's Harbour Board met ."
    ents = [
        ("Okafor", "PERSON"),
        ("Okafor", "PERSON"),
        ("Okafor 's Harbour Board", "ORG"),
    ]
    assert _split(nlp, text, ents)[-2:] == [
        ("Okafor", "PERSON", POSSESSOR_ID),
        ("Harbour Board", "ORG", POSSESSED_ID),
    ]


def test_a_place_after_the_possessive_stays_a_place(nlp):
    text = "Dana Okafor spoke of Okafor 's Portugal ."
    got = _split(nlp, text, [("Dana Okafor", "PERSON"), ("Okafor 's Portugal", "ORG")])
    assert got[1:] == [
        ("Okafor", "PERSON", POSSESSOR_ID),
        ("Portugal", "GPE", POSSESSED_ID),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Harbour People 's Bank",  # a possessive of the name's own
        "Okafor 's",  # nothing after it
        "Okafor 's new plant",  # no name after it
    ],
)
def test_names_with_a_possessive_of_their_own_stay_whole(nlp, name):
    text = f"Dana Okafor spoke . {name} grew ."
    got = _split(nlp, text, [("Dana Okafor", "PERSON"), (name, "ORG")])
    assert got == [("Dana Okafor", "PERSON", ""), (name, "ORG", "")]


def test_an_owner_nobody_names_keeps_the_name_whole(nlp):
    got = _split(
        nlp, "Okafor 's Harbour Party lost .", [("Okafor 's Harbour Party", "ORG")]
    )
    assert got == [("Okafor 's Harbour Party", "ORG", "")]


def test_never_raises_on_junk(nlp):
    for text in ("", "'s", "'s 's Harbour"):
        doc = nlp(text)
        assert split_possessors(doc, list(doc.ents)) == []


def test_the_owner_is_linked_as_the_person_and_the_rest_by_its_name(nlp):
    doc = nlp("Dana Okafor spoke . Okafor 's Harbour Party lost .")
    doc.ents = [
        doc.char_span(0, 11, label="PERSON", kb_id="Dana Okafor"),
        doc.char_span(20, 43, label="ORG"),
    ]
    got = [(e.text, e.kb_id_) for e in split_possessors(doc, list(doc.ents))]
    assert got[1:] == [("Okafor", "Dana Okafor"), ("Harbour Party", "Harbour Party")]


def test_an_owner_after_a_title_is_cut_from_it(nlp):
    # the title stays outside both entities, where the role rules read it
    text = "Prime Minister Dana Okafor 's Harbour Party lost ."
    got = _split(nlp, text, [("Prime Minister Dana Okafor 's Harbour Party", "ORG")])
    assert got == [
        ("Dana Okafor", "PERSON", POSSESSOR_ID),
        ("Harbour Party", "ORG", POSSESSED_ID),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "President Okafor 's Harbour Party",  # no given name, nobody named so
        "Prime Minister 's Office",  # no name after the title
    ],
)
def test_a_title_without_a_known_person_after_it_keeps_the_name_whole(nlp, name):
    got = _split(nlp, f"{name} grew .", [(name, "ORG")])
    assert got == [(name, "ORG", "")]


def test_a_royal_title_names_an_institution_after_its_holder(nlp):
    text = "Edward spoke . Edward left . King Edward 's School grew ."
    ents = [
        ("Edward", "PERSON"),
        ("Edward", "PERSON"),
        ("King Edward 's School", "ORG"),
    ]
    assert _split(nlp, text, ents)[-1] == ("King Edward 's School", "ORG", "")
