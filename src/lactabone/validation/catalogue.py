"""Every literature target, registered: import this module (not the row modules) to list or evaluate them.

Importing the row modules registers their rows with :mod:`.registry`; the
functions re-exported here then see all of them (women, rodents, dairy cows,
hormone directions by species, the robustness matrix).
"""

from __future__ import annotations

from . import cow_targets, herd_targets, robustness, rodent_targets, species_targets, targets  # noqa: F401  (importing registers the rows)
from .registry import Evaluation, Target, evaluate_targets, list_targets, target_bands

__all__ = ["Evaluation", "Target", "evaluate_targets", "list_targets", "target_bands"]
