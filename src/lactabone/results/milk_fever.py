"""What a veterinarian reads from a cow's run: the calcium nadir and the hours of hypocalcaemia.

Thresholds are those of the dairy literature: clinical milk fever below
1.4 mmol/L total calcium, subclinical hypocalcaemia below 2.0 mmol/L
(Martín-Tereso & Martens 2014; Reinhardt 2011 Vet J 188:122).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import xarray as xr

CLINICAL_MMOL_PER_L = 1.4
SUBCLINICAL_MMOL_PER_L = 2.0
HOURS_PER_DAY = 24.0
MILLIGRAMS_PER_GRAM = 1000.0


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


def _hours_below(days: np.ndarray, values: np.ndarray, threshold: float) -> float:
    """Hours a piecewise-linear series spends below a threshold (fine grid, 1-minute resolution)."""
    grid = np.arange(days[0], days[-1], 1 / (HOURS_PER_DAY * 60))
    return float((np.interp(grid, days, values) < threshold).sum() / 60)


def milk_fever(dataset: xr.Dataset) -> MilkFever:
    """The nadir of serum calcium after calving and the hours spent below the clinical and subclinical thresholds.

    Raises ``ValueError`` when the run does not cover calving (day 0).
    """
    after = dataset.sel(day=slice(0, None))
    if after.sizes["day"] < 2:
        raise ValueError("the run does not cover calving (day 0) and a day after it")
    days = after["day"].values.astype(float)
    total = after["serum_calcium"].values
    lowest = int(np.argmin(total))
    week = after.sel(day=slice(0, 7))
    return MilkFever(
        nadir_day=float(days[lowest]), nadir_total=float(total[lowest]),
        nadir_ionized=float(after["serum_ionized_calcium"].values[lowest]),
        hours_below_clinical=_hours_below(days, total, CLINICAL_MMOL_PER_L),
        hours_below_subclinical=_hours_below(days, total, SUBCLINICAL_MMOL_PER_L),
        bone_calcium_mobilised=float(np.trapezoid(after["skeletal_calcium_release"].values, days))
        / MILLIGRAMS_PER_GRAM,
        gut_calcium_absorbed_first_week=float(week["gut_calcium_absorbed"].mean()) / MILLIGRAMS_PER_GRAM,
    )


def milk_fever_rows(dataset: xr.Dataset) -> list[tuple[str, float, str]]:
    """The milk-fever summary as (quantity, value, unit) rows for ``lactabone run``."""
    fever = milk_fever(dataset)
    return [
        ("nadir of serum calcium after calving", fever.nadir_total, "mmol/L"),
        ("ionized calcium at the nadir", fever.nadir_ionized, "mmol/L"),
        ("day of the nadir", fever.nadir_day, "d"),
        (f"hours below {CLINICAL_MMOL_PER_L} mmol/L (clinical milk fever)", fever.hours_below_clinical, "h"),
        (f"hours below {SUBCLINICAL_MMOL_PER_L} mmol/L (subclinical)", fever.hours_below_subclinical, "h"),
        ("bone calcium mobilised since calving", fever.bone_calcium_mobilised, "g"),
        ("gut calcium absorbed, first week", fever.gut_calcium_absorbed_first_week, "g/d"),
    ]
