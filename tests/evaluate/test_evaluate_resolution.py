"""B-cubed entity resolution scores on links gold, worked out by hand.

links_mini.jsonl has eight PER/ORG gold mentions (its LOC and OTHER links
are dropped): Q1 Ama Dutt (l1 "Ama Dutt", l1 "Dutt", l2 "Ama Dutt"), Q2 Tarn
Rovers (l1 "Tarn Rovers", l1 "Rovers", l2 "Tarn Rovers"), Q4 Vell City, Q5
Kasmora Cup. The stub resolves them into clusters p1 {Ama Dutt x2}, p2
{Dutt}, o1 {Tarn Rovers x2, Vell City} (a false merge), a cluster of its own
for the id-less "Kasmora Cup", and "Rovers" is missed (a singleton).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from evalstub import LINKS, Stub, ent, texts

from pipeline.evaluate import evaluate_file, load_gold
from pipeline.evaluate.resolution import Item, bcubed, best_match
from pipeline.evaluate.types import PredEntity, Prediction


def stub() -> Stub:
    t = texts(LINKS)
    t1, t2 = t["l1"], t["l2"]
    return Stub(
        {
            "l1": Prediction(
                "l1",
                entities=(
                    ent(t1, "Ama Dutt", "PERSON", entity_id="p1"),
                    ent(t1, "Tarn Rovers", "ORG", entity_id="o1"),
                    ent(t1, "Dutt", "PERSON", 1, entity_id="p2"),
                    ent(t1, "Kasmora", "GPE", entity_id="g1"),  # not PER/ORG
                ),
            ),
            "l2": Prediction(
                "l2",
                entities=(
                    ent(t2, "Vell City", "ORG", entity_id="o1"),
                    ent(t2, "Ama", "PERSON", entity_id="p3"),  # overlaps less
                    ent(t2, "Ama Dutt from", "PERSON", entity_id="p1"),
                    ent(t2, "Tarn Rovers", "ORG", entity_id="o1"),
                    ent(t2, "Kasmora Cup", "ORG"),  # detected, no id
                ),
            ),
        }
    )


def _table(rows):
    return {(r.label, r.metric): r for r in rows}


def test_links_gold_keeps_per_and_org():
    l1, l2 = load_gold(LINKS).docs()
    t = l1.input.text
    assert [(t[s:e], q, typ) for s, e, q, typ in l1.links] == [
        ("Ama Dutt", "Q1", "PER"),
        ("Tarn Rovers", "Q2", "ORG"),
        ("Dutt", "Q1", "PER"),
        ("Rovers", "Q2", "ORG"),
    ]
    assert [q for *_, q, _ in l2.links] == ["Q4", "Q1", "Q2", "Q5"]
    assert l2.input.published is None


def test_bcubed_end_to_end_and_detected():
    rows = _table(evaluate_file(LINKS, stub()))
    approx = pytest.approx
    e2e = rows[("PER+ORG", "b3")]
    assert (e2e.precision, e2e.recall) == (approx(5 / 6), approx(2 / 3))
    assert e2e.f1 == approx(20 / 27)
    assert (e2e.support, e2e.n_pred) == (8, 5)
    det = rows[("PER+ORG", "b3_detected")]
    assert (det.precision, det.recall, det.f1) == (approx(17 / 21),) * 3
    assert (det.support, det.n_pred) == (7, 4)
    per = rows[("PER", "b3")]
    assert (per.precision, per.recall, per.support) == (1.0, approx(5 / 9), 3)
    org = rows[("ORG", "b3")]
    assert (org.precision, org.recall, org.support) == (
        approx(11 / 15),
        approx(11 / 15),
        5,
    )


def test_split_and_merged_counts():
    rows = _table(evaluate_file(LINKS, stub()))
    # Q1 is in p1 and p2; Q2 is whole among detected mentions, split by the miss.
    assert (rows[("PER+ORG", "split")].count, rows[("PER+ORG", "split")].support) == (
        1,
        4,
    )
    e2e = rows[("PER+ORG", "split_e2e")]
    assert (e2e.count, e2e.support) == (2, 4)
    merged = rows[("PER+ORG", "merged")]
    assert (merged.count, merged.support) == (1, 4)  # o1 holds Q2 and Q4


def test_perfect_resolution_scores_one_and_nothing_detected_scores_singletons():
    gold = {d.input.doc_id: d for d in load_gold(LINKS).docs()}
    perfect = Stub(
        {
            k: Prediction(
                k, tuple(PredEntity(s, e, "ORG", q) for s, e, q, _ in g.links)
            )
            for k, g in gold.items()
        }
    )
    rows = _table(evaluate_file(LINKS, perfect))
    for label in ("PER", "ORG", "PER+ORG"):
        for metric in ("b3", "b3_detected"):
            r = rows[(label, metric)]
            assert (r.precision, r.recall, r.f1) == (1.0, 1.0, 1.0)
    assert rows[("PER+ORG", "split")].count == rows[("PER+ORG", "merged")].count == 0
    empty = _table(evaluate_file(LINKS, Stub({})))
    r = empty[("PER+ORG", "b3")]
    # All singletons: precision 1, recall = mean of 1/|qid| = (3*1/3 + 3*1/3 + 2) / 8.
    assert (r.precision, r.recall) == (1.0, pytest.approx(4 / 8))
    assert empty[("PER+ORG", "b3_detected")].precision is None


def test_bcubed_on_items():
    def item(q, c):
        return Item(q, "PER", (c,), True)

    # gold {a: 1,2,3}, {b: 4}; predicted {1,2}, {3,4}
    items = [item("a", 1), item("a", 1), item("a", 2), item("b", 2)]
    p, r = bcubed(items)
    assert F(p).limit_denominator() == F(3, 4)
    assert F(r).limit_denominator() == F(2, 3)  # (2/3 + 2/3 + 1/3 + 1) / 4
    assert bcubed([]) == (None, None)


def test_best_match_prefers_most_overlap_then_earlier_then_shorter():
    a = PredEntity(0, 4, "ORG", "a")
    b = PredEntity(2, 10, "ORG", "b")
    c = PredEntity(3, 9, "ORG", "c")
    d = PredEntity(3, 12, "ORG", "d")
    assert best_match(3, 9, [c, b, a]) == b  # b and c overlap 6: b starts first
    assert best_match(3, 9, [d, c]) == c  # same start and overlap: c is shorter
    assert best_match(2, 9, [a, c, b]) == b  # b overlaps 7
    assert best_match(0, 3, [b, a]) == a
    assert best_match(20, 30, [a, b]) is None
