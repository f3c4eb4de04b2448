"""A short summary of a simulated scenario: bone lost and regained, milk, serum calcium.

Every row has a value: a number, or a short phrase saying why there is none
("beyond end of run", "not in results", ...), never NaN.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import xarray as xr

TIME_COORDINATE = "day"
#: Per species: the two sites reported and the recovery time after weaning (days, label).
SPECIES_VIEW = {
    "human": (("spine", "hip"), 365.0, "12 months"),
    "mouse": (("spine", "femur"), 28.0, "4 weeks"),
    "rat": (("spine", "femur"), 28.0, "4 weeks"),
    "cow": (("spine", "femur"), 60.0, "60 days"),
}
NURSING_MILK_CALCIUM_THRESHOLD_MG_PER_DAY = 1.0
LARGE_NUMBER_THRESHOLD = 1.0e4
SIGNIFICANT_DIGITS = 3
"""Significant figures of every number in a summary (trailing zeros kept, so -7.50 beside 0.00205)."""
COLUMN_GAP = "  "

BEYOND_END = "beyond end of run"
BEFORE_START = "before start of run"
NOT_IN_RESULTS = "not in results"
NO_NURSING = "no nursing in run"
WEANING_UNKNOWN = "weaning day unknown"
UNDEFINED = "undefined"

DEFAULT_UNITS = {
    "bmd_spine_change": "%",
    "bmd_hip_change": "%",
    "milk_calcium": "mg/d",
    "serum_calcium": "mmol/L",
    "fractional_calcium_absorption": "1",
}


def _units(dataset: xr.Dataset, name: str) -> str:
    """Return a variable's ``units`` attribute, or its SPEC.md unit when absent."""
    if name in dataset.variables and "units" in dataset[name].attrs:
        return str(dataset[name].attrs["units"])
    return DEFAULT_UNITS.get(name, "")


def _series(dataset: xr.Dataset, name: str) -> np.ndarray | None:
    """Return a variable's values over days as floats, or None when absent."""
    if name not in dataset.data_vars or dataset[name].dims != (TIME_COORDINATE,):
        return None
    return np.asarray(dataset[name].values, dtype=float)


def _days(dataset: xr.Dataset) -> np.ndarray:
    """Return the time coordinate as float days since delivery."""
    return np.asarray(dataset[TIME_COORDINATE].values, dtype=float)


def _weaning_day(dataset: xr.Dataset) -> float | None:
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
    values = _series(dataset, name)
    if values is None:
        return NOT_IN_RESULTS
    if day is None:
        return WEANING_UNKNOWN
    days = _days(dataset)
    if days.size == 0 or day > days.max():
        return BEYOND_END
    if day < days.min():
        return BEFORE_START
    order = np.argsort(days)
    return _finite_or(np.interp(day, days[order], values[order]))


def _nursing_mean(dataset: xr.Dataset, name: str) -> float | str:
    """Return a variable's mean over the days when milk calcium exceeds 1 mg/d."""
    values = _series(dataset, name)
    milk_calcium = _series(dataset, "milk_calcium")
    if values is None or milk_calcium is None:
        return NOT_IN_RESULTS
    nursing = milk_calcium > NURSING_MILK_CALCIUM_THRESHOLD_MG_PER_DAY
    if not np.any(nursing):
        return NO_NURSING
    selected = values[nursing]
    selected = selected[np.isfinite(selected)]
    return float(selected.mean()) if selected.size else UNDEFINED


def _extreme(dataset: xr.Dataset, name: str, lowest: bool) -> tuple[float | str, float | str]:
    """Return the lowest or highest finite value of a variable and its day."""
    values = _series(dataset, name)
    if values is None:
        return NOT_IN_RESULTS, NOT_IN_RESULTS
    finite = np.isfinite(values)
    if not np.any(finite):
        return UNDEFINED, UNDEFINED
    candidates = np.where(finite, values, np.inf if lowest else -np.inf)
    index = int(np.argmin(candidates) if lowest else np.argmax(candidates))
    return float(values[index]), float(_days(dataset)[index])


def _later_weanings(dataset: xr.Dataset) -> list[float]:
    """Weaning days of the further cycles (``attrs["later_weaning_days"]``, days since the first delivery)."""
    return [float(day) for day in np.atleast_1d(dataset.attrs.get("later_weaning_days", []))]


def _warnings(dataset: xr.Dataset) -> list[str]:
    """The run's physiology warnings (``attrs["warnings"]``, a list or, read back from NetCDF, text)."""
    found = dataset.attrs.get("warnings", [])
    if isinstance(found, str):
        return [line for line in found.split("\n") if line]
    return [str(line) for line in found]


