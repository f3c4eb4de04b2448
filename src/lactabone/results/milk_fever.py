"""What a veterinarian reads from a cow's run: the calcium nadir and the hours of hypocalcaemia, in g/d and hours.

Thresholds are those of the dairy literature: clinical milk fever below
1.4 mmol/L total calcium, subclinical hypocalcaemia below 2.0 mmol/L
(Martín-Tereso & Martens 2014; Reinhardt 2011 Vet J 188:122).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import xarray as xr

from .values import extreme, units_of, value_at_day, weaning_day_of

CLINICAL_MMOL_PER_L = 1.4
SUBCLINICAL_MMOL_PER_L = 2.0
HOURS_PER_DAY = 24.0
MILLIGRAMS_PER_GRAM = 1000.0
FIRST_WEEK_DAYS = 7.0
HOUR_DECIMALS = 1
"""A time in hours is rounded to a tenth of an hour, so calving itself reads 0 h, not 5e-13 d."""
#: Days after drying off (the cow's weaning) at which the bone regained is read, and its words.
RECOVERY_DAYS, RECOVERY_LABEL = 60.0, "60 days after drying off"
#: The cow's bone outputs (those ``sites.SITES_NOT_MEASURED`` leaves her): coccygeal vertebrae (the spine), whole body.
BONE_ROWS = (("bmd_spine_change", "spine BMD"), ("bmc_whole_body_change", "whole-body BMC"))

Row = tuple[str, object, str]


@dataclass(frozen=True)
class MilkFever:
    """Calcium around calving, from calving (day 0) to the end of the run."""

    nadir_day: float
    nadir_total: float  # mmol/L
    nadir_ionized: float  # mmol/L
    hours_below_clinical: float
    hours_below_subclinical: float
    bone_calcium_mobilised: float  # g, net skeletal release summed from calving
    gut_calcium_absorbed_first_week: float  # g/d, mean over days 0-7
    milk_calcium_since_calving: float  # g/d, mean from calving to the end of the run (at most the first week)

    @property
    def nadir_hours(self) -> float:
        """Hours from calving to the nadir [h], to a tenth of an hour."""
        return hours(self.nadir_day)


def hours(day: float) -> float:
    """Days since calving as hours [h], to a tenth of an hour; a whole number of hours is an int (calving: 0)."""
    value = round(float(day) * HOURS_PER_DAY, HOUR_DECIMALS) + 0.0  # adding zero turns -0.0 into 0.0
    return int(value) if value.is_integer() else value


def hours_below(days: np.ndarray, values: np.ndarray, threshold: float) -> float:
    """Hours a piecewise-linear series spends below a threshold (fine grid, 1-minute resolution)."""
    grid = np.arange(days[0], days[-1], 1 / (HOURS_PER_DAY * 60))
    return float((np.interp(grid, days, values) < threshold).sum() / 60)


def covers_calving(dataset: xr.Dataset) -> bool:
    """Whether a run holds calving (day 0) and at least one output after it."""
    return dataset.sel(day=slice(0, None)).sizes["day"] >= 2


def milk_fever(dataset: xr.Dataset) -> MilkFever:
    """The nadir of serum calcium after calving and the hours spent below the clinical and subclinical thresholds.

    Raises ``ValueError`` when the run does not cover calving (day 0).
    """
    if not covers_calving(dataset):
        raise ValueError("the run does not cover calving (day 0) and a day after it")
    after = dataset.sel(day=slice(0, None))
    days = after["day"].values.astype(float)
    total = after["serum_calcium"].values
    lowest = int(np.argmin(total))
    week = after.sel(day=slice(0, FIRST_WEEK_DAYS))
    return MilkFever(
        nadir_day=float(days[lowest]), nadir_total=float(total[lowest]),
        nadir_ionized=float(after["serum_ionized_calcium"].values[lowest]),
        hours_below_clinical=hours_below(days, total, CLINICAL_MMOL_PER_L),
        hours_below_subclinical=hours_below(days, total, SUBCLINICAL_MMOL_PER_L),
        bone_calcium_mobilised=float(np.trapezoid(after["skeletal_calcium_release"].values, days))
        / MILLIGRAMS_PER_GRAM,
        gut_calcium_absorbed_first_week=float(week["gut_calcium_absorbed"].mean()) / MILLIGRAMS_PER_GRAM,
        milk_calcium_since_calving=float(week["milk_calcium"].mean()) / MILLIGRAMS_PER_GRAM,
    )


def first_week_words(dataset: xr.Dataset) -> str:
    """What the means over days 0-7 cover: "first week", or "since calving" in a run that ends sooner."""
    return "first week" if float(dataset["day"][-1]) >= FIRST_WEEK_DAYS else "since calving"


def milk_fever_rows(dataset: xr.Dataset) -> list[Row]:
    """The milk-fever summary as (quantity, value, unit) rows: mmol/L, hours after calving, g and g/d."""
    fever = milk_fever(dataset)
    week = first_week_words(dataset)
    step = hours(float(np.median(np.diff(dataset["day"].values))))
    coarse = [("outputs every (hourly resolves the nadir)", step, "h")] if step > 1 else []
    return coarse + [
        ("nadir of serum calcium after calving", fever.nadir_total, "mmol/L"),
        ("ionized calcium at the nadir", fever.nadir_ionized, "mmol/L"),
        ("time of the nadir after calving", fever.nadir_hours, "h"),
        (f"hours below {CLINICAL_MMOL_PER_L} mmol/L (clinical milk fever)", fever.hours_below_clinical, "h"),
        (f"hours below {SUBCLINICAL_MMOL_PER_L} mmol/L (subclinical)", fever.hours_below_subclinical, "h"),
        (f"milk calcium, {week}", fever.milk_calcium_since_calving, "g/d"),
        (f"gut calcium absorbed, {week}", fever.gut_calcium_absorbed_first_week, "g/d"),
        ("bone calcium mobilised since calving", fever.bone_calcium_mobilised, "g"),
    ]


def _bone_rows(dataset: xr.Dataset) -> list[Row]:
    """Spine BMD and whole-body BMC change at drying off and 60 days later, where the run reaches them."""
    drying_off = weaning_day_of(dataset)
    if drying_off is None:
        return []
    rows = []
    for when, day in (("at drying off", drying_off), (RECOVERY_LABEL, drying_off + RECOVERY_DAYS)):
        for name, label in BONE_ROWS:
            value = value_at_day(dataset, name, day)
            if isinstance(value, float):
                rows.append((f"{label} change {when} (day {day:g})", value, units_of(dataset, name)))
    return rows


def vet_rows(dataset: xr.Dataset) -> list[Row]:
    """A cow's summary: the milk-fever rows when the run covers calving (else its lowest serum calcium), then the
    bone changes at drying off and after that the run reaches; only numbers, no 'beyond end of run' rows."""
    if covers_calving(dataset):
        return milk_fever_rows(dataset) + _bone_rows(dataset)
    lowest, day = extreme(dataset, "serum_calcium", lowest=True)
    if not isinstance(day, float):  # no serum calcium in the results
        return _bone_rows(dataset)
    return [("lowest serum calcium", lowest, "mmol/L"), ("time of the lowest, from calving", hours(day), "h"),
            *_bone_rows(dataset)]
