"""The time axis of a figure: days since delivery, or a calving window for a cow followed around calving.

A calving run (a cow whose run covers calving and ends within 30 days of it)
is drawn from 7 days before calving (or its start, if later) to its end, on
an asinh scale: linear within a day of calving and logarithmic beyond, so the
hours around calving, where milk fever happens, are as readable as the days of
the fortnight. Its ticks read in hours near calving (-24 h to 48 h) and in
days beyond.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import xarray as xr
from matplotlib.axes import Axes

TIME_LABEL = "days since delivery [d]"
CALVING_LABEL = "time from calving [h near calving, d beyond]"
CALVING_WINDOW_FIRST_DAY = -7.0
"""First day of the calving window [d from calving], or the run's start when it is later."""
CALVING_RUN_LAST_DAY = 30.0
"""A cow's run that ends by this day after calving [d] is a calving run, drawn on the calving window."""
LINEAR_WITHIN_DAYS = 1.0
"""Days around calving over which the calving axis is linear (asinh scale's linear width) [d]."""
HOURS_PER_DAY = 24.0
#: Calving-axis ticks [d from calving]: hours near calving, days beyond.
CALVING_TICKS = (-14.0, -7.0, -3.0, -1.0, 0.0, 1.0, 2.0, 4.0, 7.0, 14.0, 21.0, 30.0)
HOUR_TICKS_WITHIN_DAYS = 2.0
"""Ticks within this many days of calving read in hours [d]."""
MINOR_TICK_HOURS = 6.0
TICK_FONT_SIZE = 8


def calving_window(datasets: Iterable[xr.Dataset]) -> tuple[float, float] | None:
    """The calving window (first, last day from calving) of cows' calving runs drawn together, else None.

    Parameters
    ----------
    datasets : iterable of xarray.Dataset
        Runs drawn on one time axis (coordinate ``day``, days since calving; ``attrs["species"]``).

    Returns
    -------
    tuple of float or None
        From 7 days before calving (or the earliest start, if later) to the latest end [d]; None when any run is
        not a cow's calving run.
    """
    firsts, lasts = [], []
    for dataset in datasets:
        days = np.asarray(dataset["day"].values, dtype=float)
        if dataset.attrs.get("species") != "cow" or not days[0] <= 0 < days[-1] <= CALVING_RUN_LAST_DAY:
            return None
        firsts.append(days[0])
        lasts.append(days[-1])
    if not firsts:
        return None
    return max(min(firsts), CALVING_WINDOW_FIRST_DAY), max(lasts)


def _tick_label(day: float) -> str:
    """A calving-axis tick: hours within two days of calving (``"12 h"``), days beyond (``"7 d"``)."""
    if abs(day) <= HOUR_TICKS_WITHIN_DAYS:
        return f"{day * HOURS_PER_DAY:g} h"
    return f"{day:g} d"


def set_time_axis(axes: Axes, window: tuple[float, float] | None, label: bool = True) -> None:
    """Label an axes' time axis: days since delivery, or the calving window (asinh scale, hour and day ticks).

    Parameters
    ----------
    axes : matplotlib.axes.Axes
        Axes whose x axis is days since delivery (calving).
    window : tuple of float or None
        The calving window from :func:`calving_window` [d], or None for a plain axis in days.
    label : bool
        Whether to write the axis label (False for panels whose neighbour below carries it).
    """
    if window is None:
        if label:
            axes.set_xlabel(TIME_LABEL)
        return
    first, last = window
    axes.set_xscale("asinh", linear_width=LINEAR_WITHIN_DAYS)
    axes.set_xlim(first, last)
    ticks = [day for day in CALVING_TICKS if first <= day <= last]
    axes.set_xticks(ticks, [_tick_label(day) for day in ticks], fontsize=TICK_FONT_SIZE)
    step = MINOR_TICK_HOURS / HOURS_PER_DAY
    near = np.arange(-HOUR_TICKS_WITHIN_DAYS, HOUR_TICKS_WITHIN_DAYS + step / 2, step)
    far = np.arange(np.ceil(first), np.floor(last) + 1.0)
    minor = sorted({float(day) for day in np.concatenate([near, far]) if first <= day <= last} - set(ticks))
    axes.set_xticks(minor, minor=True)
    if label:
        axes.set_xlabel(CALVING_LABEL)
