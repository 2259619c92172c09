"""Timex scoring on hand-made MEANTIME and TimeBank fixtures with exact expected
figures.
"""

from __future__ import annotations

import pytest
from evalstub import MEANTIME, TIMEBANK, Stub, meantime_stub, texts, tmx

from pipeline.evaluate import evaluate_file, run
from pipeline.evaluate.gold import GoldDoc, GoldTimex
from pipeline.evaluate.timexes import TimexScorer, align, value_correct
from pipeline.evaluate.types import EvalInput, Prediction, PredTimex


def by_key(rows):
    return {(r.label, r.metric): r for r in rows if r.task == "timex"}


def prf(row):
    return (row.precision, row.recall, row.f1)


def test_meantime_timexes():
    rows = by_key(evaluate_file(MEANTIME, meantime_stub()))
    # Gold: Monday, two weeks (m1); 3 June 2012, 10 am (m2); creation times excluded.
    # Scored predictions: Monday, weeks, "3 June 2012 at 10 am", close.
    assert prf(rows["ALL", "strict"]) == pytest.approx((0.25, 0.25, 0.25))
    assert prf(rows["ALL", "overlap"]) == pytest.approx((0.75, 0.75, 0.75))
    assert prf(rows["ALL", "value"]) == pytest.approx((0.5, 0.5, 0.5))
    assert (rows["ALL", "strict"].support, rows["ALL", "strict"].n_pred) == (4, 4)
    acc = rows["DATE+TIME", "value_acc"]
    assert (acc.accuracy, acc.support) == (0.5, 2)
    assert (rows["DATE", "overlap"].recall, rows["DATE", "overlap"].support) == (1.0, 2)
    assert rows["DATE", "overlap"].precision is None
    assert (rows["TIME", "overlap"].recall, rows["TIME", "value_acc"].accuracy) == (
        0.0,
        None,
    )
    assert (
        rows["DURATION", "overlap"].recall,
        rows["DURATION", "value_acc"].accuracy,
    ) == (1.0, 1.0)
    assert ("SET", "overlap") not in rows


def test_timebank_timexes():
    t = texts(TIMEBANK)
    stub = Stub(
        {
            "b1": Prediction(
                "b1",
                timexes=(
                    tmx(
                        t["b1"], "Friday", "DATE", "1999-03-12"
                    ),  # loses the alignment to the longer overlap
                    tmx(t["b1"], "12 March 1999", "DATE", "1999-03-12"),
                    tmx(t["b1"], "three hours", "DURATION", "PT3H"),
                ),
            ),
            "b2": Prediction("b2", timexes=(tmx(t["b2"], "yesterday", "DATE", ""),)),
        }
    )
    rows = by_key(evaluate_file(TIMEBANK, stub))
    assert {r.dataset for r in rows.values()} == {"tb_mini"}
    assert prf(rows["ALL", "strict"]) == pytest.approx((1 / 4, 1 / 3, 2 / 7))
    assert prf(rows["ALL", "overlap"]) == pytest.approx((2 / 4, 2 / 3, 4 / 7))
    assert prf(rows["ALL", "value"]) == pytest.approx((2 / 4, 2 / 3, 4 / 7))
    assert rows["DATE+TIME", "value_acc"].accuracy == 1.0
    assert (rows["SET", "overlap"].recall, rows["SET", "value_acc"].support) == (0.0, 0)


def test_align_prefers_largest_overlap_and_is_one_to_one():
    gold = [GoldTimex(0, 10, "DATE", "x"), GoldTimex(12, 20, "TIME", "y")]
    pred = [
        PredTimex(0, 3, "DATE", ""),
        PredTimex(2, 18, "DATE", ""),
        PredTimex(14, 16, "TIME", ""),
    ]
    # pred 1 overlaps gold 0 by 8 and gold 1 by 6: it takes gold 0; gold 1 gets pred 2.
    assert align(gold, pred) == {0: 1, 1: 2}


def test_value_correct():
    g = GoldTimex(0, 4, "DATE", "2020-01-02")
    assert value_correct(g, PredTimex(0, 4, "DATE", " 2020-01-02 "))
    assert not value_correct(g, PredTimex(0, 4, "DATE", "2020-01"))
    assert not value_correct(GoldTimex(0, 4, "DATE", ""), PredTimex(0, 4, "DATE", ""))


