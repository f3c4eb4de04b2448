"""A virtual dairy herd: draw each cow's parity, ration and variability, simulate her calving, find her nadir.

Each cow is the scenario's cow with her parity and close-up ration drawn from
the ``[herd]`` table (:mod:`.herd_variability` gives the default parity mix)
and the factors of :data:`~.herd_variability.HERD_VARIABILITY` applied. A cow
whose sampled peak milk or size lies outside the plausibility limits, or whose
serum calcium leaves the normal range before calving, is rejected with the
reason. For the others the run gives her lowest total serum calcium from
calving to day 3 in milk (the window of Caixeta 2017 and Neves 2018), the mean
over the day of calving (days 0-1, Santos 2019's "calcium at calving") and the
hours below 1.4 mmol/L.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..results.dataset import reported_series
from ..results.milk_fever import CLINICAL_MMOL_PER_L, hours_below
from ..scenario import Scenario, ScenarioError
from ..scenario.schema import Cow
from ..simulation import SolverSettings, cow_parameters, parameter_values, prepare, solve_prepared
from ..solve.integrate import SolverError
from .executors import executor_for, map_chunks, stop_if_interrupted
from .herd_variability import (
    BODY_SIZE_FACTOR_RANGE, HERD_VARIABILITY, PEAK_MILK, PEAK_MILK_RANGE_KG_PER_DAY, PREPARTUM_CALCIUM_FACTOR_RANGE,
    US_PARITY_SHARES, parity_group,
)
from .variability import sample_factors, variation_names

#: Days in milk over which a cow's lowest calcium is taken [d since calving].
NADIR_WINDOW_DAYS = (0.0, 3.0)
#: The day of calving, over which Santos 2019's "blood calcium at calving" is averaged [d].
CALVING_DAY_WINDOW = (0.0, 1.0)
#: Cows per task sent to a worker by default (results depend on neither the chunks nor the workers).
COWS_PER_CHUNK = 100
#: Each cow has her own parameters, so her steady state is not kept; default tolerances otherwise.
COW_SOLVER = SolverSettings(cache_steady_state=False, newton_start=True, only_needed_states=True)
SUMMARY_COLUMNS = ("nadir_mmol_per_l", "nadir_day", "calving_day_mean_mmol_per_l", "hours_below_clinical",
                   "lowest_before_secretion_mmol_per_l")


@dataclass(frozen=True)
class HerdRun:
    """A simulated herd.

    Attributes
    ----------
    cows : one row per cow: ``cow``, ``parity``, ``parity_group``, ``ration`` (its label),
        ``dcad_meq_per_kg`` and ``prepartum_calcium_g_per_day`` of her close-up ration (NaN: the usual), her variability
        factors [1], ``peak_milk_kg_per_day``, ``accepted``, ``rejection`` ('' when accepted) and
        :data:`SUMMARY_COLUMNS` (total serum calcium in mmol/L, days, hours).
    """

    cows: pd.DataFrame

    @property
    def accepted(self) -> pd.DataFrame:
        """The accepted cows' rows."""
        return self.cows[self.cows["accepted"]]


def _check(scenario: Scenario, n: int) -> None:
    if scenario.species != "cow":
        raise ScenarioError(f"species = {scenario.species!r}: a herd is made of cows (species = 'cow')")
    if n < 1:
        raise ScenarioError(f"n = {n}: a herd needs at least 1 cow")
    if scenario.nursing.offspring < 1:
        raise ScenarioError("nursing.offspring = 0: a herd's cows are milked; give offspring = 1")
    if scenario.start_day >= 0 or scenario.end_day < NADIR_WINDOW_DAYS[1]:
        raise ScenarioError(f"start_day = {scenario.start_day:g}, end_day = {scenario.end_day:g}: a herd's run must "
                            f"start before calving (start_day < 0) and reach day {NADIR_WINDOW_DAYS[1]:g} in milk "
                            "(end_day >= 3)")


