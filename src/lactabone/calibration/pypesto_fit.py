"""Calibration in pyPESTO: multi-start optimisation and profile likelihoods of the exported PEtab v2 problem.

The problem is written by :mod:`lactabone.export.petab_v2` and its likelihood
computed by :class:`~lactabone.calibration.petab_likelihood.PetabLikelihood`
(lactabone simulating the PEtab tables; pyPESTO's AMICI route is not used).
Parameters are optimised on log10 scale (linear when a bound is 0) with
central finite-difference gradients (L-BFGS-B, multi-start from uniform
start points within the bounds, seeded). Each calibrated parameter is
profiled; its 95% confidence interval is where the profile's likelihood
ratio stays above the chi-square(1) 95% threshold (pyPESTO's
``calculate_approximate_ci``). A parameter is reported identifiable when the
interval is closed inside its bounds. The stored calibration agrees with
pyPESTO's when its likelihood ratio to the best fit is above that threshold;
where the stored value agrees but lies outside the walked interval, the
likelihood has a second optimum and the parameter is reported not
identifiable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..parameters import parameter_set
from .petab_likelihood import PetabLikelihood, PetabTables

#: Confidence level of the profile intervals.
CONFIDENCE = 0.95
#: Relative finite-difference step of the gradient (in the optimiser's scale).
FINITE_DIFFERENCE_STEP = 1e-4


@dataclass(frozen=True)
class PypestoFit:
    """The outcome: one row per calibrated parameter, the profile figure, and the best objective value.

    ``table`` columns: ``parameter``, ``stored`` and ``fitted`` [parameter unit], ``ci_low``, ``ci_high`` (95%
    profile interval walked from the best fit), ``identifiable`` (that interval closed inside the bounds, and no
    second optimum found at the stored value), ``stored_within_ci``, ``stored_likelihood_ratio`` (stored vector
    against the best fit) and ``stored_in_likelihood_region`` (that ratio above the 95% threshold: the stored
    calibration agrees with pyPESTO's).
    """

    table: pd.DataFrame
    best_negative_log_likelihood: float
    starts: int
    figure: Path | None


def _scales(tables: PetabTables) -> list[bool]:
    return [float(lower) > 0 for lower in tables.estimated["lowerBound"]]


def _to_values(x: np.ndarray, names: list[str], logarithmic: list[bool]) -> dict[str, float]:
    return {name: float(10 ** value if log else value) for name, value, log in zip(names, x, logarithmic)}


def fit_with_pypesto(species: str, folder: Path | str, starts: int = 4, seed: int = 0) -> PypestoFit:
    """Export the species' PEtab v2 problem to ``folder``, fit it in pyPESTO and profile every parameter.

    Parameters
    ----------
    species : a species with a PEtab calibration problem (``lactabone.export.petab.SPECIES``).
    folder : where the PEtab problem, ``profiles.png`` and ``pypesto_fit.csv`` are written.
    starts : number of optimiser starts.
    seed : seed of the start points.
    """
    import pypesto
    import pypesto.optimize
    import pypesto.profile
    import pypesto.visualize
    from matplotlib import pyplot

    from ..export.petab_v2 import write_petab_v2
    from ..scenario import scenario_from_dict

    folder = Path(folder)
    write_petab_v2(scenario_from_dict({"species": species}), folder)
    tables = PetabTables.read(folder)
    likelihood = PetabLikelihood(tables, species)
    names, logarithmic = likelihood.names, _scales(tables)
    estimated = tables.estimated
    scale = lambda values: np.array([math.log10(v) if log else v for v, log in zip(values, logarithmic)])  # noqa: E731
    lower, upper = scale(estimated["lowerBound"].astype(float)), scale(estimated["upperBound"].astype(float))

    objective = pypesto.objective.FD(
        pypesto.Objective(fun=lambda x: likelihood(_to_values(x, names, logarithmic))),
        grad=True, hess=False, delta_fun=FINITE_DIFFERENCE_STEP, delta_grad=FINITE_DIFFERENCE_STEP)
    problem = pypesto.Problem(objective, lower, upper, x_names=names)
    optimizer = pypesto.optimize.ScipyOptimizer(method="L-BFGS-B")
    np.random.seed(seed)  # pyPESTO draws its start points from numpy's global generator
    result = pypesto.optimize.minimize(problem, optimizer, n_starts=starts, progress_bar=False)
    result = pypesto.profile.parameter_profile(problem, result, optimizer, progress_bar=False)

    best = result.optimize_result.list[0]
    stored = parameter_set(species)
    ratio = pypesto.profile.chi2_quantile_to_ratio(CONFIDENCE)
    # The stored vector's likelihood ratio to the best fit: at or above the threshold, each stored value lies in
    # its parameter's 95% profile-likelihood region (a profile is at least the likelihood of any vector through
    # it), even where that region has a second piece the profile walk from the best fit did not reach.
    stored_ratio = math.exp(float(best.fval) - likelihood({name: stored[name].value for name in names}))
    rows = []
    for index, name in enumerate(names):
        profile = result.profile_result.list[0][index]
        low, high = pypesto.profile.calculate_approximate_ci(profile.x_path[index], profile.ratio_path, ratio)
        bounds = (lower[index], upper[index])
        to_unit = (lambda v: 10 ** v) if logarithmic[index] else (lambda v: v)
        closed = bounds[0] + 1e-6 < low and high < bounds[1] - 1e-6
        value = stored[name].value
        within = bool(to_unit(low) <= value <= to_unit(high))
        rows.append({"parameter": name, "stored": value, "fitted": to_unit(best.x[index]),
                     "ci_low": to_unit(low), "ci_high": to_unit(high),
                     "identifiable": bool(closed and (within or stored_ratio < ratio)),
                     "stored_within_ci": within, "stored_likelihood_ratio": stored_ratio,
                     "stored_in_likelihood_region": bool(stored_ratio >= ratio)})
    table = pd.DataFrame(rows)
    table.to_csv(folder / "pypesto_fit.csv", index=False)

    axes = pypesto.visualize.profiles(result)
    figure = np.atleast_1d(axes)[0].get_figure()
    path = folder / "profiles.png"
    figure.savefig(path)
    pyplot.close(figure)
    return PypestoFit(table, float(best.fval), starts, path)


def summary_lines(fit: PypestoFit) -> list[str]:
    """One line per parameter: stored, fitted, the 95% profile interval and identifiability."""
    lines = [f"pyPESTO: {fit.starts} starts, best negative log-likelihood {fit.best_negative_log_likelihood:.4g}; "
             f"profiles in {fit.figure}"]
    for row in fit.table.itertuples():
        if row.identifiable:
            verdict = "identifiable"
        elif row.stored_in_likelihood_region and not row.stored_within_ci:
            verdict = "NOT identifiable (a second optimum: the stored value fits as well outside this interval)"
        else:
            verdict = "NOT identifiable (interval reaches a bound)"
        lines.append(f"  {row.parameter:32s} stored {row.stored:.6g}  fitted {row.fitted:.6g}  "
                     f"95% CI [{row.ci_low:.6g}, {row.ci_high:.6g}]  {verdict}; stored value "
                     + ("inside the interval" if row.stored_within_ci else "outside the interval") + "; "
                     + ("stored value inside the 95% likelihood region" if row.stored_in_likelihood_region else
                        "stored value OUTSIDE the 95% likelihood region")
                     + f" (likelihood ratio {row.stored_likelihood_ratio:.3g})")
    return lines
