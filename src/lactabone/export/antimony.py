"""Antimony text of a scenario: the SBML export translated by libAntimony (no equations of its own)."""

from __future__ import annotations

from pathlib import Path

import antimony

from ..results.files import atomic_path
from ..scenario import Scenario
from .sbml import sbml_string


def antimony_string(scenario: Scenario) -> str:
    """The scenario's model in Antimony, translated from :func:`lactabone.export.sbml.sbml_string`."""
    antimony.clearPreviousLoads()
    if antimony.loadSBMLString(sbml_string(scenario)) < 0:
        raise RuntimeError(f"libAntimony could not read the exported SBML: {antimony.getLastError()}")
    return antimony.getAntimonyString(None)


def write_antimony(scenario: Scenario, path: Path) -> Path:
    """Write the scenario's Antimony text to ``path``; return it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = antimony_string(scenario)
    with atomic_path(path) as temporary:
        temporary.write_text(text)
    return path
