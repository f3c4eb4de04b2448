"""Write a virtual herd: the cows' table, the incidence table by parity (CSV), its figure and a printed summary."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..results.files import atomic_path
from .herd import HerdRun
from .herd_variability import PUBLISHED_CLINICAL_PERCENT, PUBLISHED_SUBCLINICAL_PERCENT, VENJAKOB_2017
from .incidence import THRESHOLDS, format_table, incidence_table, threshold_label

FILE_NAMES = {"cows_csv": "cows.csv", "incidence_csv": "incidence_by_parity.csv",
              "incidence_by_ration_csv": "incidence_by_ration.csv", "incidence_figure": "incidence_by_parity.png"}
#: Published prevalence drawn beside the model's, by threshold stem.
PUBLISHED = {"clinical": PUBLISHED_CLINICAL_PERCENT, "below_2_0": PUBLISHED_SUBCLINICAL_PERCENT}


def incidence_figure(cows: pd.DataFrame, title: str = "Hypocalcaemia after calving by parity") -> Figure:
    """Bars of incidence by parity group with Wilson 95% intervals, one panel per threshold, Venjakob 2017 beside.

    ``cows`` is a herd's table (:attr:`~lactabone.population.herd.HerdRun.cows`).
    """
    table = incidence_table(cows)
    figure = Figure(figsize=(12, 4), dpi=100)
    positions = np.arange(len(table))
    for index, (stem, threshold, meaning) in enumerate(THRESHOLDS):
        axes = figure.add_subplot(1, len(THRESHOLDS), index + 1)
        percent = table[f"{stem}_percent"].to_numpy(dtype=float)
        errors = [percent - table[f"{stem}_low_percent"].to_numpy(dtype=float),
                  table[f"{stem}_high_percent"].to_numpy(dtype=float) - percent]
        axes.bar(positions, percent, yerr=errors, capsize=4, color="tab:blue", alpha=0.7,
                 label="virtual herd (95% Wilson CI)")
        published = PUBLISHED.get(stem, {})
        shown = [(position, published[group]) for position, group in zip(positions, table["parity_group"])
                 if group in published]
        if shown:
            label = VENJAKOB_2017.split(" (")[0] + (" (recumbent cows)" if stem == "clinical" else "")
            axes.plot(*zip(*shown), "kD", label=label)
        axes.set_xticks(positions, [f"{group}\n(n={cows})" for group, cows in zip(table["parity_group"], table["cows"])],
                        fontsize=8)
        axes.set_ylim(0, 100)
        axes.set_title(f"< {threshold_label(threshold)}: {meaning}", fontsize=9)
        axes.set_xlabel("lactation")
        axes.set_ylabel("cows, days 0-3 in milk [%]")
        axes.legend(fontsize=7, loc="upper left")
    figure.suptitle(title, fontsize=10)
    figure.tight_layout()
    return figure


def write_herd(herd: HerdRun, out_dir: Path | str) -> dict[str, Path]:
    """Write ``cows.csv``, ``incidence_by_parity.csv``, ``incidence_by_ration.csv`` and ``incidence_by_parity.png``
    to ``out_dir``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    writers = {"cows_csv": lambda path: herd.cows.to_csv(path, index=False),
               "incidence_csv": lambda path: incidence_table(herd.cows).to_csv(path, index=False),
               "incidence_by_ration_csv": lambda path: incidence_table(herd.cows, "ration").to_csv(path, index=False),
               "incidence_figure": lambda path: incidence_figure(herd.cows).savefig(path)}
    paths = {key: out_dir / name for key, name in FILE_NAMES.items()}
    for key, write in writers.items():
        with atomic_path(paths[key]) as temporary:  # written under a temporary name, renamed when complete
            write(temporary)
    return paths


def acceptance_lines(cows: pd.DataFrame) -> list[str]:
    """Cows sampled, accepted and rejected, then the rejected by reason (its first two words)."""
    lines = [f"cows: {len(cows)} sampled, {int(cows['accepted'].sum())} accepted, "
             f"{int((~cows['accepted']).sum())} rejected"]
    reasons = cows.loc[~cows["accepted"], "rejection"].str.split(" ").str[:2].str.join(" ").value_counts()
    return lines + [f"  rejected for {reason}: {count}" for reason, count in reasons.items()]


def herd_summary_lines(herd: HerdRun) -> list[str]:
    """Cows accepted and rejected (by reason), then the incidence table by parity."""
    cows = herd.cows
    lines = acceptance_lines(cows)
    lines += ["", "lowest total serum calcium from calving to day 3 in milk, below each threshold:"]
    lines += format_table(incidence_table(cows))
    if cows["ration"].nunique() > 1:
        lines += ["", "by close-up ration (DCAD in mEq/kg of dry matter):"] + format_table(incidence_table(cows, "ration"))
    return lines
