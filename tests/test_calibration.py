"""The calibrated parameters are reproduced by the calibration command, from calibration targets only."""

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
