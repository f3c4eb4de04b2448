"""Global sensitivity of one output on one day to the population's sources of variability (SALib).

Each factor of :data:`~lactabone.population.variability.VARIABILITY` multiplies
its parameters by ``exp(x)``, ``x`` uniform over the central 95% of the factor's
log-normal population distribution (+-1.96 x its log-SD), so the analysis
ranks the variability the population carries. ``sobol``: Saltelli/Sobol'
sampling, first-order and total indices (Saltelli 2010 Comput Phys Commun
181:259); ``morris``: elementary effects, mu* and sigma (Campolongo 2007
Environ Model Softw 22:1509). Confidence intervals are SALib's bootstrap
95% half-widths. Runs are solved as population subjects are
(:data:`~lactabone.population.subjects.SUBJECT_SOLVER`: only the states the
output needs, LSODA tolerance 5e-5, spine aBMD change within 1.8e-3 points
of a single run's 1e-7 solution).
"""

from __future__ import annotations

import concurrent.futures
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..results.dataset import reported_series
from ..results.files import atomic_path
from ..results.outputs import UNITS
from ..scenario import Scenario, ScenarioError
from ..simulation import parameter_values, prepare, solve_prepared
from ..solve.integrate import SolverError
from .subjects import SUBJECT_SOLVER, terms_of
from .executors import available_cores, chunk_bounds, executor_for, map_chunks, stop_if_interrupted
from .run import POPULATION_SPECIES
from .variability import VARIABILITY, Variation, unchecked_subject, variation_names

METHODS = ("sobol", "morris")
#: Half-width of each factor's range, in log-SDs of its population distribution (central 95%).
RANGE_LOG_SDS = 1.96
MORRIS_LEVELS = 4
_INDICES = {"sobol": ("S1", "S1_conf", "ST", "ST_conf"), "morris": ("mu_star", "mu_star_conf", "sigma", "mu")}


@dataclass(frozen=True)
class Sensitivity:
    """Sensitivity indices of ``output`` on ``day``: one row per factor, with 95% confidence half-widths."""

    method: Literal["sobol", "morris"]
    output: str
    unit: str
    day: float
    runs: int
    indices: pd.DataFrame


@dataclass(frozen=True)
class _Task:
    scenario: Scenario
    logs: np.ndarray
    variations: tuple[Variation, ...]
    output: str
    day: float


def _evaluate(task: _Task) -> tuple[np.ndarray, str]:
    """The output on the day for each row of log-factors (NaN where the solver fails), and the first failure's
    message ('' when none failed)."""
    nominal = parameter_values(task.scenario)
    prepared = prepare(task.scenario, terms_of((task.output,)), SUBJECT_SOLVER)  # validated once for every run
    values = np.full(len(task.logs), np.nan)
    first_failure = ""
    for row, logs in enumerate(task.logs):
        stop_if_interrupted()
        try:
            subject = unchecked_subject(prepared.scenario, np.exp(logs), task.variations, nominal)
            solution = solve_prepared(prepared, subject)
        except (SolverError, ScenarioError) as error:
            first_failure = first_failure or str(error)
            continue
        series = reported_series(solution.days, solution.values, solution.pre_pregnant, subject.reference_day,
                                 (task.output,))[task.output]
        values[row] = float(np.interp(task.day, solution.days, series))
    return values, first_failure


def _problem(variations: tuple[Variation, ...]) -> dict:
    return {"num_vars": len(variations), "names": variation_names(variations),
            "bounds": [[-RANGE_LOG_SDS * item.log_sd, RANGE_LOG_SDS * item.log_sd] for item in variations]}


def _check(scenario: Scenario, method: str, output: str, day: float, samples: int) -> str:
    if scenario.species not in POPULATION_SPECIES:
        raise ScenarioError(f"species = {scenario.species!r}: no sensitivity analysis is defined for it yet "
                            f"(sensitivity: {', '.join(POPULATION_SPECIES)}; cows have a virtual herd, run_herd)")
    if method not in METHODS:
        raise ScenarioError(f"method = {method!r}: allowed {', '.join(METHODS)}")
    if output not in UNITS:
        raise ScenarioError(f"output = {output!r}: not an output; allowed: {', '.join(UNITS)}")
    if not scenario.start_day <= day <= scenario.end_day:
        raise ScenarioError(f"day = {day:g}: outside the scenario's days ({scenario.start_day:g} to "
                            f"{scenario.end_day:g})")
    if samples < 2 or (method == "sobol" and samples & (samples - 1)):
        raise ScenarioError(f"samples = {samples}: " + ("a power of 2 (Sobol' sequence), at least 2"
                                                        if method == "sobol" else "at least 2 trajectories"))
    return UNITS[output]


