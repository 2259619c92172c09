"""Schemas: conform gives exact columns, dtypes and a total row order; validate
catches drift.
"""

import pandas as pd
import pytest

from pipeline import schemas


def test_every_table_of_the_contract_is_defined():
    assert set(schemas.TABLES) == {
        "articles",
        "mentions",
        "organisations",
        "org_relations",
        "people",
        "roles",
        "dates",
    }
    assert schemas.MENTIONS.names == [
        "mention_id",
        "article_id",
        "field",
        "start_char",
        "end_char",
        "sentence_index",
        "text",
        "label",
        "entity_id",
        "source",
        "rule_id",
    ]


@pytest.mark.parametrize("table", list(schemas.TABLES.values()), ids=lambda t: t.name)
def test_empty_tables_validate(table):
    schemas.validate(schemas.empty(table), table)


def test_conform_orders_fills_and_types():
    df = pd.DataFrame(
        {
            "person_id": ["per_b", "per_a"],
            "name": ["B", None],
            "aliases": ["B", "A"],
            "n_mentions": [2, 1],
            "n_articles": ["1", "1"],
            "first_published": [None, ""],
            "last_published": ["", ""],
            "confidence": ["0.25", 1],
            "extra": [1, 2],
        }
    )
    out = schemas.conform(df, schemas.PEOPLE)
    schemas.validate(out, schemas.PEOPLE)
    assert list(out["person_id"]) == ["per_a", "per_b"]
    assert list(out["name"]) == ["", "B"]
    assert list(out["n_articles"]) == [1, 1]
    assert list(out["confidence"]) == [1.0, 0.25]


@pytest.mark.parametrize("text", ["string", "str", "object", "string[python]"])
def test_conform_is_the_same_from_any_text_dtype_and_idempotent(text):
    # Text that is already the schema's dtype takes a shorter path: same frame.
    df = pd.DataFrame(
        {
            "person_id": pd.Series(["per_b", "per_a", "per_c"], dtype=text),
            "name": pd.Series(["B", None, "C"], dtype=text),
            "aliases": pd.Series([None, None, "x"], dtype=text),
            "n_mentions": [2, 1, 3],
            "n_articles": [1, 1, 1],
            "first_published": pd.Series(["", None, ""], dtype=text),
            "last_published": ["", "", ""],
            "confidence": [0.5, 1, 0.25],
        }
    )
    out = schemas.conform(df, schemas.PEOPLE)
    schemas.validate(out, schemas.PEOPLE)
    assert list(out["name"]) == ["", "B", "C"]
    assert list(out["aliases"]) == ["", "", "x"]
    assert all(str(out[c].dtype) == "string" for c in ("name", "aliases"))
    assert out["name"].dtype == pd.StringDtype()
    again = schemas.conform(out, schemas.PEOPLE)
    pd.testing.assert_frame_equal(again, out)
    assert again["name"] is not out["name"]


def test_conform_reports_missing_columns():
    with pytest.raises(schemas.SchemaError, match=r"missing columns \['name'"):
        schemas.conform(pd.DataFrame({"person_id": ["x"]}), schemas.PEOPLE)


def test_validate_rejects_unknown_status():
    df = schemas.conform(
        pd.DataFrame(
            {
                c: ["x"] if c != "n_chars" and c != "n_words" else [1]
                for c in schemas.ARTICLES.names
            }
        ),
        schemas.ARTICLES,
    )
    with pytest.raises(schemas.SchemaError, match="unknown status"):
        schemas.validate(df, schemas.ARTICLES)
