"""Derive a species' parameter set from the women's set: the values that differ are given, the rest inherited.

An inherited value keeps its number but becomes ``assumed`` for the new
species, its source saying that it is the women's value and where that came
from, so a reader sees which numbers were measured in the species itself.
"""

from __future__ import annotations

from dataclasses import replace

from .base import Parameter


def derive(base: list[Parameter], species: str, changes: list[Parameter]) -> list[Parameter]:
    """``base`` with ``changes`` replacing parameters of the same name; the rest marked as inherited.

    Raises ``KeyError`` naming a change that is not a parameter of ``base``.
    """
    changed = {parameter.name: parameter for parameter in changes}
    unknown = sorted(set(changed) - {parameter.name for parameter in base})
    if unknown:
        raise KeyError(f"{species} parameters not in the women's set: {unknown}")
    derived = []
    for parameter in base:
        if parameter.name in changed:
            derived.append(changed[parameter.name])
        elif parameter.provenance in ("constant", "switch"):
            derived.append(parameter)
        else:
            borrowed_from = "women" if parameter.provenance == "literature" else parameter.borrowed_from
            derived.append(replace(parameter, provenance="assumed", borrowed_from=borrowed_from,
                                   source=f"women's value ({parameter.provenance}), assumed to hold in {species}: "
                                          f"{parameter.source}"))
    return derived
