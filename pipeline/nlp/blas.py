"""The library the model's matrix products run on, and its threads.

thinc multiplies the model's matrices with blis unless told otherwise. numpy's
own BLAS, when it is an optimised one (OpenBLAS, as PyPI's numpy wheels bundle,
or MKL), does the same products faster on news: the `ner` of 150 News articles
took 5.3 s of CPU against 5.5 s with blis, with the same entities, and a whole
run of 600 articles 53.2 s against 54.9 s with every table byte-identical
(README, Performance). `use_blis` says False then, so the model is loaded with
numpy's; True otherwise (a numpy built on the reference BLAS would be slower
than blis).

`limit_threads` holds those libraries to one thread in the process that runs a
shard: `--workers` is newsner's parallelism, and workers that each started a
BLAS thread per core would crowd one another's cores. Thread counts a user set
in the environment (OPENBLAS_NUM_THREADS, MKL_NUM_THREADS, OMP_NUM_THREADS)
are left alone.
"""

from __future__ import annotations

import functools
import os

from spacy.language import Language
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_info, threadpool_limits

# numpy BLAS builds faster than blis for the model's products (module doc).
FAST_BLAS = frozenset({"openblas", "mkl"})
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS")


def numpy_blas() -> str:
    """The BLAS numpy's products run on ("openblas", "mkl", "blis", ...), or ""
    when none is found."""
    import numpy  # noqa: F401  (loads numpy's BLAS, so threadpoolctl sees it)

    blas = [lib for lib in threadpool_info() if lib.get("user_api") == "blas"]
    for lib in blas:
        if "numpy" in lib.get("filepath", ""):
            return str(lib.get("internal_api", ""))
    for lib in blas:  # a numpy linked to a system BLAS
        if lib.get("internal_api") != "blis":
            return str(lib.get("internal_api", ""))
    return ""


@functools.cache
def use_blis() -> bool:
    """Should the model's products run on thinc's blis (thinc's NumpyOps
    `use_blis`)? Not when numpy's BLAS is one of `FAST_BLAS` (module doc)."""
    return numpy_blas() not in FAST_BLAS


def run_on(nlp: Language, blis: bool) -> None:
    """Run every layer of `nlp`'s components on blis or on numpy's BLAS. Set layer
    by layer: loading inside thinc's `use_ops` leaves some layers (the parsers'
    output layers) on the ops they were first built with."""
    ops = NumpyOps(use_blis=blis)
    for _, component in nlp.components:
        if isinstance(getattr(component, "model", None), Model):
            for layer in component.model.walk():
                layer.ops = ops


@functools.cache
def limit_threads() -> None:
    """Hold the BLAS libraries of this process to one thread each, unless the
    environment sets a thread count (module doc). Once per process."""
    if any(os.environ.get(v) for v in THREAD_VARIABLES):
        return
    threadpool_limits(limits=1, user_api="blas")
