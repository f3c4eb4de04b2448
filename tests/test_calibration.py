"""The calibrated parameters are reproduced by the calibration command, from calibration targets only."""

import importlib
import types

import pytest

from lactabone.calibration.calibrate import PROBLEMS, calibrate
from lactabone.parameters import parameter_set
from lactabone.validation.catalogue import list_targets


@pytest.mark.parametrize("species", sorted(PROBLEMS))
def test_calibration_reproduces_the_stored_values(species):
    fitted = calibrate(species)
    stored = parameter_set(species)
    for name, value in fitted.items():
        assert value == pytest.approx(stored[name].value, rel=1e-3), name


@pytest.mark.parametrize("species", sorted(PROBLEMS))
def test_calibrated_parameters_are_exactly_those_the_fit_owns(species):
    calibrated = {name for name, parameter in parameter_set(species).items() if parameter.provenance == "calibrated"}
    assert calibrated == set(PROBLEMS[species][0])


def test_the_fit_sees_only_calibration_targets():
    roles = {item.id: item.role for item in list_targets()}
    fitted = {goal.target for _, goals in PROBLEMS.values() for goal in goals}
    assert fitted == {item for item, role in roles.items() if role == "calibration"}


@pytest.mark.parametrize("species", sorted(PROBLEMS))
def test_each_calibrated_parameter_names_the_targets_it_is_fitted_to(species):
    goals = {goal.target for goal in PROBLEMS[species][1]}
    for name in PROBLEMS[species][0]:
        source = parameter_set(species)[name].source
        named = {word.strip("(),;:") for word in source.split()}
        assert named & goals, f"{species} {name}: source names none of {sorted(goals)}: {source}"




def test_the_fit_moves_off_a_parameter_of_exactly_one(monkeypatch):
    """A fit whose trust-region step lands on 1 (log 0) still differentiates there: the measure, like a solver's
    output, is only resolved to a finite precision, so a vanishing relative step would see no slope."""
    module = importlib.import_module("lactabone.calibration.calibrate")  # the package's name is the function's
    applied = {}
    goal = module.Goal("T", lambda: round(applied["x"] ** 2, 4), 2.0, 0.01)
    monkeypatch.setattr(module.runs, "set_overrides", applied.update)
    monkeypatch.setattr(module, "PROBLEMS", {"toy": ({"x": (0.2, 4.0)}, (goal,))})
    monkeypatch.setattr(module, "parameter_set", lambda species: {"x": types.SimpleNamespace(value=0.5)})
    assert module.calibrate("toy")["x"] == pytest.approx(2**0.5, rel=1e-3)
