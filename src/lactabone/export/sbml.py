"""SBML Level 3 export of a scenario, printed from the one System (never a second copy of the equations).

The exported model (time unit: day; SBML time 0 is the scenario's ``start_day``):

- every parameter of the species' set is a constant SBML parameter with its
  unit and, in its notes, its provenance and source; knockouts are the gene
  switches (set one to 0), parameter overrides of the scenario are applied;
- every state is a parameter with a rate rule, starting from lactabone's
  state on start_day (the pre-pregnant steady state, carried through the
  pregnancy under way when the scenario starts in one); every term is a parameter with
  an assignment rule; ``day = time + start_day`` is days since delivery;
- the schedule (pregnancy, nursing, weaning) binds the inputs
  ``segment_start_day``, ``nursing_at_segment_start``, ``nursing_slope``,
  ``gestation_at_segment_start`` and ``gestation_slope``: segment 0 by initial
  assignments from the constants ``schedule_0_<input>``, segment k >= 1 by the
  event ``schedule_k`` when ``day >= schedule_k_segment_start_day``;
- each drug's amounts (``dosed_<drug>_<compartment>``, mg) follow the transfer
  matrix of ``lactabone.model.pharmacokinetics`` as rate rules when the
  scenario doses it (constant 0 otherwise); each dose is the event
  ``dose_<k>`` adding the constant ``dose_<k>_amount`` (mg arriving, after
  bioavailability) to its entry compartment on day ``dose_<k>_day``;
- every output of SPEC.md is a quantity of the same name. Percent and ratio
  outputs divide by the constant ``reference_<term>``, lactabone's value of
  the term on the reference day (given for the term of every output). A model quantity whose name is taken by an
  output of another meaning (the state ``osteoclasts`` and the ratio output
  ``osteoclasts``) is renamed ``model_<name>``.

Changing a parameter in the exported file does not re-settle the initial
state or the references: that needs lactabone (export again with
``[parameters]`` overrides in the scenario).
"""

from __future__ import annotations

import html
from pathlib import Path

import libsbml
import sympy as sp

from ..model.inputs import INPUT_NAMES, INPUT_UNITS
from ..model.knockouts import KNOCKOUTS
from ..model.pharmacokinetics import COMPARTMENTS, DOSED_UNIT, DRUG_ROUTES, dosed_amount, transfer_matrix
from ..model.system import System, build_system
from ..model.units import TIME_UNIT, parse_unit
from ..parameters import parameter_set
from ..results.dataset import reference_values
from ..results.files import atomic_path
from ..results.outputs import OUTPUTS
from ..scenario import Scenario, build_schedule
from ..scenario.schedule import DIET_INPUTS, SpeciesTimeline
from ..simulation import parameter_values, solve
from ..solve.dosing import doses_of
from ..solve.integrate import SEGMENT_INPUTS, segment_values
from .infix import InfixPrinter
from .units import add_unit_definition

SBML_LEVEL, SBML_VERSION = 3, 1
#: Inputs set by each schedule segment: the timeline and the diet.
SCHEDULE_INPUTS = (("segment_start_day",) + tuple(name for pair in SEGMENT_INPUTS.values() for name in pair)
                   + DIET_INPUTS)
#: Model-level citations with identifiers checked against the published record (DOIs).
MODEL_CITATIONS = {
    "https://identifiers.org/doi:10.1016/j.bone.2009.08.053": "Peterson & Riggs 2010 Bone 46:49",
    "https://identifiers.org/doi:10.1016/j.jtbi.2004.03.023": "Lemaire et al. 2004 J Theor Biol 229:293",
    "https://identifiers.org/doi:10.1016/j.bone.2008.03.025": "Pivonka et al. 2008 Bone 43:249",
}
#: Citations given as text only (no identifier verified).
MODEL_CITATIONS_TEXT = ("Kovacs CS 2019, The breast-brain-bone circuit, J Clin Invest 129:3041 (the circuit, "
                        "its Figure 1)",)
#: SBO terms: continuous modelling framework; quantitative systems description parameter.
SBO_CONTINUOUS_FRAMEWORK, SBO_PARAMETER = 62, 2


