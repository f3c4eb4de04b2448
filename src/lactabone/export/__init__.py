"""Export a scenario to the modeller's tools: SBML, Antimony, PEtab and COMBINE archives, from the one System."""

from __future__ import annotations

from pathlib import Path

from ..scenario import Scenario

#: Export formats.
FORMATS = ("sbml", "antimony", "petab", "omex")


def write_export(scenario: Scenario, format: str, out: Path) -> Path:
    """Write ``scenario`` in ``format`` (one of :data:`FORMATS`) to ``out`` (a file; a folder for petab).

    ``omex`` is a COMBINE archive: the SBML, a SED-ML time course with a report and a plot, and metadata.
    """
    if format == "sbml":
        from .sbml import write_sbml

        return write_sbml(scenario, out)
    if format == "antimony":
        from .antimony import write_antimony

        return write_antimony(scenario, out)
    if format == "petab":
        from .petab import write_petab

        return write_petab(scenario, out)
    if format == "omex":
        from .omex import write_omex

        return write_omex(scenario, out)
    raise ValueError(f"format = {format!r}; allowed: {', '.join(FORMATS)}")
