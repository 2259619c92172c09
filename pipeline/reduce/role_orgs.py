"""The organisation of an office a role names without saying whose it is.

"President Jean-Claude Juncker" names an office but not its body; the corpus
often does elsewhere ("European Commission President Jean-Claude Juncker"). A
role whose text names neither an organisation nor a country (its country, if
any, the corpus's or its article's: `role_country`, which runs first and
counts such a row as naming no body) takes the organisation the corpus gives
the same person's same title, when at least `MIN_ROWS` rows of
that person and title name it and at least `MIN_SHARE` of those that name one
agree: one reading ("Judge Andrew Napolitano" beside a Fox News role) is too
little, and a title held at two organisations ("Chief Executive Officer" of
two firms, as often) stays open. Its rule_id gains `ORG_RULE`, so a row says
where its organisation came from; its role_id, which names the statement the
text made, stays.
"""

from __future__ import annotations

import re

import pandas as pd

from pipeline.reduce.role_country import (
    ARTICLE_COUNTRY_RULE,
    COUNTRY_RULE,
    ORG_COUNTRY_RULE,
    title_majority,
)

ORG_RULE = "role:org-from-corpus"
# The rule ids of a country no word of the row's sentence gave.
INFERRED_COUNTRY = "|".join(
    re.escape(r) for r in (COUNTRY_RULE, ARTICLE_COUNTRY_RULE, ORG_COUNTRY_RULE)
)
# The rows of a person's title that must name the organisation, and their share of
# the rows naming one.
MIN_ROWS = 2
MIN_SHARE = 0.8


def corpus_orgs(roles: pd.DataFrame) -> pd.DataFrame:
    """`roles` (roles table rows) with the corpus's one organisation for a person's
    title filled in where the text gave a row neither organisation nor country
    (module doc). Order-independent: the same rows in any order get the same
    organisations."""
    if roles.empty:
        return roles
    known = roles[(roles["org_id"] != "") & (roles["person_id"] != "")]
    one = title_majority(known, "org_id", MIN_SHARE, MIN_ROWS)
    names = dict(zip(known["org_id"], known["org_name"]))
    inferred = roles["rule_id"].str.contains(INFERRED_COUNTRY, regex=True)
    open_ = (
        ((roles["country"] == "") | inferred)
        & (roles["org_id"] == "")
        & (roles["org_name"] == "")
        & (roles["person_id"] != "")
    )
    found = pd.Series(
        [one.get((pid, t), "") for pid, t in zip(roles["person_id"], roles["title"])],
        index=roles.index,
    )
    fill = open_ & (found != "")
    out = roles.copy()
    out.loc[fill, "org_id"] = found[fill]
    out.loc[fill, "org_name"] = found[fill].map(names)
    out.loc[fill, "rule_id"] = out.loc[fill, "rule_id"] + "+" + ORG_RULE
    return out