def model_ids(system: System) -> dict[str, str]:
    """SBML id of every state and term: its name, or ``model_<name>`` when an output of another meaning owns it."""
    owners = {output.name for output in OUTPUTS if not (output.reported_as == "absolute" and output.name == output.term)}
    return {name: f"model_{name}" if name in owners else name for name in system.state_names + system.term_names}


def schedule_inputs(scenario: Scenario, values: dict[str, float]) -> list[dict[str, float]]:
    """Values of :data:`SCHEDULE_INPUTS` for each segment of the scenario's schedule [their units]."""
    return [segment_values(segment) for segment in build_schedule(scenario, SpeciesTimeline.of(values))]


def _notes(element: libsbml.SBase, *paragraphs: str, preformatted: str | None = None) -> None:
    body = "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs)
    if preformatted:
        body += f"<pre>{html.escape(preformatted)}</pre>"
    _check(element.setNotes(f'<body xmlns="http://www.w3.org/1999/xhtml">{body}</body>'), "notes")


def _check(status: int, what: str) -> None:
    if status != libsbml.LIBSBML_OPERATION_SUCCESS:
        raise RuntimeError(f"libsbml could not set {what}: {libsbml.OperationReturnValue_toString(status)}")


class _Builder:
    """Adds parameters, rules and events to one libsbml model."""

    def __init__(self, model: libsbml.Model):
        self.model = model
        self.settings = libsbml.L3ParserSettings()
        self.settings.setModel(model)

    def math(self, text: str) -> libsbml.ASTNode:
        """Parse SBML L3 infix text (ids of this model, units on numbers) into MathML."""
        node = libsbml.parseL3FormulaWithSettings(text, self.settings)
        if node is None:
            raise ValueError(f"cannot parse {text!r}: {libsbml.getLastParseL3Error()}")
        return node

    def parameter(self, identifier: str, unit: str, value: float | None = None, constant: bool = True,
                  notes: tuple[str, ...] = ()) -> None:
        """A parameter with its unit (added to the model's definitions), SBO term, metaid and notes."""
        parameter = self.model.createParameter()
        _check(parameter.setId(identifier), identifier)
        parameter.setMetaId(f"meta_{identifier}")
        parameter.setName(identifier)
        parameter.setConstant(constant)
        parameter.setUnits(add_unit_definition(self.model, unit))
        parameter.setSBOTerm(SBO_PARAMETER)
        if value is not None:
            parameter.setValue(float(value))
        if notes:
            _notes(parameter, *notes)

    def from_set(self, parameter, value: float) -> None:
        """A constant from the species' parameter set (once), with its provenance and source in the notes."""
        if self.model.getParameter(parameter.name) is None:
            self.parameter(parameter.name, parameter.unit, value, notes=(
                parameter.description, f"{parameter.provenance}: {parameter.source}"))

    def assignment(self, identifier: str, text: str) -> None:
        """An assignment rule ``identifier = text``."""
        rule = self.model.createAssignmentRule()
        rule.setVariable(identifier)
        _check(rule.setMath(self.math(text)), f"the rule of {identifier}")

    def rate(self, identifier: str, text: str) -> None:
        """A rate rule ``d identifier/dt = text``."""
        rule = self.model.createRateRule()
        rule.setVariable(identifier)
        _check(rule.setMath(self.math(text)), f"the rate of {identifier}")

    def initial(self, identifier: str, text: str) -> None:
        """An initial assignment ``identifier = text`` at time 0."""
        assignment = self.model.createInitialAssignment()
        assignment.setSymbol(identifier)
        _check(assignment.setMath(self.math(text)), f"the initial value of {identifier}")

    def event(self, identifier: str, trigger: str, assignments: dict[str, str], notes: str,
              initial_value: bool = True) -> None:
        """An event; ``initial_value=False`` lets it fire at time 0 when its trigger already holds."""
        event = self.model.createEvent()
        event.setId(identifier)
        event.setMetaId(f"meta_{identifier}")
        event.setUseValuesFromTriggerTime(True)
        condition = event.createTrigger()
        condition.setInitialValue(initial_value)
        condition.setPersistent(True)
        _check(condition.setMath(self.math(trigger)), f"the trigger of {identifier}")
        for variable, text in assignments.items():
            assignment = event.createEventAssignment()
            assignment.setVariable(variable)
            _check(assignment.setMath(self.math(text)), f"{identifier} setting {variable}")
        _notes(event, notes)


