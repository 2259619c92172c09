"""A one-word person name nothing founds is no people row (reduce.unfounded): a
common English word the recognizer misread ("This is NOT A Drill"), and a lone
word only headlines write. Mention rows are set by hand, so these test the
resolver, not the model."""

from __future__ import annotations

import pandas as pd
from resolved_ids import entity_ids_of

from pipeline.reduce.entities import resolve_entities
from pipeline.reduce.keys import distinct_keys

COLUMNS = ["mention_id", "article_id", "field", "label", "text", "honorific", "rule_id"]
PUBLISHED = {f"a{i}": f"2025-02-{i + 1:02d}" for i in range(9)}


def mentions(*items) -> pd.DataFrame:
    """(article_id, text[, field, honorific, rule_id]) PERSON mentions -> rows."""
    out = []
    for i, item in enumerate(items):
        art, text, *rest = item
        field, honorific, rule = (*rest, *("body", "", "")[len(rest) :])
        out.append((f"m{i}", art, field, "PERSON", text, honorific, rule))
    return pd.DataFrame(out, columns=COLUMNS).assign(link="")


CORPUS = mentions(
    ("a0", "Drill"),  # m0, m1: "This is NOT A Drill", twice
    ("a1", "Drill"),
    ("a2", "Hundreds"),  # m2
    ("a3", "Les Sharp"),  # m3-m5: two Sharps, so "Sharp" joins neither
    ("a4", "Ann Sharp"),
    ("a5", "Sharp"),
    ("a6", "Universe", "body", "Miss"),  # m6: a courtesy title says name
    ("a6", "Grace"),  # m7: a given name
    ("a7", "Kettle", "body", "", "person:title"),  # m8: a rule says person
    ("a8", "Zorvex", "title"),  # m9, m10: a lone word in headlines only
    ("a7", "Zorvex", "title"),
    ("a8", "Quillaby", "title"),  # m11, m12: also in a body
    ("a2", "Quillaby"),
    ("a8", "Elvira Ostrova", "title"),  # m13: a byline's full name
)


def resolved(df: pd.DataFrame):
    res = resolve_entities(distinct_keys(df.reset_index(drop=True)), PUBLISHED)
    return res, entity_ids_of(res, CORPUS)


def test_a_common_word_or_a_headline_word_alone_is_no_person():
    res, ids = resolved(CORPUS)
    assert sorted(res.people["name"]) == [
        "Ann Sharp",
        "Elvira Ostrova",
        "Grace",
        "Kettle",
        "Les Sharp",
        "Quillaby",
        "Sharp",
        "Universe",
    ]
    assert not {"m0", "m1", "m2", "m9", "m10"} & set(ids)
    assert ids["m11"] == ids["m12"]
    # The mentions keep their label: the text is still what the recognizer read.
    kept = res.assignments[res.assignments["text"].isin(["Drill", "Zorvex"])]
    assert set(kept["final_label"]) == {"PERSON"} and set(kept["entity_id"]) == {""}


def test_the_decision_does_not_depend_on_the_order_of_the_rows():
    res, ids = resolved(CORPUS)
    back, back_ids = resolved(CORPUS.iloc[::-1])
    assert back.people.equals(res.people) and back_ids == ids
