"""Run a virtual population: sample subjects, simulate them on an executor, keep summaries and bands.

Memory stays bounded whatever the number of subjects: workers return only
per-subject summaries (a dozen numbers each) and band histograms
(:mod:`lactabone.population.bands`), never trajectories, except the pilot
chunk that fixes the histogram grid.
"""

from __future__ import annotations

import concurrent.futures
from dataclasses import dataclass

import numpy as np
import pandas as pd
import xarray as xr

from ..results.outputs import UNITS
from ..scenario import Scenario, ScenarioError
from ..simulation import output_days
from .bands import PERCENTILES, BandAccumulator, grid_from_pilot
from .executors import executor_for, map_chunks
from .plausibility import constraints
from .subjects import BAND_OUTPUTS, SUMMARIES, ChunkTask, shown_band_outputs, shown_summaries, simulate_chunk
from .variability import VARIABILITY, Variation, sample_factors, variation_names

#: Subjects of the pilot chunk (run in the calling process) that fixes the band grid.
PILOT_SUBJECTS = 100
#: Subjects per task sent to a worker (fixed, so results do not depend on the number of workers). Each task
#: sends back its band histograms, 8.4 MB whatever its size (9 outputs x 576 days x 400 bins for the example
#: scenario), pickled, piped and merged in the parent in about 25 ms: 500 subjects a task keep that under 2%
#: of their time (200 did not), and 100,000 subjects still make 200 tasks to share between the workers.
SUBJECTS_PER_CHUNK = 500


@dataclass(frozen=True)
class Population:
    """A simulated virtual population.

    Attributes
    ----------
    subjects : one row per subject: ``subject``, the variability factors [1],
        ``accepted``, ``rejection`` (the first plausibility limit broken, '' if
        accepted) and the summaries of :data:`~lactabone.population.subjects.SUMMARIES` of the sites the
        species' results show (:func:`~lactabone.population.subjects.shown_summaries`).
    bands : percentile bands (``<output>_p5`` ... ``_p95``, ``_mean``) over ``day`` of the accepted subjects,
        for the band outputs of those sites; ``bands.attrs["species"]`` names the species.
    """

    subjects: pd.DataFrame
    bands: xr.Dataset

    @property
    def accepted(self) -> pd.DataFrame:
        """The accepted subjects' rows."""
        return self.subjects[self.subjects["accepted"]]


#: Species whose between-subject variability ``population.variability`` describes (cows: a herd, ``run_herd``).
POPULATION_SPECIES = ("human", "mouse", "rat")


def _check(scenario: Scenario, n: int) -> None:
    if scenario.species not in POPULATION_SPECIES:
        raise ScenarioError(f"species = {scenario.species!r}: no between-subject variability of this kind is defined "
                            f"for it (populations: {', '.join(POPULATION_SPECIES)}; a herd of cows: run_herd)")
    if n < 1:
        raise ScenarioError(f"n = {n}: a population needs at least 1 subject")
    if scenario.nursing.offspring < 1:
        raise ScenarioError("nursing.offspring = 0: a population summarises lactation; nurse at least 1 offspring")
    if not scenario.start_day <= scenario.nursing.weaning_day <= scenario.end_day:
        raise ScenarioError(f"nursing.weaning_day = {scenario.nursing.weaning_day:g}: a population needs weaning "
                            f"within the days simulated ({scenario.start_day:g} to {scenario.end_day:g})")


