"""Where population and sensitivity runs execute: any ``concurrent.futures.Executor``.

By default a process pool with one worker per core of the machine; a
dask.distributed cluster through ``Client(address).get_executor()``; or, for
small runs and tests, :class:`SerialExecutor` in the calling process.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity where the system reports it, else every core)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class SerialExecutor(concurrent.futures.Executor):
    """Runs each task at submission, in the calling process (no parallelism)."""

    def submit(self, function: Callable, /, *args: Any, **kwargs: Any) -> concurrent.futures.Future:
        """Run ``function(*args, **kwargs)`` now; return a finished future."""
        future: concurrent.futures.Future = concurrent.futures.Future()
        try:
            future.set_result(function(*args, **kwargs))
        except Exception as error:  # the future carries it to the caller, as any executor's does
            future.set_exception(error)
        return future


@contextlib.contextmanager
def executor_for(executor: concurrent.futures.Executor | None = None,
                 scheduler: str | None = None) -> Iterator[concurrent.futures.Executor]:
    """The executor to use: ``executor`` itself, a dask cluster's at ``scheduler``, or a pool of every core.

    Executors created here are shut down on exit; one passed in is left open.
    """
    if executor is not None:
        yield executor
    elif scheduler is not None:
        from distributed import Client

        with Client(scheduler) as client:
            yield client.get_executor()
    else:
        pool = concurrent.futures.ProcessPoolExecutor(max_workers=available_cores(), initializer=_ignore_interrupts)
        try:
            yield pool
        except BaseException:
            _stop_now(pool)  # Ctrl+C or an error: do not wait for chunks still running
            raise
        pool.shutdown(wait=True)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl+C to the parent, which stops them (no worker tracebacks, no stuck queue locks)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop_now(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Cancel the queued tasks and terminate the pool's workers at once."""
    processes = list(getattr(pool, "_processes", {}).values())  # the standard pool keeps its workers here
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=1.0)
    # With its workers gone the pool's manager thread ends at once; waiting for it here keeps it from
    # writing a broken-pipe traceback to stderr while the interpreter exits.
    pool.shutdown(wait=True, cancel_futures=True)


def map_chunks(function: Callable, tasks: Sequence, executor: concurrent.futures.Executor,
               sizes: Sequence[int], progress: bool = False, unit: str = "subject",
               done: int = 0) -> Iterator[tuple[int, Any]]:
    """Yield ``(index, function(tasks[index]))`` as each task finishes, with a progress bar on stderr.

    ``sizes`` are the units of work per task (subjects or runs) the bar counts; ``done`` those already done.
    """
    from tqdm import tqdm

    futures = {executor.submit(function, task): index for index, task in enumerate(tasks)}
    with tqdm(total=done + int(sum(sizes)), initial=done, unit=unit, file=sys.stderr, disable=not progress, smoothing=0.1) as bar:
        for future in concurrent.futures.as_completed(futures):
            index = futures.pop(future)  # dropping the future lets a cluster release its result at once
            bar.update(sizes[index])
            yield index, future.result()


def chunk_bounds(n: int, workers: int, largest: int = 2000) -> list[tuple[int, int]]:
    """Split ``n`` items into chunks: about four per worker, at most ``largest`` items each."""
    size = max(1, min(largest, -(-n // max(4 * workers, 1))))
    return [(start, min(start + size, n)) for start in range(0, n, size)]
