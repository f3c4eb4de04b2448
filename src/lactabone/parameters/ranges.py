"""The physical range of every parameter, by name: overrides outside it are refused before solving.

The equations are shared by all species, so a range that keeps a divisor away
from zero or an exponent away from overflow belongs to the parameter's name,
not to a species: each range below contains the value of every species (a
test checks it). A name gets its range from :data:`RANGES` when it is listed
there, else from the first of :data:`RULES` that matches it (by name pattern,
unit or provenance). Adding a parameter means adding one line to
:data:`RANGES`, or letting a rule cover it.

Ranges are closed, ``low <= value <= high``; a ``low`` above zero marks a
parameter the equations divide by (or raise to a negative power), found by
walking the SymPy terms of :mod:`lactabone.model`.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass


@dataclass(frozen=True)
class Range:
    """Allowed values of a parameter, in its own unit, with the reason for the bounds."""

    low: float
    high: float
    reason: str

    def contains(self, value: float) -> bool:
        """Whether ``value`` lies within ``[low, high]``."""
        return self.low <= value <= self.high

    def text(self) -> str:
        """The range as ``from LOW to HIGH`` (``LOW`` alone when both are equal)."""
        if self.low == self.high:
            return f"{self.low:g} only"
        return f"from {self.low:g} to {self.high:g}"


DIVISOR = "divides a term, so zero is refused"
YEARS_100 = 36500.0
"""A hundred years in days: no time constant of a mother's physiology is longer."""

