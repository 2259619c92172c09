"""A generic name linked with the country the model read apart from it ("Russian"
"Senate" linked "Russian Senate": `nlp.country_links`), on invented articles with
hand-set mentions: the resolver, not the model."""

from __future__ import annotations

from resolved_ids import entity_ids_of
from test_corpus_resolution import days, rows

from pipeline.reduce.entities import resolve_entities


def test_a_linked_country_scopes_its_article_but_not_the_corpus():
    df = rows(
        ("a0", "ORG", "US Senate"),
        # A report from Moscow: the linked mention and the bare one after it are
        # Russia's Senate.
        ("a1", "GPE", "Moscow"),
        ("a1", "NORP", "Russian"),
        ("a1", "ORG", "Senate", "Russian Senate"),
        ("a1", "ORG", "Senate"),
        # A report on an inquiry into Russia that names Washington: only the US
        # writes "Senate" with its country in the corpus, so it is the US Senate.
        ("a2", "GPE", "Russia"),
        ("a2", "GPE", "Russia"),
        ("a2", "GPE", "Washington"),
        ("a2", "ORG", "Senate"),
    )
    res = resolve_entities(df, days(3))
    got = entity_ids_of(res, df)
    assert got["m3"] == got["m4"] != got["m0"]
    assert got["m8"] == got["m0"]
    assert sorted(res.organisations["name"]) == ["Russian Senate", "US Senate"]


def test_a_linked_country_is_the_organisation_s_name():
    # Without the link the article's leading country scoped it ("Senate (Russia)").
    df = rows(
        ("a0", "GPE", "Moscow"),
        ("a0", "GPE", "Moscow"),
        ("a0", "NORP", "French"),
        ("a0", "ORG", "Senate", "French Senate"),
    )
    res = resolve_entities(df, days(1))
    assert list(res.organisations["name"]) == ["French Senate"]


def test_a_possessive_country_names_its_body_by_the_country():
    # A report on North Korea quoting South Korea's spy agency: the link, not
    # the article's leading country, scopes it; and the possessive is no name.
    df = rows(
        ("a0", "GPE", "North Korea"),
        ("a0", "GPE", "North Korea"),
        ("a0", "GPE", "South Korea"),
        (
            "a0",
            "ORG",
            "National Intelligence Service",
            "South Korea's National Intelligence Service",
        ),
        ("a0", "ORG", "National Intelligence Service"),
    )
    res = resolve_entities(df, days(1))
    got = entity_ids_of(res, df)
    assert got["m3"] == got["m4"]
    assert list(res.organisations["name"]) == [
        "National Intelligence Service (South Korea)"
    ]


def test_a_possessive_long_form_still_gives_its_acronym_elsewhere():
    # The long form first written after its country's possessive: its initials
    # are the acronym's, so the bare NHS of other reports is that body.
    df = rows(
        ("a0", "GPE", "Britain"),
        ("a0", "ORG", "National Health Service", "Britain's National Health Service"),
        ("a1", "GPE", "London"),
        ("a1", "ORG", "National Health Service"),
        ("a2", "GPE", "London"),
        ("a2", "ORG", "NHS"),
        ("a3", "GPE", "London"),
        ("a3", "ORG", "NHS"),
    )
    res = resolve_entities(df, days(4))
    got = entity_ids_of(res, df)
    assert got["m1"] == got["m3"] == got["m5"] == got["m7"]
    assert len(res.organisations) == 1
