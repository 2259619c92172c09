"""Generic names whose bare form means one country's body in English news (lexicon
home_countries), on invented articles with hand-set mentions: the resolver, not
the model."""

from __future__ import annotations

import pytest
from resolved_ids import entity_ids_of
from test_corpus_resolution import days, ids, rows

from pipeline.lang.countries import country_name
from pipeline.lang.lexicons import rows as lexicon_rows
from pipeline.lang.orgscope import is_generic
from pipeline.reduce.entities import resolve_entities


@pytest.mark.parametrize("row", lexicon_rows("home_countries"), ids=lambda r: r["name"])
def test_every_home_country_entry_is_a_generic_name_and_a_country(row):
    # A name that is not generic is never scoped, so its entry would do nothing.
    assert is_generic(row["name"])
    assert country_name(row["country"])
    assert row["abroad"] in ("yes", "no")


def test_a_home_body_in_a_foreign_story_is_the_home_country_s():
    df = rows(
        # A report on Russia that names the US once: the committee is still the US's.
        ("a0", "GPE", "Moscow"),
        ("a0", "GPE", "Russia"),
        ("a0", "NORP", "Russian"),
        ("a0", "GPE", "Washington"),
        ("a0", "ORG", "Democratic National Committee"),
        ("a1", "GPE", "Ohio"),
        ("a1", "ORG", "Democratic National Committee"),
        # No country at all: the bare name means the home body.
        ("a2", "ORG", "Democratic National Committee"),
    )
    res = resolve_entities(df, days(3))
    got = entity_ids_of(res, df)
    assert got["m4"] == got["m6"] == got["m7"]
    assert list(res.organisations["name"]) == [
        "Democratic National Committee (United States)"
    ]


def test_an_article_that_names_no_home_country_still_means_the_home_body():
    # The bare name means the home body even in a story that names only Poland
    # (lexicon abroad=yes); a generic name without a home country takes the
    # story's own ("Senate"), and so does one marked abroad=no (Canada's
    # "House of Commons").
    df = rows(
        ("a0", "GPE", "London"),
        ("a0", "ORG", "House of Lords"),
        ("a1", "GPE", "Poland"),
        ("a1", "ORG", "House of Lords"),
        ("a2", "GPE", "Ohio"),
        ("a2", "ORG", "US Senate"),
        ("a3", "GPE", "Poland"),
        ("a3", "ORG", "Senate"),
        ("a4", "GPE", "London"),
        ("a4", "ORG", "House of Commons"),
        ("a5", "GPE", "Ottawa"),
        ("a5", "ORG", "House of Commons"),
    )
    got = ids(df, days(6))
    assert got["m1"] == got["m3"]
    assert got["m5"] != got["m7"]
    assert got["m9"] != got["m11"]


def test_the_story_s_own_qualified_mention_beats_the_home_country():
    df = rows(
        ("a0", "GPE", "Poland"),
        ("a0", "ORG", "Polish House of Lords"),
        ("a0", "ORG", "House of Lords"),
        ("a1", "GPE", "London"),
        ("a1", "ORG", "House of Lords"),
    )
    got = ids(df, days(2))
    assert got["m1"] == got["m2"] != got["m4"]


def test_a_scoped_long_form_makes_a_bare_acronym_ambiguous():
    df = rows(
        ("a0", "GPE", "Ohio"),
        ("a0", "ORG", "Democratic National Committee"),
        ("a0", "ORG", "DNC", "Democratic National Committee"),
        ("a1", "ORG", "Democratic Party National Convention"),
        ("a1", "ORG", "DNC", "Democratic Party National Convention"),
        ("a2", "ORG", "DNC"),
    )
    got = ids(df, days(3))
    assert got["m1"] == got["m2"]
    assert got["m3"] == got["m4"]
    assert got["m5"] != got["m3"]
