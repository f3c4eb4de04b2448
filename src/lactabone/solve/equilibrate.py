"""The pre-pregnant steady state: integrate the non-reproductive system until it settles."""

from __future__ import annotations

import numpy as np

from ..model.ledger import LEDGER
from .compiled import CompiledModel
from .integrate import DEFAULT_TOLERANCES, SolverError, Tolerances
from .lsoda import lsoda

#: Long enough for the slowest mode (the parathyroid gland mass, the remodeling space) to settle [d].
SETTLING_DAYS = 40_000.0
#: States with no restoring force (relative to the pre-pregnant state by definition): reset.
NEUTRAL_STATES = {"trabecular_number": 1.0}


def initial_guess(model: CompiledModel, base: np.ndarray) -> np.ndarray:
    """The states' declared pre-pregnant values, evaluated on the parameter vector ``base``."""
    return np.array(model.initial_values(base), dtype=float)


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
    settled = solution[-1].copy()
    names = model.system.state_names
    for name, value in NEUTRAL_STATES.items():
        settled[names.index(name)] = value
    for name in LEDGER:
        settled[names.index(name)] = 0.0
    drift = np.abs(solution[-1] - solution[-2]) / np.maximum(np.abs(solution[-1]), 1e-6)
    checked = [i for i, name in enumerate(names) if name not in NEUTRAL_STATES and name not in LEDGER]
    if drift[checked].max() > 1e-4:
        worst = names[checked[int(np.argmax(drift[checked]))]]
        raise SolverError(
            f"the pre-pregnant steady state did not settle after {SETTLING_DAYS:g} days: {worst} still drifting "
            "(with these parameters and this diet the mother has no calcium steady state)")
    return settled
