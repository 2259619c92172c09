"""Test helper: the entity id each mention row resolved to."""

from __future__ import annotations

import pandas as pd

from pipeline.reduce.keys import mention_entity_ids


def entity_ids_of(resolved, mentions: pd.DataFrame) -> dict[str, str]:
    """mention_id -> entity id for the resolved mentions among `mentions`."""
    ids = mention_entity_ids(mentions, resolved.key_ids)
    return {m: e for m, e in zip(mentions["mention_id"], ids) if e}
