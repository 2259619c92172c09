"""Cross-document resolution on rows: merging tables, ids, determinism, lookups."""

from __future__ import annotations

import pandas as pd
import pytest
from resolved_ids import entity_ids_of

from pipeline.reduce.entities import (
    ORG_COLUMNS,
    PEOPLE_COLUMNS,
    resolve_entities,
    stable_id,
)

COLUMNS = [
    "mention_id",
    "article_id",
    "field",
    "label",
    "text",
    "link",
    "source",
    "rule_id",
]


def rows(*items) -> pd.DataFrame:
    """(article_id, label, text, link) tuples -> a mentions frame with sequential
    mention ids.
    """
    out = [
        (f"m{i}", art, "body", label, text, link, "model", "")
        for i, (art, label, text, link) in enumerate(items)
    ]
    return pd.DataFrame(out, columns=COLUMNS)


PUBLISHED = {"a1": "2024-03-01", "a2": "2024-04-02", "a3": "", "a4": "2023-12-31"}


# (mentions, pairs of mention ids that must share an id, pairs that must not)
MERGE_TABLE = [
    pytest.param(
        [
            ("a1", "ORG", "Harbour Safety Authority", ""),
            ("a1", "ORG", "HSA", "Harbour Safety Authority"),
            ("a2", "ORG", "the Harbour Safety Authority", ""),
            ("a2", "ORG", "HSA", "Harbour Safety Authority"),
        ],
        [("m0", "m1"), ("m0", "m2"), ("m1", "m3")],
        [],
        id="same long form across articles",
    ),
    pytest.param(
        [
            ("a1", "ORG", "Harbour Safety Authority", ""),
            ("a1", "ORG", "HSA", "Harbour Safety Authority"),
            ("a2", "ORG", "Highway Standards Agency", ""),
            ("a2", "ORG", "HSA", "Highway Standards Agency"),
        ],
        [("m0", "m1"), ("m2", "m3")],
        [("m0", "m2"), ("m1", "m3")],
        id="same acronym, different long forms",
    ),
    pytest.param(
        [
            ("a1", "ORG", "Port Authority of Lagos", ""),
            ("a1", "ORG", "PAL", "Port Authority of Lagos"),
            ("a2", "ORG", "Nigerian Port Authority of Lagos", ""),
            ("a2", "ORG", "PAL", "Nigerian Port Authority of Lagos"),
        ],
        [("m0", "m2"), ("m1", "m3")],
        [],
        id="same acronym, compatible long forms",
    ),
    pytest.param(
        [
            ("a1", "ORG", "Harbour Safety Authority", ""),
            ("a1", "ORG", "HSA", "Harbour Safety Authority"),
            ("a3", "ORG", "HSA", ""),
        ],
        [("m0", "m2")],
        [],
        id="bare acronym joins its only long form",
    ),
    pytest.param(
        [
            ("a1", "ORG", "Harbour Safety Authority", ""),
            ("a1", "ORG", "HSA", "Harbour Safety Authority"),
            ("a2", "ORG", "Highway Standards Agency", ""),
            ("a2", "ORG", "HSA", "Highway Standards Agency"),
            ("a3", "ORG", "HSA", ""),
        ],
        [],
        [("m4", "m0"), ("m4", "m2")],
        id="ambiguous bare acronym stays apart",
    ),
    pytest.param(
        [
            ("a1", "ORG", "Kestrel Marine Inc.", ""),
            ("a2", "ORG", "Kestrel Marine", ""),
            ("a3", "ORG", "Kestrel Marine Ltd", ""),
        ],
        [("m0", "m1"), ("m1", "m2")],
        [],
        id="company designators",
    ),
    pytest.param(
        [
            ("a1", "ORG", "World Grain Organisation", ""),
            ("a2", "ORG", "World Grain Organization", ""),
        ],
        [("m0", "m1")],
        [],
        id="spelling variant",
    ),
    pytest.param(
        [("a1", "ORG", "Region 1 Council", ""), ("a2", "ORG", "Region 2 Council", "")],
        [],
        [("m0", "m1")],
        id="numbers differ",
    ),
    pytest.param(
        [
            ("a1", "PERSON", "Amara Okafor", ""),
            ("a1", "PERSON", "Okafor", "Amara Okafor"),
            ("a2", "PERSON", "Amara Okafor", ""),
            ("a3", "PERSON", "Amara N. Okafor", ""),
        ],
        [("m0", "m1"), ("m0", "m2"), ("m0", "m3")],
        [],
        id="person with middle initial",
    ),
    pytest.param(
        [
            ("a1", "PERSON", "Amara Okafor", ""),
            ("a2", "PERSON", "Chidi Okafor", ""),
            ("a3", "PERSON", "Okafor", ""),
        ],
        [],
        [("m0", "m1"), ("m2", "m0"), ("m2", "m1")],
        id="never merge on a last name",
    ),
    pytest.param(
        [
            ("a1", "PERSON", "Priya Morgan", ""),
            ("a2", "PERSON", "Morgan Tellis", ""),
            ("a4", "PERSON", "Morgan Ruhl", ""),
            ("a3", "PERSON", "Morgan", ""),
        ],
        [],
        [("m3", "m0"), ("m3", "m1"), ("m3", "m2")],
        # "Morgan" opens full names of two articles and closes one of one: a first
        # name, and no famous person's.
        id="a word that opens more full names than it closes is a first name",
    ),
    pytest.param(
        [
            ("a1", "PERSON", "Paul Ryan", ""),
            ("a2", "PERSON", "Paul Ryan", ""),
            ("a4", "PERSON", "Ryan Zell", ""),
            ("a3", "PERSON", "Ryan", ""),
        ],
        [("m3", "m0")],
        [("m3", "m2")],
        id="a word that closes more full names than it opens is a family name",
    ),
    pytest.param(
        [
            ("a1", "PERSON", "Priya Morgan", ""),
            ("a1", "PERSON", "Morgan", ""),
            ("a2", "PERSON", "Morgan Tellis", ""),
            ("a4", "PERSON", "Morgan Ruhl", ""),
        ],
        [("m1", "m0")],
        [("m1", "m2"), ("m1", "m3")],
        # Beside the one full name it closes in its own article, it is that name.
        id="a first name beside the full name it closes in its article",
    ),
]


