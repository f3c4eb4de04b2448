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


def reported_series(days: np.ndarray, values: dict[str, np.ndarray], pre_pregnant: dict[str, float],
                    reference_day: float | None, names: tuple[str, ...] | None = None) -> dict[str, np.ndarray]:
    """Public outputs over ``days`` as plain arrays, in the units of :data:`OUTPUTS` (all when ``names`` is None).

    ``percent`` outputs are the % change of their term from the reference,
    ``ratio`` outputs the term over its reference value; the reference is the
    pre-pregnant steady state when ``reference_day`` is None.
    """
    reference = reference_values(values, days, reference_day, pre_pregnant)
    series = {}
    for output in OUTPUTS:
        if names is not None and output.name not in names:
            continue
        term = np.asarray(values[output.term], dtype=float)
        if output.reported_as == "percent":
            term = 100.0 * (term / reference[output.term] - 1.0)
        elif output.reported_as == "ratio":
            term = term / reference[output.term]
        series[output.name] = term
    return series


def build_dataset(days: np.ndarray, values: dict[str, np.ndarray], pre_pregnant: dict[str, float],
                  reference_day: float | None, attributes: dict) -> xr.Dataset:
    """Public outputs over ``days``.

    ``values`` holds every model term and state over ``days``; ``pre_pregnant``
    their values in the pre-pregnant steady state, used as reference when
    ``reference_day`` is None.
    """
    series = reported_series(days, values, pre_pregnant, reference_day)
    variables = {output.name: ("day", series[output.name], {"units": output.unit, "long_name": output.meaning})
                 for output in OUTPUTS}
    for name in LEDGER_OUTPUTS + STORE_OUTPUTS:
        variables[name] = ("day", np.asarray(values[name], dtype=float),
                           {"units": "mg", "long_name": name.replace("_", " ")})
    coordinates = {"day": ("day", days, {"units": "d", "long_name": "days since delivery"})}
    return xr.Dataset(variables, coords=coordinates, attrs=attributes)
