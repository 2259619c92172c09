"""A time budget per article, enforced inside the process that annotates it.

When the budget runs out, RecordTimeout is raised in the thread doing the work,
wherever it is in Python code (spaCy's pipeline, our components, extraction);
the map then fails that one record with the reason and goes on. In a
process's main thread (the in-process run, local worker processes) the timer
is SIGALRM; in other threads (Dask runs tasks in a thread pool) a timer thread
raises the exception in the worker thread through the interpreter's
`PyThreadState_SetAsyncExc`. Both act between Python bytecodes, so a single
C call that never returns is not interrupted: the known ones (the tokenizer
on long punctuation runs, the dependency matcher on long sentences) are
bounded before they start (`pipeline.nlp.guard`, `pipeline.extract.limits`).
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
from collections.abc import Iterator


class RecordTimeout(BaseException):
    """An article went over its time budget.

    A BaseException, so that no `except Exception` in library code swallows it.
    """

    def __init__(self, seconds: float):
        super().__init__(seconds)
        self.seconds = seconds

    def __str__(self) -> str:
        return (
            f"took longer than {self.seconds:g} s to annotate (--max-seconds), "
            "not processed"
        )


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise RecordTimeout in this thread when the block runs longer than `seconds`."""
    if not seconds:
        yield
        return
    if threading.current_thread() is threading.main_thread():
        with _alarm(seconds):
            yield
    else:
        with _thread_timer(seconds):
            yield


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expired(signum, frame):
        raise RecordTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# A private prototype: setting argtypes on ctypes.pythonapi's shared function
# object would change it for every other library in the process.
_set_async_exc = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.py_object)(
    ("PyThreadState_SetAsyncExc", ctypes.pythonapi)
)


@contextlib.contextmanager
def _thread_timer(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    class _Timeout(RecordTimeout):
        def __init__(self):
            super().__init__(seconds)

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _set_async_exc(target, _Timeout)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["done"] = True
            if state["fired"]:
                # not raised yet (the block ended first): withdraw it, raise it here
                _set_async_exc(target, ctypes.py_object())
        if state["fired"]:
            raise RecordTimeout(seconds)
