"""Command line interface: ``lactabone run | validate | targets | parameters | calibrate | export |
population | sensitivity | app``.

The simulator, scenario loader and targets are imported inside each command,
so this module imports cheaply and ``--help`` works on its own. Expected errors
(an invalid scenario, a missing file, a solver failure, an output path that
cannot be written) print one line ``error: <message>`` to stderr and exit
with status 2, without a traceback; Ctrl+C, in any command or while its options
are read, prints ``interrupted`` and exits with status 130. Output paths are
checked before any computing.
"""

from __future__ import annotations

import contextlib
import importlib
import shutil
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from lactabone.entry import INTERRUPTED_EXIT_CODE, INTERRUPTED_LINE
from lactabone.limits import MAX_SEED, MAX_SENSITIVITY_SAMPLES, MAX_SUBJECTS

ERROR_EXIT_CODE = 2
STRICT_FAILURE_EXIT_CODE = 1
DEFAULT_OUTPUT_ROOT = Path("out")
DEFAULT_SCENARIO_NAME = "default"
VALIDATION_FOLDER_NAME = "validation"
FIGURE_FILE_NAME = "figure.png"


@contextlib.contextmanager
def _interrupts_in_one_line() -> Iterator[None]:
    """Turn Ctrl+C (or an abort) inside the block into the one line ``interrupted`` and exit status 130."""
    try:
        yield
    except (KeyboardInterrupt, typer.Abort):
        typer.echo(INTERRUPTED_LINE, err=True)
        raise typer.Exit(code=INTERRUPTED_EXIT_CODE) from None


@contextlib.contextmanager
def _usage_errors_in_one_line() -> Iterator[None]:
    """Turn a bad command, option or argument inside the block into one ``error:`` line and its exit status (2)."""
    try:
        yield
    except typer.TyperException as error:  # Typer's usage errors (its own Click's ClickException and subclasses)
        context = getattr(error, "ctx", None)
        command = context.command_path if context is not None else "lactabone"
        typer.echo(f"error: {' '.join(error.format_message().split())} (see '{command} --help')", err=True)
        raise typer.Exit(code=getattr(error, "exit_code", 2)) from None


class _Commands(TyperGroup):
    """Typer's group of commands, where Ctrl+C while parsing or in any command ends with ``interrupted``, and a
    bad option or argument with one ``error:`` line.

    Typer itself turns Ctrl+C into a silent exit 130, an abort into ``Aborted.`` with status 1 and a usage error
    into a framed panel.
    """

    def make_context(self, info_name: str | None, args: list[str], *rest: Any, **kwargs: Any) -> Any:
        with _interrupts_in_one_line():
            if not args:  # no command at all: Typer shows the help (no_args_is_help), not an error
                return super().make_context(info_name, args, *rest, **kwargs)
            with _usage_errors_in_one_line():
                return super().make_context(info_name, args, *rest, **kwargs)

    def invoke(self, ctx: Any) -> Any:
        with _interrupts_in_one_line(), _usage_errors_in_one_line():
            return super().invoke(ctx)


app = typer.Typer(
    cls=_Commands,
    name="lactabone",
    help="Simulate the maternal skeleton during lactation and after weaning.",
    pretty_exceptions_enable=False,
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
)


class ExportFormat(str, Enum):
    """Formats of the ``export`` command."""

    sbml = "sbml"
    antimony = "antimony"
    petab = "petab"
    omex = "omex"


class CalibrationEngine(str, Enum):
    """Engines of the ``calibrate`` command."""

    lactabone = "lactabone"
    pypesto = "pypesto"


class SensitivityMethod(str, Enum):
    """Methods of the ``sensitivity`` command."""

    sobol = "sobol"
    morris = "morris"


class TableFormat(str, Enum):
    """Output formats of the ``parameters`` and ``targets`` tables."""

    table = "table"
    csv = "csv"
    markdown = "markdown"


def expected_errors() -> tuple[type[BaseException], ...]:
    """Return the exception types reported as one-line errors (exit status 2; shown as such in the web page)."""
    errors: list[type[BaseException]] = [OSError]
    for module_name, class_name in (
        ("lactabone.scenario", "ScenarioError"),
        ("lactabone.solve", "SolverError"),
    ):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        error_type = getattr(module, class_name, None)
        if isinstance(error_type, type) and issubclass(error_type, BaseException):
            errors.append(error_type)
    return tuple(errors)


