"""The page's controls: what a person picks for one scenario, and the scenario keys (SPEC.md) it stands for.

:class:`Choices` holds the picks in the page's units (months for women, days
for rodents); :func:`scenario_mapping` turns them into the keys of a scenario
file, which :func:`lactabone.scenario.scenario_from_dict` validates as it
would a file, so bad input gets the command line's messages.
:func:`scenario_controls` draws the widgets of one scenario column. Widgets
allow values the schema refuses (a weaning before the end of exclusive
nursing, a dose of 0, a diet out of range): the refusal is the lesson. A cow's
widgets are drawn by :mod:`~lactabone.app.cow_controls`, within the schema's
ranges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import streamlit as st

from lactabone.model.knockouts import KNOCKOUTS
from lactabone.model.pharmacokinetics import DRUG_ROUTES
from lactabone.limits import MAX_DOSES
from lactabone.scenario.schema import DEFAULT_DIET, LONGEST_SPAN_DAYS, OFFSPRING_NOUN, Scenario, species_registry
from lactabone.validation import experiments, runs

from .cow_controls import CowChoices, cow_controls, default_cow_choices
from .drug_choice import DrugChoice

DAYS_PER_MONTH = 30.0
"""Days in a month of the page: 6 months of nursing is day 180, as in ``examples/one_infant_6_months.toml``."""


@dataclass(frozen=True)
class TimeUnit:
    """The unit the page counts nursing in, for one species."""

    name: str
    days: float


TIME_UNITS: dict[str, TimeUnit] = {"human": TimeUnit("months", DAYS_PER_MONTH), "mouse": TimeUnit("days", 1.0),
                                   "rat": TimeUnit("days", 1.0)}
"""Women's nursing is counted in months, rodents' in days."""
NURSING_DAY_FIELDS = ("nursing.exclusive_days", "nursing.weaning_day")
"""Scenario keys the page fills from fields in its own unit."""
_NURSING_DAYS = re.compile(r"\b(exclusive_days|weaning_day) = (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)")


def _typed_unit(error: BaseException, species: str) -> TimeUnit | None:
    """The page's unit for a nursing error when it is not days (months for women), else None."""
    unit = TIME_UNITS.get(species)
    if unit is None or unit.days == 1 or getattr(error, "field", None) not in NURSING_DAY_FIELDS:
        return None
    return unit


def in_page_units(error: BaseException, species: str) -> str:
    """A nursing error's message with its days in the unit the page's fields use (months for women), or ''."""
    unit = _typed_unit(error, species)
    if unit is None:
        return ""
    message = _NURSING_DAYS.sub(lambda match: f"{match[1]} = {float(match[2]) / unit.days:.4g} {unit.name}",
                                str(error))
    return message.replace("days after delivery", f"{unit.name} after delivery").replace(
        "number of days", f"number of {unit.name}")


def in_file_units(error: BaseException, species: str) -> str:
    """What the scenario file holds for a nursing error given in months: its key in days, or ''."""
    unit, value = _typed_unit(error, species), getattr(error, "value", None)
    if unit is None or not isinstance(value, (int, float)):
        return ""
    return f"In the scenario file: {error.field} = {value:g} days ({unit.name} x {unit.days:g} = days)."


_RODENT_DRUGS = {table["name"]: DrugChoice.from_table(table)
                 for table in (experiments.OPG_FC, experiments.ZOLEDRONATE, experiments.CALCITONIN)}
_RODENT_DRUGS |= {
    # Examples without a rodent experiment in the scorecard: denosumab is refused in rodents with the reason.
    "denosumab": DrugChoice("denosumab", 1.0, "dose_mg_per_kg", "sc"),
    "alendronate": DrugChoice("alendronate", 1.0, "dose_mg_per_kg", "oral", 0.0, 1.0, 21),
}
DRUG_DEFAULTS: dict[str, dict[str, DrugChoice]] = {
    "human": {
        "denosumab": DrugChoice("denosumab", 60.0, "dose_mg", "sc"),  # Bekker 2004 J Bone Miner Res 19:1059
        "zoledronate": DrugChoice("zoledronate", 5.0, "dose_mg", "iv"),  # Black 2007 N Engl J Med 356:1809
        "alendronate": DrugChoice("alendronate", 70.0, "dose_mg", "oral", 0.0, 7.0, 26),  # weekly, 6 months
        "calcitonin": DrugChoice("calcitonin", 0.05, "dose_mg", "nasal", 0.0, 1.0, 180),  # an example, daily
        "opg_fc": DrugChoice("opg_fc", 3.0, "dose_mg_per_kg", "sc"),  # Bekker 2001 J Bone Miner Res 16:348
    },
    "mouse": _RODENT_DRUGS,
    "rat": _RODENT_DRUGS,
}
"""The dose each drug starts at when picked, per species (women: the cited trials; rodents: the scorecard's
experiments); examples to change, not recommendations."""


