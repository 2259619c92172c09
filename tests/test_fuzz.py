"""Fuzz: hypothesis builds folders of good and malformed files (encodings,
truncations, NULs, odd names, nesting, duplicates, crafted ids, links) and the
real pipeline runs on them.

Whatever the folder holds: the run completes with exit status 0 or 3, every
input record has exactly one articles row, ids are unique, no output cell holds
a NUL, and a second run (another shard size, inputs named in another order)
writes the same bytes.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import schemas
from pipeline.records import content_id
from pipeline.runner.run import run
from pipeline.settings import Settings

SENTENCES = [
    "Maria Costa joined the Bank of Lisbon in March.",
    "The Ministry of Transport said on Monday that fares would rise.",
    "John Reed, chief executive of Alpine Energy Group, resigned.",
    "Officials met in Oslo on 3 May 2024 to sign the accord.",
    "Le président de la Société Générale a parlé à Zürich.",
    "Президент заявил, что переговоры продолжатся.",
]
texts = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(" ".join)
CRAFTED_IDS = [
    "X",
    "X~deadbeef",
    content_id("", SENTENCES[0]),
    "loc-000000000000",
    "\x1b]0;t\x07",
    "",
    " ",
]
ids = st.one_of(
    st.none(),
    st.sampled_from(CRAFTED_IDS),
    st.integers(-5, 5),
    st.booleans(),
    st.just({"a": 1}),
)


@dataclass
class InputFile:
    """One file to write: its name parts (folders, then the file name), bytes and
    how many records it holds.
    """

    parts: tuple[str, ...]
    data: bytes
    records: int


@st.composite
def json_line(draw) -> bytes:
    kind = draw(st.sampled_from(["good", "good", "bad", "array", "deep", "binary"]))
    if kind == "good":
        obj = {"text": draw(texts)}
        if (i := draw(ids)) is not None:
            obj["id"] = i
        if draw(st.booleans()):
            obj["title"] = draw(st.sampled_from(["Bank news", "T\x00", 5, None]))
        if draw(st.booleans()):
            obj["published"] = draw(st.sampled_from(["2024-03-01", "", 2024, "x"]))
        if draw(st.booleans()):
            obj["text"] += "\x00"
        return json.dumps(obj).encode()
    if kind == "bad":
        return b'{"text": "unterminated'
    if kind == "array":
        return b"[1, 2]"
    if kind == "deep":
        return b"[" * 200 + b"]" * 200
    return b"\x00\x01\x02\x03\x04\x05 junk"


@st.composite
def jsonl_file(draw) -> tuple[str, bytes, int]:
    lines = draw(st.lists(st.one_of(json_line(), st.just(b"")), max_size=6))
    if draw(st.booleans()) and lines:
        lines.append(lines[0])  # a duplicate line
    data = b"\n".join(lines) + b"\n"
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]  # truncated
    n = sum(1 for piece in data.split(b"\n") if piece)
    if draw(st.integers(0, 4)) == 0 and b"\x00\x01" not in data:
        data = codecs.BOM_UTF16_LE + data.decode("utf-8", "replace").encode("utf-16-le")
        n = sum(1 for line in data[2:].decode("utf-16-le").split("\n") if line)
    return ".jsonl", data, n


@st.composite
def csv_file(draw) -> tuple[str, bytes, int]:
    rows = draw(
        st.lists(
            st.tuples(st.one_of(st.just(""), st.sampled_from(CRAFTED_IDS[:4])), texts),
            max_size=5,
        )
    )
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    shape = draw(st.sampled_from(["normal", "normal", "no header", "header only"]))
    if shape != "no header":
        w.writerow(["id", "text"])
    if shape != "header only":
        for row_id, text in rows:
            if draw(st.booleans()):
                text = text.replace(" ", "\n", 1)  # a quoted multi-line cell
            w.writerow([row_id, text])
    data = buf.getvalue().encode()
    if draw(st.booleans()):
        data = data.replace(b"a", b"a\x00", 1)
    if shape == "header only" or not rows:
        n = 1
    elif shape == "no header":
        n = 1  # the first row is taken as the header: no text column
    else:
        n = len(rows)
    return ".csv", data, n


@st.composite
def text_file(draw) -> tuple[str, bytes, int]:
    body = draw(texts)
    kind = draw(
        st.sampled_from(
            ["utf8", "header", "latin1", "utf16", "nul", "empty", "binary", "cut"]
        )
    )
    data = {
        "utf8": body.encode(),
        "header": f"date 2024-03-01 A title\n\n{body}".encode(),
        "latin1": body.encode("latin-1", "replace"),
        "utf16": body.encode("utf-16"),
        "nul": body.encode().replace(b" ", b"\x00", 1),
        "empty": b"",
        "binary": bytes(range(256)),
        "cut": body.encode()[:-1],
    }[kind]
    return draw(st.sampled_from([".txt", ".txt", ".html", ".pdf"])), data, 1


NAMES = ["a", "b c", "-dash", "é", "x" * 40, os.fsdecode(b"bad\xff")]


@st.composite
def input_files(draw) -> list[InputFile]:
    files = []
    made = draw(st.lists(st.one_of(jsonl_file(), csv_file(), text_file()), min_size=1))
    for k, (suffix, data, n) in enumerate(made[:6]):
        folders = draw(st.lists(st.sampled_from(["sub", "deep"]), max_size=2))
        name = f"{draw(st.sampled_from(NAMES))}{k}{suffix}"
        files.append(InputFile((*folders, name), data, n))
    if draw(st.booleans()):
        files.append(InputFile((".hidden.txt",), b"never read", 0))
    return files


def write(folder: Path, files: list[InputFile], links: bool) -> int:
    """Write the files (and some links) under `folder`; return the records expected."""
    expected = 0
    for f in files:
        path = folder.joinpath(*f.parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(f.data)
        expected += f.records
    if links:
        (folder / "dangling.txt").symlink_to(folder / "missing.txt")
        (folder / "again").symlink_to(folder)  # a loop: read once
        (folder / "same.link").symlink_to(folder.joinpath(*files[0].parts))
        expected += 1  # only the dangling link is a record of its own
    return expected


def table_bytes(out: Path) -> dict[str, bytes]:
    return {t: (out / f"{t}.csv").read_bytes() for t in schemas.TABLES}


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(files=input_files(), links=st.booleans(), shard=st.integers(1, 4))
def test_any_folder_runs_to_one_row_per_record(files, links, shard):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "in"
        src.mkdir()
        expected = write(src, files, links)
        first = run([src], Settings(out_dir=tmp / "one", shard_size=shard))
        assert first.exit_code in (0, 3)
        arts = (tmp / "one" / "articles.csv").read_bytes()
        rows = list(csv.DictReader(io.StringIO(arts.decode("utf-8"))))
        assert len(rows) == expected
        assert len({r["article_id"] for r in rows}) == len(rows)
        assert all(r["status"] in schemas.ARTICLE_STATUSES for r in rows)
        assert all(r["error"] for r in rows if r["status"] != "ok")
        for data in table_bytes(tmp / "one").values():
            assert b"\x00" not in data
        # the same inputs named one by one, in reverse order, another shard size
        inputs = sorted(
            (p for p in src.iterdir() if not p.name.startswith(".")), reverse=True
        )
        second = run(inputs, Settings(out_dir=tmp / "two", shard_size=shard + 2))
        assert second.exit_code == first.exit_code
        if not links:  # with links, top-level names differ from the walked ones
            assert table_bytes(tmp / "two") == table_bytes(tmp / "one")
