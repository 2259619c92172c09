"""One type per name across the corpus (reduce.types): a one-word name nothing
marks as a person's is no person once any article reads it as an organisation
or a place, whatever the model's PERSON votes."""

from __future__ import annotations

import pytest
from resolved_ids import entity_ids_of
from test_corpus_resolution import days, ids, rows

from pipeline.reduce.entities import resolve_entities
from pipeline.reduce.types import FAMOUS_SURNAME, _person_shaped


def test_a_one_word_name_with_no_person_support_goes_to_the_other_reading():
    df = rows(
        # a payment service the model calls a person in five articles of six
        *[(f"a{i}", "PERSON", "Zorvex") for i in range(5)],
        ("a5", "ORG", "Zorvex"),
        # a village read as a person twice and as a place once
        ("a6", "PERSON", "Quillaby"),
        ("a7", "PERSON", "Quillaby"),
        ("a7", "GPE", "Quillaby"),
    )
    res = resolve_entities(df, days(8))
    assert res.people.empty
    assert res.organisations["name"].tolist() == ["Zorvex"]
    got = ids(df, days(8))
    assert len({got[f"m{i}"] for i in range(6)}) == 1
    assert not {"m6", "m7", "m8"} & set(got)


def test_a_name_something_marks_as_a_persons_stays_a_person():
    df = rows(
        # the family name of a full name in the corpus
        ("a0", "PERSON", "Orla Brennock"),
        *[(f"a{i}", "PERSON", "Brennock") for i in (1, 2)],
        ("a3", "ORG", "Brennock"),
        # a given name alone
        *[(f"b{i}", "PERSON", "Maria") for i in (0, 1)],
        ("b2", "ORG", "Maria"),
        # a name never read otherwise
        *[(f"c{i}", "PERSON", "Zorvex") for i in (0, 1)],
        # an honorific says person
        ("d0", "PERSON", "Quillaby"),
        ("d1", "GPE", "Quillaby"),
    )
    df["honorific"] = [""] * 9 + ["Ms", ""]
    res = resolve_entities(df, days(4))
    assert sorted(res.people["name"]) == [
        "Maria",
        "Orla Brennock",
        "Quillaby",
        "Zorvex",
    ]


def _short_name_corpus(full_name_articles: int):
    """A person whose family name is also a company's short name in one article
    ("Quarrell" beside "Quarrell Automotive"), the person named in
    `full_name_articles` articles and by the family name alone in two more."""
    n = full_name_articles
    return rows(
        *[(f"a{i}", "PERSON", "Richard Quarrell") for i in range(n)],
        (f"a{n}", "PERSON", "Quarrell"),
        (f"a{n + 1}", "PERSON", "Quarrell"),
        (f"a{n + 2}", "ORG", "Quarrell Automotive"),
        (f"a{n + 2}", "ORG", "Quarrell"),
        (f"a{n + 2}", "ORG", "Quarrell"),
    )


def test_a_companys_short_name_beside_its_long_one_is_no_person():
    df = _short_name_corpus(4)
    res = resolve_entities(df, days(7))
    got = ids(df, days(7))
    person = res.people.set_index("name").loc["Richard Quarrell", "person_id"]
    assert {got[f"m{i}"] for i in range(6)} == {person}
    # the company's mentions are no mentions of the person
    assert got["m7"] == got["m8"] != person
    assert got["m7"] in set(res.organisations["org_id"])


def test_a_famous_persons_family_name_stays_the_persons_beside_a_company():
    n = FAMOUS_SURNAME
    df = _short_name_corpus(n)
    res = resolve_entities(df, days(n + 3))
    got = entity_ids_of(res, df)
    person = res.people.set_index("name").loc["Richard Quarrell", "person_id"]
    assert got[f"m{n + 3}"] == got[f"m{n + 4}"] == person


@pytest.mark.parametrize(
    "tkey, shaped",
    [
        ("du fengcai", True),  # a family name written first
        ("penny harrow", True),  # a given name and a surname
        ("lotte group", False),  # a given name and a common word
        ("geo news", False),
        ("quarrell automotive", False),
        ("acme holdings group", False),
    ],
)
def test_a_long_name_shaped_like_a_persons_makes_no_short_name(tkey, shaped):
    assert _person_shaped(tkey) is shaped