@dataclass(frozen=True)
class Choices:
    """What a person picked for one scenario, in the page's units.

    Attributes
    ----------
    species : str
    offspring : int
        Infants or pups nursed (0: no nursing).
    exclusive : float
        Exclusive nursing from delivery [months for women, days for rodents].
    weaning : float
        When nursing stops (abrupt) or has tapered to nothing (gradual), since delivery [same unit].
    weaning_kind : str
        ``"abrupt"`` or ``"gradual"``.
    partial_fraction : float
        Share of full milk made between the end of exclusive nursing and weaning [0-1].
    follow_up : float
        Time followed after weaning [d].
    diet_calcium : float
        Diet calcium: mg/day for women, % of chow for rodents (``DEFAULT_DIET``'s key for the species).
    drugs : tuple of DrugChoice
    knockouts : tuple of str
    """

    species: str
    offspring: int
    exclusive: float
    weaning: float
    weaning_kind: str
    partial_fraction: float
    follow_up: float
    diet_calcium: float
    drugs: tuple[DrugChoice, ...] = field(default_factory=tuple)
    knockouts: tuple[str, ...] = field(default_factory=tuple)


def diet_key(species: str) -> str:
    """The ``[diet]`` key the page sets for a species (``calcium_mg_per_day`` or ``calcium_percent``)."""
    return next(iter(DEFAULT_DIET[species]))


#: The scenarios the page starts from: the scorecard's (one infant 6 months, followed 365 days; 8 or 10 pups).
STARTING_SCENARIOS = {"human": runs.ONE_INFANT, "mouse": experiments.MOUSE, "rat": experiments.RAT}
#: Species the page offers: those with a starting scenario, and cows (:mod:`~lactabone.app.cow_controls`).
PAGE_SPECIES = tuple(species for species in species_registry()
                     if species in STARTING_SCENARIOS or species == "cow")


def default_choices(species: str) -> Choices | CowChoices:
    """The page's starting point for a species: the scorecard's scenario (women: one infant exclusively nursed
    6 months, followed 365 days after weaning; mice and rats: 8 or 10 pups for 21 days, followed 4 weeks; cows:
    the milk-fever cow from day -21 to day 14)."""
    if species == "cow":
        return default_cow_choices()
    scenario = Scenario.model_validate(STARTING_SCENARIOS[species])
    unit = TIME_UNITS[species].days
    nursing = scenario.nursing
    return Choices(species, nursing.offspring, nursing.exclusive_days / unit, nursing.weaning_day / unit,
                   nursing.weaning, nursing.partial_fraction, scenario.end_day - nursing.weaning_day,
                   DEFAULT_DIET[species][diet_key(species)])


def scenario_mapping(choices: Choices | CowChoices) -> dict:
    """The scenario keys (SPEC.md) of the picks: days since delivery, ``end_day`` = weaning + follow-up (a cow:
    :meth:`CowChoices.mapping`)."""
    if isinstance(choices, CowChoices):
        return choices.mapping()
    unit = TIME_UNITS[choices.species].days
    return {
        "species": choices.species,
        "end_day": choices.weaning * unit + choices.follow_up,
        "nursing": {"offspring": choices.offspring, "exclusive_days": choices.exclusive * unit,
                    "weaning_day": choices.weaning * unit, "weaning": choices.weaning_kind,
                    "partial_fraction": choices.partial_fraction},
        "diet": {diet_key(choices.species): choices.diet_calcium},
        "drugs": [drug.mapping() for drug in choices.drugs],
        "knockouts": list(choices.knockouts),
    }


#: The two scenarios the page starts with: one infant against twins.
STARTING_CHOICES = {"A": default_choices("human"), "B": replace(default_choices("human"), offspring=2)}


