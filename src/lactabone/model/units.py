"""Dimensional check of the equations: every term and rate against its declared unit (pint).

Units of symbols come from where they are declared: parameters (the species'
parameter set), states and terms (the arms), bound inputs and time (days).
The unit of an expression follows from its tree: sums need one unit (a bare
number may only be added to dimensionless quantities), products multiply,
numeric powers raise, a symbolic exponent needs a dimensionless base, and
``Max`` keeps the unit of its arguments. Scale counts: ``mg`` is not ``g``.
"""

from __future__ import annotations

import functools

import pint
import sympy as sp

from sympy.core.function import AppliedUndef

from .inputs import INPUT_NAMES, INPUT_UNITS
from .pharmacokinetics import DOSED_UNIT, parse_dosed
from .system import System

TIME_UNIT = "d"


class UnitMismatch(ValueError):
    """An expression whose units do not add up."""


@functools.cache
def registry() -> pint.UnitRegistry:
    """The unit registry, with international units of hormone assays."""
    units = pint.UnitRegistry()
    units.define("IU = [international_unit]")
    return units


def parse_unit(text: str) -> pint.Unit:
    """A unit from the spelling used in lactabone ("1" is dimensionless)."""
    return registry().Unit("dimensionless" if text == "1" else text)


def _same(first: pint.Unit, second: pint.Unit) -> bool:
    if first.dimensionality != second.dimensionality:
        return False
    return abs(registry().Quantity(1, first).to(second).magnitude - 1) < 1e-9


def _is_number(expression: sp.Expr) -> bool:
    return expression.is_number


def expression_unit(expression: sp.Expr, units: dict[str, pint.Unit]) -> pint.Unit:
    """The unit of ``expression`` given the units of its symbols; raises UnitMismatch."""
    dimensionless = parse_unit("1")
    if isinstance(expression, sp.Symbol):
        return units[expression.name]
    if isinstance(expression, AppliedUndef):  # a dosed amount (lactabone.model.pharmacokinetics)
        parse_dosed(expression.func.__name__)
        return parse_unit(DOSED_UNIT)
    if _is_number(expression):
        return dimensionless
    if isinstance(expression, (sp.Add, sp.Max, sp.Min)):
        parts = [argument for argument in expression.args if not (_is_number(argument) and argument == 0)]
        found = [expression_unit(argument, units) for argument in parts if not _is_number(argument)]
        if any(_is_number(argument) for argument in parts):
            found.append(dimensionless)
        for unit in found[1:]:
            if not _same(unit, found[0]):
                raise UnitMismatch(f"{expression}: adds {found[0]:~} and {unit:~}")
        return found[0] if found else dimensionless
    if isinstance(expression, sp.Mul):
        result = dimensionless
        for argument in expression.args:
            result = result * expression_unit(argument, units)
        return result
    if isinstance(expression, sp.Pow):
        base, exponent = expression.args
        base_unit = expression_unit(base, units)
        if _is_number(exponent):
            return base_unit ** float(exponent)
        if not _same(base_unit, dimensionless) or not _same(expression_unit(exponent, units), dimensionless):
            raise UnitMismatch(f"{expression}: symbolic exponent needs dimensionless base and exponent")
        return dimensionless
    if isinstance(expression, sp.exp):
        if not _same(expression_unit(expression.args[0], units), dimensionless):
            raise UnitMismatch(f"{expression}: exponential of a quantity with units")
        return dimensionless
    raise UnitMismatch(f"{expression}: no unit rule for {type(expression).__name__}")


def check_units(system: System, parameter_units: dict[str, str]) -> list[str]:
    """Problems found: terms or rates whose units differ from the declared ones (empty when all agree)."""
    declared = {name: parse_unit(unit) for name, unit in parameter_units.items()}
    declared.update({name: parse_unit(INPUT_UNITS[name]) for name in INPUT_NAMES})
    declared.update({state.name: parse_unit(state.unit) for state in system.states})
    declared.update({term.name: parse_unit(term.unit) for term in system.terms})
    declared["t"] = parse_unit(TIME_UNIT)
    problems = []
    checks = [(term.name, term.expression, declared[term.name]) for term in system.terms]
    checks += [(f"d {state.name}/dt", rate, declared[state.name] / parse_unit(TIME_UNIT))
               for state, rate in zip(system.states, system.rates)]
    for name, expression, expected in checks:
        try:
            found = expression_unit(expression, declared)
        except UnitMismatch as error:
            problems.append(f"{name}: {error}")
            continue
        if not _same(found, expected):
            problems.append(f"{name}: equations give {found:~}, declared {expected:~}")
    return problems
