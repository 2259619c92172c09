"""One type per name across the corpus (reduce.types): a one-word name nothing
marks as a person's is no person once any article reads it as an organisation
or a place, whatever the model's PERSON votes."""

from __future__ import annotations

from test_corpus_resolution import days, ids, rows

from pipeline.reduce.entities import resolve_entities


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
