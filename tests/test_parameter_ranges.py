"""Every parameter carries a physical range that holds its own value, and overrides outside it are refused."""

from __future__ import annotations

import pytest

from lactabone.parameters import SPECIES, parameter_set
from lactabone.parameters.ranges import RANGES, range_of
from lactabone.scenario import ScenarioError, scenario_from_dict
from lactabone.simulation import parameter_values


@pytest.mark.parametrize("species", SPECIES)
def test_every_parameter_has_a_range_holding_its_own_value(species: str) -> None:
    outside = [(name, parameter.value, parameter.low, parameter.high)
               for name, parameter in parameter_set(species).items()
               if parameter.low is None or not parameter.low <= parameter.value <= parameter.high]
    assert outside == []


def test_every_explicit_range_names_a_parameter_and_gives_a_reason() -> None:
    names = set().union(*(parameter_set(species) for species in SPECIES))
    assert sorted(set(RANGES) - names) == []
    assert all(item.reason and item.low <= item.high for item in RANGES.values())


def test_a_name_without_a_line_falls_under_a_rule() -> None:
    assert range_of("new_time_constant", "d", "assumed", 3.0).low > 0
    assert (range_of("new_fraction", "1", "literature", 0.2).low, range_of("new_fraction", "1", "literature",
                                                                             0.2).high) == (0, 1)
    assert range_of("speed_of_light", "m/s", "constant", 3e8).text() == "3e+08 only"


@pytest.mark.parametrize(("name", "value"), [
    ("serum_calcium_reference", 2350.0),
    ("fractional_calcium_absorption_reference", 0.0),
    ("lactation_curve_exponent", 1000.0),
    ("extracellular_volume", 0.0),
    ("body_weight", 1e9),
])
def test_an_override_outside_its_range_is_refused_in_one_line(name: str, value: float) -> None:
    scenario = scenario_from_dict({"parameters": {name: value}})
    with pytest.raises(ScenarioError) as raised:
        parameter_values(scenario)
    message = str(raised.value)
    assert "\n" not in message and message.startswith(f"parameters.{name} = ") and "allowed range" in message


def test_every_divisor_of_the_equations_refuses_zero() -> None:
    """Walk the SymPy terms: a parameter raised to a negative power must have a range above zero."""
    import sympy as sp

    from lactabone.model.system import build_system

    system = build_system()
    parameters = parameter_set("human")
    divisors = set()
    for expression in [term.expression for term in system.terms] + list(system.rates):
        for node in sp.preorder_traversal(expression):
            if isinstance(node, sp.Pow) and node.exp.is_number and node.exp < 0:
                divisors |= {factor.name for factor in sp.Mul.make_args(node.base)
                             if factor.is_Symbol and factor.name in parameters}
    assert divisors, "the walk found no divisor at all"
    assert sorted(name for name in divisors if parameters[name].low <= 0) == []
