"""Subtitles (subtitle, description, summary) are read as a field of their own,
and an article with a title or subtitle but no body is processed.
"""

from __future__ import annotations

import json

from pipeline.ingest import iter_articles
from pipeline.records import content_id


def _read(path):
    return list(iter_articles([path], max_chars=10_000))


def test_csv_subtitle_description_or_summary_column(tmp_path):
    for column in ("subtitle", "Description", "summary"):
        p = tmp_path / f"{column}.csv"
        p.write_text(
            f"id,title,{column},text\n"
            "s1,Mill reopens,Jobs return to the valley,The mill in Ashford reopened.\n"
            "s2,Port deal signed,Harbour board agrees terms,\n"
            "s3,,Only a dek here,\n",
            encoding="utf-8",
        )
        got = [(a.article_id, a.status, a.subtitle, a.text) for a in _read(p)]
        assert got == [
            ("s1", "ok", "Jobs return to the valley", "The mill in Ashford reopened."),
            ("s2", "ok", "Harbour board agrees terms", ""),
            ("s3", "ok", "Only a dek here", ""),
        ], column


def test_jsonl_subtitle_fields_and_no_body(tmp_path):
    p = tmp_path / "a.jsonl"
    records = [
        {"id": "j1", "title": "T1", "subtitle": "Sub one", "text": "Body one."},
        {"id": "j2", "title": "T2", "description": "Desc two"},
        {"id": "j3", "summary": "Summary three", "text": ""},
        {"id": "j4", "title": "Only a title"},
        {"id": "j5", "subtitle": 5, "text": "Body."},
        {"id": "j6", "url": "https://example.org/nothing"},
        {"id": "j7", "title": "", "subtitle": "", "text": "   "},
    ]
    p.write_text("".join(json.dumps(r) + "\n" for r in records))
    got = [(a.article_id, a.status, a.subtitle, a.error) for a in _read(p)]
    assert got == [
        ("j1", "ok", "Sub one", ""),
        ("j2", "ok", "Desc two", ""),
        ("j3", "ok", "Summary three", ""),
        ("j4", "ok", "", ""),
        ("j5", "failed", "", "'subtitle' is a number, expected a string or null"),
        ("j6", "failed", "", "missing 'text' field"),
        ("j7", "failed", "", "empty text"),
    ]


def test_fields_and_counts_cover_the_subtitle(tmp_path):
    from pipeline.extract import article_row

    p = tmp_path / "a.jsonl"
    p.write_text(
        json.dumps({"id": "x", "title": "A b", "subtitle": "C d e", "text": "F"}) + "\n"
    )
    (art,) = _read(p)
    assert art.fields == {"title": "A b", "subtitle": "C d e", "body": "F"}
    row = article_row(art)
    assert (row["n_chars"], row["n_words"]) == (9, 6)


def test_ids_without_a_subtitle_are_unchanged_and_a_subtitle_counts():
    assert content_id("Title", "Body") == content_id("Title", "Body", "")
    assert content_id("Title", "Body", "Sub") != content_id("Title", "Body")


def test_title_only_text_file_is_processed(tmp_path):
    p = tmp_path / "brief.txt"
    p.write_text("date 2024-05-01 Council approves the new library budget\n\n")
    (art,) = _read(p)
    assert (art.status, art.title, art.text) == (
        "ok",
        "Council approves the new library budget",
        "",
    )


def test_an_article_without_a_body_goes_through_the_whole_run(tmp_path):
    # Read, annotated and reduced: its names come from the title and subtitle.
    import pandas as pd

    from pipeline.runner.run import run
    from pipeline.settings import Settings

    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps(
            {
                "id": "t1",
                "title": "Mara Odhar leaves the Quay Trust",
                "subtitle": "Harbour Freight Holdings hires her in Leeds",
                "text": "",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    run([src], Settings(out_dir=out))
    articles = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)
    assert articles[["article_id", "status"]].values.tolist() == [["t1", "ok"]]
    mentions = pd.read_csv(out / "mentions.csv", dtype=str, keep_default_na=False)
    assert set(mentions["field"]) == {"title", "subtitle"}
    assert "Mara Odhar" in set(mentions["text"])