def summarize(dataset: xr.Dataset) -> pd.DataFrame:
    """Summarise a simulated scenario in a few numbers.

    Parameters
    ----------
    dataset : xarray.Dataset
        Simulation results with coordinate ``day`` (days since delivery) and
        ``attrs["weaning_day"]`` (first cycle, days since delivery).

    Returns
    -------
    pandas.DataFrame
        Columns ``quantity``, ``value``, ``unit``; one row each for spine and
        hip BMD change [%] at weaning and 365 days after weaning, mean milk
        calcium while nursing [mg/d] (days with milk calcium above 1 mg/d),
        lowest serum calcium [mmol/L] and its day [d], highest serum calcium
        [mmol/L], and mean fractional calcium absorption while nursing [1];
        then the same BMD rows for each further cycle (``cycle 2: ...``).
        ``value`` holds a float or a phrase such as "beyond end of run",
        never NaN. A run that leaves physiology opens with a ``WARNING`` row
        counting its warnings (``attrs["warnings"]``, printed in full by ``lactabone run``).
    """
    weaning = _weaning_day(dataset)
    sites, recovery_days, recovery_label = SPECIES_VIEW.get(dataset.attrs.get("species"), SPECIES_VIEW["human"])
    recovery = None if weaning is None else weaning + recovery_days
    lowest_calcium, lowest_day = _extreme(dataset, "serum_calcium", lowest=True)
    highest_calcium, _ = _extreme(dataset, "serum_calcium", lowest=False)
    calcium_units = _units(dataset, "serum_calcium")
    rows = []
    for when, day in (("at weaning", weaning), (f"{recovery_label} after weaning", recovery)):
        rows += [(f"{site} BMD change {when}", value_at_day(dataset, f"bmd_{site}_change", day),
                  _units(dataset, f"bmd_{site}_change")) for site in sites]
    for number, later in enumerate(_later_weanings(dataset), start=2):  # one block per further cycle
        for when, day in (("at weaning", later), (f"{recovery_label} after weaning", later + recovery_days)):
            rows += [(f"cycle {number}: {site} BMD change {when}", value_at_day(dataset, f"bmd_{site}_change", day),
                      _units(dataset, f"bmd_{site}_change")) for site in sites]
    rows.insert(len(sites), ("whole-body BMC change at weaning",
                             value_at_day(dataset, "bmc_whole_body_change", weaning),
                             _units(dataset, "bmc_whole_body_change")))
    rows += [
        ("mean milk calcium while nursing", _nursing_mean(dataset, "milk_calcium"),
         _units(dataset, "milk_calcium")),
        ("lowest serum calcium", lowest_calcium, calcium_units),
        ("day of lowest serum calcium", lowest_day, "d"),
        ("highest serum calcium", highest_calcium, calcium_units),
        ("mean fractional calcium absorption while nursing",
         _nursing_mean(dataset, "fractional_calcium_absorption"),
         _units(dataset, "fractional_calcium_absorption")),
    ]
    found = _warnings(dataset)
    if found:
        rows = [("WARNING: the run leaves physiology", f"{len(found)} warning{'s' if len(found) > 1 else ''}",
                 "")] + rows
    if dataset.attrs.get("species") == "cow" and float(dataset["day"][-1]) > 0:
        from .milk_fever import milk_fever_rows

        rows = milk_fever_rows(dataset) + rows  # what a vet reads first
    return pd.DataFrame(
        {
            "quantity": [row[0] for row in rows],
            "value": pd.Series([row[1] for row in rows], dtype=object),
            "unit": [row[2] for row in rows],
        }
    )


def format_value(value: object) -> str:
    """Return a value as short text: 3 significant figures (trailing zeros kept), text kept as is.

    Parameters
    ----------
    value : object
        A number or a phrase.

    Returns
    -------
    str
        E.g. ``"-5.12"``, ``"-7.50"``, ``"0.00205"``, ``"210"``, ``"12345.7"``, ``"beyond end of run"``.
    """
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.number)):
        return str(value)
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    number = float(value) + 0.0  # adding zero turns -0.0 into 0.0
    if not np.isfinite(number):
        return UNDEFINED
    if abs(number) >= LARGE_NUMBER_THRESHOLD:
        return f"{number:.1f}"
    if abs(number) >= 10 ** (SIGNIFICANT_DIGITS - 1):
        return f"{number:.0f}"
    return f"{number:#.{SIGNIFICANT_DIGITS}g}".rstrip(".")  # trailing zeros kept: every value shows its digits


CONSOLE_WIDTH = 100
"""Widest line of a console table, in characters; longer text cells are shortened with '...'."""


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 3, 1)] + "..."


def format_text_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    right_aligned: Sequence[int] = (),
    width: int = CONSOLE_WIDTH,
) -> str:
    """Return rows as a plain text table with aligned columns.

    Parameters
    ----------
    headers : sequence of str
        Column titles.
    rows : sequence of sequences
        Cells, formatted with :func:`format_value`.
    right_aligned : sequence of int
        Indices of columns aligned to the right (numbers).
    width : int
        Widest line allowed [characters]: the widest left-aligned columns after
        the first (which names the row) are narrowed, their long cells
        shortened with '...', until the table fits.

    Returns
    -------
    str
        Header line, a dashed rule, then one line per row; no trailing spaces.
    """
    text_rows = [[format_value(cell) for cell in row] for row in rows]
    widths = [len(header) for header in headers]
    for row in text_rows:
        for index, cell in enumerate(row):
            widths[index] = max(widths[index], len(cell))
    narrowable = [index for index in range(1, len(widths)) if index not in right_aligned]
    while narrowable and sum(widths) + len(COLUMN_GAP) * (len(widths) - 1) > width:
        widest = max(narrowable, key=lambda index: widths[index])
        if widths[widest] <= max(len(headers[widest]), 8):
            break
        widths[widest] -= 1
    text_rows = [[_shorten(cell, widths[index]) for index, cell in enumerate(row)] for row in text_rows]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(widths[index]) if index in right_aligned else cell.ljust(widths[index])
            for index, cell in enumerate(cells)
        ]
        return COLUMN_GAP.join(parts).rstrip()

    rule = COLUMN_GAP.join("-" * width for width in widths)
    return "\n".join([line(list(headers)), rule, *(line(row) for row in text_rows)])


def format_summary(summary: pd.DataFrame) -> str:
    """Return a summary table (from :func:`summarize`) as aligned plain text.

    Parameters
    ----------
    summary : pandas.DataFrame
        Columns ``quantity``, ``value``, ``unit``.

    Returns
    -------
    str
        Three aligned columns, values right-aligned.
    """
    rows = summary[["quantity", "value", "unit"]].itertuples(index=False, name=None)
    return format_text_table(("quantity", "value", "unit"), list(rows), right_aligned=(1,))