def _rations(scenario: Scenario) -> list[tuple[float, float | None, float | None]]:
    """(share, DCAD [mEq/kg], close-up calcium [g/d]) of each close-up ration; the [cow] table's fills gaps."""
    cow = scenario.cow
    rations = scenario.herd.rations if scenario.herd is not None else []
    if not rations:
        return [(1.0, cow.dcad_meq_per_kg, cow.prepartum_calcium_g_per_day)]
    return [(ration.share,
             ration.dcad_meq_per_kg if ration.dcad_meq_per_kg is not None else cow.dcad_meq_per_kg,
             ration.prepartum_calcium_g_per_day if ration.prepartum_calcium_g_per_day is not None
             else cow.prepartum_calcium_g_per_day) for ration in rations]


def ration_label(dcad_meq_per_kg: float | None, calcium_g_per_day: float | None) -> str:
    """A close-up ration's label: 'DCAD -100', 'Ca 15 g/d', both, or 'usual'."""
    parts = ([f"DCAD {dcad_meq_per_kg:+g}"] if dcad_meq_per_kg is not None else []) + (
        [f"Ca {calcium_g_per_day:g} g/d"] if calcium_g_per_day is not None else [])
    return ", ".join(parts) or "usual"


def _nominal_peak(scenario: Scenario, parity: int, values: dict[str, float]) -> float:
    """A cow's nominal peak milk [kg/d]: the [cow] table's, or the cow set's for her parity.

    ``values`` are the scenario's parameter values before its [cow] table set them (see :func:`sample_herd`).
    """
    if scenario.cow.peak_milk_kg_per_day is not None:
        return scenario.cow.peak_milk_kg_per_day
    return cow_parameters(Cow(parity=parity), values)["milk_volume_per_offspring"] * values["milk_density"]


def sample_herd(scenario: Scenario, n: int, seed: int = 0) -> pd.DataFrame:
    """Draw ``n`` cows: parity and ration from the herd description, then the variability factors.

    The same seed gives the same herd. Returns the cows' table without results (see :class:`HerdRun`).
    """
    generator = np.random.default_rng(seed)
    shares = scenario.herd.parity_shares if scenario.herd is not None else US_PARITY_SHARES
    probabilities = np.asarray(shares, dtype=float) / float(np.sum(shares))
    parities = generator.choice(np.arange(1, len(shares) + 1), size=n, p=probabilities)
    rations = _rations(scenario)
    ration_shares = np.array([share for share, _, _ in rations]) / sum(share for share, _, _ in rations)
    chosen = generator.choice(len(rations), size=n, p=ration_shares)
    factors = sample_factors(n, int(generator.integers(2 ** 31)), HERD_VARIABILITY)
    values = parameter_values(scenario.model_copy(update={"cow": Cow()}))  # not yet scaled for the [cow] parity
    table = pd.DataFrame({"cow": np.arange(n), "parity": parities.astype(int)})
    table["parity_group"] = [parity_group(int(parity)) for parity in parities]
    table["ration"] = [ration_label(*rations[index][1:]) for index in chosen]
    table["dcad_meq_per_kg"] = [np.nan if rations[index][1] is None else rations[index][1] for index in chosen]
    table["prepartum_calcium_g_per_day"] = [np.nan if rations[index][2] is None else rations[index][2]
                                            for index in chosen]
    for index, name in enumerate(variation_names(HERD_VARIABILITY)):
        table[name] = factors[:, index]
    yield_factor = next(variation.name for variation in HERD_VARIABILITY if variation.targets == (PEAK_MILK,))
    table["peak_milk_kg_per_day"] = [_nominal_peak(scenario, int(parity), values) * factor
                                     for parity, factor in zip(parities, table[yield_factor])]
    return table


def _sampling_rejection(row: pd.Series) -> str:
    """Why a sampled cow is implausible before she is solved ('' when she is plausible)."""
    low, high = PEAK_MILK_RANGE_KG_PER_DAY
    if not low <= row["peak_milk_kg_per_day"] <= high:
        return f"peak milk {row['peak_milk_kg_per_day']:.3g} kg/d outside {low:g}-{high:g} (the [cow] table's range)"
    low, high = BODY_SIZE_FACTOR_RANGE
    if not low <= row["body_size"] <= high:
        return f"body size factor {row['body_size']:.3g} outside {low:g}-{high:g} (+-2.5 SD of CV 0.10)"
    return ""


