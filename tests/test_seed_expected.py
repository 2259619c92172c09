"""The worked example of DESIGN.md, end to end, against ../shared/expected (skips
when absent).
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from pipeline.runner.run import run
from pipeline.settings import Settings


@pytest.fixture(scope="module")
def seed_tables(seed_path, tmp_path_factory):
    expected_path = seed_path.parents[1] / "expected" / f"{seed_path.stem}.json"
    if not expected_path.exists():
        pytest.skip("no expected tables for the seed")
    out = tmp_path_factory.mktemp("seed")
    run([seed_path], Settings(out_dir=out))
    tables = {
        t: pd.read_csv(out / f"{t}.csv", dtype=str, keep_default_na=False)
        for t in (
            "articles",
            "mentions",
            "organisations",
            "org_relations",
            "people",
            "roles",
            "dates",
        )
    }
    return tables, json.loads(expected_path.read_text())


def _org(orgs: pd.DataFrame, ref: str) -> pd.Series:
    """The one organisation an expected reference (acronym or name fragment) names."""
    hit = orgs[
        (orgs["acronym"] == ref)
        | orgs["name"].str.contains(ref, case=False, regex=False)
    ]
    assert len(hit) == 1, (ref, hit)
    return hit.iloc[0]


def test_article(seed_tables):
    t, exp = seed_tables
    row = t["articles"].iloc[0]
    assert (row.published, row.status) == (
        exp["article"]["published"],
        exp["article"]["status"],
    )


def test_organisations_exactly(seed_tables):
    t, exp = seed_tables
    orgs = t["organisations"]
    assert len(orgs) == len(exp["organisations"])
    for e in exp["organisations"]:
        hit = orgs[
            orgs["name"].str.contains(e["name_contains"], case=False, regex=False)
        ]
        assert len(hit) == 1 and hit.iloc[0]["acronym"] == e["acronym"], e
    for bad in exp["not_organisations"]:
        assert not ((orgs["name"] == bad) | (orgs["acronym"] == bad)).any(), bad
    for prefix in exp["org_names_never_start_with"]:
        assert not orgs["name"].str.startswith(prefix).any()


def test_relations(seed_tables):
    t, exp = seed_tables
    got = set(
        zip(t["org_relations"]["child_org_id"], t["org_relations"]["parent_org_id"])
    )
    want = {
        (_org(t["organisations"], c).org_id, _org(t["organisations"], p).org_id)
        for c, p in exp["org_relations_part_of"]
    }
    assert got == want


def test_people_and_aliases(seed_tables):
    t, exp = seed_tables
    people = t["people"]
    assert sorted(people["name"]) == sorted(exp["people_exactly"])
    for name, aliases in exp["people_aliases"].items():
        have = set(people.loc[people["name"] == name, "aliases"].iloc[0].split("|"))
        assert set(aliases) <= have
    # DESIGN.md: the person is also mentioned as "Mr. Hung".
    assert "Mr. Hung" in people.loc[
        people["name"] == "Tran Quang Hung", "aliases"
    ].iloc[0].split("|")


def test_every_mention_labelled_and_linked(seed_tables):
    t, exp = seed_tables
    m = t["mentions"]
    for text, label in exp["every_mention_labelled"].items():
        rows = m[m["text"] == text]
        assert len(rows) > 0 and set(rows["label"]) == {label}, text
        assert set(rows["entity_id"]) == {_org(t["organisations"], text).org_id}


def test_roles(seed_tables):
    t, exp = seed_tables
    roles = t["roles"]
    assert len(roles) == len(exp["roles"])
    for e in exp["roles"]:
        r = roles[roles["person_name"] == e["person_name"]]
        assert len(r) == 1
        r = r.iloc[0]
        assert (r.title, r.qualifier) == (e["title"], e["qualifier"])
        assert e["org_name_contains"].lower() in r.org_name.lower()
        assert r.org_id == _org(t["organisations"], e["org_name_contains"]).org_id


def test_dates(seed_tables):
    t, exp = seed_tables
    got = set(zip(t["dates"]["text"], t["dates"]["value"], t["dates"]["kind"]))
    for e in exp["dates"]:
        assert (e["text"], e["value"], e["kind"]) in got
