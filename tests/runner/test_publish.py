"""Publishing: a run's outputs appear together or not at all; a killed run leaves OUT
as it was; leftovers are cleaned by the next run.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from test_resume_and_workers import newsner, table_bytes, write_corpus

from pipeline.runner.publish import (
    CURRENT,
    VERSIONS,
    Staging,
    clean_leftovers,
    published_dir,
)


def visible(out: Path) -> dict[str, bytes]:
    """What a reader sees in OUT: every non-hidden file by name, with its bytes."""
    seen = {}
    for folder, dirs, files in os.walk(out, followlinks=True):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            p = Path(folder) / name
            if not name.startswith(".") and p.is_file():
                seen[p.relative_to(out).as_posix()] = p.read_bytes()
    return dict(sorted(seen.items()))


def stage_files(out: Path, files: dict[str, bytes]) -> Staging:
    stage = Staging(out)
    for name, data in files.items():
        (stage.path / name).parent.mkdir(parents=True, exist_ok=True)
        (stage.path / name).write_bytes(data)
    return stage


def test_staged_outputs_appear_together(tmp_path):
    stage = stage_files(tmp_path, {"a.csv": b"1", "run.json": b"{}", "report/i": b"x"})
    assert visible(tmp_path) == {}  # nothing shows before the switch
    written = stage.publish()
    assert [p.name for p in written] == ["a.csv", "report", "run.json"]
    assert visible(tmp_path) == {"a.csv": b"1", "report/i": b"x", "run.json": b"{}"}
    first = published_dir(tmp_path)
    stage_files(tmp_path, {"a.csv": b"2", "b.csv": b"3"}).publish()
    assert visible(tmp_path) == {"a.csv": b"2", "b.csv": b"3"}
    # the replaced version and the links to outputs it alone had are gone
    assert not first.exists()
    assert os.listdir(tmp_path / VERSIONS) == [published_dir(tmp_path).name]
    assert not (tmp_path / "run.json").is_symlink()


def test_a_stage_that_fails_leaves_out_as_it_was(tmp_path):
    stage_files(tmp_path, {"a.csv": b"old"}).publish()
    with pytest.raises(RuntimeError), Staging(tmp_path) as stage:
        (stage.path / "a.csv").write_bytes(b"new")
        raise RuntimeError("writer failed")
    assert visible(tmp_path) == {"a.csv": b"old"}
    assert not list(tmp_path.glob(".staging-*"))


def test_leftovers_are_cleaned(tmp_path):
    stage_files(tmp_path, {"a.csv": b"kept"}).publish()
    kept = published_dir(tmp_path)
    for d in (".staging-x/sub", ".reduce-y", f"{VERSIONS}/killed-run"):
        (tmp_path / d).mkdir(parents=True)
    for f in (".a.csv.k2j3.tmp", ".newsner-write-check"):
        (tmp_path / f).write_bytes(b"")
    os.symlink(f"{VERSIONS}/killed-run", tmp_path / f"{CURRENT}.tmp-x")
    os.symlink(f"{CURRENT}/gone.csv", tmp_path / "gone.csv")
    (tmp_path / ".work").mkdir()
    (tmp_path / ".newsner.lock").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("a user's file")
    clean_leftovers(tmp_path)
    assert sorted(os.listdir(tmp_path)) == sorted(
        [".current", ".newsner.lock", ".versions", ".work", "a.csv", "notes.txt"]
    )
    assert os.listdir(tmp_path / VERSIONS) == [kept.name]


def test_from_current_starts_from_the_published_outputs(tmp_path):
    stage_files(tmp_path, {"a.csv": b"tables", "report/index.html": b"v1"}).publish()
    old = published_dir(tmp_path)
    stage = Staging.from_current(tmp_path)
    assert (stage.path / "a.csv").stat().st_ino == (old / "a.csv").stat().st_ino
    (stage.path / "report" / "index.html").write_bytes(b"v2")
    stage.publish()
    assert visible(tmp_path) == {"a.csv": b"tables", "report/index.html": b"v2"}


def test_outputs_of_an_older_newsner_are_replaced_at_once(tmp_path):
    for name in ("articles.csv", "articles.parquet", "run.json"):
        (tmp_path / name).write_bytes(b"legacy " + name.encode())
    (tmp_path / "report").mkdir()
    (tmp_path / "report" / "index.html").write_bytes(b"legacy report")
    stage_files(tmp_path, {"articles.csv": b"new", "run.json": b"{}"}).publish()
    assert visible(tmp_path) == {"articles.csv": b"new", "run.json": b"{}"}


def test_killed_reduce_leaves_the_previous_tables(tmp_path):
    """Freeze a run while its reduce writes, look at OUT, kill it: OUT shows the
    previous run throughout; the next run cleans up and publishes."""
    out = tmp_path / "out"
    first = write_corpus(tmp_path / "first", 12)
    p = newsner("run", str(first), "--out", str(out))
    assert p.wait(timeout=300) == 0
    before = visible(out)
    second = write_corpus(tmp_path / "second", 60)
    p = newsner("run", str(second), "--out", str(out), "--shard-size", "10")
    deadline = time.time() + 300
    while time.time() < deadline and p.poll() is None:
        if list(out.glob(".staging-*")):
            os.kill(p.pid, signal.SIGSTOP)
            break
        time.sleep(0.005)
    assert p.poll() is None, "the run ended before its reduce could be stopped"
    try:
        assert list(out.glob(".staging-*")), "publishing had begun"
        assert visible(out) == before
    finally:
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
    assert visible(out) == before
    p = newsner("run", str(second), "--out", str(out), "--shard-size", "10")
    _, err = p.communicate(timeout=300)
    assert p.returncode == 0, err.decode()
    assert not list(out.glob(".staging-*"))
    report = json.loads((out / "run.json").read_text())
    assert report["counts"]["articles_by_status"]["ok"] == 60
    clean = tmp_path / "clean"
    p = newsner("run", str(second), "--out", str(clean))
    assert p.wait(timeout=300) == 0
    assert table_bytes(out) == table_bytes(clean)
