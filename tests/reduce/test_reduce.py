"""The streaming reduce: bucketed output equals one-bucket output; buckets follow the
data only.
"""

from __future__ import annotations

import pandas as pd

from pipeline import schemas
from pipeline.reduce import stream as reduce_mod
from pipeline.reduce.stream import bucket_map
from pipeline.runner.run import run
from pipeline.settings import Settings


def test_bucket_map_is_ordered_and_balanced():
    buckets, n = bucket_map(["d", "a", "c", "b", "e"], n_mentions=250_000)
    assert n == 3
    assert buckets == {"a": 0, "b": 0, "c": 1, "d": 1, "e": 2}
    assert bucket_map(["x"], 0) == ({"x": 0}, 1)


def test_many_small_buckets_give_the_same_tables(repo_root, tmp_path, monkeypatch):
    one = tmp_path / "one"
    run([repo_root / "corpus"], Settings(out_dir=one, output_format="both"))
    monkeypatch.setattr(reduce_mod, "BUCKET_ROWS", 7)
    many = tmp_path / "many"
    run([repo_root / "corpus"], Settings(out_dir=many, output_format="both"))
    for name in schemas.TABLES:
        assert (one / f"{name}.csv").read_bytes() == (
            many / f"{name}.csv"
        ).read_bytes(), name
        pd.testing.assert_frame_equal(
            pd.read_parquet(one / f"{name}.parquet"),
            pd.read_parquet(many / f"{name}.parquet"),
        )
    assert not list(many.glob(".reduce-*"))
