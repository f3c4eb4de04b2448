"""The equations are dimensionally consistent: every term and rate has the unit it declares."""

import pytest
import sympy as sp

from lactabone.model.core import p
from lactabone.model.system import build_system
from lactabone.model.units import UnitMismatch, check_units, expression_unit, parse_unit
from lactabone.parameters import parameter_set


def _units():
    return {name: parse_unit(parameter.unit) for name, parameter in parameter_set("human").items()}


def test_every_term_and_rate_has_its_declared_unit():
    units = {name: parameter.unit for name, parameter in parameter_set("human").items()}
    assert check_units(build_system(), units) == []


def test_adding_different_units_is_caught():
    with pytest.raises(UnitMismatch, match="adds"):
        expression_unit(p.pth_reference + p.milk_volume_per_offspring, _units())


def test_scale_counts_grams_are_not_milligrams():
    found = expression_unit(p.skeletal_calcium_reference * p.whole_body_trabecular_turnover, _units())
    assert found != parse_unit("mg/d") and found == parse_unit("g/d")


def test_symbolic_exponent_needs_a_dimensionless_base():
    with pytest.raises(UnitMismatch, match="symbolic exponent"):
        expression_unit(p.pth_reference ** p.pth_calcium_hill, _units())


def test_a_bare_number_is_only_added_to_dimensionless_quantities():
    with pytest.raises(UnitMismatch):
        expression_unit(1 + p.pth_reference, _units())
    assert expression_unit(sp.Integer(1) + p.pth_gene, _units()) == parse_unit("1")
