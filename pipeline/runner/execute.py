"""Where shards run: in this process, or in local worker processes.

Every executor calls the same `run_shard`; the model is loaded once per
worker process (by `get_annotator`'s cache), never per shard or article.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from pipeline.nlp import get_annotator
from pipeline.runner.map import run_shard
from pipeline.runner.shards import Shard

Job = tuple[Shard, str]  # a shard and the folder its tables go to


def _warm(model: str) -> None:
    get_annotator(model)


def run_inline(
    jobs: Iterable[Job], model: str, batch_size: int
) -> Iterator[tuple[Shard, dict]]:
    """Run shards one after another in this process."""
    for shard, shard_dir in jobs:
        yield shard, run_shard(shard.articles, shard_dir, model, batch_size)


def run_local_pool(
    jobs: Iterable[Job], model: str, batch_size: int, workers: int
) -> Iterator[tuple[Shard, dict]]:
    """Run shards in `workers` processes, at most two shards queued per worker (bounded
    memory).

    Results are yielded as shards finish (not in input order); the reduce sorts.
    """
    # spawn: a fresh interpreter per worker, safe beside threads in the parent.
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=ctx, initializer=_warm, initargs=(model,)
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
                pending[
                    pool.submit(run_shard, shard.articles, shard_dir, model, batch_size)
                ] = shard
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                shard = pending.pop(fut)
                yield shard, fut.result()


def executor_for(
    workers: int, scheduler: str | None = None
) -> Callable[..., Iterator[tuple[Shard, dict]]]:
    """The executor function: a Dask scheduler when given, else local workers (1 =
    in-process).
    """
    if scheduler:
        from pipeline.runner.cluster import run_on_cluster

        return lambda jobs, model, batch_size: run_on_cluster(
            jobs, model, batch_size, scheduler
        )
    if workers <= 1:
        return lambda jobs, model, batch_size: run_inline(jobs, model, batch_size)
    return lambda jobs, model, batch_size: run_local_pool(
        jobs, model, batch_size, workers
    )
