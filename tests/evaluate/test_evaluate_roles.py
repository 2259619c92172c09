"""Role pair scoring on a hand-made KnowledgeNet fixture, and the name matching rule."""

from __future__ import annotations

import pytest
from evalstub import KNOWLEDGENET, Stub

from pipeline.evaluate import evaluate_file
from pipeline.evaluate.gold import GoldDoc
from pipeline.evaluate.roles import (
    RoleScorer,
    names_match,
    normalize_name,
    scored_roles,
)
from pipeline.evaluate.types import EvalInput, Prediction, PredRole


def test_normalize_name():
    assert normalize_name("Health Management Associates'") == (
        "health",
        "management",
        "associates",
    )
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
    stub = Stub(
        {
            "k1": Prediction(
                "k1",
                roles=(
                    PredRole("Mara Quint", "Delta Widgets", "Chief Executive Officer"),
                    PredRole(
                        "Mara Quint", "Delta Widgets", "CEO"
                    ),  # same pair again: counted once
                ),
            ),
            "k2": Prediction(
                "k2",
                roles=(
                    PredRole(
                        "Olek Brand", "Ferro Labs", "engineer"
                    ),  # gold person "Olek" is contained
                    PredRole("Olek Brand", "", "engineer"),  # no org: ignored
                    PredRole("Olek", "Nordic", "member"),
                    PredRole(
                        "Olek", "Nordic Union", "member"
                    ),  # second match for one gold pair: false positive
                ),
            ),
            "k3": Prediction(
                "k3",
                roles=(PredRole("Ivo Sten", "Brightmoor", "Chief Executive Officer"),),
            ),  # negative
            "k4": Prediction(
                "k4", roles=(PredRole("Pia Lund", "Zed Co", "CEO"),)
            ),  # passage not scored
            "k5": Prediction(
                "k5", roles=(PredRole("Al Pires", "Corvo SA", "CEO"),)
            ),  # Al is not Alan
            # A CEO-only passage: the chairs are true but unannotated, so they are not
            # scored.
            "k6": Prediction(
                "k6",
                roles=(
                    PredRole("Rena Holt", "Vell Group", "Chairman"),
                    PredRole("Rena Holt", "Tarn Bank", "Chairman"),
                    PredRole("Rena Holt", "Vell Group", "Chief Executive Officer"),
                ),
            ),
        }
    )
    rows = evaluate_file(KNOWLEDGENET, stub)
    assert [(r.dataset, r.task, r.label, r.metric) for r in rows] == [
        ("knowledgenet", "roles", "CEO+EMPLOYEE", "pair")
    ]
    r = rows[0]
    assert (r.precision, r.recall) == pytest.approx((4 / 7, 4 / 5))
    assert (r.support, r.n_pred) == (5, 7)
    assert [x.doc_id for b in stub.batches for x in b] == ["k1", "k2", "k3", "k5", "k6"]


def test_ceo_only_passage_scores_only_chief_executives():
    gold = GoldDoc(
        input=EvalInput("d", "t", None), roles=(("A", "B"),), role_properties=("CEO",)
    )
    roles = (
        PredRole("A", "B", "Chairman"),
        PredRole("A", "C", "Chief Executive Officer"),
    )
    assert scored_roles(gold, roles) == (roles[1],)
    both = GoldDoc(
        input=EvalInput("d", "t", None),
        role_properties=("CEO", "EMPLOYEE_OR_MEMBER_OF"),
    )
    assert scored_roles(both, roles) == roles
    assert scored_roles(GoldDoc(input=EvalInput("d", "t", None)), roles) == roles


def _counts(gold_pairs, roles):
    scorer = RoleScorer()
    scorer.add(GoldDoc(input=EvalInput("d", "t", None), roles=gold_pairs), roles)
    c = scorer.pairs
    return c.n_pred, c.n_gold, c.correct_pred


def test_a_roles_row_is_one_prediction_whatever_its_names():
    party = (
        PredRole("Ana Ruiz", "Union Party", "Leader", "p1 o1"),
        PredRole("Ana Ruiz", "UP", "Leader", "p1 o1"),
    )
    # the gold lists the long name alone: the acronym of the right row is no error
    assert _counts((("Ana Ruiz", "Union Party"),), party) == (1, 1, 1)
    # a gold pair per name: both are found
    assert _counts((("Ana Ruiz", "Union Party"), ("Ana Ruiz", "UP")), party) == (
        2,
        2,
        2,
    )
    # a wrong row with two names is one false positive
    assert _counts((), party) == (1, 0, 0)
    # two rows (the table did not join "Ana" and "Ana Ruiz") stay two predictions
    split = (party[0], PredRole("Ana", "Union Party", "Leader", "p2 o1"))
    assert _counts((("Ana Ruiz", "Union Party"),), split) == (2, 1, 1)
    # roles without a row name are rows of their own
    bare = (PredRole("Ana Ruiz", "Union Party", ""), PredRole("Ana Ruiz", "UP", ""))
    assert _counts((("Ana Ruiz", "Union Party"),), bare) == (2, 1, 1)
