"""The page's curves: serum calcium, PTH, PTHrP, estradiol, prolactin, milk calcium and BMD by site over time,
with the published target bands (``lactabone.validation``) where they apply.

Two scenarios of one species and similar lengths share their axes; otherwise
(a mouse beside a woman) each gets its own block of panels, with its own time
axis. Cows followed around calving get the calving window
(:mod:`lactabone.plots.time_axis`), their calcium in g/d and the vet's
thresholds on serum calcium. Legends sit outside the axes, clear of the curves.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from lactabone.plots.figures import (OVERVIEW_PANELS, draw_milk_fever_thresholds, shown_scale, shown_values,
                                    weaning_day)
from lactabone.plots.time_axis import calving_window, set_time_axis
from lactabone.results.outputs import OUTPUTS
from lactabone.results.sites import shows_site
from lactabone.validation.catalogue import target_bands

from .runs import Run

#: Outputs drawn one per panel.
SINGLE_PANELS = ("serum_calcium", "pth", "pthrp", "estradiol", "prolactin", "milk_calcium")
#: BMD by site: the overview figure's panel (d), less the sites a species' studies do not measure.
BMD_OUTPUTS = next(panel.variables for panel in OVERVIEW_PANELS if "bmd_spine_change" in panel.variables)
SCENARIO_STYLES = ({"color": "tab:blue", "linestyle": "-"}, {"color": "tab:orange", "linestyle": "--"})
SHARED_SPAN_SHARE = 1 / 3
"""Runs of one species share a time axis when each covers at least this share of their days together."""
SITE_COLOURS = ("tab:red", "tab:purple", "tab:brown", "tab:olive", "tab:cyan", "tab:gray")
BAND_COLOUR, BAND_OPACITY = "tab:green", 0.2
DOTS_PER_INCH = 90
BLOCK_SIZE_INCHES = (13, 10.5)
"""Width and height of one block of panels (one time axis)."""
LEGEND_FONT_SIZE = 7
_TERM_OF = {output.name: output.term for output in OUTPUTS}
_MEANING = {output.name: output.meaning for output in OUTPUTS}


def time_axes(runs: Mapping[str, Run]) -> list[dict[str, Run]]:
    """The runs grouped by time axis: one group when they are of one species and cover similar days, else one each."""
    first = [float(run.days[0]) for run in runs.values()]
    last = [float(run.days[-1]) for run in runs.values()]
    together = max(last) - min(first)
    shared = (len({run.scenario.species for run in runs.values()}) == 1
              and all(end - start >= SHARED_SPAN_SHARE * together for start, end in zip(first, last)))
    return [dict(runs)] if shared else [{label: run} for label, run in runs.items()]


def _draw_bands(axes: Axes, output: str, runs: Mapping[str, Run]) -> None:
    """Shade every published range of ``output`` for the runs' species, once per distinct placement."""
    drawn = set()
    for run in runs.values():
        weaning = weaning_day(run.dataset)
        for target, band in target_bands(output, run.scenario.species):
            if band.after_weaning and weaning is None:
                continue
            days = band.days_for(weaning)
            scale = run.pre_pregnant[_TERM_OF[output]] if band.relative else shown_scale(run.dataset, output)[1]
            low, high = band.low * scale, band.high * scale
            placement = (target.id, days, round(low, 9), round(high, 9))
            if placement in drawn:
                continue
            label = f"{target.id} target ({band.condition})" if band.condition else f"{target.id} target"
            if days is None:
                axes.axhspan(low, high, color=BAND_COLOUR, alpha=BAND_OPACITY, label=label)
            else:
                axes.fill_between(days, low, high, color=BAND_COLOUR, alpha=BAND_OPACITY * 1.5, label=label)
            drawn.add(placement)


def _mark_days(axes: Axes, runs: Mapping[str, Run]) -> None:
    """A dotted line at delivery, dashed lines at each weaning."""
    axes.axvline(0.0, color="grey", linestyle=":", linewidth=0.8)
    for weaning in {weaning_day(run.dataset) for run in runs.values()} - {None}:
        axes.axvline(weaning, color="grey", linestyle="--", linewidth=0.8)


