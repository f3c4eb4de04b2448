"""Simulate a chunk of virtual subjects: reject the implausible, summarise each, stream band statistics.

This is the unit of work an executor runs. It returns per-subject summaries
(a few numbers each) and either the band histograms of its accepted subjects
or, for the pilot chunk that sets the histogram grid, their trajectories.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..results.dataset import reported_series
from ..results.outputs import OUTPUTS, UNITS
from ..results.sites import shows_site
from ..scenario import Scenario, ScenarioError
from ..simulation import SolverSettings, parameter_values, prepare, solve_prepared
from ..solve.integrate import SolverError, Tolerances
from .bands import BandAccumulator
from .executors import stop_if_interrupted
from .plausibility import constraints, first_violation
from .variability import Variation, unchecked_subject

#: Outputs summarised as percentile bands over time.
BAND_OUTPUTS = ("serum_calcium", "pth", "pthrp", "calcitriol", "milk_calcium", "bmd_spine_change",
                "bmd_femoral_neck_change", "bmd_hip_change", "bmd_radius_change", "bmd_femur_change")
#: Subjects solved between two additions to the histograms (bounds a worker's memory: 500 subjects' band
#: trajectories of 546 days are 20 MB; each addition costs about 10 ms whatever its size).
FLUSH_EVERY = 500
#: How each subject of a population or a sensitivity analysis is solved: its steady state is not kept
#: (every subject has its own) and is settled from the root Newton's method finds; only the states that the
#: requested outputs need are integrated (not the calcium ledger or trabecular number: 17 of 24 states for a
#: population's outputs); the pregnancy lead-in and the scenario are integrated at relative and absolute
#: tolerance 5e-5, not a single run's 1e-7. On the same 1,000 subjects (seed 2,
#: examples/one_infant_6_months.toml, benchmarks/bench_population_tolerance.py) that moves the spine aBMD
#: change at weaning by at most 1.77e-3 points from the full model at 1e-7 (the population's SD is 1.9 points,
#: a band's bin about 0.07 points), accepts and rejects the same subjects, and saves about 40% of a
#: subject's time against 1e-7 (docs/populations.md). At 1e-4 the ledger's tight absolute error control no longer
#: shortens the steps, and the largest difference grew to 2.8e-3 points: hence 5e-5.
SUBJECT_SOLVER = SolverSettings(tolerances=Tolerances(relative=5e-5, absolute=5e-5), cache_steady_state=False,
                                newton_start=True, only_needed_states=True)


@dataclass(frozen=True)
class Summary:
    """One per-subject summary: an output reduced over a window of the first cycle."""

    name: str
    output: str
    reduction: str  # "nursing mean" (day 1 to weaning), "at weaning", "minimum", "maximum", "at end"
    meaning: str

    @property
    def unit(self) -> str:
        """The output's unit."""
        return UNITS[self.output]


SUMMARIES = (
    Summary("pthrp_nursing_mean", "pthrp", "nursing mean", "mean circulating PTHrP, day 1 to weaning"),
    Summary("pth_nursing_mean", "pth", "nursing mean", "mean intact PTH, day 1 to weaning"),
    Summary("milk_calcium_nursing_mean", "milk_calcium", "nursing mean", "mean milk calcium, day 1 to weaning"),
    Summary("serum_calcium_minimum", "serum_calcium", "minimum", "lowest total serum calcium"),
    Summary("serum_calcium_maximum", "serum_calcium", "maximum", "highest total serum calcium"),
    Summary("spine_change_at_weaning", "bmd_spine_change", "at weaning", "lumbar spine aBMD change at weaning"),
    Summary("femoral_neck_change_at_weaning", "bmd_femoral_neck_change", "at weaning",
            "femoral neck aBMD change at weaning"),
    Summary("hip_change_at_weaning", "bmd_hip_change", "at weaning", "total hip aBMD change at weaning"),
    Summary("radius_change_at_weaning", "bmd_radius_change", "at weaning", "radius aBMD change at weaning"),
    Summary("femur_change_at_weaning", "bmd_femur_change", "at weaning", "whole-femur aBMD change at weaning"),
    Summary("spine_change_nadir", "bmd_spine_change", "minimum", "lowest lumbar spine aBMD change"),
    Summary("spine_change_at_end", "bmd_spine_change", "at end", "lumbar spine aBMD change on the last day"),
)


