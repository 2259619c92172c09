"""The `newsner` console script (`pipeline.cli.entry`) in its own process: it ends
without the interpreter's teardown, so these check that what it printed reaches
a pipe and that its exit status is the command's."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd


def _newsner(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    code = (
        "import sys\n"
        f"sys.argv = ['newsner', *{list(args)!r}]\n"
        "from pipeline.cli import entry\n"
        "entry()\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=cwd,
    )


def test_what_it_prints_reaches_a_pipe():
    done = _newsner("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("newsner, version ")


def test_its_exit_status_is_the_commands():
    assert _newsner("no-such-command").returncode == 2
    missing = _newsner("run", "/no/such/input", "--out", "/no/such/out")
    assert missing.returncode == 1
    assert "input path not found" in missing.stderr


def test_a_run_writes_its_tables_and_says_so(tmp_path):
    src = tmp_path / "in.jsonl"
    records = [
        {"id": "a1", "text": "Dora Blunt, chief executive of Kestrel Bank, spoke."},
        {"id": "a2", "text": ""},
    ]
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    out = tmp_path / "out"
    done = _newsner("run", str(src), "--out", str(out), "--no-report")
    assert done.returncode == 3  # complete, but the empty record failed
    assert "tables in" in done.stderr  # every message goes to stderr
    articles = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)
    assert sorted(articles["status"]) == ["failed", "ok"]
    people = pd.read_csv(out / "people.csv", dtype=str, keep_default_na=False)
    assert "Dora Blunt" in set(people["name"])
