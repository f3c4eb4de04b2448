"""lactabone's solver against libroadrunner on lactabone's own SBML export, in the same run.

(a) One 18-month scenario (``examples/one_infant_6_months.toml``, days 0-545,
546 output days): warm median of ``lactabone.simulation.solve`` (every term
evaluated) and of ``lactabone.simulate`` (with the xarray Dataset) against
roadrunner's ``resetAll(); simulate(times=output days)`` on the exported SBML
(every output selected), after one warm-up call each. Roadrunner's one-off
LLVM compilation of the model is reported apart.

(b) A population of N subjects on 2 worker processes
(``concurrent.futures.ProcessPoolExecutor``) for both tools: five parameters
each multiplied by a lognormal factor (sigma 0.2, seeded). lactabone: one
scenario per subject with ``[parameters]`` overrides through
``lactabone.simulation.solve``, which re-settles the pre-pregnant steady state
for each subject. roadrunner: each worker compiles the exported SBML once, then
per subject ``resetAll(); setValues(names, values); simulate(times)``, from the
exported initial state (the SBML cannot re-settle it, so roadrunner does less
work per subject). Wall-clock totals, with and without roadrunner's compilation.

Both solvers run at relative and absolute tolerance 1e-6 (lactabone's
default); the script reports the largest disagreement on the outputs for (a),
in units of the export tests' allowance (1e-3 relative plus 1e-5 of the
output's largest magnitude; below 1 is within it).
Writes ``results_sbml.json`` next to this file and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

import lactabone
from lactabone import simulation
from lactabone.export.sbml import output_ids, sbml_string

HERE = Path(__file__).resolve().parent
SCENARIO = HERE.parent / "examples" / "one_infant_6_months.toml"
VARIED = ("milk_volume_per_offspring", "pthrp_pth1r_potency", "mammary_pthrp_secretion_gain",
          "estrogen_bone_half_effect", "spine_trabecular_turnover")
TOLERANCE = 1e-6
WORKERS = 2
SIGMA = 0.2

_runner = None  # one roadrunner per worker process


def _roadrunner(text: str):
    import roadrunner

    runner = roadrunner.RoadRunner(text)
    runner.integrator.relative_tolerance = TOLERANCE
    runner.integrator.absolute_tolerance = TOLERANCE
    runner.integrator.max_steps = 1_000_000
    runner.timeCourseSelections = ["time", *output_ids()]
    return runner


def _median(function, repeats: int) -> float:
    function()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def single(repeats: int) -> dict:
    """Part (a)."""
    scenario = lactabone.load_scenario(SCENARIO)
    text = sbml_string(scenario)
    start = time.perf_counter()
    runner = _roadrunner(text)
    compile_seconds = time.perf_counter() - start
    times = list(simulation.output_days(scenario) - scenario.start_day)

    def run_roadrunner():
        runner.resetAll()
        return runner.simulate(times=times)

    result = {
        "scenario": SCENARIO.name, "repeats": repeats, "roadrunner_compile_s": compile_seconds,
        "lactabone_solve_median_s": _median(lambda: simulation.solve(scenario), repeats),
        "lactabone_simulate_median_s": _median(lambda: lactabone.simulate(scenario), repeats),
        "roadrunner_simulate_median_s": _median(run_roadrunner, repeats),
    }
    dataset, table = lactabone.simulate(scenario), run_roadrunner()
    gaps = {}
    for index, name in enumerate(output_ids()):
        ours, theirs = dataset[name].values, table[:, index + 1]
        allowed = 1e-3 * np.maximum(np.abs(ours), np.abs(theirs)) + 1e-5 * np.abs(ours).max()
        gap = np.abs(ours - theirs)
        gaps[name] = float(np.max(np.where(gap == 0, 0.0, gap / np.where(allowed > 0, allowed, np.inf))))
    worst = max(gaps, key=gaps.get)
    result.update(largest_gap=gaps[worst], largest_gap_output=worst,
                  ratio_solve=result["lactabone_solve_median_s"] / result["roadrunner_simulate_median_s"],
                  ratio_simulate=result["lactabone_simulate_median_s"] / result["roadrunner_simulate_median_s"])
    return result


def subjects(count: int, seed: int) -> list[dict[str, float]]:
    """Parameter overrides of each subject: the stored values times lognormal factors."""
    base = simulation.parameter_values(lactabone.load_scenario(SCENARIO))
    random = np.random.default_rng(seed)
    factors = random.lognormal(0.0, SIGMA, size=(count, len(VARIED)))
    return [{name: base[name] * factor for name, factor in zip(VARIED, row)} for row in factors]


def _lactabone_chunk(chunk: list[dict[str, float]]) -> int:
    scenario = lactabone.load_scenario(SCENARIO)
    for overrides in chunk:
        simulation.solve(scenario.model_copy(update={"parameters": overrides}))
    return len(chunk)


def _roadrunner_chunk(arguments: tuple[str, list[dict[str, float]], list[float]]) -> tuple[float, int]:
    text, chunk, times = arguments
    start = time.perf_counter()
    runner = _roadrunner(text)
    compiled = time.perf_counter() - start
    for overrides in chunk:
        runner.resetAll()
        runner.setValues(list(overrides), list(overrides.values()))
        runner.simulate(times=times)
    return compiled, len(chunk)


def population(count: int, seed: int) -> dict:
    """Part (b)."""
    scenario = lactabone.load_scenario(SCENARIO)
    text = sbml_string(scenario)
    times = list(simulation.output_days(scenario) - scenario.start_day)
    people = subjects(count, seed)
    chunks = [people[index::WORKERS] for index in range(WORKERS)]
    with ProcessPoolExecutor(WORKERS) as pool:
        list(pool.map(_lactabone_chunk, [[people[0]]] * WORKERS))  # warm the workers (numba cache load)
        start = time.perf_counter()
        done = sum(pool.map(_lactabone_chunk, chunks))
        lactabone_seconds = time.perf_counter() - start
    with ProcessPoolExecutor(WORKERS) as pool:
        start = time.perf_counter()
        answers = list(pool.map(_roadrunner_chunk, [(text, chunk, times) for chunk in chunks]))
        roadrunner_seconds = time.perf_counter() - start
    compile_seconds = max(compiled for compiled, _ in answers)
    assert done == count == sum(number for _, number in answers)
    return {"subjects": count, "workers": WORKERS, "varied": list(VARIED), "lognormal_sigma": SIGMA, "seed": seed,
            "lactabone_total_s": lactabone_seconds, "roadrunner_total_s": roadrunner_seconds,
            "roadrunner_compile_s": compile_seconds,
            "roadrunner_without_compile_s": roadrunner_seconds - compile_seconds,
            "ratio_total": lactabone_seconds / roadrunner_seconds,
            "ratio_without_compile": lactabone_seconds / (roadrunner_seconds - compile_seconds)}


def markdown(results: dict) -> str:
    """The numbers as a Markdown table."""
    one, many = results["single"], results["population"]
    ms = lambda seconds: f"{seconds * 1000:.2f} ms"  # noqa: E731
    rows = [
        ("(a) lactabone `solve`, warm median", ms(one["lactabone_solve_median_s"])),
        ("(a) lactabone `simulate` (with Dataset), warm median", ms(one["lactabone_simulate_median_s"])),
        ("(a) roadrunner `resetAll` + `simulate`, warm median", ms(one["roadrunner_simulate_median_s"])),
        ("(a) ratio lactabone/roadrunner, `solve`", f"{one['ratio_solve']:.3f}"),
        ("(a) ratio lactabone/roadrunner, `simulate`", f"{one['ratio_simulate']:.3f}"),
        ("(a) roadrunner one-off compilation of the exported model", f"{one['roadrunner_compile_s']:.2f} s"),
        ("(a) largest output gap, in units of the export tests' allowance (1e-3 relative + 1e-5 of max)",
         f"{one['largest_gap']:.1e} ({one['largest_gap_output']})"),
        (f"(b) {many['subjects']} subjects, {many['workers']} workers: lactabone `solve` (steady state re-settled "
         "per subject)", f"{many['lactabone_total_s']:.2f} s"),
        ("(b) roadrunner, including one compilation per worker", f"{many['roadrunner_total_s']:.2f} s"),
        ("(b) roadrunner compilation (slowest worker)", f"{many['roadrunner_compile_s']:.2f} s"),
        ("(b) ratio lactabone/roadrunner, total", f"{many['ratio_total']:.3f}"),
        ("(b) ratio lactabone/roadrunner, roadrunner without its compilation", f"{many['ratio_without_compile']:.3f}"),
    ]
    return "\n".join(["| measurement | result |", "| --- | --- |"] + [f"| {a} | {b} |" for a, b in rows])


def main(arguments: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=50, help="repeats of part (a)")
    parser.add_argument("--subjects", type=int, default=1000, help="subjects of part (b)")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--output", type=Path, default=HERE / "results_sbml.json")
    options = parser.parse_args(arguments)
    import roadrunner

    results = {"single": single(options.repeats), "population": population(options.subjects, options.seed),
               "versions": {"libroadrunner": roadrunner.__version__, "lactabone": lactabone.__version__
                            if hasattr(lactabone, "__version__") else "0.1.0"},
               "tolerance": TOLERANCE}
    options.output.write_text(json.dumps(results, indent=2) + "\n")
    print(markdown(results))
    return results


if __name__ == "__main__":
    main()
