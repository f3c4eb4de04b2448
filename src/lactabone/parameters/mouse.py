"""Parameters for mice: the women's equations with the values that differ in a lactating mouse.

Reference state: a virgin adult female mouse of about 25 g on 1% calcium
chow. ``nursing`` counts pups, so per-offspring gains are per pup. Values
not listed here are the women's, marked as such (``derive``). Sources are
collected in ``docs/notes/rodent_and_drug_sources.md``.
"""

import json
from math import log
from pathlib import Path

from . import human
from .base import assumed, borrowed, calibrated, literature
from .derive import derive

CALIBRATED = json.loads(Path(__file__).with_name("calibrated_mouse.json").read_text())
LN2 = log(2)
LITTER = 8  # pups: the litter the per-pup gains are scaled to
ESTRADIOL_SCALE = 0.15  # mouse / woman cycle-mean estradiol
ULTRAFILTERABLE_SOURCE = ("Lassiter, Gottschalk & Mylle 1963 Am J Physiol 204:771 (micropuncture of anaesthetised "
                          "rats given 45Ca): glomerular fluid:plasma calcium 0.71")
CALCITRIOL_CLEARANCE_SOURCE = (
    "second-phase plasma half-life of tracer 3H-1,25(OH)2D3 in control rats 4.9 h, 8.0 h (49-65 d old), 9.1 h "
    "(sham-operated) and 11.0 h, 4.7 h in 25-35-d-old rats ('Effect of dietary mineral and vitamin D content and "
    "parathyroidectomy on the plasma disappearance rate of 1,25-dihydroxy vitamin D3 in rats', abstract; authors and "
    "journal not seen): 2.8/d is a half-life of 5.9 h, within the controls' 4.9-11.0 h")


def _per_pup(name: str, unit: str, description: str):
    """A women's per-infant drive shared among the pups of a standard litter."""
    value = next(parameter.value for parameter in human.PARAMETERS if parameter.name == name) / LITTER
    return assumed(name, value, unit, description + " (per pup)",
                   f"the women's value for one infant shared among a litter of {LITTER}: suckling a litter "
                   "drives the neuroendocrine reflexes about as much as one infant does")


