"""Assemble the xarray Dataset of a simulation: public outputs with units, relative to the reference day."""

from __future__ import annotations

import numpy as np
import xarray as xr

from .outputs import LEDGER_OUTPUTS, OUTPUTS, STORE_OUTPUTS


def reference_values(values: dict[str, np.ndarray], days: np.ndarray, reference_day: float | None,
                     pre_pregnant: dict[str, float]) -> dict[str, float]:
    """Every term's value on the reference day (linear interpolation), or ``pre_pregnant`` when the day is None."""
    if reference_day is None:
        return pre_pregnant
    return {name: float(np.interp(reference_day, days, series)) for name, series in values.items()}


def build_dataset(days: np.ndarray, values: dict[str, np.ndarray], pre_pregnant: dict[str, float],
                  reference_day: float | None, attributes: dict) -> xr.Dataset:
    """Public outputs over ``days``.

    ``values`` holds every model term and state over ``days``; ``pre_pregnant``
    their values in the pre-pregnant steady state, used as reference when
    ``reference_day`` is None.
    """
    reference = reference_values(values, days, reference_day, pre_pregnant)
    variables = {}
    for output in OUTPUTS:
        series = values[output.term]
        if output.reported_as == "percent":
            series = 100.0 * (series / reference[output.term] - 1.0)
        elif output.reported_as == "ratio":
            series = series / reference[output.term]
        variables[output.name] = ("day", np.asarray(series, dtype=float),
                                  {"units": output.unit, "long_name": output.meaning})
    for name in LEDGER_OUTPUTS + STORE_OUTPUTS:
        variables[name] = ("day", np.asarray(values[name], dtype=float),
                           {"units": "mg", "long_name": name.replace("_", " ")})
    coordinates = {"day": ("day", days, {"units": "d", "long_name": "days since delivery"})}
    return xr.Dataset(variables, coords=coordinates, attrs=attributes)
