"""Worker processes that share a command's work out over the cores. A Ctrl-C is the command's
to handle: the workers ignore it (else each would print a traceback of its own), and the command
stops them without waiting for the work they have not begun."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor


@contextmanager
def workers(count: int, method: str) -> Iterator[ProcessPoolExecutor]:
    """``count`` worker processes, started by ``method`` ("fork" or "spawn")."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(count, mp_context=context, initializer=_ignore_interrupts)
    try:
        yield pool
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C reaches every process of the terminal's group; the command stops
    this one."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
