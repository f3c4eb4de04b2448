"""Write a virtual population: per-subject table and bands (CSV and NetCDF), figures, a short summary."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import xarray as xr
from matplotlib.figure import Figure

from ..results.files import atomic_path
from ..results.io import NETCDF_ENGINE, netcdf_ready, results_table
from .bands import PERCENTILES
from .run import Population, pthrp_loss_correlation
from .subjects import SUMMARIES, shown_band_outputs

FILE_NAMES = {"subjects_csv": "subjects.csv", "subjects_netcdf": "subjects.nc", "bands_csv": "bands.csv",
              "bands_netcdf": "bands.nc", "bands_figure": "bands.png", "spine_figure": "spine_loss_at_weaning.png"}
_SUMMARY_UNITS = {summary.name: summary.unit for summary in SUMMARIES}


def subjects_dataset(population: Population) -> xr.Dataset:
    """The per-subject table as a Dataset over ``subject``, with units."""
    table = population.subjects
    variables = {}
    for column in table.columns[1:]:
        values = table[column].to_numpy()
        if column == "accepted":
            values = values.astype(np.int8)
        unit = _SUMMARY_UNITS.get(column, "" if column in ("accepted", "rejection") else "1")
        variables[column] = ("subject", values, {"units": unit} if unit else {})
    return xr.Dataset(variables, coords={"subject": table["subject"].to_numpy()},
                      attrs={"title": "lactabone virtual population: one row per subject"})


def second_site(population: Population) -> tuple[str, str]:
    """The site compared with the spine: the femoral neck in women, the femur in rodents (column, label)."""
    if "femoral_neck_change_at_weaning" in population.subjects:
        return "femoral_neck_change_at_weaning", "femoral neck"
    return "femur_change_at_weaning", "femur"


def _bands_figure(bands: xr.Dataset, path: Path) -> Path:
    figure = Figure(figsize=(12, 9), dpi=100)
    columns = 3
    names = shown_band_outputs(bands.attrs["species"])
    rows = -(-len(names) // columns)
    for index, name in enumerate(names):
        axes = figure.add_subplot(rows, columns, index + 1)
        day = bands["day"]
        low, high = PERCENTILES[0], PERCENTILES[-1]
        axes.fill_between(day, bands[f"{name}_p{low}"], bands[f"{name}_p{high}"], alpha=0.2, color="tab:blue",
                          label=f"p{low}-p{high}")
        axes.fill_between(day, bands[f"{name}_p25"], bands[f"{name}_p75"], alpha=0.35, color="tab:blue",
                          label="p25-p75")
        axes.plot(day, bands[f"{name}_p50"], color="tab:blue", label="median")
        axes.set_title(name, fontsize=9)
        axes.set_ylabel(bands[f"{name}_p50"].attrs["units"], fontsize=8)
        axes.tick_params(labelsize=7)
    figure.axes[0].legend(fontsize=7)
    figure.supxlabel("day since delivery [d]")
    figure.tight_layout()
    figure.savefig(path)
    return path


def _spine_figure(population: Population, path: Path) -> Path:
    figure = Figure(figsize=(7, 4), dpi=100)
    axes = figure.add_subplot()
    accepted = population.accepted
    for column, label in (("spine_change_at_weaning", "lumbar spine"), second_site(population)):
        axes.hist(accepted[column], bins=50, alpha=0.6, label=label)
    axes.set_xlabel("aBMD change at weaning [%]")
    axes.set_ylabel("subjects")
    axes.set_title(f"Spread of bone loss at weaning ({len(accepted)} accepted subjects)")
    axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path)
    return path


def write_population(population: Population, out_dir: Path | str) -> dict[str, Path]:
    """Write ``subjects.csv/.nc``, ``bands.csv/.nc``, ``bands.png`` and ``spine_loss_at_weaning.png`` to ``out_dir``.

    Each file is written under a temporary name and renamed when complete.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {key: out_dir / name for key, name in FILE_NAMES.items()}
    with atomic_path(paths["subjects_csv"]) as temporary:
        population.subjects.to_csv(temporary, index=False)
    with atomic_path(paths["subjects_netcdf"]) as temporary:
        netcdf_ready(subjects_dataset(population)).to_netcdf(temporary, engine=NETCDF_ENGINE)
    with atomic_path(paths["bands_csv"]) as temporary:
        results_table(population.bands).to_csv(temporary, index=False)
    with atomic_path(paths["bands_netcdf"]) as temporary:
        netcdf_ready(population.bands).to_netcdf(temporary, engine=NETCDF_ENGINE)
    with atomic_path(paths["bands_figure"]) as temporary:
        _bands_figure(population.bands, temporary)
    with atomic_path(paths["spine_figure"]) as temporary:
        _spine_figure(population, temporary)
    return paths


def summary_lines(population: Population) -> list[str]:
    """A few lines: subjects accepted and rejected (by limit), spread of loss at weaning, PTHrP-loss correlation."""
    table = population.subjects
    accepted = population.accepted
    lines = [f"subjects: {len(table)} sampled, {len(accepted)} accepted, {len(table) - len(accepted)} rejected"]
    reasons = table.loc[~table["accepted"], "rejection"].str.split(" ").str[0].value_counts()
    lines += [f"  rejected for {reason}: {count}" for reason, count in reasons.items()]
    if len(accepted) >= 3:
        for column in ("spine_change_at_weaning", second_site(population)[0]):
            low, middle, high = np.percentile(accepted[column], [5, 50, 95])
            rho, p = pthrp_loss_correlation(population, column)
            lines += [f"{column}: median {middle:+.2f}%, 5th-95th percentile {low:+.2f}% to {high:+.2f}%",
                      f"  rank correlation of nursing PTHrP with the loss: rho {rho:+.2f} (p = {p:.2g})"]
    return lines



