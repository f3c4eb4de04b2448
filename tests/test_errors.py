"""Bad input is refused before solving, with the field, value and allowed range; solver failures are raised."""

import subprocess
import sys

import numpy as np
import pytest

import lactabone
from lactabone.parameters import parameter_set
from lactabone.scenario import ScenarioError, scenario_from_dict
from lactabone.solve.compiled import compiled_model
from lactabone.solve.integrate import SolverError, Tolerances, integrate


@pytest.mark.parametrize("keys, field", [
    ({"species": "dog"}, "species"),
    ({"nursing": {"offspring": -1}}, "nursing.offspring"),
    ({"nursing": {"weaning_day": -5, "exclusive_days": 0}}, "nursing.weaning_day"),
    ({"diet": {"calcium_mg_per_day": 1e6}}, "diet.calcium_mg_per_day"),
    ({"knockouts": ["estrogen_receptor"]}, "knockouts"),
    ({"drugs": [{"name": "aspirin", "dose_mg": 1, "route": "oral", "days": [1]}]}, "drugs[0].name"),
    ({"nursing": {"offspring": "two"}}, "nursing.offspring"),
    ({"start_day": 10, "end_day": 5}, "end_day"),
    ({"output_step_days": 0}, "output_step_days"),
])
def test_bad_scenarios_are_refused_naming_the_field(keys, field):
    with pytest.raises(ScenarioError) as error:
        scenario_from_dict(keys)
    message = str(error.value)
    assert field in message and "\n" not in message


def test_unknown_parameter_is_refused_before_solving():
    scenario = scenario_from_dict({"parameters": {"bone_magic": 2.0}})
    with pytest.raises(ScenarioError, match=r"parameters\.bone_magic = 2.0"):
        lactabone.simulate(scenario)


def test_negative_parameter_is_refused_with_its_range():
    scenario = scenario_from_dict({"parameters": {"milk_volume_per_offspring": -1.0}})
    with pytest.raises(ScenarioError, match=r"must be from 1e-05 to 100 L/d, the allowed range"):
        lactabone.simulate(scenario)


def _segment_inputs():
    from lactabone.scenario import build_schedule
    from lactabone.simulation import _base_vector, parameter_values

    scenario = scenario_from_dict({"end_day": 10})
    model = compiled_model()
    values = parameter_values(scenario)
    return model, values, build_schedule(scenario, gestation_days=280), _base_vector


def test_non_finite_states_are_raised_with_segment_day_and_states():
    model, values, schedule, base_vector = _segment_inputs()
    values["extracellular_volume"] = float("nan")
    initial = np.ones(len(model.system.state_names))
    with pytest.raises(SolverError, match=r"segment 0 \(days 0 to 10\).*ecf_calcium=nan"):
        integrate(model, initial, schedule, np.arange(0.0, 11.0), base_vector(model, values, scenario_from_dict({}).diet))


def test_exhausted_step_budget_is_raised():
    model, values, schedule, base_vector = _segment_inputs()
    initial = np.ones(len(model.system.state_names))
    with pytest.raises(SolverError, match="LSODA stopped"):
        integrate(model, initial, schedule, np.arange(0.0, 11.0), base_vector(model, values, scenario_from_dict({}).diet),
                  Tolerances(maximum_steps=1))


def test_command_line_error_is_one_line_without_traceback(tmp_path):
    scenario = tmp_path / "bad.toml"
    scenario.write_text("[nursing]\noffspring = -2\n")
    result = subprocess.run([sys.executable, "-m", "lactabone.cli", "run", str(scenario), "--out", str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "nursing.offspring = -2" in lines[0]


@pytest.mark.parametrize("arguments, expected", [
    (["population", "--n", "abc"], "Invalid value for '--n'"),
    (["run", "--outt", "x"], "No such option: --outt"),
    (["frobnicate"], "No such command 'frobnicate'"),
])
def test_a_bad_option_or_command_is_one_error_line(arguments, expected):
    result = subprocess.run([sys.executable, "-m", "lactabone.cli", *arguments], capture_output=True, text=True)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 2
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0] and "--help" in lines[0]


def test_a_state_settling_at_zero_is_not_drift():
    """Without calcitriol the gut's active transport decays to zero; LSODA's noise around zero is not drift."""
    scenario = scenario_from_dict({"species": "cow", "knockouts": ["cyp27b1"], "start_day": -400.0,
                                   "end_day": -399.0, "output_step_days": 1.0, "nursing": {"offspring": 0},
                                   "diet": {"calcium_mg_per_day": 150000.0}})
    rested = lactabone.simulate(scenario)
    passive_share = parameter_set("cow")["passive_absorption_fraction"].value
    assert float(rested["fractional_calcium_absorption"][0]) == pytest.approx(passive_share, abs=1e-4)
    assert 1.4 <= float(rested["serum_calcium"][0]) <= 2.2
