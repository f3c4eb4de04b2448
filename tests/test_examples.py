"""Every example scenario runs, and normal ones keep serum calcium in 2.1-2.7 mmol/L."""

from pathlib import Path

import pytest

import lactabone

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.toml"))


def test_there_are_examples():
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize("path", EXAMPLES, ids=[path.stem for path in EXAMPLES])
def test_example_runs_with_calcium_in_the_normal_range(path):
    dataset = lactabone.simulate(lactabone.load_scenario(path))
    calcium = dataset["serum_calcium"]
    assert 2.1 <= float(calcium.min()) and float(calcium.max()) <= 2.7
    assert float(dataset["day"][-1]) == lactabone.load_scenario(path).end_day


def test_command_line_run_writes_results_and_figure(tmp_path):
    from typer.testing import CliRunner

    from lactabone.cli import app

    result = CliRunner().invoke(app, ["run", str(EXAMPLES[0]), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("results.csv", "results.nc", "figure.png"):
        assert (tmp_path / name).stat().st_size > 0
    assert "spine BMD change at weaning" in result.output
