"""Time lactabone's simulator and compare it with a SciPy peer driving the same compiled model.

Measured (see benchmarks/README.md):

(a) one 18-month scenario (examples/one_infant_6_months.toml, days 0-545),
    warm: the median of N calls of ``lactabone.simulate`` (xarray Dataset
    built), of ``lactabone.simulation.solve`` (solution and every output term
    evaluated, no Dataset) and of the LSODA segment loop alone
    (``lactabone.solve.integrate.integrate``);
(b) many scenarios with varied parameters: +-20 % uniform multipliers on five
    parameters from a seeded numpy Generator, simulated serially; every
    distinct parameter vector needs its own pre-pregnant steady state, so
    that settling run is included in the time (the cache is cleared first);
(c) the machine, Python and library versions.

The peer is ``scipy.integrate.solve_ivp(method="LSODA")`` calling the same
numba cfunc right-hand side through a Python wrapper, over the same segments,
from the same settled state, with the same tolerances and output days.

Run from the repository root::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_simulate.py
"""

from __future__ import annotations

import argparse
import ctypes
import datetime
import importlib.metadata
import json
import os
import platform
import statistics
import time
from pathlib import Path
from typing import Callable

import numpy as np

import lactabone
from lactabone import simulation
from lactabone.scenario import build_schedule, scenario_from_dict
from lactabone.solve.compiled import compiled_model
from lactabone.solve.equilibrate import equilibrate, initial_guess
from lactabone.solve.integrate import Tolerances, integrate, segment_vector

REPOSITORY = Path(__file__).resolve().parent.parent
SCENARIO_PATH = REPOSITORY / "examples" / "one_infant_6_months.toml"
RESULTS_PATH = Path(__file__).resolve().parent / "results.json"
VARIED_PARAMETERS = ("milk_volume_per_offspring", "pthrp_pth1r_potency", "mammary_pthrp_secretion_gain",
                     "estrogen_bone_half_effect", "spine_trabecular_turnover")
MULTIPLIER_SPREAD = 0.2
"""Multipliers are drawn uniformly from [1 - spread, 1 + spread]."""
TOLERANCES = Tolerances()
"""The simulator's tolerances (relative 1e-8, absolute 1e-8), used by the peer too."""


def median_seconds(function: Callable[[], object], repeats: int) -> tuple[float, list[float]]:
    """Median wall time of ``repeats`` calls (after the caller's warm-up) and every time, seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


class SegmentProblem:
    """What the simulator integrates for a scenario: settled state, base vector, segments, output days."""

    def __init__(self, scenario) -> None:
        self.model = compiled_model()
        values = simulation.parameter_values(scenario)
        self.base = simulation._base_vector(self.model, values, scenario.diet)
        self.settled = equilibrate(self.model, self.base, initial_guess(self.model, self.base))
        self.segments = build_schedule(scenario, gestation_days=values["gestation_length"])
        self.days = simulation.output_days(scenario)

    def integrate_lactabone(self) -> np.ndarray:
        """States at the output days from lactabone's LSODA segment loop (liblsoda, cfunc address)."""
        states, _, _ = integrate(self.model, self.settled, self.segments, self.days, self.base, TOLERANCES)
        return states

    def integrate_scipy(self) -> tuple[np.ndarray, int]:
        """States at the output days from scipy's LSODA over the same segments; also the RHS call count."""
        from scipy.integrate import solve_ivp

        right_hand_side = self.model.rhs.ctypes
        pointer = ctypes.POINTER(ctypes.c_double)
        states = np.empty((self.days.size, self.settled.size))
        current = self.settled.copy()
        calls = 0
        last = len(self.segments) - 1
        for number, segment in enumerate(self.segments):
            parameters = segment_vector(self.model, self.base, segment)
            parameter_pointer = parameters.ctypes.data_as(pointer)

            def derivative(day, state, parameter_pointer=parameter_pointer):
                nonlocal calls
                calls += 1
                state = np.ascontiguousarray(state, dtype=np.float64)
                change = np.empty_like(state)
                right_hand_side(day, state.ctypes.data_as(pointer), change.ctypes.data_as(pointer),
                                parameter_pointer)
                return change

            inside = (self.days >= segment.start_day) & ((self.days < segment.end_day) | (number == last))
            times = np.unique(np.concatenate(([segment.start_day], self.days[inside], [segment.end_day])))
            solution = solve_ivp(derivative, (times[0], times[-1]), current, method="LSODA", t_eval=times,
                                 rtol=TOLERANCES.relative, atol=TOLERANCES.absolute)
            if not solution.success:
                raise RuntimeError(f"scipy LSODA failed in segment {number}: {solution.message}")
            states[inside] = solution.y.T[np.searchsorted(times, self.days[inside])]
            current = solution.y[:, -1]
        return states, calls