@pytest.mark.parametrize(("items", "same", "different"), MERGE_TABLE)
def test_merging(items, same, different):
    df = rows(*items)
    ids = entity_ids_of(resolve_entities(df, PUBLISHED), df)
    for a, b in same:
        assert ids[a] == ids[b], (a, b)
    for a, b in different:
        assert ids[a] != ids[b], (a, b)


def test_a_camel_case_name_alone_is_no_acronym_but_a_bare_acronym_is():
    df = rows(
        ("a1", "ORG", "WorkNest", ""),
        ("a2", "ORG", "Worknest", ""),
        ("a2", "ORG", "WorkNest", ""),
        ("a3", "ORG", "KLF", ""),
    )
    orgs = resolve_entities(df, PUBLISHED).organisations
    assert sorted(zip(orgs["name"], orgs["acronym"])) == [
        ("KLF", "KLF"),
        ("WorkNest", ""),
    ]


def test_two_articles_sharing_an_organisation_under_different_aliases():
    df = rows(
        ("a1", "ORG", "Cyber Defence Agency", ""),
        ("a1", "ORG", "CDA", "Cyber Defence Agency"),
        ("a2", "ORG", "the national Cyber Defence Agency", ""),
        ("a2", "ORG", "CDA's", "Cyber Defence Agency"),
    )
    res = resolve_entities(df, PUBLISHED)
    assert len(set(entity_ids_of(res, df).values())) == 1
    org = res.organisations.iloc[0]
    assert org["name"] == "Cyber Defence Agency"
    assert org["acronym"] == "CDA"
    assert org["aliases"] == "CDA|Cyber Defence Agency|national Cyber Defence Agency"
    assert (org["n_mentions"], org["n_articles"]) == (4, 2)
    assert (org["first_published"], org["last_published"]) == (
        "2024-03-01",
        "2024-04-02",
    )


