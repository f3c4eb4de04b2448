"""Fuzzing: anything a user can give is either a valid scenario or one ScenarioError line, never a crash.

Bounded so the suite stays fast: hypothesis runs a fixed number of examples
without a database, and the parameter sweep solves only a small seeded sample
of short runs (every parameter is checked just outside its range, which is
refused before solving and costs nothing).
"""

from __future__ import annotations

import math
import random
import string
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from lactabone import SolverError, simulate
from lactabone.limits import MAX_MESSAGE_CHARACTERS
from lactabone.results.warnings import physiology_warnings
from lactabone.parameters import SPECIES, parameter_set
from lactabone.scenario import ScenarioError, load_scenario, scenario_from_dict
from lactabone.scenario.schema import CYCLE_KEYS, COW_KEYS, DIET_KEYS, DRUG_KEYS, TOP_LEVEL_KEYS
from lactabone.simulation import parameter_values

FUZZ = settings(max_examples=300, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
KEYS = sorted(set(TOP_LEVEL_KEYS + CYCLE_KEYS + COW_KEYS + DIET_KEYS + DRUG_KEYS))
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**20, max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20),
    st.sampled_from(["human", "mouse", "rat", "cow", "women", "denosumab", "sc", "abrupt", "pth"]),
)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=8), st.integers()), inner, max_size=4)),
    max_leaves=12)
SCENARIO_DICTS = st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=8), st.integers()), VALUES,
                                 max_size=6)


def _clean_refusal(error: ScenarioError) -> None:
    text = str(error)
    assert text and "\n" not in text and len(text) <= MAX_MESSAGE_CHARACTERS + 40


def _validate(data: object) -> None:
    try:
        scenario = scenario_from_dict(data)  # type: ignore[arg-type]
        parameter_values(scenario)  # the checks made before solving
    except ScenarioError as error:
        _clean_refusal(error)


@FUZZ
@given(SCENARIO_DICTS)
def test_any_scenario_dict_validates_or_is_refused_in_one_line(data: dict) -> None:
    _validate(data)


@FUZZ
@given(st.text(alphabet=string.printable + "\ufeff\u00e9[]{}=\"'", max_size=200))
def test_any_toml_text_validates_or_is_refused_in_one_line(tmp_path_factory: pytest.TempPathFactory,
                                                           text: str) -> None:
    path = tmp_path_factory.mktemp("toml") / "fuzz.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_scenario(path)
    except ScenarioError as error:
        _clean_refusal(error)


@FUZZ
@given(st.text(alphabet=string.printable + "&*!|>-:[]{}", max_size=200))
def test_any_yaml_text_validates_or_is_refused_in_one_line(tmp_path_factory: pytest.TempPathFactory,
                                                           text: str) -> None:
    path = tmp_path_factory.mktemp("yaml") / "fuzz.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_scenario(path)
    except ScenarioError as error:
        _clean_refusal(error)


@pytest.mark.parametrize("species", SPECIES)
def test_every_parameter_just_outside_its_range_is_refused_before_solving(species: str) -> None:
    base = {"species": species}
    for name, parameter in parameter_set(species).items():
        step = max(abs(parameter.high), abs(parameter.low), 1.0) * 1e-3
        for value in (parameter.low - step, parameter.high + step, math.inf):
            with pytest.raises(ScenarioError) as raised:
                parameter_values(scenario_from_dict({**base, "parameters": {name: value}}))
            _clean_refusal(raised.value)
            assert str(raised.value).startswith(f"parameters.{name} = ")


#: Outputs that are concentrations, masses or one-way fluxes: never negative.
NON_NEGATIVE = ("serum_calcium", "serum_ionized_calcium", "serum_phosphate", "pth", "pthrp", "calcitriol",
                "calcitonin", "estradiol", "progesterone", "prolactin", "lh", "fsh", "oxytocin", "milk_volume",
                "milk_calcium", "gut_calcium_absorbed", "urine_calcium", "skeletal_calcium", "osteoclasts",
                "osteoblasts")
SWEEP_RUNS = 10
"""Parameters solved at both ends of their range per test run (a seeded sample; the full sweep is scripts/fuzz.py)."""


def _sample() -> list[tuple[str, float]]:
    parameters = parameter_set("human")
    names = sorted(name for name, parameter in parameters.items() if parameter.low < parameter.high)
    chosen = random.Random(17).sample(names, SWEEP_RUNS)
    return [(name, end) for name in chosen for end in (parameters[name].low, parameters[name].high)]


@pytest.mark.parametrize(("name", "value"), _sample())
def test_a_parameter_at_its_range_end_is_refused_or_runs_without_negative_outputs(name: str, value: float) -> None:
    scenario = scenario_from_dict({"end_day": 30, "output_step_days": 5, "nursing": {"exclusive_days": 20},
                                   "parameters": {name: value}})
    try:
        dataset = simulate(scenario)
    except (ScenarioError, SolverError) as error:
        assert "\n" not in str(error)
        return
    negative = [output for output in NON_NEGATIVE if float(np.nanmin(dataset[output].values)) < -1e-9]
    assert negative == []


