"""PEtab v2 export: the calibration problem with the reproductive timeline as experiments, linted by petab.v2."""

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import lactabone
from lactabone.calibration.calibrate import PROBLEMS
from lactabone.cli import app
from lactabone.export.petab import SPECIES
from lactabone.export.petab_v2 import write_petab_v2
from lactabone.scenario import ScenarioError, scenario_from_dict
from lactabone.simulation import parameter_values
from lactabone.export.sbml import schedule_inputs


#: petab 0.8.2 calls DataFrame.set_index(inplace=True), which pandas 3.1 deprecates (its warning, not ours).
PETAB_PANDAS_WARNING = "ignore:The inplace keyword:pandas.errors.Pandas4Warning"


@pytest.mark.filterwarnings(PETAB_PANDAS_WARNING)
@pytest.mark.parametrize("species", SPECIES)
def test_the_v2_problem_of_every_calibrated_species_lints_clean(tmp_path, species):
    from petab.v2 import lint_problem

    problem = write_petab_v2(scenario_from_dict({"species": species}), tmp_path / species)
    issues = lint_problem(problem)
    assert not list(issues), "\n".join(str(issue) for issue in issues)


@pytest.fixture(scope="module")
def human(tmp_path_factory) -> Path:
    return write_petab_v2(lactabone.default_scenario(), tmp_path_factory.mktemp("petab_v2"))


def test_each_experiment_has_one_period_per_segment_of_its_timeline(human):
    from lactabone.export.petab import CONDITIONS

    experiments = pd.read_csv(human.with_name("experiments.tsv"), sep="\t")
    for name, mapping in CONDITIONS["human"].items():
        scenario = scenario_from_dict({**mapping, "species": "human"})
        segments = schedule_inputs(scenario, parameter_values(scenario))
        periods = experiments[experiments["experimentId"] == name]
        assert len(periods) == len(segments) > 1
        starts = [0.0] + [segment["segment_start_day"] - scenario.start_day for segment in segments[1:]]
        assert periods["time"].tolist() == pytest.approx(starts)


def test_the_first_period_sets_start_day_and_disables_the_models_own_schedule_events(human):
    conditions = pd.read_csv(human.with_name("conditions.tsv"), sep="\t")
    first = conditions[conditions["conditionId"] == "one_infant_period_0"].set_index("targetId")["targetValue"]
    assert first["start_day"] == 0
    assert all(first[name] >= 1e9 for name in first.index if name.endswith("_segment_start_day")
               and name.startswith("schedule_"))


def test_measurements_carry_the_goals_with_their_target_and_citation(human):
    measurements = pd.read_csv(human.with_name("measurements.tsv"), sep="\t")
    bounds, goals = PROBLEMS["human"]
    assert set(measurements["targetId"]) == {goal.target for goal in goals}
    assert measurements["citation"].str.len().min() > 10
    parameters = pd.read_csv(human.with_name("parameters.tsv"), sep="\t")
    assert list(parameters["parameterId"]) == list(bounds)
    observables = pd.read_csv(human.with_name("observables.tsv"), sep="\t")
    assert set(observables["noiseDistribution"]) == {"normal"}


def test_the_cow_has_no_petab_problem(tmp_path):
    with pytest.raises(ScenarioError, match="cow"):
        write_petab_v2(scenario_from_dict({"species": "cow"}), tmp_path)


def test_the_export_command_writes_v2_and_keeps_v1_behind_a_flag(tmp_path):
    for version, expected in (([], "2.0.0"), (["--petab-version", "1"], 1)):
        folder = tmp_path / f"petab{len(version)}"
        result = CliRunner().invoke(app, ["export", "--format", "petab", "--out", str(folder), *version])
        assert result.exit_code == 0, result.output
        import yaml

        assert yaml.safe_load((folder / "problem.yaml").read_text())["format_version"] == expected
