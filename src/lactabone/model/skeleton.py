"""Skeleton arm: trabecular and cortical mineral by site, whole-skeleton calcium, microarchitecture, strength.

Each compartment's mineral changes with the balance of formation and
resorption, at the compartment's own turnover rate (trabecular bone turns
over several times faster than cortical bone, and vertebral cancellous bone
faster than femoral; Parfitt 1983; Manolagas 2000 Endocr Rev 21:115):

    mineral_deposition = bone_formation * (Ca_ionized/ref)^a * (phosphate/ref)^b
    d {site}_trabecular_mineral/dt = {site}_trabecular_turnover * mineral * (mineral_deposition - bone_resorption)
    d {site}_cortical_mineral/dt   = {site}_cortical_turnover   * mineral * (mineral_deposition - bone_resorption)
    {site}_bmd_relative = f M_trabecular + (1 - f) M_cortical (1 - lacunar_volume_fraction (lacunar_area - 1))

Sites are regions of the one skeleton; the whole-skeleton calcium
(trabecular_calcium + cortical_calcium, in g) is what exchanges with blood:

    skeletal_calcium_release = -d(skeletal_calcium)/dt   [mg/d], exactly, so calcium is conserved.

Trabeculae perforated during intense resorption are not rebuilt (Parfitt
1987); the survivors thicken instead, so trabecular number can stay low after
weaning while mass and strength return. Strength follows apparent density
squared (Carter & Hayes 1977 J Bone Joint Surg Am 59:954).
"""

import sympy as sp

from .core import Arm, p, positive_part, v

#: Skeletal sites with trabecular and cortical compartments.
SITES = ("spine", "hip", "femoral_neck", "radius", "femur")


def _parameter(name: str) -> sp.Symbol:
    return sp.Symbol(name, real=True)


def build() -> Arm:
    """Declare the skeleton arm."""
    arm = Arm("skeleton", __doc__)
    resorption = v.bone_resorption
    mineralization = arm.term(
        "mineralization_calcium_dependence",
        (v.serum_ionized_calcium / p.serum_ionized_calcium_reference) ** p.mineralization_calcium_exponent
        * (v.serum_phosphate / p.serum_phosphate_reference) ** p.mineralization_phosphate_exponent, "1",
        "new osteoid mineralises faster when the calcium-phosphate product is higher")
    formation = arm.term("mineral_deposition", v.bone_formation * mineralization, "1",
                         "mineral laid down by osteoblasts, relative")
    lacunar_area = v.lacunar_area
    lacunar_mineral_kept = arm.term(
        "lacunar_mineral_kept", 1 - p.lacunar_volume_fraction * (lacunar_area - 1), "1",
        "share of cortical mineral left after lacunar enlargement")

    for site in SITES:
        fraction = _parameter(f"{site}_trabecular_fraction")
        compartments = {}
        for kind in ("trabecular", "cortical"):
            name = f"{site}_{kind}_mineral"
            mineral = arm.state(name, "1", f"{kind} mineral at the {site.replace('_', ' ')}, relative")
            arm.rate(name, _parameter(f"{site}_{kind}_turnover") * mineral * (formation - resorption))
            compartments[kind] = mineral
        arm.term(
            f"{site}_bmd_relative",
            fraction * compartments["trabecular"] + (1 - fraction) * compartments["cortical"] * lacunar_mineral_kept,
            "1", f"{site.replace('_', ' ')} areal BMD relative to the pre-pregnant state")
        arm.term(
            f"{site}_strength_relative",
            fraction * compartments["trabecular"] ** 2
            + (1 - fraction) * (compartments["cortical"] * lacunar_mineral_kept) ** 2,
            "1", f"{site.replace('_', ' ')} strength relative to the pre-pregnant state (density squared)")

    trabecular = arm.state("trabecular_calcium", "g", "calcium in trabecular bone, whole skeleton",
                           p.skeletal_calcium_reference * p.whole_body_trabecular_fraction)
    cortical = arm.state("cortical_calcium", "g", "calcium in cortical bone, whole skeleton",
                         p.skeletal_calcium_reference * (1 - p.whole_body_trabecular_fraction))
    trabecular_balance = arm.term(
        "trabecular_remodeling_balance", p.whole_body_trabecular_turnover * trabecular * (formation - resorption),
        "g/d", "net trabecular mineral gain, whole skeleton")
    cortical_balance = arm.term(
        "cortical_remodeling_balance", p.whole_body_cortical_turnover * cortical * (formation - resorption),
        "g/d", "net cortical mineral gain, whole skeleton")
    arm.rate("trabecular_calcium", trabecular_balance)
    arm.rate("cortical_calcium", cortical_balance)
    skeletal = arm.term("skeletal_calcium", trabecular + cortical * lacunar_mineral_kept, "g",
                        "calcium in the whole skeleton")
    lacunar_rate = v.osteocytic_osteolysis - v.lacunar_refill
    arm.term(
        "skeletal_calcium_release",
        -p.milligrams_per_gram * (trabecular_balance + cortical_balance * lacunar_mineral_kept
                                - cortical * p.lacunar_volume_fraction * lacunar_rate),
        "mg/d", "net calcium flux out of the skeleton")
    arm.term("skeletal_mineral_relative", skeletal / p.skeletal_calcium_reference, "1",
             "whole-skeleton mineral relative to the reference skeleton")

    number = arm.state("trabecular_number", "1", "trabecular number, relative")
    arm.rate("trabecular_number", -p.trabecular_perforation_rate * number * positive_part(resorption - formation))
    arm.term("trabecular_thickness", v.radius_trabecular_mineral / number, "1",
             "mean trabecular thickness at the distal radius, relative")
    porosity = p.cortical_porosity_reference
    arm.term(
        "cortical_porosity",
        (1 - (1 - porosity) * v.radius_cortical_mineral * lacunar_mineral_kept) / porosity, "1",
        "cortical porosity at the distal radius, relative")
    return arm
