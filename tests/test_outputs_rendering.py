"""Tests of results files, figures, summary, scorecard and the command line.

Every test builds its own synthetic dataset or fakes the simulator, so these
run without the real model.
"""

from __future__ import annotations

import json
import sys
import types
from dataclasses import FrozenInstanceError, replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import xarray as xr
from matplotlib.figure import Figure

import lactabone
from lactabone import cli
from lactabone.plots.figures import comparison_figure, plot_comparison, plot_scenario
from lactabone.results.io import write_results
from lactabone.results.summary import BEYOND_END, format_summary, summarize
from lactabone.validation.scorecard import TargetResult, write_scorecard

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WEANING_DAY = 180.0
NURSING_MILK_CALCIUM_MG_PER_DAY = 210.0
SPINE_LOSS_RATE_PERCENT_PER_DAY = -0.04
HIP_LOSS_RATE_PERCENT_PER_DAY = -0.01
RECOVERY_DAYS = 200.0
LOWEST_CALCIUM_DAY = 30.0
LOWEST_CALCIUM_MMOL_PER_L = 2.05
HIGHEST_CALCIUM_MMOL_PER_L = 2.55
BASE_CALCIUM_MMOL_PER_L = 2.35
NURSING_FRACTIONAL_ABSORPTION = 0.3
WEANED_FRACTIONAL_ABSORPTION = 0.5

VARIABLE_UNITS = {
    "serum_calcium": "mmol/L",
    "serum_ionized_calcium": "mmol/L",
    "serum_phosphate": "mmol/L",
    "pth": "pmol/L",
    "pthrp": "pmol/L",
    "calcitriol": "pmol/L",
    "calcitonin": "pg/mL",
    "estradiol": "pg/mL",
    "progesterone": "ng/mL",
    "prolactin": "ng/mL",
    "lh": "IU/L",
    "fsh": "IU/L",
    "oxytocin": "pg/mL",
    "milk_volume": "L/d",
    "milk_calcium": "mg/d",
    "gut_calcium_absorbed": "mg/d",
    "fractional_calcium_absorption": "1",
    "urine_calcium": "mg/d",
    "skeletal_calcium_release": "mg/d",
    "skeletal_calcium": "g",
    "bmd_spine_change": "%",
    "bmd_hip_change": "%",
    "bmd_femoral_neck_change": "%",
    "bmd_radius_change": "%",
    "bmd_femur_change": "%",
    "bmc_whole_body_change": "%",
    "osteoclasts": "1",
    "osteoblasts": "1",
    "ctx": "1",
    "p1np": "1",
    "lacunar_area": "1",
    "trabecular_number": "1",
    "trabecular_thickness": "1",
    "cortical_porosity": "1",
    "strength_spine": "1",
    "strength_femur": "1",
}


def _bmd_change(days: np.ndarray, rate: float) -> np.ndarray:
    """Linear loss until weaning, linear recovery to zero over RECOVERY_DAYS."""
    lowest = rate * WEANING_DAY
    recovering = lowest * (1 - (days - WEANING_DAY) / RECOVERY_DAYS)
    return np.where(days <= WEANING_DAY, rate * days, np.minimum(recovering, 0.0))


def synthetic_dataset(end_day: float = 400.0, drop: tuple[str, ...] = ()) -> xr.Dataset:
    """Build a dataset shaped like lactabone.simulate output with known numbers."""
    days = np.arange(0.0, end_day + 1.0)
    nursing = days < WEANING_DAY
    generic = 1.0 + 0.2 * np.sin(days / 50.0)
    serum_calcium = np.full(days.shape, BASE_CALCIUM_MMOL_PER_L)
    serum_calcium[int(LOWEST_CALCIUM_DAY)] = LOWEST_CALCIUM_MMOL_PER_L
    serum_calcium[-1] = HIGHEST_CALCIUM_MMOL_PER_L
    values = {name: generic.copy() for name in VARIABLE_UNITS}
    values.update(
        serum_calcium=serum_calcium,
        milk_calcium=np.where(nursing, NURSING_MILK_CALCIUM_MG_PER_DAY, 0.0),
        fractional_calcium_absorption=np.where(
            nursing, NURSING_FRACTIONAL_ABSORPTION, WEANED_FRACTIONAL_ABSORPTION
        ),
        bmd_spine_change=_bmd_change(days, SPINE_LOSS_RATE_PERCENT_PER_DAY),
        bmd_hip_change=_bmd_change(days, HIP_LOSS_RATE_PERCENT_PER_DAY),
    )
    data_vars = {
        name: ("day", values[name], {"units": units, "long_name": name.replace("_", " ")})
        for name, units in VARIABLE_UNITS.items()
        if name not in drop
    }
    return xr.Dataset(
        data_vars,
        coords={"day": ("day", days, {"units": "d"})},
        attrs={
            "species": "human",
            "weaning_day": WEANING_DAY,
            "scenario_toml": 'species = "human"\nend_day = 400\n',
            "knockouts": [],
            "drugs": None,
            "exclusive": True,
            "nested": {"a": 1},
        },
    )


