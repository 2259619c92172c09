"""Test helper: the entity id each mention row resolved to."""

from __future__ import annotations

import pandas as pd

JOIN = ["article_id", "label", "text", "link", "honorific"]


def entity_ids_of(resolved, mentions: pd.DataFrame) -> dict[str, str]:
    """mention_id -> entity id for the resolved mentions among `mentions`."""
    m = mentions.reindex(columns=["mention_id", *JOIN], fill_value="").fillna("")
    got = m.merge(resolved.assignments, on=JOIN, how="left")
    return {
        mid: eid
        for mid, eid in zip(got["mention_id"], got["entity_id"])
        if isinstance(eid, str) and eid
    }
