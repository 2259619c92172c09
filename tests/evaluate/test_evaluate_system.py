"""newsner as the system under test: gold texts go through `run()` unchanged and the
predictions come from the tables it wrote (real model, invented texts).
"""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.evaluate.system import _check_offsets, pipeline_predictor, write_input
from pipeline.evaluate.types import EvalInput
from pipeline.ingest import iter_articles

TRICKY = [
    "  leading and trailing blanks \n\n",
    "carriage\rreturn and\r\nCRLF\r\n",
    "Jose\u0301 decomposed, caf\u00e9 composed, \ufeffa BOM inside",
    "\ufeffa BOM first, a line\u2028separator, a tab\tand \u00a0nbsp",
    'quotes " and \\ backslashes, emoji \U0001f600, CJK \u4e2d\u6587',
]


def test_ingest_keeps_gold_text_exactly(tmp_path):
    inputs = [
        EvalInput(f"d{i}", t, "2020-02-29" if i else None) for i, t in enumerate(TRICKY)
    ]
    path = tmp_path / "gold.jsonl"
    write_input(inputs, path)
    arts = list(iter_articles([path], 1_000_000))
    assert [(a.article_id, a.text, a.status) for a in arts] == [
        (x.doc_id, x.text, "ok") for x in inputs
    ]
    assert [a.published for a in arts] == ["", *["2020-02-29"] * 4]


def test_gold_ids_must_be_usable_article_ids():
    predict = pipeline_predictor()
    with pytest.raises(ValueError, match="not unique"):
        predict([EvalInput("a", "x", None), EvalInput("a", "y", None)])
    with pytest.raises(ValueError, match="cannot be an article id"):
        predict([EvalInput(" a", "x", None)])


def test_predictions_come_from_one_run_over_all_documents():
    d1 = (
        "  Mara Quell, the chief executive of Brontex Industries, spoke in Oslo.\r\n"
        "Quell said Brontex Industries would hire 200 people next year.  "
    )
    d2 = "Brontex Industries said on Monday that Mara Quell would visit Lagos."
    inputs = [EvalInput("n1", d1, "2021-03-04"), EvalInput("n2", d2, "2021-03-05")]
    p1, p2 = pipeline_predictor()(inputs)
    assert (p1.doc_id, p2.doc_id) == ("n1", "n2")
    names = {
        (doc.doc_id, text[e.start : e.end]): e
        for doc, text in ((p1, d1), (p2, d2))
        for e in doc.entities
    }
    org1, org2 = (
        names[("n1", "Brontex Industries")],
        names[("n2", "Brontex Industries")],
    )
    assert org1.entity_id and org1.entity_id == org2.entity_id  # across documents
    person = names[("n1", "Mara Quell")]
    assert person.entity_id == names[("n2", "Mara Quell")].entity_id
    rows = {r.entity_id: r.kind for r in (*p1.rows, *p2.rows)}
    assert rows[org1.entity_id] == "ORG" and rows[person.entity_id] == "PER"
    assert ("Mara Quell", "Brontex Industries") in {(r.person, r.org) for r in p1.roles}
    monday = [t for t in p2.timexes if d2[t.start : t.end] == "Monday"]
    assert [t.value for t in monday] == ["2021-03-01"]


def test_shifted_offsets_fail_loudly():
    mentions = pd.DataFrame(
        {"article_id": ["n1"], "start_char": [1], "end_char": [5], "text": ["Mara"]}
    )
    _check_offsets([EvalInput("n1", " Mara", None)], mentions)
    with pytest.raises(ValueError, match="ingest changed the text"):
        _check_offsets([EvalInput("n1", "Mara", None)], mentions)
