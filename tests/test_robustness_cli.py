"""Regression tests for issue 17's reproducers at the command line, the API and the population runner."""

from __future__ import annotations

import concurrent.futures
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import typer
from typer.testing import CliRunner

import lactabone
from lactabone.cli import app, main
from lactabone.population.executors import executor_for
from lactabone.results.files import atomic_path
from lactabone.scenario import scenario_from_dict

ROOT = Path(__file__).resolve().parents[1]
SHORT_MOUSE = {"species": "mouse", "end_day": 25, "output_step_days": 1,
               "nursing": {"offspring": 8, "exclusive_days": 21, "weaning_day": 21}}


def _invoke(*arguments: str):
    return CliRunner().invoke(app, list(arguments))


def _one_error_line(result, exit_code: int = 2) -> str:
    assert result.exit_code == exit_code, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith(("error:", "interrupted"))]
    assert len(lines) == 1 and "Traceback" not in result.output
    return lines[0]


def test_solver_error_is_exported_where_the_command_line_looks_for_it() -> None:
    from lactabone.solve import SolverError

    assert SolverError is lactabone.SolverError


def test_a_failing_steady_state_is_one_line_with_exit_2(tmp_path: Path) -> None:
    scenario = tmp_path / "cyp27b1.toml"  # no calcitriol on 300 mg/d: absorption cannot balance the losses
    scenario.write_text('knockouts = ["cyp27b1"]\nend_day = 30\n[diet]\ncalcium_mg_per_day = 300\n')
    line = _one_error_line(_invoke("run", str(scenario), "--out", str(tmp_path / "out")))
    assert "steady state" in line or "solver" in line


@pytest.mark.parametrize(("option", "value"), [("--n", "1000000000000"), ("--seed", "-1"), ("--n", "0")])
def test_population_counts_and_seeds_are_capped_before_anything_runs(option: str, value: str,
                                                                    tmp_path: Path) -> None:
    line = _one_error_line(_invoke("population", option, value, "--out", str(tmp_path)))
    assert line.startswith(f"error: {option.lstrip('-')} = {value}: must be an integer from")


def test_output_paths_are_checked_before_solving(tmp_path: Path) -> None:
    a_file = tmp_path / "a_file"
    a_file.write_text("")
    assert "is an existing file" in _one_error_line(_invoke("run", "--out", str(a_file)))
    assert "cannot write" in _one_error_line(_invoke("run", "--out", "/dev/null/x"))
    assert "is a folder" in _one_error_line(_invoke("export", "--out", str(tmp_path)))


def test_an_existing_output_folder_is_announced_and_files_are_renamed_into_place(tmp_path: Path) -> None:
    scenario = tmp_path / "mouse.toml"
    scenario.write_text('species = "mouse"\nend_day = 25\n[nursing]\noffspring = 8\nexclusive_days = 21\n')
    out = tmp_path / "out"
    first = _invoke("run", str(scenario), "--out", str(out))
    assert first.exit_code == 0, first.output and "overwritten" not in first.stderr
    second = _invoke("run", str(scenario), "--out", str(out))
    assert second.exit_code == 0 and "overwritten" in second.stderr
    assert sorted(path.name for path in out.iterdir()) == ["figure.png", "results.csv", "results.nc"]


def test_an_interrupted_write_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "results.csv"
    with pytest.raises(KeyboardInterrupt), atomic_path(target) as temporary:
        temporary.write_text("half a ta")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_a_lethal_experiment_still_returns_with_warnings() -> None:
    dataset = lactabone.simulate(lactabone.load_scenario(ROOT / "examples" / "mouse_low_calcium_diet.toml"))
    serum = dataset["serum_calcium"].values
    assert serum.min() < 1.0 and any("below 1 mmol/L" in line for line in dataset.attrs["warnings"])
    normal = lactabone.simulate(scenario_from_dict(SHORT_MOUSE))
    assert normal.attrs["warnings"] == []


def test_the_summary_marks_a_run_outside_physiology() -> None:
    from lactabone.results.summary import format_summary, summarize

    dataset = lactabone.simulate(scenario_from_dict(SHORT_MOUSE))
    dataset.attrs["warnings"] = ["serum calcium below 1 mmol/L from day 3"]
    assert format_summary(summarize(dataset)).splitlines()[2].startswith("WARNING: the run leaves physiology")


def _sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_ctrl_c_stops_a_process_pool_at_once() -> None:
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt), executor_for() as pool:
        futures = [pool.submit(_sleep, 30.0) for _ in range(4)]
        concurrent.futures.wait(futures, timeout=0.5)
        raise KeyboardInterrupt
    assert time.monotonic() - started < 5.0


def test_ctrl_c_while_workers_send_their_results_stops_the_pool() -> None:
    # A worker killed halfway through sending a result leaves half a message in the pool's pipe, and the pool
    # then waits for the rest forever (the hang CI met on 5 December 2026): workers are asked to stop instead.
    code = ("import concurrent.futures\n"
            "from lactabone.population.executors import executor_for\n"
            "def large(size): return b'x' * size\n"
            "try:\n"
            "    with executor_for() as pool:\n"
            "        futures = [pool.submit(large, 100_000_000) for _ in range(8)]\n"
            "        concurrent.futures.wait(futures, return_when=concurrent.futures.FIRST_COMPLETED)\n"
            "        raise KeyboardInterrupt  # the other workers are building or sending theirs\n"
            "except KeyboardInterrupt:\n"
            "    print('stopped')\n")
    finished = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                              env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert finished.stdout == "stopped\n" and finished.returncode == 0, finished.stderr


