"""`newsner run` builds and publishes the report with the tables (unless
--no-report), `newsner report OUT` republishes under the folder's lock, --format
takes comma lists, and the closing summary says what a person needs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def sample(repo_root):
    return repo_root / "corpus"


def test_run_builds_the_report_and_says_where(tmp_path, sample):
    out = tmp_path / "out"
    result = invoke("run", str(sample), "--out", str(out))
    assert result.exit_code == 0, result.output
    index = out / "report" / "index.html"
    assert index.is_file()
    # published with the tables: the report is a link into the same version
    assert os.readlink(out / "report") == ".current/report"
    lines = result.output.strip().splitlines()
    assert lines[-1] == f"report: {index} (open it in a browser)"
    assert lines[0].startswith("newsner: 8 articles in ")
    assert "8 processed, 0 failed, 0 skipped as duplicates" in lines[0]
    assert any(x.startswith(f"tables in {out}/: articles 8, ") for x in lines)
    # warnings name the records they are about
    warning = next(x for x in lines if "no publication date" in x)
    assert "corpus/harbour-notes.txt" in warning and "(wire-0003)" in warning
    run_json = json.loads((out / "run.json").read_text())
    assert run_json["settings"]["report"] is True
    assert "report" in run_json["timings_seconds"]


def test_no_report_then_report_command_publishes_it(tmp_path, sample):
    out = tmp_path / "out"
    src = sample / "wire.jsonl"
    result = invoke("run", str(src), "--out", str(out), "--no-report")
    assert result.exit_code == 0, result.output
    assert not (out / "report").exists()
    assert "report:" not in result.output
    before = (out / ".current").resolve()
    tables = (out / "articles.csv").read_bytes()
    result = invoke("report", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"report: {out / 'report' / 'index.html'}"
    after = (out / ".current").resolve()
    assert after != before  # a new version, published at once
    assert os.readlink(out / "report") == ".current/report"
    assert (out / "articles.csv").read_bytes() == tables
    assert not before.exists()  # the replaced version is gone


def test_report_waits_for_no_run(tmp_path, sample):
    from pipeline.runner.lock import FolderLock

    out = tmp_path / "out"
    invoke("run", str(sample / "wire.jsonl"), "--out", str(out), "--no-report")
    with FolderLock(out, "output folder"):
        result = invoke("report", str(out))
    assert result.exit_code == 1
    assert "newsner: error:" in result.output and "output folder" in result.output
    assert not (out / "report").exists()


def test_format_takes_comma_lists_and_aliases(tmp_path, sample):
    src = str(sample / "wire.jsonl")
    out = tmp_path / "a"
    result = invoke("run", src, "--out", str(out), "--format", "parquet,duckdb")
    assert result.exit_code == 0, result.output
    names = {p.name for p in Path(out).iterdir() if not p.name.startswith(".")}
    assert {"articles.csv", "articles.parquet", "newsner.duckdb"} <= names
    assert "  as CSV and Parquet, newsner.duckdb, datapackage.json" in result.output
    result = invoke("run", src, "--out", str(tmp_path / "b"), "--format", "xlsx")
    assert result.exit_code == 2
    assert "unknown output format xlsx" in result.output


def test_help_names_the_tables_and_the_report():
    result = invoke("--help")
    for word in ("organisations", "people", "roles", "dates", "report", "DuckDB"):
        assert word in result.output
