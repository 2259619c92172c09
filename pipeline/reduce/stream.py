"""The streaming reduce: shard work tables -> output tables, with memory bounded by
buckets.

Only the corpus-wide state is held at once: the articles rows (no text), the
distinct ORG/PERSON keys (article, label, text, link, honorific, with mention
counts) that cross-document resolution needs, the entity rows and the
(label, text, link) -> id map it returns, role and relation candidates, and
each article's country (read shard by shard from its place mentions).
The keys are grouped out of core by DuckDB (`pipeline.reduce.distinct`) in the
scratch folder, so ORG/PERSON mention rows are never all in memory. The two
large tables, mentions and dates, are shuffled by article id into buckets on
local disk and then finished and written one bucket at a time, in key order,
so their size never has to fit in memory; each mentions bucket gets its entity
ids by joining on (label, text, link). Bucket boundaries depend only on the
data, so output is identical however the map ran.
"""

from __future__ import annotations

import math
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import io, schemas
from pipeline.io import open_work_table
from pipeline.lang.countries import web_country
from pipeline.reduce.distinct import distinct_entity_keys
from pipeline.reduce.role_country import article_countries
from pipeline.reduce.tables import mention_rows, resolve

# The mentions that place an article in a country (`role_country`).
PLACE_LABELS = ("GPE", "NORP")
# Mention rows per bucket: a bucket of this size takes well under 100 MB.
BUCKET_ROWS = 100_000


def read_all(
    shards: dict[str, str],
    name: str,
    columns: list[str] | None = None,
    labels: tuple[str, ...] | None = None,
) -> pd.DataFrame:
    """One work table over every shard, optionally only some columns and mention
    labels.
    """
    parts = []
    for location in shards.values():
        t = _read_work(location, name, columns)
        if labels is not None and t.num_rows:
            # (a shard without rows has null-typed columns: nothing to filter)
            t = t.filter(pa.compute.is_in(t["label"], pa.array(labels)))
        parts.append(t)
    cols = columns or schemas.WORK_TABLES[name].names
    if not parts:
        return pd.DataFrame({c: [] for c in cols})
    # An empty shard table has null-typed columns; permissive promotion unifies them.
    return pa.concat_tables(parts, promote_options="permissive").to_pandas()


def shard_article_countries(
    shards: dict[str, str], homes: dict[str, str] | None = None
) -> dict[str, str]:
    """Each article's country (`role_country.article_countries`) from its GPE and
    NORP mentions and its publisher's country (`homes`: article id -> code),
    read shard by shard: an article's mentions are all in its shard, so only
    one code per article is held."""
    out: dict[str, str] = {}
    homes = homes or {}
    placed: set[str] = set()  # the articles with a place mention
    for key, location in shards.items():
        places = read_all(
            {key: location}, "mentions", ["article_id", "text", "label"], PLACE_LABELS
        )
        ids = set(places["article_id"].tolist())
        placed |= ids
        out.update(article_countries(places, {a: homes[a] for a in ids if a in homes}))
    # An article without a place mention is its publisher's, whichever its shard.
    out.update({a: code for a, code in homes.items() if a not in placed})
    return out


def publisher_countries(articles: pd.DataFrame) -> dict[str, str]:
    """Article id -> the country of its web address (`countries.web_country`), for
    the articles that have one."""
    if "url" not in articles:
        return {}
    urls = articles["url"].fillna("").astype(str)
    return {
        a: code
        for a, url in zip(articles["article_id"].tolist(), urls.tolist())
        if url and (code := web_country(url))
    }


