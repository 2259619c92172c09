"""Drive a Predictor over gold files in batches and collect the score rows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from .entities import EntityScorer
from .gold import LABEL_OVERRIDES, TIMEBANK, GoldDoc, GoldSet, find_dev_sets, load_gold
from .roles import RoleScorer
from .timexes import TimexScorer
from .types import Prediction, Predictor, ScoreRow

DEFAULT_BATCH_SIZE = 64


def _batches(docs: Iterable[GoldDoc], size: int) -> Iterator[list[GoldDoc]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


def _check(batch: list[GoldDoc], preds: list[Prediction]) -> None:
    """A predictor that loses, adds or reorders documents would be scored wrongly;
    refuse it.
    """
    if len(preds) != len(batch):
        raise ValueError(
            f"predictor returned {len(preds)} predictions for {len(batch)} documents"
        )
    for g, p in zip(batch, preds):
        if p.doc_id != g.input.doc_id:
            raise ValueError(
                f"prediction for {p.doc_id!r} where {g.input.doc_id!r} was expected "
                "(order must be kept)"
            )


def score_gold_set(
    gold: GoldSet, predict: Predictor, batch_size: int = DEFAULT_BATCH_SIZE
) -> list[ScoreRow]:
    """Run `predict` over the set's documents, batch_size at a time, and score them.

    Returns the rows for the tasks the set annotates (entities, timex,
    roles), in that order. Raises ValueError when the predictor returns the
    wrong number of predictions or changes their order.
    """
    rows: list[ScoreRow] = []
    for scorer in _score(gold, predict, batch_size):
        if scorer:
            rows += scorer.rows(gold.name)
    return rows


def _score(gold: GoldSet, predict: Predictor, batch_size: int) -> tuple:
    """The filled (entities, timex, roles) scorers of one set; None for tasks it does
    not annotate.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    ents = (
        EntityScorer(gold.entity_labels, LABEL_OVERRIDES.get(gold.format))
        if "entities" in gold.tasks
        else None
    )
    tims = TimexScorer() if "timex" in gold.tasks else None
    roles = RoleScorer() if "roles" in gold.tasks else None
    for batch in _batches(gold.docs(), batch_size):
        preds = list(predict([g.input for g in batch]))
        _check(batch, preds)
        for g, p in zip(batch, preds):
            if ents:
                ents.add(g, p.entities)
            if tims:
                tims.add(g, p.timexes)
            if roles:
                roles.add(g, p.roles)
    return ents, tims, roles


def evaluate_file(
    path: str | Path, predict: Predictor, batch_size: int = DEFAULT_BATCH_SIZE
) -> list[ScoreRow]:
    """Score `predict` on one gold JSONL file (format detected from its content).

    Raises ValueError for a file in no gold format, OSError when unreadable.
    """
    return score_gold_set(load_gold(path), predict, batch_size)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files stay as given; folders become the gold files found under them
    (find_dev_sets).

    Raises FileNotFoundError for a path that does not exist.
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out += find_dev_sets(p)
        elif p.is_file():
            out.append(p)
        else:
            raise FileNotFoundError(f"no such gold file or folder: {p}")
    return out


def run(
    paths: Iterable[str | Path],
    predict: Predictor,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> list[ScoreRow]:
    """Score `predict` on every gold file given or found in the given folders, in order.

    Returns the concatenated rows ([] when nothing was found). When two or
    more files are in the TimeBank format (timebank.jsonl and aquaint.jsonl),
    their timex counts are also pooled into one more dataset named by
    joining theirs with "+" in file order (e.g. "aquaint+timebank"): micro
    averages over all their documents, appended after the per-file rows.
    """
    rows: list[ScoreRow] = []
    pooled: list[tuple[str, TimexScorer]] = []
    for path in expand_paths(paths):
        gold = load_gold(path)
        scorers = _score(gold, predict, batch_size)
        for scorer in scorers:
            if scorer:
                rows += scorer.rows(gold.name)
        if gold.format == TIMEBANK and scorers[1]:
            pooled.append((gold.name, scorers[1]))
    if len(pooled) > 1:
        total = TimexScorer()
        for _, scorer in pooled:
            total.merge(scorer)
        rows += total.rows("+".join(name for name, _ in pooled))
    return rows
