"""Calibration in pyPESTO: the rat's one calibrated parameter, fitted from the PEtab v2 problem and profiled."""

import numpy as np
import pytest
from typer.testing import CliRunner

from lactabone.calibration.petab_likelihood import PetabLikelihood, PetabTables
from lactabone.cli import app
from lactabone.export.petab_v2 import write_petab_v2
from lactabone.parameters import parameter_set
from lactabone.scenario import scenario_from_dict
from lactabone.validation import measures

def test_the_petab_likelihood_simulates_what_the_calibration_measures(tmp_path):
    write_petab_v2(scenario_from_dict({"species": "rat"}), tmp_path)
    likelihood = PetabLikelihood(PetabTables.read(tmp_path), "rat")
    stored = {name: parameter_set("rat")[name].value for name in likelihood.names}
    assert likelihood.simulate(stored) == pytest.approx([measures.rat_skeleton_at_weaning()], rel=1e-9)
    worse = {name: value * 3 for name, value in stored.items()}
    assert np.isfinite(likelihood(stored)) and likelihood(worse) != likelihood(stored)

def test_pypesto_profiles_the_rat_parameter_and_agrees_with_the_stored_calibration(tmp_path):
    result = CliRunner().invoke(app, ["calibrate", "--species", "rat", "--engine", "pypesto", "--starts", "2",
                                      "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "stored value inside the 95% likelihood region" in result.output
    assert (tmp_path / "profiles.png").stat().st_size > 1000
    assert (tmp_path / "problem.yaml").exists() and (tmp_path / "pypesto_fit.csv").exists()
