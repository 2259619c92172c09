"""Held-out halves: by record position, deterministic, disjoint and covering."""

from __future__ import annotations

import json

import pytest
from evalstub import CONLL, KNOWLEDGENET, Stub
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.evaluate import evaluate_file, load_gold
from pipeline.evaluate.halves import half_name, in_half


def _ids(path, half=None):
    return [d.input.doc_id for d in load_gold(path, half).docs()]


def test_knowledgenet_halves_count_skipped_records():
    # k4 (record 3) lists no property: skipped, but it still takes an odd slot.
    assert _ids(KNOWLEDGENET) == ["k1", "k2", "k3", "k5", "k6"]
    assert _ids(KNOWLEDGENET, "a") == ["k1", "k3", "k5"]
    assert _ids(KNOWLEDGENET, "b") == ["k2", "k6"]


def test_half_names_the_dataset():
    assert load_gold(CONLL, "a").name == "conll/a"
    assert load_gold(CONLL).name == "conll"
    assert half_name("aquaint", "b") == "aquaint/b"
    with pytest.raises(ValueError, match="half"):
        load_gold(CONLL, "c")


def test_scoring_a_half_hands_over_only_that_half():
    stub = Stub({})
    rows = evaluate_file(KNOWLEDGENET, stub, half="b")
    assert [x.doc_id for b in stub.batches for x in b] == ["k2", "k6"]
    assert {r.dataset for r in rows} == {"knowledgenet/b"}


# No deadline: each example writes a file, slow on a loaded machine.
@settings(deadline=None, max_examples=50)
@given(st.lists(st.sampled_from(["", "x"]), max_size=30))
def test_halves_are_deterministic_disjoint_and_covering(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("halves") / "gold.jsonl"
    n = 0
    out = []
    for kind in ["x", *lines]:  # a gold file starts with a record
        if kind:
            out.append(
                json.dumps(
                    {"id": f"d{n}", "text": "t", "sentences": [], "entities": []}
                )
            )
            n += 1
        else:
            out.append("")  # blank lines do not count
    path.write_text("\n".join(out) + "\n")
    a, b, every = _ids(path, "a"), _ids(path, "b"), _ids(path)
    assert a == _ids(path, "a") and b == _ids(path, "b")
    assert not set(a) & set(b)
    assert sorted(a + b) == sorted(every) and len(every) == n
    assert a == [f"d{i}" for i in range(0, n, 2)]
    assert len(a) - len(b) in (0, 1)


def test_in_half():
    assert [in_half(i, "a") for i in range(4)] == [True, False, True, False]
    assert all(in_half(i, None) for i in range(4))
