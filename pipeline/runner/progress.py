"""Progress of a run: phases (reading, loading the model, annotating, combining the
shards, writing the report) and articles done, one by one.

`Progress` is what `run()` reports to; it does nothing by itself. The command
line uses `progress_reporter()`: on a terminal a rich display (a bar with
articles/s and the time left while articles are annotated, then a line per
phase with its elapsed time), with log records printed above it rather than
over it; elsewhere (CI, batch jobs, a pipe) a log line when a phase starts and
then every `log_every` seconds from a timer, whether or not an article finished
in between, so a log never goes quiet for longer.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import time
from collections.abc import Iterator

log = logging.getLogger(__name__)

ANNOTATING = "annotating"


class Progress:
    """What a run reports as it goes. Thread-safe; this base class shows nothing."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.total: int | None = None
        self.done = 0
        self.phase_name = ""
        self.phase_start = self.start = time.perf_counter()
        self.annotate_start: float | None = None

    def set_total(self, total: int) -> None:
        """The number of records the run will read."""
        with self.lock:
            self.total = total

    def phase(self, name: str) -> None:
        """A new phase starts (the article phase is `ANNOTATING`)."""
        with self.lock:
            self.phase_name, self.phase_start = name, time.perf_counter()
            if name == ANNOTATING and self.annotate_start is None:
                self.annotate_start = self.phase_start
            self.on_phase(name)

    def advance(self, n: int = 1) -> None:
        """`n` more articles are done (processed, failed or taken from a finished
        shard)."""
        if n <= 0:
            return
        with self.lock:
            if self.phase_name != ANNOTATING:
                self.phase(ANNOTATING)
            self.done += n
            self.on_advance(n)

    def rate(self) -> float:
        """Articles per second since annotation began."""
        began = self.annotate_start or self.start
        return self.done / max(time.perf_counter() - began, 1e-9)

    def on_phase(self, name: str) -> None:
        """Hook: a phase started."""

    def on_advance(self, n: int) -> None:
        """Hook: `n` articles more."""

    def status(self) -> str:
        """One line saying where the run is."""
        with self.lock:
            elapsed = time.perf_counter() - self.phase_start
            if self.phase_name != ANNOTATING:
                return f"{self.phase_name} ({elapsed:.0f} s)"
            of = f" of {self.total}" if self.total else ""
            rate = self.rate()
            left = ""
            if self.total and rate > 0 and self.done < self.total:
                left = f", about {(self.total - self.done) / rate:.0f} s left"
            return f"{self.done}{of} articles done, {rate:.1f} articles/s{left}"


class LogProgress(Progress):
    """Log lines: one when a phase starts, then one every `log_every` seconds."""

    def __init__(self, log_every: float = 10.0) -> None:
        super().__init__()
        self.log_every = log_every
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._tick, name="newsner-progress", daemon=True
        )

    def __enter__(self) -> LogProgress:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def on_phase(self, name: str) -> None:
        of = f" ({self.total} records)" if name == ANNOTATING and self.total else ""
        log.info("%s%s", name, of)

    def _tick(self) -> None:
        while not self._stop.wait(self.log_every):
            if self.phase_name:
                log.info("%s", self.status())


class BarProgress(Progress):
    """A rich display on the terminal: a bar for the articles, a line per phase."""

    def __init__(self) -> None:
        super().__init__()
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import (
            Progress as Display,
        )

        self.display = Display(
            SpinnerColumn(finished_text="✓"),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
            redirect_stderr=True,
        )
        self.tasks: dict[str, int] = {}
        self.current: str | None = None

    def on_phase(self, name: str) -> None:
        self._finish_current()
        total = self.total if name == ANNOTATING else None
        self.tasks[name] = self.display.add_task(name, total=total, rate="")
        self.current = name

    def on_advance(self, n: int) -> None:
        task = self.tasks[ANNOTATING]
        self.display.update(task, advance=n, rate=f"{self.rate():.1f}/s")

    def _finish_current(self) -> None:
        if self.current is None:
            return
        task = self.tasks[self.current]
        if self.current == ANNOTATING:
            # a total counted ahead may differ from what was read: end at what was
            self.display.update(task, total=self.done, completed=self.done)
        else:
            self.display.update(task, total=1, completed=1)

    def close(self) -> None:
        """Mark the last phase done."""
        with self.lock:
            self._finish_current()
            self.current = None


@contextlib.contextmanager
def progress_reporter(log_every: float = 10.0) -> Iterator[Progress]:
    """A Progress for the command line: a rich display on a terminal, timed log
    lines elsewhere. On a terminal, log records are printed above the display
    for as long as it is shown, never over it.
    """
    if not sys.stderr.isatty():
        with LogProgress(log_every) as progress:
            start = time.perf_counter()
            yield progress
            log.info(
                "done: %d articles in %.1f s",
                progress.done,
                time.perf_counter() - start,
            )
        return
    progress = BarProgress()
    with progress.display, _logs_above(progress.display):
        yield progress
        progress.close()


@contextlib.contextmanager
def _logs_above(display) -> Iterator[None]:
    """Send the root logger's stderr handlers through the display's console, which
    prints each record above the live display."""
    handlers = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.StreamHandler)
        and getattr(h, "stream", None) in (sys.__stderr__, display.console.file)
    ]
    saved = [h.stream for h in handlers]
    proxy = _ConsoleStream(display.console)
    for h in handlers:
        h.setStream(proxy)
    try:
        yield
    finally:
        for h, stream in zip(handlers, saved):
            h.setStream(stream)


class _ConsoleStream:
    """A write-only stream that prints whole lines through a rich console."""

    def __init__(self, console) -> None:
        self.console = console
        self.buffer = ""

    def write(self, text: str) -> int:
        self.buffer += text
        while "\n" in self.buffer:
            line, self.buffer = self.buffer.split("\n", 1)
            self.console.print(line, markup=False, highlight=False, soft_wrap=True)
        return len(text)

    def flush(self) -> None:
        if self.buffer:
            self.console.print(self.buffer, markup=False, highlight=False)
            self.buffer = ""


class ShardTicks:
    """Turns per-article ticks of running shards and whole finished shards into
    `Progress.advance` calls that add up to each shard's size exactly once (a tick
    that arrives after its shard finished is dropped)."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.lock = threading.Lock()
        self.ticked: dict[str, int] = {}
        self.finished: set[str] = set()

    def tick(self, key: str, n: int = 1) -> None:
        """`n` articles of shard `key` are done."""
        with self.lock:
            if key in self.finished:
                return
            self.ticked[key] = self.ticked.get(key, 0) + n
        if self.progress:
            self.progress.advance(n)

    def finish(self, key: str, n_articles: int) -> None:
        """Shard `key` of `n_articles` records is done (or was done before)."""
        with self.lock:
            if key in self.finished:
                return
            self.finished.add(key)
            rest = n_articles - self.ticked.pop(key, 0)
        if self.progress:
            self.progress.advance(rest)
