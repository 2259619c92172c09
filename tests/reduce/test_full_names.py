"""full_names: an organisation row is named by the full form its cluster writes
("House of Lords", "Northwind Socialist Party"), not by the short form used most;
on hand-made key rows and on invented articles through the resolver."""

from __future__ import annotations

import pandas as pd
from test_corpus_resolution import days, rows

from pipeline.reduce.entities import resolve_entities
from pipeline.reduce.full_names import full_names


def _names(anchors: dict[str, list[str]], chosen: dict[str, str]) -> dict[str, str]:
    keys = pd.DataFrame(
        [(root, a) for root, xs in anchors.items() for a in xs],
        columns=["root", "anchor"],
    )
    return full_names(keys, pd.Series(chosen)).to_dict()


def test_a_short_name_takes_the_full_form_its_cluster_writes():
    got = _names(
        {
            "r1": ["Lords", "House of Lords"],
            "r2": ["Northwind Socialist", "Northwind Socialist Party"],
            "r3": ["Kestrel Treasury", "Kestrel Treasury Department"],
        },
        {"r1": "Lords", "r2": "Northwind Socialist", "r3": "Kestrel Treasury"},
    )
    assert got == {
        "r1": "House of Lords",
        "r2": "Northwind Socialist Party",
        "r3": "Kestrel Treasury Department",
    }


def test_no_full_form_or_two_of_them_keep_the_name():
    got = _names(
        {
            # only another name that contains it
            "r1": ["Marlow", "Marlow Bank"],
            # two full forms: which one is the name is not known
            "r2": [
                "Halvorsen Labour",
                "Halvorsen Labour Party",
                "Halvorsen Labour Ministry",
            ],
            # already the full form
            "r3": ["House of Commons", "Commons"],
        },
        {"r1": "Marlow", "r2": "Halvorsen Labour", "r3": "House of Commons"},
    )
    assert got == {"r1": "Marlow", "r2": "Halvorsen Labour", "r3": "House of Commons"}


def test_the_resolver_names_the_row_in_full_and_keeps_every_alias():
    df = rows(
        ("a0", "ORG", "Northwind Socialist Party"),
        ("a1", "ORG", "Northwind Socialist"),
        ("a2", "ORG", "Northwind Socialist"),
        ("a3", "ORG", "Northwind Socialist"),
    )
    orgs = resolve_entities(df, days(4)).organisations
    assert list(orgs["name"]) == ["Northwind Socialist Party"]
    assert list(orgs["aliases"]) == ["Northwind Socialist|Northwind Socialist Party"]
    assert list(orgs["n_mentions"]) == [4]
