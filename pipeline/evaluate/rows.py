"""Row precision of the organisations and people tables on CoNLL-style gold.

Counting, exactly:

- The rows judged are those the predictor lists (Prediction.rows: the
  organisations row ORG, the people row PER) that at least one scored
  mention points at; a row's mentions are the predicted entities with its
  entity_id, over every document of the file (the body mentions of one run).
- A mention is on target when it overlaps (shares at least one character
  with) a gold mention whose label is the row's kind: ORG for an
  organisations row, PER for a people row. On AIDA the gold mentions are the
  linked ones: a name AIDA could not link counts as off target, so its row
  precision is a lower bound. The predicted mention's own
  label does not matter: the table is what is judged.
- A row is right when more than half of its mentions are on target
  ("most"; a tie is not a majority).
- Rows (task `rows`, label ORG or PER): metric `all` over every judged row,
  and, when some row of that kind carries a confidence, `conf>=0.5` and
  `conf<0.5` over the rows with a confidence at or above, resp. below, 0.5.
  P = right rows / judged rows; support and pred = judged rows; count =
  right rows. No recall: the gold has no rows. Metric `conf_auc` (column
  acc): how well the confidence ranks the rated rows, the chance that a right
  row has a higher confidence than a wrong one (ties half; `ranking_auc`),
  over every pair of a right and a wrong row.
- On MEANTIME only the annotated opening of a document is judged: a mention
  ending after it is no mention of its row here (`scored`).
"""

from __future__ import annotations

import bisect
from collections import defaultdict

from .gold import GoldDoc
from .metrics import ratio
from .types import PredEntity, PredRow, ScoreRow

TASK = "rows"
KINDS = ("ORG", "PER")
THRESHOLD = 0.5


def gold_mentions(gold: GoldDoc) -> tuple[tuple[int, int, str], ...]:
    """The gold's typed mentions: its entities, or its linked mentions (AIDA)."""
    return gold.entities or tuple((s, e, t) for s, e, _, t in gold.links)


def scored(e: PredEntity, gold: GoldDoc) -> bool:
    """Whether the gold's annotation covers the mention (MEANTIME annotates a
    document's opening only)."""
    return gold.scored_end is None or e.end <= gold.scored_end


def ranking_auc(scores: list[float], right: list[bool]) -> float | None:
    """The chance that a right item scores above a wrong one, ties counted half
    (the area under the ROC curve); None without both kinds."""
    pos = [s for s, r in zip(scores, right) if r]
    neg = sorted(s for s, r in zip(scores, right) if not r)
    if not pos or not neg:
        return None
    wins = 0.0
    for s in pos:
        lo, hi = bisect.bisect_left(neg, s), bisect.bisect_right(neg, s)
        wins += lo + (hi - lo) / 2
    return round(wins / (len(pos) * len(neg)), 3)


def on_target(e: PredEntity, kind: str, gold: GoldDoc) -> bool:
    """Whether the mention overlaps a gold mention labelled `kind`."""
    return any(
        label == kind and min(e.end, end) > max(e.start, start)
        for start, end, label in gold_mentions(gold)
    )


class RowScorer:
    """Counts, per table row, its mentions and those on a gold entity of its kind."""

    def __init__(self) -> None:
        self.table: dict[str, PredRow] = {}
        self.mentions: dict[str, int] = defaultdict(int)
        self.on_target: dict[str, int] = defaultdict(int)

    def add(
        self,
        gold: GoldDoc,
        entities: tuple[PredEntity, ...],
        rows: tuple[PredRow, ...],
    ) -> None:
        """Judge one document's mentions against the rows they point at."""
        kinds = {r.entity_id: r.kind for r in rows}
        self.table.update((r.entity_id, r) for r in rows)
        for e in entities:
            kind = kinds.get(e.entity_id)
            if kind is None or not scored(e, gold):
                continue
            self.mentions[e.entity_id] += 1
            self.on_target[e.entity_id] += on_target(e, kind, gold)

    def right(self, entity_id: str) -> bool:
        """More than half of the row's mentions are on target."""
        return 2 * self.on_target[entity_id] > self.mentions[entity_id]

    def _groups(self, kind: str) -> list[tuple[str, list[PredRow]]]:
        judged = [
            r
            for eid, r in sorted(self.table.items())
            if r.kind == kind and self.mentions[eid]
        ]
        rated = [r for r in judged if r.confidence is not None]
        if not rated:
            return [("all", judged)]
        return [
            ("all", judged),
            (f"conf>={THRESHOLD}", [r for r in rated if r.confidence >= THRESHOLD]),
            (f"conf<{THRESHOLD}", [r for r in rated if r.confidence < THRESHOLD]),
        ]

    def rows(self, dataset: str) -> list[ScoreRow]:
        """ORG then PER: `all`, then the confidence groups when rows have one.

        Nothing when the predictor listed no rows (the bare model has no
        tables), so its table shows no meaningless zeros.
        """
        if not self.table:
            return []
        out = []
        for kind in KINDS:
            for metric, group in self._groups(kind):
                n = len(group)
                ok = sum(self.right(r.entity_id) for r in group)
                out.append(
                    ScoreRow(
                        dataset,
                        TASK,
                        kind,
                        metric,
                        ratio(ok, n),
                        None,
                        None,
                        n,
                        n,
                        count=ok,
                    )
                )
            out.extend(self._auc_row(dataset, kind))
        return out

    def _auc_row(self, dataset: str, kind: str) -> list[ScoreRow]:
        rated = [r for r in self._groups(kind)[0][1] if r.confidence is not None]
        auc = ranking_auc(
            [r.confidence for r in rated], [self.right(r.entity_id) for r in rated]
        )
        if auc is None:
            return []
        n = len(rated)
        return [
            ScoreRow(
                dataset, TASK, kind, "conf_auc", None, None, None, n, None, accuracy=auc
            )
        ]