def test_two_articles_with_one_acronym_for_two_organisations():
    res = resolve_entities(
        rows(
            ("a1", "ORG", "Automatic Identification System", ""),
            ("a1", "ORG", "AIS", "Automatic Identification System"),
            ("a2", "ORG", "Authority of Information Security", ""),
            ("a2", "ORG", "AIS", "Authority of Information Security"),
        ),
        PUBLISHED,
    )
    table = (
        res.organisations[["name", "acronym", "n_articles"]]
        .sort_values("name")
        .values.tolist()
    )
    assert table == [
        ["Authority of Information Security", "AIS", 1],
        ["Automatic Identification System", "AIS", 1],
    ]


def test_exact_people_rows():
    df = rows(
        ("a1", "PERSON", "Tran Quang Hung", ""),
        ("a1", "PERSON", "Hung", "Tran Quang Hung"),
        ("a4", "PERSON", "Hung", "Tran Quang Hung"),
        ("a1", "ORG", "Harbour Safety Authority", ""),
        ("a1", "GPE", "Hanoi", ""),
    )
    res = resolve_entities(df, PUBLISHED)
    assert list(res.people.columns) == PEOPLE_COLUMNS
    conf = res.people.pop("confidence")
    assert 0.5 < conf.iloc[0] <= 1.0  # a full name seen in two articles
    assert res.people.to_dict("records") == [
        {
            "person_id": stable_id("per_", "PERSON\x1ftran quang hung"),
            "name": "Tran Quang Hung",
            "aliases": "Hung|Tran Quang Hung",
            "n_mentions": 3,
            "n_articles": 2,
            "first_published": "2023-12-31",
            "last_published": "2024-03-01",
        }
    ]
    assert list(res.organisations.columns) == ORG_COLUMNS
    assert "m4" not in entity_ids_of(res, df)  # GPE rows are not resolved


def test_titled_mentions_add_the_titled_alias():
    df = rows(
        ("a1", "PERSON", "Tran Quang Hung", ""),
        ("a1", "PERSON", "Hung", "Tran Quang Hung"),
    )
    df["honorific"] = ["", "Mr."]
    assert resolve_entities(df, PUBLISHED).people["aliases"].tolist() == [
        "Hung|Mr. Hung|Tran Quang Hung"
    ]
    # Without the column (or with no title) nothing changes.
    assert resolve_entities(df.drop(columns="honorific"), PUBLISHED).people[
        "aliases"
    ].tolist() == ["Hung|Tran Quang Hung"]


def test_output_does_not_depend_on_row_order():
    df = rows(*MERGE_TABLE[1].values[0], *MERGE_TABLE[8].values[0])
    a = resolve_entities(df, PUBLISHED)
    b = resolve_entities(df.iloc[::-1].reset_index(drop=True), PUBLISHED)
    pd.testing.assert_frame_equal(a.organisations, b.organisations)
    pd.testing.assert_frame_equal(a.people, b.people)
    key = ["article_id", "label", "text", "link"]
    pd.testing.assert_frame_equal(
        a.assignments.sort_values(key).reset_index(drop=True),
        b.assignments.sort_values(key).reset_index(drop=True),
    )
    assert entity_ids_of(a, df) == entity_ids_of(b, df)
    assert list(a.organisations["org_id"]) == sorted(a.organisations["org_id"])


def test_empty_and_missing_values():
    empty = resolve_entities(pd.DataFrame(columns=COLUMNS), {})
    assert empty.organisations.empty and empty.people.empty and empty.assignments.empty
    df = rows(("a1", "ORG", "Harbour Safety Authority", ""))
    df.loc[0, "link"] = None
    assert len(resolve_entities(df, {}).organisations) == 1
