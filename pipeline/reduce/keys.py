"""Distinct entity keys: what cross-document resolution needs instead of every mention
row.

Resolution (`pipeline.reduce.entities`) only looks at a mention's article,
label, text, link and honorific, so mentions equal in those five columns are
collapsed into one key row carrying:

- `n`: how many mentions it stands for (weights every "most mentions" choice
  and n_mentions);
- `first_mention`: its smallest mention_id (rows sorted by article, then this,
  meet each key in the same order as the mention rows sorted by article and
  mention_id, which decides "first anchor" and lookup-index ties);
- `first_pos`: the position of its first mention in reading order (shard
  order, then row order), which decides ties in the roles/relations link index.

The runner builds this frame out of core with DuckDB (`pipeline.reduce.distinct`);
`distinct_keys` is the in-memory equivalent for small inputs and tests.

A mention's entity id depends only on (label, text, link) — its comparison key
comes from its link or text, and clusters are global — so ids are handed back
as a map keyed by those three columns, which `mention_entity_ids` joins onto
any mention rows.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from pipeline.schemas import ENTITY_KEYS
from pipeline.settings import ENTITY_LABELS

# schemas.ENTITY_KEYS: the grouping columns, then the aggregates.
KEY_COLUMNS = ENTITY_KEYS.names[:5]
AGG_COLUMNS = ENTITY_KEYS.names[5:]


def distinct_keys(mentions: pd.DataFrame) -> pd.DataFrame:
    """ORG/PERSON mention rows -> one row per distinct KEY_COLUMNS with n,
    first_mention, first_pos.

    `mentions` needs mention_id, article_id, label, text, link; `honorific` is
    optional (missing means ""). Nulls count as "", as resolution always did.
    Row positions are taken from `mentions`' current order.
    """
    cols = ["mention_id", *KEY_COLUMNS]
    df = mentions.reindex(columns=cols, fill_value="").assign(
        first_pos=range(len(mentions))
    )
    df = df[df["label"].isin(ENTITY_LABELS)]
    df = df.assign(
        **{c: df[c].astype(object).fillna("").astype(str).astype(object) for c in cols}
    )
    if df.empty:
        return pd.DataFrame(
            {
                c: pd.Series(dtype="int64" if c in ("n", "first_pos") else object)
                for c in KEY_COLUMNS + AGG_COLUMNS
            }
        )
    out = (
        df.groupby(KEY_COLUMNS, sort=False)
        .agg(
            n=("mention_id", "size"),
            first_mention=("mention_id", "min"),
            first_pos=("first_pos", "min"),
        )
        .reset_index()
    )
    return out[KEY_COLUMNS + AGG_COLUMNS]


def mention_entity_ids(
    mentions: pd.DataFrame, key_ids: Mapping[tuple[str, str, str], str]
) -> pd.Series:
    """The entity id of each mention row ("" when unresolved), aligned with
    `mentions`' index.
    """
    link = mentions["link"].astype(object).where(mentions["link"].notna(), "")
    text = mentions["text"].astype(object).where(mentions["text"].notna(), "")
    ids = [
        key_ids.get((str(lab), str(t), str(lk)), "")
        for lab, t, lk in zip(mentions["label"], text, link)
    ]
    return pd.Series(ids, index=mentions.index, dtype=object)
