"""Flags for runs that leave physiology: they still return (some experiments are meant to be lethal).

A run is flagged when total serum calcium leaves :data:`SERUM_CALCIUM_LIVABLE`,
when the skeleton loses more than :data:`MOST_SKELETAL_LOSS` of the mineral
it held on the first day simulated, or when a concentration, mass or one-way
flux (:data:`NON_NEGATIVE`) goes below zero. The flags are one-line texts in the
Dataset's ``warnings`` attribute; the command line prints them, the page shows
them as a banner and the summary table lists them first.
"""

from __future__ import annotations

import numpy as np
import xarray as xr

from .milk_fever import hours

SERUM_CALCIUM_LIVABLE = (1.0, 4.0)
"""Total serum calcium a mother survives for long [mmol/L]: below 1.0 tetany and death, above 4.0 coma."""
MOST_SKELETAL_LOSS = 0.5
"""Share of the skeleton's calcium whose loss no mother survives [1]."""
NON_NEGATIVE = ("serum_calcium", "serum_ionized_calcium", "serum_phosphate", "pth", "pthrp", "calcitriol",
                "calcitonin", "estradiol", "progesterone", "prolactin", "lh", "fsh", "oxytocin", "milk_volume",
                "milk_calcium", "gut_calcium_absorbed", "urine_calcium", "skeletal_calcium")
"""Concentrations, masses and one-way fluxes: a negative value means the run left the model's domain."""


def physiology_warnings(dataset: xr.Dataset) -> list[str]:
    """One line per way a run leaves physiology (empty when it stays within it).

    Parameters
    ----------
    dataset : results with ``serum_calcium`` [mmol/L] and ``skeletal_calcium`` [g] over ``day`` [d].
    """
    found = []
    low, high = SERUM_CALCIUM_LIVABLE
    if "serum_calcium" in dataset:
        calcium = np.asarray(dataset["serum_calcium"].values, dtype=float)
        days = np.asarray(dataset["day"].values, dtype=float)
        for outside, word, limit in ((calcium < low, "below", low), (calcium > high, "above", high)):
            if outside.any():
                extreme = calcium[outside].min() if word == "below" else calcium[outside].max()
                first = days[outside][0]
                when = (f"{hours(first):g} h after calving" if dataset.attrs.get("species") == "cow" and first >= 0
                        else f"day {first:.4g}")
                found.append(f"serum calcium {word} {limit:g} mmol/L from {when} "
                             f"({'lowest' if word == 'below' else 'highest'} {extreme:.3g} mmol/L): outside "
                             "physiology, a mother would not survive this")
    if "skeletal_calcium" in dataset:
        skeleton = np.asarray(dataset["skeletal_calcium"].values, dtype=float)
        if skeleton.size and skeleton[0] > 0 and skeleton.min() < (1 - MOST_SKELETAL_LOSS) * skeleton[0]:
            lost = 1 - skeleton.min() / skeleton[0]
            found.append(f"the skeleton loses {100 * lost:.3g}% of its calcium (more than "
                         f"{100 * MOST_SKELETAL_LOSS:g}%): outside physiology")
    for name in NON_NEGATIVE:
        if name in dataset:
            lowest = float(np.nanmin(np.asarray(dataset[name].values, dtype=float)))
            if lowest < -1e-9:
                unit = dataset[name].attrs.get("units", "")
                found.append(f"{name} goes negative (lowest {lowest:.3g} {unit}): the run left the model's "
                             "domain; this value is not physiology")
    return found