def _symbol_units(system: System, parameter_units: dict[str, str]) -> dict:
    units = {name: parse_unit(unit) for name, unit in parameter_units.items()}
    units.update({name: parse_unit(INPUT_UNITS[name]) for name in INPUT_NAMES})
    units.update({state.name: parse_unit(state.unit) for state in system.states})
    units.update({term.name: parse_unit(term.unit) for term in system.terms})
    units["t"] = parse_unit(TIME_UNIT)
    return units


def _set_model_units(model: libsbml.Model) -> None:
    model.setTimeUnits(add_unit_definition(model, TIME_UNIT))
    model.setSubstanceUnits(add_unit_definition(model, "mg"))
    model.setExtentUnits(add_unit_definition(model, "mg"))
    model.setVolumeUnits(add_unit_definition(model, "L"))


def _annotate_model(model: libsbml.Model, scenario: Scenario) -> None:
    model.setMetaId("meta_model")
    model.setSBOTerm(SBO_CONTINUOUS_FRAMEWORK)
    term = libsbml.CVTerm(libsbml.MODEL_QUALIFIER)
    term.setModelQualifierType(libsbml.BQM_IS_DESCRIBED_BY)
    for uri in MODEL_CITATIONS:
        term.addResource(uri)
    _check(model.addCVTerm(term), "the model's citations")
    _notes(model,
           "lactabone: the maternal skeleton in lactation and after weaning, on the breast-brain-bone circuit. "
           "Exported from lactabone's one definition of the equations (lactabone.export.sbml).",
           "Built on: " + "; ".join(list(MODEL_CITATIONS.values()) + list(MODEL_CITATIONS_TEXT)) + ".",
           "Time is in days; SBML time 0 is the scenario's start_day and the parameter `day` is days since "
           "delivery. Initial values are lactabone's pre-pregnant steady state and the reference_<term> "
           "constants its reference-day values, for the parameters below: changing a parameter here does not "
           "re-settle them (export again from lactabone with [parameters] overrides).",
           "Knockouts: set a gene switch to 0 (" + ", ".join(
               f"{name}: {', '.join(knockout.switches)}" for name, knockout in KNOCKOUTS.items()) + ").",
           "The scenario:", preformatted=scenario.to_toml())


def _add_drugs(build: _Builder, printer: InfixPrinter, doses, parameters: dict, values: dict) -> None:
    """Drug amounts from the transfer matrices (rate rules) and one event per dose."""
    dosed_drugs = {dose.drug for dose in doses}
    for drug in sorted(dosed_drugs):
        for symbol in sorted(transfer_matrix(drug).free_symbols, key=str):
            build.from_set(parameters[symbol.name], values[symbol.name])
    for drug in DRUG_ROUTES:
        names = [dosed_amount(drug, compartment).__name__ for compartment in COMPARTMENTS]
        amounts = sp.Matrix([sp.Symbol(name, real=True) for name in names])
        for name, rate in zip(names, transfer_matrix(drug) * amounts):
            given = drug in dosed_drugs
            build.parameter(name, DOSED_UNIT, 0.0, constant=not given, notes=(
                f"amount of {drug} in the {name.rsplit('_', 1)[1]} compartment",
                "rate from lactabone.model.pharmacokinetics.transfer_matrix" if given
                else "not dosed in this scenario: constant 0"))
            if given:
                build.rate(name, printer(rate))
    for number, dose in enumerate(doses):
        target = dosed_amount(dose.drug, dose.compartment).__name__
        build.parameter(f"dose_{number}_day", TIME_UNIT, dose.day, notes=(f"day of dose {number} ({dose.drug})",))
        build.parameter(f"dose_{number}_amount", DOSED_UNIT, dose.amount,
                        notes=(f"{dose.drug} arriving in the {dose.compartment} compartment (after bioavailability)",))
        build.event(f"dose_{number}", f"day >= dose_{number}_day",
                    {target: f"{target} + dose_{number}_amount"}, f"dose {number}: {dose.drug}", initial_value=False)


