"""Run one command and print its wall time and peak RSS as JSON (used by run_bench.py).

Runs in its own process so that RUSAGE_CHILDREN covers exactly this command
and the processes it waited for (worker processes included): the figure is
the largest resident set any one of them reached.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    """Run argv, print {"seconds", "peak_rss_mb", "returncode"}; return the command's
    status.
    """
    t0 = time.perf_counter()
    proc = subprocess.run(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    seconds = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": round(seconds, 2),
                "peak_rss_mb": round(peak_kb / 1024, 1),
                "returncode": proc.returncode,
                "stderr_tail": proc.stderr[-800:],
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
