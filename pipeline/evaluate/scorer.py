"""Drive a Predictor over gold files in batches and collect the score rows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from .entities import EntityScorer
from .gold import LABEL_OVERRIDES, TIMEBANK, GoldDoc, GoldSet, find_dev_sets, load_gold
from .resolution import ResolutionScorer
from .roles import RoleScorer
from .rows import RowScorer
from .timexes import TimexScorer
from .types import Prediction, Predictor, ScoreRow

# None: the whole gold set in one call, so that the documents of a set are one
# corpus for the system under test (cross-document entity resolution is scored).
DEFAULT_BATCH_SIZE = None


def _batches(docs: Iterable[GoldDoc], size: int | None) -> Iterator[list[GoldDoc]]:
    it = iter(docs)
    if size is None:
        batch = list(it)
        if batch:
            yield batch
        return
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
    gold: GoldSet, predict: Predictor, batch_size: int | None = DEFAULT_BATCH_SIZE
) -> list[ScoreRow]:
    """Run `predict` over the set's documents, batch_size at a time, and score them.

    Returns the rows for the tasks the set annotates, in the order of
    gold.TASKS (entities, timex, roles, rows, resolution). Raises ValueError
    when the predictor returns the wrong number of predictions or changes
    their order.
    """
    rows: list[ScoreRow] = []
    for scorer in _score(gold, predict, batch_size).values():
        rows += scorer.rows(gold.name)
    return rows


def _scorers(gold: GoldSet) -> dict:
    make = {
        "entities": lambda: EntityScorer(
            gold.entity_labels, LABEL_OVERRIDES.get(gold.format)
        ),
        "timex": TimexScorer,
        "roles": RoleScorer,
        "rows": RowScorer,
        "resolution": ResolutionScorer,
    }
    return {task: make[task]() for task in gold.tasks}


def _add(task: str, scorer, g: GoldDoc, p: Prediction) -> None:
    if task in ("entities", "resolution"):
        scorer.add(g, p.entities)
    elif task == "timex":
        scorer.add(g, p.timexes)
    elif task == "roles":
        scorer.add(g, p.roles)
    else:
        scorer.add(g, p.entities, p.rows)


def _score(gold: GoldSet, predict: Predictor, batch_size: int | None) -> dict:
    """The filled scorers of one set, by task (only the tasks it annotates)."""
    if batch_size is not None and batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    scorers = _scorers(gold)
    for batch in _batches(gold.docs(), batch_size):
        preds = list(predict([g.input for g in batch]))
        _check(batch, preds)
        for g, p in zip(batch, preds):
            for task, scorer in scorers.items():
                _add(task, scorer, g, p)
    return scorers


def evaluate_file(
    path: str | Path,
    predict: Predictor,
    batch_size: int | None = DEFAULT_BATCH_SIZE,
    half: str | None = None,
) -> list[ScoreRow]:
    """Score `predict` on one gold JSONL file (format detected from its content),
    or on one half of it (halves.py).

    Raises ValueError for a file in no gold format, OSError when unreadable.
    """
    return score_gold_set(load_gold(path, half), predict, batch_size)


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
    batch_size: int | None = DEFAULT_BATCH_SIZE,
    half: str | None = None,
) -> list[ScoreRow]:
    """Score `predict` on every gold file given or found in the given folders, in order
    (on one half of each when `half` is "a" or "b", see halves.py).

    Returns the concatenated rows ([] when nothing was found). When two or
    more files are in the TimeBank format (timebank.jsonl and aquaint.jsonl),
    their timex counts are also pooled into one more dataset named by
    joining theirs with "+" in file order (e.g. "aquaint+timebank"): micro
    averages over all their documents, appended after the per-file rows.
    """
    rows: list[ScoreRow] = []
    pooled: list[tuple[str, TimexScorer]] = []
    for path in expand_paths(paths):
        gold = load_gold(path, half)
        scorers = _score(gold, predict, batch_size)
        for scorer in scorers.values():
            rows += scorer.rows(gold.name)
        if gold.format == TIMEBANK:
            pooled.append((gold.name, scorers["timex"]))
    if len(pooled) > 1:
        total = TimexScorer()
        for _, scorer in pooled:
            total.merge(scorer)
        rows += total.rows("+".join(name for name, _ in pooled))
    return rows
