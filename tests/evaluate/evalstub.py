"""Shared helpers for the scorer tests: fixture paths, offsets by substring, stub
predictors.

A plain module with a name no other test folder uses (not a conftest.py),
so that `from evalstub import ...` cannot pick up another folder's helpers.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pipeline.evaluate.types import EvalInput, PredEntity, Prediction, PredTimex

DATA = Path(__file__).parent / "data"
MEANTIME = DATA / "meantime" / "meantime_mini.jsonl"
CONLL = DATA / "conll" / "conll_mini.jsonl"
TIMEBANK = DATA / "timebank" / "tb_mini.jsonl"
KNOWLEDGENET = DATA / "knowledgenet" / "kn_mini.jsonl"
LINKS = DATA / "links" / "links_mini.jsonl"
REPO = Path(__file__).resolve().parents[2]
SHARED_EVAL = Path(os.environ.get("NEWSNER_SHARED", REPO.parent / "shared")) / "eval"


def texts(path: Path) -> dict[str, str]:
    """doc id -> text of a fixture file."""
    return {r["id"]: r["text"] for r in map(json.loads, path.read_text().splitlines())}


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of needle in text (fails loudly when absent)."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    return i, i + len(needle)


def ent(
    text: str, needle: str, label: str, nth: int = 0, entity_id: str = ""
) -> PredEntity:
    return PredEntity(*span(text, needle, nth), label, entity_id)


def tmx(text: str, needle: str, kind: str, value: str, nth: int = 0) -> PredTimex:
    return PredTimex(*span(text, needle, nth), kind, value)


class Stub:
    """A Predictor that returns canned predictions by doc id and records the batches
    it saw.
    """

    def __init__(self, preds: dict[str, Prediction]):
        self.preds = preds
        self.batches: list[list[EvalInput]] = []

    def __call__(self, inputs: list[EvalInput]) -> list[Prediction]:
        self.batches.append(list(inputs))
        return [self.preds.get(x.doc_id, Prediction(x.doc_id)) for x in inputs]


def meantime_stub() -> Stub:
    """Predictions for meantime_mini.jsonl; expected scores are worked out in
    test_evaluate_entities/timexes.
    """
    t = texts(MEANTIME)
    t1, t2 = t["m1"], t["m2"]
    return Stub(
        {
            "m1": Prediction(
                "m1",
                entities=(
                    ent(t1, "Acme Corp", "ORG"),  # exact
                    ent(t1, "Jane Roe", "PERSON"),  # exact
                    ent(t1, "Acme Corp", "ORG", 1),  # exact (PRE.NAM)
                    ent(t1, "Jane Roe", "PERSON", 1),  # inside the maximal PER extent
                    ent(
                        t1, "chief", "PERSON"
                    ),  # also inside it: one-to-one leaves it wrong
                    ent(t1, "Acme", "PERSON"),  # wrong label
                    ent(t1, "Zorland", "GPE"),  # exact LOC
                    ent(
                        t1, "Zorland office", "PRODUCT"
                    ),  # MISC: not scored on MEANTIME
                    ent(t1, "Monday", "DATE"),  # not an entity label
                    ent(t1, "Bolt Inc", "ORG"),  # after annotated_end
                ),
                timexes=(
                    tmx(
                        t1, "May 02 , 2011", "DATE", "2011-05-02"
                    ),  # creation time: ignored
                    tmx(t1, "Monday", "DATE", "2011-05-09"),  # strict, wrong value
                    tmx(t1, "weeks", "DURATION", "P2W"),  # overlap, right value
                    tmx(t1, "Later", "DATE", "FUTURE_REF"),  # after annotated_end
                ),
            ),
            "m2": Prediction(
                "m2",
                entities=(
                    ent(t2, "Bolt Inc", "ORG"),  # exact
                    ent(
                        t2, "Bolt Inc", "ORG", 1
                    ),  # exact nested; cannot also claim the outer extent
                    ent(t2, "Yorvik", "ORG"),  # wrong label
                    ent(t2, "Kim Lee", "PERSON"),  # inside an UNLINKED mention: ignored
                ),
                timexes=(
                    tmx(
                        t2, "June 10", "DATE", "2012-06-10"
                    ),  # overlaps creation time: ignored
                    tmx(
                        t2, "3 June 2012 at 10 am", "DATE", "2012-06-03"
                    ),  # spans two gold timexes
                    tmx(t2, "close", "DATE", ""),  # false positive
                ),
            ),
        }
    )


def require_shared_eval() -> Path:
    """The shared gold folder; skips the calling test when it is not there."""
    if not SHARED_EVAL.is_dir():
        pytest.skip(f"{SHARED_EVAL} not present")
    return SHARED_EVAL
