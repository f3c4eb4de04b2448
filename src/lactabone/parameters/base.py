"""The parameter record: value, unit, description and provenance."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: Kinds of provenance. ``literature``: measured and cited. ``calibrated``:
#: fitted by ``lactabone calibrate`` to the named calibration target.
#: ``assumed``: a structural choice (a shape, a sensitivity) no measurement
#: pins down yet; listed as such so a user can see what rests on judgement.
#: ``constant``: a physical constant. ``switch``: a gene switch (1 = present).
Provenance = Literal["literature", "calibrated", "assumed", "constant", "switch"]


@dataclass(frozen=True)
class Parameter:
    """One model parameter.

    Parameters
    ----------
    name : the symbol used in the equations.
    value : the value, in ``unit``.
    unit : the unit, in the spelling of the output table (``mmol/L``, ``1/d``).
    description : what the parameter means.
    provenance : the kind of source (see :data:`Provenance`).
    source : the citation (author year, journal, what was measured), the
        calibration target id, or the reason for an assumption.
    borrowed_from : for an ``assumed`` value that leans on a measurement in
        another species, that species (e.g. ``"women"``, ``"rats"``); None otherwise.
    low, high : the physical range overrides must stay within, in ``unit``
        (filled from :mod:`lactabone.parameters.ranges` by ``parameter_set``).
    range_reason : why the range is what it is.
    """

    name: str
    value: float
    unit: str
    description: str
    provenance: Provenance
    source: str
    borrowed_from: str | None = None
    low: float | None = None
    high: float | None = None
    range_reason: str = ""


def literature(name, value, unit, description, source) -> Parameter:
    """A parameter measured in the cited study."""
    return Parameter(name, float(value), unit, description, "literature", source)


def calibrated(name, stored: dict, unit, description, target) -> Parameter:
    """A parameter fitted to a calibration target by ``lactabone calibrate`` (value read from ``stored``)."""
    return Parameter(name, float(stored[name]), unit, description, "calibrated",
                     f"calibrated to {target} by `lactabone calibrate`")


def assumed(name, value, unit, description, reason) -> Parameter:
    """A structural parameter chosen by judgement, with the reason."""
    return Parameter(name, float(value), unit, description, "assumed", reason)


def borrowed(name, value, unit, description, species, source) -> Parameter:
    """A value measured in another species (``species``), assumed to hold in this one."""
    return Parameter(name, float(value), unit, description, "assumed", f"measured in {species}, assumed to hold: "
                     f"{source}", borrowed_from=species)


def constant(name, value, unit, description, source) -> Parameter:
    """A physical constant."""
    return Parameter(name, float(value), unit, description, "constant", source)


def switch(name, description) -> Parameter:
    """A gene switch: 1 when the gene is present, 0 in the knockout."""
    return Parameter(name, 1.0, "1", description, "switch", "gene present (1); knockouts set 0")