def shown_summaries(species: str) -> tuple[Summary, ...]:
    """The summaries of the sites a species' results show (rodents: no hip, femoral neck or radius)."""
    return tuple(summary for summary in SUMMARIES if shows_site(species, summary.output))


def shown_band_outputs(species: str) -> tuple[str, ...]:
    """The band outputs of the sites a species' results show."""
    return tuple(name for name in BAND_OUTPUTS if shows_site(species, name))


@dataclass(frozen=True)
class ChunkTask:
    """Subjects ``first``..``first + len(factors)`` of a population, with their variability factors."""

    scenario: Scenario
    first: int
    factors: np.ndarray
    variations: tuple[Variation, ...]
    grid: dict[str, tuple[float, float]] | None


@dataclass
class ChunkResult:
    """Per-subject summaries and reasons ('' when accepted), and the chunk's band statistics or trajectories."""

    first: int
    summaries: np.ndarray  # (subjects, len(SUMMARIES))
    reasons: list[str]
    bands: BandAccumulator | None
    trajectories: dict[str, np.ndarray] | None


def terms_of(outputs: tuple[str, ...]) -> tuple[str, ...]:
    """The model terms and states that the public ``outputs`` read: what a subject's solve must compute."""
    return tuple(sorted({output.term for output in OUTPUTS if output.name in outputs}))


def _summarise(series: dict[str, np.ndarray], days: np.ndarray, weaning: float, nursing: np.ndarray) -> np.ndarray:
    values = []
    for summary in SUMMARIES:
        data = series[summary.output]
        if summary.reduction == "nursing mean":
            values.append(float(np.mean(data[nursing])) if nursing.any() else np.nan)
        elif summary.reduction == "at weaning":
            values.append(float(np.interp(weaning, days, data)))
        elif summary.reduction == "minimum":
            values.append(float(np.min(data)))
        elif summary.reduction == "maximum":
            values.append(float(np.max(data)))
        else:
            values.append(float(data[-1]))
    return np.array(values)


def simulate_chunk(task: ChunkTask) -> ChunkResult:
    """Simulate, check and summarise each subject of ``task`` (run by an executor's worker)."""
    nominal = parameter_values(task.scenario)
    limits = constraints(task.scenario)
    weaning = float(task.scenario.nursing.weaning_day)
    needed = tuple(set(BAND_OUTPUTS) | {item.output for item in SUMMARIES} | {limit.output for limit in limits})
    prepared = prepare(task.scenario, terms_of(needed), SUBJECT_SOLVER)  # validated once for every subject
    summaries = np.full((len(task.factors), len(SUMMARIES)), np.nan)
    reasons: list[str] = []
    pending: dict[str, list[np.ndarray]] = {name: [] for name in BAND_OUTPUTS}
    bands = None
    for row, factors in enumerate(task.factors):
        stop_if_interrupted()
        try:
            subject = unchecked_subject(prepared.scenario, factors, task.variations, nominal)
            solution = solve_prepared(prepared, subject)
        except (SolverError, ScenarioError) as error:
            reasons.append(f"solver failed: {' '.join(str(error).split())}")
            continue
        days = solution.days
        series = reported_series(days, solution.values, solution.pre_pregnant, subject.reference_day, needed)
        nursing = (days >= 1) & (days <= weaning)
        full_nursing = (days >= 1) & (days <= max(float(subject.nursing.exclusive_days), 1.0))
        summaries[row] = _summarise(series, days, weaning, nursing)
        reason = first_violation(limits, series, full_nursing)
        reasons.append(reason or "")
        if reason is None:
            for name in BAND_OUTPUTS:
                pending[name].append(series[name].astype(np.float32 if task.grid is None else float))
        if task.grid is not None and len(pending[BAND_OUTPUTS[0]]) >= FLUSH_EVERY:
            bands = _flush(bands, task.grid, pending)
    if task.grid is None:
        trajectories = {name: np.array(rows) for name, rows in pending.items()}
        return ChunkResult(task.first, summaries, reasons, None, trajectories)
    return ChunkResult(task.first, summaries, reasons, _flush(bands, task.grid, pending), None)


def _flush(bands: BandAccumulator | None, grid: dict, pending: dict[str, list[np.ndarray]]) -> BandAccumulator | None:
    if not pending[BAND_OUTPUTS[0]]:
        return bands
    if bands is None:
        bands = BandAccumulator(grid, len(pending[BAND_OUTPUTS[0]][0]))
    bands.add({name: np.array(rows) for name, rows in pending.items()})
    for rows in pending.values():
        rows.clear()
    return bands
