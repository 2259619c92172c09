"""A name that opens one longer organisation name ending in a company or
university word is that organisation ("Orbis" of "Orbis International",
reduce.article_links.opened_links): in its article, and across the corpus when
it stands for that one in most articles where it opens one. Mention rows are set
by hand, so these test the resolver, not the model; the names are invented."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from test_corpus_resolution import days, ids, rows

from pipeline.reduce.article_links import opened_links


def test_a_name_stands_for_the_one_longer_name_it_opens():
    df = rows(
        ("a0", "ORG", "Orbis International"),  # m0
        ("a0", "ORG", "Orbis"),  # m1
        ("a1", "ORG", "Orbis"),  # m2: alone, joins across the corpus
        ("a2", "ORG", "Tallow University"),  # m3
        ("a2", "ORG", "Tallow"),  # m4
    )
    for order in (df, df.iloc[::-1]):
        got = ids(order.reset_index(drop=True), days(3))
        assert got["m0"] == got["m1"] == got["m2"]
        assert got["m3"] == got["m4"] != got["m0"]


def test_acronyms_whole_names_other_heads_and_two_readings_stay_apart():
    df = rows(
        # an acronym names the whole: the longer name may be a body of it
        ("a0", "ORG", "KLT Group"),  # m0
        ("a0", "ORG", "KLT"),  # m1
        # a company name whose key drops "Corporation" is whole, not an opening
        ("a1", "ORG", "Orbis Data Corporation"),  # m2
        ("a1", "ORG", "Orbis Data Group"),  # m3
        # a council is a body of its organisation, not its longer name
        ("a2", "ORG", "Dunmore Council"),  # m4
        ("a2", "ORG", "Dunmore"),  # m5
        # two longer names in one article: neither
        ("a3", "ORG", "Harlow University"),  # m6
        ("a3", "ORG", "Harlow Group"),  # m7
        ("a3", "ORG", "Harlow"),  # m8
    )
    got = ids(df, days(4))
    assert len({got[f"m{i}"] for i in range(9)}) == 9


def test_a_name_that_opens_two_names_in_as_many_articles_joins_neither():
    df = rows(
        ("a0", "ORG", "Kestrel Group"),  # m0
        ("a0", "ORG", "Kestrel"),  # m1
        ("a1", "ORG", "Kestrel University"),  # m2
        ("a1", "ORG", "Kestrel"),  # m3
        ("a2", "ORG", "Kestrel"),  # m4
    )
    got = ids(df, days(3))
    assert got["m1"] == got["m0"] and got["m3"] == got["m2"]
    assert got["m4"] not in (got["m0"], got["m2"])


WORDS = ["orbis", "tallow", "group", "university", "international", "council", "of"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a0", "a1", "a2"]),
            st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
            st.booleans(),
        ),
        max_size=12,
    ),
    st.randoms(),
)
def test_opened_links_point_into_their_article_whatever_the_row_order(items, rnd):
    frame = pd.DataFrame(
        [(art, key, key.upper() if caps else key.title()) for art, key, caps in items],
        columns=["article_id", "key", "anchor"],
    )
    links = opened_links(frame)
    shuffled = frame.sample(frac=1, random_state=rnd.randrange(1000))
    assert opened_links(shuffled.reset_index(drop=True)) == links
    for (art, short), long in links.items():
        assert (art, long) in set(zip(frame["article_id"], frame["key"]))
        assert long.split()[: len(short.split())] == short.split()
        assert long.split()[-1] in {"group", "university", "international"}


def test_a_key_written_once_as_an_acronym_opens_nothing_in_either_row_order():
    frame = pd.DataFrame(
        [
            ("a0", "orbis", "ORBIS"),
            ("a0", "orbis", "Orbis"),
            ("a0", "orbis group", "Orbis Group"),
        ],
        columns=["article_id", "key", "anchor"],
    )
    assert (
        opened_links(frame)
        == opened_links(frame.iloc[::-1].reset_index(drop=True))
        == {}
    )