def _single_panel(axes: Axes, output: str, runs: Mapping[str, Run], styles: Mapping[str, dict]) -> None:
    """One output, a curve per scenario, its target bands behind, the legend below the axes."""
    _draw_bands(axes, output, runs)
    if output == "serum_calcium" and any(run.scenario.species == "cow" for run in runs.values()):
        draw_milk_fever_thresholds(axes)
    for label, run in runs.items():
        axes.plot(run.days, shown_values(run.dataset, output), label=label, **styles[label])
    unit = shown_scale(next(iter(runs.values())).dataset, output)[0]
    axes.set_title(f"{_MEANING[output]} [{unit}]", loc="left", fontsize=10)
    _mark_days(axes, runs)
    axes.legend(fontsize=LEGEND_FONT_SIZE, loc="upper left", bbox_to_anchor=(0.0, -0.1), frameon=False)


def _bmd_panel(axes: Axes, runs: Mapping[str, Run], styles: Mapping[str, dict]) -> None:
    """BMD change by site: a colour per site, a line style per scenario, target bands behind."""
    sites = [name for name in BMD_OUTPUTS if any(shows_site(run.scenario.species, name) for run in runs.values())]
    for name in sites:
        _draw_bands(axes, name, runs)
    for label, run in runs.items():
        for name, colour in zip(sites, SITE_COLOURS):
            if shows_site(run.scenario.species, name):
                axes.plot(run.days, run.dataset[name].values, color=colour, linestyle=styles[label]["linestyle"])
    axes.axhline(0.0, color="grey", linewidth=0.6)
    _mark_days(axes, runs)
    axes.set_title("bone mineral density by site: change from before pregnancy [%]", loc="left", fontsize=10)
    handles, labels = axes.get_legend_handles_labels()
    handles += [Line2D([], [], color=colour) for colour in SITE_COLOURS[:len(sites)]]
    labels += [name.removeprefix("bmd_").removesuffix("_change").replace("_", " ") for name in sites]
    handles += [Line2D([], [], color="black", linestyle=styles[label]["linestyle"]) for label in runs]
    labels += list(runs)
    axes.legend(handles, labels, fontsize=LEGEND_FONT_SIZE + 1, loc="upper left", bbox_to_anchor=(1.0, 1.0))


def curves_figure(runs: Mapping[str, Run]) -> Figure:
    """The page's curves of one or two scenarios, on shared axes or each on its own (:func:`time_axes`).

    Parameters
    ----------
    runs : mapping of str to Run
        Scenario label to solved scenario (one or two); the first is drawn solid, the second dashed.

    Returns
    -------
    matplotlib.figure.Figure
        Per time axis, a block of six panels (serum calcium, PTH, PTHrP, estradiol, prolactin, milk calcium) over
        a wide BMD-by-site panel, blocks stacked and titled by scenario when there are several; not attached to
        pyplot.
    """
    styles = dict(zip(runs, SCENARIO_STYLES))
    groups = time_axes(runs)
    width, height = BLOCK_SIZE_INCHES
    figure = Figure(figsize=(width, height * len(groups)), dpi=DOTS_PER_INCH, layout="constrained")
    FigureCanvasAgg(figure)
    for block, group in zip(figure.subfigures(len(groups), 1, squeeze=False)[:, 0], groups):
        if len(groups) > 1:
            block.suptitle(", ".join(group), x=0.0, ha="left", fontsize=12, fontweight="bold")
        grid = block.add_gridspec(3, 3)
        window = calving_window(run.dataset for run in group.values())
        for index, output in enumerate(SINGLE_PANELS):
            axes = block.add_subplot(grid[index // 3, index % 3])
            _single_panel(axes, output, group, styles)
            set_time_axis(axes, window, label=False)
        bone = block.add_subplot(grid[2, :])
        _bmd_panel(bone, group, styles)
        set_time_axis(bone, window)
    return figure


def curves_png(runs: Mapping[str, Run]) -> bytes:
    """:func:`curves_figure` as PNG bytes (90 dots per inch)."""
    buffer = io.BytesIO()
    curves_figure(runs).savefig(buffer, format="png", dpi=DOTS_PER_INCH)
    return buffer.getvalue()
