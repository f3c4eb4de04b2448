"""PEtab v2 export of the calibration problem: the reproductive timeline as the experiments table.

The same problem as the v1 export (:mod:`lactabone.export.petab`: the
calibrated parameters of ``lactabone.calibration.calibrate.PROBLEMS`` and
their goals), written for PEtab 2.0 (``petab.v2``):

- ``model.xml``: the SBML export of the scenario with the most schedule
  segments among the problem's scenarios; SBML time 0 is the experiment's
  ``start_day``;
- ``experiments.tsv``: one experiment per target scenario (women:
  ``one_infant`` from delivery, ``pregnancy`` from conception; rodents: the
  21-day ``lactation``), one period per segment of its reproductive timeline
  (pregnancy, nursing, weaning, recovery), starting at the segment's first day;
- ``conditions.tsv``: the condition of each period sets the inputs the segment
  binds (``segment_start_day``, nursing and gestation with their slopes, the
  diet); the first period also sets ``start_day`` and moves the SBML's own
  schedule events past the end (``schedule_<k>_segment_start_day`` = 1e9), so
  the periods, not the events, carry the timeline;
- ``observables.tsv``: one observable per goal, normal noise (a goal on a mean
  over days is one measurement per day, noise ``scale * sqrt(n)``, as in v1);
- ``measurements.tsv``: the goals, with the target id and its citation in the
  extra columns ``targetId`` and ``citation``;
- ``parameters.tsv``: the calibrated parameters, estimated within their bounds
  (PEtab v2 estimates on the linear scale; the bounds are lactabone's);
- ``problem.yaml`` (format 2.0.0), which ``petab.v2.lint_problem`` checks.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

from ..calibration.calibrate import PROBLEMS
from ..parameters import parameter_set
from ..scenario import Scenario, ScenarioError, scenario_from_dict
from ..simulation import parameter_values
from .petab import CONDITIONS, OBSERVATIONS, SPECIES, UNUSED_SEGMENT_DAY, observable_row
from .sbml import SCHEDULE_INPUTS, schedule_inputs, write_sbml

FORMAT_VERSION = "2.0.0"
MODEL_ID = "lactabone"


def _citations() -> dict[str, str]:
    from ..validation.catalogue import list_targets

    return {target.id: target.citation for target in list_targets()}


def _timeline(name: str, scenario: Scenario, segments: list[dict[str, float]], slots: int) -> tuple[list, list]:
    """Experiment rows and condition rows of one scenario: a period per schedule segment."""
    experiments, conditions = [], []
    for number, values in enumerate(segments):
        condition = f"{name}_period_{number}"
        experiments.append({"experimentId": name, "time": float(values["segment_start_day"] - scenario.start_day)
                            if number else 0.0, "conditionId": condition})
        changes = {key: values[key] for key in SCHEDULE_INPUTS}
        if number == 0:
            changes["start_day"] = scenario.start_day
            changes.update({f"schedule_{slot}_segment_start_day": UNUSED_SEGMENT_DAY for slot in range(1, slots)})
        conditions += [{"conditionId": condition, "targetId": key, "targetValue": value}
                       for key, value in changes.items()]
    return experiments, conditions


def tables(species: str) -> tuple[Scenario, dict[str, pd.DataFrame]]:
    """The scenario whose model is exported and the PEtab v2 tables of the species' calibration problem."""
    scenarios = {name: scenario_from_dict({**mapping, "species": species})
                 for name, mapping in CONDITIONS[species].items()}
    bounds, goals = PROBLEMS[species]
    segments = {name: schedule_inputs(scenario, parameter_values(scenario)) for name, scenario in scenarios.items()}
    widest = max(segments, key=lambda name: len(segments[name]))
    experiments, conditions = [], []
    for name, scenario in scenarios.items():
        rows, changes = _timeline(name, scenario, segments[name], len(segments[widest]))
        experiments += rows
        conditions += changes

    citations = _citations()
    observables, measurements = [], []
    for goal in goals:
        observation = OBSERVATIONS[goal.measure.__name__]
        days = observation.days()
        identifier = goal.measure.__name__
        observables.append(observable_row(goal))
        start = scenarios[observation.condition].start_day
        measurements += [{"observableId": identifier, "experimentId": observation.condition,
                          "time": float(day - start), "measurement": goal.goal, "targetId": goal.target,
                          "citation": citations.get(goal.target, "")} for day in days]

    parameters = parameter_set(species)
    rows = [{"parameterId": name, "parameterName": parameters[name].description, "lowerBound": lower,
             "upperBound": upper, "nominalValue": parameters[name].value, "estimate": "true"}
            for name, (lower, upper) in bounds.items()]
    return scenarios[widest], {
        "experiments": pd.DataFrame(experiments), "conditions": pd.DataFrame(conditions),
        "observables": pd.DataFrame(observables), "measurements": pd.DataFrame(measurements),
        "parameters": pd.DataFrame(rows)}


def write_petab_v2(scenario: Scenario, folder: Path | str) -> Path:
    """Write the PEtab v2 calibration problem of the scenario's species to ``folder``; return ``problem.yaml``.

    Raises :class:`ScenarioError` for a species without a calibration problem PEtab can observe.
    """
    if scenario.species not in SPECIES:
        raise ScenarioError(f"species = {scenario.species!r}: no PEtab calibration problem (its goals are not "
                            f"PEtab observables); allowed: {', '.join(SPECIES)}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    modelled, written = tables(scenario.species)
    write_sbml(modelled, folder / "model.xml")
    for name, table in written.items():
        table.to_csv(folder / f"{name}.tsv", sep="\t", index=False)
    problem = {"format_version": FORMAT_VERSION, "parameter_files": ["parameters.tsv"],
               "model_files": {MODEL_ID: {"location": "model.xml", "language": "sbml"}},
               "measurement_files": ["measurements.tsv"], "condition_files": ["conditions.tsv"],
               "experiment_files": ["experiments.tsv"], "observable_files": ["observables.tsv"]}
    path = folder / "problem.yaml"
    path.write_text(yaml.safe_dump(problem, sort_keys=False))
    return path
