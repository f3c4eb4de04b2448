"""Figures of a simulated scenario: a six-panel overview and scenario comparisons.

Figures are drawn on :class:`matplotlib.figure.Figure` objects with the Agg
canvas, never through ``pyplot`` state, so drawing is safe in tests, servers and
batch runs and leaves no open figures behind.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import xarray as xr
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..results.files import atomic_path
from ..results.milk_fever import CLINICAL_MMOL_PER_L, SUBCLINICAL_MMOL_PER_L
from ..results.sites import shows_site
from ..results.values import weaning_day_of
from .time_axis import calving_window, set_time_axis

FIGURE_WIDTH_INCHES = 14.0
FIGURE_HEIGHT_INCHES = 10.0
DOTS_PER_INCH = 150
COMPARISON_PANEL_WIDTH_INCHES = 6.0
COMPARISON_PANEL_HEIGHT_INCHES = 3.5
COMPARISON_COLUMNS = 2

NORMAL_TOTAL_CALCIUM_LOW_MMOL_PER_L = 2.1
NORMAL_TOTAL_CALCIUM_HIGH_MMOL_PER_L = 2.6
NORMAL_BAND_OPACITY = 0.15
EVENT_LINE_OPACITY = 0.6
REFERENCE_LINE_OPACITY = 0.4
LEGEND_FONT_SIZE = 7
MISSING_TEXT_FONT_SIZE = 9
DELIVERY_DAY = 0.0
LOG_AXIS_COLOURS = ("tab:purple", "tab:brown", "tab:pink", "tab:olive")
TIME_COORDINATE = "day"
#: Units a species' figures show instead of the results' own, with the factor: a vet reads calcium in g/d.
SHOWN_UNITS = {"cow": {"mg/d": ("g/d", 1.0e-3)}}
#: What delivery and weaning are called in a species' figure titles.
EVENT_NAMES = {"cow": ("calving", "drying off")}


@dataclass(frozen=True)
class Panel:
    """One panel of the overview figure.

    Attributes
    ----------
    title : str
        Panel title, with its letter.
    variables : tuple of str
        Variables drawn on the main (left, linear) axis.
    log_variables : tuple of str
        Variables drawn on a twin right axis with a logarithmic scale.
    quantity : str
        Word naming what the main axis shows, put before its units.
    reference_level : float or None
        Draws a thin horizontal line at this value (0 for % changes, 1 for
        quantities relative to the reference day).
    normal_band : tuple of float or None
        Shades this (low, high) range on the main axis as the normal range.
    band_label : str
        Legend label of the shaded normal range.
    """

    title: str
    variables: tuple[str, ...]
    log_variables: tuple[str, ...] = ()
    quantity: str = ""
    reference_level: float | None = None
    normal_band: tuple[float, float] | None = None
    band_label: str = ""


OVERVIEW_PANELS: tuple[Panel, ...] = (
    Panel(
        "(a) hormones",
        ("pth", "pthrp"),
        log_variables=("estradiol", "prolactin"),
        quantity="PTH, PTHrP",
    ),
    Panel(
        "(b) serum minerals",
        ("serum_calcium", "serum_ionized_calcium", "serum_phosphate"),
        quantity="concentration",
        normal_band=(NORMAL_TOTAL_CALCIUM_LOW_MMOL_PER_L, NORMAL_TOTAL_CALCIUM_HIGH_MMOL_PER_L),
        band_label="normal total calcium",
    ),
    Panel(
        "(c) calcium fluxes",
        ("milk_calcium", "gut_calcium_absorbed", "urine_calcium", "skeletal_calcium_release"),
        quantity="calcium flux",
        reference_level=0.0,
    ),
    Panel(
        "(d) bone mineral density change by site",
        (
            "bmd_spine_change",
            "bmd_hip_change",
            "bmd_femoral_neck_change",
            "bmd_radius_change",
            "bmd_femur_change",
            "bmc_whole_body_change",
        ),
        quantity="change from reference day",
        reference_level=0.0,
    ),
    Panel(
        "(e) bone markers and cells (relative)",
        ("ctx", "p1np", "osteoclasts", "osteoblasts", "lacunar_area"),
        quantity="relative to reference day",
        reference_level=1.0,
    ),
    Panel(
        "(f) microarchitecture and strength (relative)",
        (
            "trabecular_number",
            "trabecular_thickness",
            "cortical_porosity",
            "strength_spine",
            "strength_femur",
        ),
        quantity="relative to reference day",
        reference_level=1.0,
    ),
)
OVERVIEW_ROWS = 2
OVERVIEW_COLUMNS = 3


def shown_scale(dataset: xr.Dataset, name: str) -> tuple[str, float]:
    """The unit a variable is shown in and the factor from its own unit to it (a cow's mg/d: g/d, 0.001)."""
    unit = str(dataset[name].attrs.get("units", ""))
    return SHOWN_UNITS.get(dataset.attrs.get("species"), {}).get(unit, (unit, 1.0))


def shown_unit(dataset: xr.Dataset, name: str) -> str:
    """The unit a variable is shown in (its ``units`` attribute, or a vet's unit for a cow), or ''."""
    return shown_scale(dataset, name)[0]


def shown_values(dataset: xr.Dataset, name: str) -> np.ndarray:
    """A variable's values over days in the unit :func:`shown_unit` names (a cow's mg/d as g/d)."""
    return np.asarray(dataset[name].values, dtype=float) * shown_scale(dataset, name)[1]


def _axis_label(dataset: xr.Dataset, names: Sequence[str], quantity: str = "") -> str:
    """Return an axis label with the units of the drawn variables.

    One shared unit gives ``"quantity [unit]"``; differing units list each
    variable with its own, ``"estradiol [pg/mL], prolactin [ng/mL]"``.
    """
    units: list[str] = []
    for name in names:
        unit = shown_unit(dataset, name)
        if unit and unit not in units:
            units.append(unit)
    if len(units) > 1:
        return ", ".join(f"{name} [{shown_unit(dataset, name)}]" for name in names)
    unit_text = f"[{units[0]}]" if units else ""
    return " ".join(part for part in (quantity, unit_text) if part)


def _present(dataset: xr.Dataset, names: Sequence[str]) -> list[str]:
    """Return the names that are one-dimensional time series in the dataset (and measured in its species)."""
    species = dataset.attrs.get("species")
    return [
        name
        for name in names
        if name in dataset.data_vars and dataset[name].dims == (TIME_COORDINATE,) and shows_site(species, name)
    ]


def _days(dataset: xr.Dataset) -> np.ndarray:
    """Return the time coordinate as float days since delivery."""
    return np.asarray(dataset[TIME_COORDINATE].values, dtype=float)


def weaning_day(dataset: xr.Dataset) -> float | None:
    """Return the first cycle's weaning day from the dataset attributes.

    Parameters
    ----------
    dataset : xarray.Dataset
        Simulation results; reads ``attrs["weaning_day"]`` (days since delivery).

    Returns
    -------
    float or None
        Weaning day in days since delivery, or None when absent or not a number.
    """
    return weaning_day_of(dataset)


def _mark_events(axes: Axes, weaning: float | None, days: np.ndarray) -> None:
    """Draw dashed vertical lines at delivery and at weaning, where they fall within the run."""
    axes.axvline(DELIVERY_DAY, color="black", linestyle="--", alpha=EVENT_LINE_OPACITY, linewidth=1)
    if weaning is not None and days[0] <= weaning <= days[-1]:
        axes.axvline(weaning, color="dimgray", linestyle="--", alpha=EVENT_LINE_OPACITY, linewidth=1)


def readable_name(dataset: xr.Dataset, name: str) -> str:
    """A legend label: the variable's ``long_name`` (its meaning), else its name with spaces."""
    long_name = dataset[name].attrs.get("long_name") if name in dataset else None
    return str(long_name) if long_name else name.replace("_", " ")


def _draw_missing(axes: Axes, title: str) -> None:
    """Mark a panel whose variables are all absent from the dataset."""
    axes.set_title(title, loc="left")
    axes.text(
        0.5,
        0.5,
        "not in results",
        ha="center",
        va="center",
        transform=axes.transAxes,
        fontsize=MISSING_TEXT_FONT_SIZE,
        color="gray",
    )
    axes.set_xticks([])
    axes.set_yticks([])


def _positive(values: np.ndarray) -> np.ndarray:
    """Replace values that a logarithmic axis cannot show by NaN."""
    values = np.asarray(values, dtype=float).copy()
    values[~(values > 0)] = np.nan
    return values


def draw_milk_fever_thresholds(axes: Axes) -> list:
    """Dotted red lines at the clinical (1.4 mmol/L) and subclinical (2.0 mmol/L) milk-fever thresholds."""
    return [axes.axhline(level, color="tab:red", linestyle=":", linewidth=1, label=f"{name} milk fever ({level:g})")
            for level, name in ((CLINICAL_MMOL_PER_L, "clinical"), (SUBCLINICAL_MMOL_PER_L, "subclinical"))]


def _draw_panel(axes: Axes, dataset: xr.Dataset, panel: Panel, weaning: float | None,
                window: tuple[float, float] | None) -> None:
    """Draw one overview panel, skipping variables missing from the dataset."""
    linear = _present(dataset, panel.variables)
    logarithmic = _present(dataset, panel.log_variables)
    if not linear and not logarithmic:
        _draw_missing(axes, panel.title)
        return
    days = _days(dataset)
    axes.set_title(panel.title, loc="left")
    set_time_axis(axes, window)
    handles = []
    labels = []
    if panel.normal_band is not None and linear:
        low, high = panel.normal_band
        band = axes.axhspan(low, high, color="tab:green", alpha=NORMAL_BAND_OPACITY)
        handles.append(band)
        labels.append(panel.band_label)
    if "serum_calcium" in linear and dataset.attrs.get("species") == "cow":
        for line in draw_milk_fever_thresholds(axes):
            handles.append(line)
            labels.append(line.get_label())
    if panel.reference_level is not None and linear:
        axes.axhline(panel.reference_level, color="gray", linewidth=0.8, alpha=REFERENCE_LINE_OPACITY)
    for name in linear:
        (line,) = axes.plot(days, shown_values(dataset, name))
        handles.append(line)
        labels.append(readable_name(dataset, name))
    if linear:
        axes.set_ylabel(_axis_label(dataset, linear, panel.quantity))
    if logarithmic:
        log_axes = axes.twinx() if linear else axes
        for index, name in enumerate(logarithmic):
            (line,) = log_axes.plot(
                days,
                _positive(dataset[name].values),
                linestyle=":",
                color=LOG_AXIS_COLOURS[index % len(LOG_AXIS_COLOURS)],
            )
            handles.append(line)
            labels.append(f"{readable_name(dataset, name)} (log axis)")
        drawable = np.concatenate([_positive(dataset[name].values) for name in logarithmic])
        if np.any(np.isfinite(drawable)):
            log_axes.set_yscale("log")
        log_axes.set_ylabel(_axis_label(dataset, logarithmic))
    _mark_events(axes, weaning, days)
    axes.legend(handles, labels, fontsize=LEGEND_FONT_SIZE, loc="best")


def scenario_figure(dataset: xr.Dataset) -> Figure:
    """Build the six-panel overview figure of one simulated scenario.

    Parameters
    ----------
    dataset : xarray.Dataset
        Simulation results with coordinate ``day`` (days since delivery) and
        the output variables of SPEC.md; absent variables are skipped.

    Returns
    -------
    matplotlib.figure.Figure
        Figure of 14 x 10 inches, not attached to pyplot.
    """
    figure = Figure(figsize=(FIGURE_WIDTH_INCHES, FIGURE_HEIGHT_INCHES), layout="constrained")
    FigureCanvasAgg(figure)
    all_axes = figure.subplots(OVERVIEW_ROWS, OVERVIEW_COLUMNS, squeeze=False).ravel()
    weaning = weaning_day(dataset)
    window = calving_window([dataset])
    for axes, panel in zip(all_axes, OVERVIEW_PANELS):
        _draw_panel(axes, dataset, panel, weaning, window)
    figure.suptitle(_title(dataset, weaning))
    return figure


def _title(dataset: xr.Dataset, weaning: float | None) -> str:
    """The overview's title: scenario, species, and the events its dashed lines mark (weaning only within the run)."""
    species = dataset.attrs.get("species")
    name = dataset.attrs.get("scenario_name")
    delivery, weaning_name = EVENT_NAMES.get(species, ("delivery", "weaning"))
    days = _days(dataset)
    events = [f"{delivery} day 0"] if days[0] <= DELIVERY_DAY <= days[-1] else []
    if weaning is not None and days[0] <= weaning <= days[-1]:
        events.append(f"{weaning_name} day {weaning:g}")
    title = "lactabone scenario" + (f" {name!r}" if name else "") + (f": {species}" if species else "")
    return title + (f" ({', '.join(events)}; dashed lines)" if events else "")


def _save(figure: Figure, path: Path | str) -> Path:
    """Save a figure as PNG, creating the parent folder."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as temporary:
        figure.savefig(temporary, dpi=DOTS_PER_INCH, format="png")
    return path


def plot_scenario(dataset: xr.Dataset, path: Path | str) -> Path:
    """Draw the overview of one scenario and save it as a PNG file.

    Panels: (a) hormones, PTH and PTHrP [pmol/L] with estradiol [pg/mL] and
    prolactin [ng/mL] on a logarithmic axis; (b) serum total and ionized
    calcium and phosphate [mmol/L] with the normal total calcium band
    2.1-2.6 mmol/L; (c) calcium fluxes [mg/d]; (d) BMD change by site [%];
    (e) bone markers and cells relative to the reference day [1];
    (f) microarchitecture and strength relative to the reference day [1].
    Dashed vertical lines mark delivery (day 0) and weaning.

    Parameters
    ----------
    dataset : xarray.Dataset
        Simulation results (coordinate ``day`` in days since delivery).
    path : pathlib.Path or str
        Output PNG file; its folder is created if needed.

    Returns
    -------
    pathlib.Path
        The written file (14 x 10 inches at 150 dots per inch).
    """
    return _save(scenario_figure(dataset), path)


def comparison_figure(
    datasets: Mapping[str, xr.Dataset],
    variables: Sequence[str],
    title: str | None = None,
) -> Figure:
    """Build a figure overlaying several scenarios, one panel per variable.

    Parameters
    ----------
    datasets : mapping of str to xarray.Dataset
        Scenario label to simulation results (coordinate ``day`` in days).
    variables : sequence of str
        Output variables to draw; a scenario lacking one is skipped in that panel.
    title : str, optional
        Figure title.

    Returns
    -------
    matplotlib.figure.Figure
        Figure not attached to pyplot.
    """
    variables = list(variables)
    panel_count = max(len(variables), 1)
    columns = min(COMPARISON_COLUMNS, panel_count)
    rows = int(np.ceil(panel_count / columns))
    figure = Figure(
        figsize=(COMPARISON_PANEL_WIDTH_INCHES * columns, COMPARISON_PANEL_HEIGHT_INCHES * rows),
        layout="constrained",
    )
    FigureCanvasAgg(figure)
    all_axes = figure.subplots(rows, columns, squeeze=False).ravel()
    for axes in all_axes[len(variables):]:
        axes.set_visible(False)
    window = calving_window(datasets.values())
    for axes, name in zip(all_axes, variables):
        drawn = False
        units = ""
        long_name = name
        weanings: list[float] = []
        for label, dataset in datasets.items():
            if name not in dataset.data_vars or dataset[name].dims != (TIME_COORDINATE,):
                continue
            days = _days(dataset)
            axes.plot(days, shown_values(dataset, name), label=label)
            units = units or shown_unit(dataset, name)
            long_name = str(dataset[name].attrs.get("long_name", name))
            weaning = weaning_day(dataset)
            if weaning is not None and days[0] <= weaning <= days[-1] and weaning not in weanings:
                weanings.append(weaning)
            drawn = True
        if not drawn:
            _draw_missing(axes, name)
            continue
        axes.axvline(DELIVERY_DAY, color="black", linestyle="--", alpha=EVENT_LINE_OPACITY, linewidth=1)
        for weaning in weanings:
            axes.axvline(weaning, color="dimgray", linestyle="--", alpha=EVENT_LINE_OPACITY, linewidth=1)
        axes.set_title(f"{name}: {long_name}" if long_name != name else name, loc="left")
        set_time_axis(axes, window)
        axes.set_ylabel(f"[{units}]" if units else "")
        axes.legend(fontsize=LEGEND_FONT_SIZE, loc="best")
    if title:
        figure.suptitle(title)
    return figure


def plot_comparison(
    datasets: Mapping[str, xr.Dataset],
    variables: Sequence[str],
    path: Path | str,
    title: str | None = None,
) -> Path:
    """Overlay several scenarios, one panel per variable, and save as PNG.

    Parameters
    ----------
    datasets : mapping of str to xarray.Dataset
        Scenario label to simulation results (coordinate ``day`` in days).
    variables : sequence of str
        Output variables to draw, each in its own panel with its units.
    path : pathlib.Path or str
        Output PNG file; its folder is created if needed.
    title : str, optional
        Figure title.

    Returns
    -------
    pathlib.Path
        The written file (150 dots per inch).
    """
    return _save(comparison_figure(datasets, variables, title=title), path)
