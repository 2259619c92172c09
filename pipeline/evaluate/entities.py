"""Entity mention scoring: exact and lenient P/R/F1 per label and ALL.

Predicted spaCy labels are mapped to the gold scheme with SPACY_TO_EVAL;
labels it does not list (DATE, CARDINAL, MONEY, ...) are not entities here
and are ignored, as are mapped labels the dataset does not annotate (MISC on
MEANTIME).

- exact: a prediction is correct when a gold mention has the same start,
  end and label. Duplicate spans count once on either side.
- lenient: a prediction may pair with a gold mention of the same label
  when it lies inside it (start >= gold start and end <= gold end). Pairs
  are one-to-one, and the count of correct items is the size of a maximum
  matching per document and label: P = matched / predictions, R = matched /
  gold mentions. This suits MEANTIME, whose extents are maximal ("JSA
  Research defence analysist Paul Nesbit" is one PER, so "Paul Nesbit" is
  right). One-to-one because MEANTIME's named mentions nest ("EADS" inside
  "... Space Company EADS N.V. ( EADS"): without it one prediction would
  recall every gold mention around it and two predictions inside one extent
  would both be correct, which lifted the bare model's MEANTIME lenient F1
  from .752 to .771 (PER from .694 to .744).
- MEANTIME's untyped mentions (UNLINKED, MIX) are ignore spans: a
  prediction inside one and inside no gold mention of its own label is left
  out of both P and R (see gold.py).
- ALL pools every scored label (micro average); the label must still match.
- Per-dataset label conventions: MEANTIME annotates nationality and
  demonym adjectives that premodify ("American", "European", "Canadian") as
  LOC mentions (syntactic type PRE.NAM), so on MEANTIME spaCy's NORP maps to
  LOC, as its guidelines define the class; CoNLL keeps NORP as MISC.
"""

from __future__ import annotations

from .gold import GoldDoc
from .metrics import Counts, max_matching, prf_row
from .types import PredEntity, ScoreRow

SPACY_TO_EVAL: dict[str, str] = {
    "PERSON": "PER",
    "PER": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "MISC": "MISC",
}

Span = tuple[int, int, str]


def map_predictions(
    entities: tuple[PredEntity, ...],
    labels: tuple[str, ...],
    scored_end: int | None = None,
    overrides: dict[str, str] | None = None,
) -> set[Span]:
    """The predicted (start, end, eval label) spans that take part in scoring.

    Keeps predictions whose mapped label is in `labels` and, when scored_end
    is given, that end at or before it (text after it is not annotated).
    """
    out: set[Span] = set()
    for e in entities:
        label = (overrides or {}).get(e.label) or SPACY_TO_EVAL.get(e.label)
        if label in labels and (scored_end is None or e.end <= scored_end):
            out.add((e.start, e.end, label))
    return out


def _inside(inner: Span, outer: Span) -> bool:
    return inner[2] == outer[2] and outer[0] <= inner[0] and inner[1] <= outer[1]


class EntityScorer:
    """Accumulates entity counts over documents; rows() gives the table lines."""

    def __init__(
        self, labels: tuple[str, ...], overrides: dict[str, str] | None = None
    ):
        self.labels = labels
        self.overrides = overrides or {}
        keys = (*labels, "ALL")
        self.exact = {k: Counts() for k in keys}
        self.lenient = {k: Counts() for k in keys}

    def add(self, gold: GoldDoc, entities: tuple[PredEntity, ...]) -> None:
        """Score one document's predictions against its gold mentions."""
        pred = map_predictions(entities, self.labels, gold.scored_end, self.overrides)
        gold_spans = set(gold.entities)
        if gold.ignore_entity:
            pred = {
                s
                for s in pred
                if any(_inside(s, t) for t in gold_spans)
                or not any(a <= s[0] and s[1] <= b for a, b in gold.ignore_entity)
            }
        for label in self.labels:
            p = {s for s in pred if s[2] == label}
            g = {s for s in gold_spans if s[2] == label}
            hit = len(p & g)
            # Per document the sets are small (tens of mentions), so the
            # pairwise containment test is cheap and needs no index.
            gl, pl = sorted(g), sorted(p)
            edges = [[j for j, s in enumerate(pl) if _inside(s, t)] for t in gl]
            lenient = max_matching(len(gl), len(pl), edges)
            for key in (label, "ALL"):
                self.exact[key].add(len(p), len(g), hit, hit)
                self.lenient[key].add(len(p), len(g), lenient, lenient)

    def rows(self, dataset: str) -> list[ScoreRow]:
        """Exact rows then lenient rows, labels in dataset order then ALL."""
        out = []
        for metric, table in (("exact", self.exact), ("lenient", self.lenient)):
            out += [
                prf_row(dataset, "entities", k, metric, c) for k, c in table.items()
            ]
        return out
