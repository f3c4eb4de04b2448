"""Closed registry of knockouts: each name zeroes the gene switches of the terms it removes.

A knockout never overrides an output: it sets a gene-switch parameter to 0,
and that switch multiplies the named terms of the equations.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Knockout:
    """A knockout: the gene switches it zeroes and what it models."""

    switches: tuple[str, ...]
    description: str


KNOCKOUTS: dict[str, Knockout] = {
    "mammary_pthrp": Knockout(("mammary_pthrp_gene",), "mammary-specific PTHrP deletion (VanHouten 2003 JCI 112:1429)"),
    "osteocyte_ctsk": Knockout(("osteocyte_ctsk_gene",), "cathepsin K deleted in osteocytes (Lotinun 2019 JCI 129:3058)"),
    "osteocyte_pth1r": Knockout(("osteocyte_pth1r_gene",), "PTH1R deleted in osteocytes (Qing 2012 JBMR 27:1018)"),
    "pth": Knockout(("pth_gene",), "parathyroidectomy or Pth-null (Kirby 2013 JBMR 28:1987)"),
    "cyp27b1": Knockout(("cyp27b1_gene",), "no 1-alpha-hydroxylase, no calcitriol"),
    "calcitonin": Knockout(("calcitonin_gene",), "Calca-null, no calcitonin (Woodrow 2006 Endocrinology 147:4010)"),
    "mammary_casr": Knockout(("mammary_casr_gene",), "mammary calcium-sensing receptor deleted (Mamillapalli 2013)"),
}


def switches_off(knockouts) -> dict[str, float]:
    """Gene-switch parameter values for a list of knockout names (unknown names raise KeyError)."""
    values: dict[str, float] = {}
    for name in knockouts:
        if name not in KNOCKOUTS:
            raise KeyError(f"unknown knockout {name!r}; allowed: {', '.join(KNOCKOUTS)}")
        values.update({switch: 0.0 for switch in KNOCKOUTS[name].switches})
    return values
