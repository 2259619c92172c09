"""The records exchanged between the scorer and the system under test.

The lead's pipeline codes against these names: a Predictor receives
EvalInput batches and returns one Prediction per input, in the same order.
Offsets are character offsets into EvalInput.text, end exclusive, exactly as
in the gold files of ../shared/eval.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class EvalInput:
    """One gold document handed to the system under test."""

    doc_id: str
    text: str
    published: str | None  # ISO date YYYY-MM-DD (the gold `dct`) or None


@dataclass(frozen=True)
class PredEntity:
    """A predicted entity mention; label in spaCy's scheme (PERSON, ORG, GPE, ...).

    entity_id names the resolved entity (the organisations or people row) the
    mention belongs to across the whole corpus; "" when unresolved or unknown.
    """

    start: int
    end: int
    label: str
    entity_id: str = ""


@dataclass(frozen=True)
class PredTimex:
    """A predicted temporal expression; kind DATE|TIME|DURATION|SET, value a TIMEX3
    value.
    """

    start: int
    end: int
    kind: str
    value: str


@dataclass(frozen=True)
class PredRole:
    """A predicted (person, org, title) triple as the roles table gives it; `role`
    names the roles row it was read from (the names of one row's person and
    organisation are one prediction: see evaluate.roles), "" for a row of its
    own."""

    person: str
    org: str
    title: str
    role: str = ""


@dataclass(frozen=True)
class PredRow:
    """An entity table row a document's mentions belong to.

    kind is the table's type in the gold scheme: ORG for organisations, PER
    for people. confidence is the row's `confidence` column, None when the
    table has none.
    """

    entity_id: str
    kind: str
    confidence: float | None = None


@dataclass(frozen=True)
class Prediction:
    """Everything the system predicted for one document.

    rows lists the organisations and people rows the document's entities
    point at (the same row may be listed by many documents).
    """

    doc_id: str
    entities: tuple[PredEntity, ...] = ()
    timexes: tuple[PredTimex, ...] = ()
    roles: tuple[PredRole, ...] = ()
    rows: tuple[PredRow, ...] = ()


Predictor = Callable[[list[EvalInput]], list[Prediction]]


@dataclass(frozen=True)
class ScoreRow:
    """One line of the accuracy table.

    precision/recall/f1 are None where undefined (no predictions, no gold, or
    a metric that has no precision such as per-type recall); accuracy is set
    only for accuracy metrics (value_acc), where support is the number of
    items the accuracy is taken over. n_pred is the number of predictions
    the precision is taken over (None when the metric has no precision).
    count is set only for counting metrics (resolution `split` and `merged`):
    how many of the `support` items are in the state the metric names.
    """

    dataset: str
    task: str  # entities | timex | roles | resolution | rows
    label: str  # PER, ORG, LOC, MISC, ALL, DATE, ...
    metric: str  # exact | lenient | strict | overlap | value | value_acc | pair | ...
    precision: float | None
    recall: float | None
    f1: float | None
    support: int
    n_pred: int | None = None
    accuracy: float | None = None
    count: int | None = None
