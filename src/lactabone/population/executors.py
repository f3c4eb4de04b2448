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
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

WORKER_STOP_SECONDS = 1.0  # how long an interrupted pool's workers get to end their current run by themselves

_stop_requested = False  # set in a pool worker by Ctrl+C; its running chunk then ends at the next run


class ChunkStopped(KeyboardInterrupt):
    """A worker's chunk ended early because the run was interrupted (it reaches the caller as Ctrl+C)."""


def stop_if_interrupted() -> None:
    """Raise :class:`ChunkStopped` in a pool worker that was interrupted; call between the runs of a chunk."""
    if _stop_requested:
        raise ChunkStopped("interrupted")


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
        pool = concurrent.futures.ProcessPoolExecutor(max_workers=available_cores(), initializer=_note_interrupts)
        try:
            yield pool
        except BaseException:
            _stop_now(pool)  # Ctrl+C or an error: do not wait for chunks still running
            raise
        pool.shutdown(wait=True)


def _note_interrupts() -> None:
    """A worker notes Ctrl+C and ends its chunk at the next run (no worker tracebacks, no half-sent results)."""
    signal.signal(signal.SIGINT, _request_stop)


def _request_stop(signum: int, frame: Any) -> None:
    global _stop_requested
    _stop_requested = True


def _stop_now(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Cancel the queued tasks and have the pool's workers end their chunks at the next run.

    Workers are asked, not terminated: one killed while it sends a result leaves half a message in the
    pool's pipe, and the pool then waits for the rest forever. A worker still busy after
    ``WORKER_STOP_SECONDS`` (inside one long run) is terminated, and the pool's own copy of the result
    pipe's sending end is closed, so that half a message reads as the end of the pipe, not as a wait.
    """
    # the standard pool's workers, result pipe and manager thread (shutdown forgets them, so take them first)
    processes = list(getattr(pool, "_processes", {}).values())
    results = getattr(pool, "_result_queue", None)
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            os.kill(process.pid, signal.SIGINT)  # Ctrl+C in a terminal reaches them already; an API interrupt not
    deadline = time.monotonic() + WORKER_STOP_SECONDS
    busy = []
    for process in processes:
        process.join(timeout=max(deadline - time.monotonic(), 0.0))
        if process.is_alive():
            process.terminate()
            busy.append(process)
    for process in busy:
        process.join()
    if busy and results is not None:
        with contextlib.suppress(Exception):
            results._writer.close()  # the parent never sends on it
    if manager is not None:
        manager.join()  # it ends once its workers have; then nothing is left to join or print at exit


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
