"""Acronyms the corpus spells out as a law or an event (`reduce.defined`): hand-made
mention rows through the distinct keys and the resolution, so these test the
reduce, not the model. Names are invented."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.io import write_work_tables
from pipeline.reduce import distinct
from pipeline.reduce.defined import SHORT_FORM_RULE, defined_acronyms
from pipeline.reduce.entities import resolve_entities
from pipeline.reduce.keys import distinct_keys
from pipeline.schemas import WORK_MENTIONS

# A law's short form: no link (the annotation links only people and organisations).
SHORT = ("LAW", "NFA", "", SHORT_FORM_RULE)


def _mentions(*items) -> pd.DataFrame:
    """(article_id, label, text, link, rule_id) tuples -> work mention rows."""
    df = pd.DataFrame(
        [(f"m{i}", a, lab, t, link, r) for i, (a, lab, t, link, r) in enumerate(items)],
        columns=["mention_id", "article_id", "label", "text", "link", "rule_id"],
    )
    for c in WORK_MENTIONS.names:
        if c not in df:
            df[c] = 0 if c in ("start_char", "end_char", "sentence_index") else ""
    df["field"] = "body"
    return df[WORK_MENTIONS.names]


def _resolved(*items):
    df = _mentions(*items)
    days = {a: "2025-01-01" for a in df["article_id"]}
    return resolve_entities(distinct_keys(df), days)


def _label_of(res, article: str, text: str) -> str:
    a = res.assignments
    got = a[(a["article_id"] == article) & (a["text"] == text)]["final_label"]
    return got.iloc[0]


def test_an_acronym_spelled_out_only_as_a_law_is_no_organisation_anywhere():
    res = _resolved(
        ("a0", *SHORT),
        ("a1", "ORG", "NFA", "", ""),
        ("a2", "ORG", "NFA", "NFA", ""),  # the annotation links a name to itself
        ("a2", "ORG", "Norland Post", "", ""),
    )
    assert res.organisations["name"].tolist() == ["Norland Post"]
    assert _label_of(res, "a1", "NFA") == _label_of(res, "a2", "NFA") == "LAW"
    # an event too
    res = _resolved(
        ("a0", "EVENT", "NFC", "", SHORT_FORM_RULE),
        ("a1", "ORG", "NFC", "", ""),
    )
    assert res.organisations.empty


@pytest.mark.parametrize(
    "other",
    [
        # another article spells it out as an organisation (linked to it)
        ("a3", "ORG", "NFA", "Norland Football Association", SHORT_FORM_RULE),
        # or as an event: two things, none the corpus's one reading
        ("a3", "EVENT", "NFA", "", SHORT_FORM_RULE),
    ],
)
def test_an_acronym_spelled_out_as_anything_else_too_stays_an_organisation(other):
    res = _resolved(("a0", *SHORT), ("a1", "ORG", "NFA", "", ""), other)
    assert "NFA" in set(res.organisations["name"]) | set(res.organisations["acronym"])
    assert _label_of(res, "a1", "NFA") == "ORG"


def test_only_short_forms_outside_the_resolution_labels_reach_the_keys(tmp_path):
    df = _mentions(
        ("a0", *SHORT),
        ("a0", "LAW", "Norland Fair Act", "", "acronym:long-form"),
        ("a0", "LAW", "NFA", "", ""),  # the model's own LAW, no short form
        ("a1", "ORG", "NFA", "", ""),
    )
    shard = str(tmp_path / "work" / "s0")
    write_work_tables(shard, {"mentions": df})
    for got in (
        distinct_keys(df),
        distinct.distinct_entity_keys({"s0": shard}, tmp_path / "scratch"),
    ):
        assert sorted(zip(got["label"], got["text"])) == [
            ("LAW", "NFA"),
            ("ORG", "NFA"),
        ]


def test_defined_acronyms_never_raises_on_junk_keys():
    keys = pd.DataFrame(
        {
            "label": ["LAW", "LAW", "ORG", "EVENT"],
            "text": [None, "nfa", "", "Norland Fair Act"],
            "link": ["Norland Fair Act", None, "", None],
        }
    )
    assert defined_acronyms(keys) == {}
    assert defined_acronyms(keys.iloc[:0]) == {}
