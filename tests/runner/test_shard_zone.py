"""A shard's tables do not depend on whether it ran in a memory zone
(`pipeline.nlp.vocab_zone`): the lexemes are the same either way."""

from __future__ import annotations

import pandas as pd

from pipeline.nlp import vocab_zone
from pipeline.records import make_article
from pipeline.runner import map as shard_map
from pipeline.settings import DEFAULT_MODEL

TEXTS = [
    "Halvard Rinsk, chief executive of Quellmont Dynamics, met Senator Odile Varga "
    "in Brastow on 3 March 2021.",
    "Quellmont Dynamics said Rinsk would step down. Varga's office declined to "
    "comment on Tuesday.",
]


def _tables(monkeypatch, limit: int) -> dict[str, pd.DataFrame]:
    monkeypatch.setattr(
        shard_map, "shard_zone", lambda nlp: vocab_zone.shard_zone(nlp, limit)
    )
    arts = tuple(
        make_article(own_id=f"z{i}", source_file="mem", text=t)
        for i, t in enumerate(TEXTS)
    )
    tables, *_ = shard_map.annotate_and_extract(arts, DEFAULT_MODEL)
    return tables


def test_tables_are_the_same_in_a_zone_and_out_of_one(monkeypatch):
    # in a zone first, so the words are new to the vocabulary both times
    zoned = _tables(monkeypatch, limit=0)
    kept = _tables(monkeypatch, limit=10**9)
    assert set(zoned) == set(kept)
    for name in zoned:
        pd.testing.assert_frame_equal(zoned[name], kept[name], check_exact=True)
    assert "Halvard Rinsk" in set(zoned["mentions"]["text"])
