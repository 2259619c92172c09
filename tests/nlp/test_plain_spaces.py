"""Space separators are read as plain spaces by the annotation pipeline (same
length), and each mention's text stays as its field wrote it."""

from __future__ import annotations

import json

import pytest

from pipeline.extract.mentions import as_written
from pipeline.ingest import iter_articles
from pipeline.nlp.tokens import plain_spaces
from pipeline.records import make_article
from pipeline.runner.map import annotate_and_extract
from pipeline.settings import DEFAULT_MODEL

SEPARATORS = "\u00a0\u1680\u2000\u2005\u200a\u202f\u205f\u3000"


@pytest.mark.parametrize(
    "value,expected",
    [
        ("Donald\u00a0Trump", "Donald Trump"),
        ("9\u202f000 troops", "9 000 troops"),
        ("a" + SEPARATORS + "b", "a" + " " * len(SEPARATORS) + "b"),
        # Line breaks, tabs and zero-width characters are not space separators.
        ("one\ntwo\tthree\u200bfour", "one\ntwo\tthree\u200bfour"),
        ("", ""),
    ],
)
def test_plain_spaces(value, expected):
    assert plain_spaces(value) == expected
    assert len(plain_spaces(value)) == len(value)
    assert plain_spaces(plain_spaces(value)) == plain_spaces(value)


def test_plain_text_is_returned_as_is():
    text = "Nothing here needs a change."
    assert plain_spaces(text) is text


def test_as_written_restores_the_separators_only():
    fields = {"body": "Angela\u00a0Merkel and Read\u00a0more: X", "title": "Plain"}
    mentions = [
        {"field": "body", "start_char": 0, "end_char": 13, "text": "Angela Merkel"},
        # boilerplate blanked inside a span stays blank; only the separator returns
        {"field": "body", "start_char": 18, "end_char": 30, "text": "Read" + " " * 8},
        {"field": "title", "start_char": 0, "end_char": 5, "text": "Plain"},
    ]
    assert [m["text"] for m in as_written(mentions, fields)] == [
        "Angela\u00a0Merkel",
        "Read\u00a0" + " " * 7,
        "Plain",
    ]


def test_ingest_keeps_the_separators(tmp_path):
    path = tmp_path / "in.jsonl"
    record = {"id": "a1", "title": "Angela\u00a0Merkel", "text": "Angela\u00a0Merkel"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = iter_articles([path], max_chars=10_000)
    assert (article.title, article.text) == (record["title"], record["text"])


def test_a_name_joined_by_a_no_break_space_is_one_mention():
    text = "President Donald\u00a0Trump met Chancellor Angela\u00a0Merkel in Berlin."
    article = make_article(own_id="nb", source_file="m", text=text)
    tables, *_ = annotate_and_extract((article,), DEFAULT_MODEL)
    people = [
        (m["text"], m["start_char"], m["sentence_index"])
        for m in tables["mentions"].to_dict("records")
        if m["label"] == "PERSON"
    ]
    assert people == [("Donald\u00a0Trump", 10, 0), ("Angela\u00a0Merkel", 38, 0)]
    assert all(text[s : s + len(t)] == t for t, s, _ in people)
