"""Generate Python source for the right-hand side and the output evaluator from the one System.

Both functions share one body: states are read from ``y[i]``, parameters and
inputs from ``p[j]``, every term is assigned in evaluation order, then the
rates are written to ``dy[i]``. With scalars (numba) it is the solver's
right-hand side; with arrays (numpy, one column per output time) it evaluates
every term over a whole trajectory.
"""

from __future__ import annotations

import hashlib
import inspect

from sympy.printing.pycode import PythonCodePrinter

from ..model.inputs import INPUT_NAMES
from ..model.pharmacokinetics import COMPARTMENTS, dose_table_input, parse_dosed
from ..model.system import System


class _Printer(PythonCodePrinter):
    """Python printer: Max is ``maximum``; a dosed amount is a ``pk_amount`` call on its dose table; a power
    with a symbolic exponent is a ``power`` call (:mod:`~lactabone.solve.powers`)."""

    def __init__(self, layout: tuple[str, ...]):
        super().__init__({"fully_qualified_modules": False})
        self.layout = layout

    def _print_AppliedUndef(self, expression):
        drug, compartment = parse_dosed(expression.func.__name__)
        slot = self.layout.index(dose_table_input(drug))
        return f"pk_amount(t, p, {slot}, {COMPARTMENTS.index(compartment)})"

    def _print_Pow(self, expression, rational=False):
        if expression.exp.is_Number:
            return super()._print_Pow(expression, rational)
        return f"power({self._print(expression.base)}, {self._print(expression.exp)})"

    def _print_Max(self, expression):
        arguments = [self._print(argument) for argument in expression.args]
        result = arguments[0]
        for argument in arguments[1:]:
            result = f"maximum({result}, {argument})"
        return result


def vector_layout(system: System) -> tuple[str, ...]:
    """Names in the solver's parameter vector: the model's parameters, then the bound inputs."""
    return tuple(name for name in system.parameter_names if name not in INPUT_NAMES) + INPUT_NAMES


def evaluated_names(system: System) -> tuple[str, ...]:
    """Rows of the evaluator's output: every term, then every state's rate (``rate_<state>``)."""
    return system.term_names + tuple(f"rate_{name}" for name in system.state_names)


def _body(system: System, state: str, printer: _Printer, terms: set[str] | None = None) -> list[str]:
    """Assignments of states, parameters (from the vector ``p``) and terms (only those in ``terms`` when
    given); ``state`` formats the indexing."""
    lines = [f"{name} = {state.format(index)}" for index, name in enumerate(system.state_names)]
    lines += [f"{name} = p[{index}]" for index, name in enumerate(printer.layout)]
    lines += [f"{term.name} = {printer.doprint(term.expression)}" for term in system.terms
              if terms is None or term.name in terms]
    return lines


def right_hand_side_source(system: System) -> str:
    """Source of ``rhs(t, y, dy, p)`` writing d(state)/dt into ``dy``."""
    printer = _Printer(vector_layout(system))
    body = _body(system, "y[{}]", printer)
    body += [f"dy[{index}] = {printer.doprint(rate)}" for index, rate in enumerate(system.rates)]
    return "def rhs(t, y, dy, p):\n" + "\n".join("    " + line for line in body) + "\n"


def evaluator_source(system: System, names: tuple[str, ...] | None = None) -> str:
    """Source of ``evaluate(times, y, vectors, segment_of_time, out)``: the same body, looped over times.

    ``y`` is (states x times); ``vectors`` holds one parameter vector per
    segment (rows) and ``segment_of_time[k]`` the row used at ``times[k]``;
    row ``i`` of ``out`` receives ``names[i]`` (default every name of
    :func:`evaluated_names`) at every time. With fewer names only the terms and
    rates they need are written (:func:`_needed_by`): the compiler cannot drop
    the others itself, as each division in them checks for zero.
    """
    printer = _Printer(vector_layout(system))
    rates = {f"rate_{name}": rate for name, rate in zip(system.state_names, system.rates)}
    needed = None if names is None else _needed_by(system, names, rates)
    body = ["t = times[k]", "p = vectors[segment_of_time[k]]"] + _body(system, "y[{}, k]", printer, needed)
    body += [f"{name} = {printer.doprint(rate)}" for name, rate in rates.items() if needed is None or name in needed]
    body += [f"out[{row}, k] = {name}" for row, name in enumerate(evaluated_names(system) if names is None else names)]
    return ("def evaluate(times, y, vectors, segment_of_time, out):\n    for k in range(times.shape[0]):\n"
            + "\n".join("        " + line for line in body) + "\n")


def _needed_by(system: System, names: tuple[str, ...], rates: dict) -> set[str]:
    """``names`` and every term and rate that computing them reads, directly or through other terms."""
    needed = set(names)
    for name in names:
        if name in rates:
            needed |= {symbol.name for symbol in rates[name].free_symbols}
    for term in reversed(system.terms):  # a term comes after the terms it reads
        if term.name in needed:
            needed |= {symbol.name for symbol in term.expression.free_symbols}
    return needed


def source_hash(system: System) -> str:
    """A short hash naming the compiled cache: the generated source and the dose-table reader and power it compiles in."""
    from . import dosing, powers

    text = (right_hand_side_source(system) + evaluator_source(system) + inspect.getsource(dosing)
            + inspect.getsource(powers))
    return hashlib.sha256(text.encode()).hexdigest()[:16]
