"""Row precision of the entity tables on CoNLL gold, worked out by hand.

conll_mini.jsonl c1: "Tarn Rovers beat Vell City 2-1 in Kasmora on Sunday .
Coach Ama Dutt praised the Kasmoran fans ." with gold ORG Tarn Rovers, ORG
Vell City, LOC Kasmora, PER Ama Dutt, MISC Kasmoran.
"""

from __future__ import annotations

import random

import pytest
from evalstub import CONLL, MEANTIME, Stub, ent, texts

from pipeline.evaluate import evaluate_file
from pipeline.evaluate.rows import ranking_auc
from pipeline.evaluate.types import Prediction, PredRow


def _stub(conf: dict[str, float | None]) -> Stub:
    t = texts(CONLL)["c1"]
    return Stub(
        {
            "c1": Prediction(
                "c1",
                entities=(
                    ent(t, "Tarn Rovers", "ORG", entity_id="oA"),  # on ORG
                    ent(t, "Vell City", "ORG", entity_id="oA"),  # on ORG: 2 of 2
                    ent(t, "Kasmora", "ORG", entity_id="oB"),  # on LOC: 0 of 1
                    ent(t, "Tarn", "ORG", entity_id="oC"),  # inside an ORG
                    ent(t, "Sunday", "ORG", entity_id="oC"),  # 1 of 2 is no majority
                    ent(t, "Dutt", "PERSON", entity_id="pA"),  # on PER: 1 of 1
                    ent(t, "Coach", "PERSON", entity_id="pB"),  # on nothing
                    ent(t, "Kasmoran", "ORG", entity_id="pB"),  # a person row: off
                    ent(t, "fans", "ORG", entity_id="xx"),  # no row listed: ignored
                ),
                rows=tuple(
                    PredRow(eid, {"o": "ORG", "p": "PER"}[eid[0]], c)
                    for eid, c in conf.items()
                ),
            )
        }
    )


def _rows(conf, path=CONLL, stub=None):
    return {
        (r.label, r.metric): (r.precision, r.count, r.support, r.n_pred)
        if r.metric != "conf_auc"
        else (r.accuracy, r.support)
        for r in evaluate_file(path, stub or _stub(conf))
        if r.task == "rows"
    }


def test_row_precision_without_confidence():
    rows = _rows(
        {"oA": None, "oB": None, "oC": None, "oD": None, "pA": None, "pB": None}
    )
    # oD has no mention: not judged.
    assert rows == {
        ("ORG", "all"): (1 / 3, 1, 3, 3),
        ("PER", "all"): (0.5, 1, 2, 2),
    }


def test_row_precision_split_by_confidence():
    rows = _rows({"oA": 0.9, "oB": 0.2, "oC": 0.5, "pA": 0.8, "pB": None})
    assert rows == {
        ("ORG", "all"): (1 / 3, 1, 3, 3),
        ("ORG", "conf>=0.5"): (0.5, 1, 2, 2),
        ("ORG", "conf<0.5"): (0.0, 0, 1, 1),
        # the one right row (oA, 0.9) above both wrong ones (0.5, 0.2)
        ("ORG", "conf_auc"): (1.0, 3),
        ("PER", "all"): (0.5, 1, 2, 2),
        ("PER", "conf>=0.5"): (1.0, 1, 1, 1),
        ("PER", "conf<0.5"): (None, 0, 0, 0),
        # no rated wrong people row (pB has no confidence): no ranking
    }


def test_the_ranking_auc_counts_pairs_and_ties_half():
    assert ranking_auc([0.9, 0.5, 0.2], [True, False, False]) == 1.0
    assert ranking_auc([0.2, 0.9], [True, False]) == 0.0
    # right 0.5 vs wrong 0.5 (tie: half) and 0.2 (win); right 0.1 loses both
    assert ranking_auc([0.5, 0.1, 0.5, 0.2], [True, True, False, False]) == 0.375
    assert ranking_auc([0.3, 0.4], [True, True]) is None


@pytest.mark.parametrize("seed", range(5))
def test_the_ranking_auc_is_the_share_of_ordered_pairs(seed):
    rng = random.Random(seed)
    scores = [rng.choice([0.1, 0.3, 0.5, 0.7]) for _ in range(30)]
    right = [rng.random() < 0.6 for _ in range(30)]
    pairs = [
        (p > n) + (p == n) / 2
        for p, rp in zip(scores, right)
        for n, rn in zip(scores, right)
        if rp and not rn
    ]
    assert ranking_auc(scores, right) == round(sum(pairs) / len(pairs), 3)


def test_meantime_rows_judge_only_the_annotated_opening():
    t = texts(MEANTIME)["m1"]
    stub = Stub(
        {
            "m1": Prediction(
                "m1",
                entities=(
                    ent(t, "Acme Corp", "ORG", entity_id="oA"),  # on ORG
                    # "Bolt Inc" lies after annotated_end: not judged, so oB
                    # (one mention there, one on the PRO "Zorland office") is
                    # wrong, and oC (only there) is no row judged
                    ent(t, "Bolt Inc", "ORG", entity_id="oB"),
                    ent(t, "Zorland office", "ORG", entity_id="oB"),
                    ent(t, "Bolt Inc", "ORG", entity_id="oC"),
                ),
                rows=(
                    PredRow("oA", "ORG", 0.4),
                    PredRow("oB", "ORG", 0.6),
                    PredRow("oC", "ORG", 0.9),
                ),
            )
        }
    )
    rows = _rows({}, MEANTIME, stub)
    assert rows[("ORG", "all")] == (0.5, 1, 2, 2)
    assert rows[("ORG", "conf_auc")] == (0.0, 2)


def test_no_rows_listed_gives_no_row_lines():
    assert [r for r in evaluate_file(CONLL, Stub({})) if r.task == "rows"] == []
