"""Parameters for women: value, unit, description and source of every parameter.

Reference state: a cycling, non-pregnant woman of about 65 kg on 1000 mg/d
of dietary calcium. Rates are per day. Cited values are what the study
measured; ``calibrated`` values are reproduced by ``lactabone calibrate``;
``assumed`` values are structural choices no measurement pins down yet.
"""

import json
from pathlib import Path

from .base import assumed, borrowed, calibrated, constant, literature, switch
from .drugs import DRUG_PARAMETERS

#: Share of 1-alpha-hydroxylase made without PTH1R in Stadt & Layton 2023's virgin female rat, and how it follows
#: from their parameters (literature for rats, borrowed by the other species).
CYP27B1_CONSTITUTIVE_SHARE = 0.577
CYP27B1_CONSTITUTIVE_SOURCE = (
    "Stadt & Layton 2023 J Theor Biol 111583, virgin female rat: k_conv_min 2.5e-6 per min against the PTH-driven "
    "delta_conv_max 3.5e-5 x 0.298 (PTH 6.288 of K_conv_PTH 7.25, nconv 6) x 0.739 (calcium) x 0.238 (calcitriol) "
    "= 1.83e-6 per min")
#: Calcium's restraint of 1-alpha-hydroxylase in the same rat: gamma_conv_Ca times the reference ionized calcium.
CYP27B1_CALCIUM_SOURCE = ("Stadt & Layton 2023 J Theor Biol 111583, female rat (after Granjon 2016 Am J Physiol Renal "
                          "311:F1047): production / (1 + gamma_conv_Ca [Ca2+]), gamma_conv_Ca 0.3 per mmol/L, times "
                          "1.2 mmol/L")

#: PTH's restraint of calcitriol catabolism in the same rat: gamma_deg_PTHp times their virgin female's PTH.
PTH_CALCITRIOL_CATABOLISM_SOURCE = ("Stadt & Layton 2023 J Theor Biol 111583, virgin female rat: degradation / (1 + "
                                    "gamma_deg_PTHp PTH), gamma_deg_PTHp 0.2 per pmol/L, times their PTH 6.288 pmol/L")

#: Values fitted by ``lactabone calibrate --write`` (see lactabone.calibration).
CALIBRATED = json.loads(Path(__file__).with_name("calibrated_human.json").read_text())


def one_pthrp_potency_at_cyp27b1(species: str):
    """PTHrP at its one PTH1R potency on the 1-alpha-hydroxylase, for a species with no comparison of its own."""
    return assumed("pthrp_cyp27b1_relative_potency", 1, "1",
                   "PTHrP's potency on the renal 1-alpha-hydroxylase relative to its PTH1R potency elsewhere",
                   f"no {species} comparison of PTHrP and PTH on calcitriol: the one PTH1R potency of every tissue "
                   "(the women's lower value rests on human infusions, Horwitz 2005 J Bone Miner Res 20:1792)")


#: The women's estradiol levels and thresholds, which a species with its own estradiol scale rescales together.
PHOSPHORUS_INTAKE_SOURCE = (
    "usual intake of US women, What We Eat in America NHANES 2005-2006 (USDA data of A. Moshfegh, tabulated in "
    "Adv Nutr 2014 5:104, Table 1, doi 10.3945/an.113.004861, authors not seen): 1120 +/- 41 mg/d at 19-30 y and "
    "1197 +/- 25 mg/d (mean +/- SE) at 31-50 y; the 1994 CSFII gave women of 20-29 y a mean of 1,098 mg/d (Institute "
    "of Medicine 1997, Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D and Fluoride, Table 9-1)"
)


ESTRADIOL_LEVELS = {
    "estradiol_reference": "cycle-mean serum estradiol of a cycling female",
    "estradiol_nonovarian": "estradiol made outside the ovary",
    "estrogen_bone_half_effect": "estradiol at half its restraint of resorption",
    "estradiol_pthrp_half_inhibition": "estradiol halving mammary PTHrP",
    "prolactin_estrogen_half_effect": "estradiol for half-maximal lactotroph stimulation",
}


def rescaled_estradiol(scale: float, reason: str) -> list:
    """The women's estradiol levels and thresholds times ``scale``: a species' cycle-mean estradiol over women's."""
    women = {parameter.name: parameter.value for parameter in PARAMETERS}
    return [assumed(name, women[name] * scale, "pg/mL", description, f"women's value x {scale}: {reason}")
            for name, description in ESTRADIOL_LEVELS.items()]


YEAR = 365.25  # days

