"""The map: one shard of Articles -> work tables, written to the shard's folder.

This is the function every execution mode runs (in-process, local worker
processes, Dask workers), so outputs do not depend on where it ran.
"""

from __future__ import annotations

import time
from collections import Counter

import pandas as pd

from pipeline import io
from pipeline.extract import extract_article, prepare
from pipeline.lang.boilerplate import blank_boilerplate
from pipeline.nlp import get_annotator
from pipeline.records import Article
from pipeline.schemas import WORK_TABLES

FIELDS = ("title", "body")


def annotate_and_extract(
    articles: tuple[Article, ...], model: str, batch_size: int = 64
) -> tuple[dict[str, pd.DataFrame], dict[str, float]]:
    """Run the NLP pipeline over the ok articles and extract their rows; failed ones
    pass through.

    Web page boilerplate is blanked out of each field before annotation
    (`pipeline.lang.boilerplate`: same length, so offsets stay those of the
    input text). Returns the work tables (`pipeline.schemas.WORK_TABLES`),
    seconds spent per stage, and what was blanked: characters per rule id and
    the number of articles touched. Docs are consumed as they come out of
    `nlp.pipe` and never collected, and the whole shard runs inside a spaCy
    memory zone, so the strings a shard adds to the vocabulary are freed
    afterwards: memory does not grow with the number of shards a process runs.
    """
    annotator = get_annotator(model)
    nlp = annotator.nlp
    prepare(annotator.parser)
    rows: dict[str, list[dict]] = {name: [] for name in WORK_TABLES}
    ok = [a for a in articles if a.status == "ok"]
    removed: Counter = Counter()
    cleaned = []
    for a in ok:
        touched = False
        for text in (a.title, a.text):
            clean, gone = blank_boilerplate(text)
            cleaned.append(clean)
            removed.update(gone)
            touched = touched or bool(gone)
        removed["articles"] += touched
    t0 = time.perf_counter()
    extract_secs = 0.0
    with nlp.memory_zone():
        docs = nlp.pipe(cleaned, batch_size=batch_size)
        for art in ok:
            field_docs = {f: next(docs) for f in FIELDS}
            t = time.perf_counter()
            _add(rows, extract_article(art, field_docs, annotator.parser))
            extract_secs += time.perf_counter() - t
    for art in articles:
        if art.status != "ok":
            _add(rows, extract_article(art, {}))
    tables = {
        name: pd.DataFrame(rows[name], columns=table.names)
        for name, table in WORK_TABLES.items()
    }
    total = time.perf_counter() - t0
    timings = {"annotate": total - extract_secs, "extract": extract_secs}
    return tables, timings, dict(sorted(removed.items()))


def _add(rows: dict[str, list[dict]], part: dict[str, list[dict]]) -> None:
    for name, new in part.items():
        rows[name].extend(new)


def run_shard(
    articles: tuple[Article, ...], shard_dir: str, model: str, batch_size: int = 64
) -> dict:
    """Process one shard and write its tables under `shard_dir` (a path or fsspec URL).

    Returns row counts, statuses and timings: small, so a cluster ships no rows back.
    """
    tables, timings, boilerplate = annotate_and_extract(articles, model, batch_size)
    counts = io.write_work_tables(shard_dir, tables)
    statuses = tables["articles"]["status"].value_counts().to_dict()
    return {
        "rows": counts,
        "statuses": {str(k): int(v) for k, v in statuses.items()},
        "n_articles": len(articles),
        "timings": timings,
        "boilerplate": boilerplate,
    }
