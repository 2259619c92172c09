"""Every input format, and every malformed case DESIGN.md lists, end in exactly one
Article each.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from pipeline.ingest import InputError, discover, file_kind, iter_articles, read_file
from pipeline.ingest.csvfile import match_columns
from pipeline.ingest.plain import split_header
from pipeline.records import content_id


def _one(path: Path):
    arts = list(iter_articles([path], max_chars=10_000))
    assert len(arts) == 1
    return arts[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            " date 2024-11-15 A headline here\n\nBody line.\n",
            ("2024-11-15", "A headline here", "Body line.\n"),
        ),
        (
            "date 2024-01-02 Title\nBody right after\n",
            ("2024-01-02", "Title", "Body right after\n"),
        ),
        ("DATE 2024-01-02\n\nNo title\n", ("2024-01-02", "", "No title\n")),
        ("Just a body.\nSecond line.", ("", "", "Just a body.\nSecond line.")),
        (
            "the date 2024-01-02 is not a header\n\nx",
            ("", "", "the date 2024-01-02 is not a header\n\nx"),
        ),
    ],
)
def test_split_header(text, expected):
    assert split_header(text) == expected


def test_text_file_with_header(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(
        " date 2024-11-15 Ministry signs deal\n\nThe ministry signed a deal on "
        "Monday.\n"
    )
    a = _one(p)
    assert (a.status, a.published, a.title) == (
        "ok",
        "2024-11-15",
        "Ministry signs deal",
    )
    assert a.text == "The ministry signed a deal on Monday.\n"
    assert a.article_id == content_id(a.title, a.text)
    assert a.source_file == p.as_posix() and a.source_ref == ""


def test_headerless_text_file(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text("Officials met in Paris.\n")
    a = _one(p)
    assert (a.status, a.published, a.title, a.text) == (
        "ok",
        "",
        "",
        "Officials met in Paris.\n",
    )


def test_jsonl_fields_and_own_id(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text(
        json.dumps(
            {
                "id": "A-1",
                "published": "2024-06-20T09:30:00Z",
                "title": "T",
                "text": "Body.",
                "url": "https://example.org/a",
            }
        )
        + "\n\n"
        + json.dumps({"text": "Second body.", "published": "Nov. 15, 2024"})
        + "\n"
    )
    a, b = iter_articles([p], max_chars=10_000)
    assert (a.article_id, a.published, a.title, a.url, a.source_ref) == (
        "A-1",
        "2024-06-20",
        "T",
        "https://example.org/a",
        "line 1",
    )
    assert (b.article_id, b.published, b.source_ref) == (
        content_id("", "Second body."),
        "2024-11-15",
        "line 3",
    )


def test_jsonl_gz(tmp_path):
    p = tmp_path / "x.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": 7, "text": "Compressed body."}) + "\n")
    a = _one(p)
    assert (a.article_id, a.text, a.status) == ("7", "Compressed body.", "ok")


def test_csv_news_dump_form(tmp_path):
    p = tmp_path / "news.csv"
    p.write_text(
        "article_id,publish_date,article_source_link,title,subtitle,text\n"
        "17,2017/2/7,https://example.org/1,Title one,Sub,Body one.\n"
        '18,"  2016/12/30 7:11",https://example.org/2,Title two,,"Body, two."\n'
    )
    a, b = iter_articles([p], max_chars=10_000)
    assert (a.article_id, a.published, a.url, a.title, a.text, a.source_ref) == (
        "17",
        "2017-02-07",
        "https://example.org/1",
        "Title one",
        "Body one.",
        "row 2",
    )
    assert (b.article_id, b.published, b.text) == ("18", "2016-12-30", "Body, two.")


@pytest.mark.parametrize(
    "header, expected",
    [
        (["Text", "Headline", "Date"], {"text": 0, "title": 1, "published": 2}),
        (["content", "link", "ID"], {"text": 0, "url": 1, "id": 2}),
        (["\ufeffbody", "published"], {"text": 0, "published": 1}),
        (["author", "words"], {}),
    ],
)
def test_csv_column_matching(header, expected):
    assert match_columns(header) == expected


def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><title>Bank raises rates</title>"
        '<meta property="article:published_time" '
        'content="2023-09-12T18:00:00Z"></head><body>'
        "<nav>Home | World | Sport</nav><article><h1>Bank raises rates</h1>"
        "<p>The national bank raised its main rate on Tuesday, the third rise this "
        "year, officials said.</p>"
        "<p>Economists had expected the move after inflation rose again in "
        "August.</p></article>"
        "<footer>Copyright Example News</footer></body></html>"
    )
    a = _one(p)
    assert (a.status, a.title, a.published) == ("ok", "Bank raises rates", "2023-09-12")
    assert (
        "raised its main rate" in a.text
        and "Copyright" not in a.text
        and "Home | World" not in a.text
    )


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        (
            "random.txt",
            bytes(range(256)) * 4,
            "binary content (NUL or control bytes), not text",
        ),
        (
            "notes.docx",
            b"PK\x03\x04",
            "unsupported file type .docx: use .txt, .jsonl, .jsonl.gz, .csv, .html or "
            ".htm",
        ),
        ("header_only.txt", b"date 2024-01-01\n\n", "empty text"),
        (
            "cols.csv",
            b"author,words\nA,B\n",
            "no text column: expected one of text/body/content/article_text/article; "
            "found author, words",
        ),
        ("broken.jsonl.gz", b"not gzip at all", None),
    ],
)
def test_malformed_files(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    a = _one(p)
    assert a.status == "failed"
    if reason is None:
        assert a.error.startswith("unreadable file")
    else:
        assert a.error == reason
    assert a.text == ""


def test_malformed_jsonl_records_do_not_stop_the_file(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_text(
        '{"id": "ok1", "text": "Good one."}\n'
        '{"id": "bad", "text": \n'
        "[1, 2]\n"
        '{"id": "notext", "url": "https://example.org/no-body"}\n'
        '{"id": "num", "text": 42}\n'
        '{"id": "ok2", "text": "Good two."}\n'
    )
    got = [
        (a.article_id, a.status, a.error) for a in iter_articles([p], max_chars=10_000)
    ]
    assert got[0] == ("ok1", "ok", "")
    assert got[1][1:] == (
        "failed",
        "malformed JSON on line 2: Expecting value at column 23",
    )
    assert got[2][1:] == ("failed", "line 3 is an array, expected a JSON object")
    assert got[3] == ("notext", "failed", "missing 'text' field")
    assert got[4] == ("num", "failed", "'text' is a number, expected a string")
    assert got[5] == ("ok2", "ok", "")


def test_latin1_text_is_decoded_not_rejected(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes(
        "Le président de la Société Générale a parlé à Zürich hier soir.".encode(
            "latin-1"
        )
    )
    a = _one(p)
    assert a.status == "ok"
    assert a.text == "Le président de la Société Générale a parlé à Zürich hier soir."


def test_too_large_article(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("word " * 50)
    a = list(iter_articles([p], max_chars=100))[0]
    assert a.status == "failed"
    assert (
        a.error
        == "too large: 250 characters, the limit is 100 (raise it with --max-chars)"
    )


def test_duplicates(tmp_path):
    (tmp_path / "a.txt").write_text("Same body.")
    (tmp_path / "b.txt").write_text("Same body.")
    (tmp_path / "c.jsonl").write_text(
        '{"id": "X", "text": "one"}\n{"id": "X", "text": "two"}\n'
    )
    arts = list(iter_articles([tmp_path], max_chars=10_000))
    by_status = [(a.status, a.error.split(" (")[0].split(":")[0]) for a in arts]
    first = content_id("", "Same body.")
    assert by_status == [
        ("ok", ""),
        ("skipped_duplicate", f"same content as article {first}"),
        ("ok", ""),
        ("failed", "duplicate id X"),
    ]
    ids = [a.article_id for a in arts]
    assert (
        len(set(ids)) == 4
        and ids[1].startswith(first + "~")
        and ids[3].startswith("X~")
    )
    assert arts[3].error.endswith(
        f"first used at {(tmp_path / 'c.jsonl').as_posix()}:line 1"
    )


def test_discover_sorts_skips_hidden_and_rejects_missing(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("b")
    (tmp_path / "a.jsonl").write_text("")
    (tmp_path / ".hidden.txt").write_text("h")
    assert [p.name for p in discover([tmp_path])] == ["a.jsonl", "b.txt"]
    with pytest.raises(InputError, match="input path not found"):
        discover([tmp_path / "nope"])


@pytest.mark.parametrize(
    "name, kind",
    [
        ("a.TXT", "text"),
        ("a.jsonl.gz", "jsonl"),
        ("a.htm", "html"),
        ("a.gz", None),
        ("a", None),
    ],
)
def test_file_kind(name, kind):
    assert file_kind(Path(name)) == kind


def test_read_file_never_raises_on_directory_like_junk(tmp_path):
    p = tmp_path / "x.csv"
    p.write_bytes(b'text\n"unterminated\n')
    arts = list(read_file(p))
    assert len(arts) == 1


def test_count_records_matches_what_is_read(tmp_path):
    from pipeline.ingest import count_records

    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\nnot json\n')
    (tmp_path / "c.csv").write_text('id,text\n1,"multi\nline"\n2,two\n,\n')
    (tmp_path / "d.bin").write_bytes(b"\x00")
    (tmp_path / "e.jsonl.gz").write_bytes(b"broken")
    assert (
        count_records([tmp_path]) == len(list(iter_articles([tmp_path], 10_000))) == 8
    )


def test_binary_jsonl_line_fails_alone(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(
        b'{"id": "a", "text": "Fine."}\n\x00\x01\x02\x03\n'
        b'{"id": "b", "text": "Also fine."}\n'
    )
    got = [
        (a.article_id.startswith("loc-") or a.article_id, a.status, a.error)
        for a in iter_articles([p], 10_000)
    ]
    assert got == [
        ("a", "ok", ""),
        (
            True,
            "failed",
            "line 2 is not text: binary content (NUL or control bytes), not text",
        ),
        ("b", "ok", ""),
    ]
