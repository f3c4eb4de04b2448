"""Linear pharmacokinetics of the drugs: depot -> central <-> bone, and the effect site; amounts in mg.

Every drug is one linear, time-invariant compartment model::

    d depot/dt   = - k_a depot
    d central/dt =   k_a depot - (k_e + k_b) central + k_r bone
    d bone/dt    =                  k_b central      - k_r bone
    d transit/dt = 3/2 k_0 (source - transit)
    d effect/dt  =   3 k_0 (transit - effect)

with ``k_a = <drug>_absorption_rate``, ``k_e = <drug>_elimination_rate``,
``k_b = <drug>_bone_uptake_rate``, ``k_r = <drug>_bone_release_rate`` and
``k_0 = <drug>_effect_rate`` (1/d). The effect site (Sheiner 1979 Clin
Pharmacol Ther 25:358) holds no mass: it follows the compartment the drug
acts from (:data:`EFFECT_SOURCE`: the central compartment, or the bone surface
for bisphosphonates, which osteoclasts take up as they resorb) through two
transit stages (Sun & Jusko 1998 J Pharm Sci 87:732), with a mean delay of
1/k_0 and a smooth onset, and the drug arm reads it. A dose of D mg enters the
central compartment when given iv, and ``<drug>_bioavailability_<route>`` x D
enters the depot otherwise. For the calcium salts (:data:`CALCIUM_SALTS`) the
dose is elemental calcium, the central compartment is the calcium given but
not yet in the extracellular fluid (the infusion still running, or calcium
crossing the gut wall), and its elimination is its entry into the blood.

:func:`transfer_matrix` is the one definition. Because the model is linear,
the amounts at any time are a sum of exponentials over the doses already
given; lactabone's solver evaluates that sum in closed form inside the
right-hand side (``lactabone.solve.dosing``), so daily dosing costs no solver
restart. The SBML export writes the same matrix as rate rules and each dose
as an event. In the equations, the amount of a drug in a compartment appears
as :func:`dosed_amount` ``(t)``, an applied function of time.
"""

from __future__ import annotations

import functools

import sympy as sp

from .core import p, time

COMPARTMENTS = ("depot", "central", "bone", "transit", "effect")
#: Routes each drug can be given by, as registered and labelled.
DRUG_ROUTES: dict[str, tuple[str, ...]] = {
    "denosumab": ("sc", "iv"),
    "opg_fc": ("sc", "iv"),
    "zoledronate": ("iv", "sc"),
    "alendronate": ("oral", "iv"),
    "calcitonin": ("sc", "iv", "nasal"),
    "calcium_borogluconate": ("iv",),
    "oral_calcium": ("oral",),
}
#: Unit of every dosed amount.
DOSED_UNIT = "mg"
#: The compartment each drug acts from: its effect site follows it.
EFFECT_SOURCE = {"denosumab": "central", "opg_fc": "central", "zoledronate": "bone", "alendronate": "bone",
                 "calcitonin": "central", "calcium_borogluconate": "central", "oral_calcium": "central"}
#: Calcium salts: their dose is calcium [mg], and what leaves their central compartment enters the blood.
CALCIUM_SALTS = ("calcium_borogluconate", "oral_calcium")
#: Prefix of the applied functions standing for dosed amounts in the equations.
DOSED_PREFIX = "dosed_"


def rate_symbols(drug: str) -> dict[str, sp.Symbol]:
    """The rate parameters of a drug [1/d]: absorption, elimination, bone uptake, bone release, effect."""
    return {kind: getattr(p, f"{drug}_{kind}_rate") for kind in ("absorption", "elimination", "bone_uptake",
                                                                 "bone_release", "effect")}


def transfer_matrix(drug: str) -> sp.Matrix:
    """K with d(amounts)/dt = K amounts, amounts ordered as :data:`COMPARTMENTS` [1/d]."""
    k = rate_symbols(drug)
    # two stages at 3/2 k_0 and 3 k_0: mean delay 1/k_0, a smooth onset, distinct rates (diagonalisable)
    first, second = sp.Rational(3, 2) * k["effect"], 3 * k["effect"]
    transit_row = [0, 0, 0, -first, 0]
    transit_row[COMPARTMENTS.index(EFFECT_SOURCE[drug])] = first
    return sp.Matrix([
        [-k["absorption"], 0, 0, 0, 0],
        [k["absorption"], -(k["elimination"] + k["bone_uptake"]), k["bone_release"], 0, 0],
        [0, k["bone_uptake"], -k["bone_release"], 0, 0],
        transit_row,
        [0, 0, 0, second, -second],
    ])


def entry(drug: str, route: str) -> tuple[str, sp.Expr]:
    """Where a dose goes and the fraction of it that arrives: (compartment, bioavailability)."""
    if route == "iv":
        return "central", sp.Integer(1)
    return "depot", getattr(p, f"{drug}_bioavailability_{route}")


@functools.cache
def dosed_amount(drug: str, compartment: str) -> sp.Function:
    """The applied function ``dosed_<drug>_<compartment>`` standing for the drug's amount there [mg]."""
    if drug not in DRUG_ROUTES or compartment not in COMPARTMENTS:
        raise KeyError(f"no dosed amount for {drug!r} in {compartment!r}")
    return sp.Function(f"{DOSED_PREFIX}{drug}_{compartment}", real=True)


def dosed(drug: str, compartment: str) -> sp.Expr:
    """The amount of ``drug`` in ``compartment`` at model time [mg], as used in the equations."""
    return dosed_amount(drug, compartment)(time)


def parse_dosed(name: str) -> tuple[str, str]:
    """(drug, compartment) of a dosed-amount function name; raises KeyError for other names."""
    if name.startswith(DOSED_PREFIX):
        rest = name[len(DOSED_PREFIX):]
        for compartment in COMPARTMENTS:
            drug = rest[: -len(compartment) - 1]
            if rest.endswith("_" + compartment) and drug in DRUG_ROUTES:
                return drug, compartment
    raise KeyError(name)


def dose_table_input(drug: str) -> str:
    """Name of the bound input locating a drug's dose table in the solver's parameter vector."""
    return f"{drug}_dose_table"


def pharmacokinetic_parameters() -> set[str]:
    """Names of every parameter the pharmacokinetics use (rates and bioavailabilities)."""
    names = set()
    for drug, routes in DRUG_ROUTES.items():
        names |= {symbol.name for symbol in transfer_matrix(drug).free_symbols}
        names |= {symbol.name for route in routes for symbol in entry(drug, route)[1].free_symbols}
    return names
