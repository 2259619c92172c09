"""A role's organisation read from the corpus: the one the same person's same
title names elsewhere (`reduce.role_orgs`)."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from test_role_country import roles

from pipeline.reduce.role_country import ARTICLE_COUNTRY_RULE, COUNTRY_RULE
from pipeline.reduce.role_orgs import ORG_RULE, corpus_orgs


def _orgs(df: pd.DataFrame) -> list[str]:
    return corpus_orgs(df)["org_name"].tolist()


def test_an_office_named_without_its_body_takes_the_one_the_corpus_gives():
    df = roles(
        ("per_a", "Chair", "Kestrel Bank", ""),
        ("per_a", "Chair", "Kestrel Bank", ""),
        ("per_a", "Chair", "", ""),
        # another title of the person, or another person's, gives nothing
        ("per_a", "Adviser", "", ""),
        ("per_b", "Chair", "", ""),
    )
    got = corpus_orgs(df)
    assert got["org_name"].tolist() == ["Kestrel Bank"] * 3 + ["", ""]
    assert got["org_id"].tolist()[2] == "org_Kestrel Bank"
    assert got["rule_id"].tolist()[2] == f"role:prenominal_title+{ORG_RULE}"
    assert got["rule_id"].tolist()[0] == "role:prenominal_title"


def test_one_reading_or_two_bodies_fill_nothing():
    one = roles(("per_a", "Judge", "Northwind News", ""), ("per_a", "Judge", "", ""))
    assert _orgs(one)[-1] == ""
    two = roles(
        ("per_a", "Chief Executive Officer", "Marlow", ""),
        ("per_a", "Chief Executive Officer", "Marlow", ""),
        ("per_a", "Chief Executive Officer", "Halvorsen", ""),
        ("per_a", "Chief Executive Officer", "", ""),
    )
    assert _orgs(two)[-1] == ""


def test_a_country_the_text_gave_keeps_the_row_as_it_is_an_inferred_one_not():
    df = roles(
        ("per_a", "Speaker", "Kestrel Assembly", ""),
        ("per_a", "Speaker", "Kestrel Assembly", ""),
        ("per_a", "Speaker", "", "XK"),
        ("per_a", "Speaker", "", "XK"),
        ("per_a", "Speaker", "", "XK"),
    )
    df.loc[3, "rule_id"] += f"+{COUNTRY_RULE}"
    df.loc[4, "rule_id"] += f"+{ARTICLE_COUNTRY_RULE}"
    got = corpus_orgs(df)
    assert got["org_name"].tolist()[2:] == ["", "Kestrel Assembly", "Kestrel Assembly"]
    assert got["country"].tolist()[2:] == ["XK"] * 3


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_the_same_rows_in_any_order_get_the_same_organisations(rnd):
    df = roles(
        ("per_a", "Chair", "Kestrel Bank", ""),
        ("per_a", "Chair", "Kestrel Bank", ""),
        ("per_a", "Chair", "", ""),
        ("per_b", "Leader", "Marlow Party", ""),
        ("per_b", "Leader", "Marlow Party", ""),
        ("per_b", "Leader", "Halvorsen Party", ""),
        ("per_b", "Leader", "", ""),
    )
    want = corpus_orgs(df).set_index("role_id")
    order = list(df.index)
    rnd.shuffle(order)
    got = corpus_orgs(df.loc[order]).set_index("role_id").loc[want.index]
    pd.testing.assert_frame_equal(got, want)


def test_no_roles_no_rows():
    assert corpus_orgs(roles()).empty