# results files ---------------------------------------------------------------


def test_write_results_csv_has_units_in_header(tmp_path: Path) -> None:
    written = write_results(synthetic_dataset(), tmp_path / "run")
    table = pd.read_csv(written["csv"])
    assert written["csv"].name == "results.csv"
    assert table.columns[0] == "day [d]"
    assert "serum_calcium [mmol/L]" in table.columns
    assert "bmd_spine_change [%]" in table.columns
    assert "milk_calcium [mg/d]" in table.columns
    assert len(table.columns) == 1 + len(VARIABLE_UNITS)
    assert len(table) == 401
    assert table["milk_calcium [mg/d]"].iloc[0] == pytest.approx(NURSING_MILK_CALCIUM_MG_PER_DAY)


def test_write_results_netcdf_reopens_with_units(tmp_path: Path) -> None:
    dataset = synthetic_dataset()
    written = write_results(dataset, tmp_path)
    assert written["netcdf"].name == "results.nc"
    with xr.open_dataset(written["netcdf"], engine="scipy") as reopened:
        assert reopened["serum_calcium"].attrs["units"] == "mmol/L"
        assert reopened["pth"].attrs["long_name"] == "pth"
        assert reopened["day"].attrs["units"] == "d"
        assert reopened.attrs["species"] == "human"
        assert reopened.attrs["scenario_toml"] == dataset.attrs["scenario_toml"]
        assert reopened.attrs["drugs"] == "None"
        assert reopened.attrs["nested"] == "{'a': 1}"
        np.testing.assert_allclose(reopened["bmd_spine_change"], dataset["bmd_spine_change"])
    # the caller's dataset is left untouched
    assert dataset.attrs["drugs"] is None


# figures ---------------------------------------------------------------------


def _assert_png(path: Path) -> None:
    assert path.is_file()
    assert path.stat().st_size > 1000
    assert path.read_bytes()[: len(PNG_SIGNATURE)] == PNG_SIGNATURE


def test_plot_scenario_writes_png(tmp_path: Path) -> None:
    path = plot_scenario(synthetic_dataset(), tmp_path / "figures" / "figure.png")
    _assert_png(path)


def test_plot_scenario_skips_missing_variables(tmp_path: Path) -> None:
    dropped = ("pthrp", "prolactin", "estradiol", "pth", "lacunar_area", "bmd_femur_change")
    dataset = synthetic_dataset(drop=dropped)
    del dataset.attrs["weaning_day"]
    _assert_png(plot_scenario(dataset, tmp_path / "figure.png"))


def test_plot_comparison_writes_png(tmp_path: Path) -> None:
    datasets = {"one infant": synthetic_dataset(), "short": synthetic_dataset(end_day=200.0)}
    path = plot_comparison(datasets, ["milk_calcium", "bmd_spine_change", "absent"], tmp_path / "c.png")
    _assert_png(path)


def test_comparison_figure_draws_no_weaning_line_outside_the_run() -> None:
    short = synthetic_dataset(end_day=100.0)  # weaning (day 180) falls after the run's end
    figure = comparison_figure({"short": short}, ["milk_calcium"])
    axes = figure.axes[0]
    assert axes.get_xlim()[1] < 110


def test_overview_title_names_weaning_only_within_the_run() -> None:
    from lactabone.plots.figures import scenario_figure

    assert "weaning day 180" in scenario_figure(synthetic_dataset(end_day=400.0)).get_suptitle()
    title = scenario_figure(synthetic_dataset(end_day=100.0)).get_suptitle()  # weaning (day 180) after the end
    assert "delivery day 0" in title and "weaning" not in title


