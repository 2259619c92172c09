"""Space separators in a record's text become plain spaces at ingest (same length),
so names joined by a no-break space are read as names."""

from __future__ import annotations

import json

import pytest

from pipeline.ingest import iter_articles
from pipeline.records import make_article, plain_spaces
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


def test_every_reader_hands_on_plain_spaces(tmp_path):
    path = tmp_path / "in.jsonl"
    record = {
        "id": "a1",
        "title": "Angela\u00a0Merkel visits",
        "subtitle": "A\u2009short visit",
        "text": "Chancellor Angela\u00a0Merkel met\u00a0officials.",
        "url": "https://example.org/a\u00a0b",
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = iter_articles([path], max_chars=10_000)
    assert article.title == "Angela Merkel visits"
    assert article.subtitle == "A short visit"
    assert article.text == "Chancellor Angela Merkel met officials."
    assert article.url == record["url"].strip()  # an address is not prose


def test_the_same_record_with_either_space_has_one_id():
    one = make_article(own_id=None, source_file="a", text="Angela\u00a0Merkel spoke.")
    two = make_article(own_id=None, source_file="b", text="Angela Merkel spoke.")
    assert one.article_id == two.article_id


def test_a_name_joined_by_a_no_break_space_is_one_mention():
    text = "President Donald\u00a0Trump met Chancellor Angela\u00a0Merkel in Berlin."
    article = make_article(own_id="nb", source_file="m", text=text)
    tables, *_ = annotate_and_extract((article,), DEFAULT_MODEL)
    people = [
        (m["text"], m["sentence_index"])
        for m in tables["mentions"].to_dict("records")
        if m["label"] == "PERSON"
    ]
    assert people == [("Donald Trump", 0), ("Angela Merkel", 0)]