def cow_scenario(base: Scenario, row: pd.Series, nominal: dict[str, float]) -> Scenario:
    """One cow's scenario: ``base`` with her parity, ration, peak milk and variability factors.

    ``nominal`` are the base scenario's parameter values (the factors scale them).
    """
    overrides = dict(base.parameters)
    for variation in HERD_VARIABILITY:
        for target in variation.targets:
            if target != PEAK_MILK:
                overrides[target] = nominal[target] * float(row[variation.name])
    cow = Cow(parity=int(row["parity"]), peak_milk_kg_per_day=float(row["peak_milk_kg_per_day"]),
              dcad_meq_per_kg=None if np.isnan(row["dcad_meq_per_kg"]) else float(row["dcad_meq_per_kg"]),
              prepartum_calcium_g_per_day=(None if np.isnan(row["prepartum_calcium_g_per_day"])
                                           else float(row["prepartum_calcium_g_per_day"])))
    return base.model_copy(update={"cow": cow, "parameters": overrides, "herd": None})


def _summarise(days: np.ndarray, calcium: np.ndarray, nominal: dict[str, float]) -> tuple[list[float], str]:
    """A cow's summaries (:data:`SUMMARY_COLUMNS`) and the reason she is rejected ('' when plausible).

    Her calcium before calving is judged until the udder starts secreting (``prepartum_secretion_days``
    before calving): from then on a fall is the outcome the herd measures, not implausibility.
    """
    reference = nominal["serum_calcium_reference"]
    before = calcium[days < -nominal["prepartum_secretion_days"]]
    low_factor, high_factor = PREPARTUM_CALCIUM_FACTOR_RANGE
    low, high = low_factor * reference, high_factor * reference
    lowest_before = float(before.min()) if before.size else float("nan")
    reason = ""
    if before.size and not (low <= lowest_before and float(before.max()) <= high):
        reason = (f"serum calcium before the udder fills {lowest_before:.3g}-{float(before.max()):.3g} mmol/L outside "
                  f"{low:.3g}-{high:.3g} ({low_factor:.2f}-{high_factor:.2f} x serum_calcium_reference)")
    window = (days >= NADIR_WINDOW_DAYS[0]) & (days <= NADIR_WINDOW_DAYS[1])
    lowest = int(np.argmin(np.where(window, calcium, np.inf)))
    calving_day = (days >= CALVING_DAY_WINDOW[0]) & (days <= CALVING_DAY_WINDOW[1])
    after = days >= 0
    below = hours_below(days[after], calcium[after], CLINICAL_MMOL_PER_L)
    return [float(calcium[lowest]), float(days[lowest]), float(calcium[calving_day].mean()), below,
            lowest_before], reason


@dataclass(frozen=True)
class HerdChunk:
    """Cows ``first``.. of a herd: the base scenario and their sampled rows."""

    scenario: Scenario
    first: int
    rows: pd.DataFrame


def _solved_cows(task: HerdChunk) -> Iterator[tuple[int, np.ndarray | None, np.ndarray | None, str]]:
    """Each cow of ``task``: (index, days, total serum calcium [mmol/L], why she was not solved ('' when solved))."""
    nominal = parameter_values(task.scenario)
    prepared = prepare(task.scenario, ("serum_calcium",), COW_SOLVER)
    for index, (_, row) in enumerate(task.rows.iterrows()):
        stop_if_interrupted()
        reason = _sampling_rejection(row)
        if reason:
            yield index, None, None, reason
            continue
        try:
            solution = solve_prepared(prepared, cow_scenario(task.scenario, row, nominal))
        except (SolverError, ScenarioError) as error:
            yield index, None, None, f"solver failed: {' '.join(str(error).split())}"
            continue
        series = reported_series(solution.days, solution.values, solution.pre_pregnant, None, ("serum_calcium",))
        yield index, np.asarray(solution.days), series["serum_calcium"], ""


