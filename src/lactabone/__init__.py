"""lactabone: the maternal skeleton in lactation and its recovery, on the breast-brain-bone circuit.

Public API: :func:`load_scenario`, :func:`simulate`, :class:`Scenario`,
:func:`default_scenario`, :func:`targets`.
"""

from .scenario import Scenario, ScenarioError, load_scenario
from .simulation import default_scenario, simulate
from .solve.errors import SolverError

__version__ = "0.1.0"


def targets():
    """The literature targets the model is checked against (see ``lactabone validate``)."""
    from .validation.catalogue import list_targets

    return list_targets()


__all__ = ["Scenario", "ScenarioError", "SolverError", "default_scenario", "load_scenario", "simulate", "targets"]
