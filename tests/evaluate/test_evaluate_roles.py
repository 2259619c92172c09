"""Role pair scoring on a hand-made KnowledgeNet fixture, and the name matching rule."""

from __future__ import annotations

import pytest
from evalstub import KNOWLEDGENET, Stub

from pipeline.evaluate import evaluate_file
from pipeline.evaluate.roles import names_match, normalize_name
from pipeline.evaluate.types import Prediction, PredRole


def test_normalize_name():
    assert normalize_name("Health Management Associates'") == ("health", "management", "associates")
    assert normalize_name("Boeing's") == ("boeing",)
    assert normalize_name("John M. Starcher, Jr") == ("john", "m", "starcher", "jr")
    assert normalize_name("O'Neill") == ("o", "neill")
    assert normalize_name("  ") == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Denis", "Denis Smith", True),
        ("Denis Smith", "Denis", True),
        ("Smith", "Denis Smith", True),
        ("Al", "Alan", False),
        ("Denis Smith", "Smith Denis", False),
        ("ACME Corp.", "Acme Corp", True),
        ("", "Acme", False),
    ],
)
def test_names_match(a, b, expected):
    assert names_match(normalize_name(a), normalize_name(b)) is expected


def test_knowledgenet_pairs():
    stub = Stub({
        "k1": Prediction("k1", roles=(
            PredRole("Mara Quint", "Delta Widgets", "Chief Executive Officer"),
            PredRole("Mara Quint", "Delta Widgets", "CEO"),  # same pair again: counted once
        )),
        "k2": Prediction("k2", roles=(
            PredRole("Olek Brand", "Ferro Labs", "engineer"),  # gold person "Olek" is contained
            PredRole("Olek Brand", "", "engineer"),  # no org: ignored
            PredRole("Olek", "Nordic", "member"),
            PredRole("Olek", "Nordic Union", "member"),  # second match for one gold pair: false positive
        )),
        "k3": Prediction("k3", roles=(PredRole("Ivo Sten", "Brightmoor", "CEO"),)),  # annotated negative
        "k4": Prediction("k4", roles=(PredRole("Pia Lund", "Zed Co", "CEO"),)),  # passage not scored
        "k5": Prediction("k5", roles=(PredRole("Al Pires", "Corvo SA", "CEO"),)),  # Al is not Alan
    })
    rows = evaluate_file(KNOWLEDGENET, stub)
    assert [(r.dataset, r.task, r.label, r.metric) for r in rows] == [
        ("knowledgenet", "roles", "CEO+EMPLOYEE", "pair")
    ]
    r = rows[0]
    assert (r.precision, r.recall, r.f1) == pytest.approx((0.5, 0.75, 0.6))
    assert (r.support, r.n_pred) == (4, 6)
    assert [x.doc_id for b in stub.batches for x in b] == ["k1", "k2", "k3", "k5"]
