"""Calcium ledger: cumulative calcium in and out of the mother, for the mass balance.

    d cumulative_calcium_absorbed/dt = gut_calcium_absorbed          [mg/d]
    d cumulative_drug_calcium/dt     = drug_calcium_into_blood (calcium infused or given by mouth)
    d cumulative_urine_calcium/dt    = urine_calcium
    d cumulative_fecal_calcium/dt    = endogenous_fecal_calcium
    d cumulative_milk_calcium/dt     = milk_calcium
    d cumulative_fetal_calcium/dt    = fetal_calcium_transfer

Calcium is conserved when absorbed + drug calcium - (urine + faecal + milk + fetal) equals the
change in the mother's stores (extracellular + exchangeable + skeleton).
"""

from .core import Arm, v

#: Ledger state -> the flux it accumulates, and whether it enters (+1) or leaves (-1) the mother.
LEDGER = {
    "cumulative_calcium_absorbed": ("gut_calcium_absorbed", +1),
    "cumulative_drug_calcium": ("drug_calcium_into_blood", +1),
    "cumulative_urine_calcium": ("urine_calcium", -1),
    "cumulative_fecal_calcium": ("endogenous_fecal_calcium", -1),
    "cumulative_milk_calcium": ("milk_calcium", -1),
    "cumulative_fetal_calcium": ("fetal_calcium_transfer", -1),
}


def build() -> Arm:
    """Declare the ledger arm."""
    arm = Arm("ledger", __doc__)
    for state_name, (flux, _sign) in LEDGER.items():
        arm.state(state_name, "mg", f"calcium accumulated from {flux.replace('_', ' ')}", 0.0)
        arm.rate(state_name, getattr(v, flux))
    return arm
