"""Scale-out: a real Dask scheduler with two worker processes on loopback.

The cluster run must equal the local run table for table, also when one
worker is killed in the middle of the run.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_resume_and_workers import newsner, table_bytes, write_corpus

pytest.importorskip("distributed")

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_workers(address: str, n: int, timeout: float = 60) -> None:
    from distributed import Client

    with Client(address, timeout=timeout, set_as_default=False) as client:
        client.wait_for_workers(n, timeout=timeout)


@pytest.fixture()
def cluster(tmp_path):
    """A scheduler and two single-threaded worker processes (no nanny, so a kill is
    final).
    """
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    log = open(tmp_path / "cluster.log", "w")
    procs = [
        subprocess.Popen(
            [
                str(BIN / "dask"),
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--no-dashboard",
            ],
            stdout=log,
            stderr=log,
        )
    ]
    time.sleep(1.0)
    for _ in range(2):
        procs.append(
            subprocess.Popen(
                [
                    str(BIN / "dask"),
                    "worker",
                    address,
                    "--nthreads",
                    "1",
                    "--no-nanny",
                    "--no-dashboard",
                ],
                stdout=log,
                stderr=log,
            )
        )
    try:
        wait_for_workers(address, 2)
        yield address, procs[1:]
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        log.close()


@pytest.fixture(scope="module")
def corpus_and_local(tmp_path_factory):
    corpus = write_corpus(tmp_path_factory.mktemp("cl_corpus"), 160)
    out = tmp_path_factory.mktemp("cl_local")
    p = newsner("run", str(corpus), "--out", str(out), "--shard-size", "4")
    _, err = p.communicate(timeout=300)
    assert p.returncode == 0, err.decode()
    return corpus, out


def test_cluster_run_equals_local_run(cluster, corpus_and_local, tmp_path):
    address, _ = cluster
    corpus, local = corpus_and_local
    p = newsner(
        "run",
        str(corpus),
        "--out",
        str(tmp_path),
        "--shard-size",
        "4",
        "--scheduler",
        address,
    )
    _, err = p.communicate(timeout=300)
    assert p.returncode == 0, err.decode()
    assert table_bytes(tmp_path) == table_bytes(local)
    assert json.loads((tmp_path / "run.json").read_text())["shards"] == {
        "run": 40,
        "skipped": 0,
        "size": 4,
    }


def test_killed_worker_loses_nothing(cluster, corpus_and_local, tmp_path):
    address, workers = cluster
    corpus, local = corpus_and_local
    p = newsner(
        "run",
        str(corpus),
        "--out",
        str(tmp_path),
        "--shard-size",
        "4",
        "--scheduler",
        address,
    )
    manifest = tmp_path / ".work" / "manifest.json"
    deadline = time.time() + 240
    while time.time() < deadline and p.poll() is None:
        try:
            if len(json.loads(manifest.read_text())["shards"]) >= 4:
                break
        except (OSError, ValueError):
            pass
        time.sleep(0.05)
    assert p.poll() is None, "the run ended before a worker could be killed"
    os.kill(workers[0].pid, signal.SIGKILL)
    _, err = p.communicate(timeout=300)
    assert p.returncode == 0, err.decode()
    assert table_bytes(tmp_path) == table_bytes(local)


def test_unreachable_scheduler_is_a_clear_error(tmp_path, corpus_and_local):
    corpus, _ = corpus_and_local
    p = newsner(
        "run",
        str(corpus),
        "--out",
        str(tmp_path),
        "--scheduler",
        f"tcp://127.0.0.1:{free_port()}",
    )
    _, err = p.communicate(timeout=120)
    assert p.returncode == 1
    assert "cannot reach the Dask scheduler" in err.decode()
