"""Parameters for rats: the mouse's rodent values with the sizes, milk and hormones of a lactating rat.

Reference state: a virgin adult female rat of about 250 g on 1% calcium chow.
Rats differ from mice and women in their parathyroid: PTH is raised, not
suppressed, in lactation (Garner 1987 J Bone Miner Res 2:347; Stadt & Layton
2023 J Theor Biol 111583 use about twice the virgin level). Here two
parameters carry it, not a special case: a weaker mammary PTHrP share of the
load (so serum calcium falls further and the parathyroid answers), and
suckling's rise of the secretion calcium cannot suppress (Garner, Boass &
Toverud 1989: PTH stays high in hypercalcaemic lactating rats). Values not
listed are the mouse's rodent values or, through them, the women's.
"""

import json
from dataclasses import replace
from pathlib import Path

from . import human, mouse
from .base import assumed, borrowed, calibrated, literature
from .derive import derive

CALIBRATED = json.loads(Path(__file__).with_name("calibrated_rat.json").read_text())
LITTER = 10  # pups of a standard rat litter
_MOUSE = {parameter.name: parameter for parameter in mouse.CHANGES}


def _per_pup(name: str, description: str):
    """A mouse per-pup drive rescaled to the rat's standard litter of 10."""
    parameter = _MOUSE[name]
    return replace(parameter, value=parameter.value * mouse.LITTER / LITTER,
                   source=f"{parameter.source}; shared among a rat litter of {LITTER}")


