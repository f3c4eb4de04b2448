"""Thin ctypes binding to the LSODA library that numbalsoda ships (liblsoda).

numbalsoda's package import compiles its other drivers eagerly (about ten
seconds per process); its compiled LSODA library is all we need, so it is
loaded directly. The right-hand side is a numba ``cfunc`` with
:data:`LSODA_SIGNATURE` (Hindmarsh's LSODA switches between Adams and BDF).
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import importlib.util
import os
import platform
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from numba import types

from .errors import SolverError

#: Signature of the right-hand side: f(t, y*, dy*, parameters*).
LSODA_SIGNATURE = types.void(
    types.double, types.CPointer(types.double), types.CPointer(types.double), types.CPointer(types.double)
)

_LIBRARY_NAMES = {"Windows": "liblsoda.dll", "Linux": "liblsoda.so", "Darwin": "liblsoda.dylib"}


@functools.cache
def _wrapper():
    spec = importlib.util.find_spec("numbalsoda")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("numbalsoda is not installed: pip install numbalsoda (needs gfortran to build)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    library = ctypes.CDLL(str(folder / _LIBRARY_NAMES[platform.system()]))
    wrapper = library.lsoda_wrapper
    wrapper.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int,
                        ctypes.c_void_p, ctypes.c_void_p, ctypes.c_double, ctypes.c_double, ctypes.c_int,
                        ctypes.c_void_p]
    wrapper.restype = None
    return wrapper


@functools.cache
def lsoda_address() -> int:
    """The address of numbalsoda's ``lsoda_wrapper``, for :func:`~lactabone.solve.native.call_lsoda`."""
    return ctypes.cast(_wrapper(), ctypes.c_void_p).value


@contextlib.contextmanager
def right_hand_side_failures() -> Iterator[None]:
    """Raise :class:`~lactabone.solve.errors.SolverError` after the block when the right-hand side failed in it.

    numba reports an error inside a ``cfunc`` (a division by zero, an overflow) as "unraisable"; caught here,
    it is the solver's failure.
    """
    failures: list[BaseException] = []
    previous_hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: failures.append(unraisable.exc_value)
    try:
        yield
    finally:
        sys.unraisablehook = previous_hook
    if failures:
        raise SolverError(f"the right-hand side failed {len(failures)} times, first with "
                          f"{type(failures[0]).__name__}: {failures[0]} (a state reached a value the equations "
                          "cannot take with these parameters)")


_QUIET_LOCK = threading.Lock()
_quiet = threading.local()  # .depth: how many quiet_native_output blocks this thread is inside


@contextlib.contextmanager
def quiet_native_output() -> Iterator[None]:
    """Send what native code writes to the process's stdout and stderr to the null device meanwhile.

    LSODA prints its warnings ("lsoda -- warning..t + h = t") from C; a failure
    is reported instead as one :class:`~lactabone.solve.errors.SolverError` line.
    Python's own ``sys.stdout`` and ``sys.stderr`` are flushed first and work
    as before afterwards. Nested blocks do nothing more: the outermost one
    redirects and restores (a run's segments are silenced once, not once each).
    """
    depth = getattr(_quiet, "depth", 0)
    if depth:
        _quiet.depth = depth + 1
        try:
            yield
        finally:
            _quiet.depth = depth
        return
    _quiet.depth = 1
    try:
        with _redirected_to_null():
            yield
    finally:
        _quiet.depth = 0


@contextlib.contextmanager
def _redirected_to_null() -> Iterator[None]:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    with _QUIET_LOCK:
        saved = []
        try:
            null = os.open(os.devnull, os.O_WRONLY)
        except OSError:
            yield
            return
        try:
            for descriptor in (1, 2):
                try:
                    saved.append((descriptor, os.dup(descriptor)))
                    os.dup2(null, descriptor)
                except OSError:
                    continue
            yield
        finally:
            with _interrupts_held():
                _libc_flush()
                for descriptor, copy in saved:
                    os.dup2(copy, descriptor)
                    os.close(copy)
                os.close(null)


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold Ctrl+C (SIGINT) back while the standard descriptors are put back, so an interrupt cannot leave
    stdout or stderr on the null device; it is delivered right after (main thread only)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@functools.cache
def _libc_fflush():
    """C's ``fflush``, looked up once per process (loading the C library costs more than the flush)."""
    return ctypes.CDLL(None).fflush


def _libc_flush() -> None:
    """Flush C's stdio buffers, so nothing LSODA wrote reaches the terminal after the descriptors return."""
    with contextlib.suppress(Exception):
        _libc_fflush()(None)


def lsoda(address: int, initial: np.ndarray, times: np.ndarray, parameters: np.ndarray,
          relative_tolerance: float, absolute_tolerance: float, maximum_steps: int) -> tuple[np.ndarray, bool]:
    """Integrate from ``times[0]``; return the states at ``times`` (rows) and whether LSODA succeeded.

    Raises :class:`~lactabone.solve.errors.SolverError` when the right-hand side itself failed
    (a division by zero, an overflow).
    """
    initial = np.ascontiguousarray(initial, dtype=np.float64)
    times = np.ascontiguousarray(times, dtype=np.float64)
    parameters = np.ascontiguousarray(parameters, dtype=np.float64)
    solution = np.full((times.size, initial.size), np.nan)
    success = np.array(999, dtype=np.int32)
    with right_hand_side_failures(), quiet_native_output():
        _wrapper()(address, initial.size, initial.ctypes.data, parameters.ctypes.data, times.size,
                   times.ctypes.data, solution.ctypes.data, relative_tolerance, absolute_tolerance,
                   maximum_steps, success.ctypes.data)
    return solution, bool(success == 1)
