"""Export a scenario to the modeller's tools: SBML, Antimony and PEtab, printed from the one System."""

from __future__ import annotations

from pathlib import Path

from ..scenario import Scenario

#: Export formats.
FORMATS = ("sbml", "antimony", "petab")


def write_export(scenario: Scenario, format: str, out: Path) -> Path:
    """Write ``scenario`` in ``format`` (one of :data:`FORMATS`) to ``out`` (a file; a folder for petab)."""
    if format == "sbml":
        from .sbml import write_sbml

        return write_sbml(scenario, out)
    if format == "antimony":
        from .antimony import write_antimony

        return write_antimony(scenario, out)
    if format == "petab":
        from .petab import write_petab

        return write_petab(scenario, out)
    raise ValueError(f"format = {format!r}; allowed: {', '.join(FORMATS)}")
