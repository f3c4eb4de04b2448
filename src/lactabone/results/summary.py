"""A short summary of a simulated scenario: bone lost and regained, milk, serum calcium.

Every row has a value: a number, or a short phrase saying why there is none
("beyond end of run", "not in results", ...), never NaN.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import xarray as xr

from .milk_fever import vet_rows
from .values import (BEFORE_START, BEYOND_END, NO_NURSING, NOT_IN_RESULTS, UNDEFINED, WEANING_UNKNOWN,
                     extreme, nursing_mean, units_of, value_at_day, weaning_day_of)

#: Per species: the two sites reported and the recovery time after weaning (days, label); cows: see milk_fever.
SPECIES_VIEW = {
    "human": (("spine", "hip"), 365.0, "12 months"),
    "mouse": (("spine", "femur"), 28.0, "4 weeks"),
    "rat": (("spine", "femur"), 28.0, "4 weeks"),
}
LARGE_NUMBER_THRESHOLD = 1.0e4
SIGNIFICANT_DIGITS = 3
"""Significant figures of every number in a summary (trailing zeros kept, so -7.50 beside 0.00205)."""
COLUMN_GAP = "  "
__all__ = ["BEFORE_START", "BEYOND_END", "NO_NURSING", "NOT_IN_RESULTS", "UNDEFINED", "WEANING_UNKNOWN",
           "SPECIES_VIEW", "format_summary", "format_text_table", "format_value", "summarize", "value_at_day"]


def _later_weanings(dataset: xr.Dataset) -> list[float]:
    """Weaning days of the further cycles (``attrs["later_weaning_days"]``, days since the first delivery)."""
    return [float(day) for day in np.atleast_1d(dataset.attrs.get("later_weaning_days", []))]


def _warnings(dataset: xr.Dataset) -> list[str]:
    """The run's physiology warnings (``attrs["warnings"]``, a list or, read back from NetCDF, text)."""
    found = dataset.attrs.get("warnings", [])
    if isinstance(found, str):
        return [line for line in found.split("\n") if line]
    return [str(line) for line in found]


def _nursing_rows(dataset: xr.Dataset) -> list[tuple[str, object, str]]:
    """A mother's rows (women, mice, rats): BMD at weaning and after, milk calcium, serum calcium, absorption."""
    weaning = weaning_day_of(dataset)
    sites, recovery_days, recovery_label = SPECIES_VIEW.get(dataset.attrs.get("species"), SPECIES_VIEW["human"])
    recovery = None if weaning is None else weaning + recovery_days
    lowest_calcium, lowest_day = extreme(dataset, "serum_calcium", lowest=True)
    highest_calcium, _ = extreme(dataset, "serum_calcium", lowest=False)
    calcium_units = units_of(dataset, "serum_calcium")
    rows = []
    for when, day in (("at weaning", weaning), (f"{recovery_label} after weaning", recovery)):
        rows += [(f"{site} BMD change {when}", value_at_day(dataset, f"bmd_{site}_change", day),
                  units_of(dataset, f"bmd_{site}_change")) for site in sites]
    for number, later in enumerate(_later_weanings(dataset), start=2):  # one block per further cycle
        for when, day in (("at weaning", later), (f"{recovery_label} after weaning", later + recovery_days)):
            rows += [(f"cycle {number}: {site} BMD change {when}", value_at_day(dataset, f"bmd_{site}_change", day),
                      units_of(dataset, f"bmd_{site}_change")) for site in sites]
    rows.insert(len(sites), ("whole-body BMC change at weaning",
                             value_at_day(dataset, "bmc_whole_body_change", weaning),
                             units_of(dataset, "bmc_whole_body_change")))
    return rows + [
        ("mean milk calcium while nursing", nursing_mean(dataset, "milk_calcium"), units_of(dataset, "milk_calcium")),
        ("lowest serum calcium", lowest_calcium, calcium_units),
        ("day of lowest serum calcium", lowest_day, "d"),
        ("highest serum calcium", highest_calcium, calcium_units),
        ("mean fractional calcium absorption while nursing",
         nursing_mean(dataset, "fractional_calcium_absorption"),
         units_of(dataset, "fractional_calcium_absorption")),
    ]


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
        Columns ``quantity``, ``value``, ``unit``. Women, mice and rats: one
        row each for spine and hip (rodents: femur) BMD change [%] at weaning
        and 12 months (rodents: 4 weeks) after weaning, whole-body BMC change
        at weaning [%], mean milk calcium while nursing [mg/d] (days with milk
        calcium above 1 mg/d), lowest serum calcium [mmol/L] and its day [d],
        highest serum calcium [mmol/L], and mean fractional calcium absorption
        while nursing [1]; then the same BMD rows for each further cycle
        (``cycle 2: ...``); ``value`` holds a float or a phrase such as
        "beyond end of run" (with no unit), never NaN. Cows: the vet's rows of
        :func:`lactabone.results.milk_fever.vet_rows` (g/d and hours, numbers
        only). A run that leaves physiology opens with a ``WARNING`` row
        counting its warnings (``attrs["warnings"]``, printed in full by ``lactabone run``).
    """
    rows = vet_rows(dataset) if dataset.attrs.get("species") == "cow" else _nursing_rows(dataset)
    found = _warnings(dataset)
    if found:
        rows = [("WARNING: the run leaves physiology", f"{len(found)} warning{'s' if len(found) > 1 else ''}",
                 "")] + rows
    return pd.DataFrame(
        {
            "quantity": [row[0] for row in rows],
            "value": pd.Series([row[1] for row in rows], dtype=object),
            "unit": ["" if isinstance(row[1], str) else row[2] for row in rows],  # a phrase has no unit
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
