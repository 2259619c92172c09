"""A role's country read from the corpus: the one the same person's same title
gets elsewhere."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from pipeline import schemas
from pipeline.reduce.role_country import (
    ARTICLE_COUNTRY_RULE,
    COUNTRY_RULE,
    ORG_COUNTRY_RULE,
    article_countries,
    article_country_roles,
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


def test_a_national_office_takes_the_person_s_one_country_of_other_titles():
    # "Minister" is a national office here (five rows, all with a country);
    # per_a is XK's Foreign Minister elsewhere, so "Minister per_a" is XK's.
    # "Chair" is no national office; per_c's countries disagree.
    offices = [(f"per_{k}", "Minister", "", "YT") for k in "vwxyz"]
    got = corpus_countries(
        roles(
            *offices,
            ("per_a", "Foreign Minister", "", "XK"),
            ("per_a", "Minister", "", ""),
            ("per_a", "Chair", "", ""),
            ("per_c", "Foreign Minister", "", "XK"),
            ("per_c", "Prime Minister", "", "YT"),
            ("per_c", "Minister", "", ""),
        )
    )
    assert got["country"].tolist()[5:] == ["XK", "XK", "", "XK", "YT", ""]
    assert got["rule_id"].tolist()[6] == f"role:prenominal_title+{COUNTRY_RULE}"


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


def places(*items) -> pd.DataFrame:
    """(article_id, text, label) -> place mention rows."""
    return pd.DataFrame(list(items), columns=["article_id", "text", "label"])


def test_an_article_is_in_the_country_most_of_its_places_are_in():
    got = article_countries(
        places(
            # a1: Romania four times (a city, the country, a nationality) of five
            ("a1", "Bucharest", "GPE"),
            ("a1", "Romania", "GPE"),
            ("a1", "Romanian", "NORP"),
            ("a1", "Bucharest", "GPE"),
            ("a1", "Hungary", "GPE"),
            ("a1", "Zorbland", "GPE"),  # unknown: not counted
            # a2: three of four is Kenya but under the count that decides
            ("a2", "Nairobi", "GPE"),
            ("a2", "Kenya", "GPE"),
            ("a2", "Kenyan", "NORP"),
            # a3: two countries as often: none
            ("a3", "France", "GPE"),
            ("a3", "Paris", "GPE"),
            ("a3", "French", "NORP"),
            ("a3", "Lyon", "GPE"),
            ("a3", "Germany", "GPE"),
            ("a3", "Berlin", "GPE"),
            ("a3", "German", "NORP"),
            ("a3", "Munich", "GPE"),
        )
    )
    assert got == {"a1": "RO"}


def _national(*extra):
    """Five stated "President" rows (a national office) in other articles."""
    stated = [("per_z", "President", "", "XK")] * 5
    return roles(*stated, *extra).assign(article_id=["b"] * 5 + ["a1"] * len(extra))


def test_a_national_office_named_before_the_person_takes_its_articles_country():
    df = _national(
        ("per_a", "President", "", ""),  # filled
        ("per_b", "President", "Harbour Trust", ""),  # an organisation's office
        ("per_c", "Chief Executive Officer", "", ""),  # no national office
        ("per_d", "President", "", "XK"),  # states its own
    )
    got = article_country_roles(df, {"a1": "RO"})
    assert got["country"].tolist()[5:] == ["RO", "", "", "XK"]
    assert got["rule_id"].tolist()[5] == f"role:prenominal_title+{ARTICLE_COUNTRY_RULE}"


def test_an_office_after_the_name_or_in_an_article_without_a_country_stays_empty():
    df = _national(("per_a", "President", "", ""), ("per_b", "President", "", ""))
    # "X, president of the advertising company": an organisation left unnamed
    df.loc[df.index[-1], "rule_id"] = "role:appos_person_title"
    assert article_country_roles(df, {"a1": "RO"})["country"].tolist()[5:] == [
        "RO",
        "",
    ]
    assert article_country_roles(df, {"zz": "RO"})["country"].tolist()[5:] == ["", ""]


def test_article_countries_do_not_depend_on_row_order():
    df = _national(("per_a", "President", "", ""), ("per_b", "Mayor", "", ""))
    pl = places(*[("a1", "Bucharest", "GPE")] * 3, ("a1", "Romania", "GPE"))
    want = article_country_roles(df, article_countries(pl)).set_index("role_id")
    for seed in range(3):
        got = article_country_roles(
            df.sample(frac=1, random_state=seed),
            article_countries(pl.sample(frac=1, random_state=seed)),
        )
        pd.testing.assert_frame_equal(got.set_index("role_id").loc[want.index], want)
    assert want["country"].tolist()[-2:] == ["RO", ""]


def test_an_adviser_is_no_national_office_however_often_a_country_is_stated():
    # Six of nine "Adviser" rows elsewhere name a country (one president's
    # advisers, quoted story after story): the article's country is still no
    # guess for an adviser named before the name. "Envoy" so stated is one.
    for title, want in (("Adviser", ""), ("Consultant", ""), ("Envoy", "RO")):
        rows = [("per_z", title, "", "XK")] * 6 + [("per_y", title, "", "")] * 3
        df = roles(*rows, ("per_a", title, "", ""))
        df = df.assign(article_id=["b"] * 9 + ["a1"])
        assert article_country_roles(df, {"a1": "RO"})["country"].tolist()[-1] == want


def test_a_minister_is_a_national_office_however_rarely_its_country_is_stated():
    # No row states a country for these titles, and each is written once: the
    # word says they are a government's offices, before the name or after it.
    df = roles(
        ("per_a", "Health Minister", "", ""),
        ("per_b", "Minister of State", "", ""),
        ("per_c", "Vice Premier", "", ""),
        ("per_d", "Chief Executive Officer", "", ""),
        ("per_e", "President", "", ""),
    ).assign(article_id="a1")
    df["rule_id"] = ["role:appos_person_title"] * 3 + ["role:prenominal_title"] * 2
    got = article_country_roles(df, {"a1": "RO"})
    assert got["country"].tolist() == ["RO", "RO", "RO", "", ""]
    assert (
        got["rule_id"].tolist()[0] == f"role:appos_person_title+{ARTICLE_COUNTRY_RULE}"
    )
    # A minister's office of an organisation named in the sentence keeps none.
    df.loc[0, ["org_id", "org_name"]] = ["org_x", "Harbour Trust"]
    assert article_country_roles(df, {"a1": "RO"})["country"].tolist()[0] == ""


def test_a_portfolio_s_secretary_is_a_national_office_others_are_not():
    # Each title written once, none with a country: a secretary of a portfolio
    # is a government's; a press, general or company secretary is a person's,
    # a party's or a firm's.
    titles = [
        ("Education Secretary", "RO"),
        ("Home Secretary", "RO"),
        ("Foreign Secretary", "RO"),
        ("Press Secretary", ""),
        ("General Secretary", ""),
        ("Company Secretary", ""),
        ("Secretary", ""),
    ]
    df = roles(*((f"per_{k}", t, "", "") for k, (t, _) in enumerate(titles)))
    got = article_country_roles(df.assign(article_id="a1"), {"a1": "RO"})
    assert got["country"].tolist() == [want for _, want in titles]


def _article_countries_of(titles: list[str], rule_id: str) -> list[str]:
    """The article's country (RO) as `article_country_roles` gives it to each
    title, each written once by `rule_id`, none with a country of its own."""
    df = roles(*((f"per_{k}", t, "", "") for k, t in enumerate(titles)))
    df["rule_id"] = rule_id
    got = article_country_roles(df.assign(article_id="a1"), {"a1": "RO"})
    return got["country"].tolist()


@pytest.mark.parametrize(
    ("title", "before", "after"),
    [
        # a country's legislator sits in its government, before the name or after
        ("Member of Parliament", "RO", "RO"),
        ("Congressman", "RO", "RO"),
        ("Lawmaker", "RO", "RO"),
        # a member of the European Parliament, a party's or a board's does not
        ("Member of the European Parliament", "", ""),
        ("Member", "", ""),
        ("Board Member", "", ""),
        # a court's judges hold a state's office, written before the name; after
        # it a judge may judge a contest ("X, a judge of the prize")
        ("Judge", "RO", ""),
        ("Chief Justice", "RO", ""),
        ("Magistrate", "RO", ""),
        # a portfolio, not a bench: the EU's justice commissioner
        ("Justice Commissioner", "", ""),
        ("Foreman", "", ""),
        ("Referee", "", ""),
    ],
)
def test_a_seat_in_a_legislature_or_on_a_bench_is_a_national_office(
    title, before, after
):
    assert _article_countries_of([title], "role:prenominal_title") == [before]
    assert _article_countries_of([title], "role:appos_person_title") == [after]


def test_a_minister_takes_the_persons_one_country_of_other_titles():
    got = corpus_countries(
        roles(
            ("per_a", "Foreign Minister", "", "XK"),
            ("per_a", "Health Minister", "", ""),
            ("per_a", "Chair", "", ""),
        )
    )
    assert got["country"].tolist() == ["XK", "XK", ""]


def test_an_article_naming_no_other_country_is_in_its_publishers():
    pl = places(
        ("a1", "Dublin", "GPE"),  # the publisher's own country, once
        ("a3", "Bucharest", "GPE"),  # another country named
        *[("a4", "Romania", "GPE")] * 4,  # four of four: its places decide
    )
    homes = {"a0": "IE", "a1": "IE", "a3": "IE", "a4": "IE", "a5": ""}
    # a0 names no place at all; a2 has no publisher's country.
    assert article_countries(pl, homes) == {"a0": "IE", "a1": "IE", "a4": "RO"}
    assert article_countries(pl) == {"a4": "RO"}