def sbml_document(scenario: Scenario) -> libsbml.SBMLDocument:
    """The SBML Level 3 Version 1 document of a scenario (see the module docstring for its layout).

    Raises :class:`~lactabone.scenario.ScenarioError` for a scenario lactabone cannot solve.
    """
    system = build_system()
    solution = solve(scenario)
    values = parameter_values(scenario)
    parameters = parameter_set(scenario.species)
    ids = model_ids(system)
    document = libsbml.SBMLDocument(SBML_LEVEL, SBML_VERSION)
    model = document.createModel()
    model.setId(f"lactabone_{scenario.species}")
    model.setName(f"lactabone, {scenario.species}, days {scenario.start_day:g} to {scenario.end_day:g}")
    _set_model_units(model)
    _annotate_model(model, scenario)
    model_parameters = [name for name in system.parameter_names if name not in INPUT_NAMES]
    parameter_units = {name: parameters[name].unit for name in model_parameters}
    printer = InfixPrinter({"t": "day", **ids}, _symbol_units(system, parameter_units),
                           lambda unit: add_unit_definition(model, unit) if unit else "dimensionless")
    build = _Builder(model)

    for name in model_parameters:
        build.from_set(parameters[name], values[name])
    build.parameter("start_day", TIME_UNIT, scenario.start_day, notes=("first day simulated, days since delivery",))
    build.parameter("day", TIME_UNIT, constant=False, notes=("days since delivery",))
    build.assignment("day", "time + start_day")

    segments = schedule_inputs(scenario, values)
    for number, row in enumerate(segments):
        for name in SCHEDULE_INPUTS:
            build.parameter(f"schedule_{number}_{name}", INPUT_UNITS[name], row[name],
                            notes=(f"{name} from schedule segment {number}",))
    for name in SCHEDULE_INPUTS:
        build.parameter(name, INPUT_UNITS[name], segments[0][name], constant=False,
                        notes=("bound input, set by the schedule",))
        build.initial(name, f"schedule_0_{name}")
    for number in range(1, len(segments)):
        build.event(f"schedule_{number}", f"day >= schedule_{number}_segment_start_day",
                    {name: f"schedule_{number}_{name}" for name in SCHEDULE_INPUTS},
                    f"schedule segment {number} starts: bind nursing, gestation and diet inputs")

    _add_drugs(build, printer, doses_of(scenario, values), parameters, values)

    for state, rate in zip(system.states, system.rates):
        build.parameter(ids[state.name], state.unit, solution.start_states[state.name], constant=False,
                        notes=(state.description, f"state of the {system.arm_of(state.name)} arm"))
        build.rate(ids[state.name], printer(rate))
    for term in system.terms:
        build.parameter(ids[term.name], term.unit, constant=False,
                        notes=(term.description, f"term of the {system.arm_of(term.name)} arm"))
        build.assignment(ids[term.name], printer(term.expression))

    reference = reference_values(solution.values, solution.days, scenario.reference_day, solution.pre_pregnant)
    reference_text = ("the pre-pregnant steady state" if scenario.reference_day is None
                      else f"day {scenario.reference_day:g}")
    units = {item.name: item.unit for item in system.states + system.terms}
    for term in dict.fromkeys(output.term for output in OUTPUTS):
        build.parameter(f"reference_{term}", units[term], reference[term],
                        notes=(f"{term} on the reference day ({reference_text})",))
    for output in OUTPUTS:
        if output.reported_as == "absolute" and output.name == output.term:
            continue
        value = ids[output.term]
        if output.reported_as != "absolute":
            value = f"{value} / reference_{output.term}"
        if output.reported_as == "percent":
            value = f"{printer.number(100, add_unit_definition(model, '%'))} * ({value} - (1.0 dimensionless))"
        build.parameter(output.name, output.unit, constant=False, notes=(output.meaning,))
        build.assignment(output.name, value)
    return document


def sbml_string(scenario: Scenario) -> str:
    """The scenario's SBML document as text."""
    return libsbml.writeSBMLToString(sbml_document(scenario))


def write_sbml(scenario: Scenario, path: Path) -> Path:
    """Write the scenario's SBML to ``path``; return it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = sbml_string(scenario)
    with atomic_path(path) as temporary:
        temporary.write_text(text)
    return path


def output_ids() -> tuple[str, ...]:
    """SBML ids of SPEC.md's outputs: their names."""
    return tuple(output.name for output in OUTPUTS)


__all__ = ["sbml_document", "sbml_string", "write_sbml", "model_ids", "schedule_inputs", "output_ids"]
