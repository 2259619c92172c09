"""Which of an article's full names a family name alone stands for: the owner
sets as plain strings, and the family name through the consistency step on a
blank English pipeline with hand-set entities. Names are invented."""

from __future__ import annotations

import spacy
from hand_spans import spans_in_order

from pipeline.nlp.consistency import make_consistent
from pipeline.nlp.name_owners import introduced_owner, one_person


def test_ways_of_writing_one_person_count_once():
    assert one_person({"Derek Alton Vantreight", "Derek Vantreight"}) == {
        "Derek Vantreight"
    }
    assert one_person({"Outspoken Derek Vantreight", "Derek Vantreight"}) == {
        "Derek Vantreight"
    }
    assert one_person({"M. Vantreight", "Mona Vantreight"}) == {"Mona Vantreight"}


def test_initials_or_another_first_name_make_another_person():
    for names in (
        {"George H. W. Vantreight", "George W. Vantreight"},
        {"George H W Vantreight", "George W Vantreight"},
        {"Mona Alton Vantreight", "Derek Vantreight"},
        {"Derek Vantreight", "Mona Vantreight"},
        {"Man Mohan Vantreight", "Mohan Vantreight"},
    ):
        assert one_person(names) == names


def test_the_one_owner_written_before_the_first_use_alone():
    at = {"Derek Vantreight": 0, "Mona Vantreight": 40}
    names = set(at)
    assert introduced_owner(names, at, 10) == "Derek Vantreight"
    assert introduced_owner(names, at, 50) == ""  # both written before it
    assert introduced_owner(names, {**at, "Derek Vantreight": 20}, 10) == ""
    assert introduced_owner(names, at, None) == ""
    assert introduced_owner({"Mona Vantreight"}, at, None) == "Mona Vantreight"


def _links(text: str, people: list[str]) -> list[tuple[str, str]]:
    doc = spacy.blank("en")(text)
    doc.ents = spans_in_order(doc, [(p, "PERSON") for p in people])
    return [(e.text, e.kb_id_) for e in make_consistent(doc)]


def test_a_family_name_is_the_subject_introduced_before_a_relative():
    text = (
        "Derek Vantreight spoke . Vantreight said no . His son , Paul Vantreight , "
        "agreed . Vantreight left ."
    )
    people = ["Derek Vantreight", "Vantreight", "Paul Vantreight", "Vantreight"]
    assert _links(text, people) == [
        ("Derek Vantreight", "Derek Vantreight"),
        ("Vantreight", "Derek Vantreight"),
        ("Paul Vantreight", "Paul Vantreight"),
        ("Vantreight", "Derek Vantreight"),
    ]
    # both introduced before the family name's first use: it stands for neither
    text = "Derek Vantreight and Paul Vantreight spoke . Vantreight left ."
    people = ["Derek Vantreight", "Paul Vantreight", "Vantreight"]
    assert _links(text, people)[2] == ("Vantreight", "Vantreight")
