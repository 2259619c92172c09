"""Entity scoring on hand-made MEANTIME and CoNLL fixtures with exact expected
figures.
"""

from __future__ import annotations

import pytest
from evalstub import CONLL, MEANTIME, Stub, ent, meantime_stub, texts
from hypothesis import given
from hypothesis import strategies as st

from pipeline.evaluate import evaluate_file
from pipeline.evaluate.entities import SPACY_TO_EVAL, EntityScorer, map_predictions
from pipeline.evaluate.gold import GoldDoc
from pipeline.evaluate.types import EvalInput, PredEntity, Prediction


def by_key(rows, task="entities"):
    return {(r.label, r.metric): r for r in rows if r.task == task}


def check(row, p, r, f1, support, n_pred):
    assert (row.precision, row.recall, row.f1) == pytest.approx((p, r, f1), abs=1e-9)
    assert (row.support, row.n_pred) == (support, n_pred)


def test_meantime_exact_and_lenient():
    rows = by_key(evaluate_file(MEANTIME, meantime_stub()))
    assert {r.dataset for r in rows.values()} == {"meantime"}
    assert [k for k in rows if k[1] == "exact"] == [
        ("PER", "exact"),
        ("ORG", "exact"),
        ("LOC", "exact"),
        ("ALL", "exact"),
    ]
    # PER: gold {Jane Roe, Acme Corp chief Jane Roe}; 4 predictions, 1 exact.
    check(rows["PER", "exact"], 0.25, 0.5, 1 / 3, 2, 4)
    # Lenient: "Jane Roe" (2nd) pairs with the maximal extent; "chief" lies in
    # the same extent but one-to-one leaves it unmatched; "Acme" is PER inside ORG.
    check(rows["PER", "lenient"], 0.5, 1.0, 2 / 3, 2, 4)
    # ORG: the nested "Bolt Inc" cannot also claim "Bolt Inc unit Bolt Labs".
    check(rows["ORG", "exact"], 0.8, 4 / 6, 8 / 11, 6, 5)
    check(rows["ORG", "lenient"], 0.8, 4 / 6, 8 / 11, 6, 5)
    check(rows["LOC", "exact"], 1.0, 0.5, 2 / 3, 2, 1)
    check(rows["ALL", "exact"], 0.6, 0.6, 0.6, 10, 10)
    check(rows["ALL", "lenient"], 0.7, 0.7, 0.7, 10, 10)


def test_conll_labels_and_mapping():
    t = texts(CONLL)["c1"]
    stub = Stub(
        {
            "c1": Prediction(
                "c1",
                entities=(
                    ent(t, "Tarn", "GPE"),  # LOC where gold has ORG "Tarn Rovers"
                    ent(t, "Vell City", "ORG"),
                    ent(t, "Kasmora", "GPE"),
                    ent(
                        t, "Coach Ama Dutt", "PERSON"
                    ),  # contains the gold span: neither exact nor lenient
                    ent(t, "Kasmoran", "NORP"),  # MISC
                    ent(t, "2-1", "CARDINAL"),
                    ent(t, "Sunday", "DATE"),
                ),
            )
        }
    )
    rows = by_key(evaluate_file(CONLL, stub))
    assert {r.dataset for r in rows.values()} == {"conll"}
    check(rows["PER", "exact"], 0.0, 0.0, 0.0, 1, 1)
    check(rows["ORG", "exact"], 1.0, 0.5, 2 / 3, 2, 1)
    check(rows["LOC", "exact"], 0.5, 1.0, 2 / 3, 1, 2)
    check(rows["MISC", "exact"], 1.0, 1.0, 1.0, 1, 1)
    check(rows["ALL", "exact"], 0.6, 0.6, 0.6, 5, 5)
    check(rows["PER", "lenient"], 0.0, 0.0, 0.0, 1, 1)
    check(rows["ALL", "lenient"], 0.6, 0.6, 0.6, 5, 5)


def test_no_predictions_gives_undefined_precision_and_zero_f1():
    rows = by_key(evaluate_file(CONLL, Stub({})))
    r = rows["ALL", "exact"]
    assert (r.precision, r.recall, r.f1, r.n_pred) == (None, 0.0, 0.0, 0)


def test_label_mapping_table():
    assert SPACY_TO_EVAL["FAC"] == "LOC" and SPACY_TO_EVAL["GPE"] == "LOC"
    assert SPACY_TO_EVAL["LANGUAGE"] == "MISC" and SPACY_TO_EVAL["PERSON"] == "PER"
    assert "DATE" not in SPACY_TO_EVAL and "CARDINAL" not in SPACY_TO_EVAL
    ents = (
        PredEntity(0, 3, "NORP"),
        PredEntity(4, 8, "FAC"),
        PredEntity(9, 12, "MONEY"),
        PredEntity(13, 20, "ORG"),
    )
    assert map_predictions(ents, ("PER", "ORG", "LOC")) == {
        (4, 8, "LOC"),
        (13, 20, "ORG"),
    }
    assert map_predictions(ents, ("PER", "ORG", "LOC"), scored_end=19) == {
        (4, 8, "LOC")
    }


spans = st.lists(
    st.tuples(
        st.integers(0, 60),
        st.integers(1, 8),
        st.sampled_from(["PER", "ORG", "LOC", "MISC"]),
    ),
    max_size=12,
).map(lambda xs: sorted({(s, s + n, lab) for s, n, lab in xs}))


def _score(gold, pred):
    sc = EntityScorer(("PER", "ORG", "LOC", "MISC"))
    doc = GoldDoc(input=EvalInput("d", "x" * 80, None), entities=tuple(gold))
    sc.add(doc, tuple(PredEntity(*p) for p in pred))
    return {(r.label, r.metric): r for r in sc.rows("t")}


@given(spans)
def test_perfect_prediction_scores_one(gold):
    rows = _score(gold, gold)
    for r in rows.values():
        if r.support:
            assert (r.precision, r.recall, r.f1) == (1.0, 1.0, 1.0)


@given(spans, spans)
def test_lenient_never_below_exact(gold, pred):
    rows = _score(gold, pred)
    for label in ("PER", "ORG", "LOC", "MISC", "ALL"):
        ex, le = rows[label, "exact"], rows[label, "lenient"]
        assert (le.f1 or 0) >= (ex.f1 or 0)
        assert 0 <= (le.f1 or 0) <= 1


def test_meantime_maps_norp_to_loc_but_conll_does_not():
    from pipeline.evaluate.gold import CONLL, LABEL_OVERRIDES, MEANTIME

    ents = (PredEntity(0, 8, "NORP"),)
    assert map_predictions(
        ents, ("PER", "ORG", "LOC"), None, LABEL_OVERRIDES.get(MEANTIME)
    ) == {(0, 8, "LOC")}
    assert map_predictions(
        ents, ("PER", "ORG", "LOC", "MISC"), None, LABEL_OVERRIDES.get(CONLL)
    ) == {(0, 8, "MISC")}
