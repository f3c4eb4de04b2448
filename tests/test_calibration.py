"""The calibrated parameters are reproduced by the calibration command, from calibration targets only."""

import pytest

from lactabone.calibration.calibrate import BOUNDS, CALIBRATION, calibrate
from lactabone.parameters import parameter_set
from lactabone.validation.targets import list_targets


def test_calibration_reproduces_the_stored_values():
    fitted = calibrate("human")
    stored = parameter_set("human")
    for name, value in fitted.items():
        assert value == pytest.approx(stored[name].value, rel=1e-3), name


def test_calibrated_parameters_are_exactly_those_the_fit_owns():
    calibrated = {name for name, parameter in parameter_set("human").items() if parameter.provenance == "calibrated"}
    assert calibrated == set(BOUNDS)


def test_the_fit_sees_only_calibration_targets():
    roles = {item.id: item.role for item in list_targets()}
    assert {goal.target for goal in CALIBRATION} == {item for item, role in roles.items() if role == "calibration"}
