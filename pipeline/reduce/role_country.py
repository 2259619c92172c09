"""The country of an office a role names without saying whose it is.

A role whose organisation the corpus resolved to a country's government body
("Senate" in an American article is the organisation "US Senate", "Foreign
Ministry" in a Chinese one "Chinese Foreign Ministry", "House" one whose other
names include "US House of Representatives") takes that country
(`org_countries`), as a row naming the body with its country does at
extraction, unless the person's other roles state countries and not this one
(the corpus resolved "Army" in an article led by Iraq to "Iraqi Army" for an
American general); its rule_id gains `ORG_COUNTRY_RULE`.

"President Donald Trump" names an office but not its country; the corpus
often does elsewhere ("US President Donald Trump"). A role with no country and
no organisation takes the country the corpus gives the same person's same
title, when at least `MIN_SHARE` of the roles of that person and title that
give one give the same: one misread sentence ("Russian Ambassador ... Vice
President Mike Pence") does not outvote nine "US Vice President"s, but
"Vice President" of two countries as often stays empty. Its rule_id gains
`COUNTRY_RULE`, so a row says where its country came from.
"""

from __future__ import annotations

import pandas as pd

from pipeline.lang.countries import government_country

COUNTRY_RULE = "role:country-from-corpus"
ORG_COUNTRY_RULE = "role:country-from-org"
# The share of a person's title's stated countries the one filled in must have.
MIN_SHARE = 0.8


def corpus_countries(roles: pd.DataFrame) -> pd.DataFrame:
    """`roles` (roles table rows) with the corpus's one country for a person's
    title filled in where a row has neither country nor organisation (see
    module doc). Order-independent: the same rows in any order get the same
    countries."""
    if roles.empty:
        return roles
    known = roles[(roles["country"] != "") & (roles["person_id"] != "")]
    votes = known.groupby(["person_id", "title", "country"]).size()
    one = {}
    for (pid, title), counts in votes.groupby(level=[0, 1]):
        top = counts.max()
        if top >= MIN_SHARE * counts.sum():
            one[pid, title] = counts.idxmax()[2]
    open_ = (
        (roles["country"] == "")
        & (roles["org_id"] == "")
        & (roles["org_name"] == "")
        & (roles["person_id"] != "")
    )
    found = pd.Series(
        [one.get(k, "") for k in zip(roles["person_id"], roles["title"])],
        index=roles.index,
    )
    fill = open_ & (found != "")
    out = roles.copy()
    out.loc[fill, "country"] = found[fill]
    out.loc[fill, "rule_id"] = out.loc[fill, "rule_id"] + "+" + COUNTRY_RULE
    return out


def _org_country(name: str, aliases: list[str]) -> str:
    """The government country of an organisation's name, else the one country its
    other names agree on ("US House" is also "US House of Representatives")."""
    code = government_country(name)
    if code:
        return code
    codes = {government_country(a) for a in aliases} - {""}
    return codes.pop() if len(codes) == 1 else ""


def org_countries(
    roles: pd.DataFrame, organisations: pd.DataFrame | None = None
) -> pd.DataFrame:
    """`roles` (roles table rows) with the country of each row's organisation filled
    in where a row has none and its organisation, by its name or its other
    names (`organisations` table rows' aliases), is a country's government body
    (see module doc)."""
    if roles.empty:
        return roles
    aliases: dict[str, list[str]] = {}
    if organisations is not None:
        aliases = {
            oid: [a for a in names.split("|") if a]
            for oid, names in zip(organisations["org_id"], organisations["aliases"])
        }
    found = pd.Series(
        [
            _org_country(name, aliases.get(oid, []))
            for name, oid in zip(roles["org_name"], roles["org_id"])
        ],
        index=roles.index,
    )
    stated = (
        roles[(roles["country"] != "") & (roles["person_id"] != "")]
        .groupby("person_id")["country"]
        .agg(frozenset)
        .to_dict()
    )
    agrees = pd.Series(
        [
            code in stated.get(pid, (code,))
            for pid, code in zip(roles["person_id"], found)
        ],
        index=roles.index,
    )
    fill = (roles["country"] == "") & (found != "") & agrees
    out = roles.copy()
    out.loc[fill, "country"] = found[fill]
    out.loc[fill, "rule_id"] = out.loc[fill, "rule_id"] + "+" + ORG_COUNTRY_RULE
    return out
