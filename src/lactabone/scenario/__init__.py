"""Scenarios: the validated description of one simulation and its reproductive timeline.

A scenario is a TOML (or YAML) file whose keys are the contract in SPEC.md
("Public interface"); :func:`load_scenario` reads and validates one,
:func:`scenario_from_dict` validates a mapping, and :func:`build_schedule` turns
the reproductive timeline into piecewise-linear model inputs.
"""
from lactabone.scenario.errors import ScenarioError
from lactabone.scenario.io import load_scenario, scenario_from_dict
from lactabone.scenario.schedule import Segment, build_schedule
from lactabone.scenario.schema import Cycle, Diet, Drug, Nursing, Scenario

__all__ = [
    "Cycle",
    "Diet",
    "Drug",
    "Nursing",
    "Scenario",
    "ScenarioError",
    "Segment",
    "build_schedule",
    "load_scenario",
    "scenario_from_dict",
]
