"""Generated model documentation and the consistency of the parameter set with the system."""

from __future__ import annotations

import re

import pytest

from lactabone.docs import latex_name, main, write_model_docs
from lactabone.model.inputs import INPUT_NAMES
from lactabone.model.pharmacokinetics import pharmacokinetic_parameters
from lactabone.model.system import build_system
from lactabone.parameters import parameter_set
from lactabone.scenario.schedule import TIMELINE_PARAMETERS

SPECIES = "human"
ALL_SPECIES = ("human", "mouse", "rat", "cow")

#: Every unit a parameter, state or term may be written in (the spelling of the output table).
ALLOWED_UNITS = frozenset({
    "1", "d", "1/d",
    "mg", "g", "mg/d", "g/d",
    "L", "L/d",
    "mg/L", "mmol/L", "pmol/L", "pg/mL", "ng/mL", "IU/L",
    "mg/mmol", "mg/g",
    "kg", "L/kg", "mg/kg", "pg/mg", "mL/L",
    "kg/L", "mmol/kg", "kg/mmol", "g/kg", "mmol/mg", "mmol/d",
})

#: Parameters the schedule (to place events) and the [cow] levers read rather than the equations.
SCHEDULE_PARAMETERS = frozenset(TIMELINE_PARAMETERS) | {"milk_density", "first_lactation_peak_ratio"}

PAGES = ("model.md", "parameters.md", "circuit.md", "parameters_cow.md", "parameters_mouse.md", "parameters_rat.md")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("docs")
    paths = write_model_docs(out, SPECIES)
    assert sorted(path.name for path in paths) == sorted(PAGES)
    return {path.name: path.read_text(encoding="utf-8") for path in paths}


def test_model_page_has_every_state_and_term(pages):
    text = pages["model.md"]
    system = build_system()
    missing = [name for name in system.term_names if f"#### `{name}`" not in text
               or f"{latex_name(name)} = " not in text]
    assert not missing, f"terms missing from model.md: {missing}"
    missing = [name for name in system.state_names if f"| `{name}` |" not in text
               or rf"\frac{{d\,{latex_name(name)}}}{{dt}}" not in text]
    assert not missing, f"states (or their rates) missing from model.md: {missing}"
    for arm in system.arms:
        assert f"## Arm {arm.name}\n" in text
        first_line = (arm.doc or "").strip().splitlines()[0]
        assert first_line in text, f"docstring of arm {arm.name} missing"


def test_model_page_math_is_balanced(pages):
    text = pages["model.md"]
    assert text.count("\n$$\n") % 2 == 0
    for block in re.findall(r"\n\$\$\n(.*?)\n\$\$\n", text, flags=re.S):
        assert block.count("{") == block.count("}"), block
        assert "_" not in block.replace(r"\_", "").replace("}_{", ""), f"unescaped underscore in {block}"


def test_parameters_page_has_every_parameter(pages):
    text = pages["parameters.md"]
    parameters = parameter_set(SPECIES)
    missing = [name for name in parameters if f"| `{name}` |" not in text]
    assert not missing, f"parameters missing from parameters.md: {missing}"
    for kind in ("literature", "calibrated", "assumed", "constant", "switch"):
        count = sum(1 for parameter in parameters.values() if parameter.provenance == kind)
        assert f"| [{kind}](#{kind}) | {count} |" in text
        assert f"\n## {kind}\n" in text


def test_circuit_page_lists_every_term_with_its_arm(pages):
    text = pages["circuit.md"]
    system = build_system()
    missing = [name for name in system.term_names
               if f"| [`{name}`](model.md#{name}) | {system.arm_of(name)} |" not in text]
    assert not missing, f"terms missing from circuit.md: {missing}"
    missing = [name for name in system.state_names if f"| `{name}` | {system.arm_of(name)} |" not in text]
    assert not missing, f"states missing from circuit.md: {missing}"


def test_docs_regenerate_identically(tmp_path):
    first = write_model_docs(tmp_path / "first", SPECIES)
    second = write_model_docs(tmp_path / "second", SPECIES)
    for a, b in zip(first, second):
        assert a.name == b.name
        assert a.read_bytes() == b.read_bytes(), f"{a.name} differs between two runs"


