"""Solve one scenario for the page: its outputs, the terms the circuit draws, and their pre-pregnant values."""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
import streamlit as st
import xarray as xr

from lactabone.results.io import results_table
from lactabone.scenario import Scenario, scenario_from_dict
from lactabone.simulation import results_dataset, solve

from .circuit import CIRCUIT_TERMS


@dataclass(frozen=True)
class Run:
    """One solved scenario.

    Attributes
    ----------
    scenario : Scenario
        The validated scenario.
    dataset : xarray.Dataset
        Its outputs (what ``lactabone.simulate`` returns).
    terms : dict of str to numpy.ndarray
        The circuit's terms (:data:`~lactabone.app.circuit.CIRCUIT_TERMS`) over ``dataset.day``, in their units.
    pre_pregnant : dict of str to float
        Every term's value in the pre-pregnant steady state (the not-nursing mother).
    """

    scenario: Scenario
    dataset: xr.Dataset
    terms: dict[str, np.ndarray]
    pre_pregnant: dict[str, float]

    @property
    def days(self) -> np.ndarray:
        """Output days [d since delivery]."""
        return np.asarray(self.dataset["day"].values, dtype=float)

    def csv(self) -> str:
        """The results as ``lactabone run`` writes ``results.csv`` (units in the headers)."""
        return results_table(self.dataset).to_csv(index=False)

    def toml(self) -> str:
        """The scenario as a file ``lactabone run`` accepts."""
        return self.scenario.to_toml()


def run_scenario(mapping: dict) -> Run:
    """Validate and solve a scenario given by its keys.

    Raises
    ------
    ScenarioError
        Bad input, with the command line's one-line message.
    SolverError
        The solver failed.
    """
    scenario = scenario_from_dict(mapping)
    solution = solve(scenario)
    terms = {name: np.asarray(solution.values[name], dtype=float) for name in CIRCUIT_TERMS}
    return Run(scenario, results_dataset(scenario, solution), terms, dict(solution.pre_pregnant))


@st.cache_data(max_entries=64, show_spinner="solving ...")
def _cached(mapping_json: str) -> Run:
    return run_scenario(json.loads(mapping_json))


def cached_run(mapping: dict) -> Run:
    """:func:`run_scenario`, kept by Streamlit per scenario so a rerun of the page does not solve again."""
    return _cached(json.dumps(mapping, sort_keys=True))
