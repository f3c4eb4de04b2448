"""A virtual dairy herd: the [herd] table, drawing cows, their hypocalcaemia by parity with Wilson intervals."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from lactabone.cli import app
from lactabone.population import SerialExecutor, run_herd
from lactabone.population.herd import calcium_on_days, sample_herd
from lactabone.population.herd_variability import US_PARITY_SHARES, parity_group
from lactabone.population.incidence import format_table, incidence_table, wilson_interval
from lactabone.scenario import ScenarioError, scenario_from_dict

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "cow_herd.toml"
#: A short calving window keeps each cow to a few milliseconds.
HERD = {"species": "cow", "start_day": -7.0, "end_day": 4.0, "output_step_days": 1 / 24,
        "nursing": {"offspring": 1, "exclusive_days": 305.0, "weaning_day": 305.0}}


def herd_scenario(**herd):
    return scenario_from_dict({**HERD, "herd": herd})


@pytest.mark.parametrize("herd, message", [
    ({"parity_shares": [0.5, 1.5]}, "herd.parity_shares[1] = 1.5: must be a number from 0 to 1"),
    ({"parity_shares": [0.5, 0.6]}, "herd.parity_shares = [0.5, 0.6]: must sum to 1 (+-0.01); they sum to 1.1"),
    ({"parity_shares": [0.1] * 11}, "herd.parity_shares = [0.1, 0.1, 0.1"),
    ({"parity_shares": [1.0], "breed": "Jersey"}, "herd.breed = 'Jersey': unknown key; allowed keys in [herd]"),
    ({"parity_shares": [1.0], "rations": [{"share": 0.4, "dcad_meq_per_kg": 0.0}]},
     "herd.rations[0].share = 0.4: the rations' shares must sum to 1"),
    ({"parity_shares": [1.0], "rations": [{"share": 1.0, "dcad_meq_per_kg": 700.0}]},
     "herd.rations[0].dcad_meq_per_kg = 700: must be a number from -300 to 600"),
])
def test_a_bad_herd_description_is_refused_in_one_line_naming_field_value_and_range(herd, message):
    with pytest.raises(ScenarioError) as error:
        herd_scenario(**herd)
    assert str(error.value).startswith(message) and "\n" not in str(error.value)


def test_a_herd_is_for_cows_only():
    with pytest.raises(ScenarioError, match=r"herd = '\{...\}': is for species = 'cow' only"):
        scenario_from_dict({"herd": {"parity_shares": [1.0]}})


def test_the_command_line_refuses_a_bad_herd_before_solving(tmp_path):
    bad = tmp_path / "bad_herd.toml"
    bad.write_text(EXAMPLE.read_text().replace("share = 0.5\ndcad_meq_per_kg = -100.0",
                                               "share = 0.7\ndcad_meq_per_kg = -100.0"))
    result = CliRunner().invoke(app, ["population", str(bad), "--n", "5", "--out", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert "herd.rations[1].share = 0.7: the rations' shares must sum to 1 (+-0.01); they sum to 1.2" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out" / "cows.csv").exists()


def test_a_run_that_misses_calving_or_day_3_is_refused():
    with pytest.raises(ScenarioError, match="must start before calving .* and reach day 3"):
        run_herd(scenario_from_dict({**HERD, "end_day": 2.0}), 3, executor=SerialExecutor())
    with pytest.raises(ScenarioError, match="a herd is made of cows"):
        run_herd(scenario_from_dict({"end_day": 30}), 3, executor=SerialExecutor())


def test_parity_and_ration_are_drawn_with_the_herd_shares_and_the_same_seed_gives_the_same_herd():
    scenario = herd_scenario(parity_shares=[0.5, 0.3, 0.2],
                             rations=[{"share": 0.25, "dcad_meq_per_kg": -100.0}, {"share": 0.75}])
    cows = sample_herd(scenario, 4000, seed=3)
    pd.testing.assert_frame_equal(cows, sample_herd(scenario, 4000, seed=3))
    shares = cows["parity"].value_counts(normalize=True).sort_index()
    assert list(shares.index) == [1, 2, 3]
    assert np.allclose(shares.to_numpy(), [0.5, 0.3, 0.2], atol=0.03)
    assert abs((cows["dcad_meq_per_kg"] == -100.0).mean() - 0.25) < 0.03
    assert cows.loc[cows["dcad_meq_per_kg"] != -100.0, "dcad_meq_per_kg"].isna().all()  # the [cow] table's
    assert not cows.equals(sample_herd(scenario, 4000, seed=4))


def test_without_a_herd_table_cows_follow_the_us_parity_mix_and_heifers_peak_lower():
    cows = sample_herd(scenario_from_dict(HERD), 4000, seed=1)
    assert abs(sum(US_PARITY_SHARES) - 1) < 1e-3 and len(US_PARITY_SHARES) == 8
    assert abs((cows["parity"] == 1).mean() - US_PARITY_SHARES[0]) < 0.03
    heifers, older = cows[cows["parity"] == 1], cows[cows["parity"] > 1]
    # the cow set's first-lactation peak is 0.8 of a mature cow's 45 kg/d, each scaled by a median-1 factor
    assert heifers["peak_milk_kg_per_day"].median() == pytest.approx(36.0, rel=0.03)
    assert older["peak_milk_kg_per_day"].median() == pytest.approx(45.0, rel=0.03)
    # the [cow] table's own parity does not change the herd's peaks
    heifer_base = sample_herd(scenario_from_dict({**HERD, "cow": {"parity": 1}}), 4000, seed=1)
    assert heifer_base["peak_milk_kg_per_day"].equals(cows["peak_milk_kg_per_day"])


def test_parity_groups_follow_venjakob():
    assert [parity_group(parity) for parity in (1, 2, 3, 4, 7)] == ["1", "2", "3", "4+", "4+"]


@pytest.mark.parametrize("count, total", [(0, 10), (5, 10), (17, 40), (40, 40)])
def test_wilson_interval_matches_its_closed_form(count, total):
    z = 1.959963984540054
    p = count / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z / (1 + z * z / total) * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    assert wilson_interval(count, total) == pytest.approx((centre - half, centre + half), abs=1e-9)


def test_incidence_table_counts_cows_below_each_threshold_by_parity_group():
    cows = pd.DataFrame({"parity_group": ["1", "1", "2", "4+", "4+", "4+"],
                         "accepted": [True, True, True, True, True, False],
                         "nadir_mmol_per_l": [2.3, 2.1, 1.9, 1.3, 2.05, 1.0]})
    table = incidence_table(cows).set_index("parity_group")
    assert list(table.index) == ["1", "2", "4+", "all"]  # no parity-3 cows; the rejected cow is left out
    assert table.loc["1", "below_2_14_cows"] == 1 and table.loc["1", "below_2_0_cows"] == 0
    assert table.loc["2", "below_2_0_percent"] == 100.0 and table.loc["2", "below_2_0_low_percent"] < 100.0
    assert table.loc["4+", "clinical_cows"] == 1 and table.loc["4+", "cows"] == 2
    assert table.loc["all", "below_2_0_percent"] == pytest.approx(40.0)
    assert table.loc["all", "clinical_low_percent"] == pytest.approx(100 * wilson_interval(1, 5)[0])
    lines = format_table(incidence_table(cows))
    assert max(len(line) for line in lines) <= 80 and "< 2.14 mmol/L" in lines[0]
    cows["ration"] = ["DCAD -100", "usual", "usual", "usual", "DCAD -100", "usual"]
    by_ration = incidence_table(cows, "ration").set_index("ration")
    assert list(by_ration.index) == ["DCAD -100", "usual", "all"]
    assert by_ration.loc["usual", "cows"] == 3 and by_ration.loc["usual", "below_2_0_cows"] == 2


def test_a_small_herd_loses_calcium_with_parity_and_yield_and_is_reproducible():
    scenario = herd_scenario(parity_shares=[0.5, 0.0, 0.0, 0.5])
    herd = run_herd(scenario, 16, seed=2, executor=SerialExecutor())
    again = run_herd(scenario, 16, seed=2, executor=SerialExecutor())
    pd.testing.assert_frame_equal(herd.cows, again.cows)
    reported = []  # smaller chunks, as the web page sends them, report progress and give the same herd
    chunked = run_herd(scenario, 16, seed=2, executor=SerialExecutor(), cows_per_chunk=5,
                       on_progress=lambda done, cows: reported.append((done, cows)))
    pd.testing.assert_frame_equal(herd.cows, chunked.cows)
    assert len(reported) == 4 and reported[-1] == (16, 16)  # chunks of 5, 5, 5 and 1 cows, in any order
    assert [done for done, _ in reported] == sorted({done for done, _ in reported})
    accepted = herd.accepted
    assert len(accepted) >= 14
    assert (accepted["nadir_day"] >= 0).all() and (accepted["nadir_day"] <= 3).all()
    by_parity = accepted.groupby("parity")["nadir_mmol_per_l"].median()
    assert by_parity[4] < by_parity[1] - 0.1  # older cows fall further (Venjakob 2017; D7)
    older = accepted[accepted["parity"] == 4]
    assert older["peak_milk_kg_per_day"].corr(older["nadir_mmol_per_l"], method="spearman") < 0


def test_the_command_line_writes_the_herd_table_and_figure(tmp_path):
    result = CliRunner().invoke(app, ["population", str(EXAMPLE), "--n", "12", "--seed", "1",
                                      "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("cows.csv", "incidence_by_parity.csv", "incidence_by_ration.csv", "incidence_by_parity.png"):
        assert (tmp_path / name).stat().st_size > 0
    assert "cows: 12 sampled" in result.output and "< 1.4 mmol/L" in result.output
    assert "DCAD -100" in result.output  # the example's two close-up rations get their own table
    table = pd.read_csv(tmp_path / "incidence_by_parity.csv")
    assert table["cows"].iloc[-1] == pd.read_csv(tmp_path / "cows.csv")["accepted"].sum()


def test_a_herds_calcium_on_given_days_comes_from_its_plausible_cows():
    herd = calcium_on_days(scenario_from_dict({**HERD, "end_day": 8.0}), 12, (1.0, 7.0), seed=2)
    assert list(herd.columns) == ["parity", 1.0, 7.0] and 10 <= len(herd) <= 12
    assert herd[1.0].mean() < herd[7.0].mean()  # the dip at calving, recovered within the week (Bigras-Poulin 1998)
    assert herd[1.0].between(0.5, 2.7).all() and herd[7.0].between(1.8, 2.7).all()
    with pytest.raises(ScenarioError, match="end_day = 4: the run must reach day 7 in milk"):
        calcium_on_days(scenario_from_dict({**HERD, "end_day": 4.0}), 2, (1.0, 7.0))
