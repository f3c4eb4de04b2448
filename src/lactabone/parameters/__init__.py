"""Parameter sets, one module per species: value, unit and source for every parameter."""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

import pandas as pd

from . import cow, human, mouse, rat
from .base import Parameter
from .ranges import range_of

#: Species with a parameter set (share one set of equations).
SPECIES = ("human", "mouse", "rat", "cow")

_MODULES = {"human": human, "mouse": mouse, "rat": rat, "cow": cow}


def calibrated_values_path(species: str) -> Path:
    """The file holding a species' calibrated values (written by ``lactabone calibrate --write``)."""
    return Path(__file__).with_name(f"calibrated_{species}.json")


@functools.cache
def parameter_set(species: str) -> dict[str, Parameter]:
    """All parameters of a species, by name, each with its range (``low``, ``high``) from :mod:`.ranges`.

    Raises ``KeyError`` naming the allowed species when there is no such set.
    """
    if species not in _MODULES:
        raise KeyError(f"species {species!r} has no parameter set; allowed: {', '.join(SPECIES)}")
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
         "high": parameter.high, "provenance": parameter.provenance, "source": parameter.source, "description": parameter.description}
        for parameter in parameter_set(species).values()
    ]
    return pd.DataFrame(rows).sort_values("name", ignore_index=True)


__all__ = ["Parameter", "SPECIES", "parameter_names", "parameter_set", "parameter_table"]