def test_the_reported_reproducers_give_one_clean_line(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + level)}: &{chr(98 + level)} [*{chr(97 + level)}, *{chr(97 + level)}, *{chr(97 + level)}]\n"
        for level in range(8))
    cases = {
        "aliases.yaml": bomb,
        "nested.toml": "x = " + "[" * 3000 + "]" * 3000 + "\n",
        "integer_key.yaml": "1: 2\nspecies: human\n",
        "bom.toml": "\ufeffspecies = 1\n",
        "empty.toml": "",
        "step.toml": "output_step_days = 1e-4\n",
        "step9.toml": "output_step_days = 1e-9\n",
        "doses.toml": "[[drugs]]\nname = 'zoledronate'\ndose_mg = 4\nroute = 'iv'\ndays = ["
                      + ", ".join("0" for _ in range(10_000)) + "]\n",
        "species.toml": f"species = '{'x' * 900_000}'\n",  # under the file cap: the echo is cut
    }
    for file_name, text in cases.items():
        path = tmp_path / file_name
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ScenarioError) as raised:
            load_scenario(path)
        _clean_refusal(raised.value)
    assert "species = 1" in str(_refusal(tmp_path / "bom.toml"))  # the BOM is dropped, the key then judged


def _refusal(path: Path) -> ScenarioError:
    with pytest.raises(ScenarioError) as raised:
        load_scenario(path)
    return raised.value


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    import os

    os.mkfifo(fifo)
    assert "not a regular file" in str(_refusal(fifo))


def test_a_loaded_scenario_cannot_be_changed_without_validation() -> None:
    scenario = scenario_from_dict({"species": "human"})
    with pytest.raises(Exception):
        scenario.end_day = 4e5  # type: ignore[misc]
    with pytest.raises(ScenarioError, match="nursing.offspring = 9"):
        scenario.model_copy(update={"nursing": scenario.nursing.model_copy(update={"offspring": 9})})
    assert scenario.model_copy(update={"end_day": 400.0}).end_day == 400.0
    scenario.knockouts.append("nonsense")  # lists stay lists; the run validates the scenario again
    with pytest.raises(ScenarioError, match="knockouts"):
        simulate(scenario)


def test_species_aliases_read_as_the_one_name() -> None:
    assert scenario_from_dict({"species": "women"}).species == "human"
    assert parameter_set("mice") == parameter_set("mouse")
    with pytest.raises(ScenarioError, match="species = 'dog'"):
        scenario_from_dict({"species": "dog"})


def test_a_negative_flux_is_flagged_as_outside_the_model() -> None:
    # no allowed input makes one (the reference state is checked first), so the flag is tried on made-up results
    dataset = simulate(scenario_from_dict({"end_day": 30, "output_step_days": 5}))
    dataset["urine_calcium"] = dataset["urine_calcium"] - 2 * float(dataset["urine_calcium"].max())
    assert any(line.startswith("urine_calcium goes negative") for line in physiology_warnings(dataset))


@pytest.mark.parametrize("overrides, field", [
    ({"fractional_calcium_absorption_reference": 0.02}, "fractional_calcium_absorption_reference"),
    ({"endogenous_fecal_calcium_reference": 400.0}, "endogenous_fecal_calcium_reference"),
    ({"proximal_calcium_fraction": 0.65, "thick_limb_calcium_fraction_reference": 0.23,
      "glomerular_filtration_rate": 1.0}, "glomerular_filtration_rate"),
])
def test_a_reference_state_needing_negative_urine_or_absorption_is_refused(overrides, field) -> None:
    # each value is inside its own range; together with the others it leaves the reference gut or kidney negative
    with pytest.raises(ScenarioError, match=rf"^parameters\.{field} = [^\n]*(must exceed)"):
        simulate(scenario_from_dict({"end_day": 30, "parameters": overrides}))


def test_a_pth_null_pregnancy_takes_no_calcium_the_mother_does_not_have() -> None:
    # the fetus pumps calcium only while the mother has it: no negative calcium pool, flagged as lethal instead
    dataset = simulate(scenario_from_dict({"knockouts": ["pth"]}))
    assert [output for output in NON_NEGATIVE if float(np.nanmin(dataset[output].values)) < 0] == []
    assert any(line.startswith("serum calcium below 1 mmol/L") for line in dataset.attrs["warnings"])


def test_a_mother_who_eats_no_phosphorus_has_no_steady_state_and_the_run_says_so() -> None:
    # her kidney takes back nearly all it filters as phosphate falls, so it falls ever more slowly, never settling
    unsettled = r"ecf_phosphate still drifting, serum calcium [0-9.]+ and phosphate 0\.[0-9]+"
    with pytest.raises(SolverError, match=unsettled):
        simulate(scenario_from_dict({"end_day": 10, "parameters": {"diet_phosphorus_intake": 0.0}}))


def test_a_pregnancy_on_little_phosphorus_takes_no_phosphate_the_mother_does_not_have() -> None:
    dataset = simulate(scenario_from_dict({"end_day": 10, "parameters": {"diet_phosphorus_intake": 100.0}}))
    assert float(dataset["serum_phosphate"].min()) >= 0


def test_urine_and_absorption_stay_non_negative_just_inside_the_reference_bounds() -> None:
    dataset = simulate(scenario_from_dict({"end_day": 30, "output_step_days": 5,
                                           "parameters": {"fractional_calcium_absorption_reference": 0.11,
                                                          "endogenous_fecal_calcium_reference": 100.0}}))
    assert float(dataset["urine_calcium"].min()) >= 0 and float(dataset["gut_calcium_absorbed"].min()) >= 0
