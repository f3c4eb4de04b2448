"""The page's controls for a cow around calving: the [cow] levers, the ration, the calving window, calcium given.

:class:`CowChoices` holds the picks in a vet's units (g/d, mEq/kg, hours from
calving for the treatments); :meth:`CowChoices.mapping` turns them into the
keys of a scenario file. Every widget's allowed range is read from the
scenario schema (:func:`~lactabone.scenario.schema.field_bounds`), never
written here a second time. The page starts from the scorecard's milk-fever
cow (S25: parity 5, 55 kg/d at peak, 150 g/d calcium at DCAD +300 mEq/kg
before calving), followed from day -21 to day 14, hour by hour.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import streamlit as st

from lactabone.limits import MAX_DOSES
from lactabone.plots.time_axis import CALVING_RUN_LAST_DAY
from lactabone.scenario.schema import (COW_LEVER_MEANINGS, DEFAULT_DIET, DIET_CALCIUM_PERCENT_RANGE, EARLIEST_START_DAY,
                                       LONGEST_SPAN_DAYS, Cow, Drug, cow_requirement, field_bounds)
from lactabone.validation import experiments

from .drug_choice import DrugChoice

HOURS_PER_DAY = 24.0
HOURLY_OUTPUT_DAYS = 1.0 / HOURS_PER_DAY
"""Output step of a calving run [d]: hourly, so the nadir and the hours below thresholds read to the hour."""
DAILY_OUTPUT_DAYS = 1.0
"""Output step of a longer run (ending more than 30 days after calving) [d]."""
#: The calcium a vet gives, as the scorecard gives it (D4: two 43 g oral boluses 12 h apart; D5: 10.7 g iv).
TREATMENTS = {table["name"]: DrugChoice.from_table(table)
              for table in (experiments.ORAL_CALCIUM, experiments.CALCIUM_INFUSION)}
TREATMENT_NAMES = {"oral_calcium": "oral calcium bolus", "calcium_borogluconate": "iv calcium borogluconate"}
#: Widget label of each [cow] key, with its unit.
LEVER_LABELS = {"parity": "parity (lactation number)", "peak_milk_kg_per_day": "peak milk [kg/d]",
                "prepartum_calcium_g_per_day": "close-up calcium [g/d]",
                "dcad_meq_per_kg": "close-up DCAD [mEq/kg DM]"}
LEVER_STEPS = {"parity": 1, "peak_milk_kg_per_day": 1.0, "prepartum_calcium_g_per_day": 5.0, "dcad_meq_per_kg": 25.0}


@dataclass(frozen=True)
class CowChoices:
    """What a person picked for one cow, in a vet's units.

    Attributes
    ----------
    levers : dict of str to number or None
        The ``[cow]`` keys (parity; peak milk [kg/d], close-up calcium [g/d], close-up DCAD [mEq/kg of dry
        matter]); None: the cow set's usual value.
    ration_calcium : float
        Calcium of the ration [% of dry matter] (``diet.calcium_percent``).
    days_before : float
        Days followed before calving [d] (``start_day`` = -days_before).
    days_after : float
        Days followed after calving [d] (``end_day``).
    treatments : tuple of DrugChoice
        Calcium given (``dose_key = "dose_g"``; days from calving, picked in hours).
    """

    levers: dict
    ration_calcium: float
    days_before: float
    days_after: float
    treatments: tuple[DrugChoice, ...] = field(default_factory=tuple)
    species: str = "cow"

    def mapping(self) -> dict:
        """The scenario keys (SPEC.md): hourly outputs for a calving run, daily for a longer one."""
        step = HOURLY_OUTPUT_DAYS if self.days_after <= CALVING_RUN_LAST_DAY else DAILY_OUTPUT_DAYS
        return {"species": "cow", "start_day": -self.days_before, "end_day": self.days_after,
                "output_step_days": step, "nursing": dict(experiments.COW["nursing"]),
                "diet": {"calcium_percent": self.ration_calcium},
                "drugs": [treatment.mapping() for treatment in self.treatments], "knockouts": [],
                "cow": {key: value for key, value in self.levers.items() if value is not None}}


def default_cow_choices() -> CowChoices:
    """The page's starting cow: the scorecard's milk-fever cow (S25), day -21 to day 14, no calcium given."""
    scenario = experiments.EXPERIMENTS["cow_milk_fever"]
    return CowChoices(dict(scenario["cow"]), DEFAULT_DIET["cow"]["calcium_percent"], -scenario["start_day"],
                      scenario["end_day"])


def _lever(column, key: str, value: object, widget_key: str) -> object:
    """A number field for one [cow] key, its range the schema's; optional keys may be left empty (usual value)."""
    lowest, highest = field_bounds(Cow, key)
    step = LEVER_STEPS[key]
    cast = type(step)
    return column.number_input(LEVER_LABELS[key], min_value=cast(lowest), max_value=cast(highest),
                               value=None if value is None else cast(value), step=step,
                               format="%d" if cast is int else "%g", key=widget_key,
                               placeholder="usual for the parity", help=f"cow.{key}: {cow_requirement(key)}")


