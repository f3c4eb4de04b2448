"""Populations at the speed limit: a large virtual population, the same on dask, a 20-factor Sobol analysis,
and libroadrunner on the exported SBML in the same run.

(a) ``lactabone.population.run_population`` of ``--subjects`` subjects of
``examples/one_infant_6_months.toml`` on the default executor (a process per
core): wall-clock time and the peak resident memory of the whole process tree
(this process and its workers, summed PSS; sampled every second with psutil).
(b) The same population on a dask.distributed ``LocalCluster`` (one
single-threaded worker process per core, no dashboard and so no worker
profiler, glibc's own heap trimming, one glibc heap), wall clock, and its ratio to (a);
the subject tables must be identical.
(c) ``run_sensitivity(method="sobol")`` of the spine aBMD change at weaning
over 20 factors with ``--sobol-samples`` base samples (samples x 22 runs): the
population's variability with its skeletal turnover split into one factor per
site, completed with the species' calibrated parameters (CV 0.1) up to 20.
(d) One scenario, lactabone ``solve`` and ``simulate`` against roadrunner on
the exported SBML (``bench_sbml.single``), so every time above has a ratio
against libroadrunner measured on the same machine in the same run.

Writes ``results_population.json`` next to this file and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import threading
import time
from pathlib import Path

import psutil

import lactabone
from lactabone.calibration.calibrate import PROBLEMS
from lactabone.population import run_population
from lactabone.population.executors import available_cores
from lactabone.population.sensitivity import run_sensitivity
from lactabone.population.variability import VARIABILITY, Variation

HERE = Path(__file__).resolve().parent
SCENARIO = HERE.parent / "examples" / "one_infant_6_months.toml"
FACTORS = 20
SOBOL_OUTPUT = "bmd_spine_change"
#: Environment of the dask workers: distributed's default without its MALLOC_TRIM_THRESHOLD_, and with one
#: glibc heap (a dask worker runs its tasks in a thread, which would otherwise get heaps of its own; see part (b)).
WORKER_ENVIRONMENT = {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1, "MALLOC_ARENA_MAX": 1}


class PeakMemory:
    """Peak of the summed proportional set size (PSS: shared pages split between the processes sharing them)
    of this process and its descendants, sampled in a thread [bytes]."""

    def __init__(self, interval: float = 1.0):
        self.interval, self.peak, self._stop = interval, 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    total += process.memory_full_info().pss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *_) -> None:
        self._stop.set()
        self._thread.join()


def twenty_factors(species: str) -> tuple[Variation, ...]:
    """Twenty factors: the population's variability with bone turnover split by site, then calibrated parameters."""
    factors = []
    for variation in VARIABILITY:
        if len(variation.targets) > 1:
            factors += [Variation(target, (target,), variation.cv, variation.provenance, variation.source)
                        for target in variation.targets]
        else:
            factors.append(variation)
    varied = {target for factor in factors for target in factor.targets}
    for name in PROBLEMS[species][0]:
        if name not in varied:
            factors.append(Variation(name, (name,), 0.1, "assumed", "benchmark: calibrated parameter, CV 0.1"))
    return tuple(factors[:FACTORS])