def simulate_cows(task: HerdChunk) -> tuple[int, np.ndarray, list[str]]:
    """Simulate and summarise each cow of ``task`` (run by an executor's worker): (first, summaries, reasons)."""
    nominal = parameter_values(task.scenario)
    summaries = np.full((len(task.rows), len(SUMMARY_COLUMNS)), np.nan)
    reasons = []
    for index, days, calcium, reason in _solved_cows(task):
        if calcium is not None:
            summaries[index], reason = _summarise(days, calcium, nominal)
        reasons.append(reason)
    return task.first, summaries, reasons


def calcium_on_days(scenario: Scenario, n: int, days: tuple[float, ...], seed: int = 0) -> pd.DataFrame:
    """Total serum calcium [mmol/L] on the given days in milk of the plausible cows of a herd, in this process.

    Rows are the cows solved (with their ``parity``), columns the days; the run must reach the last day.
    """
    _check(scenario, n)
    if scenario.end_day < max(days):
        raise ScenarioError(f"end_day = {scenario.end_day:g}: the run must reach day {max(days):g} in milk")
    table = sample_herd(scenario, n, seed)
    nominal = parameter_values(scenario)
    rows = []
    for index, times, calcium, _ in _solved_cows(HerdChunk(scenario, 0, table)):
        if calcium is not None and not _summarise(times, calcium, nominal)[1]:  # plausible before calving too
            rows.append({"parity": int(table["parity"].iloc[index]),
                         **{day: float(np.interp(day, times, calcium)) for day in days}})
    return pd.DataFrame(rows)


def run_herd(scenario: Scenario, n: int, seed: int = 0, executor: concurrent.futures.Executor | None = None,
             scheduler: str | None = None, progress: bool = False,
             on_progress: Callable[[int, int], None] | None = None,
             cows_per_chunk: int = COWS_PER_CHUNK) -> HerdRun:
    """Simulate ``n`` cows of a herd around calving.

    Parameters
    ----------
    scenario : a cow's scenario (species ``cow``, starting before calving and reaching day 3 in milk) whose
        ``[herd]`` table gives the parity shares and close-up rations (default: :data:`US_PARITY_SHARES`, the
        ``[cow]`` table's ration).
    n : cows sampled (rejected ones included).
    seed : the same seed gives the same herd on any executor.
    executor : any ``concurrent.futures.Executor``; default a process pool with one worker per core.
    scheduler : address of a dask.distributed scheduler (when ``executor`` is None).
    progress : show a progress bar on stderr.
    on_progress : called with (cows simulated so far, ``n``) after each chunk (the web page's progress bar).
    cows_per_chunk : cows per task sent to a worker.

    Raises
    ------
    ScenarioError
        A species other than cow, ``n`` < 1, no milking, or a run that does not span calving to day 3.
    """
    _check(scenario, n)
    parameter_values(scenario)  # a bad parameter override fails here, before any worker starts
    table = sample_herd(scenario, n, seed)
    tasks = [HerdChunk(scenario, start, table.iloc[start:start + cows_per_chunk])
             for start in range(0, n, cows_per_chunk)]
    results = []
    with executor_for(executor, scheduler) as running:
        for _, result in map_chunks(simulate_cows, tasks, running, [len(task.rows) for task in tasks], progress,
                                    unit="cow"):
            results.append(result)
            if on_progress is not None:
                on_progress(sum(len(reasons) for _, _, reasons in results), n)
    results.sort(key=lambda result: result[0])
    summaries = np.concatenate([summary for _, summary, _ in results])
    reasons = [reason for _, _, chunk in results for reason in chunk]
    table["accepted"] = [reason == "" for reason in reasons]
    table["rejection"] = reasons
    for index, column in enumerate(SUMMARY_COLUMNS):
        table[column] = summaries[:, index]
    return HerdRun(table)
