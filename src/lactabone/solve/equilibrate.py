"""The pre-pregnant steady state: integrate the non-reproductive system until it settles."""

from __future__ import annotations

import functools

import numpy as np

from ..model.ledger import LEDGER
from .compiled import CompiledModel
from .integrate import DEFAULT_TOLERANCES, SolverError, Tolerances
from .lsoda import lsoda
from .newton import newton_steady_state

#: Long enough for the slowest mode (the parathyroid gland mass, the remodeling space) to settle [d].
SETTLING_DAYS = 40_000.0
#: States with no restoring force (relative to the pre-pregnant state by definition): reset.
NEUTRAL_STATES = {"trabecular_number": 1.0}
#: Slowest decay [1/d] that every mode of the Jacobian at a Newton root must show for the root to be taken as the
#: settled steady state without the settling run: a slower mode (10,000 days, a quarter of the settling run),
#: a growing one or an oscillating one that is not damped as fast is left to the settling run and its check.
#: The population's human subjects decay at 2.3e-3/d or faster.
STABLE_DECAY = 1e-4


def initial_guess(model: CompiledModel, base: np.ndarray) -> np.ndarray:
    """The states' declared pre-pregnant values, evaluated on the parameter vector ``base``."""
    return np.array(model.initial_values(base), dtype=float)


def _reset(model: CompiledModel, states: np.ndarray) -> np.ndarray:
    """``states`` with the neutral states at their reset values and the ledger at zero (a copy)."""
    states = states.copy()
    positions, values = _reset_values(model.system.state_names)
    states[positions] = values
    return states


@functools.cache
def _reset_values(names: tuple[str, ...]) -> tuple[list[int], list[float]]:
    """Positions of the neutral states and the ledger among ``names``, and their reset values."""
    reset = {**NEUTRAL_STATES, **{name: 0.0 for name in LEDGER}}
    return [names.index(name) for name in reset], list(reset.values())


def _solved_states(model: CompiledModel) -> np.ndarray:
    """Indices of the states with a restoring force: all but the neutral states and the ledger."""
    return _restoring(model.system.state_names)


@functools.cache
def _restoring(names: tuple[str, ...]) -> np.ndarray:
    """:func:`_solved_states` of the states ``names`` (computed once per model; callers do not change it)."""
    return np.array([index for index, name in enumerate(names) if name not in NEUTRAL_STATES and name not in LEDGER],
                    dtype=np.int64)


def newton_guess(model: CompiledModel, base: np.ndarray, guess: np.ndarray) -> np.ndarray:
    """:func:`newton_root`'s states (``guess`` where Newton's method does not converge)."""
    return newton_root(model, base, guess)[0]


def newton_root(model: CompiledModel, base: np.ndarray, guess: np.ndarray,
                decay: float = STABLE_DECAY) -> tuple[np.ndarray, bool]:
    """``guess`` moved onto the steady state by Newton's method (:mod:`~lactabone.solve.newton`).

    The neutral states and the ledger, which have no restoring force, are held
    at their reset values; every other state is solved for. Settling from this
    guess takes a tenth of the right-hand side calls that settling from the
    declared values takes. When Newton's method does not converge (a guess far
    from the steady state, about 1 population subject in 300) ``guess`` itself
    comes back, and settling finds the steady state the slow way.

    Returns ``(states, settled)``: ``settled`` when the root is a steady state
    that settling from it would keep, every eigenvalue of the Jacobian there
    having a real part below ``-decay`` [1/d] (the linearised system decays
    back to the root from any small departure), so the settling run can be
    skipped: from such a root it only adds LSODA's own error. Otherwise
    (no convergence, or a mode that grows or decays slowly) ``settled`` is
    False and the settling run decides, as it did before.
    """
    found = newton_steady_state(model.rhs_address, _reset(model, guess), base, _solved_states(model))
    if found is None:
        return guess, False
    root, jacobian = found
    return root, bool(np.linalg.eigvals(jacobian).real.max() < -decay)


def equilibrate(model: CompiledModel, base: np.ndarray, guess: np.ndarray,
                tolerances: Tolerances = DEFAULT_TOLERANCES) -> np.ndarray:
    """Steady state with no pregnancy and no nursing, neutral states reset to 1 and the ledger to 0.

    ``base`` must carry zero nursing and gestation inputs. Raises :class:`SolverError` if it does not settle.
    """
    times = np.array([0.0, SETTLING_DAYS / 2, SETTLING_DAYS])
    solution, success = lsoda(model.rhs_address, guess, times, base, tolerances.relative, tolerances.absolute,
                              tolerances.maximum_steps)
    if not success or not np.isfinite(solution).all():
        raise SolverError("the pre-pregnant steady state could not be reached (solver failed while settling)")
    names = model.system.state_names
    change = np.abs(solution[-1] - solution[-2])
    # A change within the solver's absolute tolerance is its noise (a state settling at zero), not drift.
    drift = np.where(change > tolerances.absolute, change / np.maximum(np.abs(solution[-1]), 1e-6), 0.0)
    checked = _solved_states(model)
    if drift[checked].max() > 1e-4:
        root = _slow_steady_state(model, base, solution[-2], solution[-1])
        if root is not None:
            return _reset(model, root)
        worst = names[checked[int(np.argmax(drift[checked]))]]
        serum = model.evaluate(np.zeros(1), solution[-1][:, None], base)
        raise SolverError(
            f"the pre-pregnant steady state did not settle after {SETTLING_DAYS:g} days: {worst} still drifting, "
            f"serum calcium {float(serum['serum_calcium'][0]):.2f} and phosphate "
            f"{float(serum['serum_phosphate'][0]):.2f} mmol/L (with these parameters and this diet the mother has no "
            "mineral steady state)")
    return _reset(model, solution[-1])


def _slow_steady_state(model: CompiledModel, base: np.ndarray, middle: np.ndarray, end: np.ndarray) -> np.ndarray | None:
    """The steady state a settling run was still creeping towards, or None.

    A mode slower than the settling run (a knockout's skeleton can take
    thousands of days) leaves the run still drifting at its end. Newton's
    method from the end finds the root; it is the steady state when every mode
    there decays and the end lies closer to it than to the run's midpoint (the
    run was converging on it, not passing by).
    """
    root, decays = newton_root(model, base, end, decay=0.0)
    if not decays:
        return None
    checked = _solved_states(model)
    return root if np.abs(end - root)[checked].max() < np.abs(end - middle)[checked].max() else None
