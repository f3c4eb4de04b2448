"""Checks that a parameter set's reference state can exist, run before any solving.

Each parameter has its own range (``ranges.py``), but the reference state is
built from several of them together: the gut's transcellular share is the
reference absorption above the paracellular one, and the kidney's distal
uptake is set so that urine carries what the gut absorbs beyond the digestive
juices' loss. Overrides that leave either at or below zero would make urine or
absorption negative, so they are refused in one line naming the field, its
value and the bound the other parameters set.
"""

from __future__ import annotations

from ..scenario.errors import ScenarioError


def check_reference_state(values: dict[str, float], overridden: set[str]) -> None:
    """Raise :class:`ScenarioError` if the reference gut or kidney would need a negative flux."""
    passive = values["passive_absorption_fraction"]
    absorption = values["fractional_calcium_absorption_reference"]
    if absorption <= passive:
        _refuse(overridden, ("fractional_calcium_absorption_reference", "passive_absorption_fraction"),
                values, f"the reference absorption must exceed the paracellular share ({absorption:g} <= {passive:g})")
    absorbed = absorption * values["diet_calcium_reference"]
    lost = values["endogenous_fecal_calcium_reference"]
    if absorbed <= lost:
        _refuse(overridden, ("endogenous_fecal_calcium_reference", "fractional_calcium_absorption_reference",
                             "diet_calcium_reference"), values,
                f"the reference diet's absorbed calcium ({absorbed:g} mg/d) must exceed the digestive juices' loss "
                f"({lost:g} mg/d), or the reference urine is negative")
    filtered = (values["glomerular_filtration_rate"] * values["serum_calcium_reference"]
                * values["ultrafilterable_calcium_fraction"] * values["calcium_molar_mass"])
    delivered = filtered * (1 - values["proximal_calcium_fraction"] - values["thick_limb_calcium_fraction_reference"])
    if delivered <= absorbed - lost:
        _refuse(overridden, ("glomerular_filtration_rate", "proximal_calcium_fraction",
                             "thick_limb_calcium_fraction_reference", "fractional_calcium_absorption_reference",
                             "endogenous_fecal_calcium_reference"), values,
                f"the calcium reaching the distal tubule at rest ({delivered:g} mg/d) must exceed the reference urine "
                f"({absorbed - lost:g} mg/d), or distal uptake is negative")


def _refuse(overridden: set[str], involved: tuple[str, ...], values: dict[str, float], why: str) -> None:
    name = next((name for name in involved if name in overridden), involved[0])
    raise ScenarioError(f"parameters.{name} = {values[name]:g}: {why}")
