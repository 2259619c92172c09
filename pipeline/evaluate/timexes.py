"""Temporal expression scoring: detection (strict, overlap) and TIMEX3 values.

Definitions (all counts pooled over documents, i.e. micro averages):

- strict: P/R/F1 over exact spans (same start and end; the type is not
  compared, as in TempEval-3 extraction).
- alignment: gold timexes and predictions are paired one-to-one, greedily
  by largest character overlap (ties: earlier gold, then earlier
  prediction); only overlapping pairs are made. One alignment serves the
  overlap and value metrics, so value counts never exceed overlap counts.
- overlap: P/R/F1 with correct = aligned pairs (TempEval-3 "relaxed" match,
  made one-to-one like the lenient entity metric, so a prediction spanning
  two gold timexes finds one of them).
- value (TempEval-3 attribute F1): correct = aligned pairs whose predicted
  value equals the gold value (both stripped; an empty predicted value is
  never correct). P = correct / predictions, R = correct / gold timexes, over
  all types. A system that detects without normalising scores 0.
- value_acc: among aligned gold DATE/TIME timexes, the share whose value is
  correct; label DATE+TIME. Per-type rows (DATE, TIME, DURATION, SET, by the
  gold type) give overlap recall and value_acc for that type; they have no
  precision because predictions carry no gold type.
- DATE+TIME strict and value (the figures the DATE/TIME target names): the
  same strict and value P/R/F1 with both sides restricted first: gold to
  timexes of type DATE or TIME, predictions to those of kind DATE or TIME,
  and a fresh one-to-one alignment between the two restricted sets. A
  prediction of another kind (DURATION, SET) is out of both sides: it is no
  false positive here, and it cannot find a gold DATE it overlaps, so that
  gold DATE counts as missed unless a DATE/TIME prediction aligns with it.
  A DATE prediction on a gold TIME (or the reverse) is in scope: the block
  pools the two types.

TimexScorer.merge pools the counts of several scorers (scorer.run uses it
for the TimeBank and AQUAINT files, on which the DATE/TIME target is set).

Predictions ending after GoldDoc.scored_end, or overlapping an ignored gold
span (MEANTIME's CREATION_TIME date line), are dropped before counting.
"""

from __future__ import annotations

from collections import Counter

from .gold import GoldDoc, GoldTimex
from .metrics import Counts, accuracy_row, prf_row, recall_row
from .types import PredTimex, ScoreRow

TYPES = ("DATE", "TIME", "DURATION", "SET")
VALUE_TYPES = ("DATE", "TIME")


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def scored_predictions(
    gold: GoldDoc, timexes: tuple[PredTimex, ...]
) -> list[PredTimex]:
    """Predictions that take part in scoring, duplicates (same span) removed, first
    kept.
    """
    seen: dict[tuple[int, int], PredTimex] = {}
    for t in timexes:
        if gold.scored_end is not None and t.end > gold.scored_end:
            continue
        if any(_overlap(t.start, t.end, s, e) for s, e in gold.ignore_timex):
            continue
        seen.setdefault((t.start, t.end), t)
    return list(seen.values())


def align(gold: list[GoldTimex], pred: list[PredTimex]) -> dict[int, int]:
    """One-to-one gold index -> prediction index, greedy by largest overlap."""
    cands = [
        (-ov, gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if (ov := _overlap(g.start, g.end, p.start, p.end)) > 0
    ]
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(cands):
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)
    return pairs


def value_correct(g: GoldTimex, p: PredTimex) -> bool:
    """Exact TIMEX3 value match after stripping; an empty prediction is wrong."""
    v = p.value.strip()
    return bool(v) and v == g.value.strip()


class TimexScorer:
    """Accumulates timex counts over documents; rows() gives the table lines."""

    def __init__(self) -> None:
        self.strict = Counts()
        self.overlap = Counts()
        self.value = Counts()
        self.gold_by_type: Counter[str] = Counter()
        self.aligned_by_type: Counter[str] = Counter()
        self.valued_by_type: Counter[str] = Counter()
        self.dt_strict = Counts()
        self.dt_value = Counts()

    def merge(self, other: TimexScorer) -> None:
        """Add another scorer's counts to this one (pooling datasets, micro
        averages).
        """
        for name in ("strict", "overlap", "value", "dt_strict", "dt_value"):
            mine, theirs = getattr(self, name), getattr(other, name)
            mine.add(
                theirs.n_pred, theirs.n_gold, theirs.correct_pred, theirs.correct_gold
            )
        self.gold_by_type.update(other.gold_by_type)
        self.aligned_by_type.update(other.aligned_by_type)
        self.valued_by_type.update(other.valued_by_type)

    def add(self, gold: GoldDoc, timexes: tuple[PredTimex, ...]) -> None:
        """Score one document's predicted timexes against its gold timexes."""
        g = list(dict.fromkeys(gold.timexes))
        p = scored_predictions(gold, timexes)
        n_p, n_g = len(p), len(g)
        hit = len({(t.start, t.end) for t in g} & {(t.start, t.end) for t in p})
        self.strict.add(n_p, n_g, hit, hit)
        pairs = align(g, p)
        self.overlap.add(n_p, n_g, len(pairs), len(pairs))
        correct = 0
        for gi, x in enumerate(g):
            self.gold_by_type[x.type] += 1
            if gi in pairs:
                self.aligned_by_type[x.type] += 1
                ok = value_correct(x, p[pairs[gi]])
                self.valued_by_type[x.type] += ok
                correct += ok
        self.value.add(n_p, n_g, correct, correct)
        self._add_date_time(g, p)

    def _add_date_time(self, g: list[GoldTimex], p: list[PredTimex]) -> None:
        """The DATE+TIME block: gold by type, predictions by kind, other kinds out of
        both sides.
        """
        g = [x for x in g if x.type in VALUE_TYPES]
        p = [t for t in p if t.kind in VALUE_TYPES]
        hit = len({(t.start, t.end) for t in g} & {(t.start, t.end) for t in p})
        self.dt_strict.add(len(p), len(g), hit, hit)
        correct = sum(value_correct(g[gi], p[pi]) for gi, pi in align(g, p).items())
        self.dt_value.add(len(p), len(g), correct, correct)

    def rows(self, dataset: str) -> list[ScoreRow]:
        """ALL strict/overlap/value rows, DATE+TIME strict/value/value_acc, then
        per-type rows.
        """
        rows = [
            prf_row(dataset, "timex", "ALL", "strict", self.strict),
            prf_row(dataset, "timex", "ALL", "overlap", self.overlap),
            prf_row(dataset, "timex", "ALL", "value", self.value),
            prf_row(dataset, "timex", "DATE+TIME", "strict", self.dt_strict),
            prf_row(dataset, "timex", "DATE+TIME", "value", self.dt_value),
        ]
        dt_ok = sum(self.valued_by_type[t] for t in VALUE_TYPES)
        dt_n = sum(self.aligned_by_type[t] for t in VALUE_TYPES)
        rows.append(
            accuracy_row(dataset, "timex", "DATE+TIME", "value_acc", dt_ok, dt_n)
        )
        for t in [*TYPES, *sorted(set(self.gold_by_type) - set(TYPES))]:
            if not self.gold_by_type[t]:
                continue
            rows.append(
                recall_row(
                    dataset,
                    "timex",
                    t,
                    "overlap",
                    self.aligned_by_type[t],
                    self.gold_by_type[t],
                )
            )
            rows.append(
                accuracy_row(
                    dataset,
                    "timex",
                    t,
                    "value_acc",
                    self.valued_by_type[t],
                    self.aligned_by_type[t],
                )
            )
        return rows
