"""Where shards run: in this process, or in local worker processes.

Every executor calls the same `run_shard`; the model is loaded once per
worker process (by `get_annotator`'s cache), never per shard or article.
Local workers die with the run: each asks the kernel for SIGKILL when its
parent dies (Linux `prctl(PR_SET_PDEATHSIG)`), and a watchdog thread exits the
worker when its parent is gone, where that is not available or the parent
died before the request took effect.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from pipeline.nlp import get_annotator
from pipeline.runner.map import run_shard
from pipeline.runner.shards import Shard

Job = tuple[Shard, str]  # a shard and the folder its tables go to
PR_SET_PDEATHSIG = 1
WATCH_SECONDS = 1.0


def die_with_parent(parent_pid: int) -> None:
    """Make this process end when `parent_pid` does (kernel signal plus a watchdog)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the watchdog alone
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(WATCH_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="newsner-parent-watch", daemon=True).start()


Tick = Callable[[str, int], None]  # (shard key, articles done) for progress
_TICKS = None  # a worker's queue for per-article progress (set by _init_worker)


class _ToParent(logging.Handler):
    """A worker's log records, sent on the progress queue as (logger, level,
    message): the parent logs them itself, above its progress bar, instead of the
    worker writing over it."""

    def __init__(self, queue) -> None:
        super().__init__()
        self.queue = queue

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.queue.put((record.name, record.levelno, record.getMessage()))
        except Exception:  # a record that cannot be sent must not stop the shard
            self.handleError(record)


def _init_worker(model: str, parent_pid: int, ticks=None, level=logging.WARNING):
    global _TICKS
    die_with_parent(parent_pid)
    _TICKS = ticks
    if ticks is not None:
        root = logging.getLogger()
        root.handlers[:] = [_ToParent(ticks)]
        root.setLevel(level)
    get_annotator(model)


def _pool_shard(key: str, articles, shard_dir, model, batch_size, max_seconds):
    """run_shard in a worker, putting the shard's key on the queue per article."""
    on_article = (lambda: _TICKS.put(key)) if _TICKS is not None else None
    return run_shard(articles, shard_dir, model, batch_size, max_seconds, on_article)


def run_inline(
    jobs: Iterable[Job],
    model: str,
    batch_size: int,
    max_seconds: float,
    tick: Tick | None = None,
) -> Iterator[tuple[Shard, dict]]:
    """Run shards one after another in this process."""
    for shard, shard_dir in jobs:
        on_article = functools.partial(tick, shard.key, 1) if tick else None
        info = run_shard(
            shard.articles, shard_dir, model, batch_size, max_seconds, on_article
        )
        yield shard, info


def _drain(ticks, tick: Tick) -> None:
    """Pass the workers' per-article keys to `tick`, and log their log records
    here, until the None sentinel."""
    while (item := ticks.get()) is not None:
        if isinstance(item, tuple):
            name, level, message = item
            logging.getLogger(name).log(level, "%s", message)
        else:
            tick(item, 1)


def run_local_pool(
    jobs: Iterable[Job],
    model: str,
    batch_size: int,
    max_seconds: float,
    workers: int,
    tick: Tick | None = None,
) -> Iterator[tuple[Shard, dict]]:
    """Run shards in `workers` processes, at most two shards queued per worker (bounded
    memory).

    Results are yielded as shards finish (not in input order); the reduce sorts.
    Workers report each article done through a queue that a thread here drains
    into `tick`.
    """
    # spawn: a fresh interpreter per worker, safe beside threads in the parent.
    ctx = multiprocessing.get_context("spawn")
    ticks = ctx.SimpleQueue() if tick else None
    drain = None
    if tick:
        drain = threading.Thread(
            target=_drain, args=(ticks, tick), name="newsner-ticks", daemon=True
        )
        drain.start()
    try:
        yield from _pool(jobs, model, batch_size, max_seconds, workers, ctx, ticks)
    finally:
        if drain is not None:
            ticks.put(None)
            drain.join(timeout=5)


def _pool(jobs, model, batch_size, max_seconds, workers, ctx, ticks):
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=ctx,
        initializer=_init_worker,
        initargs=(model, os.getpid(), ticks, logging.getLogger().getEffectiveLevel()),
    ) as pool:
        pending: dict[Future, Shard] = {}
        it = iter(jobs)
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < 2 * workers:
                try:
                    shard, shard_dir = next(it)
                except StopIteration:
                    exhausted = True
                    break
                fut = pool.submit(
                    _pool_shard,
                    shard.key,
                    shard.articles,
                    shard_dir,
                    model,
                    batch_size,
                    max_seconds,
                )
                pending[fut] = shard
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                shard = pending.pop(fut)
                yield shard, fut.result()


def executor_for(
    settings, tick: Tick | None = None
) -> Callable[[Iterable[Job]], Iterator[tuple[Shard, dict]]]:
    """The executor for `settings` (pipeline.settings.Settings): a Dask scheduler when
    given, else local workers (1 = in-process). Call it with the jobs. Local
    executors call `tick(shard key, 1)` per article done; a cluster reports whole
    shards only.
    """
    args = (settings.model, settings.batch_size, settings.max_seconds)
    if settings.scheduler:
        from pipeline.runner.cluster import run_on_cluster, security_for

        security = security_for(settings)
        return lambda jobs: run_on_cluster(
            jobs, *args, settings.scheduler, security=security
        )
    if settings.workers <= 1:
        return lambda jobs: run_inline(jobs, *args, tick)
    return lambda jobs: run_local_pool(jobs, *args, settings.workers, tick)