def test_module_entry_point_writes_to_the_given_folder(tmp_path, capsys):
    assert main([str(tmp_path / "out")]) == 0
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == sorted(PAGES)
    assert "model.md" in capsys.readouterr().out


@pytest.mark.parametrize("species", ALL_SPECIES)
def test_every_parameter_has_a_source_and_a_known_unit(species):
    problems = []
    for name, parameter in parameter_set(species).items():
        if not parameter.source.strip():
            problems.append(f"{name}: empty source")
        if not parameter.unit.strip():
            problems.append(f"{name}: empty unit")
        elif parameter.unit not in ALLOWED_UNITS:
            problems.append(f"{name}: unit {parameter.unit!r} not in the allowed vocabulary")
        if not parameter.description.strip():
            problems.append(f"{name}: empty description")
    assert not problems, "\n".join(problems)


def test_every_state_and_term_has_a_known_unit():
    system = build_system()
    problems = [f"{item.name}: unit {item.unit!r}" for item in (*system.states, *system.terms)
                if item.unit not in ALLOWED_UNITS]
    assert not problems, "units not in the allowed vocabulary:\n" + "\n".join(problems)


@pytest.mark.parametrize("species", ALL_SPECIES)
def test_parameters_used_by_the_system_exist_in_the_parameter_set(species):
    used = set(build_system().parameter_names) - set(INPUT_NAMES)
    missing = sorted(used - set(parameter_set(species)))
    assert not missing, f"parameters used by the equations but missing from the {species} set: {missing}"


@pytest.mark.parametrize("species", ALL_SPECIES)
def test_every_parameter_in_the_set_is_used(species):
    used = set(build_system().parameter_names) | SCHEDULE_PARAMETERS | pharmacokinetic_parameters()
    unused = sorted(set(parameter_set(species)) - used)
    assert not unused, f"parameters of the {species} set that no equation or schedule uses: {unused}"


def test_bound_inputs_are_not_parameters():
    clash = sorted(set(INPUT_NAMES) & set(parameter_set(SPECIES)))
    assert not clash, f"bound inputs also defined as parameters: {clash}"


def test_parameter_summary_counts_each_species_by_provenance():
    from lactabone.parameters import PROVENANCE_CLASSES, parameter_set, provenance_summary

    table = provenance_summary().set_index("species")
    for species, row in table.iterrows():
        assert row[list(PROVENANCE_CLASSES)].sum() == row["total"] == len(parameter_set(species))
    # a rodent value inherited from a measurement in women is borrowed, not the rodent's own literature
    assert table.loc["mouse", "other-species literature"] > 0
    assert parameter_set("human")["lacunar_refill_rate"].borrowed_from == "mice"


def test_parameter_summary_prints_as_a_terminal_table():
    from typer.testing import CliRunner

    from lactabone.cli import app

    result = CliRunner().invoke(app, ["parameters", "--summary"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split()[:2] == ["species", "species-measured"]
    assert [line.split()[0] for line in lines[2:]] == ["human", "mouse", "rat", "cow"]
    cows = CliRunner().invoke(app, ["parameters", "--species", "cows", "--summary"])
    assert cows.exit_code == 0 and [line.split()[0] for line in cows.output.splitlines()[2:]] == ["cow"]


def test_parameter_table_shows_each_provenance_on_a_terminal():
    from typer.testing import CliRunner

    from lactabone.cli import app

    lines = CliRunner().invoke(app, ["parameters", "--species", "mouse"]).output.splitlines()
    assert "provenance" in lines[0].split()
    start = lines[0].index("provenance")
    shown = {line[start:start + len("provenance")].strip() for line in lines[2:-1]}
    assert {"measured", "borrowed", "assumed", "calibrated", "constant"} <= shown
    assert all(len(line) <= 100 for line in lines)


def test_targets_list_in_full_as_csv():
    import csv
    import io

    from typer.testing import CliRunner

    from lactabone.cli import app
    from lactabone.validation.catalogue import list_targets

    result = CliRunner().invoke(app, ["targets", "--format", "csv"])
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == ["id", "role", "title", "citation"]
    assert [row[3] for row in rows[1:]] == [target.citation for target in list_targets()]
