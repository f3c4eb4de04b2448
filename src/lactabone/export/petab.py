"""PEtab (format version 1) export of the calibration problem: the calibrated parameters and their targets.

The problem is the one ``lactabone calibrate`` solves for the species
(``lactabone.calibration.calibrate.PROBLEMS``: the parameters of provenance
``calibrated`` with their bounds, and their goals: C1, C3 and S3 for
women, S8 and C4 for mice, S8 for rats), written as

- ``model.xml``: the SBML export of the scenario with the most schedule
  segments among the problem's scenarios (pregnancy to weaning); SBML time 0 is
  the condition's ``start_day``;
- ``conditions.tsv``: one condition per scenario of the targets (women:
  ``one_infant`` from delivery, ``pregnancy`` from conception; rodents: the
  21-day ``lactation`` of S8), setting ``start_day`` and the
  ``schedule_<k>_<input>`` constants (unused segments start on day 1e9);
- ``observables.tsv``, ``measurements.tsv``: one observable per goal. A goal on a
  mean over days (C1, C3 absorption, C4) becomes one measurement on every
  output day of that window (the days lactabone averages), each with noise
  ``scale * sqrt(n)`` so that together they weigh as one goal (the sum of
  squares is the squared misfit of the mean plus the window's variance over
  the squared scale). Ratios to a
  non-nursing or pre-pregnant woman divide by ``reference_<term>``, the
  pre-pregnant steady state (C1's PTHrP of a woman who does not nurse is her
  non-mammary PTHrP, the pre-pregnant value, on every day);
- ``parameters.tsv``: the calibrated parameters, estimated within their bounds
  (log10 scale unless a bound is 0);
- ``problem.yaml``, which ``petablint`` checks.

As with every SBML export, the exported initial state and references are
lactabone's for the stored parameter values: a tool that changes a
calibrated parameter does not re-settle them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from ..calibration.calibrate import PROBLEMS
from ..parameters import parameter_set
from ..scenario import Scenario, ScenarioError, scenario_from_dict
from ..simulation import parameter_values
from ..validation import experiments, measures, runs
from .sbml import SCHEDULE_INPUTS, schedule_inputs, write_sbml

#: Spacing of the measurements standing for a mean over a window [d]: lactabone's daily output grid.
MEAN_STEP_DAYS = 1.0
#: Start day of schedule segments a condition does not use [d].
UNUSED_SEGMENT_DAY = 1e9
#: The target scenarios of each species, as PEtab conditions.
CONDITIONS = {"human": {"one_infant": runs.ONE_INFANT, "pregnancy": measures.PREGNANCY},
              "mouse": {"lactation": experiments.MOUSE},
              "rat": {"lactation": experiments.RAT}}


@dataclass(frozen=True)
class Observation:
    """How a calibration measure is observed: condition, formula in the exported ids, days since delivery."""

    condition: str
    formula: str
    first_day: float
    last_day: float | None = None  # a mean over [first_day, last_day]; None: the value on first_day

    def days(self) -> np.ndarray:
        """The measurement days, days since delivery."""
        if self.last_day is None:
            return np.array([self.first_day])
        return np.arange(self.first_day, self.last_day + 1e-9, MEAN_STEP_DAYS)


#: Each measure of ``calibrate.CALIBRATION`` (by function name), as a PEtab observation.
OBSERVATIONS = {
    "pthrp_lactation_ratio": Observation("one_infant", "pthrp / reference_pthrp", *measures.NURSING_DAYS),
    "calcitriol_lactation_ratio": Observation("one_infant", "calcitriol / reference_calcitriol",
                                              *measures.NURSING_DAYS),
    "pregnancy_absorption": Observation("pregnancy", "fractional_calcium_absorption",
                                        *measures.PREGNANCY_ABSORPTION_DAYS),
    "term_calcitriol_ratio": Observation("pregnancy", "calcitriol / reference_calcitriol", -1.0),
    "spine_at_weaning": Observation("one_infant", "bmd_spine_change", measures.WEANING),
    "spine_year_after_weaning": Observation("one_infant", "bmd_spine_change", measures.YEAR_AFTER_WEANING),
    "mouse_skeleton_at_weaning": Observation("lactation", "bmc_whole_body_change", experiments.WEANING_RODENT),
    "mouse_skeleton_four_weeks_after_weaning": Observation("lactation", "bmc_whole_body_change",
                                                           experiments.END_RODENT),
    "rat_skeleton_at_weaning": Observation("lactation", "bmc_whole_body_change", experiments.WEANING_RODENT),
    "mouse_lactation_pthrp": Observation("lactation", "pthrp", *measures.MOUSE_LACTATION_DAYS),
}


#: Species with a PEtab calibration problem: those ``lactabone calibrate`` fits to goals PEtab v1 can observe
#: (not the cow's: its goal is the lowest calcium over two days, and a PEtab observable has no minimum).
SPECIES = tuple(species for species, (_, goals) in PROBLEMS.items()
                if all(goal.measure.__name__ in OBSERVATIONS for goal in goals))


def _tables(species: str) -> tuple[Scenario, dict[str, pd.DataFrame]]:
    """The scenario whose model is exported and the PEtab tables."""
    scenarios = {name: scenario_from_dict({**mapping, "species": species})
                 for name, mapping in CONDITIONS[species].items()}
    bounds, goals = PROBLEMS[species]
    segments = {name: schedule_inputs(scenario, parameter_values(scenario))
                for name, scenario in scenarios.items()}
    widest = max(segments, key=lambda name: len(segments[name]))
    slots = len(segments[widest])
    conditions = []
    for name, scenario in scenarios.items():
        row = {"conditionId": name, "start_day": scenario.start_day}
        for number in range(slots):
            values = segments[name][number] if number < len(segments[name]) else {
                **segments[name][-1], "segment_start_day": UNUSED_SEGMENT_DAY}
            row.update({f"schedule_{number}_{key}": values[key] for key in SCHEDULE_INPUTS})
        conditions.append(row)

    observables, measurements = [], []
    for goal in goals:
        observation = OBSERVATIONS[goal.measure.__name__]
        days = observation.days()
        identifier = goal.measure.__name__
        observables.append({**observable_row(goal), "observableTransformation": "lin"})
        start = scenarios[observation.condition].start_day
        measurements += [{"observableId": identifier, "simulationConditionId": observation.condition,
                          "measurement": goal.goal, "time": float(day - start)} for day in days]

    parameters = parameter_set(species)
    rows = []
    for name, (lower, upper) in bounds.items():
        logarithmic = lower > 0
        rows.append({"parameterId": name, "parameterName": parameters[name].description,
                     "parameterScale": "log10" if logarithmic else "lin", "lowerBound": lower, "upperBound": upper,
                     "nominalValue": parameters[name].value, "estimate": 1})
    return scenarios[widest], {
        "conditions": pd.DataFrame(conditions), "observables": pd.DataFrame(observables),
        "measurements": pd.DataFrame(measurements), "parameters": pd.DataFrame(rows)}


def observable_row(goal) -> dict:
    """A calibration goal's PEtab observable (v1 and v2): its id, name, formula and normal noise.

    The noise is the goal's scale times the square root of the number of days
    the measure averages, so the summed residuals weigh the goal as the fit does.
    """
    observation = OBSERVATIONS[goal.measure.__name__]
    return {"observableId": goal.measure.__name__,
            "observableName": f"{goal.target}: {goal.measure.__doc__.splitlines()[0]}"
                              + (" (one-sided in lactabone)" if goal.one_sided else ""),
            "observableFormula": observation.formula,
            "noiseFormula": repr(goal.scale * math.sqrt(observation.days().size)),
            "noiseDistribution": "normal"}


def write_petab(scenario: Scenario, folder: Path) -> Path:
    """Write the calibration problem of the scenario's species to ``folder``; return ``problem.yaml``.

    Raises :class:`ScenarioError` for a species without a calibration problem here.
    """
    if scenario.species not in SPECIES:
        raise ScenarioError(f"species = {scenario.species!r}: no PEtab calibration problem (its goals are not "
                            f"PEtab v1 observables); allowed: {', '.join(SPECIES)}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    modelled, tables = _tables(scenario.species)
    write_sbml(modelled, folder / "model.xml")
    for name, table in tables.items():
        table.to_csv(folder / f"{name}.tsv", sep="\t", index=False)
    problem = {"format_version": 1, "parameter_file": "parameters.tsv", "problems": [{
        "sbml_files": ["model.xml"], "condition_files": ["conditions.tsv"],
        "measurement_files": ["measurements.tsv"], "observable_files": ["observables.tsv"]}]}
    path = folder / "problem.yaml"
    path.write_text(yaml.safe_dump(problem, sort_keys=False))
    return path
