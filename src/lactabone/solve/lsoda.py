"""Thin ctypes binding to the LSODA library that numbalsoda ships (liblsoda).

numbalsoda's package import compiles its other drivers eagerly (about ten
seconds per process); its compiled LSODA library is all we need, so it is
loaded directly. The right-hand side is a numba ``cfunc`` with
:data:`LSODA_SIGNATURE` (Hindmarsh's LSODA switches between Adams and BDF).
"""

from __future__ import annotations

import ctypes
import functools
import importlib.util
import platform
from pathlib import Path

import numpy as np
from numba import types

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


def lsoda(address: int, initial: np.ndarray, times: np.ndarray, parameters: np.ndarray,
          relative_tolerance: float, absolute_tolerance: float, maximum_steps: int) -> tuple[np.ndarray, bool]:
    """Integrate from ``times[0]``; return the states at ``times`` (rows) and whether LSODA succeeded."""
    initial = np.ascontiguousarray(initial, dtype=np.float64)
    times = np.ascontiguousarray(times, dtype=np.float64)
    parameters = np.ascontiguousarray(parameters, dtype=np.float64)
    solution = np.full((times.size, initial.size), np.nan)
    success = np.array(999, dtype=np.int32)
    _wrapper()(address, initial.size, initial.ctypes.data, parameters.ctypes.data, times.size, times.ctypes.data,
               solution.ctypes.data, relative_tolerance, absolute_tolerance, maximum_steps, success.ctypes.data)
    return solution, bool(success == 1)
