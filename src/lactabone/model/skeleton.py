"""Skeleton arm: trabecular and cortical mineral by site, whole-skeleton calcium, microarchitecture, strength.

Each compartment's mineral changes with the balance of formation and
resorption, at the compartment's own turnover rate (trabecular bone turns
over several times faster than cortical bone, and vertebral cancellous bone
faster than femoral; Parfitt 1983; Manolagas 2000 Endocr Rev 21:115):

    mineral_deposition = bone_formation * c ((1 + G^-k) / (1 + (c/G)^k))^(1/k) * (phosphate/ref)^b
                         * remodeling_space (1 + K) / (remodeling_space + K),
        c = (Ca_ionized/ref)^a: deposition follows c up to normal calcium and levels off at G times normal above it;
        osteoblasts refill eroded cavities, so they lay down less as the cavities close (remodeling space, bone cells)
    d mineral/dt = turnover * mineral * (mineral_deposition - bone_resorption)   for every compartment

All compartments share the cellular balance, so each is solved exactly by
one state, the cumulative balance B (d):

    d net_remodeling_balance/dt = mineral_deposition - bone_resorption
    {site}_{trabecular|cortical}_mineral = exp({site}_{kind}_turnover * B)
    {site}_bmd_relative = f M_trabecular + (1 - f) M_cortical (1 - lacunar_volume_fraction (lacunar_area - 1))

Sites are regions of the one skeleton; the whole-skeleton calcium
(trabecular_calcium + cortical_calcium, in g) is what exchanges with blood:

    skeletal_calcium_release = -d(skeletal_calcium)/dt   [mg/d], exactly, so calcium is conserved.

Trabeculae perforated during intense resorption are not rebuilt (Parfitt
1987); the survivors thicken instead, so trabecular number can stay low after
weaning while mass and strength return. Strength follows apparent density
squared and stiffness (elastic modulus) density cubed (Carter & Hayes 1977
J Bone Joint Surg Am 59:954).
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
    calcium_drive = (v.serum_ionized_calcium / p.serum_ionized_calcium_reference) ** p.mineralization_calcium_exponent
    gain, sharpness = p.mineralization_maximum_gain, p.mineralization_saturation_sharpness
    mineralization = arm.term(
        "mineralization_calcium_dependence",
        calcium_drive * ((1 + gain**-sharpness) / (1 + (calcium_drive / gain) ** sharpness)) ** (1 / sharpness)
        * (v.serum_phosphate / p.serum_phosphate_reference) ** p.mineralization_phosphate_exponent, "1",
        "new osteoid mineralises faster when the calcium-phosphate product is higher, at most "
        "mineralization_maximum_gain times its normal rate")
    formation = arm.term(
        "mineral_deposition",
        v.bone_formation * mineralization * v.remodeling_space * (1 + p.cavity_fill_half_space)
        / (v.remodeling_space + p.cavity_fill_half_space), "1",
        "mineral laid down by osteoblasts, relative: they refill eroded cavities, and lay down less as the "
        "cavities close")
    lacunar_area = v.lacunar_area
    lacunar_mineral_kept = arm.term(
        "lacunar_mineral_kept", 1 - p.lacunar_volume_fraction * (lacunar_area - 1), "1",
        "share of cortical mineral left after lacunar enlargement")

    balance = arm.state(
        "net_remodeling_balance", "d",
        "cumulative net bone balance (mineral deposition minus resorption, relative) since the pre-pregnant state",
        0.0)
    arm.rate("net_remodeling_balance", formation - resorption)

    def compartment(name, turnover, description):
        return arm.term(name, sp.exp(turnover * balance), "1", description)

    for site in SITES:
        fraction = _parameter(f"{site}_trabecular_fraction")
        compartments = {
            kind: compartment(f"{site}_{kind}_mineral", _parameter(f"{site}_{kind}_turnover"),
                              f"{kind} mineral at the {site.replace('_', ' ')}, relative")
            for kind in ("trabecular", "cortical")}
        arm.term(
            f"{site}_bmd_relative",
            fraction * compartments["trabecular"] + (1 - fraction) * compartments["cortical"] * lacunar_mineral_kept,
            "1", f"{site.replace('_', ' ')} areal BMD relative to the pre-pregnant state")
        arm.term(
            f"{site}_strength_relative",
            fraction * compartments["trabecular"] ** 2
            + (1 - fraction) * (compartments["cortical"] * lacunar_mineral_kept) ** 2,
            "1", f"{site.replace('_', ' ')} strength relative to the pre-pregnant state (density squared)")
        arm.term(
            f"{site}_stiffness_relative",
            fraction * compartments["trabecular"] ** 3
            + (1 - fraction) * (compartments["cortical"] * lacunar_mineral_kept) ** 3,
            "1", f"{site.replace('_', ' ')} stiffness relative to the pre-pregnant state (density cubed)")

    trabecular = arm.term(
        "trabecular_calcium",
        p.skeletal_calcium_reference * p.whole_body_trabecular_fraction
        * sp.exp(p.whole_body_trabecular_turnover * balance), "g", "calcium in trabecular bone, whole skeleton")
    cortical = arm.term(
        "cortical_calcium",
        p.skeletal_calcium_reference * (1 - p.whole_body_trabecular_fraction)
        * sp.exp(p.whole_body_cortical_turnover * balance), "g", "calcium in cortical bone, whole skeleton")
    trabecular_balance = arm.term(
        "trabecular_remodeling_balance", p.whole_body_trabecular_turnover * trabecular * (formation - resorption),
        "g/d", "net trabecular mineral gain, whole skeleton")
    cortical_balance = arm.term(
        "cortical_remodeling_balance", p.whole_body_cortical_turnover * cortical * (formation - resorption),
        "g/d", "net cortical mineral gain, whole skeleton")
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
