"""Batching, predictor contract checks and path expansion of the scorer."""

from __future__ import annotations

import pytest
from evalstub import CONLL, DATA, KNOWLEDGENET, MEANTIME, TIMEBANK, Stub, meantime_stub

from pipeline.evaluate import evaluate_file, run
from pipeline.evaluate.types import Prediction


def test_documents_are_handed_over_in_batches():
    stub = meantime_stub()
    by_one = evaluate_file(MEANTIME, stub, batch_size=1)
    assert [len(b) for b in stub.batches] == [1, 1]
    stub2 = meantime_stub()
    together = evaluate_file(MEANTIME, stub2, batch_size=64)
    assert [[x.doc_id for x in b] for b in stub2.batches] == [["m1", "m2"]]
    assert by_one == together
    stub3 = meantime_stub()
    assert evaluate_file(MEANTIME, stub3) == by_one
    assert [len(b) for b in stub3.batches] == [2]  # by default a set is one call


def test_predictor_must_keep_count_and_order():
    with pytest.raises(ValueError, match="2 documents"):
        evaluate_file(MEANTIME, lambda xs: [Prediction(xs[0].doc_id)], batch_size=2)
    with pytest.raises(ValueError, match="order"):
        evaluate_file(
            MEANTIME,
            lambda xs: [Prediction(x.doc_id) for x in reversed(xs)],
            batch_size=2,
        )
    with pytest.raises(ValueError, match="batch_size"):
        evaluate_file(MEANTIME, Stub({}), batch_size=0)


def test_run_expands_folders_and_keeps_file_order():
    rows = run([DATA / "timebank", CONLL], Stub({}))
    assert [r.dataset for r in rows][0] == "tb_mini"
    assert {r.dataset for r in rows} == {"tb_mini", "conll"}
    everything = run([DATA], Stub({}))
    assert sorted({r.dataset for r in everything}) == [
        "conll",
        "knowledgenet",
        "links",
        "meantime",
        "tb_mini",
    ]
    assert run([], Stub({})) == []


def test_run_rejects_missing_paths(tmp_path):
    with pytest.raises(FileNotFoundError):
        run([tmp_path / "nope.jsonl"], Stub({}))


def test_inputs_carry_text_and_publication_date():
    stub = Stub({})
    run([TIMEBANK, KNOWLEDGENET], stub)
    first = stub.batches[0][0]
    assert (first.doc_id, first.published) == ("b1", "1999-03-14")
    assert first.text.startswith("\nThe board met")
    assert stub.batches[1][0].published is None
