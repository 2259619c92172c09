"""The CPU share of role extraction: roles, relations and their parse against the
annotation of the same articles.

Usage: python bench/role_share.py CSV [--limit N] [--model NAME]. Annotates the
articles' titles and bodies with `nlp.pipe` (as the map does), then extracts
their roles as the map does (role sentences parsed a window of articles at a
time) and their relations, timing each part in process CPU seconds; the role
parser's share is timed inside. Prints the seconds
and each part's share of the annotation time. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from pipeline.extract import dep_roles, relations, roles
from pipeline.ingest import iter_articles
from pipeline.nlp import get_annotator
from pipeline.nlp.blas import limit_threads
from pipeline.nlp.models import RoleParser
from pipeline.runner.allocator import tune_allocator
from pipeline.runner.map import PARSE_WINDOW, tune_collector
from pipeline.settings import DEFAULT_MODEL, Settings

_PIPE = RoleParser.pipe


def _timed(acc: dict, name: str, fn):
    def wrapper(*args, **kwargs):
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            acc[name] = acc.get(name, 0.0) + time.process_time() - t

    return wrapper


def _extract(docs: list, annotator, acc: dict) -> tuple[int, int]:
    """Roles and relations of `docs` as the runner extracts them, timed into
    `acc`; (role rows, relation rows)."""
    roles.rows_from_parses = _timed(acc, "parse rules", dep_roles.rows_from_parses)
    pipe = _PIPE
    parse_all = _timed(acc, "parse", lambda self, xs: list(pipe(self, xs)))
    RoleParser.pipe = lambda self, xs: iter(parse_all(self, xs))
    t = time.process_time()
    n_roles = 0
    # As the runner does: the role sentences of a window of articles (two Docs
    # each here) are parsed in one batch.
    step = 2 * PARSE_WINDOW
    done = []
    for i in range(0, len(docs), step):
        plans = [roles.plan_roles(d, "a", "body") for d in docs[i : i + step]]
        parsed = annotator.parser.pipe([x for p in plans for x in p.texts])
        for plan in plans:
            mine = [next(parsed) for _ in plan.todo]
            n_roles += len(roles.finish_roles(plan, mine, annotator.parser))
            done.append(plan)
    acc["roles (all)"] = time.process_time() - t
    # As the runner does: the relations read the sentences and segments of the
    # role plans.
    t = time.process_time()
    n_rel = sum(
        len(relations.relation_rows(d, "a", "body", plan))
        for d, plan in zip(docs, done)
    )
    acc["relations"] = time.process_time() - t
    return n_roles, n_rel


def main() -> int:
    """Measure and print the shares."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", type=Path)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    args = ap.parse_args()
    arts = [
        a
        for _, a in zip(range(args.limit), iter_articles([args.csv], 1_000_000))
        if a.status == "ok"
    ]
    tune_collector()  # as every shard of a run does
    tune_allocator()
    limit_threads()
    annotator = get_annotator(args.model)
    texts = [t for a in arts for t in (a.title, a.text)]
    # Warm up both parts on the first texts, untimed: a run pays the one-time
    # set-up (rule files, lexicons, matchers, the parser's first batch) once
    # per process, not per 300 articles.
    _extract(list(annotator.nlp.pipe(texts[:20])), annotator, {})
    t = time.process_time()
    docs = list(annotator.nlp.pipe(texts, batch_size=Settings.batch_size))
    annotate = time.process_time() - t
    acc: dict[str, float] = {}
    n_roles, n_rel = _extract(docs, annotator, acc)
    words = sum(len(x.split()) for x in texts)
    total = acc["roles (all)"] + acc["relations"]
    print(
        f"{len(arts)} articles, {words} words, {n_roles} role rows, {n_rel} relations"
    )
    print(f"annotation (nlp.pipe)  {annotate:7.2f} s CPU")
    for name in ("roles (all)", "parse rules", "parse", "relations"):
        v = acc.get(name, 0.0)
        print(f"{name:22} {v:7.2f} s  {100 * v / annotate:5.1f}% of annotation")
    print(f"{'roles + relations':22} {total:7.2f} s  {100 * total / annotate:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
