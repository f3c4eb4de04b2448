"""Writing simulation results to CSV (with units in the header) and NetCDF.

NetCDF is written with xarray's ``scipy`` engine (NetCDF 3), so no netCDF4 or
HDF5 library is needed; attributes that NetCDF 3 cannot hold are stored as text.
"""

from __future__ import annotations

from collections.abc import Mapping
from numbers import Number
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import xarray as xr

from .files import atomic_path

CSV_FILE_NAME = "results.csv"
NETCDF_FILE_NAME = "results.nc"
NETCDF_ENGINE = "scipy"
TIME_COORDINATE = "day"
DEFAULT_TIME_UNITS = "d"
LARGEST_NETCDF3_INTEGER = np.iinfo(np.int32).max
SMALLEST_NETCDF3_INTEGER = np.iinfo(np.int32).min


def column_header(name: str, units: str | None) -> str:
    """Return a CSV column header ``"name [units]"``, or ``name`` without units.

    Parameters
    ----------
    name : str
        Variable name.
    units : str or None
        Units text, e.g. ``"mmol/L"``.

    Returns
    -------
    str
        Header text, e.g. ``"serum_calcium [mmol/L]"``.
    """
    return f"{name} [{units}]" if units else name


def results_table(dataset: xr.Dataset) -> pd.DataFrame:
    """Return the time series of a dataset as a table with units in the headers.

    Parameters
    ----------
    dataset : xarray.Dataset
        Simulation results with coordinate ``day`` (days since delivery).

    Returns
    -------
    pandas.DataFrame
        First column ``day [d]``, then one column per data variable whose only
        dimension is ``day``, headed ``"name [units]"``.
    """
    days = dataset[TIME_COORDINATE]
    time_units = str(days.attrs.get("units", DEFAULT_TIME_UNITS))
    columns: dict[str, np.ndarray] = {
        column_header(TIME_COORDINATE, time_units): np.asarray(days.values)
    }
    for name, variable in dataset.data_vars.items():
        if variable.dims != (TIME_COORDINATE,):
            continue
        units = variable.attrs.get("units")
        columns[column_header(str(name), None if units is None else str(units))] = np.asarray(
            variable.values
        )
    return pd.DataFrame(columns)


def _is_plain_number(value: Any) -> bool:
    """Return whether a value is a real number NetCDF 3 can store (not a bool)."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (Number, np.number)):
        return False
    if isinstance(value, (complex, np.complexfloating)):
        return False
    if isinstance(value, (int, np.integer)):
        return SMALLEST_NETCDF3_INTEGER <= int(value) <= LARGEST_NETCDF3_INTEGER
    return True


def serialisable_attribute(value: Any) -> Any:
    """Return an attribute value that NetCDF 3 can store.

    Text, bytes, real numbers and sequences of real numbers are kept; a list
    of texts becomes its lines; anything else (None, booleans, dictionaries,
    mixed lists, large integers) becomes text.

    Parameters
    ----------
    value : object
        Attribute value.

    Returns
    -------
    object
        The value itself or its ``str``.
    """
    if isinstance(value, (str, bytes)) or _is_plain_number(value):
        return value
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return "\n".join(value)  # lines of text, such as the run's warnings
    if isinstance(value, (list, tuple, np.ndarray)):
        items = list(np.asarray(value, dtype=object).ravel())
        if items and all(_is_plain_number(item) for item in items):
            has_fraction = any(isinstance(item, (float, np.floating)) for item in items)
            return np.asarray(items, dtype=float if has_fraction else np.int32)
    return str(value)


def _serialisable_attributes(attributes: Mapping[Any, Any]) -> dict[str, Any]:
    """Return a copy of an attribute mapping with NetCDF 3 compatible values."""
    return {str(key): serialisable_attribute(value) for key, value in attributes.items()}


def netcdf_ready(dataset: xr.Dataset) -> xr.Dataset:
    """Return a copy of a dataset that the ``scipy`` NetCDF engine can write.

    Parameters
    ----------
    dataset : xarray.Dataset
        Simulation results.

    Returns
    -------
    xarray.Dataset
        Copy with encodings dropped and every attribute made serialisable.
    """
    prepared = dataset.copy(deep=False).drop_encoding()
    prepared.attrs = _serialisable_attributes(dataset.attrs)
    for name, variable in prepared.variables.items():
        variable.attrs = _serialisable_attributes(dataset.variables[name].attrs)
    return prepared


def write_results(dataset: xr.Dataset, out_dir: Path | str) -> dict[str, Path]:
    """Write simulation results as ``results.csv`` and ``results.nc``.

    Parameters
    ----------
    dataset : xarray.Dataset
        Simulation results with coordinate ``day`` (days since delivery) and
        variables carrying a ``units`` attribute.
    out_dir : pathlib.Path or str
        Output folder; created if needed. Each file is written under a
        temporary name and renamed when complete.

    Returns
    -------
    dict of str to pathlib.Path
        ``{"csv": .../results.csv, "netcdf": .../results.nc}``. The CSV holds
        ``day [d]`` then each time series as ``"name [units]"``; the NetCDF 3
        file keeps every variable with its ``units`` and ``long_name``.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path = out_dir / CSV_FILE_NAME
    netcdf_path = out_dir / NETCDF_FILE_NAME
    with atomic_path(csv_path) as temporary:
        results_table(dataset).to_csv(temporary, index=False)
    with atomic_path(netcdf_path) as temporary:
        netcdf_ready(dataset).to_netcdf(temporary, engine=NETCDF_ENGINE)
    return {"csv": csv_path, "netcdf": netcdf_path}
