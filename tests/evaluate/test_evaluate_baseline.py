"""The bare-model baseline predictor."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from evalstub import CONLL, MEANTIME

from pipeline.evaluate import evaluate_file
from pipeline.evaluate.baseline import doc_to_prediction
from pipeline.evaluate.types import PredEntity, PredTimex


def test_doc_to_prediction_without_a_model():
    ents = [
        SimpleNamespace(start_char=0, end_char=4, label_="ORG"),
        SimpleNamespace(start_char=5, end_char=11, label_="DATE"),
        SimpleNamespace(start_char=12, end_char=17, label_="TIME"),
    ]
    p = doc_to_prediction("d", ents)
    assert p.doc_id == "d" and p.roles == ()
    assert p.entities == (
        PredEntity(0, 4, "ORG"),
        PredEntity(5, 11, "DATE"),
        PredEntity(12, 17, "TIME"),
    )
    assert p.timexes == (PredTimex(5, 11, "DATE", ""), PredTimex(12, 17, "TIME", ""))


def test_baseline_groups_person_and_org_mentions_by_text():
    ents = [
        SimpleNamespace(start_char=0, end_char=4, label_="ORG", text="Acme"),
        SimpleNamespace(start_char=5, end_char=8, label_="PERSON", text="Roe"),
        SimpleNamespace(start_char=9, end_char=13, label_="GPE", text="Oslo"),
    ]
    assert [e.entity_id for e in doc_to_prediction("d", ents).entities] == [
        "ORG:Acme",
        "PERSON:Roe",
        "",
    ]


@pytest.fixture(scope="module")
def predictor():
    pytest.importorskip("spacy")
    from pipeline.evaluate.baseline import baseline_predictor

    try:
        return baseline_predictor()
    except OSError as exc:
        pytest.skip(str(exc))


def test_baseline_runs_on_fixtures(predictor):
    for path in (CONLL, MEANTIME):
        rows = evaluate_file(path, predictor)
        all_exact = next(
            r
            for r in rows
            if (r.task, r.label, r.metric) == ("entities", "ALL", "exact")
        )
        assert all_exact.n_pred > 0 and 0.0 <= all_exact.f1 <= 1.0
        timex_rows = [r for r in rows if r.task == "timex" and r.metric == "value"]
        assert all(
            r.f1 in (0.0, None) for r in timex_rows
        )  # the baseline gives no values