# summary ---------------------------------------------------------------------


def _summary_values(dataset: xr.Dataset) -> dict[str, object]:
    summary = summarize(dataset)
    assert list(summary.columns) == ["quantity", "value", "unit"]
    return dict(zip(summary["quantity"], summary["value"]))


def test_summarize_known_numbers() -> None:
    values = _summary_values(synthetic_dataset(end_day=600.0))
    assert values["spine BMD change at weaning"] == pytest.approx(-7.2)
    assert values["hip BMD change at weaning"] == pytest.approx(-1.8)
    assert values["spine BMD change 12 months after weaning"] == pytest.approx(0.0)
    assert values["mean milk calcium while nursing"] == pytest.approx(NURSING_MILK_CALCIUM_MG_PER_DAY)
    assert values["lowest serum calcium"] == pytest.approx(LOWEST_CALCIUM_MMOL_PER_L)
    assert values["day of lowest serum calcium"] == pytest.approx(LOWEST_CALCIUM_DAY)
    assert values["highest serum calcium"] == pytest.approx(HIGHEST_CALCIUM_MMOL_PER_L)
    assert values["mean fractional calcium absorption while nursing"] == pytest.approx(
        NURSING_FRACTIONAL_ABSORPTION
    )


def test_summarize_beyond_end_of_run_is_not_nan() -> None:
    summary = summarize(synthetic_dataset(end_day=400.0))
    values = dict(zip(summary["quantity"], summary["value"]))
    assert values["spine BMD change 12 months after weaning"] == BEYOND_END
    assert values["hip BMD change 12 months after weaning"] == BEYOND_END
    assert not any(isinstance(value, float) and np.isnan(value) for value in summary["value"])
    units = dict(zip(summary["quantity"], summary["unit"]))
    assert units["mean milk calcium while nursing"] == "mg/d"
    assert units["spine BMD change at weaning"] == "%"


def test_format_summary_is_aligned_text() -> None:
    text = format_summary(summarize(synthetic_dataset()))
    lines = text.splitlines()
    assert lines[0].startswith("quantity")
    assert "beyond end of run" in text
    assert "-7.2" in text
    assert "nan" not in text.lower()
    assert all(line == line.rstrip() for line in lines)


# scorecard -------------------------------------------------------------------


def _figure() -> Figure:
    figure = Figure(figsize=(3, 2))
    figure.add_subplot().plot([0, 1], [1, 0])
    return figure


def _results() -> list[TargetResult]:
    return [
        TargetResult(
            id="S1", title="milk calcium", status="pass", model="212 mg/d",
            target="210 mg/d", citation="Kovacs 2016", role="calibration", figure=_figure(),
        ),
        TargetResult(
            id="S3", title="spine <loss>", status="fail", model="-2 %", target="-5 to -10 %",
            citation="ref 12", role="validation", detail="at day 180",
            xfail_reason="bone arm not calibrated",
        ),
        TargetResult(
            id="S4", title="appendicular | sites", status="fail", model="-3 %",
            target="half the spine loss", citation="ref 13", role="validation",
        ),
    ]


def test_target_result_is_frozen_and_checked() -> None:
    result = _results()[0]
    with pytest.raises(FrozenInstanceError):
        result.status = "fail"  # type: ignore[misc]
    with pytest.raises(ValueError):
        TargetResult(id="S9", title="t", status="PASS", model="", target="", citation="")


def test_write_scorecard_files(tmp_path: Path) -> None:
    written = write_scorecard(_results(), tmp_path / "validation")
    assert {path.name for key, path in written.items() if key != "figures"} == {
        "scorecard.md", "scorecard.html", "scorecard.json",
    }
    records = json.loads(written["json"].read_text())
    required = {"id", "title", "status", "model", "target", "citation", "role", "detail", "xfail_reason"}
    assert [record["id"] for record in records] == ["S1", "S3", "S4"]
    assert all(required <= set(record) for record in records)
    assert [record["status"] for record in records] == ["pass", "fail", "fail"]
    assert records[1]["xfail_reason"] == "bone arm not calibrated"
    assert records[0]["figure"] == "figures/S1.png"
    _assert_png(written["figures"] / "S1.png")

    markdown = written["markdown"].read_text()
    assert "| S1 | milk calcium | calibration | 212 mg/d | 210 mg/d | PASS | Kovacs 2016 |" in markdown
    assert "FAIL (known failing: bone arm not calibrated)" in markdown
    assert "appendicular \\| sites" in markdown

    page = written["html"].read_text()
    assert page.count('<tr class="pass"') == 1
    assert page.count('<tr class="fail"') == 2
    assert "data:image/png;base64," in page
    assert "spine &lt;loss&gt;" in page
    assert "<link" not in page and "<script" not in page


