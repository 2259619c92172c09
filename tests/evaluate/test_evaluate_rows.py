"""Row precision of the entity tables on CoNLL gold, worked out by hand.

conll_mini.jsonl c1: "Tarn Rovers beat Vell City 2-1 in Kasmora on Sunday .
Coach Ama Dutt praised the Kasmoran fans ." with gold ORG Tarn Rovers, ORG
Vell City, LOC Kasmora, PER Ama Dutt, MISC Kasmoran.
"""

from __future__ import annotations

from evalstub import CONLL, Stub, ent, texts

from pipeline.evaluate import evaluate_file
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


def _rows(conf):
    return {
        (r.label, r.metric): (r.precision, r.count, r.support, r.n_pred)
        for r in evaluate_file(CONLL, _stub(conf))
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
        ("PER", "all"): (0.5, 1, 2, 2),
        ("PER", "conf>=0.5"): (1.0, 1, 1, 1),
        ("PER", "conf<0.5"): (None, 0, 0, 0),
    }


def test_no_rows_listed_gives_no_row_lines():
    assert [r for r in evaluate_file(CONLL, Stub({})) if r.task == "rows"] == []
