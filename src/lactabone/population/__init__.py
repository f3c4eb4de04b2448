"""Virtual populations and global sensitivity analysis on top of the simulator.

- :func:`run_population`: sample documented between-subject variability
  (:mod:`.variability`), reject implausible subjects (:mod:`.plausibility`),
  keep per-subject summaries and streamed percentile bands (:mod:`.bands`);
  :func:`~.output.write_population` writes them.
- :func:`run_herd`: a dairy herd around calving, each cow's parity and close-up ration drawn from the
  scenario's ``[herd]`` table (:mod:`.herd_variability`), and its hypocalcaemia by parity with confidence
  intervals (:mod:`.incidence`); :func:`~.herd_output.write_herd` writes them.
- :func:`run_sensitivity`: Sobol or Morris indices of one output on one day
  (:mod:`.sensitivity`); :func:`~.sensitivity.write_sensitivity` writes them.

Each takes any ``concurrent.futures`` executor (:mod:`.executors`).
"""

from .executors import SerialExecutor
from .herd import HerdRun, run_herd
from .run import Population, pthrp_loss_correlation, rank_correlation, run_population
from .sensitivity import Sensitivity, run_sensitivity
from .variability import VARIABILITY, Variation

__all__ = ["HerdRun", "Population", "SerialExecutor", "Sensitivity", "VARIABILITY", "Variation",
           "pthrp_loss_correlation", "rank_correlation", "run_herd", "run_population", "run_sensitivity"]