def error_text(message: object) -> str:
    """Return ``error: <message>`` on one line, line breaks folded into spaces (the command line's error text).

    Parameters
    ----------
    message : object
        The error or its text.
    """
    from lactabone.limits import MAX_MESSAGE_CHARACTERS, shorten

    text = " ".join(str(message).split()) or type(message).__name__
    return f"error: {shorten(text, MAX_MESSAGE_CHARACTERS)}"


def fail(message: object) -> None:
    """Print ``error: <message>`` on one line to stderr and exit with status 2.

    Parameters
    ----------
    message : object
        The error or its text; line breaks are folded into spaces.

    Raises
    ------
    typer.Exit
        Always, with exit code 2.
    """
    typer.echo(error_text(message), err=True)
    raise typer.Exit(code=ERROR_EXIT_CODE)


@contextlib.contextmanager
def reporting_errors() -> Iterator[None]:
    """Turn expected errors raised inside the block into one-line exits (Ctrl+C: see :class:`_Commands`)."""
    expected = expected_errors()
    try:
        yield
    except expected as error:
        fail(error)


def _prepare_folder(folder: Path) -> None:
    """Check an output folder before computing; say in one line when its files will be overwritten."""
    from lactabone.results.files import check_output_folder

    notice = check_output_folder(folder)
    if notice:
        typer.echo(f"note: {notice}", err=True)


def _echo_warnings(dataset: Any) -> None:
    """Print each physiology warning of a run as one ``warning:`` line on stderr."""
    for line in dataset.attrs.get("warnings", []):
        typer.echo(f"warning: {line}", err=True)


def _progress(*parts: Any, **_: Any) -> None:
    """Print a progress message to stderr (callback for long computations)."""
    typer.echo(" ".join(str(part) for part in parts), err=True)


def _load(scenario: Path | None) -> Any:
    """Load a scenario file, or the default scenario when no path is given."""
    import lactabone

    if scenario is None:
        return lactabone.default_scenario()
    if not scenario.is_file():
        raise FileNotFoundError(f"scenario file not found: {scenario}")
    return lactabone.load_scenario(scenario)


def _echo_written(written: dict) -> None:
    """List the files a command wrote."""
    typer.echo("wrote:")
    for path in written.values():
        typer.echo(f"  {path}")


@app.command()
def run(
    scenario: Annotated[
        Path | None,
        typer.Argument(help="Scenario file (TOML or YAML); the default scenario when omitted."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Output folder (default: out/ plus the scenario file name without suffix)."),
    ] = None,
) -> None:
    """Simulate a scenario; write results.csv, results.nc and figure.png; print a summary."""
    from lactabone.plots.figures import plot_scenario
    from lactabone.results.io import write_results
    from lactabone.results.summary import format_summary, summarize

    name = scenario.stem if scenario is not None else DEFAULT_SCENARIO_NAME
    out_dir = out if out is not None else DEFAULT_OUTPUT_ROOT / name
    with reporting_errors():
        loaded = _load(scenario)
        import lactabone

        _prepare_folder(out_dir)
        _progress(f"simulating scenario {name!r} ...")
        dataset = lactabone.simulate(loaded)
        dataset.attrs["scenario_name"] = name
        written = write_results(dataset, out_dir)
        written["figure"] = plot_scenario(dataset, out_dir / FIGURE_FILE_NAME)
    _echo_warnings(dataset)
    typer.echo(format_summary(summarize(dataset)))
    typer.echo("")
    _echo_written(written)


@app.command()
def validate(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output folder for the scorecard.")
    ] = DEFAULT_OUTPUT_ROOT / VALIDATION_FOLDER_NAME,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Exit with status 1 if a row fails without a known reason."),
    ] = False,
    compare: Annotated[
        Path | None,
        typer.Option("--compare", help="A scorecard.json from an earlier run: also write comparison.md, "
                                       "its rows, calibrated values and provenance counts against now."),
    ] = None,
) -> None:
    """Evaluate every target; write scorecard.md, scorecard.html, scorecard.json and model.json."""
    from lactabone.results.summary import format_text_table
    from lactabone.validation.comparison import (read_model_snapshot, read_scorecard, write_comparison,
                                                 write_model_snapshot)
    from lactabone.validation.scorecard import count_results, counts_text, write_scorecard

    with reporting_errors():
        try:
            baseline = read_scorecard(compare) if compare is not None else None
            baseline_model = read_model_snapshot(compare) if compare is not None else None
        except ValueError as error:
            fail(error)
        _prepare_folder(out)
        targets = importlib.import_module("lactabone.validation.catalogue")
        results = list(targets.evaluate_targets(progress=_progress))
        written = write_scorecard(results, out)
        written["robustness"] = importlib.import_module("lactabone.validation.robustness").write_matrix(Path(out))
        written["model"] = write_model_snapshot(out)
        if baseline is not None:
            written["comparison"] = write_comparison(baseline, [result.to_dict() for result in results], out,
                                                     baseline_model)
    rows = [
        (result.id, "PASS" if result.passed else ("FAIL*" if result.known_failing else "FAIL"),
         result.model, result.target)
        for result in results
    ]
    typer.echo(format_text_table(("id", "status", "model", "target"), rows))
    typer.echo("")
    reasons = [(result.id, _failure_reason(result)) for result in results if not result.passed]
    if reasons:
        typer.echo("why the failing rows fail:")
        for identifier, reason in reasons:
            typer.echo(_shorten_line(f"  {identifier}: {reason}"))
        typer.echo("")
    typer.echo(counts_text(results) + "; FAIL* = known failing")
    _echo_written(written)
    if strict and count_results(results)["unexpected_fail"]:
        raise typer.Exit(code=STRICT_FAILURE_EXIT_CODE)


