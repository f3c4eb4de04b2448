"""Run a scenario: bind its parameters and schedule to the compiled model, solve, report outputs."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Callable

import numpy as np
import xarray as xr

from .model.inputs import INPUT_NAMES
from .model.knockouts import switches_off
from .model.ledger import LEDGER
from .parameters import parameter_set
from .parameters.consistency import check_reference_state
from .results.dataset import build_dataset
from .results.warnings import physiology_warnings
from .scenario import Scenario, ScenarioError, build_schedule
from .scenario.schedule import SpeciesTimeline, diet_inputs, pregnancy_lead_in, usual_diet
from .solve.compiled import CompiledModel, compiled_model, reduced_model
from .solve.dosing import bind_doses, doses_of
from .solve.equilibrate import equilibrate, initial_guess, newton_root
from .solve.errors import SolverError
from .solve.integrate import DEFAULT_TOLERANCES, Tolerances, integrate
from .solve.lsoda import quiet_native_output


@dataclass(frozen=True)
class SolverSettings:
    """How :func:`solve` solves a scenario.

    Parameters
    ----------
    tolerances : LSODA's tolerances for the pregnancy lead-in and the scenario. The steady state is always
        settled at the default tolerances: its drift check needs them, and from a Newton root a looser
        tolerance saves nothing.
    cache_steady_state : keep the pre-pregnant steady state per parameter vector (a population, whose
        every subject has its own vector, does not, so memory stays bounded).
    newton_start : take the steady state from the root Newton's method finds near the declared pre-pregnant
        values when every mode of the Jacobian there decays, else settle it from that root (or from the
        declared values where Newton's method does not converge) with the 40,000-day run and its drift check;
        the same steady state, about a quarter of a population subject's time saved by starting from the
        root and a further tenth by skipping the run (:func:`~lactabone.solve.equilibrate.newton_root`).
    only_needed_states : when :func:`solve` is given ``terms``, integrate the pregnancy lead-in and the
        scenario on only the states those terms need (:func:`~lactabone.solve.compiled.reduced_model`: a
        population's outputs do not read the calcium ledger or trabecular number, 7 of 24 states), and
        return only those states. The same equations; LSODA then controls its error and builds its
        Jacobians over fewer states. The steady state is still found and checked on every state.
    """

    tolerances: Tolerances = DEFAULT_TOLERANCES
    cache_steady_state: bool = True
    newton_start: bool = False
    only_needed_states: bool = False


_settled_cache: dict[tuple[bytes, SolverSettings], np.ndarray] = {}


def default_scenario() -> Scenario:
    """The built-in scenario: a woman exclusively nursing one infant for 180 days, followed to day 540."""
    return Scenario()


def revalidated(scenario: Scenario) -> Scenario:
    """The scenario validated again from its keys: a list or table changed in place since loading is judged too.

    Raises :class:`ScenarioError` when it is no longer valid.
    """
    return Scenario.model_validate(scenario.model_dump())


def parameter_values(scenario: Scenario) -> dict[str, float]:
    """The species' parameter values with the scenario's overrides and knockouts applied.

    Raises :class:`ScenarioError` naming an unknown or out-of-range override, or overrides whose reference
    state would need a negative urine or absorption.
    """
    parameters = parameter_set(scenario.species)
    values = dict(_species_values(scenario.species))
    for name, value in scenario.parameters.items():
        if name not in parameters:
            raise ScenarioError(f"parameters.{name} = {value!r}: not a parameter of the {scenario.species} model "
                                f"(list them with `lactabone parameters --species {scenario.species}`)")
        parameter = parameters[name]
        if not (math.isfinite(value) and parameter.low <= value <= parameter.high):
            allowed = (f"{parameter.low:g} (a constant)" if parameter.low == parameter.high
                       else f"from {parameter.low:g} to {parameter.high:g}")
            raise ScenarioError(f"parameters.{name} = {value!r}: must be {allowed} {parameter.unit}, "
                                f"the allowed range ({parameter.range_reason})")
        values[name] = float(value)
    check_reference_state(values, set(scenario.parameters))
    values.update(switches_off(scenario.knockouts))
    values.update(cow_parameters(scenario.cow, values))
    return values


@functools.cache
def _species_values(species: str) -> dict[str, float]:
    """The species' parameter values by name (copied by each caller: the dict is shared)."""
    return {name: parameter.value for name, parameter in parameter_set(species).items()}


def cow_parameters(cow, values: dict[str, float]) -> dict[str, float]:
    """Parameter values set by a cow's [cow] table: parity and the peak of her lactation curve."""
    if cow is None:
        return {}
    peak = (cow.peak_milk_kg_per_day / values["milk_density"] if cow.peak_milk_kg_per_day is not None
            else values["milk_volume_per_offspring"] * (values["first_lactation_peak_ratio"] if cow.parity == 1 else 1))
    return {"parity": float(cow.parity), "milk_volume_per_offspring": peak}


def _positions_in(full: CompiledModel, model: CompiledModel) -> list[int]:
    """Where ``model``'s states sit among ``full``'s."""
    key = model.system.state_names
    if key not in _state_positions:
        _state_positions[key] = [full.system.state_names.index(name) for name in key]
    return _state_positions[key]


_state_positions: dict[tuple[str, ...], list[int]] = {}


def _base_vector(model: CompiledModel, values: dict[str, float], diet) -> np.ndarray:
    """Parameter vector in the solver's layout; bound inputs start at zero (no pregnancy, no nursing, no drug)."""
    vector = np.zeros(len(model.layout))
    parameters = len(model.layout) - len(INPUT_NAMES)  # the layout is the parameters, then the inputs
    # a parameter missing from the species set is an error, not a zero
    vector[:parameters] = [values[name] for name in model.layout[:parameters]]
    for name, value in diet_inputs(diet, values["dcad_reference"]).items():
        vector[model.index(name)] = value
    return bind_doses(model.layout, vector, [], values)


def _settle(model: CompiledModel, base: np.ndarray, settings: SolverSettings) -> np.ndarray:
    guess = initial_guess(model, base)
    if settings.newton_start:
        guess, settled = newton_root(model, base, guess)
        if settled:  # a root every mode decays back to: the settling run would only add LSODA's error
            return guess
    return equilibrate(model, base, guess)


def _settled_state(model: CompiledModel, base: np.ndarray, settings: SolverSettings = SolverSettings()) -> np.ndarray:
    if not settings.cache_steady_state:
        return _settle(model, base, settings)
    key = (base.tobytes(), settings)
    if key not in _settled_cache:
        _settled_cache[key] = _settle(model, base, settings)
    return _settled_cache[key].copy()


#: Decimals the output days are rounded to (1e-9 d is under a millisecond), so that a grid of hours from day -21
#: holds calving as day 0 exactly, not as the 6e-13 that summing 504 steps of 1/24 leaves.
OUTPUT_DAY_DECIMALS = 9


def output_days(scenario: Scenario) -> np.ndarray:
    """The output grid [d]: start_day to end_day every output_step_days (end_day included)."""
    start, end, step = scenario.start_day, scenario.end_day, scenario.output_step_days
    days = np.round(start + step * np.arange(int(np.ceil((end - start) / step)) + 1), OUTPUT_DAY_DECIMALS)
    return np.append(days[days < end - 10.0 ** -OUTPUT_DAY_DECIMALS], end)


def _refuse_drugs_without_a_target(scenario: Scenario, values: dict[str, float]) -> None:
    for index, drug in enumerate(scenario.drugs):
        if drug.name == "denosumab" and values["denosumab_rankl_binding"] == 0:
            raise ScenarioError(
                f"drugs[{index}].name = 'denosumab': denosumab does not bind {scenario.species} RANKL "
                "(Kostenuik 2009 J Bone Miner Res 24:182); use opg_fc to block RANKL in rodents")


@dataclass(frozen=True)
class Solution:
    """A solved scenario before reporting: days, every term and state over them, the pre-pregnant values,
    and the states on start_day (the pre-pregnant ones when the scenario starts before the first conception)."""

    days: np.ndarray
    values: dict[str, np.ndarray]
    pre_pregnant: dict[str, float]
    start_states: dict[str, float]


def _state_on_start_day(model: CompiledModel, settled: np.ndarray, base: np.ndarray, scenario: Scenario,
                        timeline: SpeciesTimeline, tolerances: Tolerances = DEFAULT_TOLERANCES) -> np.ndarray:
    """The states on start_day: the pre-pregnant steady state carried through the scenario's history from the
    first conception, when start_day falls after it.

    The calcium ledger counts from start_day, so it is zeroed after the lead-in.
    """
    lead_in = pregnancy_lead_in(scenario, timeline.gestation_days)
    if lead_in is None:
        return settled
    segments = build_schedule(scenario, timeline, window=lead_in)
    states, _, _ = integrate(model, settled, segments, np.array([lead_in[1]]), base, tolerances)
    start = states[-1].copy()
    for index, name in enumerate(model.system.state_names):
        if name in LEDGER:
            start[index] = 0.0
    return start


def _evaluate(evaluate, days: np.ndarray, states: np.ndarray, vectors: np.ndarray,
              segment_of_time: np.ndarray) -> dict[str, np.ndarray]:
    """The terms ``evaluate`` computes over the output days; a division by zero or an overflow there is a
    :class:`SolverError`."""
    try:
        evaluated = evaluate(days, states.T, vectors, segment_of_time)
    except (ZeroDivisionError, OverflowError, FloatingPointError) as error:
        raise SolverError(f"the outputs could not be evaluated ({error}): a state reached a value the equations "
                          "cannot take (zero or overflow) with these parameters") from None
    for name, series in evaluated.items():
        finite = np.isfinite(series)
        if not finite.all():
            day = float(days[int(np.argmin(finite))])
            raise SolverError(f"{name} is not finite from day {day:g} with these parameters (value "
                              f"{float(series[int(np.argmin(finite))])}); the run left the model's domain")
    return evaluated


@dataclass(frozen=True)
class Prepared:
    """What solving a scenario needs before its parameters are read, shared by a population's subjects.

    ``scenario`` is validated; ``model`` is the model integrated (the full one, or with
    ``settings.only_needed_states`` the states ``terms`` need), ``evaluate`` its evaluator of ``terms`` (every
    term when None) and ``days`` the output days.
    """

    scenario: Scenario
    terms: tuple[str, ...] | None
    settings: SolverSettings
    model: CompiledModel
    evaluate: Callable
    days: np.ndarray


def prepare(scenario: Scenario, terms: tuple[str, ...] | None = None,
            settings: SolverSettings = SolverSettings()) -> Prepared:
    """Validate ``scenario`` again and choose its model, evaluator and output days (see :func:`solve`)."""
    scenario = revalidated(scenario)
    full = compiled_model()
    model = (reduced_model(tuple(sorted(set(terms)))) if terms is not None and settings.only_needed_states
             else full)
    states_named = set(model.system.state_names)
    evaluate = (model.evaluate if terms is None
                else model.evaluator(tuple(name for name in terms if name not in states_named)))
    return Prepared(scenario, terms, settings, model, evaluate, output_days(scenario))


def solve(scenario: Scenario, terms: tuple[str, ...] | None = None,
          settings: SolverSettings = SolverSettings()) -> Solution:
    """Solve a scenario and evaluate every term of the model (or only ``terms``) over the output days.

    ``terms`` (names of terms or states; every state comes back, or with
    ``settings.only_needed_states`` only those the terms need) restricts the
    evaluation to what the caller reads: a population's subjects need a dozen
    of the model's few hundred terms, and evaluating all of them on every
    output day costs a fifth of a subject's time. ``settings``: tolerances and
    the steady state's caching and start (:class:`SolverSettings`; the default
    is a single run's).
    """
    return solve_prepared(prepare(scenario, terms, settings))


def solve_prepared(prepared: Prepared, scenario: Scenario | None = None) -> Solution:
    """:func:`solve` of ``prepared``'s scenario, or of ``scenario`` with its model, evaluator and days.

    ``scenario`` (a population's subject) must be valid and differ from the prepared one only in its
    parameter overrides (checked here) and diet; it is not validated again.
    """
    scenario = prepared.scenario if scenario is None else scenario
    settings, model, days = prepared.settings, prepared.model, prepared.days
    values = parameter_values(scenario)
    _refuse_drugs_without_a_target(scenario, values)
    full = compiled_model()
    base = _base_vector(full, values, usual_diet(scenario))  # the same layout in a reduced model
    settled = _settled_state(full, base, settings)  # settled and checked on every state, as a single run is
    if model is not full:
        settled = settled[_positions_in(full, model)]
    timeline = SpeciesTimeline.of(values)
    schedule = build_schedule(scenario, timeline)
    dosed = bind_doses(model.layout, base, doses_of(scenario, values), values)
    with quiet_native_output():  # once for the lead-in and the scenario
        start = _state_on_start_day(model, settled, base, scenario, timeline, settings.tolerances)
        states, vectors, segment_of_time = integrate(model, start, schedule, days, dosed, settings.tolerances)
    evaluated = _evaluate(prepared.evaluate, days, states, vectors, segment_of_time)
    evaluated.update({name: states[:, index] for index, name in enumerate(model.system.state_names)})
    at_rest = prepared.evaluate(np.zeros(1), settled[:, None], base)
    pre_pregnant = {name: float(series[0]) for name, series in at_rest.items()}
    pre_pregnant.update({name: float(settled[index]) for index, name in enumerate(model.system.state_names)})
    start_states = {name: float(start[index]) for index, name in enumerate(model.system.state_names)}
    return Solution(days, evaluated, pre_pregnant, start_states)


def _first_weaning_day(scenario: Scenario) -> float | None:
    return scenario.nursing.weaning_day if scenario.nursing.offspring > 0 else None


def simulate(scenario: Scenario) -> xr.Dataset:
    """Simulate a scenario.

    Parameters
    ----------
    scenario : a validated :class:`~lactabone.scenario.Scenario` (``load_scenario`` or built in Python).

    Returns
    -------
    xarray.Dataset
        Coordinate ``day`` (days since delivery); every output of SPEC.md with
        a ``units`` attribute; relative outputs are relative to the scenario's
        reference day (the pre-pregnant state when ``reference_day`` is unset).
        ``attrs["warnings"]`` lists, one line each, the ways the run leaves
        physiology (serum calcium outside 1-4 mmol/L, more than half the
        skeleton's calcium lost); it is empty for a physiological run.

    Raises
    ------
    ScenarioError
        A parameter override or feature the model cannot take, before solving.
    SolverError
        The solver failed (names the segment, day and states).
    """
    return results_dataset(scenario, solve(scenario))


def results_dataset(scenario: Scenario, solution: Solution) -> xr.Dataset:
    """The public outputs of a solved scenario (what :func:`simulate` returns), from :func:`solve`'s solution."""
    reference_day = scenario.reference_day
    attributes = {
        "species": scenario.species,
        "reference": "pre-pregnant steady state" if reference_day is None else f"day {reference_day:g}",
        "scenario_toml": scenario.to_toml(),
        "title": "lactabone simulation",
    }
    weaning = _first_weaning_day(scenario)
    if weaning is not None:
        attributes["weaning_day"] = float(weaning)
    later = [float(cycle.delivery_day + cycle.weaning_day) for cycle in scenario.cycles if cycle.offspring > 0]
    if later:
        attributes["later_weaning_days"] = later  # weaning of each further cycle, days since the first delivery
    dataset = build_dataset(solution.days, solution.values, solution.pre_pregnant, reference_day, attributes)
    dataset.attrs["warnings"] = physiology_warnings(dataset)
    return dataset
