"""Local workers die with their parent: a SIGKILL of the run leaves no worker
running (and none writing shards)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from test_resume_and_workers import newsner, write_corpus


def children(pid: int) -> set[int]:
    """Processes whose parent is `pid` (from /proc)."""
    out = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.add(int(entry.name))
    return out


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_sigkill_of_the_run_ends_its_workers(tmp_path):
    corpus = write_corpus(tmp_path / "in", 80)
    out = tmp_path / "out"
    p = newsner(
        "run", str(corpus), "--out", str(out), "--workers", "2", "--shard-size", "4"
    )
    manifest = out / ".work" / "manifest.json"
    deadline = time.time() + 240
    workers: set[int] = set()
    # wait until the workers are busy (a shard is recorded), so both are up
    while time.time() < deadline and p.poll() is None and not manifest.exists():
        time.sleep(0.05)
    workers = {c for c in children(p.pid) if alive(c)}
    assert p.poll() is None and len(workers) >= 2, "the run ended too early"
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    deadline = time.time() + 10
    while time.time() < deadline and any(alive(w) for w in workers):
        time.sleep(0.1)
    assert not any(alive(w) for w in workers)
    # nothing writes shards any more
    shards = sorted((out / ".work" / "shards").rglob("*"))
    time.sleep(1.5)
    assert sorted((out / ".work" / "shards").rglob("*")) == shards
