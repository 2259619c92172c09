"""Distinct entity keys: what cross-document resolution needs instead of every mention
row.

Resolution (`pipeline.reduce.entities`) only looks at a mention's article,
label, text, link and honorific, so mentions equal in those five columns are
collapsed into one key row carrying:

- `n`: how many mentions it stands for (weights every "most mentions" choice
  and n_mentions);
- `n_rule`: how many of them a rule made rather than the model (not counting
  labels propagated from other mentions; weighs the corpus-wide type vote);
- `n_team`: how many of them a sports rule made a team (rule ids starting with
  TEAM_RULES: a place that plays, a standings row), which marks the article as
  a sports report for `pipeline.reduce.teams`;
- `n_headline`: how many of them are in the article's title (field "title"): an
  organisation the corpus names only in headlines is no row of its own
  (`pipeline.reduce.orgs`);
- `first_mention`: its smallest mention_id (rows sorted by article, then this,
  meet each key in the same order as the mention rows sorted by article and
  mention_id, which decides "first anchor" and lookup-index ties);
- `first_pos`: the position of its first mention in reading order (shard
  order, then row order), which decides ties in the roles/relations link index.

The runner builds this frame out of core with DuckDB (`pipeline.reduce.distinct`);
`distinct_keys` is the in-memory equivalent for small inputs and tests.

A mention's entity depends on its (article, label, text, link, honorific): its
comparison key comes from its link or text, a family name may link to the full
name that dominates at its article's date, and a title of the other gender
rules a full name out; `pipeline.reduce.tables.finish_mentions` joins the
resolver's assignments on those five columns.
"""

from __future__ import annotations

import pandas as pd

from pipeline.reduce.defined import kept
from pipeline.schemas import ENTITY_KEYS
from pipeline.settings import RESOLUTION_LABELS

# schemas.ENTITY_KEYS: the grouping columns, then the aggregates.
KEY_COLUMNS = ENTITY_KEYS.names[:5]
AGG_COLUMNS = ENTITY_KEYS.names[5:]
# Rule-id prefixes of the sports rules that make a name a team (patterns/sports.jsonl,
# patterns/teams.jsonl).
TEAM_RULES = ("sports:", "team:")
# The field of an article's title (its headline).
HEADLINE_FIELD = "title"


def _by_rule(rule_ids: pd.Series) -> pd.Series:
    """1 where a rule made the mention: a rule id, not a propagated label (which only
    repeats another mention's evidence)."""
    made = (rule_ids != "") & ~rule_ids.str.startswith("propagated:")
    return made.astype("int64")


def distinct_keys(mentions: pd.DataFrame) -> pd.DataFrame:
    """Name mention rows (settings.RESOLUTION_LABELS) -> one row per distinct
    KEY_COLUMNS with n, n_rule, n_team, n_headline, first_mention, first_pos.

    `mentions` needs mention_id, article_id, label, text, link; `honorific`,
    `rule_id` and `field` are optional (missing means ""). Nulls count as "", as
    resolution always did. Row positions are taken from `mentions`' current order.
    """
    cols = ["mention_id", *KEY_COLUMNS, "rule_id", "field"]
    df = mentions.reindex(columns=cols, fill_value="").assign(
        first_pos=range(len(mentions))
    )
    df = df[df["label"].isin(RESOLUTION_LABELS) | kept(df["label"], df["rule_id"])]
    df = df.assign(
        **{c: df[c].astype(object).fillna("").astype(str).astype(object) for c in cols}
    )
    if df.empty:
        return pd.DataFrame(
            {
                c: pd.Series(
                    dtype="int64"
                    if c in ("n", "n_rule", "n_team", "n_headline", "first_pos")
                    else object
                )
                for c in KEY_COLUMNS + AGG_COLUMNS
            }
        )
    out = (
        df.assign(
            by_rule=_by_rule(df["rule_id"]),
            by_team=df["rule_id"].str.startswith(TEAM_RULES).astype("int64"),
            in_headline=(df["field"] == HEADLINE_FIELD).astype("int64"),
        )
        .groupby(KEY_COLUMNS, sort=False)
        .agg(
            n=("mention_id", "size"),
            n_rule=("by_rule", "sum"),
            n_team=("by_team", "sum"),
            n_headline=("in_headline", "sum"),
            first_mention=("mention_id", "min"),
            first_pos=("first_pos", "min"),
        )
        .reset_index()
    )
    return out[KEY_COLUMNS + AGG_COLUMNS]
