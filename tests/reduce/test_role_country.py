"""A role's country read from the corpus: the one the same person's same title
gets elsewhere."""

from __future__ import annotations

import random

import pandas as pd

from pipeline import schemas
from pipeline.reduce.role_country import (
    COUNTRY_RULE,
    ORG_COUNTRY_RULE,
    corpus_countries,
    org_countries,
)


def roles(*items) -> pd.DataFrame:
    """(person_id, title, org_name, country) -> roles rows."""
    out = []
    for i, (pid, title, org, country) in enumerate(items):
        row = dict.fromkeys(schemas.ROLES.names, "")
        row.update(
            role_id=f"r{i}",
            person_id=pid,
            title=title,
            org_id=f"org_{org}" if org else "",
            org_name=org,
            country=country,
            rule_id="role:prenominal_title",
        )
        out.append(row)
    return pd.DataFrame(out, columns=schemas.ROLES.names)


def test_an_office_named_without_its_country_takes_the_one_the_corpus_gives():
    got = corpus_countries(
        roles(
            ("per_a", "President", "", "XK"),
            ("per_a", "President", "", ""),
            ("per_a", "Chair", "", ""),  # another title: nothing to go by
            ("per_b", "President", "", ""),  # another person
            ("per_a", "President", "Harbour Trust", ""),  # an organisation's office
        )
    )
    assert got["country"].tolist() == ["XK", "XK", "", "", ""]
    assert got["rule_id"].tolist()[:2] == [
        "role:prenominal_title",
        f"role:prenominal_title+{COUNTRY_RULE}",
    ]


def test_two_countries_for_one_office_fill_nothing():
    got = corpus_countries(
        roles(
            ("per_a", "Vice President", "", "XK"),
            ("per_a", "Vice President", "", "YT"),
            ("per_a", "Vice President", "", ""),
        )
    )
    assert got["country"].tolist() == ["XK", "YT", ""]


def test_a_clear_majority_of_countries_fills_one_stray_does_not_block_it():
    stated = [("per_a", "Vice President", "", "XK")] * 4
    got = corpus_countries(
        roles(
            *stated,
            ("per_a", "Vice President", "", "YT"),
            ("per_a", "Vice President", "", ""),
        )
    )
    assert got["country"].tolist() == ["XK"] * 4 + ["YT", "XK"]
    # Three to one is no clear majority.
    got = corpus_countries(
        roles(
            *stated[:3],
            ("per_a", "Vice President", "", "YT"),
            ("per_a", "Vice President", "", ""),
        )
    )
    assert got["country"].tolist()[-1] == ""


def test_the_same_rows_in_any_order_get_the_same_countries():
    df = roles(
        ("per_a", "President", "", "XK"),
        ("per_a", "President", "", ""),
        ("per_b", "Mayor", "", ""),
        ("per_b", "Mayor", "", "YT"),
    )
    want = corpus_countries(df).set_index("role_id")
    for seed in range(3):
        shuffled = df.sample(frac=1, random_state=random.Random(seed).randint(0, 99))
        got = corpus_countries(shuffled).set_index("role_id").loc[want.index]
        pd.testing.assert_frame_equal(got, want)


def test_no_roles_no_rows():
    assert corpus_countries(roles()).empty
    assert org_countries(roles()).empty


def test_a_body_the_corpus_resolved_to_a_countrys_government_gives_its_country():
    got = org_countries(
        roles(
            ("per_a", "Majority Leader", "US Senate", ""),
            ("per_b", "Spokesperson", "Chinese Foreign Ministry", ""),
            ("per_c", "Minister", "Government of Kenya", ""),
            ("per_d", "Chair", "US Senate Intelligence Committee", ""),  # a unit
            ("per_e", "Director", "Senate", ""),  # whose, it does not say
            ("per_f", "Ambassador", "Russian Foreign Ministry", "CY"),  # kept
            ("per_g", "Manager", "Harbour Trust", ""),
        )
    )
    assert got["country"].tolist() == ["US", "CN", "KE", "", "", "CY", ""]
    assert (
        got["rule_id"].tolist()[:3] == [f"role:prenominal_title+{ORG_COUNTRY_RULE}"] * 3
    )
    assert set(got["rule_id"][3:]) == {"role:prenominal_title"}


def test_no_country_from_the_organisation_against_the_persons_stated_ones():
    got = org_countries(
        roles(
            ("per_a", "General", "Iraqi Army", ""),
            ("per_a", "General", "", "US"),
            ("per_a", "Commander", "US Army", ""),
        )
    )
    assert got["country"].tolist() == ["", "US", "US"]


def test_a_country_from_the_organisation_then_counts_in_the_corpus_vote():
    got = corpus_countries(
        org_countries(
            roles(
                ("per_a", "Majority Leader", "US Senate", ""),
                ("per_a", "Majority Leader", "", ""),
            )
        )
    )
    assert got["country"].tolist() == ["US", "US"]


def test_the_organisations_other_names_give_its_country_when_they_agree():
    orgs = pd.DataFrame(
        {
            "org_id": ["org_US House", "org_Harbour Trust", "org_Assembly"],
            "name": ["US House", "Harbour Trust", "Assembly"],
            "aliases": [
                "House|US House|US House of Representatives",
                "Harbour Trust|Harbour Trust Senate",  # no country named
                "Kenyan National Assembly|Ugandan National Assembly",  # two
            ],
        }
    )
    got = org_countries(
        roles(
            ("per_a", "Minority Leader", "US House", ""),
            ("per_b", "Manager", "Harbour Trust", ""),
            ("per_c", "Speaker", "Assembly", ""),
        ),
        orgs,
    )
    assert got["country"].tolist() == ["US", "", ""]
