"""Shards on a Dask cluster: the same `run_shard` as local runs, submitted to a
scheduler.

The model is loaded once per Dask worker process: a worker plugin warms the
process-wide cache (`get_annotator`) when a worker starts (or restarts after a
crash), and tasks carry only the model's name. Shard tables are written by
the workers to a location they can all reach; the client records finished
shards in the manifest, so a lost worker loses at most the shards it was
running, which Dask reschedules on another worker.

Security: a Dask worker runs whatever task the scheduler hands it, as its own
user, so anyone who can submit to the scheduler can run code on every worker.
With `--tls-ca-file`, `--tls-cert` and `--tls-key` (and a `tls://` address)
the client connects with mutual TLS, Dask's `Security` with encryption
required; start the scheduler and workers with the same options so that only
holders of a certificate signed by that CA can connect (README "Running on a
cluster").
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

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


SCHEMES = ("tcp", "tls", "ws", "wss", "ucx")


def address_problem(address: str) -> str:
    """Why `address` is not a scheduler address (SCHEME://HOST:PORT), or ""."""
    try:
        parts = urlsplit(address)
        port = parts.port
    except ValueError as exc:
        return f"{address!r} is not an address: {exc}"
    if parts.scheme not in SCHEMES or not parts.hostname or port is None:
        return (
            f"{address!r} is not a scheduler address: use SCHEME://HOST:PORT with "
            f"SCHEME one of {', '.join(SCHEMES)} (e.g. tls://10.0.0.5:8786)"
        )
    return ""


def security_for(settings):
    """Dask `Security` from the --tls-* settings, or None when none is given.

    Raises ClusterUnavailable when they are incomplete or do not fit the address.
    """
    files = (settings.tls_ca_file, settings.tls_cert, settings.tls_key)
    if not any(files):
        return None
    if not all(files):
        raise ClusterUnavailable(
            "TLS needs all three of --tls-ca-file, --tls-cert and --tls-key"
        )
    if not str(settings.scheduler).startswith("tls://"):
        raise ClusterUnavailable(
            f"--tls-* options need a tls:// scheduler address, not "
            f"{settings.scheduler!r}"
        )
    from distributed.security import Security

    return Security(
        tls_ca_file=settings.tls_ca_file,
        tls_client_cert=settings.tls_cert,
        tls_client_key=settings.tls_key,
        require_encryption=True,
    )


def connect(address: str, timeout: float = 10.0, security=None):
    """A dask.distributed Client for `address`; ClusterUnavailable with a hint when
    that fails.
    """
    problem = address_problem(address)
    if problem:
        raise ClusterUnavailable(problem)
    try:
        from distributed import Client
    except ImportError as exc:
        raise ClusterUnavailable(
            "--scheduler needs dask.distributed: pip install 'newsner[cluster]'"
        ) from exc
    try:
        return Client(address, timeout=timeout, set_as_default=False, security=security)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise ClusterUnavailable(
            f"cannot reach the Dask scheduler at {address}: {exc}. "
            f"Start one with `dask scheduler` and workers with `dask worker {address}`"
        ) from exc


def run_on_cluster(
    jobs: Iterable[Job],
    model: str,
    batch_size: int,
    max_seconds: float,
    address: str,
    retries: int = 3,
    security=None,
) -> Iterator[tuple[Shard, dict]]:
    """Submit shards to the scheduler at `address`, keeping about two per worker thread
    in flight.

    Yields (shard, info) as shards finish. A task whose worker dies is rerun
    elsewhere by Dask (up to `retries` extra attempts on errors).
    """
    from distributed import as_completed

    client = connect(address, security=security)
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
                max_seconds,
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