PARAMETERS = [
    # --- constants -------------------------------------------------------
    constant("calcium_molar_mass", 40.078, "mg/mmol", "molar mass of calcium", "IUPAC standard atomic weight"),
    constant("phosphorus_molar_mass", 30.974, "mg/mmol", "molar mass of phosphorus", "IUPAC standard atomic weight"),
    constant("milligrams_per_gram", 1000, "mg/g", "milligrams in a gram", "SI prefixes"),
    constant("grams_per_kilogram", 1000, "g/kg", "grams in a kilogram", "SI prefixes"),
    constant("bone_calcium_to_phosphorus_ratio", 2.15, "1", "calcium:phosphorus mass ratio of bone mineral",
             "hydroxyapatite Ca10(PO4)6(OH)2 stoichiometry: 10 x 40.08 / (6 x 30.97)"),
    # --- gene switches -------------------------------------------------------
    switch("pth_gene", "parathyroid hormone (0: parathyroidectomy / Pth-null)"),
    switch("cyp27b1_gene", "renal 1-alpha-hydroxylase (0: no calcitriol)"),
    switch("calcitonin_gene", "calcitonin (0: Calca-null)"),
    switch("mammary_pthrp_gene", "mammary PTHrP (0: mammary-specific deletion)"),
    switch("mammary_casr_gene", "mammary calcium-sensing receptor"),
    switch("osteocyte_ctsk_gene", "cathepsin K in osteocytes"),
    switch("osteocyte_pth1r_gene", "PTH1R in osteocytes"),
    # --- reproductive timeline -------------------------------------------------
    literature("gestation_length", 280, "d", "gestation from last menses to delivery",
               "Naegele's rule; Jukic 2013 Hum Reprod 28:2848 (median 280 d from LMP)"),
    assumed("lactation_curve_exponent", 0, "1", "Wood's b: rise and fall of full milk over a lactation",
            "women: full breastfeeding demand is flat from 1 to 6 months (Neville 1988 Am J Clin Nutr 48:1375)"),
    literature("prepartum_secretion_days", 0, "d", "days before delivery that milk secretion begins",
               "women: copious secretion (lactogenesis II) starts 30-40 h after delivery, once progesterone has "
               "fallen (Neville 2001 Pediatr Clin North Am 48:35)"),
    assumed("lactation_peak_day", 1, "d", "day of peak milk yield (with a lactation curve)",
            "unused without a lactation curve"),
    assumed("parity", 1, "1", "lactation number of the mother", "set by [cow] parity; women's responses do not "
            "depend on it here"),
    assumed("parity_adaptation_decline", 0, "1", "loss of gut and bone adaptation speed per further lactation",
            "no age effect is modelled in women or rodents"),
    # --- brain -------------------------------------------------------------
    assumed("estradiol_reference", 100, "pg/mL", "cycle-mean serum estradiol of a cycling woman",
            "a cycle mean computed here, not reported: the mean of Stricker 2006 Clin Chem Lab Med 44:883's phase "
            "values (follicular ~50, mid-cycle ~250, luteal ~150 pg/mL)"),
    assumed("estradiol_nonovarian", 10, "pg/mL", "estradiol made outside the ovary (adipose aromatase)",
            "a value below a bound: lactational amenorrhoea estradiol is <20 pg/mL (Kalkwarf 1997 N Engl J Med "
            "337:523; McNeilly 1994), which still includes what the quiescent ovary makes; the non-ovarian share "
            "is not measured there"),
    assumed("progesterone_reference", 5, "ng/mL", "cycle-mean serum progesterone",
            "a cycle mean computed here, not reported: between Stricker 2006 Clin Chem Lab Med 44:883's follicular <1 "
            "and luteal ~10 ng/mL"),
    literature("placental_estradiol_at_term", 15000, "pg/mL", "placental estradiol at term",
               "Tulchinsky 1972 Am J Obstet Gynecol 112:1095: estradiol 10-20 ng/mL at term"),
    literature("placental_progesterone_at_term", 150, "ng/mL", "placental progesterone at term",
               "Tulchinsky 1972 Am J Obstet Gynecol 112:1095: progesterone ~150 ng/mL at term"),
    literature("prolactin_reference", 10, "ng/mL", "serum prolactin of a cycling woman",
               "Tyson 1972 Am J Obstet Gynecol 113:14: non-pregnant prolactin ~10 ng/mL"),
    assumed("prolactin_estrogen_stimulation_max", 60, "1", "maximal estrogen stimulation of lactotrophs",
            "chosen so term prolactin is ~140 ng/mL (Tyson 1972: 150-200 ng/mL at term)"),
    assumed("prolactin_estrogen_half_effect", 2000, "pg/mL", "estradiol for half-maximal lactotroph stimulation",
            "prolactin rises from the 2nd trimester, when estradiol passes a few ng/mL (Tyson 1972)"),
    literature("prolactin_suckling_gain", 80, "ng/mL", "mean prolactin raised by one exclusively nursed infant",
               "Tay 1996 Hum Reprod 11:950 and Battin 1985 Obstet Gynecol 65:785: mean prolactin 60-100 ng/mL "
               "in the first months of exclusive breastfeeding"),
    assumed("prolactin_gnrh_half_inhibition", 25, "ng/mL", "prolactin halving GnRH pulsatility",
            "hyperprolactinaemia above ~25 ng/mL disturbs cycles (Sonigo 2012 J Clin Invest 122:3791)"),
    assumed("prolactin_gnrh_hill", 2, "1", "steepness of prolactin inhibition of GnRH", "cooperative inhibition"),
    assumed("suckling_gnrh_inhibition_gain", 2, "1", "neural inhibition of GnRH per nursed infant",
            "suckling suppresses LH beyond prolactin's effect (McNeilly 1994 Reprod Fertil Dev 6:431)"),
    assumed("gnrh_time_constant", 7, "d", "time for GnRH pulses to adjust",
            "a time constant read from a resumption time: LH pulsatility resumes within 1-2 weeks of reduced suckling "
            "(McNeilly 1994)"),
    literature("lh_reference", 5, "IU/L", "follicular-phase serum LH", "Stricker 2006 Clin Chem Lab Med 44:883"),
    literature("fsh_reference", 5, "IU/L", "follicular-phase serum FSH", "Stricker 2006 Clin Chem Lab Med 44:883"),
    assumed("lh_gnrh_independent_fraction", 0.3, "1", "share of LH secretion without GnRH pulses",
            "LH in lactational amenorrhoea ~1/3 of follicular (McNeilly 1994)"),
    assumed("fsh_gnrh_independent_fraction", 0.6, "1", "share of FSH secretion without GnRH pulses",
            "FSH is near follicular values in lactational amenorrhoea (McNeilly 1994)"),
    assumed("progesterone_feedback_half", 10, "ng/mL", "progesterone halving gonadotropin release",
            "luteal progesterone (~10 ng/mL) suppresses LH pulses"),
    assumed("ovarian_lh_exponent", 2, "1", "ovarian steroid output versus relative LH",
            "chosen so lactational estradiol is ~20 pg/mL (Kalkwarf 1997)"),
    assumed("ovarian_time_constant", 20, "d", "time for follicles to answer gonadotropins",
            "a time constant read from the timing of menses: menses return 4-8 weeks after weaning (McNeilly 1994), "
            "after a follicular phase of ~14 d"),
    literature("oxytocin_reference", 5, "pg/mL", "basal serum oxytocin", "Leng 2008 Prog Brain Res 170:3"),
    assumed("oxytocin_suckling_gain", 5, "pg/mL", "mean oxytocin raised per nursed infant (daily mean of pulses)",
            "suckling pulses of 10-20 pg/mL last minutes, several times a day"),
    # --- breast -------------------------------------------------------------
    assumed("suckling_presence_half", 0.02, "1", "milk removal that keeps half the gland from involuting",
            "partial nursing maintains lactation (Neville 2001 Pediatr Clin North Am 48:35)"),
    assumed("prolactin_lactogenic_half", 10, "ng/mL", "prolactin for half-maximal milk synthesis",
            "milk synthesis fails when prolactin is blocked to near-basal levels (bromocriptine)"),
    assumed("progesterone_lactogenesis_half", 10, "ng/mL", "progesterone halving lactogenesis II",
            "no measured threshold: lactogenesis II follows progesterone withdrawal in the days after delivery "
            "(Neville 2001), from ~150 ng/mL at term to luteal-phase levels"),
    assumed("mammary_time_constant", 2, "d", "time for secretory capacity to follow its drive",
            "a time constant read from a time course: milk volume rises over 36-96 h after delivery and the gland "
            "involutes within days of weaning (Neville 2001)"),
    literature("milk_volume_per_offspring", 0.78, "L/d", "milk made for one exclusively breastfed infant",
               "Neville 1988 Am J Clin Nutr 48:1375: 750-800 mL/d from 1 to 6 months"),
    literature("milk_calcium_concentration", 259, "mg/L", "calcium in mature human milk",
               "Dorea 1999 J Am Coll Nutr 18:309 (review of 34 studies: mean ~252-260 mg/L)"),
    constant("milk_density", 1.032, "kg/L", "density of milk", "whole milk 1.028-1.035 kg/L"),
    assumed("first_lactation_peak_ratio", 1, "1", "peak milk of a first lactation over later ones",
            "used for cows only (scenario [cow] parity = 1)"),
    literature("colostrum_calcium_excess", 0, "1", "extra calcium of colostrum over mature milk, relative",
               "human colostrum is not richer in calcium than mature milk (Atkinson 1995 Handbook of Milk "
               "Composition: ~250 mg/L in both)"),
    literature("milk_phosphorus_concentration", 140, "mg/L", "phosphorus in mature human milk",
               "Atkinson 1995 Handbook of Milk Composition: ~140 mg/L"),
    assumed("mammary_calcium_pump_half_saturation", 0.05, "mmol/L", "ionized calcium half-saturating the milk pump",
            "milk calcium is maintained until severe hypocalcaemia (programmed demand, Kovacs 2019 JCI)"),
    assumed("phosphate_transport_half_saturation", 0.05, "mmol/L",
            "maternal serum phosphate half-saturating mammary and placental phosphate transport",
            "as the calcium pumps (mammary_calcium_pump_half_saturation): milk and fetus keep their phosphorus "
            "until the mother's collapses"),
    assumed("placental_calcium_pump_half_saturation", 0.05, "mmol/L",
            "maternal ionized calcium half-saturating placental calcium transport",
            "the fetus keeps its calcium until the mother's collapses (Kovacs 2016 Physiol Rev 96:449), as the "
            "breast's pump (mammary_calcium_pump_half_saturation)"),
    assumed("prolactin_pthrp_half", 50, "ng/mL", "prolactin for half-maximal mammary PTHrP",
            "prolactin induces mammary PTHrP (Thiede 1989 Mol Endocrinol 3:1443)"),
    assumed("estradiol_pthrp_half_inhibition", 30, "pg/mL", "estradiol halving mammary PTHrP",
            "low estradiol of lactation raises mammary PTHrP (Kovacs 2019 JCI Figure 1)"),
    assumed("mammary_casr_hill", 4, "1", "steepness of the mammary CaSR's responses (PTHrP, milk calcium)",
            "CaSR responses are steep (Brown 1993 Nature 366:575)"),
    borrowed("mammary_casr_calcium_transport_share", 0.3, "1",
             "share of milk calcium transport the mammary CaSR supports at the reference calcium", "mice",
             "deleting the mammary CaSR at the onset of lactation lowers milk calcium (Mamillapalli 2013 "
             "Endocrinology 154:3031, Fig 6A) and maternal hypocalcaemia lowers it (VanHouten 2004 J Clin Invest "
             "113:598); the size of the fall is not given in the text, a third is assumed"),
    calibrated("mammary_pthrp_secretion_gain", CALIBRATED, "pmol/L", "mammary PTHrP in blood per nursed infant at full drive",
               "C1 (lactating PTHrP, Sowers 1996 JAMA 276:549)"),
    assumed("mammary_pthrp_production_scale", 1, "1", "multiplier on mammary PTHrP production (1: normal)",
            "a user lever for excess PTHrP (pseudohyperparathyroidism): 1 is the normal gland, not a measurement"),
    assumed("pthrp_nonmammary", 0.5, "pmol/L", "circulating PTHrP outside lactation",
            "a detection limit taken as the value: Sowers 1996 JAMA 276:549 found PTHrP mostly undetectable (<0.5-1 "
            "pmol/L) in non-lactating women"),
    literature("milk_to_plasma_pthrp_ratio", 10000, "1", "milk PTHrP over the breast's plasma contribution",
               "Budayr 1989 Proc Natl Acad Sci 86:7183: milk PTHrP ~10,000-fold serum"),
    # --- mineral ------------------------------------------------------------
    assumed("dcad_reference", 0, "mmol/kg", "cation-anion difference of the usual ration (mEq/kg dry matter)",
            "not a lever in women or rodents (dcad_pth_sensitivity is 0)"),
    assumed("dcad_pth_sensitivity", 0, "kg/mmol", "log-linear rise of PTH responsiveness per unit of ration acid load",
            "metabolic alkalosis from a high-DCAD ration is a dairy-cow problem; 0 switches it off"),
    assumed("dcad_calciuria_sensitivity", 0, "kg/mmol", "log-linear rise of fractional calcium excretion per unit "
            "of ration acid load", "acidogenic rations are a dairy-cow lever; 0 switches the arrow off"),
    assumed("acid_base_time_constant", 2, "d", "time for acid-base status and PTH responsiveness to follow the ration",
            "urine pH follows a change of anionic salts within a few days (Charbonneau 2006 J Dairy Sci 89:537: "
            "urine pH 8.1 to 7.0 from +300 to 0 mEq/kg)"),
    literature("extracellular_volume", 14, "L", "extracellular fluid volume",
               "Peterson & Riggs 2010 Bone 46:49 (14 L)"),
    literature("serum_calcium_reference", 2.35, "mmol/L", "total serum calcium", "Peterson & Riggs 2010 Bone 46:49"),
    literature("serum_ionized_calcium_reference", 1.2, "mmol/L", "ionized serum calcium",
               "Peterson & Riggs 2010 Bone 46:49 (1.22 mmol/L)"),
    literature("serum_phosphate_reference", 1.1, "mmol/L", "serum inorganic phosphate",
               "Peterson & Riggs 2010 Bone 46:49 (normal 0.8-1.45 mmol/L)"),
    literature("exchangeable_bone_calcium_reference", 4000, "mg", "rapidly exchangeable bone calcium",
               "Neer 1967 J Clin Invest 46:1364 (rapidly exchangeable pool ~4-5 g)"),
    assumed("calcium_exchange_rate", 3, "1/d", "rate of calcium binding at bone surfaces",
            "exchange of hours (Neer 1967); fast compared with remodelling"),
    assumed("exchangeable_calcium_pth_exponent", 0.5, "1", "PTH1R acceleration of exchangeable calcium release",
            "PTH mobilises surface calcium within hours (Talmage 2004)"),
    literature("pth_reference", 3.85, "pmol/L", "serum intact PTH", "Peterson & Riggs 2010 Bone 46:49 (3.85 pM)"),
    assumed("pth_minimum_fraction", 0.05, "1", "non-suppressible share of maximal PTH secretion",
            "a ratio computed here: Schwarz 1993 Eur J Clin Invest 23:546: PTH ranges from ~0.25x basal (calcium clamp "
            "+0.2 mmol/L) to 4-7x basal (-0.2 mmol/L), i.e. a minimum ~5% of the maximum"),
    assumed("suckling_pth_floor_gain", 0, "1", "rise of the non-suppressible PTH secretion per suckled offspring",
            "none in women: their PTH falls in lactation (Kovacs 2016 Physiol Rev 96:449)"),
    literature("pth_calcium_set_point", 1.13, "mmol/L", "ionized calcium halving PTH secretion (set point)",
               "Schwarz 1994 (calcium clamps in healthy adults): set point 1.13 mmol/L; with it basal PTH sits at "
               "~1/5 of maximal secretion"),
    literature("pth_calcium_hill", 30, "1", "steepness of the PTH-calcium sigmoid",
               "Conlin 1989: PTH halves for a ~0.05 mmol/L rise in ionized calcium"),
    assumed("parathyroid_gland_time_constant", 260, "d", "time for the parathyroid glands to grow or shrink",
            "Peterson & Riggs 2010 Bone 46:49: the gland's secretory capacity adapts over months"),
    assumed("calcitriol_pth_sensitivity", 0.3, "1", "calcitriol suppression of PTH", "VDR represses PTH transcription"),
    assumed("pth_phosphate_exponent", 0.3, "1", "rise of PTH secretion per relative serum phosphate (log-log)",
            "weak in the physiological range: bovine parathyroid slices release up to 2.7x more PTH at 3.5 than "
            "at 1.0 mmol/L phosphate (Nielsen 1996 Nephrol Dial Transplant 11:1762, exponent 0.8 at low calcium), "
            "and dogs clamped at normal calcium show no rise below ~3 mmol/L (Estepa 1999 J Bone Miner Res "
            "14:1848); 0.3 is below the in-vitro bound"),
    assumed("calcitonin_reference", 3, "pg/mL", "serum calcitonin in women",
            "a value below a bound: Basuyau 2004 Clin Endocrinol 61:63 gives women <5 pg/mL"),
    assumed("calcitonin_calcium_exponent", 4, "1", "calcitonin rise with ionized calcium", "C cells respond steeply to calcium"),
    literature("pthrp_pth1r_potency", 1 / 0.67, "1",
               "PTHrP potency relative to intact PTH at the PTH1R, in every tissue",
               "one receptor: equimolar PTHrP(1-36) and PTH(1-34) infusions lowered fractional calcium excretion "
               "and raised serum calcium alike (Horwitz 2003 J Clin Endocrinol Metab 88:1603); intact-PTH assays "
               "count 7-84 fragments, whole PTH(1-84) being about 0.67 of intact PTH in healthy adults (Gao 2001 "
               "J Bone Miner Res 16:605), so a pmol of PTHrP counts 1/0.67 pmol of assayed intact PTH"),
    literature("glomerular_filtration_rate", 150, "L/d", "glomerular filtration rate", "104 mL/min, Peterson & Riggs 2010"),
    literature("pregnancy_gfr_gain", 0.5, "1", "rise of GFR at term",
               "Davison 1987 Am J Kidney Dis 9:248: GFR +50-80% in pregnancy; creatinine clearance 104 -> 150 "
               "mL/min/1.73 m2 in the last month (Nephrol Dial Transplant 1988;3:157)"),
    assumed("pregnancy_gfr_half_gestation", 0.1, "1", "fraction of gestation by which half the GFR rise is reached",
            "a shape read from a qualitative time course: GFR rises within the first trimester and stays high (Davison "
            "1987 Am J Kidney Dis 9:248)"),
    literature("ultrafilterable_calcium_fraction", 0.6, "1", "ultrafilterable share of serum calcium",
               "Moore 1970 J Clin Invest 49:318"),
    assumed("food_intake_reference", 1000, "g/d", "food eaten per day (only read for diets given as % calcium)",
            "women's diets are given in mg/d of calcium; about 1 kg of food a day"),
    literature("lactation_food_intake_gain", 0.2, "1", "rise of food intake per infant-equivalent of milk made",
               "Butte 2005 Public Health Nutr 8:1010: lactation raises energy needs ~500 kcal/d, ~20-25%"),
    assumed("lactation_food_intake_ceiling", 1e6, "g/d", "most food eaten a day in lactation",
            "none within reach: lactation raises a woman's intake by a fifth to a quarter (Butte 2005)"),
    literature("diet_calcium_reference", 1000, "mg/d", "dietary calcium of the reference woman", "IOM 2011 DRI"),
    literature("fractional_calcium_absorption_reference", 0.30, "1", "true fractional calcium absorption",
               "Ritchie 1998 Am J Clin Nutr 67:693: ~0.3 before pregnancy, ~0.5-0.6 in the 3rd trimester, "
               "back to ~0.3 in lactation"),
    literature("endogenous_fecal_calcium_reference", 120, "mg/d", "endogenous faecal calcium",
               "Heaney & Skillman 1964 J Lab Clin Med 64:29: 100-150 mg/d"),
    literature("passive_absorption_fraction", 0.1, "1", "paracellular share of dietary calcium absorbed",
               "Bronner 2003 J Cell Biochem 88:387"),
    assumed("active_absorption_half_intake", 400, "mg/d", "intake half-saturating active absorption",
            "fractional absorption falls as intake rises (Heaney 1990 J Bone Miner Res 5:1135)"),
    literature("calcitriol_intestinal_exponent", 1, "1", "intestinal active transport per relative calcitriol",
               "proportional, as in Peterson & Riggs 2010 Bone 46:49"),
    assumed("intestinal_hypertrophy_exponent", 0, "1", "growth of the absorptive mucosa per relative food intake",
            "no enlargement, inferred rather than measured: women eat only ~20-25% more in lactation and their "
            "fractional calcium absorption stays at the non-pregnant level (Ritchie 1998 Am J Clin Nutr 67:693; "
            "Kalkwarf 1996 Am J Clin Nutr 63:526), so there is no intestinal enlargement to carry"),
    borrowed("intestinal_growth_time_constant", 5, "d", "time for the gut mucosa to follow the food eaten", "rats",
             "Cripps & Williams 1975 Br J Nutr 33:17: the lactating rat's gut grows progressively and regresses "
               "to virgin size within 20 d of weaning (about four time constants)"),
    assumed("intestinal_time_constant", 3, "d", "enterocyte adaptation time",
            "the lower end of enterocyte renewal time (3-5 d) taken as the time constant of adaptation"),
    assumed("intestinal_decay_time_constant", 3, "d", "time for intestinal transport to fall back as its drive falls",
            "as it rises (intestinal_time_constant): enterocyte renewal 3-5 d"),
    literature("prolactin_intestinal_gain", 0, "1", "prolactin stimulation of intestinal calcium transport",
               "women do not raise absorption in lactation (Kovacs 2016 Physiol Rev 96:449); rodents do"),
    assumed("pregnancy_intestinal_half_gestation", 0.1, "1",
            "fraction of gestation by which half the calcitriol-independent rise of absorption is reached",
            "absorption doubles from as early as 12 weeks (Kovacs 2016 Physiol Rev 96:449) and is 49.9% by the 2nd "
            "trimester against 53.8% in the 3rd (Ritchie 1998 Am J Clin Nutr 67:693); 0.1, as for GFR, puts 83% "
            "of the rise in place by 12 weeks"),
    calibrated("pregnancy_intestinal_gain", CALIBRATED, "1", "calcitriol-independent rise of absorption in pregnancy",
               "C3 (3rd-trimester absorption ~0.5-0.6, Ritchie 1998)"),
    literature("calcitriol_reference", 100, "pmol/L", "serum calcitriol", "Peterson & Riggs 2010 Bone 46:49 (normal 48-160)"),
    literature("calcitriol_clearance_rate", 2.8, "1/d", "calcitriol clearance (half-life ~6 h)",
               "Jones 1998 Physiol Rev 78:1193: plasma half-life 4-8 h"),
    assumed("cyp27b1_time_constant", 1, "d", "time for renal 1-alpha-hydroxylase to adapt",
            "a time constant read from an onset: calcitriol rises within 24 h of PTH infusion (Horwitz 2003)"),
    assumed("cyp27b1_pth_exponent", 1 / (1 - CYP27B1_CONSTITUTIVE_SHARE), "1",
            "rise of the PTH1R-made 1-alpha-hydroxylase per relative PTH1R signal (log-log)",
            "keeps the whole drive proportional to the PTH1R signal near the reference, as in Peterson & Riggs 2010 "
            "Bone 46:49 (log-slope 1), with the constitutive share below carrying none of it"),
    borrowed("cyp27b1_constitutive_share", CYP27B1_CONSTITUTIVE_SHARE, "1",
             "share of the reference 1-alpha-hydroxylase activity made without PTH1R", "rats",
             CYP27B1_CONSTITUTIVE_SOURCE + "; Pth-null mice keep low but measurable calcitriol and raise it on a "
             "low-calcium diet (Miao 2004 Endocrinology 145:2046)"),
    assumed("cyp27b1_phosphate_sensitivity", 1, "1", "phosphate restraint of 1-alpha-hydroxylase",
            "hypophosphataemia raises calcitriol"),
    borrowed("cyp27b1_calcium_sensitivity", 0.36, "1",
             "PTH-independent restraint of 1-alpha-hydroxylase by ionized calcium (restraint at the reference)",
             "rats", CYP27B1_CALCIUM_SOURCE),
    borrowed("pth_calcitriol_catabolism_sensitivity", 0.2 * 6.288, "1",
             "PTH1R's restraint of calcitriol catabolism (restraint at the reference)", "rats",
             PTH_CALCITRIOL_CATABOLISM_SOURCE),
    assumed("cyp24_feedback_sensitivity", 0.5, "1", "calcitriol's own restraint (CYP24A1 induction)",
            "calcitriol induces its catabolism"),
    assumed("pthrp_cyp27b1_relative_potency", 1 / 3, "1",
            "PTHrP's potency on the renal 1-alpha-hydroxylase relative to its PTH1R potency elsewhere",
            "multi-day infusions in healthy adults: PTHrP(1-36) matched PTH(1-34) on renal calcium and phosphate "
            "handling and bone resorption but raised calcitriol poorly (Horwitz 2005 J Bone Miner Res 20:1792); "
            "humoral hypercalcaemia of malignancy has low calcitriol where primary hyperparathyroidism has high. "
            "The abstract gives no ratio: a third is assumed, the largest ratio between tissues for one receptor "
            "the model takes without a reported one (a quarter gave the same H1 directions: PTH x0.99, urine "
            "x0.92, absorption x1.04)"),
    calibrated("pregnancy_cyp27b1_gain", CALIBRATED, "1", "pregnancy drive of 1-alpha-hydroxylase at term",
               "C3 (calcitriol doubles to triples by the 3rd trimester, Kovacs 2016 Physiol Rev 96:449)"),
    literature("prolactin_cyp27b1_gain", 0, "1", "prolactin drive of 1-alpha-hydroxylase",
               "calcitriol is normal in lactating women (Kovacs 2016); raised in lactating rodents"),
    literature("proximal_calcium_fraction", 0.6, "1", "share of filtered calcium reabsorbed in the proximal tubule",
               "Blaine, Chonchol & Levi 2015 Clin J Am Soc Nephrol 10:1257: 60-70% in people"),
    literature("thick_limb_calcium_fraction_reference", 0.21, "1",
               "share of filtered calcium reabsorbed in the thick ascending limb at the reference calcium",
               "Blaine, Chonchol & Levi 2015 Clin J Am Soc Nephrol 10:1257: about 20% in people"),
    assumed("thick_limb_casr_hill", 3, "1", "steepness of the thick limb CaSR's restraint of reabsorption",
            "the CaSR's Hill coefficient for calcium, about 3 (Brown 1993 Nature 366:575)"),
    assumed("thick_limb_casr_reserve", 0.5, "1", "rise of thick limb reabsorption available as calcium falls",
            "the thick limb can raise its share from ~0.2 to ~0.3 of the filtered load when the CaSR is silent "
            "(Loupy 2012 J Clin Invest 122:3355: CaSR inhibition in the TAL raises its calcium reabsorption)"),
    assumed("distal_basal_uptake_share", 0.5, "1", "share of distal calcium transport that runs without PTH1R",
            "without PTH the kidney loses its calcium at a lower serum calcium: treated hypoparathyroid patients "
            "excrete ~300 mg/d at 2.1 mmol/L (Shoback 2008 N Engl J Med 359:391); with this share the model's "
            "kidney without PTH1R excretes about that much there"),
    assumed("distal_calcium_transport_splay", 4, "1", "sharpness of the distal tubule's approach to its capacity",
            "with 4 the kidney at a fixed PTH follows Nordin's renal threshold relation, TmCa = (0.56 Ca - CaE) / "
            "(1 - 0.08 ln(0.56 Ca / CaE)) (Marshall 1976 in Nordin, Calcium, phosphate and magnesium metabolism; "
            "Need 1985 Clin Chim Acta 150:87), within 20% from 2.0 to 2.9 mmol/L; the implied TmCa, 1.84 mmol/L "
            "of filtrate, lies in Need's normal range 1.75-2.61"),
    literature("diet_phosphorus_intake", 1200, "mg/d", "dietary phosphorus eaten per day", PHOSPHORUS_INTAKE_SOURCE),
    literature("diet_phosphorus_reference", 1200, "mg/d", "phosphorus eaten in the reference state",
               PHOSPHORUS_INTAKE_SOURCE + "; at rest the kidney excretes what the gut absorbs of it, and a diet with "
               "more or less phosphorus moves serum phosphate along the tubular maximum"),
    assumed("diet_phosphorus_content", 0, "mg/g", "phosphorus per gram of food (diets given as chow)",
            "women's phosphorus is given as a daily intake, as their calcium is"),
    literature("phosphate_absorption_fraction", 0.65, "1", "net phosphorus absorption", "Peterson & Riggs 2010"),
    assumed("phosphate_active_share", 0.3, "1", "calcitriol-dependent share of phosphorus absorption",
            "most phosphorus absorption is passive"),
    assumed("phosphate_excretion_fraction_reference", 0.15, "1", "share of filtered phosphorus excreted at rest",
            "a woman filtering 150 L/d at 1.1 mmol/L (5.1 g/d of phosphorus) excretes what she absorbs, 0.65 x "
            "1,200 mg/d (Peterson & Riggs 2010): 15%, i.e. tubular reabsorption 0.85; with the splay below the "
            "implied TmP/GFR is 1.0 mmol/L, inside the normal 0.8-1.5 (Clin Sci 1977 53:431, 32 normal fasting "
            "subjects)"),
    assumed("phosphate_transport_splay", 6, "1", "sharpness of the proximal tubule's approach to its TmP",
            "with 6 the kidney follows Walton & Bijvoet's nomogram (Lancet 1975 2:309; TmP/GFR = 0.3 TRP / (1 - "
            "0.8 TRP) x serum phosphate above TRP 0.86, Payne 1998 Ann Clin Biochem 35:201) within 12% over TRP "
            "0.86-0.98"),
    assumed("pth_phosphate_reabsorption_sensitivity", 1.25, "1",
            "PTH1R restraint of the part of the phosphate tubular maximum PTH can remove (restraint at the reference)",
            "with the share below, removing PTH1R raises TmP/GFR 1.5x over the resting value (hypoparathyroid "
            "patients run above the normal 0.8-1.5 mmol/L) and 3x the signal lowers it to 0.79x; the response "
            "saturates, as infused PTH's does (Clin Sci 1977 53:431: low doses lower TmP/GFR markedly, higher ones "
            "little more)"),
    assumed("pth_resistant_phosphate_reabsorption_share", 0.6, "1",
            "share of the resting phosphate tubular maximum that no PTH1R signal removes",
            "PTH at a saturating dose leaves TmP/GFR at 0.33-0.50 of the thyroparathyroidectomized rat's "
            "(Haramati 1988 Am J Physiol 255:F287, rats of 3-52 weeks): 0.4 of 1.5x the resting value"),
    assumed("fetal_calcium_accretion_at_term", 430, "mg/d", "fetal calcium accretion at term",
            "computed here from a total and an assumed shape: ~30 g by term, 80% in the 3rd trimester (Trotter & Hixon "
            "1974 Anat Rec 179:1; Kovacs 2016), with accretion ~ gestation^3, reaching 4 x 30 g / 280 d"),
    # --- bone cells ---------------------------------------------------------
    assumed("estrogen_bone_half_effect", 30, "pg/mL", "estradiol at half its restraint of resorption",
            "a threshold range read as a half-effect: resorption rises as estradiol falls below ~20-40 pg/mL (Riggs "
            "2002 Endocr Rev 23:279); 30 is its middle"),
    assumed("estrogen_bone_exponent", 0.6, "1", "estrogen deficiency signal exponent", "proportional"),
    assumed("calcitonin_skeletal_sensitivity", 0.2, "1", "calcitonin restraint of the skeleton's response",
            "Calca-null mice lose twice the bone in lactation (Woodrow 2006 Endocrinology 147:4010)"),
    calibrated("estrogen_rankl_exponent", CALIBRATED, "1",
               "RANKL rise per estrogen deficiency; it multiplies the response to PTH1R ligands",
               "S3 (spine loss after 6 months of exclusive nursing): lactational resorption is PTHrP x low estradiol "
               "(Kovacs 2016 Physiol Rev 96:449); estrogen blunts the resorptive response to PTH (Cosman 1993 J Clin "
               "Endocrinol Metab 76:1213); estrogen deficiency raises RANKL (Riggs 2002 Endocr Rev 23:279)"),
    assumed("pth1r_rankl_exponent", 1, "1", "RANKL rise per PTH1R signal", "Lemaire 2004 (proportional)"),
    assumed("opg_osteoblast_exponent", 1, "1", "OPG secretion per active osteoblast, relative",
            "OPG is made by mature osteoblasts (Pivonka 2008 Bone 43:249)"),
    assumed("rank_half_occupancy_ratio", 3, "1", "RANKL/OPG ratio at half RANK occupancy, relative",
            "RANK one-quarter occupied at rest, so osteoclast recruitment can rise up to four-fold"),
    assumed("lacunar_matrix_recruitment_gain", 20, "d", "osteoclast recruitment per unit osteocytic osteolysis",
            "Lotinun 2019 J Clin Invest 129:3058: osteocytic Ctsk loss prevents the osteoclast rise"),
    assumed("rankl_osteoclast_survival_sensitivity", 1, "1", "RANKL as osteoclast survival factor",
            "RANKL withdrawal triggers osteoclast apoptosis (Lacey 2000)"),
    assumed("estrogen_osteoclast_apoptosis_gain", 0.5, "1", "estradiol-induced osteoclast apoptosis",
            "Nakamura 2007 Cell 130:811"),
    literature("osteoclast_apoptosis_rate", 0.05, "1/d", "osteoclast loss rate (lifespan ~3 weeks)",
               "Manolagas 2000 Endocr Rev 21:115: osteoclasts live ~2-3 weeks"),
    assumed("pth1r_osteoclast_activity_exponent", 0.5, "1", "resorbing activity per osteoclast per PTH1R signal",
            "PTH raises osteoclast activity as well as number"),
    assumed("calcitonin_osteoclast_sensitivity", 0.2, "1", "direct calcitonin inhibition of osteoclasts",
            "Chambers 1982 J Cell Sci 57:247"),
    assumed("lacunar_tgf_beta_share", 10, "d", "TGF-beta released per unit osteocytic osteolysis",
            "matrix factors escape from enlarged lacunae (Kovacs 2019 JCI)"),
    literature("tgf_beta_repression_sensitivity", 1, "1", "TGF-beta repression of osteoblast maturation",
               "Lemaire 2004 J Theor Biol 229:293"),
    assumed("oxytocin_osteoblast_gain", 0.1, "1", "oxytocin stimulation of osteoblast differentiation",
            "Tamma 2009 Proc Natl Acad Sci 106:7149 (anabolic in mice; small in women)"),
    assumed("cavity_fill_half_space", 0.5, "1", "remodeling space at which cavity refilling runs at half its "
            "open-space rate, relative", "osteoblasts refill the cavities they line (Parfitt 1994 J Cell Biochem "
            "55:273): as the remodeling space closes, formation slows; half at half the resting space, chosen"),
    assumed("remodeling_space_days", 90, "d", "time an eroded cavity stays open before it is refilled, at "
            "reference turnover", "reversal phase plus about half the formation period of a cancellous BMU (Eriksen "
            "1986 Endocr Rev 7:379: resorption ~40 d, reversal ~10-40 d, formation ~120-145 d)"),
    literature("osteoblast_commitment_rate", 0.1, "1/d", "turnover of the responding osteoblast pool",
               "preosteoblasts mature over ~10 d (Parfitt 1994 J Cell Biochem 55:273)"),
    literature("osteoblast_apoptosis_rate", 0.011, "1/d", "active osteoblast loss rate (lifespan ~3 months)",
               "Manolagas 2000 Endocr Rev 21:115: osteoblasts work ~3 months"),
    # --- osteocytes ---------------------------------------------------------
    assumed("osteolysis_half_drive", 3, "1", "osteocyte drive half-activating osteolysis",
            "osteolysis is minimal at rest and recruited in lactation (Qing 2012)"),
    assumed("osteolysis_hill", 3, "1", "steepness of osteolysis recruitment", "switch-like recruitment"),
    assumed("lacunar_area_maximum", 2, "1", "largest osteocyte lacuna osteolysis can open, relative to rest",
            "lacunae enlarge by tens of percent in lactation (Qing 2012 J Bone Miner Res 27:1018); an osteocyte "
            "keeps its canalicular shell, so a lacuna is taken to at most double"),
    assumed("osteolysis_rate_max", 0.003, "1/d", "maximal lacunar enlargement rate",
            "women: modest (not measured in women; about +2% lacunar area at 6 months of nursing here)"),
    borrowed("lacunar_refill_rate", 0.05, "1/d", "lacunar refill rate after weaning", "mice",
             "Qing 2012 J Bone Miner Res 27:1018: lacunae back to normal within weeks of weaning"),
    literature("lacunar_volume_fraction", 0.02, "1", "lacunar volume share of cortical bone",
               "Hannah 2010 Bone 47:866: lacunar porosity ~1-2%"),
    # --- skeleton -----------------------------------------------------------
    literature("skeletal_calcium_reference", 1000, "g", "calcium in the adult female skeleton",
               "Peterson & Riggs 2010 Bone 46:49 (~1 kg)"),
    literature("whole_body_trabecular_fraction", 0.2, "1", "trabecular share of the skeleton",
               "Manolagas 2000 Endocr Rev 21:115: ~20% trabecular"),
    literature("whole_body_trabecular_turnover", 0.25 / YEAR, "1/d", "trabecular turnover, whole skeleton",
               "Parfitt 1983 Bone Histomorphometry: ~25%/year"),
    literature("whole_body_cortical_turnover", 0.03 / YEAR, "1/d", "cortical turnover, whole skeleton",
               "Parfitt 1983: ~2-3%/year"),
    literature("spine_trabecular_fraction", 0.5, "1", "trabecular share of lumbar-spine aBMD",
               "Eastell 1989 J Bone Miner Res 4:S9: ~40-60% of L2-L4 DXA mineral is trabecular"),
    literature("spine_trabecular_turnover", 0.35 / YEAR, "1/d", "vertebral cancellous turnover",
               "Parfitt 1983: red-marrow vertebral cancellous bone turns over fastest (~30-40%/year)"),
    literature("spine_cortical_turnover", 0.03 / YEAR, "1/d", "vertebral cortical turnover", "Parfitt 1983"),
    literature("hip_trabecular_fraction", 0.3, "1", "trabecular share of total-hip aBMD", "Eastell 1989"),
    literature("hip_trabecular_turnover", 0.15 / YEAR, "1/d", "proximal femur cancellous turnover",
               "Parfitt 1983: appendicular (fatty marrow) cancellous bone turns over slower"),
    literature("hip_cortical_turnover", 0.03 / YEAR, "1/d", "proximal femur cortical turnover", "Parfitt 1983"),
    literature("femoral_neck_trabecular_fraction", 0.25, "1", "trabecular share of femoral-neck aBMD", "Eastell 1989"),
    literature("femoral_neck_trabecular_turnover", 0.15 / YEAR, "1/d", "femoral neck cancellous turnover", "Parfitt 1983"),
    literature("femoral_neck_cortical_turnover", 0.03 / YEAR, "1/d", "femoral neck cortical turnover", "Parfitt 1983"),
    literature("radius_trabecular_fraction", 0.1, "1", "trabecular share of radius aBMD (distal third)",
               "Schlenker 1978: 1/3 radius mostly cortical"),
    literature("radius_trabecular_turnover", 0.15 / YEAR, "1/d", "radius cancellous turnover", "Parfitt 1983"),
    literature("radius_cortical_turnover", 0.03 / YEAR, "1/d", "radius cortical turnover", "Parfitt 1983"),
    literature("femur_trabecular_fraction", 0.2, "1", "trabecular share of whole-femur aBMD", "Eastell 1989"),
    literature("femur_trabecular_turnover", 0.15 / YEAR, "1/d", "femoral cancellous turnover", "Parfitt 1983"),
    literature("femur_cortical_turnover", 0.03 / YEAR, "1/d", "femoral cortical turnover", "Parfitt 1983"),
    assumed("mineralization_calcium_exponent", 4, "1", "mineral deposition per relative ionized calcium (power law below saturation)",
            "mineralisation needs a supersaturated calcium-phosphate product; it slows in hypocalcaemia"),
    assumed("mineralization_maximum_gain", 2, "1", "largest mineral deposition per osteoid laid, relative to normal",
            "hypercalcaemia cannot mineralise osteoid that osteoblasts have not laid: the mineral apposition rate "
            "stays within about twice normal, so resorbed calcium is not simply laid back down"),
    assumed("mineralization_saturation_sharpness", 4, "1", "how sharply mineral deposition levels off at its maximum",
            "deposition follows calcium^a up to normal calcium (within 2% at the reference) and levels off above it"),
    assumed("mineralization_phosphate_exponent", 1, "1", "mineral deposition per relative phosphate",
            "hypophosphataemia impairs mineralisation (osteomalacia)"),
    literature("cortical_porosity_reference", 0.05, "1", "cortical porosity at the distal radius",
               "Bjornerem 2017 J Bone Miner Res 32:681 (HR-pQCT)"),
    assumed("trabecular_perforation_rate", 7e-4, "1/d", "trabecular perforation per unit net resorption",
            "chosen so Tb.N falls ~10% over 6 months of lactation (Bjornerem 2017 JBMR 32:681: -0.22/mm); "
            "perforated trabeculae are not rebuilt (Parfitt 1987)"),
]

PARAMETERS += DRUG_PARAMETERS
