"""The likelihood of a PEtab v2 calibration problem, simulated by lactabone itself from the problem's tables.

pyPESTO's PEtab route goes through AMICI (a C++ build of the SBML); instead,
this objective reads the tables that :mod:`lactabone.export.petab_v2` writes
and simulates each experiment with :func:`lactabone.simulation.solve`:

- an experiment is the target scenario of the same name
  (``lactabone.export.petab.CONDITIONS``), with the estimated parameters as
  ``[parameters]`` overrides (so the pre-pregnant steady state is re-settled,
  which the SBML cannot do);
- an observable's formula is evaluated on lactabone's values at the
  measurement's time (days since ``start_day``): an output name is that
  output, ``reference_<term>`` the term's pre-pregnant value, any other name
  a model term;
- the noise model is the table's (normal, standard deviation ``noiseFormula``):
  the negative log-likelihood is ``sum(0.5 ((y - m) / sigma)^2 + log(sqrt(2 pi) sigma))``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import sympy as sp

from ..results.dataset import reported_series
from ..scenario import ScenarioError, scenario_from_dict
from ..simulation import SolverSettings, solve
from ..solve.integrate import SolverError


@dataclass(frozen=True)
class PetabTables:
    """The tables of a PEtab v2 problem folder (``problem.yaml`` and its TSV files)."""

    measurements: pd.DataFrame
    observables: pd.DataFrame
    parameters: pd.DataFrame

    @classmethod
    def read(cls, folder: Path | str) -> "PetabTables":
        """Read ``measurements.tsv``, ``observables.tsv`` and ``parameters.tsv`` from ``folder``."""
        folder = Path(folder)
        return cls(*(pd.read_csv(folder / f"{name}.tsv", sep="\t")
                     for name in ("measurements", "observables", "parameters")))

    @property
    def estimated(self) -> pd.DataFrame:
        """The rows of the estimated parameters."""
        flags = self.parameters["estimate"].astype(str).str.lower().isin(("true", "1"))
        return self.parameters[flags]


class PetabLikelihood:
    """Negative log-likelihood of the estimated parameters [their units], lactabone simulating each experiment.

    Parameters
    ----------
    tables : the problem's tables (:meth:`PetabTables.read`).
    species : the species whose target scenarios the experiments name.
    """

    def __init__(self, tables: PetabTables, species: str):
        from ..export.petab import CONDITIONS

        self.tables, self.species = tables, species
        self.names = list(tables.estimated["parameterId"])
        self.scenarios = CONDITIONS[species]
        self.formulas = {row.observableId: sp.sympify(row.observableFormula)
                         for row in tables.observables.itertuples()}
        self.noise = {row.observableId: float(row.noiseFormula) for row in tables.observables.itertuples()}

    def _observables(self, experiment: str, values: dict[str, float], rows: pd.DataFrame) -> np.ndarray:
        mapping = self.scenarios[experiment]
        scenario = scenario_from_dict({**mapping, "species": self.species,
                                       "parameters": {**mapping.get("parameters", {}), **values}})
        solution = solve(scenario, settings=SolverSettings(cache_steady_state=False))
        series = reported_series(solution.days, solution.values, solution.pre_pregnant, scenario.reference_day)
        simulated = []
        for row in rows.itertuples():
            day = float(row.time) + scenario.start_day
            formula = self.formulas[row.observableId]
            bound = {}
            for symbol in formula.free_symbols:
                name = symbol.name
                if name in series:
                    bound[symbol] = float(np.interp(day, solution.days, series[name]))
                elif name.startswith("reference_"):
                    bound[symbol] = solution.pre_pregnant[name.removeprefix("reference_")]
                else:
                    bound[symbol] = float(np.interp(day, solution.days, solution.values[name]))
            simulated.append(float(formula.subs(bound)))
        return np.array(simulated)

    def simulate(self, values: dict[str, float]) -> np.ndarray:
        """The observables at every measurement, in the measurement table's order."""
        measurements = self.tables.measurements
        simulated = np.empty(len(measurements))
        for experiment, rows in measurements.groupby("experimentId", sort=False):
            simulated[rows.index.to_numpy()] = self._observables(experiment, values, rows)
        return simulated

    def __call__(self, values: dict[str, float]) -> float:
        """The negative log-likelihood; infinite where lactabone cannot solve the scenario."""
        try:
            simulated = self.simulate(values)
        except (SolverError, ScenarioError):
            return math.inf
        measurements = self.tables.measurements
        sigma = measurements["observableId"].map(self.noise).to_numpy()
        residuals = (simulated - measurements["measurement"].to_numpy()) / sigma
        return float(np.sum(0.5 * residuals ** 2 + np.log(np.sqrt(2 * np.pi) * sigma)))
