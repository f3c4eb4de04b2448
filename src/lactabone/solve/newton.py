"""Newton's method for a steady state of the compiled right-hand side, in numba (no Python per iteration).

Solves d(state)/dt = 0 for the states listed in ``active`` (the others are
held at their given values), with a forward-difference Jacobian: one
right-hand side call per active state and iteration. A population subject's
steady state is a few dozen calls this way, where settling it by
integration over 40,000 days takes one to three thousand.
"""

from __future__ import annotations

import sys

import numba
import numpy as np

from .native import call_rhs

#: Relative change of the active states (floor 1e-6) below which an iteration has converged [1].
STEP_TOLERANCE = 1e-10
#: Newton iterations before giving up (the caller then settles from its guess).
MAXIMUM_ITERATIONS = 20


@numba.njit(cache=True)
def _iterate(rhs, guess, parameters, active, maximum_iterations, step_tolerance):
    """(states, converged, Jacobian of the last iteration): Newton iterations from ``guess`` on the ``active``
    states of the right-hand side at address ``rhs``, at t = 0."""
    states = guess.copy()
    size = active.size
    rates = np.empty(states.size)
    shifted = np.empty(states.size)
    jacobian = np.empty((size, size))
    residual = np.empty(size)
    for _ in range(maximum_iterations):
        call_rhs(rhs, 0.0, states, rates, parameters)
        for row in range(size):
            residual[row] = -rates[active[row]]
        for column in range(size):
            index = active[column]
            kept = states[index]
            step = 1e-7 * max(abs(kept), 1e-3)
            states[index] = kept + step
            call_rhs(rhs, 0.0, states, shifted, parameters)
            states[index] = kept
            for row in range(size):
                jacobian[row, column] = (shifted[active[row]] - rates[active[row]]) / step
        change = np.linalg.solve(jacobian, residual)
        converged = True
        for row in range(size):
            index = active[row]
            if not np.isfinite(change[row]):
                return guess, False, jacobian
            if abs(change[row]) > step_tolerance * max(abs(states[index]), 1e-6):
                converged = False
            states[index] += change[row]
        if converged:
            return states, True, jacobian
    return guess, False, jacobian


def newton_steady_state(rhs_address: int, guess: np.ndarray, parameters: np.ndarray,
                        active: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """The steady state near ``guess`` of the right-hand side at ``rhs_address`` (a numba cfunc's) on the ``active`` states (indices) and the
    Jacobian of their rates (rows and columns in ``active`` order) at the last iterate, within
    :data:`STEP_TOLERANCE` of it; or None when Newton's method does not converge (a singular Jacobian, a
    non-finite step, the right-hand side failing, or no convergence within :data:`MAXIMUM_ITERATIONS`)."""
    failures: list[BaseException] = []
    previous_hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: failures.append(unraisable.exc_value)
    try:
        states, converged, jacobian = _iterate(rhs_address, np.ascontiguousarray(guess, dtype=np.float64),
                                     np.ascontiguousarray(parameters, dtype=np.float64),
                                     np.ascontiguousarray(active, dtype=np.int64), MAXIMUM_ITERATIONS,
                                     STEP_TOLERANCE)
    except np.linalg.LinAlgError:
        return None
    finally:
        sys.unraisablehook = previous_hook
    if failures or not converged or not np.isfinite(states).all() or not np.isfinite(jacobian).all():
        return None
    return states, jacobian
