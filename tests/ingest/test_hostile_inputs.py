"""Issue 14's hostile inputs at the ingest stage: each case ends as exactly the rows
it should, with the reason, and never raises.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
from pathlib import Path

import pytest

from pipeline.ingest import InputError, count_records, discover, iter_articles
from pipeline.records import content_id


def rows(*paths: Path, max_chars: int = 10_000, warnings=None):
    return list(iter_articles(list(paths), max_chars, warnings=warnings))


def one(path: Path, **kw):
    arts = rows(path, **kw)
    assert len(arts) == 1, arts
    return arts[0]


# -- size and shape limits


def test_title_and_body_together_are_bounded(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(
        json.dumps({"id": "t", "title": "T" * 150, "text": "Short body."}) + "\n"
    )
    a = one(p, max_chars=100)
    assert (a.status, a.error) == (
        "failed",
        "too large: 161 characters, the limit is 100 (raise it with --max-chars)",
    )


def test_deep_json_fails_alone(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(
        '{"text": ' + "[" * 1000 + "]" * 1000 + "}\n"
        '{"id": "s", "text": "A string with [[[[ brackets ]]]] is fine."}\n'
        '{"text": "x", "n": ' + "1" * 5000 + "}\n"
        '{"id": "ok", "text": "Fine."}\n'
    )
    got = [(a.status, a.error) for a in rows(p)]
    assert got[0] == ("failed", "JSON on line 1 nests deeper than 64 levels")
    assert got[1] == ("ok", "")
    assert got[2][0] == "failed" and got[2][1].startswith(
        "unreadable JSON on line 3: Exceeds the limit (4300 digits)"
    )
    assert got[3] == ("ok", "")


def test_overlong_jsonl_line_is_read_through_not_kept(tmp_path):
    from pipeline.ingest.limits import TooLarge, bounded_lines

    p = tmp_path / "a.jsonl.gz"
    with gzip.open(p, "wb") as fh:
        fh.write(b'{"text": "' + b"a" * 50_000 + b'"}\n{"text": "next"}\n')
    with gzip.open(p, "rb") as fh:
        lines = list(bounded_lines(fh, 1000))
    assert isinstance(lines[0], TooLarge) and lines[0].size == 50_013
    assert lines[1] == b'{"text": "next"}\n'


def test_overlong_text_file_is_refused_unread(tmp_path):
    from pipeline.ingest.limits import TooLarge, read_bounded

    p = tmp_path / "a.txt"
    p.write_bytes(b"word " * 1000)
    with open(p, "rb") as fh:
        got = read_bounded(fh, 1000)
    assert isinstance(got, TooLarge) and got.size == 5000
    assert str(got).startswith(
        "too large: 5000 bytes before parsing, the limit is 1000"
    )


@pytest.mark.parametrize(
    "text, reason",
    [
        ("a " * 20_000, "repetitive text: 20000 words but only 1 distinct"),
        ("Mr. " * 20_000, "repetitive text: 20000 words but only 1 distinct"),
        ("Acme Inc. " * 10_000, "repetitive text: 20000 words but only 2 distinct"),
        ("(((((((((( " * 1_000, "repetitive text: 1000 words but only 1 distinct"),
    ],
)
def test_one_short_sequence_repeated_is_refused(tmp_path, text, reason):
    p = tmp_path / "a.txt"
    p.write_text(text)
    a = one(p, max_chars=10**6)
    assert a.status == "failed" and a.error.startswith(reason)


def test_long_varied_text_is_not_repetitive(tmp_path):
    words = [f"w{i % 3000}" for i in range(30_000)]
    (tmp_path / "a.txt").write_text(" ".join(words))
    # text without spaces (as CJK) is a few long words: never repetitive
    (tmp_path / "b.txt").write_text("\n".join("中文" * 3000 + str(i) for i in range(5)))
    assert [a.status for a in rows(tmp_path, max_chars=10**6)] == ["ok", "ok"]


# -- encodings and NULs


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_are_text(tmp_path, encoding):
    body = "Le président de la Banque de France a parlé à Paris."
    bom = {"utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    (tmp_path / "a.txt").write_bytes(bom + body.encode(encoding))
    (tmp_path / "b.csv").write_bytes(
        bom + f'id,text\r\nc1,"{body}"\r\n'.encode(encoding)
    )
    (tmp_path / "c.jsonl").write_bytes(
        bom + (json.dumps({"id": "j1", "text": body}) + "\n").encode(encoding)
    )
    got = sorted((a.article_id, a.status, a.text) for a in rows(tmp_path))
    assert got == sorted(
        [
            (content_id("", body), "ok", body),
            ("c1", "ok", body),
            ("j1", "ok", body),
        ]
    )


def test_nuls_become_replacement_characters_wherever_they_are(tmp_path):
    more = "".join(f" word{i}" for i in range(2000)).encode()
    (tmp_path / "early.txt").write_bytes(b"Start\x00of the text." + more)
    (tmp_path / "late.txt").write_bytes(b"Start" + more + b"\x00end.")
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "j", "title": "T\x00", "url": "u\x00", "text": "b\x00dy"})
        + "\n"
    )
    (tmp_path / "b.csv").write_bytes(b"id,text\nc,bo\x00dy\n")
    arts = rows(tmp_path, max_chars=10**6)
    assert [a.status for a in arts] == ["ok"] * 4
    for a in arts:
        assert not any("\x00" in v for v in vars(a).values() if isinstance(v, str))
    by_id = {a.article_id: a for a in arts}
    assert by_id["j"].title == "T\ufffd" and by_id["j"].text == "b\ufffddy"
    assert by_id["c"].text == "bo\ufffddy"


def test_lone_surrogates_become_replacement_characters(tmp_path):
    # JSON can escape half of a surrogate pair; no UTF-8 writer accepts one
    p = tmp_path / "a.jsonl"
    p.write_text('{"id": "s\\udfff", "title": "\\ud800", "text": "Paris \\udc00."}\n')
    a = one(p)
    assert (a.status, a.article_id, a.title, a.text) == (
        "ok",
        "s\ufffd",
        "\ufffd",
        "Paris \ufffd.",
    )


def test_binary_files_are_still_refused(tmp_path):
    (tmp_path / "a.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "b.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100)
    got = [a.error for a in rows(tmp_path)]
    assert got == ["binary content (NUL or control bytes), not text"] * 2


def test_non_utf8_file_name_is_shown_escaped(tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text("Officials met in Paris on Monday.")
    a = one(tmp_path)
    assert a.status == "ok"
    assert a.source_file == (tmp_path.as_posix() + "/caf\\xe9.txt")
    a.source_file.encode("utf-8")  # pyarrow and CSV writers need this to succeed


# -- ids


def test_own_id_equal_to_a_derived_id_never_gives_two_rows_one_id(tmp_path):
    first = tmp_path / "a.jsonl"
    first.write_text(
        json.dumps({"id": "X", "text": "one"})
        + "\n"
        + json.dumps({"id": "X", "text": "two"})
        + "\n"
    )
    derived = rows(first)[1].article_id
    assert derived.startswith("X~")
    # the derived id comes back as an own id, after it was derived ...
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": derived, "text": "x"}) + "\n")
    arts = rows(tmp_path)
    assert [a.article_id for a in arts][:2] == ["X", derived]
    assert arts[2].status == "failed" and arts[2].error == (
        f"duplicate id {derived}: first used at {first.as_posix()}:line 2 "
        "(an id newsner derived there)"
    )
    assert len({a.article_id for a in arts}) == 3
    # ... and before: then the repeat of X is given another derived id
    (tmp_path / "0.jsonl").write_text(json.dumps({"id": derived, "text": "y"}) + "\n")
    arts = rows(tmp_path)
    got = [(Path(a.source_file).name, a.status) for a in arts]
    assert got == [
        ("0.jsonl", "ok"),
        ("a.jsonl", "ok"),
        ("a.jsonl", "failed"),
        ("b.jsonl", "failed"),
    ]
    assert arts[0].article_id == derived and arts[2].article_id not in (derived, "X")
    assert len({a.article_id for a in arts}) == 4


def test_own_id_equal_to_a_content_digest_does_not_hide_that_article(tmp_path):
    body = "The ministry signed a deal on Monday."
    digest_id = content_id("", body)
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": digest_id, "text": "x"}) + "\n")
    (tmp_path / "b.txt").write_text(body)
    (tmp_path / "c.txt").write_text(body)
    arts = rows(tmp_path)
    got = [(a.status, a.error.split(" (")[0]) for a in arts]
    assert got == [
        ("ok", ""),
        ("ok", ""),
        ("skipped_duplicate", f"same content as article {arts[1].article_id}"),
    ]
    assert arts[0].article_id == digest_id
    assert arts[1].article_id.startswith(digest_id + "~")
    assert len({a.article_id for a in arts}) == 3


# -- JSON types and control characters


@pytest.mark.parametrize(
    "record, status, detail",
    [
        ({"id": {"a": 1}, "text": "x"}, "failed", "'id' is an object, expected a"),
        ({"id": True, "text": "x"}, "failed", "'id' is a boolean, expected a"),
        ({"id": 12, "text": "x"}, "ok", "12"),
        ({"id": 1.5, "text": "x"}, "failed", "'id' is a number, expected a string"),
        ({"title": 5, "text": "x"}, "failed", "'title' is a number, expected"),
        ({"published": 2024, "text": "x"}, "failed", "'published' is a number"),
        ({"url": ["u"], "text": "x"}, "failed", "'url' is an array, expected"),
        ({"id": "\x1b]0;pwned\x07", "text": "x"}, "failed", "id '\\x1b]0;pwned\\x07'"),
    ],
)
def test_json_values_are_not_coerced(tmp_path, record, status, detail):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps(record) + "\n")
    a = one(p)
    assert a.status == status
    assert (a.article_id if status == "ok" else a.error).startswith(detail)


def test_csv_id_with_control_characters_is_refused(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text('id,text\n"\x1b[31mred",Body.\n')
    a = one(p)
    assert (
        a.status == "failed" and a.error == "id '\\x1b[31mred' holds control characters"
    )
    assert a.article_id.startswith("loc-")


# -- CSV shapes


def test_csv_without_header_gives_a_short_reason(tmp_path):
    p = tmp_path / "a.csv"
    with open(p, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["x1", "2024-01-01", "word " * 20_000])
        w.writerow(["x2", "2024-01-02", "more words"])
    a = one(p)
    assert a.status == "failed" and len(a.error) < 400
    assert a.error.startswith("no text column: expected one of")
    assert "is the header row missing?" in a.error


@pytest.mark.parametrize("content", [b"id,text\n", b"id,text\n\n,\n"])
def test_header_only_csv_is_one_failed_row(tmp_path, content):
    p = tmp_path / "a.csv"
    p.write_bytes(content)
    a = one(p)
    assert (a.status, a.error) == (
        "failed",
        "no data rows: the CSV file has a header row only",
    )
    assert count_records([p]) == 1


def test_csv_is_streamed_record_by_record(tmp_path):
    from pipeline.ingest.csvfile import read_csv_stream

    text = "id,text\n" + "".join(f"r{i},Body {i}.\n" for i in range(3))
    text += "r3," + "x" * 50 + "\nr4,ok\n"
    text += 'r5,"a quoted cell\nover\nmany\nlines\nlonger than the limit"\nr6,ok\n'
    arts = list(read_csv_stream(io.StringIO(text), "s.csv", limit=20))
    # a record over the limit fails alone; the reader goes on with the next
    got = [(a.article_id, a.status) for a in arts]
    assert got[:3] == [("r0", "ok"), ("r1", "ok"), ("r2", "ok")]
    assert arts[3].error == (
        "malformed CSV row 5: too large: 54 characters before parsing, the limit is "
        "20 (8 bytes per --max-chars character, at least 16 MiB)"
    )
    assert got[4] == ("r4", "ok")
    # a quoted cell over the limit fails where the limit is reached; the reader
    # then resynchronises on the following lines, so never holds more than it
    assert arts[5].status == "failed" and "too large: 23 characters" in arts[5].error
    assert all(len(a.text) <= 20 for a in arts)
    assert got[-1] == ("r6", "ok")


# -- folders, links, special files


def test_symlinked_folders_are_followed_loops_read_once(tmp_path):
    src = tmp_path / "in"
    (src / "real").mkdir(parents=True)
    (src / "real" / "a.txt").write_text("Officials met in Paris.")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text("Officials met in Rome.")
    (src / "linked").symlink_to(elsewhere)
    (src / "real" / "loop").symlink_to(src)
    (src / "again").symlink_to(src / "real")
    (src / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (src / "self.txt").symlink_to(src / "self.txt")
    warnings: list[str] = []
    arts = rows(src, warnings=warnings)
    got = sorted(
        (a.source_file[len(src.as_posix()) + 1 :], a.status, a.error) for a in arts
    )
    assert got == [
        (
            "dangling.txt",
            "failed",
            f"broken symlink: its target {tmp_path / 'missing.txt'} does not exist",
        ),
        ("linked/b.txt", "ok", ""),
        ("real/a.txt", "ok", ""),
        ("self.txt", "failed", "unreadable: Too many levels of symbolic links"),
    ]
    assert sorted(w.split(" is the folder ")[0] for w in warnings) == sorted(
        [(src / "again").as_posix(), (src / "real" / "loop").as_posix()]
    )
    assert count_records([src]) == 4


def test_named_pipe_is_a_row_never_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    a = one(tmp_path)
    assert (a.status, a.error) == (
        "failed",
        "not a regular file (a pipe, socket or device), not read",
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_unreadable_folder_is_a_failed_row(tmp_path):
    (tmp_path / "ok.txt").write_text("Officials met in Paris.")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text("Hidden.")
    (tmp_path / "locked").chmod(0)
    try:
        got = sorted((a.source_file, a.status, a.error) for a in rows(tmp_path))
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert got == [
        (f"{tmp_path}/locked", "failed", "unreadable folder: Permission denied"),
        (f"{tmp_path}/ok.txt", "ok", ""),
    ]


def test_output_folder_is_never_an_input(tmp_path):
    out = tmp_path / "in" / "out"
    out.mkdir(parents=True)
    (out / "articles.csv").write_text("article_id,text\nx,Old table row.\n")
    (tmp_path / "in" / "a.txt").write_text("Officials met in Paris.")
    warnings: list[str] = []
    found = discover([tmp_path / "in"], exclude=[out], warnings=warnings)
    assert [p.name for p in found] == ["a.txt"]
    assert warnings == [f"{out} is the output or work folder of this run: not read"]
    with pytest.raises(InputError, match="inside the output folder"):
        discover([out], exclude=[out])