# command line ----------------------------------------------------------------


class FakeScenario:
    """Stands in for a validated scenario."""

    species = "human"


@pytest.fixture()
def scenario_error(monkeypatch: pytest.MonkeyPatch) -> type[Exception]:
    """Return the real ScenarioError, or register a stand-in as lactabone.scenario."""
    try:
        from lactabone.scenario import ScenarioError
    except ImportError:
        module = types.ModuleType("lactabone.scenario")

        class ScenarioError(ValueError):  # type: ignore[no-redef]
            """Stand-in for lactabone.scenario.ScenarioError."""

        module.ScenarioError = ScenarioError  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "lactabone.scenario", module)
    return ScenarioError


@pytest.fixture()
def fake_model(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[object]]:
    calls: dict[str, list[object]] = {"load": [], "simulate": []}

    def load_scenario(path: Path) -> FakeScenario:
        calls["load"].append(path)
        return FakeScenario()

    def simulate(scenario: object) -> xr.Dataset:
        calls["simulate"].append(scenario)
        return synthetic_dataset()

    monkeypatch.setattr(lactabone, "load_scenario", load_scenario, raising=False)
    monkeypatch.setattr(lactabone, "default_scenario", FakeScenario, raising=False)
    monkeypatch.setattr(lactabone, "simulate", simulate, raising=False)
    return calls


def _invoke(*arguments: str):
    from typer.testing import CliRunner

    return CliRunner().invoke(cli.app, list(arguments))


def test_cli_run_writes_outputs(tmp_path: Path, fake_model: dict[str, list[object]]) -> None:
    scenario = tmp_path / "one_infant.toml"
    scenario.write_text('species = "human"\n')
    out = tmp_path / "out"
    result = _invoke("run", str(scenario), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert fake_model["load"] == [scenario]
    for name in ("results.csv", "results.nc", "figure.png"):
        assert (out / name).is_file()
    assert "spine BMD change at weaning" in result.stdout
    assert str(out / "figure.png") in result.stdout


def test_cli_run_default_scenario_and_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_model: dict[str, list[object]]
) -> None:
    monkeypatch.chdir(tmp_path)
    result = _invoke("run")
    assert result.exit_code == 0, result.output
    assert fake_model["load"] == []
    assert isinstance(fake_model["simulate"][0], FakeScenario)
    assert (tmp_path / "out" / "default" / "results.csv").is_file()


def test_cli_scenario_error_is_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fake_model: dict[str, list[object]],
    scenario_error: type[Exception],
) -> None:
    message = "nursing.weaning_day = -5 is outside the allowed range 0 to 3650 days"

    def load_scenario(path: Path) -> None:
        raise scenario_error(message)

    monkeypatch.setattr(lactabone, "load_scenario", load_scenario, raising=False)
    scenario = tmp_path / "bad.toml"
    scenario.write_text("species = 1\n")
    result = _invoke("run", str(scenario), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"error: {message}"]
    assert "Traceback" not in result.output
    assert not (tmp_path / "out" / "results.csv").exists()


def test_cli_missing_scenario_file(tmp_path: Path, fake_model: dict[str, list[object]]) -> None:
    result = _invoke("run", str(tmp_path / "absent.toml"))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "absent.toml" in lines[0]
    assert "Traceback" not in result.output


def _install_fake_targets(monkeypatch: pytest.MonkeyPatch, results: list[TargetResult]) -> None:
    module = types.ModuleType("lactabone.validation.catalogue")
    listed = [
        types.SimpleNamespace(
            id=result.id, title=result.title, role=result.role, citation=result.citation,
            observation=result.title, target_text=result.target,
        )
        for result in results
    ]
    module.evaluate_targets = lambda progress=None: list(results)  # type: ignore[attr-defined]
    module.list_targets = lambda: listed  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "lactabone.validation.catalogue", module)


