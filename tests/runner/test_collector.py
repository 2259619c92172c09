"""A shard raises the cyclic collector's first threshold in its process, and
never lowers one a user set higher."""

from __future__ import annotations

import gc

import pytest

from pipeline.records import make_article
from pipeline.runner import map as shard_map
from pipeline.settings import DEFAULT_MODEL


@pytest.fixture
def threshold():
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


def test_the_first_threshold_rises_and_the_older_ones_stay(threshold):
    gc.set_threshold(700, 7, 9)
    shard_map.tune_collector()
    assert gc.get_threshold() == (shard_map.GC_THRESHOLD, 7, 9)
    shard_map.tune_collector()  # idempotent
    assert gc.get_threshold() == (shard_map.GC_THRESHOLD, 7, 9)


def test_a_higher_setting_stays(threshold):
    gc.set_threshold(shard_map.GC_THRESHOLD * 5, 3, 4)
    shard_map.tune_collector()
    assert gc.get_threshold() == (shard_map.GC_THRESHOLD * 5, 3, 4)


def test_a_shard_runs_with_the_raised_threshold(threshold):
    gc.set_threshold(700, 10, 10)
    art = make_article(own_id="g1", source_file="mem", text="Orla Penning met Tarsk.")
    tables, *_ = shard_map.annotate_and_extract((art,), DEFAULT_MODEL)
    assert list(tables["articles"]["status"]) == ["ok"]
    assert gc.get_threshold()[0] == shard_map.GC_THRESHOLD
