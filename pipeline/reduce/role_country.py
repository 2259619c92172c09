"""The country of an office a role names without saying whose it is.

"President Donald Trump" names an office but not its country; the corpus
often does elsewhere ("US President Donald Trump"). A role with no country and
no organisation takes the country the corpus gives the same person's same
title, when every role of that person and title that gives one gives the same
("Vice President" of two countries stays empty). Its rule_id gains
`COUNTRY_RULE`, so a row says where its country came from.
"""

from __future__ import annotations

import pandas as pd

COUNTRY_RULE = "role:country-from-corpus"


def corpus_countries(roles: pd.DataFrame) -> pd.DataFrame:
    """`roles` (roles table rows) with the corpus's one country for a person's
    title filled in where a row has neither country nor organisation (see
    module doc). Order-independent: the same rows in any order get the same
    countries."""
    if roles.empty:
        return roles
    known = roles[(roles["country"] != "") & (roles["person_id"] != "")]
    given = known.groupby(["person_id", "title"])["country"].agg(frozenset)
    one = {k: next(iter(v)) for k, v in given.items() if len(v) == 1}
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
