"""Sports teams across articles: place, full name and nickname are one organisation
(pipeline.reduce.teams), only in sports reports and only when one team fits."""

from __future__ import annotations

import pandas as pd
import pytest
from resolved_ids import entity_ids_of

from pipeline.reduce.entities import resolve_entities
from pipeline.reduce.keys import distinct_keys
from pipeline.reduce.teams import place_and_nickname

COLUMNS = ["mention_id", "article_id", "label", "text", "link", "rule_id"]
STANDINGS = "sports:standings-row"


def _mentions(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS).assign(honorific="")


# s1 is a standings table (place names by rule), s2 and s3 match reports, b1 a
# business page.
MENTIONS = _mentions(
    [
        ("m01", "s1", "ORG", "TULSA", "", STANDINGS),
        ("m02", "s1", "ORG", "OMAHA", "", STANDINGS),
        ("m03", "s1", "ORG", "DENVER", "", STANDINGS),
        ("m04", "s2", "ORG", "Tulsa Thunderhawks", "", ""),
        ("m05", "s2", "ORG", "Omaha", "", "team:result-subject"),
        ("m06", "s2", "ORG", "Omaha Comets", "", ""),
        ("m07", "s3", "ORG", "Thunderhawks", "", ""),
        ("m08", "s3", "ORG", "Omaha Lancers", "", ""),
        ("m09", "s3", "ORG", "Boise", "", "team:result-object"),
        ("m10", "b1", "ORG", "Denver Mining Council", "", ""),
        ("m11", "b1", "ORG", "Boise Ridgebacks", "", ""),
    ]
)


def _ids(mentions: pd.DataFrame) -> dict[str, str]:
    return entity_ids_of(resolve_entities(mentions, {}), mentions)


def test_place_full_name_and_nickname_of_one_team_are_one_organisation():
    ids = _ids(MENTIONS)
    assert ids["m01"] == ids["m04"] == ids["m07"]
    assert len({ids[m] for m in ("m01", "m02", "m03", "m09")}) == 4


def test_a_place_with_two_teams_stays_itself():
    ids = _ids(MENTIONS)
    assert ids["m02"] == ids["m05"]  # OMAHA = Omaha: one key
    assert len({ids["m02"], ids["m06"], ids["m08"]}) == 3


def test_full_names_outside_sports_reports_are_no_teams():
    ids = _ids(MENTIONS)
    # Denver of the standings never meets the mining council of the business page,
    # and a team's name there is no full team name for Boise of a match report.
    assert ids["m03"] != ids["m10"]
    assert ids["m09"] != ids["m11"]


def test_a_place_without_team_mentions_is_not_linked():
    plain = MENTIONS.assign(rule_id="")
    ids = _ids(plain)
    assert ids["m01"] != ids["m04"]
    # Without team mentions no article is a sports report: the nickname stays too.
    assert ids["m07"] != ids["m04"]


def test_order_and_keys_do_not_change_the_tables():
    a = resolve_entities(MENTIONS, {})
    b = resolve_entities(distinct_keys(MENTIONS.iloc[::-1].reset_index(drop=True)), {})
    pd.testing.assert_frame_equal(a.organisations, b.organisations)


def test_team_mentions_are_counted_per_key():
    keys = distinct_keys(MENTIONS).set_index("text")
    assert keys.loc["TULSA", "n_team"] == 1
    assert keys.loc["Tulsa Thunderhawks", "n_team"] == 0


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Tulsa Thunderhawks", ("tulsa", "thunderhawks")),
        ("Kansas City Ridgebacks", ("kansas city", "ridgebacks")),
        ("Boise Red Herons", ("boise", "red herons")),
        ("Tulsa", None),  # a place alone
        ("Tulsa Boise", None),  # two places
        ("Tulsa Omaha Comets", None),  # two teams run together
        ("Boise FA", None),  # an acronym is no nickname
        ("Tulsa Mining Council of Workers", None),  # more than two words after it
        ("Thunderhawks", None),
        ("", None),
    ],
)
def test_place_and_nickname(name, expected):
    assert place_and_nickname(name) == expected