CHANGES = [
    literature("body_weight", 0.025, "kg", "body weight of an adult female mouse",
               "Animal Resources Centre (W. Australia) biology table: adult female 20-35 g"),
    literature("gestation_length", 19.5, "d", "gestation", "Animal Resources Centre table: 19-21 d"),
    # --- brain ---------------------------------------------------------------
    *human.rescaled_estradiol(ESTRADIOL_SCALE, "rodent serum estradiol runs several-fold below women's (roughly "
                              "5-40 pg/mL over the estrous cycle against 50-250 pg/mL over the menstrual cycle)"),
    literature("placental_estradiol_at_term", 40, "pg/mL", "serum estradiol in late pregnancy",
               "mouse pregnancy estradiol 20-70 pg/mL (ovarian; the rodent placenta makes little estrogen)"),
    literature("placental_progesterone_at_term", 60, "ng/mL", "serum progesterone in late pregnancy",
               "mouse luteal progesterone 40-80 ng/mL in late pregnancy"),
    _per_pup("prolactin_suckling_gain", "ng/mL", "mean prolactin raised by suckling"),
    _per_pup("suckling_gnrh_inhibition_gain", "1", "neural inhibition of GnRH by suckling"),
    _per_pup("oxytocin_suckling_gain", "pg/mL", "mean oxytocin raised by suckling"),
    assumed("gnrh_time_constant", 1, "d", "time for GnRH pulses to adjust",
            "LH pulses are absent while a litter suckles and return within 72 h of pup removal in lactating rats "
            "(McNeilly 1994 Reprod Fertil Dev 6:431; Smith & Grove 2002 Front Neuroendocrinol 23:75): about a day"),
    assumed("ovarian_time_constant", 2, "d", "time for follicles to answer gonadotropins",
            "the rodent estrous cycle lasts 4-5 d against women's ~14-d follicular phase: the women's 20 d scaled"),
    assumed("suckling_presence_half", 0.02 * LITTER, "1", "milk removal that keeps half the gland from involuting",
            "the women's value (0.02 infant) in pups of a litter of 8"),
    # --- breast --------------------------------------------------------------
    literature("milk_volume_per_offspring", 0.00096, "L/d", "milk drunk per pup",
               "tritiated-water turnover in suckling mice: 0.96 mL/pup/d at day 10, independent of litter size "
               "(rodent_and_drug_sources.md A3)"),
    literature("milk_calcium_concentration", 4700, "mg/L", "calcium in mouse milk",
               "VanHouten 2003 J Clin Invest 112:1429 (Fig 3f): 4.7 +/- 0.8 mg/mL in lactating controls"),
    assumed("milk_phosphorus_concentration", 2800, "mg/L", "phosphorus in mouse milk",
            "the women's milk calcium:phosphorus ratio (1.7 by mass) applied to mouse milk calcium"),
    calibrated("mammary_pthrp_secretion_gain", CALIBRATED, "pmol/L",
               "mammary PTHrP in blood per nursed pup at full drive",
               "C4 (serum PTHrP of lactating mice, VanHouten 2003) with S8"),
    calibrated("estrogen_rankl_exponent", CALIBRATED, "1",
               "RANKL rise per estrogen deficiency; it multiplies the response to PTH1R ligands",
               "S8 (mouse skeletal mineral at weaning) with C4: the mouse's loss is PTHrP x low estradiol"),
    literature("pthrp_nonmammary", 0.73, "pmol/L", "circulating PTHrP not from the breast",
               "VanHouten 2003 J Clin Invest 112:1429: 0.73 pM in lactating mammary-PTHrP-null mice"),
    # --- mineral -------------------------------------------------------------
    literature("extracellular_volume", 0.0058, "L", "extracellular fluid volume",
               "Durbin, Clemons, Jeung & Kullgren 1992 Health Phys 63: 22Na space of young adult female "
               "Swiss-Webster mice 232 +/- 15 uL/g (0.0058 L at 25 g)"),
    literature("serum_calcium_reference", 2.4, "mmol/L", "total serum calcium of a virgin mouse",
               "non-lactating mice: 9.2 +/- 0.3 mg/dL (2.30 mmol/L; atomic absorption) in vitamin D-replete NOD mice "
               "on a 1.2% calcium diet (Proc Natl Acad Sci USA 2003 100:9733, Table 1; authors not seen) and "
               "10.7 +/- 0.3 mg/dL (2.67 mmol/L) in adult FVB and 129S6 females (Taconic phenotype tables): 2.4 "
               "lies in 2.30-2.67; lactating mice run lower, 9.0 +/- 0.3 mg/dL (VanHouten 2003 J Clin Invest "
               "112:1429)"),
    assumed("exchangeable_bone_calcium_reference", 1.0, "mg", "rapidly exchangeable bone calcium",
            "the women's share of skeletal calcium (0.4%) applied to the mouse skeleton"),
    assumed("pth_reference", 5.0, "pmol/L", "serum intact PTH of a virgin mouse",
            "no virgin value was found: above VanHouten 2003 J Clin Invest 112:1429's 3.8 +/- 1.5 pM in lactating "
            "mice, since lactation lowers PTH (Lotinun 2019 J Clin Invest 129:3058)"),
    assumed("parathyroid_gland_time_constant", 20, "d", "time for the parathyroid glands to grow or shrink",
            "parathyroid cell proliferation rises within days of a low-calcium diet and the rat's glands enlarge "
            "over weeks (Naveh-Many 1995 J Clin Invest 96:1786)"),
    literature("calcitriol_reference", 120, "pmol/L", "serum calcitriol of a virgin mouse",
               "46 +/- 8 pg/mL (110 +/- 19 pmol/L, competitive binding assay) in vitamin D-replete NOD mice on a "
               "1.2% calcium diet, 159 +/- 16 pg/mL on 0.47% calcium (Proc Natl Acad Sci USA 2003 100:9733, Table "
               "1; authors not seen): calcitriol falls as dietary calcium rises, and the 1% chow lies near the "
               "higher intake; lactating mice on a normal diet 43-56 pg/mL (VanHouten 2003 J Clin Invest 112:1429)"),
    literature("serum_phosphate_reference", 3.2, "mmol/L", "serum inorganic phosphate",
               "Taconic phenotype tables: adult females 10.3 +/- 1.9 mg/dL (FVB) and 9.9 +/- 1.3 mg/dL (129S6), "
               "3.3 and 3.2 mmol/L (mice run about three times women's 0.8-1.45 mmol/L)"),
    borrowed("calcitriol_clearance_rate", 2.8, "1/d", "calcitriol clearance (half-life ~6 h)", "rats",
             CALCITRIOL_CLEARANCE_SOURCE),
    literature("glomerular_filtration_rate", 0.214, "L/d", "glomerular filtration rate",
               "Qi 2004 Am J Physiol Renal Physiol 286:F590: FITC-inulin in conscious C57BL/6J mice, females 140 "
               "(bolus) and 157 (pump) uL/min against males' 237 and 211; their mean, 149 uL/min"),
    borrowed("ultrafilterable_calcium_fraction", 0.71, "1", "ultrafilterable share of serum calcium", "rats",
             ULTRAFILTERABLE_SOURCE),
    literature("food_intake_reference", 4.5, "g/d", "chow eaten by a virgin mouse",
               "Animal Resources Centre table: about 5 g/d"),
    assumed("lactation_food_intake_gain", 0.4, "1", "rise of food intake per pup of milk made",
            "the fold-rise of intake shared among the pups: Zhao 2017 J Exp Biol 220:2277 and J Exp Biol 2020 "
            "223:jeb208314 report intake rising 4-5 fold at peak lactation with litters of 8-10; 1 + 0.4 x 8 pups "
            "= 4.2-fold"),
    literature("lactation_food_intake_ceiling", 18, "g/d", "most food a lactating mouse eats a day",
               "Zhao 2017 J Exp Biol 220:2277: Swiss mice raising large litters at 21 C eat 18 g/d at peak "
               "lactation, and their pups grow less as litters grow; Swiss mice given pups beyond their natural "
               "litter eat no more at peak lactation (Zhao 2012 Biol Open 1:397); lactating mice reach a ceiling "
               "of intake (Hammond & Diamond 1992 Physiol Zool 65:952)"),
    literature("intestinal_hypertrophy_exponent", 1, "1", "growth of the absorptive mucosa per relative food intake",
               "Hammond 1997 J Mammary Gland Biol Neoplasia 2:243: the lactating rodent's intestine enlarges in "
               "proportion to the rise in energy demand; Cripps & Williams 1975 Br J Nutr 33:17: the rat's gut "
               "grows progressively as intake rises ~3.5-fold in lactation and regresses within 20 d of weaning"),
    assumed("prolactin_intestinal_gain", 0.1, "1", "prolactin stimulation of intestinal calcium transport",
            "in mice prolactin enhances calcitriol's induction of duodenal TRPV6, calbindin-D9k and calcium "
            "transport (Ajibade 2010 Endocrinology), so here it multiplies calcitriol's drive; it also raises "
            "transport in vitamin D-deficient rats (Pahuja & DeLuca 1981 Science 214:1038), and lactating Vdr-null "
            "mice still up-regulate absorption (Kovacs 2016 Physiol Rev 96:449), which the gut's growth with the "
            "food eaten carries here. 0.1 per unit of relative prolactin, so that the lactation surge about "
            "doubles transport: no measured dose-response (adding it to calcitriol's drive instead of "
            "multiplying lifted the lactating Pth-null mouse from 1.12 to 1.63 mmol/L but deepened the loss on "
            "0.5% chow from -35.0% to -40.7%, V6; tried 4 December 2026)"),
    assumed("diet_calcium_reference", 45, "mg/d", "calcium eaten by a virgin mouse on 1% chow",
            "4.5 g/d of 1% calcium chow"),
    assumed("fractional_calcium_absorption_reference", 0.25, "1", "true fractional calcium absorption on 1% chow",
            "1% chow is twice the rodent requirement (AIN-93G 0.5%), so fractional absorption is low"),
    assumed("endogenous_fecal_calcium_reference", 11.0, "mg/d", "endogenous faecal calcium",
            "what the virgin mouse absorbs on 1% chow (11.25 mg/d) less its urine at the women's fractional "
            "excretion (about 2% of the ~15 mg/d its kidneys filter)"),
    assumed("active_absorption_half_intake", 18, "mg/d", "intake half-saturating active absorption",
            "the women's ratio to reference intake (0.4) applied to mouse intake"),
    assumed("diet_phosphorus_intake", 0, "mg/d", "phosphorus eaten besides chow", "a mouse eats only chow"),
    assumed("diet_phosphorus_reference", 7 * 4.5, "mg/d", "phosphorus eaten in the reference state",
            "the usual 0.7% chow times the 4.5 g/d a virgin mouse eats"),
    literature("diet_phosphorus_content", 7, "mg/g", "phosphorus per gram of chow",
               "standard rodent chow with 1% calcium carries about 0.7% phosphorus (AIN-93G: 0.3% available; "
               "grain-based chows 0.6-0.8%): phosphorus intake follows food intake, as calcium does"),
    assumed("fetal_calcium_accretion_at_term", 3, "mg/d", "fetal calcium accretion of a litter at term",
            "a newborn mouse holds about 1.5 mg calcium, most accreted over the last days of gestation"),
    literature("denosumab_rankl_binding", 0, "1", "denosumab binds this species' RANKL (1) or not (0)",
               "Kostenuik 2009 J Bone Miner Res 24:182: denosumab does not bind murine RANKL"),
    # --- bone ----------------------------------------------------------------
    literature("skeletal_calcium_reference", 0.25, "g", "calcium in the skeleton of an adult female mouse",
               "whole-body calcium a little over 1% of body weight in adult mice (J Nutr, albino mouse; "
               "rodent_and_drug_sources.md A1)"),
    assumed("osteoclast_apoptosis_rate", 0.3, "1/d", "osteoclast loss rate",
            "osteoclast nuclei half-life 1.3 d in young mice (BrdU labelling), longer in adults: lifespan ~3 d"),
    assumed("osteoblast_apoptosis_rate", 0.1, "1/d", "active osteoblast loss rate", "osteoblast life 1-2 weeks in rodents"),
    assumed("osteoblast_commitment_rate", 0.5, "1/d", "turnover of the responding osteoblast pool",
            "five times the women's 0.1/d: rat secondary spongiosa forms bone five times faster at 8 weeks than at 12, "
            "when its turnover is near adult human iliac bone (Baron, Tross & Vignery 1984 Anat Rec 208:137); the "
            "breeding rodents modelled are young adults"),
    assumed("remodeling_space_days", 20, "d", "time an eroded cavity stays open before it is refilled",
            "young adult rodents remodel cancellous bone several times faster than women (rats five times faster at "
            "8 weeks than at 12, when they match adult human iliac bone: Baron, Tross & Vignery 1984 Anat Rec "
            "208:137; women's 90 d): a young rodent BMU refills its cavity over about 3 weeks"),
    assumed("lacunar_refill_rate", 0.3, "1/d", "lacunar refill rate after weaning",
            "lacunae return to virgin size within about a week of weaning (Qing 2012 J Bone Miner Res 27:1018)"),
    assumed("osteolysis_rate_max", 0.03, "1/d", "maximal lacunar enlargement rate",
            "lacunar area rises tens of percent over 3 weeks of lactation (Qing 2012 J Bone Miner Res 27:1018)"),
    assumed("whole_body_trabecular_fraction", 0.2, "1", "trabecular share of the skeleton", "as in women"),
    assumed("whole_body_trabecular_turnover", 0.02, "1/d", "trabecular turnover, whole skeleton",
            "rodent cancellous bone remodels 5-10x faster than women's and loses ~40% BV/TV in 12 days of "
            "lactation (rodent_and_drug_sources.md A6)"),
    assumed("whole_body_cortical_turnover", 0.004, "1/d", "cortical (endocortical and intracortical) turnover",
            "rodent long bones lose 17-34% of mineral in 10-21 days of lactation (Ardeshirpour 2010; Garner 1987)"),
    assumed("spine_trabecular_fraction", 0.4, "1", "trabecular share of vertebral mineral",
            "mouse lumbar vertebrae are cancellous-rich"),
    assumed("spine_trabecular_turnover", 0.02, "1/d", "vertebral cancellous turnover", "as whole-body cancellous"),
    assumed("spine_cortical_turnover", 0.004, "1/d", "vertebral cortical turnover", "as whole-body cortical"),
    assumed("femur_trabecular_fraction", 0.15, "1", "trabecular share of femoral mineral",
            "the mouse femur is mostly cortical"),
    assumed("femur_trabecular_turnover", 0.02, "1/d", "femoral cancellous turnover", "as whole-body cancellous"),
    assumed("femur_cortical_turnover", 0.004, "1/d", "femoral cortical turnover", "as whole-body cortical"),
    *(assumed(f"radius_{name}", value, "1" if name.endswith("fraction") else "1/d",
              f"appendicular micro-CT site: {name.replace('_', ' ')}",
              "rodent microarchitecture is imaged by micro-CT in the long bones (femur, tibia), not the radius: "
              "the compartment that carries trabecular thickness and cortical porosity takes the femur's values")
      for name, value in (("trabecular_fraction", 0.15), ("trabecular_turnover", 0.02),
                          ("cortical_turnover", 0.004))),
    assumed("pthrp_cyp27b1_relative_potency", 1, "1",
            "PTHrP's potency on the renal 1-alpha-hydroxylase relative to its PTH1R potency elsewhere",
            "the one PTH1R potency of every tissue: in lactating mice PTHrP does drive the enzyme, as deleting "
            "mammary PTHrP lowered calcitriol x0.78 with PTH unchanged (VanHouten 2003 J Clin Invest 112:1429, "
            "Fig. 3; the size of that potency is not given; the women's lower value rests on human infusions, "
            "Horwitz 2005 J Bone Miner Res 20:1792)"),
]

PARAMETERS = derive(human.PARAMETERS, "mice", CHANGES)
