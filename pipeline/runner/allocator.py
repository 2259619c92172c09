"""Keep freed memory in the process between batches (glibc's malloc).

The model allocates its arrays anew for every batch of texts, and a shard frees
its Docs and strings when it ends. With glibc's defaults the allocator hands
such memory back to the kernel as soon as a few megabytes lie free at the top
of the heap (and serves larger blocks by mmap), so the next batch asks for the
same pages again and the kernel zeroes each one on first touch: on 600 news
articles about a million page faults and 3 s of system time, against 0.2
million and 1 s with the settings below (bench: `make bench`). The peak
resident size does not change: what is kept is what the process had already
used, and `nlp.build.release_models` still trims it before the reduce.

Settings a user gives glibc (GLIBC_TUNABLES, MALLOC_*_ variables) are left
alone; elsewhere than glibc this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os

# mallopt parameter numbers (glibc malloc.h)
M_TRIM_THRESHOLD = -1
M_TOP_PAD = -2
M_MMAP_THRESHOLD = -3
# Blocks up to this size come from the heap, not from a mapping of their own
# (glibc's own upper bound for the dynamic threshold on 64-bit systems).
MMAP_THRESHOLD = 32 * 1024 * 1024
# Free memory at the top of the heap kept rather than returned.
TRIM_THRESHOLD = 512 * 1024 * 1024
# Extra memory taken each time the heap grows, so it grows in few steps.
TOP_PAD = 64 * 1024 * 1024


def _user_set() -> bool:
    tunables = os.environ.get("GLIBC_TUNABLES", "")
    return "glibc.malloc." in tunables or any(
        k.startswith("MALLOC_") and k.endswith("_") for k in os.environ
    )


@functools.cache
def tune_allocator() -> bool:
    """Apply the settings of this module in this process, once; True when glibc
    took them, False where there is no glibc or the user configured its malloc."""
    if _user_set():
        return False
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    settings = (
        (M_MMAP_THRESHOLD, MMAP_THRESHOLD),
        (M_TRIM_THRESHOLD, TRIM_THRESHOLD),
        (M_TOP_PAD, TOP_PAD),
    )
    return all(mallopt(param, value) == 1 for param, value in settings)
