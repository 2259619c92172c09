"""Step 8 of organisation resolution (reduce.orgs.acronym_links): a bare acronym
that joined no long form is, in an article naming one organisation it spells,
that organisation there."""

from __future__ import annotations

from test_corpus_resolution import days, ids, rows


def test_a_bare_acronym_is_the_one_organisation_its_article_spells():
    # Two long forms spell HSA in the corpus, so no reading holds everywhere.
    df = rows(
        ("a0", "ORG", "Harbour Safety Authority"),
        ("a0", "ORG", "HSA"),
        ("a1", "ORG", "Highland Sailing Association"),
        ("a2", "ORG", "HSA"),
    )
    got = ids(df, days(3))
    assert got["m1"] == got["m0"]
    # Elsewhere nothing says which HSA it is.
    assert got["m3"] not in (got["m0"], got["m2"])


def test_two_organisations_with_the_initials_leave_the_acronym_alone():
    df = rows(
        ("a0", "ORG", "Harbour Safety Authority"),
        ("a0", "ORG", "Highland Sailing Association"),
        ("a0", "ORG", "HSA"),
    )
    got = ids(df, days(1))
    assert got["m2"] not in (got["m0"], got["m1"])


def test_an_acronym_the_corpus_pairs_keeps_its_long_form():
    df = rows(
        ("a0", "ORG", "Harbour Safety Authority"),
        ("a0", "ORG", "HSA", "Harbour Safety Authority"),
        ("a1", "ORG", "Highland Sailing Association"),
        ("a1", "ORG", "HSA"),
    )
    got = ids(df, days(2))
    assert got["m3"] == got["m0"] != got["m2"]


def test_the_link_does_not_depend_on_the_order_of_the_mentions():
    items = [
        ("a0", "ORG", "Harbour Safety Authority"),
        ("a0", "ORG", "HSA"),
        ("a1", "ORG", "Highland Sailing Association"),
        ("a1", "ORG", "HSA"),
    ]
    got = ids(rows(*items), days(2))
    flipped = ids(rows(*reversed(items)), days(2))
    assert got["m1"] == got["m0"] == flipped["m2"] == flipped["m3"]
    assert got["m3"] == got["m2"] == flipped["m0"] == flipped["m1"] != got["m0"]