def test_timebank_date_time_block():
    t = texts(TIMEBANK)
    stub = Stub(
        {
            "b1": Prediction(
                "b1",
                timexes=(
                    tmx(t["b1"], "Friday", "DATE", "1999-03-12"),
                    tmx(t["b1"], "12 March 1999", "DATE", "1999-03-12"),
                    tmx(
                        t["b1"], "three hours", "DURATION", "PT3H"
                    ),  # not DATE/TIME: out of the block
                ),
            ),
            "b2": Prediction("b2", timexes=(tmx(t["b2"], "yesterday", "DATE", ""),)),
        }
    )
    rows = by_key(evaluate_file(TIMEBANK, stub))
    # Gold DATE/TIME: the one DATE; predictions: Friday, 12 March 1999, yesterday.
    assert prf(rows["DATE+TIME", "strict"]) == pytest.approx((0.0, 0.0, 0.0))
    assert prf(rows["DATE+TIME", "value"]) == pytest.approx((1 / 3, 1.0, 0.5))
    assert (rows["DATE+TIME", "value"].support, rows["DATE+TIME", "value"].n_pred) == (
        1,
        3,
    )


def _doc(*timexes):
    return GoldDoc(input=EvalInput("d", "x" * 40, "2000-01-01"), timexes=timexes)


def test_date_time_block_leaves_other_kinds_out_of_both_sides():
    sc = TimexScorer()
    gold = _doc(
        GoldTimex(0, 10, "DATE", "2000-01"), GoldTimex(20, 30, "DURATION", "P1M")
    )
    # A DURATION prediction on the gold DATE: neither a false positive nor a find.
    sc.add(
        gold,
        (PredTimex(0, 10, "DURATION", "P1M"), PredTimex(20, 30, "DATE", "2000-01")),
    )
    rows = by_key(sc.rows("t"))
    assert prf(rows["DATE+TIME", "strict"]) == pytest.approx((0.0, 0.0, 0.0))
    assert (
        rows["DATE+TIME", "strict"].support,
        rows["DATE+TIME", "strict"].n_pred,
    ) == (1, 1)
    assert prf(rows["ALL", "strict"]) == pytest.approx((1.0, 1.0, 1.0))
    sc.add(
        gold, (PredTimex(0, 10, "TIME", "2000-01"),)
    )  # kind TIME on a gold DATE is in scope
    rows = by_key(sc.rows("t"))
    assert prf(rows["DATE+TIME", "value"]) == pytest.approx((1 / 2, 1 / 2, 1 / 2))


def test_run_pools_timebank_format_files(tmp_path):
    copy = tmp_path / "tb_copy.jsonl"
    copy.write_text(TIMEBANK.read_text())
    t = texts(TIMEBANK)
    stub = Stub(
        {
            "b1": Prediction(
                "b1",
                timexes=(
                    tmx(t["b1"], "Friday , 12 March 1999", "DATE", "1999-03-12"),
                    tmx(t["b1"], "every week", "DATE", "XXXX-WXX"),
                ),
            )
        }
    )
    rows = run([TIMEBANK, copy], stub)
    assert [r.dataset for r in rows if (r.label, r.metric) == ("ALL", "strict")] == [
        "tb_mini",
        "tb_copy",
        "tb_mini+tb_copy",
    ]
    pooled = by_key(r for r in rows if r.dataset == "tb_mini+tb_copy")
    assert (pooled["ALL", "strict"].support, pooled["ALL", "strict"].n_pred) == (6, 4)
    assert prf(pooled["ALL", "strict"]) == pytest.approx((1.0, 2 / 3, 0.8))
    assert prf(pooled["DATE+TIME", "value"]) == pytest.approx((1 / 2, 1.0, 2 / 3))
    assert (
        pooled["DATE", "value_acc"].accuracy,
        pooled["DATE", "value_acc"].support,
    ) == (1.0, 2)
    assert run([TIMEBANK], stub)[-1].dataset == "tb_mini"  # one file: nothing to pool
