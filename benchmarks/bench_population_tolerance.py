"""What a population's looser solver tolerances cost in accuracy: the same subjects at a single run's tolerances.

Simulates ``--subjects`` subjects of ``examples/one_infant_6_months.toml``
(seed ``--seed``) once with :data:`lactabone.population.subjects.SUBJECT_SOLVER`
and once with the same settings at a single run's tolerances (relative and
absolute 1e-7), and prints the largest differences: spine aBMD change at weaning
[points], any aBMD summary or band trajectory [points], the PTH, PTHrP, milk and
serum calcium summaries [relative], and how many subjects are accepted or
rejected differently (and how many rejections are worded differently: the
value printed in the reason). Also the CPU time per subject of each.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

import numpy as np

import lactabone
from lactabone.population import subjects
from lactabone.population.variability import VARIABILITY, sample_factors
from lactabone.solve.integrate import DEFAULT_TOLERANCES

SCENARIO = Path(__file__).resolve().parents[1] / "examples" / "one_infant_6_months.toml"


def _chunk(scenario, factors, settings):
    subjects.SUBJECT_SOLVER = settings
    start = time.process_time()
    result = subjects.simulate_chunk(subjects.ChunkTask(scenario, 0, factors, VARIABILITY, None))
    return result, (time.process_time() - start) / len(factors) * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subjects", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--scenario", type=Path, default=SCENARIO)
    options = parser.parse_args()
    scenario = lactabone.load_scenario(options.scenario)
    factors = sample_factors(options.subjects, options.seed)
    population = subjects.SUBJECT_SOLVER
    single = dataclasses.replace(population, tolerances=DEFAULT_TOLERANCES)
    _chunk(scenario, factors[:2], population)  # warm up (numba cache load)
    tight, tight_ms = _chunk(scenario, factors, single)
    loose, loose_ms = _chunk(scenario, factors, population)
    names = [summary.name for summary in subjects.SUMMARIES]
    spine = names.index("spine_change_at_weaning")
    bone = [index for index, name in enumerate(names) if "change" in name]
    difference = np.abs(loose.summaries - tight.summaries)
    both = [row for row, (a, b) in enumerate(zip(tight.reasons, loose.reasons)) if a == b == ""]
    accepted_before = np.cumsum([reason == "" for reason in tight.reasons]) - 1
    accepted_after = np.cumsum([reason == "" for reason in loose.reasons]) - 1
    trajectories = max(float(np.max(np.abs(loose.trajectories[name][accepted_after[both]].astype(float)
                                           - tight.trajectories[name][accepted_before[both]].astype(float))))
                       for name in subjects.BAND_OUTPUTS if name.startswith("bmd_"))
    print(f"{options.subjects} subjects of {options.scenario.name}, seed {options.seed}; "
          f"population tolerances {population.tolerances.relative:g} (relative), "
          f"{population.tolerances.absolute:g} (absolute) against {DEFAULT_TOLERANCES.relative:g}")
    print(f"spine change at weaning: SD {np.nanstd(tight.summaries[:, spine]):.3f} points; "
          f"largest difference {np.nanmax(difference[:, spine]):.2e} points")
    print(f"any aBMD summary: {np.nanmax(difference[:, bone]):.2e} points; any aBMD band trajectory (float32): "
          f"{trajectories:.2e} points")
    print(f"PTH, PTHrP, milk and serum calcium summaries: {np.nanmax(difference[:, :5] / np.abs(tight.summaries[:, :5])):.2e} "
          "of their value")
    print(f"accepted or rejected differently: {sum((a == '') != (b == '') for a, b in zip(tight.reasons, loose.reasons))}"
          f" (rejections worded differently, e.g. PTH 0.828 vs 0.827: "
          f"{sum(a != b for a, b in zip(tight.reasons, loose.reasons))})")
    print(f"CPU per subject: {tight_ms:.2f} ms at {DEFAULT_TOLERANCES.relative:g}, {loose_ms:.2f} ms at "
          f"{population.tolerances.relative:g}")


if __name__ == "__main__":
    main()