#: Ranges by parameter name (one line per parameter).
RANGES: dict[str, Range] = {
    # reproductive timeline
    "gestation_length": Range(10, 400, "days of gestation: a mouse's 19 to a cow's 280, with room"),
    "lactation_curve_exponent": Range(0, 2, "Wood's b: above 2 the curve's power of the day overflows"),
    "lactation_peak_day": Range(0.5, 400, "day of peak milk, " + DIVISOR),
    "prepartum_secretion_days": Range(0, 30, "days of milk secretion before delivery"),
    "parity": Range(1, 10, "lactation number, as the [cow] table allows"),
    "parity_adaptation_decline": Range(0, 0.5, "share of adaptation speed lost per lactation, at most half"),
    "first_lactation_peak_ratio": Range(0.3, 1.5, "heifer's peak milk over a mature cow's"),
    # body and fluid sizes
    "body_weight": Range(0.005, 1500, "kg: a 5 g mouse to a 1.5 t cow; " + DIVISOR),
    "extracellular_volume": Range(0.001, 300, "L of extracellular fluid; " + DIVISOR),
    "glomerular_filtration_rate": Range(0.01, 10000, "L/d; " + DIVISOR),
    "food_intake_reference": Range(0.1, 100000, "g/d of food; " + DIVISOR),
    "skeletal_calcium_reference": Range(0.01, 100000, "g of calcium in the skeleton; " + DIVISOR),
    "exchangeable_bone_calcium_reference": Range(0.01, 1e6, "mg of exchangeable bone calcium; " + DIVISOR),
    "milk_volume_per_offspring": Range(1e-5, 100, "L/d of full milk per offspring; " + DIVISOR),
    "milk_calcium_concentration": Range(10, 10000, "mg/L of calcium in milk (women 260, mice 4700)"),
    "milk_phosphorus_concentration": Range(10, 10000, "mg/L of phosphorus in milk"),
    "milk_to_plasma_pthrp_ratio": Range(1, 1e6, "PTHrP in milk over plasma (about 10,000)"),
    # serum references: physiological set points, so a typo (2350 for 2.35) is refused
    "serum_calcium_reference": Range(1.5, 3.5, "mmol/L total calcium at rest; " + DIVISOR),
    "serum_ionized_calcium_reference": Range(0.7, 1.8, "mmol/L ionized calcium at rest; " + DIVISOR),
    "serum_phosphate_reference": Range(0.3, 4, "mmol/L phosphate at rest; " + DIVISOR),
    "pth_calcium_set_point": Range(0.7, 1.8, "mmol/L ionized calcium at half-maximal PTH; " + DIVISOR),
    "ultrafilterable_calcium_fraction": Range(0.3, 0.9, "share of serum calcium not bound to protein; " + DIVISOR),
    "calcitriol_reference": Range(10, 1000, "pmol/L at rest; " + DIVISOR),
    "pth_reference": Range(0.1, 100, "pmol/L at rest"),
    "pthrp_nonmammary": Range(0, 20, "pmol/L of PTHrP from outside the breast"),
    "calcitonin_reference": Range(0.1, 1000, "pg/mL at rest; " + DIVISOR),
    "estradiol_reference": Range(1, 1000, "pg/mL, cycle mean; " + DIVISOR),
    "estradiol_nonovarian": Range(0, 100, "pg/mL made outside the ovary"),
    "progesterone_reference": Range(0.1, 100, "ng/mL, cycle mean"),
    "prolactin_reference": Range(0.5, 500, "ng/mL at rest; " + DIVISOR),
    "oxytocin_reference": Range(0.1, 500, "pg/mL at rest; " + DIVISOR),
    "lh_reference": Range(0.1, 200, "IU/L at rest; " + DIVISOR),
    "fsh_reference": Range(0.1, 200, "IU/L at rest"),
    "placental_estradiol_at_term": Range(0, 100000, "pg/mL"),
    "placental_progesterone_at_term": Range(0, 1000, "ng/mL"),
    "cortical_porosity_reference": Range(0.01, 0.5, "porosity of cortical bone; " + DIVISOR),
    "diet_calcium_reference": Range(0.1, 1e6, "mg/d, the species' usual intake"),
    "fractional_calcium_absorption_reference": Range(
        0.02, 0.9, "share of diet calcium absorbed at rest; near zero the gut term turns negative"),
    "active_absorption_half_intake": Range(0.1, 1e6, "mg/d of intake at half-saturated active absorption"),
    "endogenous_fecal_calcium_reference": Range(0, 100000, "mg/d lost in digestive juices"),
    # the proximal tubule and the thick limb at its most never take the whole filtered load
    "proximal_calcium_fraction": Range(0, 0.65, "share of filtered calcium; with the thick limb's most, below 1"),
    "thick_limb_calcium_fraction_reference": Range(0, 0.23, "share of filtered calcium; with the proximal "
                                                            "tubule's, below 1"),
    "thick_limb_casr_reserve": Range(0, 0.5, "rise of the thick limb's share, at most half again"),
    # half-effects that divide
    "estradiol_pthrp_half_inhibition": Range(0.1, 1000, "pg/mL; " + DIVISOR),
    "estrogen_bone_half_effect": Range(0.1, 1000, "pg/mL; raised to a power, so zero is refused"),
    "progesterone_feedback_half": Range(0.01, 1000, "ng/mL; " + DIVISOR),
    "progesterone_lactogenesis_half": Range(0.01, 1000, "ng/mL; " + DIVISOR),
    "prolactin_gnrh_half_inhibition": Range(0.1, 10000, "ng/mL; " + DIVISOR),
    "osteolysis_half_drive": Range(0.01, 100, "drive at half-maximal osteolysis; raised to a power"),
    "denosumab_rankl_half_inhibition": Range(1e-6, 100, "mg/L; " + DIVISOR),
    "opg_fc_rankl_half_inhibition": Range(1e-6, 100, "mg/L; " + DIVISOR),
    "alendronate_bone_half_effect": Range(1e-6, 100, "mg/kg; " + DIVISOR),
    "zoledronate_bone_half_effect": Range(1e-6, 100, "mg/kg; " + DIVISOR),
    "denosumab_volume": Range(0.001, 10, "L/kg; " + DIVISOR),
    "opg_fc_volume": Range(0.001, 10, "L/kg; " + DIVISOR),
    "calcitonin_volume": Range(0.001, 10, "L/kg; " + DIVISOR),
    "oral_calcium_bioavailability_oral": Range(0.001, 1, "share absorbed; " + DIVISOR),
    "mineralization_maximum_gain": Range(1.01, 100, "fold; the saturation term divides by its excess over 1"),
    "mineralization_saturation_sharpness": Range(0.1, 100, "exponent that also divides, so zero is refused"),
    "distal_calcium_transport_splay": Range(0.5, 20, "exponent that also divides, so zero is refused"),
    "phosphate_transport_splay": Range(0.5, 20, "exponent that also divides, so zero is refused"),
    "phosphate_excretion_fraction_reference": Range(0.001, 0.99, "share of the filtered phosphorus excreted; it "
                                                               "divides, and at 1 the tubule takes none back"),
    "pregnancy_gfr_half_gestation": Range(0.001, 10, "fraction of gestation; it divides at conception, so zero is "
                                                     "refused"),
    "pregnancy_intestinal_half_gestation": Range(0.001, 10, "fraction of gestation; it divides at conception, so "
                                                            "zero is refused"),
    "phosphate_absorption_fraction": Range(0, 0.99, "share of the phosphorus eaten; at 1 nothing would be left for "
                                                   "calcitriol-induced transport to take"),
    "lactation_food_intake_ceiling": Range(1e-3, 1e9, "g/d; the food a mother eats cannot exceed it"),
    "mammary_calcium_pump_half_saturation": Range(1e-4, 10, "mmol/L"),
    "placental_calcium_pump_half_saturation": Range(1e-4, 10, "mmol/L"),
    "phosphate_transport_half_saturation": Range(1e-4, 10, "mmol/L"),
    "lacunar_area_maximum": Range(1.01, 10, "fold; the matrix left divides by its excess over 1"),
    "remodeling_space_days": Range(1, 3650, "divides the net remodeling balance: a cavity stays open from a day "
                                           "to years"),
    "cavity_fill_half_space": Range(0.01, 100, "half-saturation of cavity refilling, relative to the resting "
                                               "remodeling space"),
    "dcad_reference": Range(-500, 1000, "mEq/kg of ration dry matter (0 where not used)"),
    "oral_calcium_anion_content": Range(0, 1, "mmol of anion per mg of calcium salt"),
    "picograms_per_milligram": Range(1e9, 1e9, "a unit conversion"),
}

