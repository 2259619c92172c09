"""Shards on a Dask cluster: the same `run_shard` as local runs, submitted to a
scheduler.

The model is loaded once per Dask worker process: a worker plugin warms the
process-wide cache (`get_annotator`) when a worker starts (or restarts after a
crash), and tasks carry only the model's name. Shard tables are written by
the workers to a location they can all reach; the client records finished
shards in the manifest, so a lost worker loses at most the shards it was
running, which Dask reschedules on another worker.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from pipeline.runner.map import run_shard
from pipeline.runner.shards import Shard

log = logging.getLogger(__name__)

Job = tuple[Shard, str]


class ClusterUnavailable(RuntimeError):
    """dask.distributed is missing or the scheduler cannot be reached."""


def _plugin(model: str):
    from distributed import WorkerPlugin

    class LoadModel(WorkerPlugin):
        """Build the annotation pipeline once in each worker process, before any
        task.
        """

        name = f"newsner-model-{model}"

        def setup(self, worker) -> None:
            from pipeline.nlp import get_annotator

            get_annotator(model)

    return LoadModel()


def connect(address: str, timeout: float = 10.0):
    """A dask.distributed Client for `address`; ClusterUnavailable with a hint when
    that fails.
    """
    try:
        from distributed import Client
    except ImportError as exc:
        raise ClusterUnavailable(
            "--scheduler needs dask.distributed: pip install 'newsner[cluster]'"
        ) from exc
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterUnavailable(
            f"cannot reach the Dask scheduler at {address}: {exc}. "
            f"Start one with `dask scheduler` and workers with `dask worker {address}`"
        ) from exc


def run_on_cluster(
    jobs: Iterable[Job], model: str, batch_size: int, address: str, retries: int = 3
) -> Iterator[tuple[Shard, dict]]:
    """Submit shards to the scheduler at `address`, keeping about two per worker thread
    in flight.

    Yields (shard, info) as shards finish. A task whose worker dies is rerun
    elsewhere by Dask (up to `retries` extra attempts on errors).
    """
    from distributed import as_completed

    client = connect(address)
    try:
        client.register_plugin(_plugin(model))
        slots = max(2 * sum(client.nthreads().values()), 2)
        it = iter(jobs)
        ac = as_completed(loop=client.loop)
        pending: dict[str, Shard] = {}

        def submit_next() -> bool:
            try:
                shard, shard_dir = next(it)
            except StopIteration:
                return False
            fut = client.submit(
                run_shard,
                shard.articles,
                shard_dir,
                model,
                batch_size,
                key=f"newsner-shard-{shard.key}",
                retries=retries,
                pure=False,
            )
            pending[fut.key] = shard
            ac.add(fut)
            return True

        while len(pending) < slots and submit_next():
            pass
        for fut in ac:
            shard = pending.pop(fut.key)
            info = fut.result()
            fut.release()
            yield shard, info
            while len(pending) < slots and submit_next():
                pass
    finally:
        client.close()
