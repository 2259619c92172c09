"""The command line end to end on the sample corpus and the seed: tables, exit codes,
determinism.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline import io, schemas
from pipeline.cli import main

TABLE_FILES = [f"{t}.csv" for t in schemas.TABLES]


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory, repo_root):
    out = tmp_path_factory.mktemp("corpus_out")
    code, output = invoke(
        "run", str(repo_root / "corpus"), "--out", str(out), "--format", "both"
    )
    return code, output, out


def test_corpus_run_writes_every_table(corpus_run):
    code, output, out = corpus_run
    assert code == 0, output
    for name, table in schemas.TABLES.items():
        csv = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        assert list(csv.columns) == table.names
        pq = io.read_table(out / f"{name}.parquet", table)
        schemas.validate(pq, table)
        assert len(pq) == len(csv)
    report = json.loads((out / "run.json").read_text())
    assert report["counts"]["articles_by_status"] == {
        "ok": 8,
        "failed": 0,
        "skipped_duplicate": 0,
    }
    assert report["model"] == {"name": "en_core_web_md", "version": "0.1.0/3.8.0"}
    assert set(report["timings_seconds"]) >= {"annotate", "extract", "map", "reduce"}


def test_corpus_covers_every_input_format(corpus_run):
    _, _, out = corpus_run
    arts = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)
    suffixes = {Path(f).suffix for f in arts["source_file"]}
    assert suffixes == {".txt", ".jsonl", ".csv", ".html"}
    assert set(arts["status"]) == {"ok"}


def test_mentions_offsets_point_at_their_text(corpus_run, repo_root):
    _, _, out = corpus_run
    from pipeline.ingest import iter_articles

    arts = {a.article_id: a for a in iter_articles([repo_root / "corpus"], 10**6)}
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert len(mentions) > 20
    for m in mentions.itertuples():
        a = arts[m.article_id]
        assert a.fields[m.field][m.start_char : m.end_char] == m.text
    # the CSV's subtitle column is a field of its own
    assert "subtitle" in set(mentions["field"])


def test_same_input_gives_identical_bytes(corpus_run, repo_root, tmp_path):
    _, _, first = corpus_run
    code, output = invoke(
        "run", str(repo_root / "corpus"), "--out", str(tmp_path), "--format", "both"
    )
    assert code == 0, output
    for name in schemas.TABLES:
        for ext in ("csv", "parquet"):
            assert (first / f"{name}.{ext}").read_bytes() == (
                tmp_path / f"{name}.{ext}"
            ).read_bytes(), name


def test_rerun_reuses_every_shard(repo_root, tmp_path):
    from pipeline.runner.run import run
    from pipeline.settings import Settings

    settings = Settings(out_dir=tmp_path, shard_size=3)
    first = run([repo_root / "corpus"], settings)
    before = {p.name: p.read_bytes() for p in tmp_path.glob("*.csv")}
    second = run([repo_root / "corpus"], settings)
    assert (first.shards_run, first.shards_skipped) == (3, 0)
    assert (second.shards_run, second.shards_skipped) == (0, 3)
    assert before == {p.name: p.read_bytes() for p in tmp_path.glob("*.csv")}
    forced = run(
        [repo_root / "corpus"], Settings(out_dir=tmp_path, shard_size=3, force=True)
    )
    assert forced.shards_run == 3


def test_failed_records_exit_3_and_are_listed(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.jsonl").write_text(
        '{"id": "g1", "text": "The Bank of England raised rates on Thursday."}\n'
        '{"id": "g2"}\n'
    )
    (src / "junk.bin").write_bytes(b"\x00\x01")
    code, output = invoke("run", str(src), "--out", str(tmp_path / "out"))
    assert code == 3, output
    arts = pd.read_csv(
        tmp_path / "out" / "articles.csv", dtype=str, keep_default_na=False
    )
    assert sorted(zip(arts["status"], arts["error"])) == [
        ("failed", "missing 'text' field"),
        (
            "failed",
            "unsupported file type .bin: use .txt, .jsonl, .jsonl.gz, .csv, .html or "
            ".htm",
        ),
        ("ok", ""),
    ]
    report = json.loads((tmp_path / "out" / "run.json").read_text())
    assert report["counts"]["articles_by_status"]["failed"] == 2
    assert any("missing 'text' field" in w for w in report["warnings"])


def test_missing_input_exits_1(tmp_path):
    code, output = invoke("run", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert code == 1
    assert "input path not found" in output


def test_unknown_model_is_a_clear_error(tmp_path, repo_root):
    code, output = invoke(
        "run",
        str(repo_root / "corpus"),
        "--out",
        str(tmp_path),
        "--model",
        "en_core_web_nope",
    )
    assert code == 1
    assert "spaCy model 'en_core_web_nope' is not installed" in output


def test_bad_option_exits_nonzero(tmp_path, repo_root):
    code, _ = invoke("run", str(repo_root / "corpus"), "--workers", "0")
    assert code == 2


def test_seed_article_row_and_mentions(seed_path, tmp_path):
    code, output = invoke("run", str(seed_path), "--out", str(tmp_path))
    assert code == 0, output
    arts = pd.read_csv(tmp_path / "articles.csv", dtype=str, keep_default_na=False)
    assert len(arts) == 1
    row = arts.iloc[0]
    assert (row.published, row.status, row.error) == ("2024-11-15", "ok", "")
    assert row.title.startswith("The Authority of Information Security (AIS) signed")
    mentions = pd.read_csv(tmp_path / "mentions.csv", dtype=str, keep_default_na=False)
    body = mentions[mentions["field"] == "body"]
    assert ("November 14", "DATE") in set(zip(body["text"], body["label"]))
    assert {"Tran Quang Hung", "Trent Frazier"} <= set(
        body[body["label"] == "PERSON"]["text"]
    )
    assert set(mentions["source"]) <= {"model", "rule", "acronym", "propagated"}
    dates = pd.read_csv(tmp_path / "dates.csv", dtype=str, keep_default_na=False)
    assert set(dates["mention_id"]) <= set(
        mentions[mentions["label"].isin(["DATE", "TIME"])]["mention_id"]
    )


def test_work_dir_as_fsspec_url(repo_root, tmp_path, corpus_run):
    _, _, first = corpus_run
    work = tmp_path / "shared-work"
    code, output = invoke(
        "run",
        str(repo_root / "corpus"),
        "--out",
        str(tmp_path / "o"),
        "--work-dir",
        f"file://{work}",
        "--shard-size",
        "3",
    )
    assert code == 0, output
    assert (work / "manifest.json").exists() and len(
        list((work / "shards").iterdir())
    ) == 3
    assert not (tmp_path / "o" / ".work").exists()
    for name in schemas.TABLES:
        assert (first / f"{name}.csv").read_bytes() == (
            tmp_path / "o" / f"{name}.csv"
        ).read_bytes()


def test_tables_of_another_format_go_with_the_run_that_wrote_them(repo_root, tmp_path):
    from pipeline.runner.run import run
    from pipeline.settings import Settings

    first = run(
        [repo_root / "corpus"], Settings(out_dir=tmp_path, output_format="both")
    )
    assert len(first.written) == 16 and first.written[-1].endswith("run.json")
    assert (tmp_path / "mentions.parquet").exists()
    second = run(
        [repo_root / "corpus"], Settings(out_dir=tmp_path, output_format="csv")
    )
    expected = sorted(
        [f"{t}.csv" for t in schemas.TABLES] + ["datapackage.json", "run.json"]
    )
    assert sorted(Path(p).name for p in second.written) == expected
    # what OUT shows is the second run's outputs, not the first run's Parquet
    visible = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert visible == expected


def test_unwritable_output_fails_before_any_work(tmp_path, repo_root):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, output = invoke(
        "run", str(repo_root / "corpus"), "--out", str(blocker / "out")
    )
    assert code == 1
    assert "cannot write outputs to" in output


def test_model_may_be_a_pipeline_folder(tmp_path, corpus_run, repo_root):
    from pipeline.nlp.models import resolve

    _, _, named = corpus_run
    folder = resolve("en_core_web_md")
    assert (Path(folder) / "config.cfg").exists()
    out = tmp_path / "out"
    code, output = invoke(
        "run", str(repo_root / "corpus"), "--out", str(out), "--model", folder
    )
    assert code == 0, output
    report = json.loads((out / "run.json").read_text())
    assert report["model"]["name"] == folder
    # The same weights through their folder give the same tables, byte for byte.
    for name in TABLE_FILES:
        assert (out / name).read_bytes() == (named / name).read_bytes(), name
