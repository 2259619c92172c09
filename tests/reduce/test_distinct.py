"""DuckDB's distinct entity keys: same as the pandas collapse, spill settings inside
scratch, fsspec shards.
"""

from __future__ import annotations

import threading
import time
import uuid
from pathlib import Path

import pandas as pd
import pytest

from pipeline.io import write_work_tables
from pipeline.reduce import distinct
from pipeline.reduce.keys import distinct_keys
from pipeline.schemas import WORK_MENTIONS


def _mentions(rows, headlines=()) -> pd.DataFrame:
    """Work mention rows; those of `headlines` (mention ids) in the title."""
    df = pd.DataFrame(
        rows, columns=["mention_id", "article_id", "label", "text", "link", "honorific"]
    )
    df["field"] = ["title" if m in headlines else "body" for m in df["mention_id"]]
    for c in WORK_MENTIONS.names:
        if c not in df:
            df[c] = 0 if c in ("start_char", "end_char", "sentence_index") else ""
    return df[WORK_MENTIONS.names]


SHARDS = {
    "s0": _mentions(
        [
            ("m1", "a1", "ORG", "Harbour Safety Authority", "", ""),
            ("m2", "a1", "ORG", "HSA", "Harbour Safety Authority", ""),
            ("m0", "a1", "ORG", "HSA", "Harbour Safety Authority", ""),
            ("m3", "a1", "GPE", "Lagos", "", ""),
            ("m4", "a1", "PERSON", "Hung", "Tran Quang Hung", "Mr."),
        ],
        headlines={"m0", "m3"},
    ),
    "s1": _mentions([]),  # an empty shard: null-typed columns in Parquet
    "s2": _mentions(
        [
            ("m5", "a2", "ORG", "HSA", None, ""),
            ("m6", "a2", "ORG", "HSA", "", ""),
            ("m7", "a2", "PERSON", "Hung", "Tran Quang Hung", ""),
            (
                "m8",
                "a1",
                "ORG",
                "HSA",
                "Harbour Safety Authority",
                "",
            ),  # same article in another shard
        ]
    ),
}


def _shards(location: str) -> dict[str, str]:
    out = {}
    for key, df in SHARDS.items():
        out[key] = f"{location}/shards/{key}"
        write_work_tables(out[key], {"mentions": df})
    return out


INTS = ("n", "n_rule", "n_team", "n_headline", "first_pos")


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    df = df.astype({c: object for c in df.columns if c not in INTS}).astype(
        dict.fromkeys(INTS, "int64")
    )
    return df.sort_values(list(df.columns)).reset_index(drop=True)


@pytest.mark.parametrize("where", ["local", "memory"])
def test_duckdb_keys_equal_the_pandas_collapse(tmp_path, where):
    location = (
        str(tmp_path / "work")
        if where == "local"
        else f"memory://newsner-{uuid.uuid4().hex}/work"
    )
    got = distinct.distinct_entity_keys(_shards(location), tmp_path / "scratch")
    want = distinct_keys(pd.concat(list(SHARDS.values()), ignore_index=True))
    pd.testing.assert_frame_equal(_sorted(got), _sorted(want))
    hsa = got[(got["article_id"] == "a1") & (got["text"] == "HSA")].iloc[0]
    assert (hsa["n"], hsa["first_mention"], hsa["first_pos"]) == (3, "m0", 1)
    assert hsa["n_headline"] == 1  # m0 of its three mentions is in the title
    assert (
        len(got[(got["article_id"] == "a2") & (got["text"] == "HSA")]) == 1
    )  # null link is ""


def test_spill_settings_live_in_scratch(tmp_path):
    scratch = tmp_path / "scratch"
    con = distinct.connect(scratch, "64MB")
    try:
        temp_dir = con.execute("SELECT current_setting('temp_directory')").fetchone()[0]
        limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        files = con.execute(
            "SELECT path FROM duckdb_databases() WHERE database_name = "
            "current_database()"
        ).fetchone()[0]
    finally:
        con.close()
    assert Path(temp_dir).resolve() == (scratch / "duckdb-tmp").resolve()
    assert (scratch / "duckdb-tmp").is_dir()
    assert (
        Path(files).resolve().parent == scratch.resolve()
    )  # the database file too, not memory
    assert limit.replace(" ", "") in (
        "61.0MiB",
        "64.0MB",
    )  # DuckDB reports the limit in its own units


def test_grouping_beyond_the_memory_limit_spills_to_scratch_and_stays_exact(tmp_path):
    # 400k distinct keys of ~110 bytes each (over 40 MB of key text, more with hash
    # tables)
    # under a 64 MB cap: DuckDB has to page out to scratch/duckdb-tmp rather than fail.
    n = 400_000
    df = _mentions(
        [
            (
                f"m{i:07d}",
                f"a{i % 5000:05d}",
                "ORG",
                f"Org {i:07d} " + "x" * 100,
                "",
                "",
            )
            for i in range(n)
        ]
    )
    df = pd.concat(
        [df, df.head(1000).assign(mention_id=lambda d: d["mention_id"] + "b")],
        ignore_index=True,
    )
    shards = {"s0": str(tmp_path / "work" / "s0")}
    write_work_tables(shards["s0"], {"mentions": df})
    spill, sizes, done = tmp_path / "scratch" / "duckdb-tmp", [], threading.Event()

    def size(f) -> int:
        # DuckDB may delete a spill file between the listing and its stat.
        try:
            return f.stat().st_size
        except FileNotFoundError:
            return 0

    # DuckDB deletes its spill files when the query ends, so look while it runs
    def watch():
        while not done.is_set():
            if spill.is_dir():
                sizes.append(sum(size(f) for f in spill.iterdir() if f.is_file()))
            time.sleep(0.005)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        got = distinct.distinct_entity_keys(
            shards, tmp_path / "scratch", memory_limit="64MB"
        )
    finally:
        done.set()
        watcher.join()
    assert max(sizes, default=0) > 0
    assert len(got) == n and int(got["n"].sum()) == n + 1000
    assert got.set_index("first_mention").loc["m0000999", "n"] == 2


@pytest.mark.parametrize("batch_rows", [1, 2, 200_000])
def test_shard_batches_of_any_size_give_the_same_keys(
    tmp_path, monkeypatch, batch_rows
):
    # Small shards are joined into batches of BATCH_ROWS before each insert: how
    # they are cut must not change a key, its counts or its first position.
    monkeypatch.setattr(distinct, "BATCH_ROWS", batch_rows)
    got = distinct.distinct_entity_keys(
        _shards(str(tmp_path / "work")), tmp_path / "scratch"
    )
    want = distinct_keys(pd.concat(list(SHARDS.values()), ignore_index=True))
    pd.testing.assert_frame_equal(_sorted(got), _sorted(want))