def run_population(scenario: Scenario, n: int, seed: int = 0, executor: concurrent.futures.Executor | None = None,
                   scheduler: str | None = None, variations: tuple[Variation, ...] = VARIABILITY,
                   progress: bool = False) -> Population:
    """Simulate ``n`` virtual subjects of ``scenario``.

    Each subject is solved with :data:`~lactabone.population.subjects.SUBJECT_SOLVER`: its steady state from
    Newton's method, its run on only the states its outputs need at LSODA tolerance 5e-5 instead of a single
    run's 1e-7 (spine aBMD change within 1.8e-3 points of the 1e-7 solution over 1,000 subjects;
    docs/populations.md).

    Parameters
    ----------
    scenario : the nominal subject's scenario (must nurse, and wean within the days simulated).
    n : number of subjects sampled (rejected ones included).
    seed : seed of the variability factors; the same seed gives the same population, byte for byte,
        on any executor and any number of workers (chunks are merged in order).
    executor : any ``concurrent.futures.Executor``; default a process pool with one worker per core.
    scheduler : address of a dask.distributed scheduler to run on instead (when ``executor`` is None).
    variations : the sources of variability (default :data:`~lactabone.population.variability.VARIABILITY`).
    progress : show a progress bar on stderr.

    Raises
    ------
    ScenarioError
        ``n`` < 1, a species without variability, a scenario without nursing or weaning outside the days
        simulated.
    """
    _check(scenario, n)
    constraints(scenario)  # a bad parameter override fails here, before any worker starts
    factors = sample_factors(n, seed, variations)
    pilot_end = min(PILOT_SUBJECTS, n)
    pilot = simulate_chunk(ChunkTask(scenario, 0, factors[:pilot_end], variations, None))
    if pilot.trajectories is None or len(pilot.trajectories[BAND_OUTPUTS[0]]) == 0:
        raise ScenarioError(f"none of the first {pilot_end} subjects is plausible: {pilot.reasons[0]}")
    grid = grid_from_pilot(pilot.trajectories)
    bands = BandAccumulator(grid, len(output_days(scenario)))
    bands.add(pilot.trajectories)
    results = [pilot]
    with executor_for(executor, scheduler) as running:
        # chunks of a fixed size, whatever the number of workers: the sums are then grouped the same way
        bounds = [(start + pilot_end, min(start + SUBJECTS_PER_CHUNK, n - pilot_end) + pilot_end)
                  for start in range(0, n - pilot_end, SUBJECTS_PER_CHUNK)]
        tasks = [ChunkTask(scenario, start, factors[start:end], variations, grid) for start, end in bounds]
        waiting: dict[int, object] = {}
        merged = 0
        for index, result in map_chunks(simulate_chunk, tasks, running, [end - start for start, end in bounds],
                                        progress, done=pilot_end):
            waiting[index] = result
            while merged in waiting:  # merge in task order, so sums and outputs do not depend on timing
                ready = waiting.pop(merged)
                if ready.bands is not None:
                    bands.merge(ready.bands)
                ready.bands = None
                results.append(ready)
                merged += 1
    return Population(_subject_table(results, factors, variations, scenario.species), _band_dataset(bands, scenario))


def _subject_table(results: list, factors: np.ndarray, variations: tuple[Variation, ...],
                   species: str) -> pd.DataFrame:
    results = sorted(results, key=lambda result: result.first)
    summaries = np.concatenate([result.summaries for result in results])
    reasons = [reason for result in results for reason in result.reasons]
    table = pd.DataFrame({"subject": np.arange(len(reasons))})
    for index, name in enumerate(variation_names(variations)):
        table[name] = factors[:, index]
    table["accepted"] = np.array([reason == "" for reason in reasons])
    table["rejection"] = reasons
    shown = shown_summaries(species)
    for index, summary in enumerate(SUMMARIES):
        if summary in shown:
            table[summary.name] = summaries[:, index]
    return table


def _band_dataset(bands: BandAccumulator, scenario: Scenario) -> xr.Dataset:
    variables = {}
    for name in shown_band_outputs(scenario.species):
        unit = UNITS[name]
        for percent in PERCENTILES:
            variables[f"{name}_p{percent}"] = ("day", bands.percentile(name, percent),
                                              {"units": unit, "long_name": f"{percent}th percentile of {name}"})
        variables[f"{name}_mean"] = ("day", bands.mean(name), {"units": unit, "long_name": f"mean of {name}"})
    attributes = {
        "title": "lactabone virtual population: percentile bands of the accepted subjects",
        "species": scenario.species,
        "subjects_accepted": bands.subjects,
        "method": "per-day histograms on a fixed grid (bands.py); percentiles exact to one bin width",
        "bin_width": str({name: (high - low) / bands.counts[name].shape[1] for name, (low, high) in bands.grid.items()}),
        "values_outside_grid": str(bands.outside_grid),
    }
    coordinates = {"day": ("day", output_days(scenario), {"units": "d", "long_name": "days since delivery"})}
    return xr.Dataset(variables, coords=coordinates, attrs=attributes)


def _spearman(x: pd.Series, y: pd.Series) -> tuple[float, float]:
    from scipy import stats  # imported here: scipy.stats adds 1.5 s to every worker's start

    result = stats.spearmanr(x, y)
    return float(result.statistic), float(result.pvalue)


def rank_correlation(population: Population, x: str, y: str) -> tuple[float, float]:
    """Spearman rank correlation of two per-subject columns over accepted subjects: (rho, two-sided p)."""
    accepted = population.accepted
    return _spearman(accepted[x], accepted[y])


def pthrp_loss_correlation(population: Population, change: str) -> tuple[float, float]:
    """Spearman (rho, p) of mean nursing PTHrP against bone *loss* (minus the % change in column ``change``).

    Positive rho: subjects with more circulating PTHrP lose more bone.
    """
    accepted = population.accepted
    return _spearman(accepted["pthrp_nursing_mean"], -accepted[change])
