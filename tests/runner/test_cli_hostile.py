"""Issue 14's hostile runs end to end through the command line: each ends with the
right exit status and message, tables written, nothing unsafe on the terminal.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from pipeline import schemas
from pipeline.cli import main

GOOD = "Maria Costa joined the Bank of Lisbon in March, officials said."


def invoke(*args) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


def articles(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)


def test_escape_codes_in_ids_and_names_never_reach_the_terminal(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text(
        json.dumps({"id": "\x1b]0;owned\x07", "text": GOOD})
        + "\n"
        + json.dumps({"id": "\u202eevil", "text": GOOD})
        + "\n"
        + json.dumps({"id": "\u202eevil", "text": GOOD + " Again."})
        + "\n"
    )
    (src / "notes\x1b[2J.pdf").write_bytes(b"%PDF")
    code, output = invoke("run", src, "--out", tmp_path / "out")
    assert code == 3
    assert "\x1b" not in output and "\x07" not in output and "\u202e" not in output
    assert "\\x1b]0;owned\\x07" in output and "notes\\x1b[2J.pdf" in output
    assert "duplicate id \\u202eevil" in output


def test_bad_scheduler_address_is_a_usage_error(tmp_path):
    code, output = invoke("run", tmp_path, "--scheduler", "notaurl")
    assert code == 2
    assert "'notaurl' is not a scheduler address: use SCHEME://HOST:PORT" in output
    code, output = invoke("run", tmp_path, "--scheduler", "tcp://host:port")
    assert code == 2 and "is not an address" in output


def test_tls_options_must_be_complete(tmp_path):
    (tmp_path / "ca.pem").write_text("x")
    code, output = invoke(
        "run",
        tmp_path,
        "--out",
        tmp_path / "out",
        "--scheduler",
        "tls://127.0.0.1:8786",
        "--tls-ca-file",
        tmp_path / "ca.pem",
    )
    assert code == 1
    assert "TLS needs all three of --tls-ca-file, --tls-cert and --tls-key" in output


def test_output_folder_as_input_is_refused(tmp_path):
    out = tmp_path / "out"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD)
    assert invoke("run", tmp_path / "in", "--out", out)[0] == 0
    code, output = invoke("run", out, "--out", out)
    assert code == 1
    assert "is inside the output folder" in output and "choose another --out" in output


def test_output_folder_inside_the_input_is_not_read_back(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD)
    out = src / "out"
    for _ in range(2):
        code, output = invoke("run", src, "--out", out)
        assert code == 0, output
        assert list(articles(out)["source_file"]) == [(src / "a.txt").as_posix()]
    assert f"{out} is the output or work folder of this run: not read" in output


def test_manifest_entry_missing_a_field_reruns_that_shard(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"{i}.txt").write_text(f"{GOOD} Note {i}.")
    out = tmp_path / "out"
    assert invoke("run", src, "--out", out, "--shard-size", "1")[0] == 0
    before = (out / "mentions.csv").read_bytes()
    manifest = out / ".work" / "manifest.json"
    data = json.loads(manifest.read_text())
    first = sorted(data["shards"])[0]
    del data["shards"][first]["rows"]
    manifest.write_text(json.dumps(data))
    code, output = invoke("run", src, "--out", out, "--shard-size", "1")
    assert code == 0, output
    assert "(1 shard run, 2 reused)" in output
    assert (out / "mentions.csv").read_bytes() == before


def test_hostile_bytes_end_as_rows_and_no_output_cell_holds_a_nul(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / os.fsdecode(b"caf\xe9.txt")).write_text(GOOD)
    (src / "utf16.txt").write_bytes(("Le président " + GOOD).encode("utf-16"))
    (src / "nul.txt").write_bytes(b"Officials\x00 met the Bank of\x00 Lisbon.")
    (src / "esc.jsonl").write_text(
        json.dumps({"id": "n", "title": "Bank\x00 news", "text": GOOD + "\x00"})
        + "\n"
        + '{"id": "s", "title": "\\ud800", "text": "Lisbon \\udfff said."}\n'
    )
    out = tmp_path / "out"
    code, output = invoke("run", src, "--out", out, "--format", "both")
    assert code == 0, output
    arts = articles(out)
    assert sorted(arts["status"]) == ["ok"] * 5
    assert (src.as_posix() + "/caf\\xe9.txt") in set(arts["source_file"])
    for name in schemas.TABLES:
        assert b"\x00" not in (out / f"{name}.csv").read_bytes()
        frame = pd.read_parquet(out / f"{name}.parquet")
        for col in frame.columns:
            if frame[col].dtype == object or str(frame[col].dtype) == "string":
                assert not frame[col].astype(str).str.contains("\x00").any()


def test_leftovers_of_a_killed_run_are_cleaned_by_the_next(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD)
    out = tmp_path / "out"
    assert invoke("run", src, "--out", out)[0] == 0
    shard = next((out / ".work" / "shards").iterdir())
    left = [
        out / ".reduce-abc" / "duckdb",
        out / ".staging-20260101T000000Z-1-abc" / "articles.csv",
        out / ".articles.csv.k2j3.tmp",
        shard / ".mentions.parquet.x1.tmp",
        out / ".work" / ".tmp-0123456789abcdef",
    ]
    for path in left:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"left by a killed run")
    code, output = invoke("run", src, "--out", out)
    assert code == 0, output
    assert [p for p in left if p.exists()] == []
    assert not list(out.glob(".reduce-*")) and not list(out.glob(".staging-*"))


def test_an_output_folder_named_with_a_byte_that_is_not_utf8_is_refused(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD)
    out = Path(os.fsdecode(bytes(tmp_path / "out") + b"\xff"))
    for option in ("--out", "--work-dir"):
        args = ["--out", tmp_path / "ok"] if option == "--work-dir" else []
        code, output = invoke("run", tmp_path / "in", option, out, *args)
        assert code == 2
        assert "not UTF-8" in output and "\\xff" in output
        assert not out.exists()
