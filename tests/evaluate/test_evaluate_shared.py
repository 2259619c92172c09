"""Checks against the real development sets in ../shared/eval (skipped when absent).

The oracle test feeds the gold back as predictions: every exact metric must
be 1.0, which catches offset or filtering slips on real data. The gold
counts pin the filtering rules (named MEANTIME mentions, no creation time,
PER/ORG links). The oracle resolves links by their qid and gives every gold
PER/ORG mention of CoNLL a table row of its own kind, so resolution and row
precision must be perfect too.
"""

from __future__ import annotations

from evalstub import require_shared_eval

from pipeline.evaluate import find_dev_sets, load_gold, run
from pipeline.evaluate.types import (
    PredEntity,
    Prediction,
    PredRole,
    PredRow,
    PredTimex,
)

GOLD_COUNTS = {
    ("meantime", "entities", "PER"): 99,
    ("meantime", "entities", "ORG"): 523,
    ("meantime", "entities", "LOC"): 271,
    ("meantime", "timex", "ALL"): 370,
    ("conll2003_dev", "entities", "PER"): 1842,
    ("conll2003_dev", "entities", "ORG"): 1341,
    ("conll2003_dev", "entities", "LOC"): 1837,
    ("conll2003_dev", "entities", "MISC"): 922,
    ("timebank", "timex", "ALL"): 1243,
    ("aquaint", "timex", "ALL"): 579,
    ("knowledgenet_dev", "roles", "CEO+EMPLOYEE"): 373,
    ("conll04_train", "roles", "CEO+EMPLOYEE"): 239,
    ("aida_conll_dev", "resolution", "PER+ORG", "b3"): 2583,
    ("aida_conll_dev", "resolution", "PER", "b3"): 1278,
    ("aida_conll_dev", "resolution", "ORG", "b3"): 1305,
    ("aida_conll_dev", "resolution", "PER+ORG", "split_e2e"): 1147,
}
SPACY = {"PER": "PERSON", "ORG": "ORG"}


def oracle(gold_by_id):
    def predict(inputs):
        out = []
        for x in inputs:
            g = gold_by_id[x.doc_id]
            # CoNLL: one row per gold PER/ORG mention, of its kind.
            rows = {
                f"{x.doc_id}:{s}": PredRow(f"{x.doc_id}:{s}", lab)
                for s, e, lab in g.entities
                if lab in SPACY
            }
            out.append(
                Prediction(
                    x.doc_id,
                    entities=tuple(
                        PredEntity(s, e, lab, f"{x.doc_id}:{s}")
                        for s, e, lab in g.entities
                    )
                    + tuple(PredEntity(s, e, SPACY[t], q) for s, e, q, t in g.links),
                    timexes=tuple(
                        PredTimex(t.start, t.end, t.type, t.value) for t in g.timexes
                    ),
                    # Titled CEO so that the pairs of CEO-only passages are scored too.
                    roles=tuple(
                        PredRole(p, o, "Chief Executive Officer") for p, o in g.roles
                    ),
                    rows=tuple(rows.values()),
                )
            )
        return out

    return predict


def test_every_dev_set_is_found():
    paths = find_dev_sets(require_shared_eval())
    assert sorted(load_gold(p).name for p in paths) == [
        "aida_conll_dev",
        "aquaint",
        "conll04_train",
        "conll2003_dev",
        "knowledgenet_dev",
        "meantime",
        "timebank",
    ]


def test_oracle_scores_one_and_gold_counts():
    paths = find_dev_sets(require_shared_eval())
    gold_by_id = {d.input.doc_id: d for p in paths for d in load_gold(p).docs()}
    rows = run(paths, oracle(gold_by_id))
    for r in rows:
        if (
            r.metric in ("exact", "lenient", "strict", "overlap", "pair")
            and r.precision is not None
        ):
            assert (r.precision, r.recall, r.f1) == (1.0, 1.0, 1.0), r
        if r.metric == "value_acc" and r.accuracy is not None:
            assert r.accuracy == 1.0, r
        if r.metric in ("b3", "b3_detected"):
            assert (r.precision, r.recall, r.f1) == (1.0, 1.0, 1.0), r
        if r.metric in ("split", "split_e2e", "merged"):
            assert r.count == 0, r
        if r.task == "rows":
            assert r.precision == 1.0 and r.support > 0, r
    assert {(r.dataset, r.task, r.label) for r in rows if r.task == "rows"} == {
        ("conll2003_dev", "rows", "ORG"),
        ("conll2003_dev", "rows", "PER"),
        ("meantime", "rows", "ORG"),
        ("meantime", "rows", "PER"),
    }
    counts = {
        (r.dataset, r.task, r.label): r.support
        for r in rows
        if r.metric in ("exact", "strict", "pair")
    }
    counts.update({(r.dataset, r.task, r.label, r.metric): r.support for r in rows})
    for key, n in GOLD_COUNTS.items():
        assert counts[key] == n, key


def test_aida_lists_the_conll_dev_documents_in_order():
    """So a half of one is the same documents as that half of the other."""
    root = require_shared_eval()
    aida = load_gold(root / "aida_conll_dev" / "links.jsonl").docs()
    (conll,) = [p for p in find_dev_sets(root) if load_gold(p).name == "conll2003_dev"]
    assert [d.input.text for d in aida] == [
        d.input.text for d in load_gold(conll).docs()
    ]
