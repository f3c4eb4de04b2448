"""lactabone: the maternal skeleton in lactation and its recovery, on the breast-brain-bone circuit.

Public API: :func:`load_scenario`, :func:`simulate`, :class:`Scenario`,
:func:`default_scenario`, :func:`targets`.

The names are imported on first use (PEP 562), so ``import lactabone`` is cheap
and the command line can answer Ctrl+C from its first moment
(:mod:`lactabone.entry`).
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_PUBLIC = {"Scenario": ".scenario", "ScenarioError": ".scenario", "load_scenario": ".scenario",
           "default_scenario": ".simulation", "simulate": ".simulation", "SolverError": ".solve.errors"}


def __getattr__(name: str):
    if name not in _PUBLIC:
        raise AttributeError(f"module 'lactabone' has no attribute {name!r}")
    value = getattr(importlib.import_module(_PUBLIC[name], __name__), name)
    globals()[name] = value
    return value


def targets():
    """The literature targets the model is checked against (see ``lactabone validate``)."""
    from .validation.catalogue import list_targets

    return list_targets()


__all__ = ["Scenario", "ScenarioError", "SolverError", "default_scenario", "load_scenario", "simulate", "targets"]
