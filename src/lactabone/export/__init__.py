"""Export a scenario to the modeller's tools: SBML, Antimony, PEtab and COMBINE archives, from the one System."""

from __future__ import annotations

from pathlib import Path

from ..scenario import Scenario

#: Export formats.
FORMATS = ("sbml", "antimony", "petab", "omex")


#: PEtab format versions written by ``petab`` (2 unless asked).
PETAB_VERSIONS = (1, 2)


def write_export(scenario: Scenario, format: str, out: Path, petab_version: int = 2) -> Path:
    """Write ``scenario`` in ``format`` (one of :data:`FORMATS`) to ``out`` (a file; a folder for petab).

    ``omex`` is a COMBINE archive: the SBML, a SED-ML time course with a report and a plot, and metadata.
    ``petab_version`` (1 or 2) picks the PEtab format; v2 carries the reproductive timeline as experiments.
    """
    if format == "sbml":
        from .sbml import write_sbml

        return write_sbml(scenario, out)
    if format == "antimony":
        from .antimony import write_antimony

        return write_antimony(scenario, out)
    if format == "petab":
        if petab_version not in PETAB_VERSIONS:
            raise ValueError(f"petab_version = {petab_version!r}; allowed: 1, 2")
        if petab_version == 1:
            from .petab import write_petab

            return write_petab(scenario, out)
        from .petab_v2 import write_petab_v2

        return write_petab_v2(scenario, out)
    if format == "omex":
        from .omex import write_omex

        return write_omex(scenario, out)
    raise ValueError(f"format = {format!r}; allowed: {', '.join(FORMATS)}")