CHANGES = [
    *(parameter for name, parameter in _MOUSE.items() if name not in {
        "body_weight", "gestation_length", "prolactin_suckling_gain", "suckling_gnrh_inhibition_gain",
        "oxytocin_suckling_gain", "suckling_presence_half", "milk_volume_per_offspring",
        "milk_calcium_concentration", "milk_phosphorus_concentration", "mammary_pthrp_secretion_gain",
        "pthrp_nonmammary", "extracellular_volume", "exchangeable_bone_calcium_reference", "pth_reference",
        "calcitriol_reference", "glomerular_filtration_rate", "food_intake_reference", "lactation_food_intake_gain",
        "lactation_food_intake_ceiling",
        "diet_calcium_reference", "diet_phosphorus_reference", "endogenous_fecal_calcium_reference",
        "active_absorption_half_intake",
        "fetal_calcium_accretion_at_term", "skeletal_calcium_reference",
        "serum_calcium_reference", "prolactin_intestinal_gain", "estrogen_rankl_exponent",
        "ultrafilterable_calcium_fraction", "placental_estradiol_at_term", "placental_progesterone_at_term",
        "calcitriol_clearance_rate", "estradiol_reference", "serum_phosphate_reference"}),
    *(borrowed(name, _MOUSE[name].value, _MOUSE[name].unit, _MOUSE[name].description, "mice", _MOUSE[name].source)
      for name in ("placental_estradiol_at_term", "placental_progesterone_at_term")),
    assumed("prolactin_intestinal_gain", 0, "1", "prolactin stimulation of intestinal calcium transport",
            "in lactating rats prolactin raises absorption through calcitriol: bromocriptine lowered calcitriol and "
            "absorption together (J Endocrinol 1982 94:443); the rat's threefold intake carries the rest"),
    literature("body_weight", 0.25, "kg", "body weight of an adult female rat",
               "Sprague-Dawley females 250-300 g (NCKU laboratory animal centre physiology sheet)"),
    literature("gestation_length", 22, "d", "gestation", "Animal Resources Centre table: 21-23 d"),
    _per_pup("prolactin_suckling_gain", "mean prolactin raised by suckling"),
    _per_pup("suckling_gnrh_inhibition_gain", "neural inhibition of GnRH by suckling"),
    _per_pup("oxytocin_suckling_gain", "mean oxytocin raised by suckling"),
    assumed("suckling_presence_half", 0.02 * LITTER, "1", "milk removal that keeps half the gland from involuting",
            "the women's value (0.02 infant) in pups of a litter of 10"),
    literature("milk_volume_per_offspring", 0.0037, "L/d", "milk drunk per pup",
               "rat milk yield 29.5 mL/d for 8 pups at day 10 (J Pediatr Gastroenterol Nutr, pup-weight method; "
               "rodent_and_drug_sources.md A3)"),
    assumed("milk_calcium_concentration", 3000, "mg/L", "calcium in rat milk",
            "rat milk ash 1.4% (J Nutr 1954 54:345) with calcium about a fifth of the ash"),
    assumed("milk_phosphorus_concentration", 1800, "mg/L", "phosphorus in rat milk",
            "the women's milk calcium:phosphorus ratio (1.7 by mass) applied to rat milk calcium"),
    assumed("mammary_pthrp_secretion_gain", _MOUSE["mammary_pthrp_secretion_gain"].value * mouse.LITTER / LITTER,
            "pmol/L", "mammary PTHrP in blood per nursed pup at full drive",
            "the mouse's value calibrated to its measured PTHrP (C4), shared among a rat litter of 10: no rat "
            "measurement of lactational PTHrP was found"),
    calibrated("estrogen_rankl_exponent", CALIBRATED, "1",
               "RANKL rise per estrogen deficiency; it multiplies the response to PTH1R ligands",
               "S8 (rat skeletal mineral at weaning)"),
    assumed("pthrp_nonmammary", 0.73, "pmol/L", "circulating PTHrP not from the breast", "as in mice"),
    literature("extracellular_volume", 0.055, "L", "extracellular fluid volume",
               "22% of body weight: carcass sodium and chloride, corrected for the ions outside the extracellular "
               "space, put the extracellular volume of a 220-g rat at 21.8% of body weight (32% of body water) "
               "('The distribution of sodium and chloride and the extracellular fluid volume in the rat', abstract; "
               "authors and journal not seen)"),
    literature("serum_calcium_reference", 2.5, "mmol/L", "total serum calcium of a virgin rat",
               "Toverud 1976 Endocrinology 99:371: about 10 mg/dL in non-lactating rats"),
    assumed("exchangeable_bone_calcium_reference", 12, "mg", "rapidly exchangeable bone calcium",
            "the women's share of skeletal calcium (0.4%) applied to the rat skeleton"),
    literature("pth_reference", 1.7, "pmol/L", "serum intact PTH of a virgin rat",
               "Garner 1987 J Bone Miner Res 2:347: 16.1 pg/mL in non-lactating rats on 0.4% calcium"),
    literature("calcitriol_reference", 70, "pmol/L", "serum calcitriol of a virgin rat",
               "28 +/- 3 pg/mL in non-mated rats (rodent_and_drug_sources.md A4); 26 pg/mL in control adult females, "
               "86 pg/mL late in pregnancy and 158 pg/mL at the peak of lactation (Halloran, Barthell & DeLuca 1979 "
               "Proc Natl Acad Sci USA 76:5549): 26-28 pg/mL is 62-67 pmol/L"),
    literature("glomerular_filtration_rate", 2.12, "L/d", "glomerular filtration rate",
               "inulin clearance of undisturbed, unanaesthetised rats on chow, 0.59 mL/min per 100 g ('Urea and "
               "inulin clearances in undisturbed, unanesthetized rats', abstract); conscious Sprague-Dawley rats "
               "5.65 mL/min/kg (Radin, Fettman & Wilke 1986 J Am Vet Med Assoc 189:1044): 1.47 mL/min at 250 g"),
    literature("ultrafilterable_calcium_fraction", 0.71, "1", "ultrafilterable share of serum calcium",
               mouse.ULTRAFILTERABLE_SOURCE),
    assumed("food_intake_reference", 17, "g/d", "chow eaten by a virgin rat",
            "between the Animal Resources Centre table's about 15 g/d and NCKU's 10 g/100 g/d (25 g/d at 250 g)"),
    assumed("lactation_food_intake_gain", 0.2, "1", "rise of food intake per pup of milk made",
            "the fold-rise of intake shared among the pups: Toverud 1976 Endocrinology 99:371 found the calcium "
            "intake of lactating rats 3x that of non-lactating; 1 + 0.2 x 10 pups = 3"),
    assumed("diet_calcium_reference", 170, "mg/d", "calcium eaten by a virgin rat on 1% chow", "17 g/d of 1% chow"),
    assumed("diet_phosphorus_reference", 7 * 17, "mg/d", "phosphorus eaten in the reference state",
            "the usual 0.7% chow times the 17 g/d a virgin rat eats"),
    assumed("suckling_pth_floor_gain", 0.081, "1", "rise of the non-suppressible PTH secretion per suckled offspring",
            "Garner, Boass & Toverud J Bone Miner Res 4 (1989): lactating rats on 1.2% calcium keep PTH 81% above "
            "non-mated controls on the same diet at ionized calcium 1.77 against 1.46 mmol/L, both far above the "
            "set point, so the floor itself is 1.81x; shared among a litter of 10, the size the abstract does not "
            "give; Garner 1987 J Bone Miner Res 2:347: PTH higher with 10-15 pups than with 3"),
    human.one_pthrp_potency_at_cyp27b1("rat"),
    assumed("cyp27b1_constitutive_share", human.CYP27B1_CONSTITUTIVE_SHARE, "1",
            "share of the reference 1-alpha-hydroxylase activity made without PTH1R",
            "computed here from the parameters of a rat model, not measured: " + human.CYP27B1_CONSTITUTIVE_SOURCE),
    assumed("pth_calcitriol_catabolism_sensitivity", 0.2 * 6.288, "1",
            "PTH1R's restraint of calcitriol catabolism (restraint at the reference)",
            "computed here from the parameters of a rat model, not measured: "
            + human.PTH_CALCITRIOL_CATABOLISM_SOURCE),
    assumed("cyp27b1_calcium_sensitivity", 0.36, "1",
            "PTH-independent restraint of 1-alpha-hydroxylase by ionized calcium (restraint at the reference)",
            "computed here from the parameters of a rat model, not measured: " + human.CYP27B1_CALCIUM_SOURCE),
    literature("calcitriol_clearance_rate", 2.8, "1/d", "calcitriol clearance (half-life ~6 h)",
               mouse.CALCITRIOL_CLEARANCE_SOURCE),
    literature("estradiol_reference", mouse.ESTRADIOL_SCALE * 100, "pg/mL",
               "cycle-mean serum estradiol of a cycling female",
               "Smith, Freeman & Neill 1975 Endocrinology 96:219 (4-day cycle, decapitated rats): estradiol 7 pg/mL "
               "at baseline, 15-20 pg/mL from dioestrus 1 to the afternoon of dioestrus 2, a peak of 40-50 pg/mL at "
               "09:00 on pro-oestrus, back to baseline by oestrus; weighted over the 4 days, about 15-20 pg/mL"),
    literature("proximal_calcium_fraction", 0.594, "1", "share of filtered calcium reabsorbed in the proximal tubule",
               "Stadt & Layton 2023 J Theor Biol 111583, virgin female rat (after Granjon, Bonny & Edwards 2016 Am "
               "J Physiol Renal 311:F1047)"),
    literature("thick_limb_calcium_fraction_reference", 0.21, "1",
               "share of filtered calcium reabsorbed in the thick ascending limb at the reference calcium",
               "Stadt & Layton 2023 J Theor Biol 111583, virgin female rat (after Granjon 2016)"),
    assumed("endogenous_fecal_calcium_reference", 39.5, "mg/d", "endogenous faecal calcium",
            "as in mice: what the virgin rat absorbs on 1% chow (42.5 mg/d) less its urine at the women's "
            "fractional excretion (about 2% of the ~151 mg/d its kidneys filter)"),
    assumed("active_absorption_half_intake", 68, "mg/d", "intake half-saturating active absorption",
            "the women's ratio to reference intake (0.4) applied to rat intake"),
    assumed("fetal_calcium_accretion_at_term", 30, "mg/d", "fetal calcium accretion of a litter at term",
            "the fetuses of a rat litter hold about 130 mg calcium at term, most of it supplied from the dam's bones "
            "over the last days of gestation ('Effects of various levels of dietary calcium during pregnancy on "
            "maternal calcium utilization and fetal growth in rats', abstract; authors and journal not seen): "
            "130 mg laid down mostly over the last ~5 days is about 26 mg/d on average, more at term"),
    assumed("skeletal_calcium_reference", 3.1, "g", "calcium in the skeleton of an adult female rat",
            "total-body calcium 1.12% of body weight in control rats (Calcif Tissue Res 1975 17:303) applied to a "
            "280-g rat (rodent_and_drug_sources.md A1): 2.8 g at this rat's 250 g"),
]

PARAMETERS = derive(human.PARAMETERS, "rats", CHANGES)
