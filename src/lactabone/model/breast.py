"""Breast arm: secretory capacity, milk volume, the programmed milk calcium demand, mammary PTHrP.

Equations:

    d mammary_secretory_capacity/dt = (lactogenic_drive - capacity) / mammary_time_constant
        lactogenic_drive = suckling_presence * prolactin_permissiveness * progesterone_lactogenesis_block
    milk_volume   = milk_volume_per_offspring * nursing * capacity                     [L/d]
    milk_calcium_content = milk_calcium_concentration (1 + colostrum_calcium_excess (1 - capacity))   [mg/L]
        (colostrum, made before lactogenesis II is complete, is richer in calcium: cows)
    mammary_casr_calcium_transport = 1 - s + s mammary_casr_gene 2 a / (1 + a),  a = (ionized / reference)^h
        (the basolateral CaSR raises transcellular calcium transport into milk, VanHouten 2004 J Clin Invest
         113:598; without it milk calcium falls, Mamillapalli 2013 Endocrinology 154:3031; s =
         mammary_casr_calcium_transport_share, h = mammary_casr_hill, 1 at the reference calcium)
    milk_calcium  = milk_volume * milk_calcium_content * mammary_calcium_pump_saturation
                    * mammary_casr_calcium_transport                                   [mg/d]
    milk_phosphate = milk_volume * milk_phosphorus_concentration * pump saturation      [mg/d]
    mammary_pthrp_secretion = mammary_pthrp_secretion_gain * mammary_pthrp_gene * mammary_pthrp_production_scale
        * capacity * nursing * prolactin_pthrp_stimulation * estrogen_pthrp_restraint
        * mammary_casr_pthrp_suppression                                              [pmol/L]
    pthrp = pthrp_nonmammary + mammary_pthrp_secretion                                [pmol/L]

The milk's needs are met first (programmed demand, Kovacs 2019 JCI 129:3041):
the mammary calcium pump (PMCA2, Reinhardt 2004 J Biol Chem) is half-saturated
far below normal serum calcium. The mammary calcium-sensing receptor matches
milk calcium to the calcium available (VanHouten 2004 J Clin Invest
113:598): as maternal calcium falls it lets less calcium into milk and more
PTHrP into blood, and as calcium rises it clears the excess into milk;
deleting it lowers milk calcium and leaves the mother hypercalcaemic with low
PTH and more urinary calcium (Mamillapalli 2013 Endocrinology 154:3031).
PTHrP made in the breast is driven by suckling, prolactin and low estradiol
and suppressed by the mammary calcium-sensing receptor, and passes into milk
at high concentration (reported as ``milk_pthrp``; the neonate's response is
not modelled).
Progesterone withdrawal at delivery releases lactogenesis II (Neville 2001).
"""

from .core import Arm, hill, p, relaxation, saturation, v


def build() -> Arm:
    """Declare the breast arm."""
    arm = Arm("breast", __doc__)
    capacity = arm.state(
        "mammary_secretory_capacity", "1",
        "share of the milk demanded that the alveolar epithelium can make (0 before lactogenesis)", 0.0)

    presence = arm.term(
        "suckling_presence", v.nursing / (v.nursing + p.suckling_presence_half), "1",
        "milk removal by suckling keeps the secretory epithelium (stops involution)")
    permissive = arm.term(
        "prolactin_permissiveness", hill(v.prolactin, p.prolactin_lactogenic_half, 2), "1",
        "prolactin is required for milk synthesis")
    block = arm.term(
        "progesterone_lactogenesis_block",
        1 / (1 + (v.progesterone / p.progesterone_lactogenesis_half) ** 2), "1",
        "high progesterone of pregnancy blocks lactogenesis II")
    drive = arm.term("lactogenic_drive", presence * permissive * block, "1",
                     "capacity the gland moves towards")
    arm.rate("mammary_secretory_capacity", relaxation(drive, capacity, p.mammary_time_constant))

    milk_volume = arm.term(
        "milk_volume", p.milk_volume_per_offspring * v.nursing * capacity, "L/d",
        "milk made per day, all offspring")
    pump = arm.term(
        "mammary_calcium_pump_saturation",
        saturation(v.serum_ionized_calcium, p.mammary_calcium_pump_half_saturation, p.serum_ionized_calcium_reference),
        "1",
        "mammary calcium pump saturation by blood calcium, 1 at normal calcium")
    casr_activity = (v.serum_ionized_calcium / p.serum_ionized_calcium_reference) ** p.mammary_casr_hill
    casr_transport = arm.term(
        "mammary_casr_calcium_transport",
        1 - p.mammary_casr_calcium_transport_share
        + p.mammary_casr_calcium_transport_share * p.mammary_casr_gene * 2 * casr_activity / (1 + casr_activity),
        "1", "mammary calcium-sensing receptor: blood calcium raises calcium transport into milk, 1 at the "
             "reference calcium")
    content = arm.term(
        "milk_calcium_content", p.milk_calcium_concentration * (1 + p.colostrum_calcium_excess * (1 - capacity)),
        "mg/L", "calcium per litre of milk: colostrum richer until lactogenesis II is complete")
    arm.term("milk_calcium", milk_volume * content * pump * casr_transport, "mg/d",
             "calcium secreted into milk (programmed demand, matched to the calcium available)")
    arm.term("milk_phosphate", milk_volume * p.milk_phosphorus_concentration * pump
             * saturation(v.serum_phosphate, p.phosphate_transport_half_saturation, p.serum_phosphate_reference),
             "mg/d", "phosphorus secreted into milk, while the mother has it")

    prolactin_stimulation = arm.term(
        "prolactin_pthrp_stimulation", hill(v.prolactin, p.prolactin_pthrp_half, 1), "1",
        "prolactin stimulates mammary PTHrP")
    estrogen_restraint = arm.term(
        "estrogen_pthrp_restraint", 1 / (1 + v.estradiol / p.estradiol_pthrp_half_inhibition), "1",
        "estradiol restrains mammary PTHrP (low estradiol drives it)")
    casr = arm.term(
        "mammary_casr_pthrp_suppression", 1 / (1 + p.mammary_casr_gene * casr_activity), "1",
        "mammary calcium-sensing receptor: calcium delivered to the breast suppresses PTHrP")
    secretion = arm.term(
        "mammary_pthrp_secretion",
        p.mammary_pthrp_secretion_gain * p.mammary_pthrp_gene * p.mammary_pthrp_production_scale
        * capacity * v.nursing * prolactin_stimulation * estrogen_restraint * casr, "pmol/L",
        "PTHrP from the breast into blood (steady-state plasma contribution)")
    arm.term("pthrp", p.pthrp_nonmammary + secretion, "pmol/L", "circulating PTHrP")
    arm.term("milk_pthrp", p.milk_to_plasma_pthrp_ratio * secretion, "pmol/L",
             "PTHrP concentration in milk (reported, not acted on)")
    return arm
