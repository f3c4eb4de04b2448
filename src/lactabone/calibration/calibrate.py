"""Fit the calibrated parameters to the calibration targets (and nothing else).

Each calibrated parameter is paired with the measurement it is fitted to.
The fit is a bounded least-squares problem in log-parameter space
(``scipy.optimize.least_squares``); the result is written to
``parameters/calibrated_<species>.json``, which the parameter set reads.
Validation targets are never seen by the fit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
from scipy.optimize import least_squares

from ..parameters import calibrated_values_path, parameter_set
from ..validation import measures, runs


@dataclass(frozen=True)
class Goal:
    """A calibration measurement: the target it belongs to, its goal value and scale."""

    target: str
    measure: Callable[[], float]
    goal: float
    scale: float
    one_sided: bool = False  # only values below the goal count as misfit


#: Calibrated parameter -> bounds used by the fit (women).
BOUNDS = {
    "mammary_pthrp_secretion_gain": (1.0, 100.0),
    "estrogen_rankl_exponent": (0.0, 10.0),
    "pregnancy_intestinal_gain": (0.0, 3.0),
    "pregnancy_cyp27b1_gain": (0.0, 5.0),
}

#: The measurements the fit matches (all from calibration targets).
CALIBRATION = (
    Goal("C1", measures.pthrp_lactation_ratio, 2.3, 0.1),
    Goal("C3", measures.pregnancy_absorption, 0.54, 0.02),
    Goal("C3", measures.term_calcitriol_ratio, 2.0, 0.1),
    Goal("S3", measures.spine_at_weaning, -7.5, 0.25),
)


#: Per species: the calibrated parameters with their bounds, and the goals they are fitted to.
PROBLEMS: dict[str, tuple[dict[str, tuple[float, float]], tuple[Goal, ...]]] = {
    "human": (BOUNDS, CALIBRATION),
    "mouse": ({"mammary_pthrp_secretion_gain": (0.05, 50.0), "estrogen_rankl_exponent": (0.0, 10.0)},
              (Goal("S8", measures.mouse_skeleton_at_weaning, -30.0, 1.0),
               Goal("C4", measures.mouse_lactation_pthrp, 1.18, 0.05))),
    "rat": ({"estrogen_rankl_exponent": (0.0, 10.0)},
            (Goal("S8", measures.rat_skeleton_at_weaning, -30.0, 1.0),)),
    "cow": ({"pth1r_osteoclast_activity_exponent": (0.2, 4.0), "mammary_time_constant": (0.1, 3.0),
             "dcad_calciuria_sensitivity": (1e-4, 0.02)},
            (Goal("D6", measures.cow_lowest_calcium_first_two_days, 2.0, 0.01),
             Goal("D19", measures.cow_nadir_hour, 18.0, 1.0),
             Goal("D21", measures.cow_acidosis_urine_rise, 8.0, 0.25))),
}


#: Step in the log of a parameter for the fit's finite differences (0.1%).
LOG_STEP = 1e-3


def _residuals(log_values: np.ndarray, names: list[str], goals: tuple[Goal, ...]) -> np.ndarray:
    runs.set_overrides(dict(zip(names, np.exp(log_values))))
    misfit = []
    for goal in goals:
        difference = (goal.measure() - goal.goal) / goal.scale
        misfit.append(min(difference, 0.0) if goal.one_sided else difference)
    return np.array(misfit)


def calibrate(species: str = "human", progress: Callable[[str], None] | None = None) -> dict[str, float]:
    """Fit the calibrated parameters of a species; return their fitted values."""
    parameters = parameter_set(species)
    bounds, goals = PROBLEMS[species]
    names = list(bounds)
    start = np.log([max(parameters[name].value, bounds[name][0] + 1e-6) for name in names])
    lower = np.log([max(bounds[name][0], 1e-6) for name in names])
    upper = np.log([bounds[name][1] for name in names])
    evaluations = 0

    def residuals(log_values):
        nonlocal evaluations
        evaluations += 1
        misfit = _residuals(log_values, names, goals)
        if progress is not None:
            progress(f"evaluation {evaluations}: misfit {float(np.sum(misfit ** 2)):.4g}")
        return misfit

    def jacobian(log_values):
        """Forward differences with an absolute step in log space (a relative step vanishes where a value is 1)."""
        base = residuals(log_values)
        columns = []
        for index in range(len(log_values)):
            shifted = np.array(log_values, dtype=float)
            shifted[index] += LOG_STEP
            columns.append((residuals(shifted) - base) / LOG_STEP)
        return np.column_stack(columns)

    try:
        fit = least_squares(residuals, start, jac=jacobian, bounds=(lower, upper), x_scale=1.0, max_nfev=200)
    finally:
        runs.set_overrides({})
    return {name: float(round(value, 6)) for name, value in zip(names, np.exp(fit.x))}


def write_calibrated(values: dict[str, float], species: str = "human") -> Path:
    """Store fitted values where the parameter set reads them."""
    path = calibrated_values_path(species)
    path.write_text(json.dumps(dict(sorted(values.items())), indent=2) + "\n")
    return path
