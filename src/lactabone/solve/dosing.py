"""Dose tables: each drug's linear pharmacokinetics solved in closed form and bound into the solver's vector.

For a drug with transfer matrix ``K = V diag(lambda) V^-1``
(``lactabone.model.pharmacokinetics.transfer_matrix``), the amounts between
dose ``k`` and the next are

    x(t) = V diag(exp(lambda (t - t_k))) z_k,   z_k = V^-1 x(t_k+)   [mg]

so the right-hand side reads them with one binary search and one exponential
per compartment (:func:`pk_amount`), with no solver restart at any dose.
A table is laid out as ``[n, m, lambda_1..m, V (m x m, row-major), then n
rows of (t_k, z_k1..m)]`` after the parameters and inputs (n doses, m =
len(COMPARTMENTS) modes, stored so the compiled reader depends on no Python
constant); the drug's ``<drug>_dose_table`` input holds where it starts (-1:
the drug is not given).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from math import exp

import numba
import numpy as np
import sympy as sp

from ..model.pharmacokinetics import COMPARTMENTS, DRUG_ROUTES, dose_table_input, entry, transfer_matrix

_MODES = len(COMPARTMENTS)
#: Relative nudge separating coinciding rates (a matrix with repeated eigenvalues may not be diagonalisable).
_NUDGE = 1e-7
#: Largest condition number of the eigenvector matrix before rates are nudged apart.
_WORST_CONDITION = 1e8


@dataclass(frozen=True)
class Dose:
    """One administration: the day, the drug, the compartment it enters and the amount arriving [mg]."""

    day: float
    drug: str
    compartment: str
    amount: float


def doses_of(scenario, values: dict[str, float]) -> list[Dose]:
    """Every dose of a scenario, with the amount arriving in its entry compartment [mg]."""
    doses = []
    for drug in scenario.drugs:
        dose_mg = drug.milligrams if drug.milligrams is not None else drug.dose_mg_per_kg * values["body_weight"]
        compartment, bioavailability = entry(drug.name, drug.route)
        fraction = values[bioavailability.name] if isinstance(bioavailability, sp.Symbol) else float(bioavailability)
        doses += [Dose(float(day), drug.name, compartment, dose_mg * fraction) for day in drug.days]
    return sorted(doses, key=lambda dose: dose.day)


@functools.cache
def _numeric_transfer_matrix(drug: str):
    """The drug's transfer matrix as a function of its parameter values, and the names it needs."""
    matrix = transfer_matrix(drug)
    names = sorted(symbol.name for symbol in matrix.free_symbols)
    return sp.lambdify([sp.Symbol(name, real=True) for name in names], matrix, modules="numpy"), names


def _decomposition(drug: str, values: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    """Eigenvalues [1/d] and eigenvectors of the drug's numeric transfer matrix."""
    function, names = _numeric_transfer_matrix(drug)
    numeric = np.array(function(*(values[name] for name in names)), dtype=float)
    eigenvalues, vectors = np.linalg.eig(numeric)
    if np.linalg.cond(vectors) > _WORST_CONDITION:  # two rates coincide: separate them by a relative 1e-7
        numeric = numeric @ np.diag(1 + _NUDGE * np.arange(1, _MODES + 1))
        eigenvalues, vectors = np.linalg.eig(numeric)
    return eigenvalues.real, vectors.real


def dose_table(drug: str, doses: list[Dose], values: dict[str, float]) -> np.ndarray:
    """The closed-form table of one drug's doses (see the module docstring)."""
    eigenvalues, vectors = _decomposition(drug, values)
    days, where = np.unique([dose.day for dose in doses], return_inverse=True)
    entering = np.zeros((days.size, _MODES))  # amounts entering each compartment on each dose day [mg]
    np.add.at(entering, (where, [COMPARTMENTS.index(dose.compartment) for dose in doses]),
              [dose.amount for dose in doses])
    rows = _modal_rows(days, entering @ np.linalg.inv(vectors).T, eigenvalues)
    return np.concatenate(([days.size, _MODES], eigenvalues, vectors.ravel(), rows.ravel()))


@numba.njit(cache=True)
def _modal_rows(days, given, eigenvalues):
    """Rows (t_k, z_k): modal amounts just after each dose day, carried forward between doses."""
    rows = np.empty((days.size, 1 + eigenvalues.size))
    modal = np.zeros(eigenvalues.size)
    for index in range(days.size):
        if index > 0:
            modal = modal * np.exp(eigenvalues * (days[index] - days[index - 1]))
        modal = modal + given[index]
        rows[index, 0] = days[index]
        rows[index, 1:] = modal
    return rows


def bind_doses(layout: tuple[str, ...], base: np.ndarray, doses: list[Dose],
               values: dict[str, float]) -> np.ndarray:
    """``base`` with every dosed drug's table appended and its ``<drug>_dose_table`` input pointing at it."""
    slots = _dose_table_slots(layout)
    vector = [np.asarray(base, dtype=float).copy()]
    vector[0][list(slots.values())] = -1.0
    if not doses:
        return vector[0]
    size = base.size
    for drug in DRUG_ROUTES:
        given = [dose for dose in doses if dose.drug == drug]
        if given:
            table = dose_table(drug, given, values)
            vector[0][slots[drug]] = size
            vector.append(table)
            size += table.size
    return np.concatenate(vector)


_slots: dict[tuple[str, ...], dict[str, int]] = {}


def _dose_table_slots(layout: tuple[str, ...]) -> dict[str, int]:
    """Each drug's ``<drug>_dose_table`` position in ``layout`` (looked up once per layout)."""
    if layout not in _slots:
        _slots[layout] = {drug: layout.index(dose_table_input(drug)) for drug in DRUG_ROUTES}
    return _slots[layout]


@numba.njit(cache=True, inline="always")
def pk_amount(t, p, slot, compartment):
    """Amount of a drug in ``compartment`` (index in COMPARTMENTS) at time ``t`` [mg] from its dose table.

    Inlined into the right-hand side: called there once per dosed amount (nine times a call, each finding no
    table when no drug is given), a call of its own cost about 7% of the right-hand side."""
    start = int(p[slot])
    if start < 0:
        return 0.0
    count = int(p[start])
    modes = int(p[start + 1])
    rates = start + 2
    vectors = rates + modes
    first = vectors + modes * modes
    width = 1 + modes
    if t < p[first]:
        return 0.0
    low, high = 0, count - 1
    while low < high:
        middle = (low + high + 1) // 2
        if p[first + width * middle] <= t:
            low = middle
        else:
            high = middle - 1
    row = first + width * low
    elapsed = t - p[row]
    total = 0.0
    for mode in range(modes):
        total += p[vectors + modes * compartment + mode] * p[row + 1 + mode] * exp(p[rates + mode] * elapsed)
    return total

