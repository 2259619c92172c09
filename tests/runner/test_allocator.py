"""A shard keeps freed memory in its process: a workload that grows and frees
its heap in rounds, as batches do, takes its pages from the kernel once instead
of every round. Each case runs in a fresh interpreter, whose allocator starts
from glibc's defaults."""

from __future__ import annotations

import ctypes.util
import json
import os
import subprocess
import sys

import pytest

# Rounds of fifty 1 MiB blocks taken and freed: with glibc's defaults the freed
# top of the heap goes back to the kernel after each round and is faulted in
# again by the next.
WORKLOAD = """
import json, resource, sys
from pipeline.runner.allocator import tune_allocator
tuned = tune_allocator() if sys.argv[1] == "tuned" else None
again = tune_allocator() if tuned is not None else None
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(20):
    blocks = [bytearray(1 << 20) for _ in range(50)]
    del blocks
after = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
print(json.dumps({"tuned": tuned, "again": again, "faults": after - before}))
"""

glibc = pytest.mark.skipif(
    not sys.platform.startswith("linux") or ctypes.util.find_library("c") is None,
    reason="the allocator settings are glibc's",
)


def _run(mode: str, **env: str) -> dict:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k != "GLIBC_TUNABLES" and not k.startswith("MALLOC_")
    }
    out = subprocess.run(
        [sys.executable, "-c", WORKLOAD, mode],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


@glibc
def test_freed_memory_is_reused_instead_of_faulted_in_every_round():
    plain = _run("plain")
    tuned = _run("tuned")
    assert tuned["tuned"] is True and tuned["again"] is True  # applied, idempotent
    # 20 rounds of 50 MiB: about 256k page faults untuned, one round's worth tuned
    assert plain["faults"] > 100_000
    assert tuned["faults"] * 5 < plain["faults"]


@glibc
def test_a_users_own_malloc_settings_are_left_alone():
    got = _run("tuned", GLIBC_TUNABLES="glibc.malloc.trim_threshold=131072")
    assert got["tuned"] is False
    assert got["faults"] > 100_000  # the user's small trim threshold holds