def bucket_map(article_ids: list[str], n_mentions: int) -> tuple[dict[str, int], int]:
    """Assign each article id to one of n buckets of consecutive ids (in sort order)."""
    n = max(1, math.ceil(n_mentions / BUCKET_ROWS))
    ids = sorted(article_ids)
    per = max(1, math.ceil(len(ids) / n))
    return {a: i // per for i, a in enumerate(ids)}, n


def reduce_to_tables(
    shards: dict[str, str], n_mentions: int, out_dir: Path, fmt: str
) -> tuple[dict[str, int], pd.DataFrame, list[Path]]:
    """Write all seven tables from the work tables of `shards` (key -> location, in
    reading order); `n_mentions` is their total mention rows (sizes the buckets).

    Returns the row count of each table, the articles table and the files written.
    """
    articles = read_all(shards, "articles")
    # scratch (DuckDB's files too) lives inside the output folder
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".reduce-", dir=out_dir))
    try:
        return _reduce(shards, n_mentions, out_dir, fmt, articles, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _reduce(
    shards, n_mentions, out_dir, fmt, articles, scratch
) -> tuple[dict[str, int], pd.DataFrame, list[Path]]:
    """The body of `reduce_to_tables`, with every temporary file (DuckDB's too) under
    `scratch`.
    """
    entity_keys = distinct_entity_keys(shards, scratch / "duckdb")
    r = resolve(
        articles,
        entity_keys,
        read_all(shards, "role_candidates"),
        read_all(shards, "relation_candidates"),
        shard_article_countries(shards, publisher_countries(articles)),
    )
    del entity_keys
    counts, written = {}, []
    for name, df in (
        ("articles", articles),
        ("organisations", r.organisations),
        ("people", r.people),
        ("roles", r.roles),
        ("org_relations", r.org_relations),
    ):
        written += io.write_table(df, schemas.TABLES[name], out_dir, fmt)
        counts[name] = len(df)
    buckets, n = bucket_map(list(articles["article_id"]), n_mentions)
    # The writer conforms each chunk (`io.TableWriter.write`): mentions are
    # `finish_mentions` without a second, identical conform; dates need nothing.
    finishers = {
        "mentions": lambda part: mention_rows(part, r.assignments),
        "dates": lambda part: part,
    }
    for name, finish in finishers.items():
        counts[name], paths = _write_bucketed(
            shards, name, finish, buckets, n, out_dir, fmt, scratch
        )
        written += paths
    return counts, schemas.conform(articles, schemas.ARTICLES), written


def _write_bucketed(
    shards, name, finish, buckets, n, out_dir, fmt, scratch
) -> tuple[int, list[Path]]:
    """Shuffle one table's rows into bucket files, then finish and write bucket by
    bucket; one bucket holds every row anyway, so then the shards' rows are
    joined in memory instead (in the order the bucket's files would be read, by
    shard key; rows of articles outside `buckets` dropped as the shuffle drops
    them: the table written is the same)."""
    if n == 1:
        ids = pa.array(list(buckets), pa.string())
        parts = (_read_shard(shards[k], name, ids) for k in sorted(shards))
        one = [df for df in parts if len(df)]
        return _write_parts(name, finish, [one], out_dir, fmt)
    folder = scratch / name
    for i in range(n):
        (folder / str(i)).mkdir(parents=True)
    for k, location in shards.items():
        df = _read_shard(location, name)
        if not len(df):
            continue
        for b, part in df.groupby(df["article_id"].map(buckets), sort=True):
            part.to_parquet(folder / str(int(b)) / f"{k}.parquet", index=False)

    def from_disk():
        for i in range(n):
            files = sorted((folder / str(i)).iterdir())
            if files:
                yield [pd.read_parquet(f) for f in files]
                shutil.rmtree(folder / str(i))

    return _write_parts(name, finish, from_disk(), out_dir, fmt)


def _write_parts(name, finish, buckets, out_dir, fmt) -> tuple[int, list[Path]]:
    """Finish and write each bucket's rows (a list of frames per bucket), in order:
    (rows written, files)."""
    total = 0
    with io.TableWriter(schemas.TABLES[name], out_dir, fmt) as writer:
        for parts in buckets:
            if parts:
                part = pd.concat(parts, ignore_index=True)
                writer.write(finish(part))
                total += len(part)
        return total, writer.commit()


def _read_shard(location: str, name: str, ids: pa.Array | None = None) -> pd.DataFrame:
    """One shard's work table `name` as `pandas.read_parquet` reads it; with `ids`,
    only the rows of those articles (filtered in Arrow: `Series.isin` boxed
    every id into an Arrow scalar again for each shard).
    """
    t = _read_work(location, name)
    if ids is not None and t.num_rows:
        # (a shard without rows has null-typed columns: nothing to filter)
        t = t.filter(pa.compute.is_in(t["article_id"], value_set=ids))
    return t.to_pandas()


def _read_work(location: str, name: str, columns: list[str] | None = None) -> pa.Table:
    """One shard's work table as Arrow, as `pyarrow.parquet.read_table` (which
    `pandas.read_parquet` calls) reads it, in half its time: one file needs no
    dataset, and one shard's few row groups no threads.
    """
    with open_work_table(location, name) as fh:
        return pq.ParquetFile(fh).read(columns=columns, use_threads=False)
