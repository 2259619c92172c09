"""Step 8 of organisation resolution (reduce.orgs.acronym_links): a bare acronym
that joined no long form is, in an article naming one organisation it spells,
that organisation there."""

from __future__ import annotations

import pandas as pd
from test_corpus_resolution import days, ids, rows

from pipeline.reduce.orgs import KNOWN_BARE_ARTICLES


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


def test_an_article_spelling_an_acronym_paired_elsewhere_takes_it_there():
    # One article's pairing does not tell another article's readers what HSA is:
    # that article names the organisation the letters spell.
    df = rows(
        ("a0", "ORG", "Harbour Safety Authority"),
        ("a0", "ORG", "HSA", "Harbour Safety Authority"),
        ("a1", "ORG", "Highland Sailing Association"),
        ("a1", "ORG", "HSA"),
        ("a2", "ORG", "HSA"),
    )
    got = ids(df, days(3))
    assert got["m1"] == got["m0"] != got["m2"]
    assert got["m3"] == got["m2"]
    # Where no long form is named, the pairing stands.
    assert got["m4"] == got["m0"]


def _known_acronym(alone: int) -> pd.DataFrame:
    """HSA paired with its long form once, then written alone in `alone` articles;
    the last article names only another organisation with its initials."""
    items = [
        ("a0", "ORG", "Harbour Safety Authority"),
        ("a0", "ORG", "HSA", "Harbour Safety Authority"),
    ]
    items += [(f"a{i + 1}", "ORG", "HSA") for i in range(alone)]
    last = f"a{alone + 1}"
    items += [(last, "ORG", "Highland Sailing Association"), (last, "ORG", "HSA")]
    return rows(*items)


def test_an_acronym_the_corpus_writes_alone_keeps_its_long_form():
    # Written alone in KNOWN_BARE_ARTICLES articles (the last one included), the
    # acronym is one readers know: an article's own long form does not take it.
    df = _known_acronym(KNOWN_BARE_ARTICLES - 1)
    got = ids(df, days(KNOWN_BARE_ARTICLES + 1))
    n = len(df)
    assert got[f"m{n - 1}"] == got["m0"] != got[f"m{n - 2}"]
    # One article fewer, and the article's own long form takes it.
    df = _known_acronym(KNOWN_BARE_ARTICLES - 2)
    got = ids(df, days(KNOWN_BARE_ARTICLES))
    n = len(df)
    assert got[f"m{n - 1}"] == got[f"m{n - 2}"] != got["m0"]


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
