"""split_homonyms: one organisation name that two countries' news write with two
acronyms is two names; one body with two acronyms stays one."""

from __future__ import annotations

import pandas as pd

from pipeline.reduce.homonyms import ACRONYM_MARK, split_homonyms
from pipeline.reduce.orgs import cluster_orgs


def rows(*mentions: tuple[str, str, str, str, str]) -> pd.DataFrame:
    """(key, article_id, text, anchor, lead) per mention key row."""
    return pd.DataFrame(
        mentions, columns=["key", "article_id", "text", "anchor", "lead"]
    )


LIBERTY = "liberty party"
TWO_COUNTRIES = rows(
    (LIBERTY, "a1", "Liberty Party", "Liberty Party", "AT"),
    (LIBERTY, "a1", "LPÖ", "Liberty Party", "AT"),
    (LIBERTY, "a2", "Liberty Party", "Liberty Party", "NL"),
    (LIBERTY, "a2", "PVL", "Liberty Party", "NL"),
    (LIBERTY, "a3", "PVL", "Liberty Party", "NL"),
    # no acronym: the one of the article's country, else the bare name
    (LIBERTY, "a4", "Liberty Party", "Liberty Party", "NL"),
    (LIBERTY, "a5", "Liberty Party", "Liberty Party", "FR"),
    ("harbour board", "a1", "Harbour Board", "Harbour Board", "AT"),
)


def test_two_countries_acronyms_split_the_name():
    got = list(split_homonyms(TWO_COUNTRIES))
    lpo, pvl = f"{LIBERTY}{ACRONYM_MARK}LPO", f"{LIBERTY}{ACRONYM_MARK}PVL"
    assert got == [lpo, lpo, pvl, pvl, pvl, pvl, LIBERTY, "harbour board"]


def test_the_split_reaches_the_clusters():
    roots = cluster_orgs(TWO_COUNTRIES.assign(acronym="", n=1, n_team=0))
    assert roots.nunique() == 4
    assert roots[0] == roots[1] and roots[2] == roots[3] == roots[4] == roots[5]
    assert roots[0] != roots[2] != roots[6]


def test_one_body_in_many_countries_news_stays_one():
    # the acronyms' articles lead to no one country each
    many = rows(
        ("islamic front", "a1", "IF", "Islamic Front", "IQ"),
        ("islamic front", "a2", "IFR", "Islamic Front", "SY"),
        ("islamic front", "a3", "IFR", "Islamic Front", "IQ"),
        ("islamic front", "a4", "IF", "Islamic Front", "TR"),
    )
    assert list(split_homonyms(many)) == ["islamic front"] * 4


def test_one_acronym_or_one_country_keeps_the_key():
    same_country = rows(
        ("liberty party", "a1", "LP", "Liberty Party", "NL"),
        ("liberty party", "a2", "PVL", "Liberty Party", "NL"),
    )
    assert list(split_homonyms(same_country)) == ["liberty party"] * 2
    accents = rows(
        ("liberty party", "a1", "LPÖ", "Liberty Party", "AT"),
        ("liberty party", "a2", "LPO", "Liberty Party", "DE"),
    )
    assert list(split_homonyms(accents)) == ["liberty party"] * 2


def test_without_the_columns_or_rows_nothing_changes():
    bare = pd.DataFrame({"key": ["a b"], "article_id": ["a1"]})
    assert list(split_homonyms(bare)) == ["a b"]
    assert split_homonyms(TWO_COUNTRIES.iloc[:0]).empty


def test_row_order_does_not_matter():
    shuffled = TWO_COUNTRIES.sample(frac=1, random_state=3)
    assert split_homonyms(shuffled).sort_index().tolist() == list(
        split_homonyms(TWO_COUNTRIES)
    )


def test_a_name_scoped_by_country_is_not_split_again():
    scoped = "supreme court @US"
    two = rows(
        (scoped, "a1", "SC", "Supreme Court", "US"),
        (scoped, "a2", "SCOTUS", "Supreme Court", "GB"),
    )
    assert list(split_homonyms(two)) == [scoped] * 2