def relative_disagreement(first: np.ndarray, second: np.ndarray) -> tuple[float, str]:
    """Largest |first - second| over time, relative to each state's largest magnitude; and that state."""
    scale = np.maximum(np.abs(first).max(axis=0), 1e-12)
    per_state = np.abs(first - second).max(axis=0) / scale
    worst = int(np.argmax(per_state))
    return float(per_state[worst]), compiled_model().system.state_names[worst]


def single_scenario(repeats: int, scipy_repeats: int) -> dict:
    """Part (a) and the SciPy peer for the one-infant, 18-month scenario."""
    scenario = lactabone.load_scenario(SCENARIO_PATH)
    lactabone.simulate(scenario)  # warm: compile/load the model and settle the steady state
    problem = SegmentProblem(scenario)
    reference = problem.integrate_lactabone()
    simulator_states = simulation.solve(scenario).values
    names = problem.model.system.state_names
    if not all(np.array_equal(reference[:, index], simulator_states[name]) for index, name in enumerate(names)):
        raise RuntimeError("the benchmark's segment loop does not reproduce lactabone.simulation.solve; "
                           "update SegmentProblem to match src/lactabone/simulation.py")
    peer_states, peer_calls = problem.integrate_scipy()
    simulate_median, simulate_times = median_seconds(lambda: lactabone.simulate(scenario), repeats)
    solve_median, _ = median_seconds(lambda: simulation.solve(scenario), repeats)
    integrate_median, _ = median_seconds(problem.integrate_lactabone, repeats)
    scipy_median, _ = median_seconds(problem.integrate_scipy, scipy_repeats)
    disagreement, worst_state = relative_disagreement(reference, peer_states)
    dataset = lactabone.simulate(scenario)
    return {
        "scenario": str(SCENARIO_PATH.relative_to(REPOSITORY)),
        "days": [float(problem.days[0]), float(problem.days[-1])],
        "output_points": int(problem.days.size),
        "segments": len(problem.segments),
        "states": int(problem.settled.size),
        "repeats": repeats,
        "scipy_repeats": scipy_repeats,
        "simulate_median_s": simulate_median,
        "simulate_min_s": min(simulate_times),
        "solve_median_s": solve_median,
        "integrate_median_s": integrate_median,
        "scipy_lsoda_median_s": scipy_median,
        "scipy_rhs_calls": peer_calls,
        "ratio_integrate_to_scipy": integrate_median / scipy_median,
        "ratio_solve_to_scipy": solve_median / scipy_median,
        "ratio_simulate_to_scipy": simulate_median / scipy_median,
        "max_relative_state_disagreement": disagreement,
        "worst_state": worst_state,
        "spine_bmd_change_at_weaning_percent": float(dataset.bmd_spine_change.sel(day=180.0)),
    }


def varied_scenarios(count: int, seed: int) -> list:
    """``count`` copies of the one-infant scenario with +-20 % multipliers on VARIED_PARAMETERS."""
    import tomllib

    base_data = tomllib.loads(SCENARIO_PATH.read_text())
    defaults = simulation.parameter_values(lactabone.load_scenario(SCENARIO_PATH))
    generator = np.random.default_rng(seed)
    multipliers = generator.uniform(1 - MULTIPLIER_SPREAD, 1 + MULTIPLIER_SPREAD, (count, len(VARIED_PARAMETERS)))
    scenarios = []
    for row in multipliers:
        overrides = {name: defaults[name] * float(factor) for name, factor in zip(VARIED_PARAMETERS, row)}
        scenarios.append(scenario_from_dict({**base_data, "parameters": overrides}))
    return scenarios


def steady_state_breakdown(scenarios: list, samples: int) -> dict:
    """Median time of the two parts of a new steady state: the initial guess and the settling run."""
    model = compiled_model()
    guess_times, settle_times = [], []
    for scenario in scenarios[:samples]:
        values = simulation.parameter_values(scenario)
        base = simulation._base_vector(model, values, scenario.diet)
        start = time.perf_counter()
        guess = initial_guess(model, base)
        middle = time.perf_counter()
        equilibrate(model, base, guess)
        guess_times.append(middle - start)
        settle_times.append(time.perf_counter() - middle)
    return {"samples": len(guess_times), "initial_guess_median_s": statistics.median(guess_times),
            "settling_integration_median_s": statistics.median(settle_times)}


