"""Grouping the article stream into shards with content-derived keys."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from pipeline.records import Article


@dataclass(frozen=True)
class Shard:
    """A run of consecutive input records and its key (content hash + pipeline
    version).
    """

    index: int
    key: str
    articles: tuple[Article, ...]


def shard_key(articles: Iterable[Article], version: str) -> str:
    """Digest of every field of every record in the shard, plus the pipeline version."""
    h = hashlib.sha256(version.encode())
    for a in articles:
        for value in (
            a.article_id,
            a.source_file,
            a.source_ref,
            a.url,
            a.published,
            a.title,
            a.subtitle,
            a.text,
            a.status,
            a.error,
        ):
            h.update(value.encode("utf-8", "surrogatepass"))
            h.update(b"\x1f")
        h.update(b"\x1e")
    return h.hexdigest()[:24]


def make_shards(
    articles: Iterable[Article], size: int, version: str
) -> Iterator[Shard]:
    """Cut the stream into shards of at most `size` records, lazily (bounded memory)."""
    it = iter(articles)
    index = 0
    while True:
        chunk = tuple(islice(it, size))
        if not chunk:
            return
        yield Shard(index, shard_key(chunk, version), chunk)
        index += 1


# Shard sizes when --shard-size is not given: about TARGET_SHARDS shards, so that
# two or more workers stay busy to the end on a few hundred articles, but at least
# MIN_SHARD articles (per-shard costs) and at most MAX_SHARD (memory, resume).
TARGET_SHARDS = 32
MIN_SHARD = 10
MAX_SHARD = 250


def auto_shard_size(total: int) -> int:
    """Articles per shard for a corpus of `total` records: `total / 32`, between 10
    and 250. Depends on the corpus only, never on the worker count, so a rerun
    with other --workers reuses every finished shard.
    """
    return max(MIN_SHARD, min(MAX_SHARD, math.ceil(total / TARGET_SHARDS)))
