"""The map: one shard of Articles -> work tables, written to the shard's folder.

This is the function every execution mode runs (in-process, local worker
processes, Dask workers), so outputs do not depend on where it ran.

No record can take the shard down: the ok articles are annotated in batches
(`nlp.pipe`) with a time budget per article (the role sentences of
`PARSE_WINDOW` articles are parsed together, under one budget); when an
article raises or runs over its budget, the rest of the shard is annotated one
article at a time, each under its own budget, and an article that fails alone
becomes a failed row with the reason.
"""

from __future__ import annotations

import gc
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator

import pandas as pd
from spacy.tokens import Doc

from pipeline import io
from pipeline.extract import extract_article, finish_article, plan_article, prepare
from pipeline.extract.limits import take_skipped
from pipeline.lang.boilerplate import blank_boilerplate
from pipeline.nlp import get_annotator
from pipeline.nlp.blas import limit_threads
from pipeline.nlp.guard import guarded_doc
from pipeline.nlp.tokens import plain_spaces, with_text
from pipeline.nlp.vocab_zone import shard_zone
from pipeline.records import Article
from pipeline.runner.allocator import tune_allocator
from pipeline.runner.budget import RecordTimeout, time_budget
from pipeline.schemas import WORK_TABLES
from pipeline.settings import MAX_SECONDS

log = logging.getLogger(__name__)

# Articles whose role sentences the role parser reads in one batch: parsing a
# few sentences at a time costs a third more per sentence (bench/role_share.py).
PARSE_WINDOW = 16

# The annotation builds and drops millions of small objects (Tokens, Spans, row
# dicts) that reference counting frees; at Python's default (a collection every
# 700 new container objects) the cyclic collector took about 3% of a run's CPU
# on news: 0.87 s of 300 articles' 30 s, 0.39 s at 10,000.
GC_THRESHOLD = 10_000


def tune_collector() -> None:
    """Let the cyclic garbage collector's youngest generation grow to
    `GC_THRESHOLD` objects in this process (idempotent; a higher setting stays)."""
    first, *older = gc.get_threshold()
    gc.set_threshold(max(first, GC_THRESHOLD), *older)


def _blank(ok: list[Article]) -> tuple[dict[int, dict[str, str]], dict[str, int]]:
    """Each article's fields (title, subtitle when it has one, body) with boilerplate
    blanked and space separators made plain spaces (by object id), and what went:
    characters per rule id and the number of articles touched."""
    texts, removed = {}, Counter()
    for a in ok:
        fields, gone = {}, Counter()
        for name, text in a.fields.items():
            blanked, gone_here = blank_boilerplate(text)
            fields[name] = plain_spaces(blanked)  # the tokenizer splits at " " only
            gone += gone_here
        texts[id(a)] = fields
        removed.update(gone)
        removed["articles"] += bool(gone)
    return texts, dict(sorted(removed.items()))


def annotate_and_extract(
    articles: tuple[Article, ...],
    model: str,
    batch_size: int = 64,
    max_seconds: float | None = MAX_SECONDS,
    on_article: Callable[[], None] | None = None,
) -> tuple[dict[str, pd.DataFrame], dict[str, float]]:
    """Run the NLP pipeline over the ok articles and extract their rows; failed ones
    pass through, and an article that raises or runs over `max_seconds` fails.

    Web page boilerplate is blanked out of each field before annotation
    (`pipeline.lang.boilerplate`: same length, so offsets stay those of the
    input text). Returns the work tables (`pipeline.schemas.WORK_TABLES`),
    seconds spent per stage, and what was blanked (characters per rule id, the
    number of articles touched). Docs are consumed as they come out of
    `nlp.pipe` and never collected, and once the process's vocabulary is full
    the whole shard runs inside a spaCy memory zone (`nlp.vocab_zone`), so the
    strings it adds are freed afterwards: memory does not grow with the number
    of shards a process runs.
    `on_article` is called after each ok article (progress).
    """
    tick = on_article or (lambda: None)
    tune_collector()  # whichever process runs the shard (inline, pool, Dask)
    tune_allocator()
    limit_threads()
    annotator = get_annotator(model)
    nlp = annotator.nlp
    prepare(annotator.parser)
    ok = [a for a in articles if a.status == "ok"]
    texts, removed = _blank(ok)
    # ingest bounds every field by --max-chars; spaCy's own guard must not be lower
    longest = max(
        (
            len(t)
            for fields in texts.values()
            for t in fields.values()
            if isinstance(t, str)
        ),
        default=0,
    )
    nlp.max_length = max(nlp.max_length, longest + 1)
    rows: dict[str, list[dict]] = {name: [] for name in WORK_TABLES}
    t0 = time.perf_counter()
    extract_secs = 0.0
    with shard_zone(nlp):
        done = 0
        try:
            batched = _batched(ok, texts, nlp, batch_size, max_seconds)
            for window in _windows(batched, PARSE_WINDOW):
                t = time.perf_counter()
                for part in _extract_window(window, annotator.parser, max_seconds):
                    _add(rows, part)
                    done += 1
                    tick()
                extract_secs += time.perf_counter() - t
        except (Exception, RecordTimeout) as exc:
            log.warning(
                "shard: article %r could not be annotated in a batch (%s); "
                "annotating the rest of the shard one by one",
                ok[done].article_id,
                _reason(exc),
            )
            for art in ok[done:]:
                _add(
                    rows, _one(art, texts[id(art)], nlp, annotator.parser, max_seconds)
                )
                tick()
    for art in articles:
        if art.status != "ok":
            _add(rows, extract_article(art, {}))
    tables = {
        name: pd.DataFrame(rows[name], columns=table.names)
        for name, table in WORK_TABLES.items()
    }
    total = time.perf_counter() - t0
    timings = {"annotate": total - extract_secs, "extract": extract_secs}
    return tables, timings, removed


