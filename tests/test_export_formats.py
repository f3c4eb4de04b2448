"""Antimony and PEtab exports, and the ``lactabone export`` command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import sympy as sp
from typer.testing import CliRunner

import lactabone
from lactabone.calibration.calibrate import BOUNDS, CALIBRATION, PROBLEMS
from lactabone.cli import app
from lactabone.export.petab import CONDITIONS, OBSERVATIONS, SPECIES, write_petab
from lactabone.parameters import parameter_set
from lactabone.scenario import scenario_from_dict
from lactabone.simulation import solve

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "one_infant_6_months.toml"


@pytest.fixture(scope="module")
def petab_problem(tmp_path_factory) -> Path:
    return write_petab(lactabone.default_scenario(), tmp_path_factory.mktemp("petab"))


def test_petablint_accepts_the_calibration_problem(petab_problem):
    petablint = Path(sys.executable).with_name("petablint")
    result = subprocess.run([str(petablint), "-v", str(petab_problem)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "completed successfully" in result.stdout + result.stderr


def test_petab_fits_the_calibrated_parameters_to_the_calibration_targets(petab_problem):
    table = pd.read_csv(petab_problem.with_name("parameters.tsv"), sep="\t")
    calibrated = {name for name, parameter in parameter_set("human").items() if parameter.provenance == "calibrated"}
    assert set(table["parameterId"]) == set(BOUNDS) == calibrated
    assert (table["estimate"] == 1).all()
    observables = pd.read_csv(petab_problem.with_name("observables.tsv"), sep="\t")
    assert sorted(observables["observableName"].str.split(":").str[0].unique()) == ["C1", "C3", "S3"]


GOALS = [(species, goal) for species, (_, goals) in PROBLEMS.items() if species in SPECIES for goal in goals]


def test_petab_covers_every_calibrated_species_but_the_cow():
    assert set(SPECIES) == set(PROBLEMS) - {"cow"}
    with pytest.raises(lactabone.ScenarioError, match="species = 'cow': no PEtab calibration problem"):
        write_petab(scenario_from_dict({"species": "cow"}), Path("unused"))


@pytest.mark.parametrize("species, goal", GOALS, ids=[f"{species}-{goal.measure.__name__}" for species, goal in GOALS])
def test_each_petab_observation_reads_what_the_calibration_measures(species, goal):
    """The observation, sampled on lactabone's own solution, is exactly the calibration's measure."""
    observation = OBSERVATIONS[goal.measure.__name__]
    scenario = scenario_from_dict({**CONDITIONS[species][observation.condition], "species": species})
    dataset, solution = lactabone.simulate(scenario), solve(scenario)
    formula = sp.sympify(observation.formula)
    samples = []
    for day in observation.days():
        values = {symbol: (solution.pre_pregnant[symbol.name[len("reference_"):]]
                           if symbol.name.startswith("reference_") else float(dataset[symbol.name].interp(day=day)))
                  for symbol in formula.free_symbols}
        samples.append(float(formula.subs(values)))
    assert np.mean(samples) == pytest.approx(goal.measure(), rel=1e-9)


@pytest.mark.parametrize("species, targets", [("mouse", ["S8", "C4"]), ("rat", ["S8"])])
def test_rodent_calibration_problems_pass_petablint(tmp_path, species, targets):
    problem = write_petab(scenario_from_dict({"species": species}), tmp_path / species)
    petablint = Path(sys.executable).with_name("petablint")
    result = subprocess.run([str(petablint), "-v", str(problem)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    observables = pd.read_csv(problem.with_name("observables.tsv"), sep="\t")
    assert list(observables["observableName"].str.split(":").str[0]) == targets


def test_antimony_is_the_sbml_export_translated():
    from lactabone.export.antimony import antimony_string

    text = antimony_string(scenario_from_dict({"end_day": 365}))
    assert "bmd_spine_change :=" in text
    assert "day >= schedule_1_segment_start_day" in text
    assert "model *lactabone_human()" in text


@pytest.mark.parametrize("output_format, name", [("sbml", "model.xml"), ("antimony", "model.ant"),
                                                 ("petab", "petab")])
def test_export_command_writes_each_format(tmp_path, output_format, name):
    result = CliRunner().invoke(app, ["export", str(EXAMPLE), "--format", output_format,
                                      "--out", str(tmp_path / name)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).exists()


def test_export_command_reports_a_bad_scenario_on_one_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('species = "human"\nend_day = -5\n')
    result = CliRunner().invoke(app, ["export", str(bad), "--out", str(tmp_path / "model.xml")])
    assert result.exit_code == 2
    assert result.output.strip().startswith("error:") and len(result.output.strip().splitlines()) == 1