def cow_controls(key: str, start: CowChoices) -> CowChoices:
    """Draw the widgets of one cow (keys ``"<key>_<field>"``), starting from ``start``; return the picks."""
    top = st.columns(4)
    levers = {name: _lever(column, name, start.levers.get(name), f"{key}_{name}")
              for column, name in zip(top, COW_LEVER_MEANINGS)}
    bottom = st.columns(3)
    lowest, highest = DIET_CALCIUM_PERCENT_RANGE["cow"]
    ration = bottom[0].number_input("ration calcium after calving [% of DM]", min_value=float(lowest),
                                    max_value=float(highest),
                                    value=start.ration_calcium, step=0.1, format="%g", key=f"{key}_ration",
                                    help=f"diet.calcium_percent, {lowest:g}-{highest:g}% of dry matter")
    days_before = bottom[1].number_input("followed from [days before calving]", min_value=0.0,
                                         max_value=-EARLIEST_START_DAY, value=start.days_before, step=1.0,
                                         format="%g", key=f"{key}_days_before", help="start_day = -this")
    days_after = bottom[2].number_input("to [days after calving]", min_value=HOURLY_OUTPUT_DAYS,
                                        max_value=LONGEST_SPAN_DAYS, value=start.days_after, step=1.0, format="%g",
                                        key=f"{key}_days_after", help="end_day; outputs hourly up to "
                                        f"{CALVING_RUN_LAST_DAY:g} days after calving, daily beyond")
    picked = st.multiselect("calcium given", tuple(TREATMENTS), key=f"{key}_treatments",
                            default=[treatment.name for treatment in start.treatments],
                            format_func=TREATMENT_NAMES.get)
    treatments = tuple(_treatment_controls(key, name) for name in picked)
    return CowChoices(levers, float(ration), float(days_before), float(days_after), treatments)


def _treatment_controls(key: str, name: str) -> DrugChoice:
    """One row of widgets for calcium given: dose [g], first dose [h from calving], every [h], number of doses."""
    start = TREATMENTS[name]
    key = f"{key}_{name}"
    _, most = field_bounds(Drug, "dose_g")
    columns = st.columns(4)
    dose = columns[0].number_input(f"{TREATMENT_NAMES[name]} [g calcium]", min_value=0.0, max_value=most,
                                   value=start.dose, step=1.0, format="%g", key=f"{key}_dose",
                                   help=f"drugs.dose_g, > 0 and <= {most:g} g; route {start.route}")
    first = columns[1].number_input("first dose [h from calving]", value=start.first_day * HOURS_PER_DAY, step=1.0,
                                    format="%g", key=f"{key}_first", help="drugs.days x 24; negative: before calving")
    every = columns[2].number_input("every [h]", min_value=0.0, value=start.interval_days * HOURS_PER_DAY, step=1.0,
                                    format="%g", key=f"{key}_interval")
    doses = columns[3].number_input("doses", min_value=1, max_value=MAX_DOSES, value=start.doses, step=1,
                                    key=f"{key}_doses", help=f"at most {MAX_DOSES} (lactabone.limits.MAX_DOSES)")
    return DrugChoice(name, float(dose), "dose_g", start.route, float(first) / HOURS_PER_DAY,
                      float(every) / HOURS_PER_DAY, int(doses))