def run_sensitivity(scenario: Scenario, method: str, output: str, day: float, samples: int = 256, seed: int = 0,
                    executor: concurrent.futures.Executor | None = None, scheduler: str | None = None,
                    variations: tuple[Variation, ...] = VARIABILITY, progress: bool = False) -> Sensitivity:
    """Sobol or Morris indices of ``output`` on ``day`` over the population's factors.

    Parameters
    ----------
    scenario : the nominal scenario.
    method : ``sobol`` (``samples`` x (factors + 2) runs; ``samples`` a power of 2) or
        ``morris`` (``samples`` trajectories, ``samples`` x (factors + 1) runs).
    output : an output name of SPEC.md, in its unit.
    day : day of the output [d], within the scenario.
    seed : seed of the sampling (the same seed gives the same indices).
    executor, scheduler : where runs execute, as for :func:`~lactabone.population.run_population`.

    Raises
    ------
    ScenarioError
        Unknown method or output, a day outside the scenario, a bad sample count.
    SolverError
        Some runs failed (the indices would be undefined).
    """
    from SALib.analyze import morris as morris_analysis, sobol as sobol_analysis
    from SALib.sample import morris as morris_sample, sobol as sobol_sample

    unit = _check(scenario, method, output, day, samples)
    parameter_values(scenario)
    problem = _problem(variations)
    if method == "sobol":
        logs = sobol_sample.sample(problem, samples, calc_second_order=False, seed=seed)
    else:
        logs = morris_sample.sample(problem, samples, num_levels=MORRIS_LEVELS, seed=seed)
    values = np.empty(len(logs))
    failures = {}
    with executor_for(executor, scheduler) as running:
        bounds = chunk_bounds(len(logs), available_cores(), largest=500)
        tasks = [_Task(scenario, logs[start:end], variations, output, day) for start, end in bounds]
        for index, result in map_chunks(_evaluate, tasks, running, [end - start for start, end in bounds],
                                        progress, unit="run"):
            values[bounds[index][0]:bounds[index][1]], failures[index] = result
    failed = np.flatnonzero(~np.isfinite(values))
    if failed.size:
        first = failures[next(index for index, (start, end) in enumerate(bounds) if start <= failed[0] < end)]
        raise SolverError(f"{failed.size} of {len(values)} sensitivity runs failed (first at factors "
                          + ", ".join(f"{name} x{factor:.3g}" for name, factor in
                                      zip(problem["names"], np.exp(logs[failed[0]]))) + f"): {first}")
    if method == "sobol":
        found = sobol_analysis.analyze(problem, values, calc_second_order=False, seed=seed)
    else:
        found = morris_analysis.analyze(problem, logs, values, num_levels=MORRIS_LEVELS, seed=seed)
    table = pd.DataFrame({"factor": problem["names"]})
    for key in _INDICES[method]:
        table[key] = np.asarray(found[key], dtype=float)
    return Sensitivity(method, output, unit, float(day), len(values), table)


def write_sensitivity(result: Sensitivity, out_dir: Path | str) -> dict[str, Path]:
    """Write ``sensitivity.csv``, ``sensitivity.json`` and the bar chart ``sensitivity.png``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"csv": out_dir / "sensitivity.csv", "json": out_dir / "sensitivity.json",
             "figure": out_dir / "sensitivity.png"}
    with atomic_path(paths["csv"]) as temporary:
        result.indices.to_csv(temporary, index=False)
    document = {"method": result.method, "output": result.output, "unit": result.unit, "day": result.day,
                "runs": result.runs, "confidence": "95% bootstrap half-width (SALib)",
                "indices": result.indices.to_dict(orient="records")}
    with atomic_path(paths["json"]) as temporary:
        temporary.write_text(json.dumps(document, indent=2) + "\n")
    with atomic_path(paths["figure"]) as temporary:
        _figure(result).savefig(temporary)
    return paths


def _figure(result: Sensitivity) -> Figure:
    figure = Figure(figsize=(8, 4.5), dpi=100)
    axes = figure.add_subplot()
    table = result.indices
    positions = np.arange(len(table))
    pairs = (("S1", "first order"), ("ST", "total")) if result.method == "sobol" else (("mu_star", "mu*"),)
    width = 0.8 / len(pairs)
    for offset, (key, label) in enumerate(pairs):
        axes.bar(positions + offset * width, table[key], width, yerr=table[f"{key}_conf"], capsize=3, label=label)
    axes.set_xticks(positions + width * (len(pairs) - 1) / 2, table["factor"], rotation=30, ha="right", fontsize=8)
    axes.set_ylabel("Sobol index" if result.method == "sobol" else f"mu* [{result.unit} per factor range]")
    axes.set_title(f"{result.method}: {result.output} on day {result.day:g} ({result.runs} runs; 95% CI)")
    axes.legend(fontsize=8)
    figure.tight_layout()
    return figure


def summary_lines(result: Sensitivity) -> list[str]:
    """One line per factor, largest first."""
    key = "ST" if result.method == "sobol" else "mu_star"
    table = result.indices.sort_values(key, ascending=False)
    columns = _INDICES[result.method]
    lines = [f"{result.method} indices of {result.output} [{result.unit}] on day {result.day:g} "
             f"({result.runs} runs; +- is the 95% confidence half-width)"]
    for row in table.itertuples(index=False):
        values = row._asdict()
        lines.append(f"  {values['factor']:28s} {columns[0]} {values[columns[0]]:+.3f} +- {values[columns[1]]:.3f}   "
                     f"{columns[2]} {values[columns[2]]:+.3f}" + (f" +- {values[columns[3]]:.3f}"
                                                                  if result.method == "sobol" else ""))
    return lines
