"""One run per folder: a second run on the same --out or --work-dir is refused with
the first one's pid; a lock whose holder is gone never blocks.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys

import fsspec
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.runner.lock import FolderLock, LockedError, holder_info


@pytest.fixture()
def corpus(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Maria Costa joined the Bank of Lisbon in March.")
    return src


def invoke(*args) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


def test_second_run_on_the_same_output_folder_is_refused(corpus, tmp_path):
    out = tmp_path / "out"
    with FolderLock(out, "output folder"):
        code, output = invoke("run", corpus, "--out", out)
    assert code == 1
    assert f"the output folder {out} is in use by another newsner run: pid " in output
    assert f"pid {os.getpid()} on {socket.gethostname()}" in output
    assert f"delete {out}/.newsner.lock" in output
    assert not (out / "articles.csv").exists()
    code, output = invoke("run", corpus, "--out", out)  # released: runs
    assert code == 0, output


def test_second_run_on_the_same_work_folder_is_refused(corpus, tmp_path):
    work = tmp_path / "shared-work"
    with FolderLock(work, "work folder"):
        code, output = invoke(
            "run", corpus, "--out", tmp_path / "other", "--work-dir", work
        )
    assert code == 1
    assert f"the work folder {work} is in use by another newsner run" in output


def test_the_lock_of_a_killed_run_does_not_block(corpus, tmp_path):
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pipeline.runner.lock import FolderLock\n"
            f"FolderLock({str(out)!r}, 'output folder').acquire()\n"
            "print('locked', flush=True)\n"
            "time.sleep(120)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(LockedError, match=f"pid {holder.pid} on "):
            FolderLock(out, "output folder").acquire()
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    lock = FolderLock(out, "output folder")
    lock.acquire()  # the kernel released the dead run's lock
    info = json.loads((out / ".newsner.lock").read_text())
    assert info["pid"] == os.getpid()
    lock.release()


def _write_lock(url: str, **fields) -> None:
    with fsspec.open(f"{url}/.newsner.lock", "w") as fh:
        json.dump({**holder_info(), **fields}, fh)


def test_lock_on_a_url_takes_over_only_what_is_certainly_stale():
    url = "memory://newsner-lock-test"
    _write_lock(url, pid=2**22 + 7)  # above Linux's largest pid: certainly dead
    with FolderLock(url, "work folder"):  # taken over
        with pytest.raises(LockedError, match=f"pid {os.getpid()} on"):
            FolderLock(url, "work folder").acquire()  # alive: refused
    _write_lock(url, host="another-machine")
    with pytest.raises(LockedError, match="delete memory://newsner-lock-test/"):
        FolderLock(url, "work folder").acquire()
    fsspec.filesystem("memory").rm("/newsner-lock-test", recursive=True)