#: Rules for names not in RANGES, tried in order: (name pattern, unit or None, provenance or None, range).
RULES: tuple[tuple[str, str | None, str | None, Range], ...] = (
    ("*", None, "switch", Range(0, 1, "a gene switch: 1 present, 0 knocked out, between them partial")),
    ("*", None, "constant", Range(0, 0, "a physical constant: not overridable")),
    ("*_time_constant", "d", None, Range(0.01, YEARS_100, "days; " + DIVISOR)),
    ("*_fraction", "1", None, Range(0, 1, "a share of a whole")),
    ("*_share", "1", None, Range(0, 1, "a share of a whole")),
    ("*_bioavailability_*", "1", None, Range(0, 1, "a share of the dose absorbed")),
    ("*_maximum_inhibition", "1", None, Range(0, 1, "a share of the activity removed")),
    ("*exponent", "1", None, Range(0, 20, "an exponent: higher ones overflow the terms they shape")),
    ("*_hill", "1", None, Range(0, 60, "a Hill coefficient (PTH's is 30); higher ones overflow")),
    ("*", "1/d", None, Range(0, 1000, "a rate per day (the fastest drug clearance is about 100/d)")),
    ("*", "1", None, Range(0, 1000, "a gain, potency or sensitivity: dimensionless, non-negative")),
    ("*", None, None, Range(0, 1e6, "non-negative, in its own unit (no tighter bound recorded yet)")),
)


def range_of(name: str, unit: str, provenance: str, value: float) -> Range:
    """The allowed range of a parameter: its line in :data:`RANGES`, else the first matching rule.

    Parameters
    ----------
    name, unit, provenance : the parameter's name, unit and kind of source.
    value : its value [its unit]; a constant's range is this value alone.
    """
    if name in RANGES:
        return RANGES[name]
    for pattern, rule_unit, rule_provenance, found in RULES:
        if (fnmatch.fnmatchcase(name, pattern) and rule_unit in (None, unit)
                and rule_provenance in (None, provenance)):
            if rule_provenance == "constant":
                return Range(value, value, found.reason)
            return found
    raise LookupError(f"no range rule matches parameter {name!r}")  # the last rule matches every name
