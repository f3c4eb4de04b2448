"""Virtual populations and global sensitivity analysis on top of the simulator.

- :func:`run_population`: sample documented between-subject variability
  (:mod:`.variability`), reject implausible subjects (:mod:`.plausibility`),
  keep per-subject summaries and streamed percentile bands (:mod:`.bands`);
  :func:`~.output.write_population` writes them.
- :func:`run_sensitivity`: Sobol or Morris indices of one output on one day
  (:mod:`.sensitivity`); :func:`~.sensitivity.write_sensitivity` writes them.

Both take any ``concurrent.futures`` executor (:mod:`.executors`).
"""

from .executors import SerialExecutor
from .run import Population, pthrp_loss_correlation, rank_correlation, run_population
from .sensitivity import Sensitivity, run_sensitivity
from .variability import VARIABILITY, Variation

__all__ = ["Population", "SerialExecutor", "Sensitivity", "VARIABILITY", "Variation", "pthrp_loss_correlation",
           "rank_correlation", "run_population", "run_sensitivity"]
