"""Print a model expression (SymPy) as SBML Level 3 infix text with a unit on every number.

``libsbml.parseL3Formula`` turns the text into MathML. Every number carries
``dimensionless`` (``(2 dimensionless)``) so that libsbml can check units
fully. SBML L3V1 has no ``max``: the model's ``max(0, x)`` becomes
``(x + abs(x)) * 0.5``, which is exact in floating point and continuous, so
that solvers which locate every switch of a ``piecewise`` (COPASI) do not stall
when ``x`` hovers at 0; any other ``Max(a, b)`` becomes
``piecewise(a, a > b, b)``, a number in it taking the unit of the other
argument (``(0 mg_per_d)``).
"""

from __future__ import annotations

from typing import Callable

import pint
import sympy as sp
from sympy.core.function import AppliedUndef

from ..model.units import expression_unit


class InfixPrinter:
    """Prints expressions with SBML ids for symbols and units on numbers.

    Parameters
    ----------
    ids : model name -> SBML id (names absent from it are printed as they are); an applied
        function such as ``dosed_denosumab_central(t)`` prints as the id of its function name.
    units : model name -> pint unit of every symbol (to give numbers inside ``Max`` a unit).
    unit_id : pint unit spelling -> SBML unit id (adds the definition when new).
    """

    def __init__(self, ids: dict[str, str], units: dict[str, pint.Unit], unit_id: Callable[[str], str]):
        self.ids = ids
        self.units = units
        self.unit_id = unit_id

    def number(self, value, unit: str = "dimensionless") -> str:
        """A number with its SBML unit id: ``(2.0 dimensionless)``."""
        return f"({float(value)!r} {unit})"

    def __call__(self, expression: sp.Expr) -> str:
        """The SBML L3 infix text of ``expression``; raises ValueError for a construct with no SBML form."""
        if isinstance(expression, sp.Symbol):
            return self.ids.get(expression.name, expression.name)
        if isinstance(expression, AppliedUndef):  # a dosed amount, dosed_<drug>_<compartment>(t)
            name = expression.func.__name__
            return self.ids.get(name, name)
        if expression.is_number:
            return self.number(expression)
        if isinstance(expression, sp.Add):
            return "(" + " + ".join(self(argument) for argument in expression.args) + ")"
        if isinstance(expression, sp.Mul):
            return "(" + " * ".join(self(argument) for argument in expression.args) + ")"
        if isinstance(expression, sp.Pow):
            base, exponent = expression.args
            if exponent == -1:
                return f"({self.number(1)} / {self(base)})"
            return f"pow({self(base)}, {self(exponent)})"
        if isinstance(expression, sp.exp):
            return f"exp({self(expression.args[0])})"
        if isinstance(expression, sp.Max):
            return self._maximum(expression.args)
        raise ValueError(f"no SBML form for {type(expression).__name__} in {expression}")

    def _maximum(self, arguments) -> str:
        """max(0, x) as (x + abs(x)) / 2, exact in floating point; any other Max as nested piecewise whose
        numbers take the unit of the first symbolic argument."""
        if len(arguments) == 2 and 0 in arguments:
            part = self(next(argument for argument in arguments if argument != 0))
            return f"(({part} + abs({part})) * {self.number(0.5)})"
        symbolic = [argument for argument in arguments if not argument.is_number]
        unit = self.unit_id(f"{expression_unit(symbolic[0], self.units):~}") if symbolic else "dimensionless"
        printed = [self.number(argument, unit) if argument.is_number else self(argument) for argument in arguments]
        result = printed[0]
        for other in printed[1:]:
            result = f"piecewise({result}, {result} > {other}, {other})"
        return result
