"""Assembles the arms into one system: ordered states, parameters, terms and rates.

The assembled :class:`System` is the single definition of the equations: the
solver's compiled right-hand side, the output evaluator, the parameter
listing and the documentation are all generated from it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import sympy as sp

from . import bone_cells, brain, breast, drugs, inputs, ledger, mineral, osteocytes, skeleton
from .core import Arm, State, Term, time

#: The arms in the order they are documented.
ARM_BUILDERS = (inputs, brain, breast, mineral, drugs, bone_cells, osteocytes, skeleton, ledger)


@dataclass(frozen=True)
class System:
    """All arms assembled: states, terms in evaluation order, rates and parameter names."""

    arms: tuple[Arm, ...]
    states: tuple[State, ...]
    terms: tuple[Term, ...]
    rates: tuple[sp.Expr, ...]
    parameter_names: tuple[str, ...]

    @functools.cached_property
    def state_names(self) -> tuple[str, ...]:
        return tuple(state.name for state in self.states)

    @functools.cached_property
    def term_names(self) -> tuple[str, ...]:
        return tuple(term.name for term in self.terms)

    def term(self, name: str) -> Term:
        return next(term for term in self.terms if term.name == name)

    def arm_of(self, name: str) -> str:
        """The arm that declares a state or term."""
        for arm in self.arms:
            if name in arm.states or name in arm.terms:
                return arm.name
        raise KeyError(name)


def _free_names(expression: sp.Expr) -> set[str]:
    return {symbol.name for symbol in expression.free_symbols}


def _order_terms(terms: dict[str, Term], known: set[str]) -> list[Term]:
    """Order terms so that each comes after every term it uses (topological sort)."""
    ordered: list[Term] = []
    placed = set(known)
    pending = dict(terms)
    while pending:
        ready = [name for name, term in pending.items()
                 if (_free_names(term.expression) & (set(terms) | placed)) <= placed]
        if not ready:
            raise ValueError(f"circular dependency among terms: {sorted(pending)}")
        for name in ready:
            ordered.append(pending.pop(name))
            placed.add(name)
    return ordered


@functools.cache
def build_system() -> System:
    """Assemble every arm of the circuit into one :class:`System` (cached)."""
    arms = tuple(builder.build() for builder in ARM_BUILDERS)
    states: dict[str, State] = {}
    terms: dict[str, Term] = {}
    rates: dict[str, sp.Expr] = {}
    for arm in arms:
        for mapping, target in ((arm.states, states), (arm.terms, terms)):
            for name, item in mapping.items():
                if name in states or name in terms:
                    raise ValueError(f"{name!r} of arm {arm.name!r} is declared by another arm too")
                target[name] = item
        rates.update(arm.rates)
    missing_rates = set(states) - set(rates)
    if missing_rates:
        raise ValueError(f"states without a rate: {sorted(missing_rates)}")
    ordered = _order_terms(terms, set(states) | {time.name})
    used = set()
    for expression in [term.expression for term in ordered] + list(rates.values()):
        used |= _free_names(expression)
    for state in states.values():
        if isinstance(state.initial, (str, sp.Expr)):
            used |= _free_names(sp.sympify(state.initial))
    parameter_names = tuple(sorted(used - set(states) - set(terms) - {time.name}))
    return System(
        arms=arms,
        states=tuple(states.values()),
        terms=tuple(ordered),
        rates=tuple(rates[name] for name in states),
        parameter_names=parameter_names,
    )
