"""The batch engine: a killed run resumes to identical tables; workers do not change
output.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import schemas

SENTENCES = [
    "The {org} said on {day} that {person} would lead its new office in {city}.",
    "{person}, a spokesperson for the {org}, declined to comment on the report.",
    "Shares of the {org} rose 4 percent in {city} after the announcement.",
]
ORGS = [
    "Northern Rail Company",
    "Ministry of Transport",
    "Bank of Lisbon",
    "Alpine Energy Group",
]
PEOPLE = ["Maria Costa", "John Reed", "Aiko Tanaka", "Peter Novak"]
CITIES = ["Lisbon", "Oslo", "Osaka", "Prague"]
DAYS = ["Monday", "Tuesday", "Friday", "March 3"]


def write_corpus(folder: Path, n: int) -> Path:
    """n small JSONL articles made from templates (deterministic)."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(n):
        k = i % 4
        body = (
            " ".join(
                s.format(
                    org=ORGS[k],
                    person=PEOPLE[(i // 4) % 4],
                    city=CITIES[(k + i) % 4],
                    day=DAYS[i % 4],
                )
                for s in SENTENCES
            )
            + f" Report number {i}."
        )
        lines.append(
            json.dumps(
                {
                    "id": f"doc-{i:04d}",
                    "published": f"2024-0{1 + i % 9}-1{i % 10}",
                    "title": f"Update {i} from {ORGS[k]}",
                    "text": body,
                }
            )
        )
    path = folder / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def newsner(*args: str, **kw) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("newsner")
    return subprocess.Popen(
        [str(exe), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw
    )


def table_bytes(out: Path) -> dict[str, bytes]:
    return {f"{t}.csv": (out / f"{t}.csv").read_bytes() for t in schemas.TABLES}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), 60)


@pytest.fixture(scope="module")
def clean_run(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("clean")
    p = newsner("run", str(corpus), "--out", str(out), "--shard-size", "5")
    _, err = p.communicate(timeout=300)
    assert p.returncode == 0, err.decode()
    return out


def test_killed_run_resumes_to_identical_tables(corpus, clean_run, tmp_path):
    out = tmp_path / "out"
    p = newsner("run", str(corpus), "--out", str(out), "--shard-size", "5")
    manifest = out / ".work" / "manifest.json"
    deadline = time.time() + 240
    # Kill as soon as some, but not all, shards are recorded.
    while time.time() < deadline:
        if manifest.exists():
            try:
                if len(json.loads(manifest.read_text())["shards"]) >= 2:
                    break
            except ValueError:
                pass
        if p.poll() is not None:
            break
        time.sleep(0.05)
    if p.poll() is not None:
        pytest.fail(
            "the run finished before it could be killed; make the corpus larger"
        )
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    done_before = len(json.loads(manifest.read_text())["shards"])
    assert 2 <= done_before < 12
    assert not (out / "run.json").exists()

    p = newsner("run", str(corpus), "--out", str(out), "--shard-size", "5")
    _, err = p.communicate(timeout=300)
    assert p.returncode == 0, err.decode()
    report = json.loads((out / "run.json").read_text())
    assert report["shards"]["skipped"] == done_before
    assert report["shards"]["run"] == 12 - done_before
    assert table_bytes(out) == table_bytes(clean_run)


def test_two_workers_give_identical_tables(corpus, clean_run, tmp_path):
    p = newsner(
        "run",
        str(corpus),
        "--out",
        str(tmp_path),
        "--shard-size",
        "5",
        "--workers",
        "2",
    )
    _, err = p.communicate(timeout=300)
    assert p.returncode == 0, err.decode()
    assert table_bytes(tmp_path) == table_bytes(clean_run)


def test_rerun_with_nothing_changed_processes_no_shard(corpus, clean_run):
    p = newsner("run", str(corpus), "--out", str(clean_run), "--shard-size", "5")
    _, err = p.communicate(timeout=300)
    assert p.returncode == 0, err.decode()
    report = json.loads((clean_run / "run.json").read_text())
    assert report["shards"] == {"run": 0, "skipped": 12, "size": 5}
