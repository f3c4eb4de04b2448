"""Global sensitivity (SALib): the factor that sets an output dominates its indices; bad requests are refused."""

import json
import subprocess
import sys

import numpy as np
import pytest

from lactabone.population import SerialExecutor
from lactabone.population.sensitivity import run_sensitivity, write_sensitivity
from lactabone.scenario import ScenarioError, scenario_from_dict

ONE_INFANT = scenario_from_dict({"end_day": 200, "nursing": {"offspring": 1, "exclusive_days": 180,
                                                             "weaning_day": 180}})


@pytest.fixture(scope="module")
def milk_sobol():
    return run_sensitivity(ONE_INFANT, "sobol", "milk_calcium", 90, samples=32, seed=3, executor=SerialExecutor())


def test_milk_calcium_is_set_by_milk_volume_and_its_calcium_concentration(milk_sobol):
    table = milk_sobol.indices.set_index("factor")
    assert milk_sobol.runs == 32 * (len(table) + 2)
    top = set(table["ST"].nlargest(2).index)
    assert top == {"milk_volume", "milk_calcium_concentration"}
    others = table.drop(index=sorted(top))
    # Prolactin gates milk synthesis (prolactin_permissiveness): a woman answering suckling with a fifth of the
    # usual prolactin (1st percentile of the factor) makes about 10% less milk, a small share of the variance.
    assert others.loc["suckling_prolactin", "ST"] < 0.05
    assert (others.drop(index="suckling_prolactin")["ST"] < 0.02).all()
    assert table.loc[sorted(top), "S1"].sum() == pytest.approx(1.0, abs=0.25)
    assert (table["ST_conf"] >= 0).all()


def test_same_seed_same_indices(milk_sobol):
    again = run_sensitivity(ONE_INFANT, "sobol", "milk_calcium", 90, samples=32, seed=3, executor=SerialExecutor())
    assert np.allclose(again.indices["ST"], milk_sobol.indices["ST"])


@pytest.fixture(scope="module")
def spine_morris():
    return run_sensitivity(ONE_INFANT, "morris", "bmd_spine_change", 180, samples=8, seed=1,
                           executor=SerialExecutor())


@pytest.mark.xfail(strict=True, reason="bone turnover ranks first for spine loss at weaning (mu* 4.7; suckling prolactin "
                   "3.3, milk calcium and diet calcium 2.3-2.4; mammary PTHrP 1.6): the loss answers to turnover, to the "
                   "prolactin that lowers estradiol, and to the diet through resting PTH (S7), and with one PTH1R potency "
                   "mammary PTHrP adds little signal of its own")
def test_morris_ranks_mammary_pthrp_first_for_spine_loss(spine_morris):
    assert spine_morris.indices.set_index("factor")["mu_star"].idxmax() == "mammary_pthrp"


def test_morris_writes_its_indices_table_and_figure(spine_morris, tmp_path):
    result = spine_morris
    table = result.indices.set_index("factor")
    assert table.loc["mammary_pthrp", "mu_star"] > 0
    paths = write_sensitivity(result, tmp_path)
    document = json.loads(paths["json"].read_text())
    assert document["method"] == "morris" and len(document["indices"]) == len(table)
    assert paths["figure"].stat().st_size > 0 and paths["csv"].is_file()


@pytest.mark.parametrize("method, output, day, samples, message", [
    ("sobol", "bone_magic", 90, 32, "output = 'bone_magic'"),
    ("sobol", "milk_calcium", 900, 32, "day = 900"),
    ("sobol", "milk_calcium", 90, 30, "samples = 30"),
    ("fast", "milk_calcium", 90, 32, "method = 'fast'"),
])
def test_bad_requests_are_refused(method, output, day, samples, message):
    with pytest.raises(ScenarioError, match=message):
        run_sensitivity(ONE_INFANT, method, output, day, samples=samples, executor=SerialExecutor())


def test_command_line_refuses_an_unknown_output_in_one_line():
    done = subprocess.run([sys.executable, "-m", "lactabone", "sensitivity", "--output", "bone_magic"],
                          capture_output=True, encoding="utf-8", errors="replace", check=False)
    assert done.returncode == 2 and done.stderr.startswith("error: output = 'bone_magic'")
    assert len(done.stderr.strip().splitlines()) == 1
