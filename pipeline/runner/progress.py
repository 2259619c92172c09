"""Progress reporting: a rich progress bar on a terminal, periodic log lines
otherwise.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from collections.abc import Callable, Iterator

log = logging.getLogger(__name__)


@contextlib.contextmanager
def progress_reporter(
    total: int | None = None, log_every: float = 10.0
) -> Iterator[Callable[[int], None]]:
    """Yield a callback taking the number of articles just finished.

    On a terminal it drives a rich progress bar (articles/s, elapsed, ETA when
    the total is known); elsewhere (CI, batch jobs) it logs a line at most
    every `log_every` seconds and once at the end, so logs hold no
    carriage-return frames.
    """
    start = time.perf_counter()
    done = 0
    if sys.stderr.isatty():
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        columns = [
            TextColumn("articles"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f}/s"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
        ]
        with Progress(*columns, transient=False) as bar:
            task = bar.add_task("run", total=total, rate=0.0)

            def tick(n: int) -> None:
                nonlocal done
                done += n
                bar.update(
                    task, advance=n, rate=done / max(time.perf_counter() - start, 1e-9)
                )

            yield tick
        return
    last = start

    def log_tick(n: int) -> None:
        nonlocal done, last
        done += n
        now = time.perf_counter()
        if now - last >= log_every:
            last = now
            rate = done / (now - start)
            eta = (
                f", about {(total - done) / rate:.0f}s left"
                if total and rate > 0
                else ""
            )
            log.info(
                "%d%s articles done, %.1f articles/s%s",
                done,
                f" of {total}" if total else "",
                rate,
                eta,
            )

    yield log_tick
    log.info("%d articles done in %.1fs", done, time.perf_counter() - start)
