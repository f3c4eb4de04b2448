"""SED-ML (Level 1 Version 3) simulation experiment of a scenario: the time course of its exported SBML.

The document holds one model (``model.xml``, the scenario's SBML export), one
uniform time course over the scenario's output days (SBML time 0 is
``start_day``; one point per ``output_step_days``), one task, a data generator
for the time, for ``day`` (days since delivery) and for every output of
SPEC.md, a report of all of them and a plot of a few. The algorithm is CVODE
(KISAO:0000019), which the BioSimulators executors of tellurium and COPASI
both run, at relative tolerance 1e-8 and absolute 1e-7 (tighter absolute
tolerances make CVODE's corrector fail at the delivery events of
``three_cycles``; see ``tests/test_export_sbml.py``).
"""

from __future__ import annotations

import libsedml

from ..results.outputs import OUTPUTS
from ..scenario import Scenario, ScenarioError
from ..simulation import output_days
from .sbml import SBML_LEVEL, SBML_VERSION

SEDML_LEVEL, SEDML_VERSION = 1, 3
#: CVODE, and its relative tolerance, absolute tolerance and step budget (KiSAO ids with values).
ALGORITHM = "KISAO:0000019"
ALGORITHM_PARAMETERS = {"KISAO:0000209": 1e-8, "KISAO:0000211": 1e-7, "KISAO:0000415": 1_000_000}
#: Outputs drawn in the plot (the report has every output).
PLOTTED = ("bmd_spine_change", "bmd_hip_change", "milk_calcium", "serum_calcium")
MODEL_ID, SIMULATION_ID, TASK_ID, REPORT_ID, PLOT_ID = "model", "time_course", "task", "report", "plot"
_SBML_NAMESPACE = f"http://www.sbml.org/sbml/level{SBML_LEVEL}/version{SBML_VERSION}/core"


def data_generator_id(name: str) -> str:
    """The id of the data generator (and of its report data set) of an output or of ``time``/``day``."""
    return f"data_generator_{name}"


def reported_names() -> tuple[str, ...]:
    """What the report holds, in order: ``time`` (SBML time [d]), ``day`` (days since delivery), every output."""
    return ("time", "day") + tuple(output.name for output in OUTPUTS)


def _check(status: int, what: str) -> None:
    if status != libsedml.LIBSEDML_OPERATION_SUCCESS:
        raise RuntimeError(f"libsedml refused {what}: {libsedml.OperationReturnValue_toString(status)}")


def _time_course(document: libsedml.SedDocument, scenario: Scenario) -> None:
    days = output_days(scenario)
    intervals = days.size - 1
    if intervals < 1 or not (abs((days[-1] - days[0]) - intervals * scenario.output_step_days)
                             <= 1e-9 * max(1.0, days[-1] - days[0])):
        raise ScenarioError(f"output_step_days = {scenario.output_step_days:g}: SED-ML needs a uniform time course; "
                            f"end_day - start_day must be a whole number of steps")
    simulation = document.createUniformTimeCourse()
    simulation.setId(SIMULATION_ID)
    simulation.setName("the scenario's output days (SBML time 0 is start_day)")
    simulation.setInitialTime(0.0)
    simulation.setOutputStartTime(0.0)
    simulation.setOutputEndTime(float(days[-1] - days[0]))
    simulation.setNumberOfPoints(int(intervals))
    algorithm = simulation.createAlgorithm()
    algorithm.setKisaoID(ALGORITHM)
    for kisao, value in ALGORITHM_PARAMETERS.items():
        parameter = algorithm.createAlgorithmParameter()
        parameter.setKisaoID(kisao)
        parameter.setValue(repr(value))


def _data_generator(document: libsedml.SedDocument, name: str, label: str) -> str:
    generator = document.createDataGenerator()
    identifier = data_generator_id(name)
    generator.setId(identifier)
    generator.setName(label)
    variable = generator.createVariable()
    variable.setId(f"variable_{name}")
    variable.setTaskReference(TASK_ID)
    if name == "time":
        variable.setSymbol("urn:sedml:symbol:time")
    else:
        variable.setTarget(f"/sbml:sbml/sbml:model/sbml:listOfParameters/sbml:parameter[@id='{name}']")
    generator.setMath(libsedml.parseL3Formula(f"variable_{name}"))
    return identifier


def sedml_document(scenario: Scenario, model_location: str = "model.xml") -> libsedml.SedDocument:
    """The SED-ML document of ``scenario``'s time course on the SBML at ``model_location``.

    Raises :class:`ScenarioError` when the output days are not a uniform grid.
    """
    document = libsedml.SedDocument(SEDML_LEVEL, SEDML_VERSION)
    document.getNamespaces().add(_SBML_NAMESPACE, "sbml")
    model = document.createModel()
    model.setId(MODEL_ID)
    model.setName(f"lactabone, {scenario.species}")
    model.setSource(model_location)
    model.setLanguage(f"urn:sedml:language:sbml.level-{SBML_LEVEL}.version-{SBML_VERSION}")
    _time_course(document, scenario)
    task = document.createTask()
    task.setId(TASK_ID)
    task.setModelReference(MODEL_ID)
    task.setSimulationReference(SIMULATION_ID)

    units = {output.name: output.unit for output in OUTPUTS}
    labels = {"time": "time since start_day [d]", "day": "days since delivery [d]",
              **{name: f"{name} [{unit}]" for name, unit in units.items()}}
    report = document.createReport()
    report.setId(REPORT_ID)
    report.setName("every output of lactabone (SPEC.md), over the output days")
    for name in reported_names():
        identifier = _data_generator(document, name, labels[name])
        data_set = report.createDataSet()
        data_set.setId(f"data_set_{name}")
        data_set.setLabel(name)
        data_set.setName(labels[name])
        data_set.setDataReference(identifier)

    plot = document.createPlot2D()
    plot.setId(PLOT_ID)
    plot.setName("bone and milk calcium over days since delivery")
    for name in PLOTTED:
        curve = plot.createCurve()
        curve.setId(f"curve_{name}")
        curve.setName(labels[name])
        curve.setLogX(False)
        curve.setLogY(False)
        curve.setXDataReference(data_generator_id("day"))
        curve.setYDataReference(data_generator_id(name))
    if document.getNumErrors(libsedml.LIBSEDML_SEV_ERROR):
        raise RuntimeError(f"libsedml: {document.getErrorLog().toString()}")
    return document


def sedml_string(scenario: Scenario, model_location: str = "model.xml") -> str:
    """The SED-ML document as text."""
    return libsedml.writeSedMLToString(sedml_document(scenario, model_location))