def _batched(
    ok: list[Article], texts: dict, nlp, batch_size: int, max_seconds: float | None
) -> Iterator[tuple[Article, dict]]:
    """(article, field Docs) in order from one `nlp.pipe`; the wait for each article's
    Docs is under its time budget.
    """
    guarded = (field_doc(nlp, t) for a in ok for t in texts[id(a)].values())
    docs = nlp.pipe(guarded, batch_size=batch_size)
    for art in ok:
        with time_budget(max_seconds):
            field_docs = {f: next(docs) for f in texts[id(art)]}
        yield art, field_docs


def field_doc(nlp, text: str) -> Doc:
    """The unannotated Doc of one field's text (`guarded_doc`), holding the text
    itself for `doc_text`: several components read the whole text, and spaCy
    would otherwise join it again from the tokens."""
    guarded = guarded_doc(nlp, text)
    doc = nlp.make_doc(guarded) if isinstance(guarded, str) else guarded
    return with_text(doc, text)


def _windows(items: Iterator, n: int) -> Iterator[list]:
    """`items` in lists of `n` (the last one shorter)."""
    window: list = []
    for item in items:
        window.append(item)
        if len(window) == n:
            yield window
            window = []
    if window:
        yield window


def _extract_window(
    window: list[tuple[Article, dict]], parser, max_seconds: float | None
) -> list[dict]:
    """The work rows of a window of annotated articles, their role sentences parsed
    in one batch; each article's own work and the batch's parse run under a
    time budget each."""
    plans = []
    for art, field_docs in window:
        with time_budget(max_seconds):
            plans.append(plan_article(art, field_docs))
    with time_budget(max_seconds):
        parsed = iter(list(parser.pipe([t for p in plans for t in p.texts])))
    parts = []
    for plan in plans:
        with time_budget(max_seconds):
            parts.append(finish_article(plan, parsed, parser))
    return parts


def _one(art: Article, texts: dict, nlp, parser, max_seconds: float | None) -> dict:
    """The work rows of one article annotated alone; a failed row when it raises or
    runs over its budget.
    """
    try:
        with time_budget(max_seconds):
            field_docs = {f: nlp(field_doc(nlp, t)) for f, t in texts.items()}
            return extract_article(art, field_docs, parser)
    except (Exception, RecordTimeout) as exc:
        log.warning("article %r failed: %s", art.article_id, _reason(exc))
        return extract_article(art.failed(_reason(exc)), {})


def _reason(exc: BaseException) -> str:
    if isinstance(exc, RecordTimeout):
        return str(exc)
    message = " ".join(str(exc).split())[:300]
    return f"annotation failed: {type(exc).__name__}: {message}"


def _add(rows: dict[str, list[dict]], part: dict[str, list[dict]]) -> None:
    for name, new in part.items():
        rows[name].extend(new)


def run_shard(
    articles: tuple[Article, ...],
    shard_dir: str,
    model: str,
    batch_size: int = 64,
    max_seconds: float | None = MAX_SECONDS,
    on_article: Callable[[], None] | None = None,
) -> dict:
    """Process one shard and write its tables under `shard_dir` (a path or fsspec URL).

    Returns row counts, statuses, timings and notes (sentences too long to parse):
    small, so a cluster ships no rows back. `on_article` is called after each ok
    article is annotated (progress).
    """
    take_skipped()
    tables, timings, boilerplate = annotate_and_extract(
        articles, model, batch_size, max_seconds, on_article
    )
    counts = io.write_work_tables(shard_dir, tables)
    unparsed = take_skipped()
    statuses = tables["articles"]["status"].value_counts().to_dict()
    return {
        "rows": counts,
        "statuses": {str(k): int(v) for k, v in statuses.items()},
        "n_articles": len(articles),
        "timings": timings,
        "notes": {
            "long_sentences_not_parsed": len(unparsed),
            "long_sentence_articles": sorted(set(unparsed)),
        },
        "boilerplate": boilerplate,
    }