def scenario_controls(name: str) -> Choices | CowChoices:
    """Draw the widgets of scenario ``name`` ("A" or "B"); return the picks.

    Widget keys are ``"<name>_<species>_<field>"``, so each species keeps its own values and starts from
    :func:`default_choices`.
    """
    species = st.selectbox("species", PAGE_SPECIES, key=f"{name}_species",
                           index=PAGE_SPECIES.index(STARTING_CHOICES[name].species))
    start = STARTING_CHOICES[name] if species == STARTING_CHOICES[name].species else default_choices(species)
    if species == "cow":
        return cow_controls(f"{name}_cow", start)
    unit = TIME_UNITS[species]
    step = 0.5 if unit.name == "months" else 1.0
    key = f"{name}_{species}"
    in_days = "" if unit.days == 1 else f" in days ({unit.name} x {unit.days:g})"
    top = st.columns(3)
    offspring = top[0].number_input(f"{OFFSPRING_NOUN[species]} nursed", min_value=0, value=start.offspring, step=1,
                                    key=f"{key}_offspring", help="nursing.offspring; 0: not nursing")
    exclusive = top[1].number_input(f"exclusive nursing [{unit.name}]", value=start.exclusive, step=step, format="%g",
                                    key=f"{key}_exclusive", help=f"nursing.exclusive_days{in_days}")
    weaning = top[2].number_input(f"weaning at [{unit.name} after delivery]", value=start.weaning, step=step, format="%g",
                                  key=f"{key}_weaning", help=f"nursing.weaning_day{in_days}: partial nursing runs from "
                                  "the end of exclusive nursing to here")
    middle = st.columns(3)
    weaning_kind = middle[0].radio("weaning", ("abrupt", "gradual"), index=("abrupt", "gradual").index(
        start.weaning_kind), horizontal=True, key=f"{key}_weaning_kind",
        help="nursing.weaning: abrupt stops at weaning; gradual tapers to nothing by then")
    partial_fraction = middle[1].slider("share of full milk after exclusive nursing", 0.0, 1.0,
                                        start.partial_fraction, 0.05, key=f"{key}_partial_fraction",
                                        help="nursing.partial_fraction")
    follow_up = middle[2].number_input("follow-up after weaning [days]", value=start.follow_up, step=1.0, format="%g",
                                       min_value=0.0, max_value=LONGEST_SPAN_DAYS, key=f"{key}_follow_up",
                                       help="end_day = weaning day + this")
    diet_label = "diet calcium [mg/day]" if diet_key(species) == "calcium_mg_per_day" else "chow calcium [%]"
    bottom = st.columns(2)
    diet_calcium = bottom[0].number_input(diet_label, value=float(start.diet_calcium), format="%g", key=f"{key}_diet",
                                          help=f"diet.{diet_key(species)}")
    knockouts = bottom[1].multiselect("knockouts", tuple(KNOCKOUTS), key=f"{key}_knockouts",
                                      format_func=lambda knockout: knockout.replace("_", " "),
                                      help="; ".join(f"{name_}: {item.description}"
                                                     for name_, item in KNOCKOUTS.items()))
    drugs = tuple(_drug_controls(key, species, drug) for drug in st.multiselect(
        "drugs", tuple(DRUG_DEFAULTS[species]), key=f"{key}_drugs"))
    return Choices(species, int(offspring), float(exclusive), float(weaning), weaning_kind, float(partial_fraction),
                   float(follow_up), float(diet_calcium), drugs, tuple(knockouts))


def _drug_controls(key: str, species: str, drug: str) -> DrugChoice:
    """One row of widgets for a picked drug: dose, route, first day, interval, number of doses."""
    start = DRUG_DEFAULTS[species][drug]
    unit = "mg" if start.dose_key == "dose_mg" else "mg/kg"
    key = f"{key}_{drug}"
    columns = st.columns(5)
    dose = columns[0].number_input(f"{drug} dose [{unit}]", value=start.dose, format="%g", key=f"{key}_dose")
    route = columns[1].selectbox("route", DRUG_ROUTES[drug], index=DRUG_ROUTES[drug].index(start.route),
                                 key=f"{key}_route")
    first_day = columns[2].number_input("first dose [day]", value=start.first_day, step=1.0, format="%g", key=f"{key}_first")
    interval = columns[3].number_input("every [days]", value=start.interval_days, min_value=0.0, step=1.0, format="%g",
                                       key=f"{key}_interval")
    doses = columns[4].number_input("doses", value=start.doses, min_value=1, max_value=MAX_DOSES, step=1,
                                    key=f"{key}_doses", help=f"at most {MAX_DOSES} (lactabone.limits.MAX_DOSES)")
    return DrugChoice(drug, float(dose), start.dose_key, route, float(first_day), float(interval), int(doses))
