"""The figure that shows a target: model curves against the published band."""

from __future__ import annotations

from matplotlib.figure import Figure


def target_figure(datasets: dict, variable: str, title: str, band: tuple[float, float] | None = None,
                  band_days: tuple[float, float] | None = None, marker_days: tuple[float, ...] = ()) -> Figure:
    """Curves of ``variable`` for each labelled dataset, with the target band shaded.

    ``band`` is the target's range (in the variable's unit); ``band_days`` where it applies
    (the whole axis when None); ``marker_days`` get dashed vertical lines (delivery, weaning).
    """
    figure = Figure(figsize=(7, 4), dpi=110)
    axes = figure.add_subplot()
    for label, dataset in datasets.items():
        series = dataset[variable]
        axes.plot(series["day"], series, label=label)
    unit = next(iter(datasets.values()))[variable].attrs.get("units", "")
    if band is not None:
        if band_days is None:
            axes.axhspan(*band, color="tab:green", alpha=0.15, label="published target")
        else:
            axes.fill_between(band_days, *band, color="tab:green", alpha=0.25, label="published target")
    for day in marker_days:
        axes.axvline(day, color="grey", linestyle="--", linewidth=0.8)
    axes.set_xlabel("day since delivery [d]")
    axes.set_ylabel(f"{variable} [{unit}]")
    axes.set_title(title)
    axes.legend(fontsize=8)
    figure.tight_layout()
    return figure


def scatter_figure(x: list[float], y: list[float], x_label: str, y_label: str, title: str) -> Figure:
    """Points of one quantity against another (for monotone relations across scenarios)."""
    figure = Figure(figsize=(6, 4), dpi=110)
    axes = figure.add_subplot()
    axes.plot(x, y, "o")
    axes.set_xlabel(x_label)
    axes.set_ylabel(y_label)
    axes.set_title(title)
    figure.tight_layout()
    return figure



def ratio_figure(labels: list[str], model: list[float], published: list[float | None], title: str,
                 ylabel: str = "lactating / not lactating") -> Figure:
    """Ratios of two conditions (by default lactating over not): the model's bars beside the published ones (log
    scale; a NaN model value draws no bar)."""
    figure = Figure(figsize=(7, 4), dpi=110)
    axes = figure.add_subplot()
    positions = range(len(labels))
    axes.bar([x - 0.2 for x in positions], model, width=0.4, label="model")
    shown = [(x + 0.2, value) for x, value in zip(positions, published) if value is not None]
    if shown:
        axes.bar([x for x, _ in shown], [value for _, value in shown], width=0.4, label="published")
    axes.axhline(1, color="grey", linewidth=0.8)
    axes.set_yscale("log")
    axes.set_xticks(list(positions), labels, rotation=20, fontsize=8)
    axes.set_ylabel(ylabel)
    axes.set_title(title)
    axes.legend(fontsize=8)
    figure.tight_layout()
    return figure