def test_cli_validate_reports_and_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_fake_targets(monkeypatch, _results())
    out = tmp_path / "validation"
    result = _invoke("validate", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "scorecard.json").is_file() and (out / "scorecard.html").is_file()
    assert "3 targets: 1 pass, 2 fail (1 known failing)" in result.stdout
    assert "S3" in result.stdout and "FAIL*" in result.stdout
    strict = _invoke("validate", "--out", str(out), "--strict")
    assert strict.exit_code == 1


def test_cli_validate_strict_passes_with_only_known_failures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _install_fake_targets(monkeypatch, _results()[:2])
    result = _invoke("validate", "--out", str(tmp_path), "--strict")
    assert result.exit_code == 0, result.output


def test_cli_validate_compare_writes_the_rows_that_moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_fake_targets(monkeypatch, _results())
    assert _invoke("validate", "--out", str(tmp_path / "before")).exit_code == 0
    now = _results()
    now[2] = replace(now[2], status="pass", model="-1 %")
    _install_fake_targets(monkeypatch, now)
    result = _invoke("validate", "--out", str(tmp_path / "after"), "--compare",
                     str(tmp_path / "before" / "scorecard.json"))
    assert result.exit_code == 0, result.output
    text = (tmp_path / "after" / "comparison.md").read_text(encoding="utf-8")
    assert "| validation | 0 of 2 | 1 of 2 |" in text
    assert "| S4 | validation | fail: -3 % | pass: -1 % |" in text
    assert "| S1 |" not in text and "| S3 |" not in text
    assert "| rat | estrogen_rankl_exponent |" in text and "| human | assumed |" in text


def test_comparison_shows_how_each_calibrated_value_and_provenance_count_moved() -> None:
    from lactabone.validation.comparison import comparison_markdown

    rows = [{"id": "S1", "role": "calibration", "status": "pass", "model": "212 mg/d"}]
    before = {"calibrated": {"rat": {"estrogen_rankl_exponent": 4.0}}, "provenance": {"rat": {"assumed": 132}}}
    after = {"calibrated": {"rat": {"estrogen_rankl_exponent": 3.0, "new_gain": 1.5}},
             "provenance": {"rat": {"assumed": 131}}}
    text = comparison_markdown(rows, rows, before, after)
    assert "No row changed status or value." in text
    assert "| rat | estrogen_rankl_exponent | 4 | 3 | -25.0% |" in text
    assert "| rat | new_gain | (none) | 1.5 |  |" in text
    assert "| rat | assumed | 132 | 131 |" in text
    assert "not compared" in comparison_markdown(rows, rows)


def test_cli_validate_compare_refuses_what_is_not_a_scorecard(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _install_fake_targets(monkeypatch, _results())
    baseline = tmp_path / "old.json"
    baseline.write_text("{}")
    result = _invoke("validate", "--out", str(tmp_path / "out"), "--compare", str(baseline))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"error: compare: {baseline} is not a scorecard.json written by "
                                                  "lactabone validate"]
    assert not (tmp_path / "out").exists()


def test_cli_targets_lists_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    _install_fake_targets(monkeypatch, _results())
    result = _invoke("targets")
    assert result.exit_code == 0, result.output
    assert "Kovacs 2016" in result.stdout and "calibration" in result.stdout


def test_cli_parameters_formats(monkeypatch: pytest.MonkeyPatch) -> None:
    table = pd.DataFrame(
        {
            "name": ["milk_calcium_per_offspring"],
            "value": [210.0],
            "unit": ["mg/d"],
            "source": ["Kovacs 2016"],
            "description": ["calcium secreted into milk per infant"],
        }
    )
    module = types.ModuleType("lactabone.parameters")

    def parameter_table(species: str) -> pd.DataFrame:
        if species != "human":
            raise KeyError(f"unknown species {species!r}")
        return table

    module.parameter_table = parameter_table  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "lactabone.parameters", module)
    as_table = _invoke("parameters")
    assert as_table.exit_code == 0 and "milk_calcium_per_offspring" in as_table.stdout
    as_csv = _invoke("parameters", "--format", "csv")
    assert as_csv.stdout.splitlines()[0] == "name,value,unit,source,description"
    as_markdown = _invoke("parameters", "--species", "human", "--format", "markdown")
    assert as_markdown.stdout.startswith("| name | value | unit | source | description |")
    unknown = _invoke("parameters", "--species", "dog")
    assert unknown.exit_code == 2
    assert unknown.stderr.strip() == "error: unknown species 'dog'"
