"""The building blocks every arm of the circuit uses to declare its equations.

An :class:`Arm` declares

- *states*: quantities integrated over time, with a unit and a start value;
- *terms*: named SymPy expressions, one per arrow of the circuit (a flux, a
  stimulation, an inhibition) or per derived quantity (serum calcium from the
  extracellular calcium mass);
- *rates*: the time derivative of each of its states, written with terms.

Arms refer to each other only through names (``Symbol("pthrp")``), never by
importing each other's expressions: the system assembles them (see
``lactabone.model.system``). Parameters are plain symbols too; their values,
units and sources live in ``lactabone.parameters``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy as sp


class Names:
    """Attribute access to symbols: ``p.pth_reference`` is ``Symbol("pth_reference")``."""

    def __getattr__(self, name: str) -> sp.Symbol:
        if name.startswith("__"):
            raise AttributeError(name)
        return sp.Symbol(name, real=True)


#: Symbols of parameters (values in ``lactabone.parameters``).
p = Names()
#: Symbols of states, terms and inputs of any arm.
v = Names()
#: Model time [d], days since the first delivery.
time = sp.Symbol("t", real=True)


@dataclass(frozen=True)
class State:
    """A quantity integrated over time.

    ``initial`` is the pre-pregnant value: a number or a parameter name.
    """

    name: str
    unit: str
    description: str
    initial: float | str | sp.Expr


@dataclass(frozen=True)
class Term:
    """A named expression: an arrow of the circuit or a derived quantity."""

    name: str
    expression: sp.Expr
    unit: str
    description: str


@dataclass
class Arm:
    """One arm of the breast-brain-bone circuit: its states, terms and rates."""

    name: str
    doc: str
    states: dict[str, State] = field(default_factory=dict)
    terms: dict[str, Term] = field(default_factory=dict)
    rates: dict[str, sp.Expr] = field(default_factory=dict)

    def state(self, name: str, unit: str, description: str, initial: float | str | sp.Expr = 1.0) -> sp.Symbol:
        """Declare a state and return its symbol."""
        self.states[name] = State(name, unit, description, initial)
        return sp.Symbol(name, real=True)

    def term(self, name: str, expression, unit: str, description: str) -> sp.Symbol:
        """Declare a named term and return its symbol, for use in later terms."""
        if name in self.terms:
            raise ValueError(f"term {name!r} declared twice in arm {self.name!r}")
        self.terms[name] = Term(name, sp.sympify(expression), unit, description)
        return sp.Symbol(name, real=True)

    def rate(self, state_name: str, expression) -> None:
        """Set d(state)/dt [state unit per day]."""
        if state_name not in self.states:
            raise ValueError(f"rate for undeclared state {state_name!r} in arm {self.name!r}")
        self.rates[state_name] = sp.sympify(expression)


def relaxation(target, current, time_constant):
    """First-order approach of ``current`` to ``target`` with ``time_constant`` [d]."""
    return (target - current) / time_constant


def hill(x, half, exponent):
    """Saturating Hill activation x^n / (x^n + K^n), 0 at x=0, 1/2 at x=K."""
    return x**exponent / (x**exponent + half**exponent)


def saturation(x, half, reference):
    """Michaelis-Menten saturation x / (x + K) normalised to 1 at x = reference: 0 at x = 0."""
    return x / (x + half) * (reference + half) / reference


def restraint(x, reference, sensitivity):
    """Inhibition by x normalised to 1 at x = reference: (1 + s) / (1 + s x / ref)."""
    return (1 + sensitivity) / (1 + sensitivity * x / reference)


def threshold_reabsorbed_share(load_over_capacity, splay):
    """Share of a load a tubule takes back up to its maximum C: 1 / (1 + (L / C)^n)^(1/n).

    All of a small load, then at most C: the renal threshold, with splay n.
    """
    return (1 + load_over_capacity**splay) ** (-1 / splay)


def threshold_capacity(load, reabsorbed_share, splay):
    """The tubular maximum C at which ``load`` is taken back in ``reabsorbed_share`` (its threshold)."""
    return load * reabsorbed_share / (1 - reabsorbed_share**splay) ** (1 / splay)


def positive_part(x):
    """max(0, x), the part of x above zero."""
    return sp.Max(0, x)
