"""Corpus-level resolution on invented articles, one test per failure class seen
on real news: a person split over ids, a family name alone in a later article,
two people sharing a family name, an acronym in an article without its long form,
a place the model called a person, one type per entity, and order and
partition independence. Mentions are hand-set rows, so these test the resolver,
not the model."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from resolved_ids import entity_ids_of

from pipeline.reduce.entities import resolve_entities
from pipeline.reduce.merge import stated_acronym

COLUMNS = ["mention_id", "article_id", "field", "label", "text", "link", "source"]


def rows(*items) -> pd.DataFrame:
    """(article_id, label, text[, link]) tuples -> mention rows."""
    out = []
    for i, item in enumerate(items):
        art, label, text, link = (*item, "")[:4]
        out.append((f"m{i}", art, "body", label, text, link, "model"))
    return pd.DataFrame(out, columns=COLUMNS)


def days(n: int, start: str = "2025-01-") -> dict[str, str]:
    """a0..a{n-1} -> one publication day each in January 2025."""
    return {f"a{i}": f"{start}{i + 1:02d}" for i in range(n)}


def ids(df: pd.DataFrame, published=None) -> dict[str, str]:
    return entity_ids_of(resolve_entities(df, published or days(9)), df)


def test_a_full_name_its_short_first_name_and_initial_are_one_person():
    df = rows(
        ("a0", "PERSON", "Robert Wielgosz"),
        ("a1", "PERSON", "Bob Wielgosz"),
        ("a2", "PERSON", "R. Wielgosz"),
        ("a3", "PERSON", "Robert Wielgosz"),
    )
    got = ids(df)
    assert len({got["m0"], got["m1"], got["m2"], got["m3"]}) == 1


@pytest.mark.parametrize(
    "a, b",
    [
        ("Robert Wielgosz", "Bill Wielgosz"),  # Bill is William, not Robert
        ("John Wielgosz", "Jack Wielgosz"),
        ("John Wielgosz", "Ian Wielgosz"),  # another language's John
        ("Jonathan Wielgosz", "Nathan Wielgosz"),
        ("Bill Wielgosz", "Will Wielgosz"),  # two nicknames of one name
        ("Jack Wielgosz", "Jacqueline Wielgosz"),  # a man's and a woman's
    ],
)
def test_names_the_nicknames_dataset_relates_but_news_keeps_apart(a, b):
    # The nicknames dataset lists each pair; one article each, so neither
    # dominates and only the nickname step could join them.
    got = ids(rows(("a0", "PERSON", a), ("a1", "PERSON", b)))
    assert got["m0"] != got["m1"]


@pytest.mark.parametrize(
    "a, b", [("William Wielgosz", "Bill Wielgosz"), ("Michael Oskin", "Mike Oskin")]
)
def test_a_nickname_of_the_full_first_name_is_one_person(a, b):
    got = ids(rows(("a0", "PERSON", a), ("a1", "PERSON", b)))
    assert got["m0"] == got["m1"]


def test_a_family_name_alone_in_a_later_article_is_the_dominant_full_name():
    df = rows(
        ("a0", "PERSON", "Marta Oyelaran"),
        ("a1", "PERSON", "Marta Oyelaran"),
        ("a2", "PERSON", "Oyelaran"),
    )
    got = ids(df)
    assert got["m2"] == got["m0"]
    assert len(resolve_entities(df, days(3)).people) == 1


def test_a_doubled_word_is_no_full_name_for_a_one_word_name_to_join():
    # A scrape that repeats a caption's name ("Adaeze Adaeze") says nothing of a
    # family name; the one-word name keeps its own row and its own name.
    df = rows(
        ("a0", "PERSON", "Adaeze Adaeze"),
        ("a1", "PERSON", "Adaeze"),
        ("a2", "PERSON", "Adaeze"),
    )
    got = ids(df)
    assert got["m1"] == got["m2"] != got["m0"]
    people = resolve_entities(df, days(3)).people
    assert sorted(people["name"]) == ["Adaeze", "Adaeze Adaeze"]


def test_a_word_the_corpus_writes_first_as_a_family_name_joins_no_western_name():
    # "Seo" opens "Seo Min-jun" (a Korean name, family name first) in two articles
    # and closes "Harbor Seo" in one: alone it is nobody's short form, least of
    # all beside Seo Min-jun.
    df = rows(
        ("a0", "PERSON", "Seo Min-jun"),
        ("a0", "PERSON", "Seo"),
        ("a1", "PERSON", "Seo Min-jun"),
        ("a2", "PERSON", "Seo"),
        ("a3", "PERSON", "Harbor Seo"),
    )
    got = ids(df)
    assert got["m1"] == got["m3"]
    assert got["m4"] not in {got["m1"], got["m0"]}
    # Where the Western full name holds more articles, the word joins it.
    df = rows(
        ("a0", "PERSON", "Mina Seo"),
        ("a1", "PERSON", "Mina Seo"),
        ("a2", "PERSON", "Seo"),
        ("a3", "PERSON", "Seo Min-jun"),
    )
    got = ids(df)
    assert got["m2"] == got["m0"] != got["m3"]


def test_a_short_name_follows_its_person_to_the_longest_form():
    df = rows(
        # "Oyelaran" joins "Marta Oyelaran", which joins "Marta Ife Oyelaran";
        # "Jim Oyelaran", one with "James Oyelaran", follows it too.
        *[(f"a{i}", "PERSON", "Marta Oyelaran") for i in range(4)],
        ("a4", "PERSON", "Marta Ife Oyelaran"),
        ("a5", "PERSON", "Oyelaran"),
        ("b0", "PERSON", "Jim Brennock"),
        *[(f"b{i}", "PERSON", "James Brennock") for i in range(1, 5)],
        ("b5", "PERSON", "James Ode Brennock"),
        # "Al Haddad" (of "Karim Al-Haddad") is a nickname of Alan for the nickname
        # list, but Alan is no Karim.
        ("c0", "PERSON", "Alan Haddad"),
        *[(f"c{i}", "PERSON", "Al Haddad") for i in range(1, 4)],
        ("c3", "PERSON", "Karim Al Haddad"),
    )
    published = {f"{x}{i}": f"2025-01-0{i + 1}" for x in "abc" for i in range(6)}
    got = ids(df, published)
    assert len({got[f"m{i}"] for i in range(6)}) == 1
    assert len({got[f"m{i}"] for i in range(6, 12)}) == 1
    assert got["m12"] != got["m16"]
    assert len(resolve_entities(df, published).people) == 4


def test_a_roman_numeral_closing_a_name_is_no_family_name():
    df = rows(
        ("a0", "PERSON", "Tiangong XI"),
        ("a1", "PERSON", "Xi"),
        ("a2", "PERSON", "Xi"),
        ("a3", "PERSON", "Edda Lindqvist"),
        ("a4", "PERSON", "Lindqvist"),
    )
    got = ids(df)
    # A numbered name (a spacecraft, a king) is not reached by its numeral ...
    assert got["m1"] == got["m2"] != got["m0"]
    # ... while a family name alone still joins its full name.
    assert got["m4"] == got["m3"]


def test_a_parents_name_after_bin_is_no_family_name():
    df = rows(
        ("a0", "PERSON", "Khalid bin Tarfan"),
        ("a1", "PERSON", "Khalid bin Tarfan"),
        ("a2", "PERSON", "Tarfan"),
        ("a3", "PERSON", "bin Tarfan"),
    )
    got = ids(df)
    # "Tarfan" alone is Khalid's father; "bin Tarfan" is still Khalid.
    assert got["m2"] != got["m0"]
    assert got["m3"] == got["m0"] == got["m1"]


def test_a_family_name_two_people_share_stays_apart():
    df = rows(
        ("a0", "PERSON", "Ruth Calloway"),
        ("a1", "PERSON", "Dennis Calloway"),
        ("a2", "PERSON", "Calloway"),
    )
    got = ids(df)
    assert got["m0"] != got["m1"]
    assert got["m2"] not in {got["m0"], got["m1"]}


def test_a_one_word_name_two_people_of_its_article_share_is_unresolved():
    # "Kim" beside two full names it opens, "Calloway" beside two it closes: the
    # text does not say which one is meant, so neither a row of its own nor
    # either person's; a lone one-word name elsewhere keeps its row.
    df = rows(
        ("a0", "PERSON", "Kim Jong-un"),
        ("a0", "PERSON", "Kim Jong-nam"),
        ("a0", "PERSON", "Kim"),
        ("a1", "PERSON", "Ruth Calloway"),
        ("a1", "PERSON", "Dennis Calloway"),
        ("a1", "PERSON", "Calloway"),
        ("a2", "PERSON", "Calloway"),
    )
    resolved = resolve_entities(df, days(3))
    got = entity_ids_of(resolved, df)
    assert "m2" not in got and "m5" not in got
    assert len({got["m0"], got["m1"], got["m3"], got["m4"], got["m6"]}) == 5
    assert sorted(resolved.people["name"]) == [
        "Calloway",
        "Dennis Calloway",
        "Kim Jong-nam",
        "Kim Jong-un",
        "Ruth Calloway",
    ]
    n = dict(zip(resolved.people["name"], resolved.people["n_mentions"]))
    assert n["Calloway"] == 1


def test_a_one_word_name_one_person_of_its_article_bears_stays_theirs():
    # Two full names, but only one of them opens or closes with the word.
    df = rows(
        ("a0", "PERSON", "Ruth Calloway"),
        ("a0", "PERSON", "Dennis Okafor"),
        ("a0", "PERSON", "Calloway"),
    )
    got = ids(df)
    assert got["m2"] == got["m0"] != ""


def test_a_middle_initial_tells_two_people_apart():
    df = rows(
        ("a0", "PERSON", "Harold J. Pemberton"),
        ("a1", "PERSON", "Harold K. Pemberton"),
    )
    got = ids(df)
    assert got["m0"] != got["m1"]


def test_an_acronym_in_an_article_without_its_long_form():
    df = rows(
        ("a0", "ORG", "Coastal Fisheries Board"),
        ("a0", "ORG", "CFB", "Coastal Fisheries Board"),
        ("a1", "ORG", "CFB"),
        ("a2", "ORG", "Coastal Fisheries Board"),
    )
    got = ids(df)
    assert got["m0"] == got["m1"] == got["m2"] == got["m3"]
    assert len(resolve_entities(df, days(3)).organisations) == 1


def test_an_acronym_of_another_language_s_initials_joins_its_paired_long_form():
    # The article pairs them ("Halvorsen Workers' Party (PKX)"), though the
    # letters spell another language's words; the articles naming only the
    # acronym mean the same party.
    df = rows(
        ("a0", "ORG", "Halvorsen Workers' Party"),
        ("a0", "ORG", "PKX", "Halvorsen Workers' Party"),
        ("a1", "ORG", "PKX"),
        ("a2", "ORG", "PKX"),
    )
    got = ids(df)
    assert got["m0"] == got["m1"] == got["m2"] == got["m3"]
    orgs = resolve_entities(df, days(3)).organisations
    assert orgs[["name", "acronym"]].values.tolist() == [
        ["Halvorsen Workers' Party", "PKX"]
    ]


def test_a_paired_acronym_is_not_also_joined_to_another_long_form_by_initials():
    # "KFB" pairs with the fisheries board; the bureau, whose initials spell it
    # too and which more articles name, stays another organisation.
    df = rows(
        ("a0", "ORG", "Kyte Fisheries Board"),
        ("a0", "ORG", "KFB", "Kyte Fisheries Board"),
        ("a1", "ORG", "KFB"),
        *((f"a{i}", "ORG", "Kinder Family Bureau") for i in range(2, 6)),
    )
    got = ids(df)
    assert got["m0"] == got["m1"] == got["m2"] != got["m3"]
    assert len(resolve_entities(df, days(6)).organisations) == 2


def test_a_paired_acronym_joins_a_fuller_long_form_its_initials_spell():
    # One article's recognizer cut "Kite" off the name it pairs with "KAIB";
    # the full name, which the initials spell, holds the pair's words.
    df = rows(
        ("a0", "ORG", "Accidents Investigation Branch"),
        ("a0", "ORG", "KAIB", "Accidents Investigation Branch"),
        *((f"a{i}", "ORG", "Kite Accidents Investigation Branch") for i in range(1, 4)),
        ("a4", "ORG", "KAIB"),
    )
    assert len(set(ids(df).values())) == 1


@pytest.mark.parametrize(
    "surface, anchor, linked, expected",
    [
        ("PKX", "Halvorsen Workers' Party", True, "PKX"),  # the text paired them
        ("PKX", "Halvorsen Workers' Party", False, ""),  # nothing paired them
        ("HWP", "Halvorsen Workers' Party", False, "HWP"),  # the letters spell it
        ("PKX", "Halvorsen", True, ""),  # a one-word long form
        ("MEPs", "Marlow Parliament", True, ""),  # a plural: the members
        ("IX", "Title IX", True, ""),  # a numeral
        ("CIC", "Halvorsen Workers' Party", True, "CIC"),  # letters, no numeral
        ("PDF", "Marlow Development Bank", True, ""),  # a common noun's initials
    ],
)
def test_which_surface_is_its_long_form_s_acronym(surface, anchor, linked, expected):
    assert stated_acronym(surface, anchor, linked) == expected


def test_an_unpaired_acronym_of_other_initials_stays_apart():
    df = rows(
        ("a0", "ORG", "Halvorsen Workers' Party"),
        ("a1", "ORG", "PKX"),
        ("a2", "ORG", "PKX"),
    )
    got = ids(df)
    assert got["m0"] != got["m1"] == got["m2"]


def test_a_place_the_model_once_called_a_person_is_no_person():
    df = rows(
        ("a0", "GPE", "Portugal"),
        ("a1", "GPE", "Portugal"),
        ("a2", "PERSON", "Portugal"),
        ("a2", "PERSON", "Ines Barreto"),
    )
    res = resolve_entities(df, days(3))
    assert res.people["name"].tolist() == ["Ines Barreto"]
    assert "m2" not in ids(df)


def test_a_city_the_model_once_called_a_person_is_a_place_but_a_team_stays():
    # Only the model's label and the gazetteer speak: a city beats one article's
    # person vote, not one article's organisation vote ("Leeds beat Chelsea").
    df = rows(
        ("a0", "PERSON", "Khimki"),
        ("a0", "PERSON", "Ines Barreto"),
        ("a1", "ORG", "Leeds"),
    )
    res = resolve_entities(df, days(2))
    assert res.people["name"].tolist() == ["Ines Barreto"]
    assert res.organisations["name"].tolist() == ["Leeds"]


def test_a_city_a_role_gives_a_title_is_a_person_there():
    # "Khimki has served as chief executive of X": a role rule's title says
    # person, as a person rule does; a city the model once called a person
    # without one stays a place.
    df = rows(("a0", "PERSON", "Khimki"), ("a0", "PERSON", "Ines Barreto"))
    assert resolve_entities(df, days(1)).people["name"].tolist() == ["Ines Barreto"]
    res = resolve_entities(df, days(1), frozenset({("a0", "khimki")}))
    assert sorted(res.people["name"]) == ["Ines Barreto", "Khimki"]
    # the title of another article says nothing here
    res = resolve_entities(df, days(1), frozenset({("a1", "khimki")}))
    assert res.people["name"].tolist() == ["Ines Barreto"]


def test_one_type_per_name_across_the_corpus():
    df = rows(
        ("a0", "ORG", "Halvorsen Kessler"),
        ("a1", "ORG", "Halvorsen Kessler"),
        ("a2", "PERSON", "Halvorsen Kessler"),
    )
    res = resolve_entities(df, days(3))
    assert res.organisations["name"].tolist() == ["Halvorsen Kessler"]
    assert res.people.empty
    got = ids(df)
    assert got["m0"] == got["m1"] == got["m2"]


def test_word_order_and_spelling_variants_of_an_organisation_are_one():
    df = rows(
        ("a0", "ORG", "Ministry of Defence"),
        ("a1", "ORG", "Defense Ministry"),
    )
    got = ids(df)
    assert got["m0"] == got["m1"]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Zorvex Bank", "ZorvexBank"),
        ("U.S. Council of Tanners", "US Council of Tanners"),
        ("Okafor's Party for Renewal", "Okafors' Party for Renewal"),
        ("Trans-Meridian Freight", "Transmeridian Freight"),
    ],
)
def test_a_name_written_with_and_without_a_space_dot_or_apostrophe_is_one(a, b):
    got = ids(rows(("a0", "ORG", a), ("a1", "ORG", b)))
    assert got["m0"] == got["m1"]


def test_names_that_differ_by_more_than_spacing_stay_apart():
    got = ids(
        rows(("a0", "ORG", "Northwind Partners"), ("a1", "ORG", "North Wind Power"))
    )
    assert got["m0"] != got["m1"]


def test_a_circuit_its_court_of_appeals_and_its_us_form_are_one_court():
    got = ids(
        rows(
            ("a0", "ORG", "7th Circuit"),
            ("a1", "ORG", "7th Circuit Court of Appeals"),
            ("a2", "ORG", "7th U.S. Circuit Court of Appeals"),
            ("a3", "ORG", "8th Circuit"),
        )
    )
    assert got["m0"] == got["m1"] == got["m2"] != got["m3"]


CORPUS = [
    ("a0", "PERSON", "Robert Wielgosz"),
    ("a1", "PERSON", "Wielgosz"),
    ("a1", "ORG", "Coastal Fisheries Board"),
    ("a1", "ORG", "CFB", "Coastal Fisheries Board"),
    ("a2", "ORG", "CFB"),
    ("a2", "PERSON", "Ruth Calloway"),
    ("a3", "PERSON", "Dennis Calloway"),
    ("a3", "PERSON", "Calloway"),
    ("a4", "GPE", "Portugal"),
    ("a5", "PERSON", "Portugal"),
    ("a5", "PERSON", "Bob Wielgosz"),
    ("a6", "ORG", "Defense Ministry"),
    ("a7", "ORG", "Ministry of Defence"),
]


def _tables(items) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    res = resolve_entities(rows(*items), days(9))
    key = ["article_id", "label", "text", "link"]
    assigned = res.assignments.sort_values(key).reset_index(drop=True)
    return res.organisations, res.people, assigned


def test_resolution_does_not_depend_on_mention_order():
    orgs, people, assigned = _tables(CORPUS)
    for seed in range(5):
        shuffled = CORPUS[:]
        random.Random(seed).shuffle(shuffled)
        o, p, a = _tables(shuffled)
        pd.testing.assert_frame_equal(o, orgs)
        pd.testing.assert_frame_equal(p, people)
        pd.testing.assert_frame_equal(a, assigned)


def test_every_entity_has_one_type():
    orgs, people, _ = _tables(CORPUS)
    assert not set(orgs["org_id"]) & set(people["person_id"])
    assert not set(orgs["name"]) & set(people["name"])


def test_a_short_name_standing_for_two_long_names_joins_neither_across_articles():
    df = rows(
        ("a0", "ORG", "Upper Chamber Audit Committee"),
        ("a0", "ORG", "Audit Committee"),
        ("a1", "ORG", "Lower Chamber Audit Committee"),
        ("a1", "ORG", "Audit Committee"),
        ("a2", "ORG", "Audit Committee"),
    )
    got = ids(df)
    assert got["m0"] == got["m1"] and got["m2"] == got["m3"]
    assert got["m0"] != got["m2"]
    assert got["m4"] not in {got["m0"], got["m2"]}


def test_a_short_name_standing_for_one_long_name_joins_it_everywhere():
    df = rows(
        ("a0", "ORG", "Northern Cyber Defence Agency"),
        ("a0", "ORG", "Cyber Defence Agency"),
        ("a1", "ORG", "Cyber Defence Agency"),
    )
    got = ids(df)
    assert got["m0"] == got["m1"] == got["m2"]


def test_a_lone_generic_head_is_its_articles_one_organisation_or_none():
    df = rows(
        ("a0", "ORG", "Tidewater Port Authority"),
        ("a0", "ORG", "Authority"),
        ("a0", "ORG", "Ministry"),  # no ministry named in a0
        ("a1", "ORG", "Ministry"),
    )
    sub = rows(("a0", "ORG", "Tidewater Port Authority"))
    res = resolve_entities(df.assign(text=df["text"]), days(2))
    got = entity_ids_of(res, df)
    assert "m2" not in got and "m3" not in got
    assert res.organisations["name"].tolist() == ["Tidewater Port Authority"]
    assert entity_ids_of(resolve_entities(sub, days(2)), sub)["m0"] == got["m0"]


def test_a_lone_generic_head_scoped_by_its_article_s_country_is_no_organisation():
    # Scoped by the country of its places ("committee @GB"), "Committee" is still
    # a head alone: the one committee its article names, else none.
    df = rows(
        ("a0", "GPE", "Leeds"),
        ("a0", "ORG", "Committee"),
        ("a1", "GPE", "Leeds"),
        ("a1", "ORG", "Committee"),
        ("a2", "GPE", "Leeds"),
        ("a2", "ORG", "Tidewater Port Committee"),
        ("a2", "ORG", "Committee"),
        # qualified by its country, the same key is a name
        ("a3", "ORG", "British Committee"),
    )
    res = resolve_entities(df, days(4))
    got = entity_ids_of(res, df)
    assert "m1" not in got and "m3" not in got
    assert got["m6"] == got["m5"] != got["m7"]
    assert sorted(res.organisations["name"]) == [
        "British Committee",
        "Tidewater Port Committee",
    ]


def _wire_service(n_long: int, n_other: int) -> pd.DataFrame:
    items = [(f"a{i}", "ORG", "Allied Presswire") for i in range(n_long)]
    items += [(f"b{i}", "ORG", "Amber Partners") for i in range(n_other)]
    return rows(*items, ("c0", "ORG", "AP"))


def test_a_two_letter_acronym_joins_a_dominant_long_form_by_initials():
    df = _wire_service(8, 1)
    got = ids(df, {})
    assert got[df["mention_id"].iloc[-1]] == got["m0"]


def test_a_two_letter_acronym_stays_apart_without_a_dominant_long_form():
    for df in (_wire_service(3, 0), _wire_service(6, 4)):
        got = ids(df, {})
        assert got[df["mention_id"].iloc[-1]] != got["m0"]


def test_a_family_name_with_a_title_of_the_other_gender_joins_no_full_name():
    df = rows(
        ("a0", "PERSON", "Robert Wielgosz"),
        ("a1", "PERSON", "Robert Wielgosz"),
        ("a2", "PERSON", "Wielgosz"),
        ("a3", "PERSON", "Wielgosz"),
    ).assign(honorific=["", "", "Mrs.", "Mr."])
    got = ids(df)
    assert got["m3"] == got["m0"]
    assert got["m2"] != got["m0"]


def test_a_peers_family_name_joins_only_a_full_name_written_with_a_peers_rank():
    # "Lord Farrow" is no commoner Jon Farrow; Baroness Ada Penhale is written so
    # once, and "Baroness Penhale" joins her; a plain "Farrow" joins Jon Farrow.
    df = rows(
        ("a0", "PERSON", "Jon Farrow"),
        ("a1", "PERSON", "Jon Farrow"),
        ("a2", "PERSON", "Farrow"),
        ("a3", "PERSON", "Farrow"),
        ("a4", "PERSON", "Ada Penhale"),
        ("a5", "PERSON", "Ada Penhale"),
        ("a6", "PERSON", "Penhale"),
    ).assign(honorific=["", "", "Lord", "", "Baroness", "", "Baroness"])
    got = ids(df)
    assert got["m2"] != got["m0"]
    assert got["m3"] == got["m0"]
    assert got["m6"] == got["m4"] == got["m5"]


def test_every_person_row_has_its_mentions_when_titles_tell_two_apart():
    # One article: "Mrs. Wielgosz" is not Robert, the bare name is. Both keys share
    # article, label, text and link; only the title tells their mentions apart.
    from pipeline.reduce.tables import finish_mentions

    df = rows(
        ("a0", "PERSON", "Robert Wielgosz"),
        ("a0", "PERSON", "Wielgosz"),
        ("a0", "PERSON", "Wielgosz"),
        ("a1", "PERSON", "Robert Wielgosz"),
    ).assign(honorific=["", "Mrs.", "", ""], rule_id="", start_char=0, end_char=1)
    res = resolve_entities(df, days(2))
    done = finish_mentions(df.assign(sentence_index=0), res.assignments)
    assert set(res.people["person_id"]) == set(done["entity_id"])
    by_title = dict(zip(df["honorific"][1:3], done["entity_id"][1:3]))
    assert by_title[""] == done["entity_id"][0] != by_title["Mrs."]


def test_two_countries_supreme_courts_stay_apart_and_keep_their_country():
    df = rows(
        ("a0", "ORG", "Israeli Supreme Court"),
        ("a0", "ORG", "Supreme Court"),
        ("a1", "GPE", "Manila"),
        ("a1", "GPE", "Philippines"),
        ("a1", "ORG", "Supreme Court"),
        ("a2", "NORP", "Israeli"),
        ("a2", "GPE", "Tel Aviv"),
        ("a2", "ORG", "Supreme Court"),
        ("a3", "ORG", "Supreme Court"),  # no country anywhere in a3
    )
    res = resolve_entities(df, days(4))
    got = entity_ids_of(res, df)
    assert got["m0"] == got["m1"] == got["m7"]  # Israel's, however named
    assert got["m4"] != got["m0"]
    assert len({got["m0"], got["m4"], got["m8"]}) == 3
    assert sorted(res.organisations["name"]) == [
        "Israeli Supreme Court",
        "Supreme Court",
        "Supreme Court (Philippines)",
    ]


def test_a_country_code_before_a_name_the_corpus_also_uses_bare():
    df = rows(
        ("a0", "ORG", "US Marine Fisheries Trust"),
        ("a1", "ORG", "Marine Fisheries Trust"),
        ("a2", "ORG", "British Marine Fisheries Trust"),  # a demonym is a name part
    )
    got = ids(df)
    assert got["m0"] == got["m1"]
    assert got["m2"] != got["m1"]


def test_a_qualified_generic_name_and_its_prefixed_variants_meet():
    df = rows(
        ("a0", "ORG", "U.S. Justice Department"),
        ("a1", "ORG", "US Justice Department"),
        ("a2", "ORG", "Justice Department"),
        ("a2", "GPE", "Washington"),
        ("a3", "ORG", "Russian Justice Ministry"),
        ("a4", "ORG", "Justice Ministry"),
        ("a4", "GPE", "Moscow"),
    )
    got = ids(df)
    assert got["m0"] == got["m1"] == got["m2"]
    assert got["m4"] == got["m5"] != got["m0"]


def test_a_nations_parliament_is_not_its_unions():
    df = rows(
        ("a0", "ORG", "Scottish Parliament"),
        ("a0", "ORG", "Parliament"),
        ("a1", "ORG", "UK Parliament"),
        ("a2", "ORG", "British Parliament"),
        ("a3", "ORG", "Welsh Parliament"),
    )
    res = resolve_entities(df, days(4))
    got = entity_ids_of(res, df)
    assert got["m0"] == got["m1"]  # the bare name in the Scottish article
    assert got["m2"] == got["m3"]
    assert len({got["m0"], got["m2"], got["m4"]}) == 3
    assert "Scottish Parliament" in set(res.organisations["name"])


def test_an_alias_of_a_generic_name_is_scoped_like_it():
    df = rows(
        ("a0", "ORG", "GOP"),
        ("a0", "GPE", "Ohio"),
        ("a1", "ORG", "Republican Party"),
        ("a1", "GPE", "Texas"),
        ("a2", "ORG", "Republican Party"),
        ("a2", "GPE", "Turkey"),
    )
    got = ids(df)
    assert got["m0"] == got["m2"]  # "GOP" is the American party
    assert got["m4"] != got["m0"]


def test_a_generic_name_takes_the_article_country_the_corpus_qualifies_it_with():
    df = rows(
        ("a0", "ORG", "US Senate"),
        # An article mostly about another country that also names the US.
        ("a1", "GPE", "Moscow"),
        ("a1", "GPE", "Russia"),
        ("a1", "GPE", "Washington"),
        ("a1", "ORG", "Senate"),
        # Nothing in the article is a country the corpus qualifies "Senate" with:
        # its leading country stands.
        ("a2", "GPE", "Lima"),
        ("a2", "ORG", "Senate"),
    )
    res = resolve_entities(df, days(3))
    got = entity_ids_of(res, df)
    assert got["m0"] == got["m4"] != got["m6"]
    assert sorted(res.organisations["name"]) == ["Senate (Peru)", "US Senate"]


def test_a_us_state_short_form_places_its_article_in_the_us():
    df = rows(
        # "Kan" (Kansas) is also a town in Nigeria; "R-S.C." no Seychelles code.
        ("a0", "GPE", "Kan"),
        ("a0", "ORG", "Senate"),
        ("a1", "GPE", "R-S.C."),
        ("a1", "ORG", "Senate"),
        ("a2", "ORG", "US Senate"),
    )
    res = resolve_entities(df, days(3))
    got = entity_ids_of(res, df)
    assert got["m1"] == got["m3"] == got["m4"]
    assert list(res.organisations["name"]) == ["US Senate"]


def test_a_generic_name_takes_the_country_of_its_qualified_leading_part():
    df = rows(
        ("a0", "ORG", "US House"),
        ("a1", "GPE", "Moscow"),
        ("a1", "GPE", "Russia"),
        ("a1", "GPE", "Washington"),
        ("a1", "ORG", "House Intelligence Committee"),
    )
    res = resolve_entities(df, days(2))
    assert sorted(res.organisations["name"]) == [
        "House Intelligence Committee (United States)",
        "US House",
    ]


def test_a_name_of_something_is_no_part_of_its_leading_word():
    df = rows(
        ("a0", "ORG", "US House"),
        ("a1", "GPE", "London"),
        ("a1", "GPE", "Britain"),
        ("a1", "GPE", "US"),
        ("a1", "ORG", "House of Lords"),
    )
    res = resolve_entities(df, days(2))
    assert sorted(res.organisations["name"]) == [
        "House of Lords (United Kingdom)",
        "US House",
    ]


def test_an_acronym_spelling_the_minor_words_too_joins_its_long_form():
    df = rows(
        *[(f"a{i}", "ORG", "Department of Fisheries") for i in range(3)],
        ("a3", "ORG", "DOF"),
        ("a4", "ORG", "DOF"),
        # Only in capitals: "Now" is no "Network of Women".
        ("a5", "ORG", "Network of Women"),
        ("a6", "ORG", "Now"),
        # Only a long form named as often: "SOE" of three articles is no
        # "School of Economics" of one.
        ("a7", "ORG", "School of Economics"),
        *[(f"a{i}", "ORG", "SOE") for i in range(8, 11)],
    )
    got = ids(df, days(11))
    assert got["m0"] == got["m3"] == got["m4"]
    assert got["m5"] != got["m6"]
    assert got["m7"] != got["m8"] == got["m9"]


def test_a_party_misnamed_with_its_acronym_is_the_party():
    # News often writes the Scottish National Party "Scottish Nationalist Party";
    # both pair with "SNP", and a nationalist party is a name many countries share.
    df = rows(
        ("a0", "ORG", "Scottish National Party"),
        ("a0", "ORG", "SNP", "Scottish National Party"),
        ("a1", "ORG", "Scottish Nationalist Party"),
        ("a1", "ORG", "SNP", "Scottish Nationalist Party"),
        ("a2", "ORG", "SNP"),
        # Another country's nationalist party stays apart.
        ("a3", "ORG", "Maltese Nationalist Party"),
    )
    got = ids(df, days(4))
    assert len({got[f"m{i}"] for i in range(5)}) == 1
    assert got["m5"] != got["m0"]


def test_an_acronym_does_not_join_a_long_form_scoped_by_one_article_s_country():
    df = rows(
        ("a0", "GPE", "Berlin"),
        ("a0", "GPE", "Germany"),
        ("a0", "ORG", "Ministry of Justice"),
        ("a0", "ORG", "MOJ", "Ministry of Justice"),
        ("a1", "ORG", "MOJ"),
        ("a2", "ORG", "MOJ"),
    )
    got = ids(df)
    assert got["m2"] == got["m3"]  # in its own article the acronym is the ministry
    assert got["m4"] == got["m5"] != got["m2"]


def test_an_acronym_of_other_initials_joins_its_long_form_scoped_by_a_country():
    # "MAP" spells no English words of "National Justice Party": the party's
    # own name in its language, so a bare "MAP" elsewhere is that party.
    df = rows(
        ("a0", "GPE", "Ankara"),
        ("a0", "GPE", "Turkey"),
        ("a0", "ORG", "National Justice Party"),
        ("a0", "ORG", "MAP", "National Justice Party"),
        ("a1", "ORG", "MAP"),
        ("a2", "ORG", "MAP"),
    )
    res = resolve_entities(df, days(3))
    got = entity_ids_of(res, df)
    assert got["m2"] == got["m3"] == got["m4"] == got["m5"]
    assert res.organisations["name"].tolist() == ["National Justice Party (Türkiye)"]


def test_a_family_name_with_its_particle_is_the_person_it_stands_for():
    df = rows(
        ("a0", "PERSON", "Odile Le Garrec"),
        ("a1", "PERSON", "Odile Le Garrec"),
        ("a2", "ORG", "Le Garrec"),  # "the Le Garrec campaign"
        ("a3", "ORG", "Le Garrec"),
        ("a4", "ORG", "Le Garrec"),
    )
    res = resolve_entities(df, days(5))
    got = entity_ids_of(res, df)
    assert got["m2"] == got["m3"] == got["m4"] == got["m0"]
    assert res.people["name"].tolist() == ["Odile Le Garrec"]
    assert res.organisations.empty


def test_a_particle_and_a_name_is_the_display_name_when_nothing_is_longer():
    df = rows(
        ("a0", "PERSON", "Al Brandt"),
        ("a0", "PERSON", "Brandt", "Al Brandt"),
        ("a0", "PERSON", "Brandt", "Al Brandt"),
    )
    res = resolve_entities(df, days(1))
    assert res.people["name"].tolist() == ["Al Brandt"]


def test_a_name_without_the_head_news_leaves_off_is_the_one_name_with_it():
    df = rows(
        ("a0", "ORG", "Department of Harbour Safety"),
        ("a1", "ORG", "Harbour Safety"),
        ("a2", "ORG", "Marsh Reform"),
        ("a3", "ORG", "Marsh Reform Party"),
        ("a4", "ORG", "Marsh Reform Department"),
        ("a5", "ORG", "Kestrel"),
        ("a6", "ORG", "Kestrel Party"),
    )
    got = ids(df)
    assert got["m0"] == got["m1"]
    # Two longer names could be meant: neither is taken.
    assert len({got["m2"], got["m3"], got["m4"]}) == 3
    # One word alone is too little to stand for a name.
    assert got["m5"] != got["m6"]


def test_one_word_scoped_by_a_country_is_that_country_s_one_name_with_the_head():
    df = rows(
        ("a0", "ORG", "British Labour Party"),
        ("a1", "GPE", "Leeds"),
        ("a1", "ORG", "Labour"),
        ("a2", "GPE", "Amsterdam"),
        ("a2", "ORG", "Labour"),
    )
    got = ids(df, days(3))
    assert got["m0"] == got["m2"] != got["m4"]


def test_a_bare_security_council_is_the_un_s_and_a_qualified_one_its_country_s():
    df = rows(
        ("a0", "ORG", "UN Security Council"),
        ("a1", "GPE", "Somalia"),
        ("a1", "ORG", "Security Council"),
        ("a2", "ORG", "Russian Security Council"),
    )
    res = resolve_entities(df, days(3))
    got = entity_ids_of(res, df)
    assert got["m0"] == got["m2"] != got["m3"]
    assert sorted(res.organisations["name"]) == [
        "Russian Security Council",
        "UN Security Council",
    ]


def _stated(n_model_person: int, n_org_rule: int, **person_extra) -> pd.DataFrame:
    """A name the model calls a person in `n_model_person` articles and a rule
    calls an organisation in the next `n_org_rule`; `person_extra` (rule_id,
    honorific) goes on the first person mention."""
    items = [("PERSON", "", "")] * n_model_person
    items += [("ORG", "org:before-title", "")] * n_org_rule
    out = []
    for i, (label, rule, hon) in enumerate(items):
        if i == 0:
            rule = person_extra.get("rule_id", rule)
            hon = person_extra.get("honorific", hon)
        out.append((f"m{i}", f"a{i}", "body", label, "Brenna Dal", "", rule, hon))
    return pd.DataFrame(out, columns=[*COLUMNS[:-1], "rule_id", "honorific"])


def _model_mention_is(df: pd.DataFrame) -> str:
    res = resolve_entities(df, days(12))
    got = entity_ids_of(res, df)
    return "org" if got["m1"] in set(res.organisations["org_id"]) else "person"


def test_a_name_the_text_calls_an_organisation_twice_outweighs_model_person_votes():
    # Eight model votes for a person outweigh two rule votes (3 each) in the plain
    # count; with no person evidence but the model's, the text wins.
    df = _stated(8, 2)
    assert _model_mention_is(df) == "org"
    assert resolve_entities(df, days(12)).people.empty


def test_one_article_calling_it_an_organisation_leaves_the_model_majority():
    assert _model_mention_is(_stated(8, 1)) == "person"


def test_any_person_evidence_keeps_the_vote():
    for extra in ({"honorific": "Ms"}, {"rule_id": "person:honorific"}):
        assert _model_mention_is(_stated(8, 2, **extra)) == "person", extra


def test_two_romanisations_of_a_russian_first_name_are_one_person():
    df = rows(
        ("a0", "PERSON", "Sergei Voltanov"),
        ("a1", "PERSON", "Sergey Voltanov"),
        ("a2", "PERSON", "Voltanov"),
        ("a3", "PERSON", "Dmitri Oskin"),
        ("a4", "PERSON", "Dmitriy Oskin"),
    )
    got = ids(df)
    assert got["m0"] == got["m1"] == got["m2"]
    assert got["m3"] == got["m4"] != got["m0"]


def test_romanisations_inside_a_first_name_are_one_person():
    # "ks" and "x", an initial "Ye" and "E", "-andr" and "-ander" (one article
    # each, so no name dominates the other), and the pairs below
    for a, b in (
        ("Aleksandr Voltanov", "Alexander Voltanov"),
        ("Maksim Oskin", "Maxim Oskin"),
        ("Yevgeny Pelkov", "Evgeniy Pelkov"),
        ("Aleksei Drubin", "Alexey Drubin"),
        # "yo" and "e", "ck" and "k", "ph" and "f"
        ("Pyotr Voltanov", "Petr Voltanov"),
        ("Fyodor Oskin", "Fedor Oskin"),
        ("Nickolay Pelkov", "Nikolay Pelkov"),
        ("Joseph Drubin", "Josef Drubin"),
        # a Ukrainian name's Ukrainian and Russian forms
        ("Petro Voltanov", "Pyotr Voltanov"),
        ("Volodymyr Oskin", "Vladimir Oskin"),
        ("Mykola Pelkov", "Nikolay Pelkov"),
    ):
        got = ids(rows(("a0", "PERSON", a), ("a1", "PERSON", b)))
        assert got["m0"] == got["m1"], (a, b)
    # not two first names that only share the sound ("Alex" opens both)
    got = ids(
        rows(
            ("a0", "PERSON", "Alexander Voltanov"), ("a1", "PERSON", "Alexis Voltanov")
        )
    )
    assert got["m0"] != got["m1"]


def test_both_names_romanised_otherwise_are_one_person():
    # First and family name both written another way, one article against two.
    df = rows(*_spread("Sergei Voltanskoi", 2), ("a2", "PERSON", "Sergey Voltanskoy"))
    assert len(set(ids(df, days(9)).values())) == 1
    # a man's and a woman's first names ending alike stay two people
    df = rows(*_spread("Terry Voltanskoi", 2), ("a2", "PERSON", "Terri Voltanskoy"))
    assert len(set(ids(df, days(9)).values())) == 2


def test_two_romanisations_of_a_woman_s_first_name_are_one_person():
    # "-ia", "-ya" and "-iya" end one Russian or Ukrainian woman's name; "Julia"
    # and "Yulia" differ in more than the ending and stay apart.
    df = rows(
        ("a0", "PERSON", "Natalia Voltanova"),
        ("a1", "PERSON", "Natalya Voltanova"),
        ("a2", "PERSON", "Yulia Oskina"),
        ("a3", "PERSON", "Yuliya Oskina"),
        ("a4", "PERSON", "Julia Oskina"),
    )
    got = ids(df)
    assert got["m0"] == got["m1"]
    assert got["m2"] == got["m3"] != got["m4"]


def test_a_first_name_cut_short_is_the_same_first_name():
    df = rows(
        ("a0", "PERSON", "Clinton Voltanov"),
        ("a1", "PERSON", "Clint Voltanov"),
        ("a2", "PERSON", "Clint Voltanov"),
        # one gender each: two people
        ("a3", "PERSON", "Paul Oskin"),
        ("a4", "PERSON", "Paula Oskin"),
    )
    got = ids(df)
    assert got["m0"] == got["m1"] == got["m2"]
    assert got["m3"] != got["m4"]


def test_a_man_s_and_a_woman_s_name_spelt_alike_stay_two_people():
    df = rows(("a0", "PERSON", "Jerry Quillan"), ("a1", "PERSON", "Jerri Quillan"))
    got = ids(df)
    assert got["m0"] != got["m1"]


def test_a_bare_acronym_joins_the_one_long_form_it_spells_though_scoped():
    # "National Health Service" is generic (every word is), so it takes its
    # article's country; the bare acronym of another article still joins it.
    df = rows(
        ("a0", "GPE", "Leeds"),
        ("a0", "ORG", "National Health Service"),
        ("a1", "ORG", "NHS"),
    )
    res = resolve_entities(df, days(2))
    got = entity_ids_of(res, df)
    assert got["m1"] == got["m2"]
    assert res.organisations["name"].tolist() == [
        "National Health Service (United Kingdom)"
    ]


def test_a_bare_acronym_two_scoped_long_forms_spell_joins_neither():
    df = rows(
        ("a0", "GPE", "Leeds"),
        ("a0", "ORG", "National Health Service"),
        ("a1", "GPE", "Dublin"),
        ("a1", "ORG", "National Health Service"),
        ("a2", "ORG", "NHS"),
    )
    got = ids(df, days(3))
    assert got["m1"] != got["m3"]
    assert got["m4"] not in (got["m1"], got["m3"])


def test_a_house_of_representatives_is_its_country_s_house():
    df = rows(
        ("a0", "ORG", "US House"),
        ("a1", "GPE", "Ohio"),
        ("a1", "ORG", "House of Representatives"),
        ("a2", "ORG", "US House of Representatives"),
        ("a3", "GPE", "Manila"),
        ("a3", "ORG", "House of Representatives"),
    )
    got = ids(df, days(4))
    assert got["m0"] == got["m2"] == got["m3"] != got["m5"]


def test_a_city_the_model_mostly_calls_a_person_is_a_place_when_no_one_is_named_so():
    df = rows(
        *[(f"a{i}", "PERSON", "Rotterdam") for i in range(4)],
        ("a4", "GPE", "Rotterdam"),
        # The model's "Only Rotterdam" (a sentence start) is no one's full name.
        ("a4", "PERSON", "Only Rotterdam"),
        # A place that is someone's family name may stand for that person.
        ("a5", "PERSON", "Dana Clinton"),
        ("a6", "PERSON", "Clinton"),
        ("a7", "PERSON", "Clinton"),
    )
    res = resolve_entities(df, days(8))
    assert sorted(res.people["name"]) == ["Dana Clinton", "Only Rotterdam"]
    got = ids(df, days(8))
    assert got["m7"] == got["m8"] == got["m6"]
    assert "m0" not in got


def test_a_demonym_or_country_form_the_model_calls_a_person_is_no_person():
    df = rows(
        # "Moldovan migrants", "the Moldovan cabinet": a demonym, no one's name.
        *[(f"a{i}", "PERSON", "Moldovan") for i in range(3)],
        ("a3", "NORP", "Moldovan"),
        # "French Guiana" split by the model: a country's other name.
        ("a4", "PERSON", "Guiana"),
        # A demonym that is someone's family name may stand for that person.
        ("a5", "PERSON", "Mara Cuban"),
        ("a6", "PERSON", "Cuban"),
        # One organisation so named outweighs the demonym's small prior.
        ("a7", "ORG", "Rossiya"),
        ("a8", "ORG", "Rossiya"),
    )
    res = resolve_entities(df, days(9))
    assert sorted(res.people["name"]) == ["Mara Cuban"]
    assert res.organisations["name"].tolist() == ["Rossiya"]
    got = ids(df, days(9))
    assert got["m5"] == got["m6"]
    assert not {"m0", "m1", "m2", "m4"} & set(got)


def test_a_city_with_a_title_before_it_is_a_person():
    df = rows(*[(f"a{i}", "PERSON", "Rotterdam") for i in range(3)])
    df["honorific"] = ["Mr", "", ""]
    res = resolve_entities(df, days(3))
    assert res.people["name"].tolist() == ["Rotterdam"]


def _famous(n_articles: int, other: int = 0) -> pd.DataFrame:
    items = [(f"a{i}", "PERSON", "Orla Brennock") for i in range(n_articles)]
    items += [(f"b{i}", "PERSON", "Orla Quist") for i in range(other)]
    return rows(*items, ("c0", "PERSON", "Orla"))


def test_a_first_name_alone_is_the_famous_person_it_opens():
    df = _famous(50)
    got = ids(df, {})
    assert got[df["mention_id"].iloc[-1]] == got["m0"]


def test_a_first_name_alone_stays_itself_for_a_less_famous_or_shared_name():
    for df in (_famous(49), _famous(50, 6)):
        got = ids(df, {})
        assert got[df["mention_id"].iloc[-1]] != got["m0"]


def _spelled_once(long: str, acronym: str, alone: int) -> dict[str, str]:
    """Ids when article a0 pairs `long` with `acronym` and `alone` more articles
    write the acronym alone (mentions m2 onwards)."""
    items = [("a0", "ORG", long), ("a0", "ORG", acronym, long)]
    items += [(f"a{i}", "ORG", acronym) for i in range(1, alone + 1)]
    return ids(rows(*items), days(alone + 1))


def test_a_country_s_long_form_spelled_once_does_not_claim_a_common_acronym():
    # One Kenyan article spells out "Kenyan Bottling Company (KBC)"; six others
    # write KBC alone, a broadcaster: they stay apart, the first article's own
    # acronym stays with its company.
    got = _spelled_once("Kenyan Bottling Company", "KBC", 6)
    assert got["m0"] == got["m1"]
    assert len({got[f"m{i}"] for i in range(2, 8)}) == 1
    assert got["m2"] != got["m0"]


def test_a_common_acronym_joins_a_long_form_not_named_for_a_country():
    # As a news agency's: spelled out once, written alone everywhere.
    got = _spelled_once("Coastal Press Agency", "CPA", 6)
    assert len({got[f"m{i}"] for i in range(8)}) == 1


def test_a_country_s_long_form_keeps_an_acronym_written_alone_as_often():
    items = [
        ("a0", "ORG", "Kenyan Bottling Company"),
        ("a0", "ORG", "KBC", "Kenyan Bottling Company"),
        ("a1", "ORG", "Kenyan Bottling Company"),
        ("a2", "ORG", "KBC"),
        ("a3", "ORG", "KBC"),
    ]
    got = ids(rows(*items), days(4))
    assert len({got[f"m{i}"] for i in range(5)}) == 1


def _acronym_abroad(long: str, long_place: str, acronym: str, place: str):
    """One article naming `long` among places of `long_place`; three naming the
    bare `acronym` among places of `place`."""
    items = [("a0", "ORG", long), ("a0", "GPE", long_place), ("a0", "GPE", long_place)]
    for i in range(3):
        items += [(f"b{i}", "ORG", acronym), (f"b{i}", "GPE", place)] * 2
    return rows(*items)


def test_an_acronym_of_another_countrys_news_joins_no_long_form_by_initials():
    df = _acronym_abroad("Brookfield Police Department", "Texas", "BPD", "Germany")
    got = ids(df)
    assert got["m0"] != got["m3"]


def test_an_acronym_joins_a_long_form_of_the_same_countrys_news_by_initials():
    df = _acronym_abroad("Brookfield Police Department", "Texas", "BPD", "Ohio")
    got = ids(df)
    assert got["m0"] == got["m3"]


def test_a_long_form_belongs_to_the_country_it_names_and_an_international_to_none():
    # Named for Norway, though reported from Texas: Norway's "NLB" is its acronym.
    df = _acronym_abroad("Norwegian Lumber Board", "Texas", "NLB", "Oslo")
    got = ids(df)
    assert got["m0"] == got["m3"]
    df = _acronym_abroad("World Rowing Federation", "Kenya", "WRF", "Germany")
    got = ids(df)
    assert got["m0"] == got["m3"]


def test_an_alias_shorter_than_its_lexicon_name_is_no_display_name():
    # "Fed" is written more often than "Federal Reserve", but it is the org_aliases
    # lexicon's short form of it, as an acronym would be.
    df = rows(
        ("a0", "ORG", "Fed"),
        ("a1", "ORG", "Fed"),
        ("a2", "ORG", "Fed"),
        ("a3", "ORG", "Federal Reserve"),
    )
    res = resolve_entities(df, days(4))
    assert res.organisations["name"].tolist() == ["Federal Reserve"]


def _spread(name: str, n: int, start: int = 0) -> list[tuple]:
    return [(f"a{start + i}", "PERSON", name) for i in range(n)]


def test_a_name_with_a_slip_of_one_letter_joins_the_name_that_dominates_it():
    df = rows(*_spread("Marta Oyelaranka", 5), ("a5", "PERSON", "Marta Oyelaranca"))
    got = ids(df, days(9))
    assert len(set(got.values())) == 1
    assert resolve_entities(df, days(9)).people["name"].tolist() == ["Marta Oyelaranka"]


def test_a_slip_does_not_join_a_name_that_does_not_dominate_it():
    # two people may share such names: four articles against one, or three to one
    for major, minor in ((4, 1), (6, 2)):
        df = rows(
            *_spread("Marta Oyelaranka", major),
            *_spread("Marta Oyelaranca", minor, major),
        )
        assert len(set(ids(df, days(9)).values())) == 2, (major, minor)
    # a name written family name first ends with a given name
    df = rows(*_spread("Wang Xiaojin", 6), ("a6", "PERSON", "Wang Xiaojie"))
    assert len(set(ids(df, days(9)).values())) == 2
    # the first names may differ only when one of them is no known given name
    df = rows(*_spread("Marta Oyelaranka", 6), ("a6", "PERSON", "Marte Oyelaranka"))
    assert len(set(ids(df, days(9)).values())) == 2
    df = rows(*_spread("Ivanka Oyelaranka", 6), ("a6", "PERSON", "Ivana Oyelaranka"))
    assert len(set(ids(df, days(9)).values())) == 2


def test_two_names_one_slip_apart_in_one_article_are_one_person():
    # written both ways in one article: joined whatever the counts, a letter
    # changed or two letters swapped, in the family name or the first name
    for minor in ("Marta Oyelaranca", "Marta Oyelarnaka", "Mrata Oyelaranka"):
        df = rows(("a0", "PERSON", "Marta Oyelaranka"), ("a0", "PERSON", minor))
        assert len(set(ids(df, days(9)).values())) == 1, minor
    # not in two articles, nor two slips apart
    df = rows(
        ("a0", "PERSON", "Marta Oyelaranka"), ("a1", "PERSON", "Marta Oyelaranca")
    )
    assert len(set(ids(df, days(9)).values())) == 2
    df = rows(("a0", "PERSON", "Marta Oyelaranka"), ("a0", "PERSON", "Marta Oyelarnca"))
    assert len(set(ids(df, days(9)).values())) == 2
    # two known given names one letter apart stay two people, as across articles
    df = rows(
        ("a0", "PERSON", "Ivanka Oyelaranka"), ("a0", "PERSON", "Ivana Oyelaranka")
    )
    assert len(set(ids(df, days(9)).values())) == 2


def test_a_first_name_with_a_slip_joins_the_name_that_dominates_it():
    # a letter dropped, two letters swapped, a letter changed: no given names
    for slip in ("Katarzna", "Katrazyna", "Katarzyma"):
        df = rows(
            *_spread("Katarzyna Oyelaranka", 5), ("a5", "PERSON", f"{slip} Oyelaranka")
        )
        got = resolve_entities(df, days(9)).people
        assert got["name"].tolist() == ["Katarzyna Oyelaranka"], slip
    # without a dominant name, when the known given name is in as many articles
    # (name_slips._known_first); not in fewer, nor two slips away
    df = rows(
        *_spread("Katarzyna Oyelaranka", 1), ("a4", "PERSON", "Katarzna Oyelaranka")
    )
    assert len(set(ids(df, days(9)).values())) == 1
    df = rows(
        *_spread("Katarzyna Oyelaranka", 1), *_spread("Katarzna Oyelaranka", 2, 1)
    )
    assert len(set(ids(df, days(9)).values())) == 2
    df = rows(
        *_spread("Katarzyna Oyelaranka", 6), ("a6", "PERSON", "Katrazna Oyelaranka")
    )
    assert len(set(ids(df, days(9)).values())) == 2


def test_romanisations_of_one_cyrillic_family_name_are_one_person():
    for a, b in (
        ("Viktor Marchukovych", "Viktor Marchukovich"),
        ("Oleg Sadovskiy", "Oleg Sadovsky"),
        ("Pavel Yevtushkin", "Pavel Evtushkin"),
        ("Ivan Moiseyev", "Ivan Moiseev"),
    ):
        # whatever their counts: two articles against three
        df = rows(*_spread(a, 2), *_spread(b, 3, 2))
        assert len(set(ids(df, days(9)).values())) == 1, (a, b)
    # not another first name, nor an English name opening with "Ye" and a vowel
    df = rows(*_spread("Pavel Yevtushkin", 2), *_spread("Petr Evtushkin", 3, 2))
    assert len(set(ids(df, days(9)).values())) == 2
    df = rows(*_spread("Mary Yeager", 2), *_spread("Mary Eager", 3, 2))
    assert len(set(ids(df, days(9)).values())) == 2


def test_a_family_name_written_with_and_without_a_space_is_one_person():
    for a, b in (
        ("Betsy Van Dorn", "Betsy VanDorn"),
        ("Ross Mc Tavish", "Ross McTavish"),
    ):
        # whatever their counts: one article against three
        df = rows(*_spread(a, 1), *_spread(b, 3, 1))
        assert len(set(ids(df, days(9)).values())) == 1, (a, b)
    # not after another first name
    df = rows(*_spread("Betsy Van Dorn", 2), *_spread("Bert VanDorn", 3, 2))
    assert len(set(ids(df, days(9)).values())) == 2


@pytest.mark.parametrize(
    ("full", "short"),
    [
        # press releases call a company "the Group" once named
        ("Varnok-Telse Group", "Group"),
        # a paper is "the Herald" after its full name
        ("Kestrel Valley Herald", "Herald"),
    ],
)
def test_a_short_form_written_most_is_still_no_display_name(full, short):
    df = rows(("a0", "ORG", full), *[("a0", "ORG", short)] * 3)
    res = resolve_entities(df, days(1))
    assert res.organisations["name"].tolist() == [full]
    assert len(set(entity_ids_of(res, df).values())) == 1


def test_a_masthead_word_is_its_articles_one_newspaper_or_itself():
    df = rows(
        ("a0", "ORG", "Kestrel Valley Herald"),
        ("a0", "ORG", "Herald"),
        ("a1", "ORG", "Herald"),  # no longer name: a paper called so
        ("a2", "ORG", "Kestrel Valley Herald"),
        ("a2", "ORG", "Norland Herald"),
        ("a2", "ORG", "Herald"),  # two papers end so: neither
    )
    got = ids(df)
    assert got["m1"] == got["m0"] == got["m3"]
    assert got["m2"] and got["m2"] != got["m0"]
    assert got["m5"] == got["m2"]
