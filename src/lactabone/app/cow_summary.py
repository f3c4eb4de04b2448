"""A cow's outcome in a vet's words and table, from ``lactabone run``'s summary (``results.milk_fever``)."""

from __future__ import annotations

import pandas as pd

from lactabone.results.milk_fever import (CLINICAL_MMOL_PER_L, MILLIGRAMS_PER_GRAM, SUBCLINICAL_MMOL_PER_L,
                                          covers_calving, first_week_words, hours, milk_fever)
from lactabone.results.summary import format_value, summarize

from .cow_controls import TREATMENT_NAMES
from .runs import Run

def describe_cow(run: Run) -> str:
    """One line naming the cow simulated: parity, peak milk, close-up ration, ration, window, calcium given."""
    scenario, cow = run.scenario, run.scenario.cow
    peak = "usual peak milk" if cow.peak_milk_kg_per_day is None else f"peak milk {cow.peak_milk_kg_per_day:g} kg/d"
    calcium = ("usual calcium" if cow.prepartum_calcium_g_per_day is None
               else f"{cow.prepartum_calcium_g_per_day:g} g/d calcium")
    dcad = "usual DCAD" if cow.dcad_meq_per_kg is None else f"DCAD {cow.dcad_meq_per_kg:+g} mEq/kg"
    parts = [f"A cow in lactation {cow.parity}", peak, f"close-up ration {calcium} at {dcad}",
             f"{scenario.diet.calcium_percent:g}% calcium after calving",
             f"followed from day {scenario.start_day:g} to day {scenario.end_day:g}"]
    for drug in scenario.drugs:
        times = ", ".join(f"{format_value(hours(day))} h" for day in drug.days)
        dose = f"{drug.milligrams / MILLIGRAMS_PER_GRAM:g} g" if drug.milligrams else f"{drug.dose_mg_per_kg:g} mg/kg"
        parts.append(f"{TREATMENT_NAMES.get(drug.name, drug.name)} {dose} at {times}")
    return "; ".join(parts) + "."


def cow_outcome(run: Run) -> list[str]:
    """The cow's outcome in a few sentences: the nadir and its hours below 1.4 and 2.0 mmol/L, then calcium flows."""
    if not covers_calving(run.dataset):
        return ["The run ends before calving: no milk fever to read (see the curves)."]
    fever = milk_fever(run.dataset)
    nadir = (f"Serum calcium fell to {fever.nadir_total:.2f} mmol/L {format_value(fever.nadir_hours)} h after "
             "calving")
    if fever.nadir_total < CLINICAL_MMOL_PER_L:
        verdict = (f": clinical milk fever, below {CLINICAL_MMOL_PER_L} mmol/L for {fever.hours_below_clinical:.0f} h"
                   f" and below {SUBCLINICAL_MMOL_PER_L} mmol/L for {fever.hours_below_subclinical:.0f} h.")
    elif fever.nadir_total < SUBCLINICAL_MMOL_PER_L:
        verdict = (f": subclinical hypocalcaemia, below {SUBCLINICAL_MMOL_PER_L} mmol/L for "
                   f"{fever.hours_below_subclinical:.0f} h.")
    else:
        verdict = f", staying above {SUBCLINICAL_MMOL_PER_L} mmol/L: no hypocalcaemia."
    flows = (f"Milk took {fever.milk_calcium_since_calving:.0f} g of calcium a day and the gut absorbed "
             f"{fever.gut_calcium_absorbed_first_week:.0f} g/d ({first_week_words(run.dataset)}); the skeleton gave "
             f"{fever.bone_calcium_mobilised:.0f} g since calving.")
    return [nadir + verdict, flows]


def cow_comparison(label_a: str, run_a: Run, label_b: str, run_b: Run) -> list[str]:
    """How the second cow differs from the first: nadir, and hours below 1.4 and 2.0 mmol/L."""
    if not (covers_calving(run_a.dataset) and covers_calving(run_b.dataset)):
        return []
    a, b = milk_fever(run_a.dataset), milk_fever(run_b.dataset)
    return [f"Nadir: {label_b} {b.nadir_total:.2f} against {label_a} {a.nadir_total:.2f} mmol/L.",
            f"Below {CLINICAL_MMOL_PER_L} mmol/L: {label_b} {b.hours_below_clinical:.0f} h against {label_a} "
            f"{a.hours_below_clinical:.0f} h; below {SUBCLINICAL_MMOL_PER_L} mmol/L: {label_b} "
            f"{b.hours_below_subclinical:.0f} h against {label_a} {a.hours_below_subclinical:.0f} h."]


def vet_table(run: Run) -> pd.DataFrame:
    """The vet's summary (``lactabone run``'s rows for a cow) as text cells, indexed by quantity."""
    table = summarize(run.dataset)
    return pd.DataFrame({"value": [format_value(value) for value in table["value"]], "unit": list(table["unit"])},
                        index=pd.Index(table["quantity"], name="quantity"))
