"""Render score rows as one plain-text table or as JSON."""

from __future__ import annotations

import json
from dataclasses import asdict

from .types import ScoreRow

COLUMNS = (
    "dataset",
    "task",
    "label",
    "metric",
    "P",
    "R",
    "F1",
    "acc",
    "support",
    "pred",
    "count",
)
_NUMERIC = {"P", "R", "F1", "acc", "support", "pred", "count"}


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _cells(r: ScoreRow) -> tuple[str, ...]:
    return (
        r.dataset,
        r.task,
        r.label,
        r.metric,
        _num(r.precision),
        _num(r.recall),
        _num(r.f1),
        _num(r.accuracy),
        str(r.support),
        "-" if r.n_pred is None else str(r.n_pred),
        "-" if r.count is None else str(r.count),
    )


def format_table(rows: list[ScoreRow]) -> str:
    """One plain ASCII table, a line per row, columns aligned, no colour or box drawing.

    Undefined figures show as '-'. P/R/F1/acc have three decimals; support
    is the gold count (for acc, the items it is taken over) and pred the
    prediction count; the count column (entities split, rows right, ...) is
    shown only when some row has one. Returns a header-only table for no rows.
    """
    n = len(COLUMNS) if any(r.count is not None for r in rows) else len(COLUMNS) - 1
    columns = COLUMNS[:n]
    body = [_cells(r)[:n] for r in rows]
    widths = [max([len(c), *(len(b[i]) for b in body)]) for i, c in enumerate(columns)]

    def line(cells: tuple[str, ...]) -> str:
        parts = [
            c.rjust(w) if name in _NUMERIC else c.ljust(w)
            for c, w, name in zip(cells, widths, columns)
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(columns), rule, *(line(b) for b in body)])


def to_records(rows: list[ScoreRow]) -> list[dict]:
    """The rows as plain dicts (field names of ScoreRow), e.g. for pandas.DataFrame."""
    return [asdict(r) for r in rows]


def to_json(rows: list[ScoreRow]) -> str:
    """The rows as a JSON array of objects with ScoreRow's field names; None becomes
    null.
    """
    return json.dumps(to_records(rows), indent=2)