def _cpu_seconds() -> float:
    """CPU time of this process and of every descendant reaped so far (user + system) [s]."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(function):
    """(result, wall-clock seconds, peak summed PSS [bytes], CPU seconds of every process involved)."""
    with PeakMemory() as memory:
        cpu = _cpu_seconds()
        start = time.perf_counter()
        result = function()
        seconds = time.perf_counter() - start
    return result, seconds, memory.peak, _cpu_seconds() - cpu


def population_parts(subjects: int, seed: int, dask: bool) -> dict:
    """Parts (a) and (b)."""
    scenario = lactabone.load_scenario(SCENARIO)
    local, local_seconds, local_peak, local_cpu = timed(lambda: run_population(scenario, subjects, seed=seed))
    result = {"subjects": subjects, "seed": seed, "cores": available_cores(), "local_s": local_seconds,
              "local_cpu_s": local_cpu, "local_peak_pss_bytes": local_peak,
              "accepted": int(local.subjects["accepted"].sum()), "load_average_after": os.getloadavg()}
    if dask:
        from dask import config as dask_config
        from distributed import LocalCluster

        cpu = _cpu_seconds()  # the workers' CPU time is known once the cluster has reaped them, on closing
        # No dashboard, so no statistical profiler either (it samples every worker's stack every 10 ms), and
        # distributed's heap trimming: it starts workers with MALLOC_TRIM_THRESHOLD_=65536, which made these
        # allocation-heavy chunks 10% slower (40,000 subjects: 55.9 against 50.8 s).
        settings = {"distributed.worker.profile.enabled": False,
                    "distributed.nanny.pre-spawn-environ": WORKER_ENVIRONMENT}
        with dask_config.set(settings), LocalCluster(
                n_workers=available_cores(), threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            on_dask, dask_seconds, dask_peak, _ = timed(
                lambda: run_population(scenario, subjects, seed=seed, scheduler=cluster.scheduler_address))
        dask_cpu = _cpu_seconds() - cpu  # includes the cluster's start and shutdown
        result.update(dask_s=dask_seconds, dask_cpu_s=dask_cpu, dask_peak_pss_bytes=dask_peak, dask_ratio=dask_seconds / local_seconds,
                      dask_identical=bool(on_dask.subjects.equals(local.subjects)))
    return result


def sobol_part(samples: int, seed: int) -> dict:
    """Part (c)."""
    scenario = lactabone.load_scenario(SCENARIO)
    factors = twenty_factors(scenario.species)
    day = float(scenario.nursing.weaning_day)
    found, seconds, peak, cpu = timed(lambda: run_sensitivity(scenario, "sobol", SOBOL_OUTPUT, day, samples, seed,
                                                        variations=factors))
    top = found.indices.sort_values("ST", ascending=False).iloc[0]
    return {"factors": [factor.name for factor in factors], "base_samples": samples, "runs": found.runs,
            "output": SOBOL_OUTPUT, "day": day, "seconds": seconds, "cpu_s": cpu, "peak_pss_bytes": peak,
            "load_average_after": os.getloadavg(),
            "largest_total_index": {"factor": top["factor"], "ST": float(top["ST"])}}


def markdown(results: dict) -> str:
    """The numbers as a Markdown table."""
    rows = []
    many = results["population"]
    gib = 2 ** 30
    rows += [(f"(a) {many['subjects']} subjects, local process pool ({many['cores']} cores)",
              f"{many['local_s']:.1f} s ({many['local_s'] / many['subjects'] * 1e3 * many['cores']:.2f} ms "
              f"per subject per core)"),
             ("(a) CPU time of all processes, per subject", f"{many['local_cpu_s'] / many['subjects'] * 1e3:.2f} ms"),
             ("(a) peak memory (PSS), all processes summed", f"{many['local_peak_pss_bytes'] / gib:.2f} GiB")]
    if "dask_s" in many:
        rows += [("(b) the same on a dask LocalCluster", f"{many['dask_s']:.1f} s"),
                 ("(b) ratio dask / local", f"{many['dask_ratio']:.3f}"),
                 ("(b) ratio of CPU time dask / local", f"{many['dask_cpu_s'] / many['local_cpu_s']:.3f}"),
                 ("(b) subject tables identical", str(many["dask_identical"]))]
    if "sobol" in results:
        sobol = results["sobol"]
        rows += [(f"(c) Sobol, {len(sobol['factors'])} factors x {sobol['base_samples']} base samples "
                  f"({sobol['runs']} runs)", f"{sobol['seconds']:.1f} s"),
                 ("(c) CPU time of all processes, per run", f"{sobol['cpu_s'] / sobol['runs'] * 1e3:.2f} ms"),
                 ("(c) peak memory (PSS), all processes summed", f"{sobol['peak_pss_bytes'] / gib:.2f} GiB")]
    if "roadrunner" in results:
        one = results["roadrunner"]
        rows += [("(d) lactabone `solve`, warm median", f"{one['lactabone_solve_median_s'] * 1e3:.2f} ms"),
                 ("(d) roadrunner `resetAll` + `simulate` on the exported SBML, warm median",
                  f"{one['roadrunner_simulate_median_s'] * 1e3:.2f} ms"),
                 ("(d) ratio lactabone/roadrunner, `solve`", f"{one['ratio_solve']:.3f}"),
                 ("(d) ratio lactabone/roadrunner, `simulate`", f"{one['ratio_simulate']:.3f}"),
                 ("(d) population: lactabone per subject per core / roadrunner per scenario",
                  f"{many['local_s'] * many['cores'] / many['subjects'] / one['roadrunner_simulate_median_s']:.3f}")]
    return "\n".join(["| measurement | result |", "| --- | --- |"] + [f"| {a} | {b} |" for a, b in rows])


def main(arguments: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subjects", type=int, default=100_000, help="subjects of parts (a) and (b)")
    parser.add_argument("--sobol-samples", type=int, default=1024, help="Sobol base samples of part (c)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=20, help="repeats of part (d)")
    parser.add_argument("--skip", nargs="*", default=[], choices=["dask", "sobol", "roadrunner"])
    parser.add_argument("--output", type=Path, default=HERE / "results_population.json")
    options = parser.parse_args(arguments)
    results = {"machine": {"platform": platform.platform(), "cores": os.cpu_count(),
                           "python": platform.python_version()},
               "command": "PYTHONPATH=src .venv/bin/python benchmarks/bench_population.py"
                          + (" " + " ".join(arguments) if arguments else "")}
    results["population"] = population_parts(options.subjects, options.seed, "dask" not in options.skip)
    print(json.dumps(results["population"]), flush=True)
    if "sobol" not in options.skip:
        results["sobol"] = sobol_part(options.sobol_samples, options.seed)
        print(json.dumps(results["sobol"]), flush=True)
    if "roadrunner" not in options.skip:
        from bench_sbml import single

        results["roadrunner"] = single(options.repeats)
    options.output.write_text(json.dumps(results, indent=2) + "\n")
    print(markdown(results))
    return results


if __name__ == "__main__":
    import sys

    main(sys.argv[1:] or None)