def _failure_reason(result: Any) -> str:
    """Why a scorecard row fails: its known reason (xfail), else what the check found."""
    return (getattr(result, "xfail_reason", None) or getattr(result, "detail", "") or
            f"model {result.model}, target {result.target}")


def _shorten_line(text: str, width: int = 100) -> str:
    """Cut a console line to ``width`` characters."""
    return text if len(text) <= width else text[: width - 3] + "..."


@app.command()
def targets(
    output_format: Annotated[TableFormat, typer.Option(
        "--format", help="Output format: table (cut to the terminal's width), or csv and markdown in full.")
    ] = TableFormat.table,
) -> None:
    """List the validation targets: id, role, title, citation."""
    import csv
    import sys

    from lactabone.results.summary import CONSOLE_WIDTH, format_text_table
    from lactabone.validation.scorecard import format_markdown_table

    with reporting_errors():
        module = importlib.import_module("lactabone.validation.catalogue")
        listed = list(module.list_targets())
    headers = ("id", "role", "title", "citation")
    rows = [(target.id, target.role, target.title, target.citation) for target in listed]
    if output_format is TableFormat.csv:
        csv.writer(sys.stdout, lineterminator="\n").writerows([headers, *rows])
    elif output_format is TableFormat.markdown:
        typer.echo(format_markdown_table(list(headers), rows))
    else:
        width = max(CONSOLE_WIDTH, shutil.get_terminal_size((CONSOLE_WIDTH, 24)).columns)
        typer.echo(format_text_table(headers, rows, width=width))


#: Provenance classes as the parameter table on a terminal shows them (CSV and markdown keep the full names).
PROVENANCE_SHORT = {"species-measured literature": "measured", "other-species literature": "borrowed",
                    "constant or switch": "constant"}


@app.command()
def parameters(
    species: Annotated[str | None, typer.Option(
        help="Species: human, mouse, rat or cow (the table's default: human; --summary's: every species).")] = None,
    output_format: Annotated[
        TableFormat, typer.Option("--format", help="Output format.")
    ] = TableFormat.table,
    summary: Annotated[bool, typer.Option("--summary", help="Count each species' parameters by provenance.")] = False,
) -> None:
    """Print the parameter table of a species (name, value, unit, range, provenance; --format csv adds the
    description and source), or counts by provenance (--summary)."""
    from lactabone.validation.scorecard import format_markdown_table

    with reporting_errors():
        module = importlib.import_module("lactabone.parameters")
        try:
            if summary:
                table = module.provenance_summary()
                if species is not None:
                    table = table[table["species"] == module.species_name(species)]
            else:
                table = module.parameter_table(species or "human")
        except (KeyError, ValueError) as error:
            fail(error.args[0] if isinstance(error, KeyError) and error.args else error)
    if output_format is TableFormat.csv:
        typer.echo(table.to_csv(index=False), nl=False)
    elif output_format is TableFormat.markdown:
        rows = list(table.itertuples(index=False, name=None))
        typer.echo(format_markdown_table([str(column) for column in table.columns], rows))
    else:
        from lactabone.results.summary import CONSOLE_WIDTH, format_text_table

        shown = table.columns if summary else ("name", "value", "unit", "low", "high", "provenance")
        columns = [column for column in shown if column in table.columns]
        numeric = [index for index, column in enumerate(columns)
                   if column in ("value", "low", "high") or (summary and column != "species")]
        rows = [tuple(PROVENANCE_SHORT.get(cell, cell) if column == "provenance" and not summary
                      else f"{cell:.4g}" if isinstance(cell, float) else cell for column, cell in zip(columns, row))
                for row in table[columns].itertuples(index=False, name=None)]
        width = max(CONSOLE_WIDTH, shutil.get_terminal_size((CONSOLE_WIDTH, 24)).columns)
        typer.echo(format_text_table(columns, rows, right_aligned=numeric, width=width))
        if not summary:
            typer.echo("measured / borrowed: literature in this / another species (--format csv: descriptions, "
                       "sources)")


