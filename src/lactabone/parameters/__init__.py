"""Parameter sets, one module per species: value, unit and source for every parameter."""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

import pandas as pd

from ..limits import shorten
from . import cow, human, mouse, rat
from .base import Parameter
from .ranges import range_of

#: Species with a parameter set (share one set of equations).
SPECIES = ("human", "mouse", "rat", "cow")

_MODULES = {"human": human, "mouse": mouse, "rat": rat, "cow": cow}

#: Other spellings accepted for a species, and the one name they stand for.
SPECIES_ALIASES = {"women": "human", "woman": "human", "humans": "human", "mice": "mouse", "rats": "rat",
                   "cows": "cow", "cattle": "cow", "dairy_cow": "cow"}


def species_name(name: str) -> str:
    """The species' one name (``human``, ``mouse``, ``rat``, ``cow``) for it or an alias (``women``, ``mice``).

    Raises ``KeyError`` naming the species and aliases allowed when there is no such species.
    """
    canonical = SPECIES_ALIASES.get(name.strip().lower(), name.strip().lower()) if isinstance(name, str) else name
    if canonical not in _MODULES:
        raise KeyError(f"species {shorten(repr(name))} has no parameter set; allowed: {', '.join(SPECIES)} "
                       f"(or {', '.join(SPECIES_ALIASES)})")
    return canonical


def calibrated_values_path(species: str) -> Path:
    """The file holding a species' calibrated values (written by ``lactabone calibrate --write``)."""
    return Path(__file__).with_name(f"calibrated_{species}.json")


@functools.cache
def parameter_set(species: str) -> dict[str, Parameter]:
    """All parameters of a species, by name, each with its range (``low``, ``high``) from :mod:`.ranges`.

    Raises ``KeyError`` naming the allowed species when there is no such set.
    """
    species = species_name(species)
    parameters = {}
    for parameter in _MODULES[species].PARAMETERS:
        if parameter.name in parameters:
            raise ValueError(f"parameter {parameter.name!r} defined twice for {species}")
        allowed = range_of(parameter.name, parameter.unit, parameter.provenance, parameter.value)
        parameters[parameter.name] = replace(parameter, low=allowed.low, high=allowed.high,
                                             range_reason=allowed.reason)
    return parameters


def parameter_names(species: str) -> tuple[str, ...]:
    """Names of a species' parameters, sorted."""
    return tuple(sorted(parameter_set(species)))


def parameter_table(species: str = "human") -> pd.DataFrame:
    """The parameter table of a species: name, value, unit, allowed low and high, provenance, source, description."""
    rows = [
        {"name": parameter.name, "value": parameter.value, "unit": parameter.unit, "low": parameter.low,
         "high": parameter.high, "provenance": provenance_class(parameter), "source": parameter.source,
         "description": parameter.description}
        for parameter in parameter_set(species).values()
    ]
    return pd.DataFrame(rows).sort_values("name", ignore_index=True)


#: The provenance classes of :func:`provenance_summary`, in column order.
PROVENANCE_CLASSES = ("species-measured literature", "other-species literature", "calibrated", "assumed",
                      "constant or switch")


def provenance_class(parameter: Parameter) -> str:
    """Where a value comes from: measured in the species itself, borrowed from another species' measurement,
    calibrated, assumed by judgement, or a physical constant or gene switch."""
    if parameter.provenance == "literature":
        return "species-measured literature"
    if parameter.provenance == "assumed":
        return "other-species literature" if parameter.borrowed_from else "assumed"
    if parameter.provenance == "calibrated":
        return "calibrated"
    return "constant or switch"


def provenance_summary() -> pd.DataFrame:
    """Per species, how many parameters fall in each class of :data:`PROVENANCE_CLASSES`."""
    rows = []
    for species in SPECIES:
        classes = [provenance_class(parameter) for parameter in parameter_set(species).values()]
        rows.append({"species": species, **{name: classes.count(name) for name in PROVENANCE_CLASSES},
                     "total": len(classes)})
    return pd.DataFrame(rows)


__all__ = ["PROVENANCE_CLASSES", "Parameter", "SPECIES", "SPECIES_ALIASES", "parameter_names", "parameter_set",
           "parameter_table", "provenance_class", "provenance_summary", "species_name"]
