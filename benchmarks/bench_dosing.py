"""Repeated dosing costs: 180 daily doses against a dose-free run, and against restarting the solver per dose.

The drugs' linear pharmacokinetics are solved in closed form inside the
right-hand side (``lactabone.solve.dosing``), so a dose is a row in a table,
not a solver restart. Measured on the same 18-month scenario
(``examples/one_infant_6_months.toml``), warm, median of N calls of
``lactabone.simulation.solve``:

(a) no drug;
(b) alendronate 10 mg by mouth every day for the 180 days of nursing, and
    every other drug given daily too (``DAILY_REGIMENS``);
(c) the same doses with LSODA restarted at every dose day (segments cut at
    each dose), the approach whose cost the closed form avoids; it also gives
    the reference for the accuracy of (b).

Run from the repository root::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_dosing.py
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np

from lactabone import simulation
from lactabone.scenario import build_schedule, load_scenario, scenario_from_dict
from lactabone.solve.compiled import compiled_model
from lactabone.solve.dosing import bind_doses, doses_of
from lactabone.solve.integrate import integrate

import bench_simulate  # the benchmarks' shared timing helper (same folder)

REPOSITORY = Path(__file__).resolve().parent.parent
SCENARIO = REPOSITORY / "examples" / "one_infant_6_months.toml"
RESULTS = Path(__file__).resolve().parent / "results_dosing.json"
DAILY = [float(day) for day in range(180)]
DOSE = {"name": "alendronate", "dose_mg": 10.0, "route": "oral", "days": DAILY}
#: Every drug given daily for 180 days (a stress test of the dosing machinery, not a regimen for the first three).
DAILY_REGIMENS = {
    "denosumab_sc": {"name": "denosumab", "dose_mg": 0.33, "route": "sc", "days": DAILY},
    "opg_fc_sc": {"name": "opg_fc", "dose_mg_per_kg": 0.05, "route": "sc", "days": DAILY},
    "zoledronate_iv": {"name": "zoledronate", "dose_mg": 0.014, "route": "iv", "days": DAILY},
    "alendronate_oral": DOSE,
    "calcitonin_nasal": {"name": "calcitonin", "dose_mg": 0.04, "route": "nasal", "days": DAILY},
}
REPEATS = 30


def median_seconds(function) -> float:
    """Median wall time of REPEATS calls after one warm-up call [s]."""
    function()
    return bench_simulate.median_seconds(function, REPEATS)[0]


def _split_at(segments, days):
    """The schedule's segments cut at every dose day (inputs continue linearly across the cut)."""
    pieces = []
    for segment in segments:
        cuts = [day for day in days if segment.start_day < day < segment.end_day]
        bounds = [segment.start_day, *cuts, segment.end_day]
        for start, end in zip(bounds[:-1], bounds[1:]):
            inputs = {name: (segment.value(name, start), slope) for name, (_, slope) in segment.inputs.items()}
            pieces.append(replace(segment, start_day=start, end_day=end, inputs=inputs))
    return pieces


def restarted_solver(scenario):
    """A function integrating ``scenario`` with a solver restart at every dose day; returns the states."""
    model = compiled_model()
    values = simulation.parameter_values(scenario)
    base = simulation._base_vector(model, values, scenario.diet)
    settled = simulation._settled_state(model, base)
    dosed = bind_doses(model.layout, base, doses_of(scenario, values), values)
    segments = _split_at(build_schedule(scenario, gestation_days=values["gestation_length"]), DOSE["days"])
    days = simulation.output_days(scenario)
    return lambda: integrate(model, settled, segments, days, dosed)[0], len(segments)


def main() -> None:
    plain = load_scenario(SCENARIO)
    dosed = scenario_from_dict({**plain.model_dump(exclude_none=True), "drugs": [DOSE]})
    free = median_seconds(lambda: simulation.solve(plain))
    closed_form = median_seconds(lambda: simulation.solve(dosed))
    daily = {}
    for label, regimen in DAILY_REGIMENS.items():
        scenario = scenario_from_dict({**plain.model_dump(exclude_none=True), "drugs": [regimen]})
        daily[label] = median_seconds(lambda: simulation.solve(scenario)) / free
    restart, segments = restarted_solver(dosed)
    restarted = median_seconds(restart)
    names = compiled_model().system.state_names
    reference = restart()
    states = np.column_stack([simulation.solve(dosed).values[name] for name in names])
    scale = np.maximum(np.abs(reference).max(axis=0), 1e-12)
    disagreement = float((np.abs(states - reference) / scale).max())
    results = {
        "dose_free_solve_ms": 1e3 * free,
        "daily_doses_closed_form_solve_ms": 1e3 * closed_form,
        "daily_doses_restarted_integrate_ms": 1e3 * restarted,
        "segments_with_restarts": segments,
        "ratio_closed_form_to_dose_free": closed_form / free,
        "ratio_restarted_to_dose_free": restarted / free,
        **{f"ratio_daily_{label}_to_dose_free": ratio for label, ratio in daily.items()},
        "largest_relative_state_difference_closed_form_vs_restarted": disagreement,
    }
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    for key, value in results.items():
        print(f"{key:60s} {value:.4g}")


if __name__ == "__main__":
    main()