@app.command()
def calibrate(
    species: Annotated[str, typer.Option(help="Species whose calibrated parameters are fitted.")] = "human",
    write: Annotated[bool, typer.Option("--write", help="Store the fitted values in the parameter set.")] = False,
    engine: Annotated[CalibrationEngine, typer.Option(
        help="lactabone: its least-squares fit; pypesto: the PEtab v2 problem in pyPESTO, multi-start and "
             "profile likelihoods.")] = CalibrationEngine.lactabone,
    out: Annotated[Path, typer.Option("--out", "-o", help="pypesto: folder of the PEtab problem, profiles.png "
                                                         "and pypesto_fit.csv.")] = Path("out/pypesto"),
    starts: Annotated[int, typer.Option(min=1, help="pypesto: optimiser starts.")] = 4,
) -> None:
    """Refit the calibrated parameters to the calibration targets; report the validation targets unseen.

    With --engine pypesto: fit the exported PEtab v2 problem in pyPESTO and report each parameter's 95%
    profile-likelihood interval, its identifiability and whether the stored value lies inside it.
    """
    from lactabone.calibration.calibrate import calibrate as fit, write_calibrated
    from lactabone.parameters import parameter_set
    from lactabone.validation.catalogue import evaluate_targets

    if engine is CalibrationEngine.pypesto:
        from lactabone.calibration.pypesto_fit import fit_with_pypesto, summary_lines

        with reporting_errors():
            for line in summary_lines(fit_with_pypesto(species, out, starts=starts)):
                typer.echo(line)
        return
    with reporting_errors():
        from lactabone.parameters import species_name

        try:
            species = species_name(species)
        except KeyError as error:
            fail(error.args[0])
        stored = parameter_set(species)
        fitted = fit(species, progress=_progress)
        typer.echo(f"{'parameter':32s} {'stored':>12s} {'fitted':>12s}")
        for name, value in fitted.items():
            typer.echo(f"{name:32s} {stored[name].value:12.6g} {value:12.6g}")
        if write:
            typer.echo(f"wrote {write_calibrated(fitted, species)}")
        typer.echo("\nvalidation targets (not used by the fit), with the stored parameters:")
        for result in evaluate_targets(role="validation"):
            typer.echo(f"  {result.id:4s} {result.status:4s} {result.model}")


@app.command()
def export(
    scenario: Annotated[
        Path | None,
        typer.Argument(help="Scenario file (TOML or YAML); the default scenario when omitted."),
    ] = None,
    output_format: Annotated[ExportFormat, typer.Option("--format", help="Export format.")] = ExportFormat.sbml,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file (sbml, antimony, omex) or folder (petab).")] = Path(
        "out/model.xml"),
    petab_version: Annotated[int, typer.Option("--petab-version", min=1, max=2,
                                               help="PEtab format version of --format petab (2; 1 for older tools).")] = 2,
) -> None:
    """Export the scenario's model: SBML Level 3, Antimony, a COMBINE archive (SBML + SED-ML), or the PEtab
    calibration problem of its species (PEtab v2; v1 with --petab-version 1)."""
    with reporting_errors():
        from lactabone.results.files import check_output_file

        loaded = _load(scenario)
        if output_format is ExportFormat.petab:
            _prepare_folder(out)
        else:
            check_output_file(out)
        from lactabone.export import write_export

        written = write_export(loaded, output_format.value, out, petab_version)
    typer.echo(f"wrote {written}")


def _check_count(option: str, value: int, lowest: int, highest: int) -> None:
    """Refuse a count or seed outside ``[lowest, highest]`` (caps of :mod:`lactabone.limits`)."""
    if not lowest <= value <= highest:
        fail(f"{option} = {value}: must be an integer from {lowest} to {highest} (option --{option})")


#: The scenario argument of the population and sensitivity commands.
NominalScenario = Annotated[
    Path | None,
    typer.Argument(help="Scenario of the nominal subject (TOML or YAML); the default scenario when omitted."),
]
#: The dask option of the population and sensitivity commands.
SchedulerAddress = Annotated[
    str | None,
    typer.Option(help="Address of a dask.distributed scheduler (default: a process per core here)."),
]