@pytest.mark.parametrize("interrupt", [KeyboardInterrupt, typer.Abort])
def test_ctrl_c_before_a_command_computes_prints_one_interrupted_line(interrupt: type, monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture) -> None:
    def interrupted(port: int) -> bool:
        raise interrupt()

    monkeypatch.setattr("lactabone.app.launch.port_in_use", interrupted)  # checked before the server starts
    monkeypatch.setattr(sys, "argv", ["lactabone", "app"])
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "interrupted\n"  # not Typer's silence nor its "Aborted."


def test_ctrl_c_while_the_command_line_loads_prints_one_interrupted_line(monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture) -> None:
    from lactabone import entry

    def interrupted(name: str):
        raise KeyboardInterrupt

    monkeypatch.setattr(entry.importlib, "import_module", interrupted)  # Ctrl+C while Typer and the CLI load
    with pytest.raises(SystemExit) as stopped:
        entry.main()
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "interrupted\n"


def test_importing_lactabone_loads_no_simulator_until_it_is_used() -> None:
    # the console script's first moment is Python and this package's __init__: nothing heavy to interrupt
    code = ("import sys, lactabone; assert 'xarray' not in sys.modules and 'numba' not in sys.modules; "
            "lactabone.simulate; assert 'xarray' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})


@pytest.mark.parametrize(("arguments", "exit_code", "says"), [
    (["--help"], 0, "Usage: lactabone"), (["run", "--no-such-option"], 2, "No such option"), ([], 2, "Usage:")])
def test_help_and_usage_errors_keep_their_exit_codes(arguments: list[str], exit_code: int, says: str,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr(sys, "argv", ["lactabone", *arguments])
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == exit_code
    printed = capsys.readouterr()
    assert says in printed.out + printed.err and "interrupted" not in printed.err


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="POSIX signals")
def test_ctrl_c_on_the_command_line_prints_one_interrupted_line(tmp_path: Path) -> None:
    import signal

    # 20,000 subjects take about 25 s on 2 cores: the interrupt 4 s in always lands while chunks compute (with
    # 2,000 it could land while the finished run wrote its figures or exited)
    process = subprocess.Popen([sys.executable, "-m", "lactabone", "population", "--n", "20000", "--out",
                                str(tmp_path / "out")], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               encoding="utf-8", errors="replace", start_new_session=True)
    try:
        assert process.stderr is not None
        first_line = process.stderr.readline()  # "simulating 2000 subjects ...": the command has started computing
        assert first_line.startswith("simulating"), first_line
        time.sleep(4.0)
        sent = time.monotonic()
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:  # never leave the population running when the test fails
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()  # and close its pipes, or a later test reports them unclosed
    assert time.monotonic() - sent < 2.5
    assert process.returncode == 130 and stderr.strip().splitlines()[-1] == "interrupted"
    assert "Traceback" not in stderr
    assert not (tmp_path / "out" / "bands.png").exists()


def test_population_bands_do_not_depend_on_the_order_chunks_finish(monkeypatch: pytest.MonkeyPatch) -> None:
    from lactabone.population import SerialExecutor, run, run_population

    monkeypatch.setattr(run, "PILOT_SUBJECTS", 3)
    monkeypatch.setattr(run, "SUBJECTS_PER_CHUNK", 1)
    scenario = scenario_from_dict({"end_day": 60, "output_step_days": 2, "nursing": {"exclusive_days": 30}})
    in_order = run_population(scenario, 7, seed=3, executor=SerialExecutor())
    original = run.map_chunks

    def reversed_chunks(function, tasks, executor, sizes, progress=False, unit="subject", done=0):
        results = list(original(function, tasks, executor, sizes, progress, unit, done))
        return iter(results[::-1])

    monkeypatch.setattr(run, "map_chunks", reversed_chunks)
    shuffled = run_population(scenario, 7, seed=3, executor=SerialExecutor())
    for name in in_order.bands.data_vars:
        assert np.array_equal(in_order.bands[name].values, shuffled.bands[name].values), name
    assert in_order.subjects.equals(shuffled.subjects)


def test_validate_prints_each_failing_rows_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    from lactabone.validation.scorecard import TargetResult

    results = [
        TargetResult(id="S1", title="milk", status="pass", model="210 mg/d", target="180-240", citation="K",
                     role="validation"),
        TargetResult(id="S3", title="spine", status="fail", model="-2%", target="-5 to -10%", citation="K",
                     role="validation", detail="spine change at weaning is too small"),
        TargetResult(id="V1", title="urine", status="fail", model="x1.1", target="x0.35-0.55", citation="R",
                     role="validation", xfail_reason="the kidney excretes what the skeleton releases"),
    ]
    module = types.ModuleType("lactabone.validation.catalogue")
    module.evaluate_targets = lambda progress=None: list(results)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "lactabone.validation.catalogue", module)
    result = _invoke("validate", "--out", str(tmp_path / "validation"))
    assert result.exit_code == 0, result.output
    assert "  S3: spine change at weaning is too small" in result.stdout
    assert "  V1: the kidney excretes what the skeleton releases" in result.stdout
    assert "  S1:" not in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 100
