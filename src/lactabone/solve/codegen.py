"""Generate Python source for the right-hand side and the output evaluator from the one System.

Both functions share one body: states are read from ``y[i]``, parameters and
inputs from ``p[j]``, every term is assigned in evaluation order, then the
rates are written to ``dy[i]``. With scalars (numba) it is the solver's
right-hand side; with arrays (numpy, one column per output time) it evaluates
every term over a whole trajectory.
"""

from __future__ import annotations

import hashlib

from sympy.printing.pycode import PythonCodePrinter

from ..model.inputs import INPUT_NAMES
from ..model.system import System


class _Printer(PythonCodePrinter):
    """Python printer whose Max is ``maximum`` (bound to max or numpy.maximum)."""

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


def _body(system: System, state: str, parameter: str) -> list[str]:
    """Assignments of states, parameters and terms; ``state``/``parameter`` format the indexing."""
    printer = _Printer({"fully_qualified_modules": False})
    lines = [f"{name} = {state.format(index)}" for index, name in enumerate(system.state_names)]
    lines += [f"{name} = {parameter.format(index)}" for index, name in enumerate(vector_layout(system))]
    lines += [f"{term.name} = {printer.doprint(term.expression)}" for term in system.terms]
    return lines


def right_hand_side_source(system: System) -> str:
    """Source of ``rhs(t, y, dy, p)`` writing d(state)/dt into ``dy``."""
    printer = _Printer({"fully_qualified_modules": False})
    body = _body(system, "y[{}]", "p[{}]")
    body += [f"dy[{index}] = {printer.doprint(rate)}" for index, rate in enumerate(system.rates)]
    return "def rhs(t, y, dy, p):\n" + "\n".join("    " + line for line in body) + "\n"


def evaluator_source(system: System) -> str:
    """Source of ``evaluate(times, y, p, out)``: the same body, looped over output times.

    ``y`` is (states x times), ``p`` (parameters x times); row ``i`` of ``out``
    receives ``evaluated_names(system)[i]`` at every time.
    """
    printer = _Printer({"fully_qualified_modules": False})
    body = ["t = times[k]"] + _body(system, "y[{}, k]", "p[{}, k]")
    body += [f"rate_{name} = {printer.doprint(rate)}" for name, rate in zip(system.state_names, system.rates)]
    body += [f"out[{row}, k] = {name}" for row, name in enumerate(evaluated_names(system))]
    return ("def evaluate(times, y, p, out):\n    for k in range(times.shape[0]):\n"
            + "\n".join("        " + line for line in body) + "\n")


def source_hash(system: System) -> str:
    """A short hash of the generated source, naming the compiled cache."""
    text = right_hand_side_source(system) + evaluator_source(system)
    return hashlib.sha256(text.encode()).hexdigest()[:16]
