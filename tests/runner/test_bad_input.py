"""Bad input end to end: every record ends as a row with the exact status and reason;
exit 3.
"""

from __future__ import annotations

import json

import pandas as pd
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.records import content_id

GOOD = "The Bank of Portugal raised its main rate on Thursday, officials said."


def test_table_of_bad_inputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_empty.txt").write_bytes(b"")
    (src / "b_random.txt").write_bytes(bytes(range(256)))
    (src / "c_latin1.txt").write_bytes(
        "Le président de la Banque de France a parlé à Paris.".encode("latin-1")
    )
    (src / "d_lines.jsonl").write_text(
        json.dumps({"id": "j1", "text": GOOD})
        + "\n"
        + '{"id": "j2", "text": "unterminated\n'
        + json.dumps({"id": "j3", "url": "https://example.org/no-text"})
        + "\n"
        + json.dumps({"id": "j1", "text": "Same id again."})
        + "\n"
    )
    (src / "e_cols.csv").write_text("headline,author\nA,B\n")
    (src / "f_notes.pdf").write_bytes(b"%PDF-1.4")
    (src / "g_big.txt").write_text("word " * 400)
    (src / "h_copy1.txt").write_text(GOOD)
    (src / "i_copy2.txt").write_text(GOOD)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["run", str(src), "--out", str(out), "--max-chars", "1000"]
    )
    assert result.exit_code == 3, result.output
    arts = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)
    got = sorted(
        (
            r.source_file.rsplit("/", 1)[-1],
            r.source_ref,
            r.status,
            r.error.split(" (")[0],
        )
        for r in arts.itertuples()
    )
    copy_of = content_id("", GOOD)
    assert got == sorted(
        [
            ("a_empty.txt", "", "failed", "empty file"),
            ("b_random.txt", "", "failed", "binary content"),
            ("c_latin1.txt", "", "ok", ""),
            ("d_lines.jsonl", "line 1", "ok", ""),
            (
                "d_lines.jsonl",
                "line 2",
                "failed",
                "malformed JSON on line 2: Unterminated string starting at column 22",
            ),
            ("d_lines.jsonl", "line 3", "failed", "missing 'text' field"),
            (
                "d_lines.jsonl",
                "line 4",
                "failed",
                "duplicate id j1: first used at "
                + (src / "d_lines.jsonl").as_posix()
                + ":line 1",
            ),
            (
                "e_cols.csv",
                "",
                "failed",
                "no text column: expected one of "
                "text/body/content/article_text/article; found headline, author",
            ),
            (
                "f_notes.pdf",
                "",
                "failed",
                "unsupported file type .pdf: use .txt, .jsonl, .jsonl.gz, .csv, .html "
                "or .htm",
            ),
            (
                "g_big.txt",
                "",
                "failed",
                "too large: 2000 characters, the limit is 1000",
            ),
            ("h_copy1.txt", "", "ok", ""),
            (
                "i_copy2.txt",
                "",
                "skipped_duplicate",
                f"same content as article {copy_of}",
            ),
        ]
    )
    assert arts["article_id"].is_unique
    report = json.loads((out / "run.json").read_text())
    assert report["counts"]["articles_by_status"] == {
        "ok": 3,
        "failed": 8,
        "skipped_duplicate": 1,
    }
    mentions = pd.read_csv(out / "mentions.csv", dtype=str, keep_default_na=False)
    ok_ids = set(arts.loc[arts["status"] == "ok", "article_id"])
    assert set(mentions["article_id"]) <= ok_ids and len(mentions) > 0


def test_a_shard_of_failed_records_beside_good_ones_reduces(tmp_path):
    # Shards of one record each: the failed record's shard has empty work tables
    # (columns without a type) that the reduce reads beside the good one's.
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_empty.txt").write_bytes(b"")
    (src / "b_good.txt").write_text(GOOD)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["run", str(src), "--out", str(out), "--shard-size", "1", "--no-report"]
    )
    assert result.exit_code == 3, result.output
    arts = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)
    assert sorted(arts["status"]) == ["failed", "ok"]
    mentions = pd.read_csv(out / "mentions.csv", dtype=str, keep_default_na=False)
    assert "Bank of Portugal" in set(mentions["text"])