def many_scenarios(count: int, seed: int) -> dict:
    """Part (b): simulate ``count`` varied scenarios serially, steady states included (cache cleared)."""
    build_start = time.perf_counter()
    scenarios = varied_scenarios(count, seed)
    build_seconds = time.perf_counter() - build_start
    lactabone.simulate(scenarios[0])  # warm the compiled model
    simulation._settled_cache.clear()
    failures: list[str] = []
    spine = []
    start = time.perf_counter()
    for scenario in scenarios:
        try:
            spine.append(float(lactabone.simulate(scenario).bmd_spine_change.sel(day=180.0)))
        except Exception as error:  # a failure is reported, not hidden
            failures.append(f"{type(error).__name__}: {error}")
    total = time.perf_counter() - start
    distinct = len(simulation._settled_cache)
    cached_start = time.perf_counter()
    for scenario in scenarios[: min(count, 100)]:
        try:
            lactabone.simulate(scenario)
        except Exception:
            pass
    cached_per_scenario = (time.perf_counter() - cached_start) / min(count, 100)
    return {
        "count": count,
        "seed": seed,
        "varied_parameters": list(VARIED_PARAMETERS),
        "multiplier_range": [1 - MULTIPLIER_SPREAD, 1 + MULTIPLIER_SPREAD],
        "steady_state_included": True,
        "distinct_steady_states_computed": distinct,
        "build_scenarios_s": build_seconds,
        "total_s": total,
        "per_scenario_s": total / count,
        "per_scenario_with_cached_steady_state_s": cached_per_scenario,
        "steady_state_breakdown": steady_state_breakdown(scenarios, min(count, 20)),
        "failures": len(failures),
        "first_failures": failures[:5],
        "spine_change_at_weaning_percent_range": [min(spine), max(spine)] if spine else None,
    }


def cpu_model() -> str:
    """CPU model name from /proc/cpuinfo (or the platform's description)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> dict:
    """Part (c): machine, Python and library versions."""
    versions = {}
    for package in ("numba", "numpy", "scipy", "numbalsoda", "xarray", "lactabone"):
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return {"date": datetime.date.today().isoformat(), "cpu_model": cpu_model(), "cores": os.cpu_count(),
            "platform": platform.platform(), "python": platform.python_version(), **versions}


def markdown(results: dict) -> str:
    """The measured numbers as a Markdown table."""
    single, many, host = results["single"], results["many"], results["machine"]
    milliseconds = lambda seconds: f"{seconds * 1000:.2f} ms"  # noqa: E731
    rows = [
        ("(a) `lactabone.simulate`, one infant, days 0-545, warm median of "
         f"{single['repeats']}", milliseconds(single["simulate_median_s"])),
        ("(a) `lactabone.simulation.solve` (no Dataset), median", milliseconds(single["solve_median_s"])),
        ("(a) LSODA segment loop only (`integrate`), median", milliseconds(single["integrate_median_s"])),
        (f"(a) peer: scipy `solve_ivp(LSODA)`, same cfunc via Python wrapper, median of "
         f"{single['scipy_repeats']}", milliseconds(single["scipy_lsoda_median_s"])),
        ("(a) ratio lactabone/scipy, segment loop only", f"{single['ratio_integrate_to_scipy']:.3f}"),
        ("(a) ratio lactabone/scipy, `simulate` (incl. outputs, Dataset)",
         f"{single['ratio_simulate_to_scipy']:.3f}"),
        ("(a) largest state disagreement lactabone vs scipy (relative to state's max)",
         f"{single['max_relative_state_disagreement']:.1e} ({single['worst_state']})"),
        (f"(b) {many['count']} varied scenarios, serial, steady states included "
         f"({many['distinct_steady_states_computed']} computed), total", f"{many['total_s']:.2f} s"),
        ("(b) per scenario", milliseconds(many["per_scenario_s"])),
        ("(b) per scenario when the steady state is already cached",
         milliseconds(many["per_scenario_with_cached_steady_state_s"])),
        ("(b) of a new steady state: initial guess (`initial_guess`), median",
         milliseconds(many["steady_state_breakdown"]["initial_guess_median_s"])),
        ("(b) of a new steady state: settling run (`equilibrate`, 40,000 d), median",
         milliseconds(many["steady_state_breakdown"]["settling_integration_median_s"])),
        ("(b) failed scenarios", str(many["failures"])),
        ("(c) machine", f"{host['cpu_model']}, {host['cores']} cores, {host['platform']}"),
        ("(c) versions", f"Python {host['python']}, numba {host['numba']}, numpy {host['numpy']}, "
                         f"scipy {host['scipy']}, numbalsoda {host['numbalsoda']}"),
        ("date", host["date"]),
    ]
    lines = ["| measurement | result |", "| --- | --- |"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)


def main(arguments: list[str] | None = None) -> dict:
    """Parse arguments, run every part, print the Markdown table, write the JSON results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeats", type=int, default=50, help="timed runs of the single scenario (default 50)")
    parser.add_argument("--scipy-repeats", type=int, default=10, help="timed runs of the SciPy peer (default 10)")
    parser.add_argument("--scenarios", type=int, default=1000, help="varied scenarios in part (b) (default 1000)")
    parser.add_argument("--seed", type=int, default=20240601, help="seed of the parameter sampling")
    parser.add_argument("--output", type=Path, default=RESULTS_PATH, help="JSON results file")
    options = parser.parse_args(arguments)
    results = {"machine": machine(),
               "single": single_scenario(options.repeats, options.scipy_repeats),
               "many": many_scenarios(options.scenarios, options.seed)}
    print(markdown(results))
    options.output.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwrote {options.output}")
    return results


if __name__ == "__main__":
    main()
