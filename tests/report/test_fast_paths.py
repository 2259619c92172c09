"""The report's column-wise shortcuts give what the slower pandas calls they replace
gave (the report must not change by a byte when it gets faster).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline import io, schemas
from pipeline.report.data import read_any
from pipeline.report.limits import Limits
from pipeline.report.pages import grouped, records
from pipeline.report.select import page_articles


def mixed_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "key": pd.array(["a", "b", None, "a", ""], dtype="string"),
            "count": pd.array([1, None, 3, 4, 5], dtype="Int64"),
            "score": pd.array([0.5, 1.0, None, 2.5, 3.0], dtype="Float64"),
            "plain_int": np.arange(5, dtype="int64"),
            "plain_float": np.linspace(0, 1, 5),
            "text": pd.array(["x", None, "z", "<b>", "'=1"], dtype="string"),
            "nan_str": pd.array(["x", None, "z", "", "y"], dtype="str"),
            "flag": pd.array([True, None, False, True, False], dtype="boolean"),
            "small": pd.array([1, 2, None, 4, 5], dtype="Int8"),
            "mixed": pd.Series([np.int64(7), None, np.nan, pd.NA, "s"], dtype=object),
        }
    )


def same(a: object, b: object) -> bool:
    # identity first (pd.NA == pd.NA is NA); NaN equals nothing, not even itself
    return type(a) is type(b) and (a is b or a == b or (a != a and b != b))


def same_rows(got: list[dict], want: list[dict]) -> bool:
    return len(got) == len(want) and all(
        list(g) == list(w) and all(same(g[k], w[k]) for k in g)
        for g, w in zip(got, want)
    )


def test_records_are_those_of_to_dict():
    df = mixed_frame()
    assert same_rows(records(df), df.to_dict("records"))
    assert records(df.head(0)) == []


def test_grouped_keeps_row_order_and_leaves_out_empty_keys():
    groups = grouped(mixed_frame(), "key")
    assert list(groups) == ["a", "b"]
    assert [r["plain_int"] for r in groups["a"]] == [0, 3]
    assert grouped(mixed_frame(), "missing") == {}


def test_page_articles_takes_the_first_articles_of_each_entity():
    by_entity = pd.DataFrame(
        {
            "entity_id": pd.array(["e1", "e2", "e1", "e1", "e2"], dtype="string"),
            "article_id": pd.array(["a3", "a1", "a2", "a9", "a4"], dtype="string"),
        }
    )
    pages = pd.DataFrame({"entity_id": ["e2", "e1", "e3"]})
    articles = pd.DataFrame(
        {"article_id": ["a5", "a1", "a6"], "status": ["ok", "ok", "failed"]}
    )
    limits = Limits(articles_per_entity=2, max_articles=10)
    assert page_articles(pages, by_entity, articles, limits) == [
        "a1",
        "a4",
        "a3",
        "a2",
        "a5",
    ]
    small = Limits(articles_per_entity=2, max_articles=3)
    assert page_articles(pages, by_entity, articles, small) == ["a1", "a4", "a3"]


def test_read_any_unquotes_exactly_what_unquote_cell_would(tmp_path):
    arts = pd.DataFrame(
        {
            **{name: [""] * 4 for name in schemas.ARTICLES.names},
            "article_id": ["1", "2", "3", "4"],
            "title": ["=SUM(A1)", "'plain", "", "@home"],
            "n_chars": [1, 2, 3, 4],
            "n_words": [1, 1, 1, 1],
            "status": ["ok", "ok", "ok", "failed"],
            "error": ["", "", "", "-x"],
            "url": ["+1", "ok", "'=already quoted", ""],
        }
    )
    io.write_table(arts, schemas.ARTICLES, tmp_path, "csv")
    path = tmp_path / "articles.csv"
    got = read_any(path, schemas.ARTICLES)
    want = io.read_table(path, schemas.ARTICLES)
    for col in want.columns:
        if want[col].dtype == "string":
            want[col] = want[col].map(io.unquote_cell, na_action="ignore")
    pd.testing.assert_frame_equal(got, want)
    assert got["title"].tolist() == ["=SUM(A1)", "'plain", "", "@home"]
    # a value that really began with a quote and a formula sign loses that quote
    assert got["url"].tolist() == ["+1", "ok", "=already quoted", ""]
