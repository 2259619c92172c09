"""Counting and precision/recall/F1 arithmetic shared by every task."""

from __future__ import annotations

from dataclasses import dataclass

from .types import ScoreRow


@dataclass
class Counts:
    """Running totals for one (task, label, metric).

    Precision and recall get separate numerators because the lenient and
    overlap metrics are not one-to-one: precision counts the predictions
    judged correct, recall counts the gold items judged found. For exact
    matching the two numerators are equal.
    """

    n_pred: int = 0
    n_gold: int = 0
    correct_pred: int = 0
    correct_gold: int = 0

    def add(
        self, n_pred: int, n_gold: int, correct_pred: int, correct_gold: int
    ) -> None:
        """Add one document's counts."""
        self.n_pred += n_pred
        self.n_gold += n_gold
        self.correct_pred += correct_pred
        self.correct_gold += correct_gold


def max_matching(n_left: int, n_right: int, edges: list[list[int]]) -> int:
    """Size of a maximum bipartite matching (Kuhn's augmenting paths).

    edges[i] lists the right nodes left node i may pair with. It runs per
    document and label, where each side holds tens of items, so the simple
    O(V*E) algorithm is plenty (recursion depth <= n_left).
    """
    return len(matched_right(n_left, n_right, edges))


def matched_right(n_left: int, n_right: int, edges: list[list[int]]) -> set[int]:
    """The right nodes of one maximum bipartite matching (see max_matching)."""
    owner = [-1] * n_right

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if owner[j] == -1 or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(n_left):
        augment(i, set())
    return {j for j, i in enumerate(owner) if i != -1}


def ratio(num: int, den: int) -> float | None:
    """num/den, or None when den is 0 (undefined, shown as '-')."""
    return num / den if den else None


def f1_score(p: float | None, r: float | None) -> float | None:
    """Harmonic mean; None only when both are undefined, an undefined side counts as
    0.
    """
    if p is None and r is None:
        return None
    p, r = p or 0.0, r or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def prf_row(dataset: str, task: str, label: str, metric: str, c: Counts) -> ScoreRow:
    """Turn running counts into a table row with P, R, F1 and support (= gold count)."""
    p = ratio(c.correct_pred, c.n_pred)
    r = ratio(c.correct_gold, c.n_gold)
    return ScoreRow(
        dataset, task, label, metric, p, r, f1_score(p, r), c.n_gold, c.n_pred
    )


def recall_row(
    dataset: str, task: str, label: str, metric: str, found: int, n_gold: int
) -> ScoreRow:
    """A row that has recall only (e.g. per gold type, where predictions have no gold
    type).
    """
    return ScoreRow(
        dataset, task, label, metric, None, ratio(found, n_gold), None, n_gold
    )


def accuracy_row(
    dataset: str, task: str, label: str, metric: str, correct: int, total: int
) -> ScoreRow:
    """A row that has accuracy only: correct/total, support = total."""
    return ScoreRow(
        dataset,
        task,
        label,
        metric,
        None,
        None,
        None,
        total,
        accuracy=ratio(correct, total),
    )
