"""Out-of-core collapse of every shard's name mentions (ORG, PERSON and the place
labels) to distinct entity keys,
with DuckDB.

Cross-document resolution needs one row per distinct (article_id, label, text,
link, honorific) with its mention count, smallest mention_id and first
reading position (`pipeline.reduce.keys`), never the mention rows
themselves. DuckDB does the grouping in a database file inside the reduce's
scratch folder, under a memory limit, spilling to a temp folder there too, so
this step does not need the mentions to fit in memory; only its result (the
distinct keys) is handed to pandas.

Shard files may live behind an fsspec URL that DuckDB cannot open, so they are
read with pyarrow through `pipeline.io.open_work_table` and inserted batch by batch.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.io import open_work_table
from pipeline.reduce.defined import DEFINED_LABELS, SHORT_FORM_RULE
from pipeline.reduce.keys import AGG_COLUMNS, HEADLINE_FIELD, KEY_COLUMNS, TEAM_RULES
from pipeline.settings import RESOLUTION_LABELS

# DuckDB's memory cap for the grouping; beyond it DuckDB spills to the scratch folder.
# NEWSNER_DUCKDB_MEMORY overrides it (any DuckDB size, e.g. "4GB").
MEMORY_LIMIT = os.environ.get("NEWSNER_DUCKDB_MEMORY", "1GB")
# Rows read from a shard file at a time (a shard of 250 articles holds far fewer
# mentions).
BATCH_ROWS = 200_000
READ_COLUMNS = ["mention_id", "rule_id", "field", *KEY_COLUMNS]
TEAM_SQL = " OR ".join(f"starts_with(coalesce(rule_id, ''), '{p}')" for p in TEAM_RULES)


def connect(
    scratch: Path, memory_limit: str = MEMORY_LIMIT
) -> duckdb.DuckDBPyConnection:
    """A DuckDB database file in `scratch`, capped at `memory_limit`, spilling to
    `scratch`/duckdb-tmp.
    """
    spill = scratch / "duckdb-tmp"
    spill.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(scratch / "entity-keys.duckdb"))
    # Values are ours, not user text; SET takes no bound parameters.
    con.execute(f"SET memory_limit = '{memory_limit}'")
    con.execute(f"SET temp_directory = '{spill.as_posix()}'")
    # Row order comes from first_pos, not from DuckDB, so it need not keep insertion
    # order (saves memory).
    con.execute("SET preserve_insertion_order = false")
    # One thread: each thread holds its own partial hash tables, so under a small cap
    # two threads ran out of memory where one spills and finishes (400k keys: one
    # thread needs 48 MB, two failed at 56 MB and sometimes at 64 MB). The grouping is
    # a small part of the reduce (0.56 s against 0.49 s on the News corpus).
    con.execute("SET threads = 1")
    return con


def _batches(shards: dict[str, str]):
    """Arrow tables of the name mention rows (settings.RESOLUTION_LABELS) of every
    shard, in reading order,
    with first_pos.
    """
    pos = 0
    for location in shards.values():
        with open_work_table(location, "mentions") as fh:
            for batch in pq.ParquetFile(fh).iter_batches(
                batch_size=BATCH_ROWS, columns=READ_COLUMNS
            ):
                n = batch.num_rows
                # An empty shard table has null-typed columns: cast everything to
                # strings.
                cols = [pc.cast(batch.column(c), pa.string()) for c in READ_COLUMNS]
                t = pa.table(
                    cols + [pa.array(range(pos, pos + n), pa.int64())],
                    names=READ_COLUMNS + ["pos"],
                )
                pos += n
                # and the spelled-out acronyms of `defined` (a law's "ACA")
                named = pc.is_in(t["label"], pa.array(RESOLUTION_LABELS))
                short = pc.and_(
                    pc.is_in(t["label"], pa.array(DEFINED_LABELS)),
                    pc.equal(t["rule_id"], SHORT_FORM_RULE),
                )
                t = t.filter(pc.or_kleene(named, short))
                if t.num_rows:
                    yield t


def _joined(tables):
    """`tables` joined into tables of `BATCH_ROWS` rows or more (the last may be
    fewer): a shard's name mentions are a few thousand rows, and each insert
    into DuckDB has a fixed cost that dwarfs grouping that few.
    """
    pending, rows = [], 0
    for t in tables:
        pending.append(t)
        rows += t.num_rows
        if rows >= BATCH_ROWS:
            yield pa.concat_tables(pending)
            pending, rows = [], 0
    if pending:
        yield pa.concat_tables(pending)


def distinct_entity_keys(
    shards: dict[str, str], scratch: Path, memory_limit: str = MEMORY_LIMIT
) -> pd.DataFrame:
    """The distinct-key frame (KEY_COLUMNS + AGG_COLUMNS: n, ..., first_pos) of shards
    `keys`.

    Each batch is grouped as it arrives (per-batch partial counts and minima
    combine exactly), then the partials are grouped once more at the end.
    """
    con = connect(scratch, memory_limit)
    try:
        key_sql = ", ".join(KEY_COLUMNS)
        # Nulls are "" (as resolution always treated them), so a null and an empty link
        # are one key.
        coalesced = ", ".join(f"coalesce({c}, '') AS {c}" for c in KEY_COLUMNS)
        con.execute(
            f"CREATE TABLE partial ({', '.join(c + ' VARCHAR' for c in KEY_COLUMNS)}, "
            "n BIGINT, n_rule BIGINT, n_team BIGINT, n_headline BIGINT, "
            "first_mention VARCHAR, "
            "first_pos BIGINT)"
        )
        for t in _joined(_batches(shards)):
            con.register("batch", t)
            con.execute(
                f"INSERT INTO partial SELECT {coalesced}, count(*), "
                "sum(CASE WHEN coalesce(rule_id, '') <> '' AND NOT "
                "starts_with(rule_id, 'propagated:') THEN 1 ELSE 0 END), "
                f"sum(CASE WHEN {TEAM_SQL} THEN 1 ELSE 0 END), "
                f"sum(CASE WHEN field = '{HEADLINE_FIELD}' THEN 1 ELSE 0 END), "
                "min(coalesce(mention_id, '')), "
                f"min(pos) FROM batch GROUP BY ALL"
            )
            con.unregister("batch")
        rel = con.sql(
            f"SELECT {key_sql}, sum(n)::BIGINT AS n, sum(n_rule)::BIGINT AS n_rule, "
            "sum(n_team)::BIGINT AS n_team, sum(n_headline)::BIGINT AS n_headline, "
            "min(first_mention) AS "
            "first_mention, "
            f"min(first_pos) AS first_pos FROM partial GROUP BY {key_sql}"
        )
        # Streamed out in batches: the result lives in pandas, outside DuckDB's memory
        # limit.
        reader = rel.to_arrow_reader(BATCH_ROWS)
        out = pa.Table.from_batches(list(reader), schema=reader.schema)
    finally:
        con.close()
    return out.to_pandas()[KEY_COLUMNS + AGG_COLUMNS]
