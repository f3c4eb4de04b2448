"""SBML unit definitions from lactabone's unit spellings (pint, the registry of ``lactabone.model.units``).

A unit such as ``mg/d`` is reduced to SI base units with a magnitude
(``1.157e-11 kg/s``) and written as one SBML ``unitDefinition`` whose id is
the spelling made safe (``mg_per_d``). The international unit of hormone
assays has no SI base: it is written as dimensionless (its id still names it).
"""

from __future__ import annotations

import math
import re

import libsbml

from ..model.units import parse_unit, registry

#: pint base units -> SBML unit kinds (``IU`` is missing on purpose: it becomes dimensionless).
_KINDS = {
    "meter": libsbml.UNIT_KIND_METRE,
    "kilogram": libsbml.UNIT_KIND_KILOGRAM,
    "second": libsbml.UNIT_KIND_SECOND,
    "mole": libsbml.UNIT_KIND_MOLE,
}


def unit_id(text: str) -> str:
    """The SBML id of a unit spelling: ``mg/d`` -> ``mg_per_d``, ``1`` -> ``dimensionless``, ``%`` -> ``percent``."""
    if text == "1":
        return "dimensionless"
    text = text.replace("%", "percent").replace("**", "_pow_").replace("^", "_pow_")
    text = text.replace("/", "_per_").replace("*", "_").replace(" ", "")
    text = re.sub(r"\W", "_", text)
    if text.startswith("1_per_"):
        text = text[2:]
    return text if text[:1].isalpha() else f"unit_{text}"


def add_unit_definition(model: libsbml.Model, text: str) -> str:
    """Add the unit ``text`` to ``model`` (once) and return its id."""
    identifier = unit_id(text)
    if identifier == "dimensionless" or model.getUnitDefinition(identifier) is not None:
        return identifier
    quantity = registry().Quantity(1, parse_unit(text)).to_base_units()
    magnitude = float(f"{quantity.magnitude:.12g}")
    powers = [(_KINDS[name], float(power)) for name, power in quantity.unit_items() if name in _KINDS]
    definition = model.createUnitDefinition()
    if definition.setId(identifier) != libsbml.LIBSBML_OPERATION_SUCCESS:
        raise ValueError(f"unit {text!r}: {identifier!r} is not a valid SBML id")
    definition.setName(text)
    if not powers:
        powers = [(libsbml.UNIT_KIND_DIMENSIONLESS, 1.0)]
    for index, (kind, power) in enumerate(powers):
        unit = definition.createUnit()
        unit.setKind(kind)
        unit.setExponent(power)
        unit.setScale(0)
        unit.setMultiplier(math.pow(magnitude, 1.0 / power) if index == 0 else 1.0)
    return identifier
