"""Test helpers: the entity id each mention row resolved to, and an empty frame
of relation candidates."""

from __future__ import annotations

import pandas as pd

JOIN = ["article_id", "label", "text", "link", "honorific"]
# No relation candidates, for `tables.resolve` in tests of roles and people.
NO_RELATIONS = pd.DataFrame(
    columns=[
        "article_id",
        "child_text",
        "child_link",
        "parent_text",
        "parent_link",
        "relation",
        "evidence",
    ]
)


def entity_ids_of(resolved, mentions: pd.DataFrame) -> dict[str, str]:
    """mention_id -> entity id for the resolved mentions among `mentions`."""
    m = mentions.reindex(columns=["mention_id", *JOIN], fill_value="").fillna("")
    got = m.merge(resolved.assignments, on=JOIN, how="left")
    return {
        mid: eid
        for mid, eid in zip(got["mention_id"], got["entity_id"])
        if isinstance(eid, str) and eid
    }
