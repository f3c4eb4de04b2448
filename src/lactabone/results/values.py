"""Reading one number out of a run: a variable on a day, its mean while nursing, its lowest or highest value.

Every function returns a float, or a short phrase saying why there is none
("beyond end of run", "not in results", ...), never NaN.
"""

from __future__ import annotations

import numpy as np
import xarray as xr

from .outputs import UNITS

TIME_COORDINATE = "day"
NURSING_MILK_CALCIUM_THRESHOLD_MG_PER_DAY = 1.0

BEYOND_END = "beyond end of run"
BEFORE_START = "before start of run"
NOT_IN_RESULTS = "not in results"
NO_NURSING = "no nursing in run"
WEANING_UNKNOWN = "weaning day unknown"
UNDEFINED = "undefined"


def units_of(dataset: xr.Dataset, name: str) -> str:
    """Return a variable's ``units`` attribute, or its SPEC.md unit when absent."""
    if name in dataset.variables and "units" in dataset[name].attrs:
        return str(dataset[name].attrs["units"])
    return UNITS.get(name, "")


def series(dataset: xr.Dataset, name: str) -> np.ndarray | None:
    """Return a variable's values over days as floats, or None when absent."""
    if name not in dataset.data_vars or dataset[name].dims != (TIME_COORDINATE,):
        return None
    return np.asarray(dataset[name].values, dtype=float)


def days_of(dataset: xr.Dataset) -> np.ndarray:
    """Return the time coordinate as float days since delivery."""
    return np.asarray(dataset[TIME_COORDINATE].values, dtype=float)


def weaning_day_of(dataset: xr.Dataset) -> float | None:
    """Return ``attrs["weaning_day"]`` (days since delivery) or None."""
    try:
        day = float(dataset.attrs.get("weaning_day"))
    except (TypeError, ValueError):
        return None
    return day if np.isfinite(day) else None


def _finite_or(value: float, reason: str = UNDEFINED) -> float | str:
    """Return a finite value as float, or the reason text in place of NaN."""
    return float(value) if np.isfinite(value) else reason


def value_at_day(dataset: xr.Dataset, name: str, day: float | None) -> float | str:
    """Return a variable's value at a day, linearly interpolated between outputs.

    Parameters
    ----------
    dataset : xarray.Dataset
        Simulation results with coordinate ``day`` (days since delivery).
    name : str
        Variable name.
    day : float or None
        Day since delivery [d]; None when the day is not known.

    Returns
    -------
    float or str
        The value in the variable's units, or a phrase when there is none:
        "not in results", "weaning day unknown", "before start of run",
        "beyond end of run", "undefined".
    """
    values = series(dataset, name)
    if values is None:
        return NOT_IN_RESULTS
    if day is None:
        return WEANING_UNKNOWN
    days = days_of(dataset)
    if days.size == 0 or day > days.max():
        return BEYOND_END
    if day < days.min():
        return BEFORE_START
    order = np.argsort(days)
    return _finite_or(np.interp(day, days[order], values[order]))


def nursing_mean(dataset: xr.Dataset, name: str) -> float | str:
    """Return a variable's mean over the days when milk calcium exceeds 1 mg/d."""
    values = series(dataset, name)
    milk_calcium = series(dataset, "milk_calcium")
    if values is None or milk_calcium is None:
        return NOT_IN_RESULTS
    nursing = milk_calcium > NURSING_MILK_CALCIUM_THRESHOLD_MG_PER_DAY
    if not np.any(nursing):
        return NO_NURSING
    selected = values[nursing]
    selected = selected[np.isfinite(selected)]
    return float(selected.mean()) if selected.size else UNDEFINED


def extreme(dataset: xr.Dataset, name: str, lowest: bool) -> tuple[float | str, float | str]:
    """Return the lowest or highest finite value of a variable and its day [d since delivery]."""
    values = series(dataset, name)
    if values is None:
        return NOT_IN_RESULTS, NOT_IN_RESULTS
    finite = np.isfinite(values)
    if not np.any(finite):
        return UNDEFINED, UNDEFINED
    candidates = np.where(finite, values, np.inf if lowest else -np.inf)
    index = int(np.argmin(candidates) if lowest else np.argmax(candidates))
    return float(values[index]), float(days_of(dataset)[index])
