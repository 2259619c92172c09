"""Cross-document entity resolution against Wikidata links (aida_conll_dev): B-cubed.

Counting, exactly:

- Gold: every link mention of coarse type PER or ORG (gold.py drops LOC and
  OTHER), across all documents of the file; its gold cluster is its qid, so
  two mentions with one qid are one entity within and across documents.
- Matching: each gold mention takes the predicted mention whose label maps
  to PER or ORG (entities.SPACY_TO_EVAL; the predicted label need not equal
  the gold type) and that overlaps it by the most characters; ties go to the
  earlier start, then the shorter span, then the smaller entity id. Several
  gold mentions may take the same prediction. A gold mention that overlaps
  no such prediction is undetected.
- Predicted clusters: a detected gold mention belongs to the cluster of its
  prediction's entity_id (one cluster per id, across documents); a
  prediction without an id is a cluster of its own (shared by the gold
  mentions it covers); an undetected mention is a singleton.
- B-cubed over a scope of gold mentions: for each mention m, with C its
  predicted cluster and K its gold cluster, both restricted to the scope,
  precision(m) = |C & K| / |C| and recall(m) = |C & K| / |K|; P and R are
  the means over the scope, F1 their harmonic mean. Scope `b3` is every gold
  mention (end to end: missed mentions cost recall), scope `b3_detected`
  the detected ones (resolution alone). Rows per gold type (clusters
  restricted to that type's mentions) and for PER+ORG.
- `split`: gold entities (qids) whose detected mentions fall in more than
  one predicted cluster (issue #12's "gold entities split over several
  ids"; support = qids with a detected mention); `split_e2e` the same over
  every gold mention, so an entity with a missed mention counts as split
  too (support = every qid). `merged`: predicted clusters holding mentions
  of more than one qid (issue #12's "ids holding several gold entities"; the
  same in both scopes, as singletons merge nothing; support = clusters
  holding a detected gold mention).
- Row columns: support = gold mentions in scope, pred = predicted clusters
  they fall in, count = entities split or clusters merged.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .entities import SPACY_TO_EVAL
from .gold import LINK_TYPES, GoldDoc
from .metrics import f1_score
from .types import PredEntity, ScoreRow

TASK = "resolution"
ALL = "+".join(LINK_TYPES)


@dataclass(frozen=True)
class Item:
    """One gold mention: its qid, gold type, predicted cluster and whether detected."""

    qid: str
    type: str
    cluster: tuple
    detected: bool


def best_match(start: int, end: int, preds: list[PredEntity]) -> PredEntity | None:
    """The prediction overlapping [start, end) most (ties: see module doc), or None."""
    best, best_key = None, None
    for p in preds:
        overlap = min(end, p.end) - max(start, p.start)
        if overlap <= 0:
            continue
        key = (-overlap, p.start, p.end - p.start, p.entity_id)
        if best_key is None or key < best_key:
            best, best_key = p, key
    return best


def bcubed(items: list[Item]) -> tuple[float | None, float | None]:
    """Mention-averaged B-cubed (precision, recall) of the items' clusters vs qids."""
    if not items:
        return None, None
    cell = Counter((i.qid, i.cluster) for i in items)
    gold = Counter(i.qid for i in items)
    pred = Counter(i.cluster for i in items)
    p = sum(n * n / pred[c] for (_, c), n in cell.items()) / len(items)
    r = sum(n * n / gold[q] for (q, _), n in cell.items()) / len(items)
    return p, r


def split_count(items: list[Item]) -> tuple[int, int]:
    """(qids in more than one cluster, qids)."""
    clusters: dict[str, set] = defaultdict(set)
    for i in items:
        clusters[i.qid].add(i.cluster)
    return sum(len(c) > 1 for c in clusters.values()), len(clusters)


def merged_count(items: list[Item]) -> tuple[int, int]:
    """(clusters holding more than one qid, clusters)."""
    qids: dict[tuple, set] = defaultdict(set)
    for i in items:
        qids[i.cluster].add(i.qid)
    return sum(len(q) > 1 for q in qids.values()), len(qids)


class ResolutionScorer:
    """Collects matched gold mentions over a whole file; rows() scores them at once."""

    def __init__(self) -> None:
        self.items: list[Item] = []

    def add(self, gold: GoldDoc, entities: tuple[PredEntity, ...]) -> None:
        """Match one document's gold links to its PER/ORG predictions."""
        doc = gold.input.doc_id
        preds = [e for e in entities if SPACY_TO_EVAL.get(e.label) in LINK_TYPES]
        for k, (start, end, qid, typ) in enumerate(gold.links):
            p = best_match(start, end, preds)
            if p is None:
                cluster: tuple = ("undetected", doc, k)
            elif p.entity_id:
                cluster = ("id", p.entity_id)
            else:
                cluster = ("mention", doc, p.start, p.end)
            self.items.append(Item(qid, typ, cluster, p is not None))

    def _b3_row(self, dataset: str, label: str, metric: str, items) -> ScoreRow:
        p, r = bcubed(items)
        n_clusters = len({i.cluster for i in items})
        return ScoreRow(
            dataset, TASK, label, metric, p, r, f1_score(p, r), len(items), n_clusters
        )

    def rows(self, dataset: str) -> list[ScoreRow]:
        """b3 rows (PER, ORG, PER+ORG), b3_detected rows, then split/merged counts."""
        detected = [i for i in self.items if i.detected]
        out = []
        for metric, scope in (("b3", self.items), ("b3_detected", detected)):
            for label in (*LINK_TYPES, ALL):
                items = [i for i in scope if label == ALL or i.type == label]
                out.append(self._b3_row(dataset, label, metric, items))
        for metric, (n, of) in (
            ("split", split_count(detected)),
            ("split_e2e", split_count(self.items)),
            ("merged", merged_count(detected)),
        ):
            out.append(
                ScoreRow(dataset, TASK, ALL, metric, None, None, None, of, count=n)
            )
        return out