@app.command()
def population(
    scenario: NominalScenario = None,
    n: Annotated[int, typer.Option("--n", help="Subjects to sample (rejected ones included).")] = 1000,
    seed: Annotated[int, typer.Option(help="Seed of the sampled variability.")] = 0,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Output folder (default: out/population_ plus the scenario name)."),
    ] = None,
    scheduler: SchedulerAddress = None,
) -> None:
    """Simulate a virtual population (for cows, a herd); write its tables (CSV, NetCDF) and figures.

    Women, mice and rats: subjects and percentile bands. Cows: each cow's parity and close-up ration drawn from
    the scenario's herd table, and the herd's hypocalcaemia in days 0-3 in milk by parity, with 95% CIs.
    """
    from lactabone.population import run_herd, run_population
    from lactabone.population.herd_output import herd_summary_lines, write_herd
    from lactabone.population.output import summary_lines, write_population

    name = scenario.stem if scenario is not None else DEFAULT_SCENARIO_NAME
    out_dir = out if out is not None else DEFAULT_OUTPUT_ROOT / f"population_{name}"
    with reporting_errors():
        _check_count("n", n, 1, MAX_SUBJECTS)
        _check_count("seed", seed, 0, MAX_SEED)
        loaded = _load(scenario)
        _prepare_folder(out_dir)
        if loaded.species == "cow":
            _progress(f"simulating a herd of {n} cows of scenario {name!r} ...")
            herd = run_herd(loaded, n, seed=seed, scheduler=scheduler, progress=True)
            written, lines = write_herd(herd, out_dir), herd_summary_lines(herd)
        else:
            _progress(f"simulating {n} subjects of scenario {name!r} ...")
            result = run_population(loaded, n, seed=seed, scheduler=scheduler, progress=True)
            written, lines = write_population(result, out_dir), summary_lines(result)
    typer.echo("\n".join(lines))
    typer.echo("")
    _echo_written(written)


@app.command()
def sensitivity(
    scenario: NominalScenario = None,
    method: Annotated[SensitivityMethod, typer.Option(help="Sobol indices or Morris elementary effects.")] = (
        SensitivityMethod.sobol),
    output: Annotated[str, typer.Option(help="Output name (as in `lactabone run`).")] = "bmd_spine_change",
    day: Annotated[float, typer.Option(help="Day of the output, in days since delivery.")] = 180.0,
    samples: Annotated[
        int, typer.Option(help="Sobol: base samples (a power of 2); Morris: trajectories.")
    ] = 256,
    seed: Annotated[int, typer.Option(help="Seed of the sampling.")] = 0,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Output folder (default: out/sensitivity_ plus the scenario name)."),
    ] = None,
    scheduler: SchedulerAddress = None,
) -> None:
    """Global sensitivity of one output on one day; write sensitivity.csv, .json and a bar chart."""
    from lactabone.population.sensitivity import run_sensitivity, summary_lines, write_sensitivity

    name = scenario.stem if scenario is not None else DEFAULT_SCENARIO_NAME
    out_dir = out if out is not None else DEFAULT_OUTPUT_ROOT / f"sensitivity_{name}"
    with reporting_errors():
        _check_count("samples", samples, 2, MAX_SENSITIVITY_SAMPLES)
        _check_count("seed", seed, 0, MAX_SEED)
        loaded = _load(scenario)
        _prepare_folder(out_dir)
        result = run_sensitivity(loaded, method.value, output, day, samples=samples, seed=seed,
                                 scheduler=scheduler, progress=True)
        written = write_sensitivity(result, out_dir)
    typer.echo("\n".join(summary_lines(result)))
    typer.echo("")
    _echo_written(written)


@app.command("app")
def web_app(
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port on localhost to serve the page on.")] = 8501,
) -> None:
    """Start the web page on http://localhost:PORT: pick scenarios, see the circuit and the curves (Ctrl+C stops)."""
    from lactabone.app.launch import launch, port_in_use

    if port_in_use(port):
        fail(f"port {port} is in use on localhost; choose another with --port")
    typer.echo(f"lactabone app: http://localhost:{port} (Ctrl+C stops it)", err=True)
    launch(port)


def main() -> None:
    """Entry point of the ``lactabone`` console script."""
    try:
        app(prog_name="lactabone")
    except KeyboardInterrupt:  # while Typer builds the commands, before it handles anything itself
        typer.echo(INTERRUPTED_LINE, err=True)
        raise SystemExit(INTERRUPTED_EXIT_CODE) from None


if __name__ == "__main__":
    main()
