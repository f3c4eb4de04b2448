"""Parameters for dairy cows: the women's equations with the values that differ in a Holstein cow.

Reference state: a mature, non-pregnant, non-lactating Holstein of about
650 kg eating 12 kg/d of a ration with 0.8% calcium in its dry matter and a
cation-anion difference (DCAD) of +250 mEq/kg. Calving is day 0; the calf
(``offspring`` = 1) stands for milking, and full milk follows Wood's lactation
curve with its peak at ``milk_volume_per_offspring``. Values not listed are
the women's, marked as such (``derive``). Estradiol runs on the cow's own
scale, a few pg/mL, and so rises about a hundred-fold to calving; the other
hormone levels keep the women's scale, since the model reads them relative to
their reference.
"""

import json
from math import log
from pathlib import Path

from .base import assumed, calibrated, literature
from . import human
from .derive import derive

#: Values fitted by ``lactabone calibrate --species cow --write`` (see lactabone.calibration).
CALIBRATED = json.loads(Path(__file__).with_name("calibrated_cow.json").read_text())
LN2 = log(2)
WOMEN = {parameter.name: parameter.value for parameter in human.PARAMETERS}
MILK_DENSITY = WOMEN["milk_density"]  # kg/L
#: The women's rapidly exchangeable bone calcium over their extracellular calcium (about 3).
WOMEN_POOL_TO_ECF = WOMEN["exchangeable_bone_calcium_reference"] / (
    WOMEN["extracellular_volume"] * WOMEN["serum_calcium_reference"] * WOMEN["calcium_molar_mass"])
ECF_VOLUME = 90.0  # L
SERUM_CALCIUM = 2.4  # mmol/L
#: Days for the extracellular fluid and the rapidly exchangeable bone pool to come within 1/e of equilibrium.
EXCHANGE_EQUILIBRATION_DAYS = 1.0 / 24
DRY_MATTER_INTAKE = 12000.0  # g/d, far-off dry cow
RATION_CALCIUM = 8.0  # mg/g of dry matter (0.8%)
ENDOGENOUS_FECAL = 10000.0  # mg/d
ESTRADIOL_SCALE = 0.03  # cow / woman estradiol
URINE = 500.0  # mg/d

CHANGES = [
    literature("body_weight", 650, "kg", "body weight of a mature Holstein cow",
               "mature Holsteins of the Iowa Experiment Station herd averaged 1,405 lb, 637 kg ('Normal growth in "
               "dairy cattle', Iowa Agriculture and Home Economics Experiment Station Research Bulletin 12(154); "
               "year not retrieved); nonlinear mixed models of 19 Brazilian Holstein herds put mature body weight at "
               "705 kg, reached by the third lactation (Busanello, Santo & de Almeida, 'Are the recommended "
               "proportions of mature body weight being achieved in different stages of growth in Brazilian Holstein "
               "and Jersey dairy cattle?', JDS Communications 2025, doi:10.3168/jdsc.2025-0743); 650 kg lies within 2% and "
               "8% of them, between Goff's 600 kg reference cow (Vet Clin North Am Food Anim Pract 2000) and the "
               "~710 kg of Duplessis 2014's herds"),
    literature("gestation_length", 280, "d", "gestation of a Holstein cow", "Holstein gestation about 279-283 d"),
    assumed("lactation_curve_exponent", 0.2, "1", "Wood's b: rise and fall of milk over a lactation",
            "Wood 1967 Nature 216:164 incomplete gamma curve; b about 0.1-0.3 in fitted dairy lactations (Falta "
            "2021 Anim Biosci 34:949: b = 0.10 in first-lactation Simmentals); milk on day 1 is about 55% of peak"),
    assumed("lactation_peak_day", 50, "d", "day of peak milk yield", "multiparous Holsteins peak at 6-8 weeks"),
    assumed("prepartum_secretion_days", 1, "d", "days before calving that the udder starts secreting colostrum",
            "the udder fills with colostrum before calving (2.5-7.7 kg at the first milking, Westhoff 2023 J Dairy "
            "Sci 106:4874) and plasma calcium of multiparous cows first falls 9 h before calving (Megahed 2018 "
            "J Dairy Sci 101:1365); a day is chosen"),
    *human.rescaled_estradiol(ESTRADIOL_SCALE, "a cow's serum estradiol is a few pg/mL: preovulatory peaks of "
                              "7.6-12.1 pg/mL in heifers, dry and lactating Holsteins (Sartori 2002 J Dairy Sci "
                              "85:2813; Sartori 2004 J Dairy Sci 87:905) against women's ~250-400"),
    literature("placental_estradiol_at_term", 300, "pg/mL", "estradiol of late pregnancy",
               "Smith 1973 J Anim Sci 36:391 (Holstein heifers): estradiol-17beta 32 pg/mL at day -26, 150 at day -5 "
               "and a peak of 295 +/- 53 pg/mL 1.5-2 days before calving, 52 pg/mL the day after; the placenta's "
               "estrone runs about 8-fold higher"),
    literature("placental_progesterone_at_term", 5, "ng/mL", "progesterone of late pregnancy (corpus luteum)",
               "systemic plasma progesterone of 8 pregnant cows (gas chromatography) 'varied mostly in the 2.5 to 7.5 "
               "ng/ml range' in the last month of pregnancy, 0.5-3.0 ng/mL at calving, with a significant fall over "
               "that month (J Reprod Fertil; I. B. Munro an author; Pope, Gupta & Munro 1969 J Reprod Fertil 20:369 "
               "from memory, authors and pages not confirmed in the search); 5 ng/mL is that range's middle. A cow's "
               "pregnancy progesterone comes mostly from the corpus luteum (Short 1958, as cited in 'Reproductive "
               "steroids in the bovine. I. Relationships during late gestation', J Anim Sci); women's placenta "
               "makes ~150"),
    assumed("parity", 3, "1", "lactation number of the reference cow", "a third-lactation cow; [cow] parity sets it"),
    assumed("parity_adaptation_decline", 0.25, "1", "loss of gut and bone adaptation speed, and of bone's acute response to PTH, per further lactation",
            "older cows adapt more slowly: intestinal calcitriol receptors and bone-resorbing surfaces decline with "
            "age (Horst 1994 J Dairy Sci 77:1936, review: milk fever reflects target-tissue receptors, not hormone "
            "output), so fewer surfaces answer a rise of PTH; heifers do not cycle after calving while aged cows' "
            "calcium minima recur every 7-10 days (Hove 1986 J Dairy Sci 69:2072); subclinical hypocalcaemia rises from 6% in first to 60% in fourth+ lactations (Venjakob 2017 J "
            "Dairy Sci 100:9258)"),
    # --- brain ---------------------------------------------------------------
    assumed("suckling_gnrh_inhibition_gain", 0, "1", "neural inhibition of GnRH per calf-equivalent of milking",
            "milked dairy cows resume ovarian cycles 17 days after calving (16.6 +/- 1.1 d in 13 Friesians, 'Plasma "
            "progesterone and gonadotrophin concentrations and ovarian activity in post-partum dairy cows'): "
            "machine milking does not hold GnRH down as a suckling infant or calf does"),
    assumed("prolactin_gnrh_half_inhibition", 1000, "ng/mL", "prolactin halving GnRH pulsatility",
            "far above any cow's prolactin: the prolactin of milking does not delay the first ovulation after "
            "calving (see suckling_gnrh_inhibition_gain)"),
    literature("oxytocin_reference", 1.5, "pg/mL", "basal plasma oxytocin of a cow",
               "'Oxytocin secretion during milking in dairy cows with regard to the variation and importance of a "
               "threshold level for milk removal' (Worstorff and colleagues, J Endocrinol 1984 102:337): 1.5 +/- 0.6 "
               "pmol/L before 147 milkings of 21 cows (~1.5 pg/mL at 1007 Da), a third of the women's 5"),
    assumed("oxytocin_suckling_gain", 1.5, "pg/mL", "mean oxytocin raised per calf-equivalent of milking (daily mean "
            "of pulses)",
            "milking raises oxytocin to 18-31 pg/mL for minutes (German Braunvieh, J Dairy Res 1991 58:159), and "
            "3-5 pmol/L suffices for full milk ejection (J Endocrinol 1984 102:337); no daily mean is measured, so "
            "the women's doubling of the resting level is kept"),
    # --- breast --------------------------------------------------------------
    assumed("milk_volume_per_offspring", 45 / MILK_DENSITY, "L/d", "peak milk of a mature high-yielding cow",
            "45 kg/d at peak (305-d yields ~11,600 kg in USDA Holstein records); [cow] peak_milk_kg_per_day sets it"),
    assumed("first_lactation_peak_ratio", 0.8, "1", "peak milk of a first-calf heifer over a mature cow's",
            "primiparous cows peak lower and later and are more persistent (Wood 1967; Falta 2021)"),
    literature("milk_calcium_concentration", 1150, "mg/L", "calcium in mature cow's milk",
               "about 1.1 g/kg milk (Oetzel, 0.5 g/lb; NASEM 2021 Nutrient Requirements of Dairy Cattle)"),
    assumed("colostrum_calcium_excess", 0.9, "1", "extra calcium of colostrum over mature milk, relative",
            "a ratio computed here: colostrum carries 1.8-2.3 g/kg (Oetzel 0.8-1.0 g/lb; 23 g in 10 L at the first "
            "milking) against ~1.1 g/kg in mature milk, 1.6-2.1 times, about twice"),
    assumed("mammary_casr_calcium_transport_share", 0, "1",
            "share of milk calcium transport the mammary CaSR supports at the reference calcium",
            "no bovine measurement; milk fever is the udder drawing colostrum calcium (1.8-2.3 g/kg) into a "
            "hypocalcaemia of 1.0-1.4 mmol/L (Goff 2008 Vet J 176:50), so none is assumed. With the mice's "
            "share (0.3) the cow is protected: her nadir stays at 1.51 mmol/L (S25) and her lowest calcium of "
            "days 0-2 cannot reach D6's 2.0 at any osteoclast exponent the fit allows"),
    literature("milk_phosphorus_concentration", 950, "mg/L", "phosphorus in cow's milk",
               "cow's milk carries 97 mg phosphorus/100 mL (Basu & Mukherjee 1943, 'Phosphorus in milk. II. "
               "Availability of phosphorus of the milk of cow, goat and buffalo', Dacca University; journal not "
               "retrieved); feeding standards fix 0.90 g/kg (NRC 2001 Nutrient Requirements of Dairy Cattle) and "
               "1.00 g/kg (CVB 2005), the fixed milk contents of 90 and 100 mg/100 g that farm phosphorus budgets "
               "use; 950 mg/L (0.92 g/kg at 1.032 kg/L) lies inside 0.90-1.00 g/kg and within 2% of 970 mg/L"),
    assumed("pthrp_nonmammary", 0.5, "pmol/L", "circulating PTHrP outside lactation",
            "a detection limit taken as the value, as in women: a Jersey cow's arterial and venous plasma PTHrP "
            "stayed below the assay's 0.57 pmol/L throughout the periparturient period, as did that of 9 "
            "lactating Holsteins whose milk held 14,900-41,200 pmol/L (J Vet Med Sci 2006 68(7):709-713; authors "
            "not retrieved)"),
    calibrated("mammary_time_constant", CALIBRATED, "d", "time for secretory capacity to follow its drive",
               "D19 (a parous cow's calcium is lowest 12-24 h after calving: Goff 2008 Vet J 176:50; Hove 1986 J "
               "Dairy Sci 69:2072), jointly with D6. A check on it: a parous cow's udder then holds 7.8 kg of "
               "colostrum at calving and 8.8 kg 2 h later, near Holsteins' first milkings (Cabral 2016 J Dairy Sci "
               "99:4048: 7.7 kg in multiparous cows; Gulinski & Gago 2019 Acta Sci Pol Zootech 18:11: 6.9 kg within "
               "2 h; Soufleri 2019 J Dairy Sci 102:11225: median 5 kg of 1,047 cows), at 1.8 g/kg of calcium, the "
               "low end of the 1.8-2.3 g/kg of colostrum_calcium_excess (udder volume integrated from day -5 in "
               "15-minute steps); the old assumed 1 d put the nadir 25-31 h after calving"),
    # --- mineral -------------------------------------------------------------
    assumed("extracellular_volume", ECF_VOLUME, "L", "extracellular volume holding the exchangeable calcium",
            "a volume computed here from a calcium mass: Goff (Vet Clin North Am Food Anim Pract 2000): a 600 kg cow "
            "holds ~3 g calcium in plasma and 8-9 g in the whole extracellular pool, i.e. ~90 L at 2.4 mmol/L"),
    literature("serum_calcium_reference", SERUM_CALCIUM, "mmol/L", "total serum calcium of a healthy cow",
               "NASEM 2021 Nutrient Requirements of Dairy Cattle ch. 7: 2.2-2.5 mmol/L"),
    literature("serum_phosphate_reference", 1.8, "mmol/L", "serum inorganic phosphate of a healthy cow",
               "cows' plasma inorganic phosphorus runs 4.6-9.0 mg/dL (1.5-2.9 mmol/L; Engelking's appendix table of "
               "blood chemistry values in domestic animals, CRC Press) or 4-8 mg/dL (1.3-2.6 mmol/L; ASA-CSSA-SSSA "
               "2005 abstract P3148); a New Zealand laboratory calls >1.4 mmol/L adequate (Awanui); 1.8 mmol/L (5.6 "
               "mg/dL) against the women's 1.1, at which a cow would be short of phosphorus"),
    literature("serum_ionized_calcium_reference", 1.15, "mmol/L", "ionized serum calcium of a healthy cow",
               "NASEM 2021: 45-50% of plasma calcium is ionized"),
    assumed("exchangeable_bone_calcium_reference", WOMEN_POOL_TO_ECF * ECF_VOLUME * SERUM_CALCIUM * 40.078, "mg",
            "rapidly exchangeable bone calcium",
            "the women's ratio to extracellular calcium (about 3: Neer 1967's 4-5 g pool against 1.3 g in 14 L) "
            "applied to the cow's 8.7 g extracellular calcium: surface calcium that buffers, not net resorption"),
    assumed("calcium_exchange_rate", 1 / (EXCHANGE_EQUILIBRATION_DAYS * (1 + 1 / WOMEN_POOL_TO_ECF)), "1/d",
            "rate of calcium binding at bone surfaces",
            "extracellular and surface calcium equilibrate with a time constant of about 1 h: after a calcium "
            "infusion the cow is back in hypocalcaemia about 4 hours later (Oetzel 2013, Tri-State Dairy "
            "Nutrition Conference, via MSU Extension), three to four time constants"),
    calibrated("dcad_calciuria_sensitivity", CALIBRATED, "kg/mmol",
               "log-linear fall of the distal tubule's calcium capacity per unit of ration acid load",
               "D21 (Zimpel 2021 J Dairy Sci: from +200 to -150 mEq/kg urine took ~8 g/d more calcium before "
               "calving; hypercalciuria of acidosis: TRPV5 closes, Martin-Tereso & Verstegen 2011 Nutr Res Rev "
               "24:228)"),
    calibrated("pth1r_osteoclast_activity_exponent", CALIBRATED, "1",
               "resorbing activity per osteoclast per PTH1R signal, in a first lactation (times parity_adaptation_rate "
               "in later ones)",
               "D6 (the typical third-lactation cow's lowest calcium in the first 2 days is 2.0 mmol/L: 49.4% of "
               "them fall below it, Venjakob 2017 J Dairy Sci 100:9258), jointly with D19"),
    literature("pth_reference", 3.85, "pmol/L", "serum intact PTH of a healthy cow",
               "Bandzaite, Klimiene, Spakauskas & Matusevicius 2005 Pol J Vet Sci 8(4):269-274: intact PTH "
               "(IMMULITE immunometric assay) 3.47-5.20 pmol/L in healthy cows (85 cows, healthy and sick); "
               "Spakauskas & Klimiene 2007 Medycyna Wet 63(6):662-666: 1.7-7.5 pmol/L in healthy cows (122 "
               "cows); 3.85 lies inside both ranges. Their middle, 4.3, was tried and lowers D11's calcium from "
               "day 14 to 2.08 mmol/L through non-mammary PTHrP's share of the PTH1R signal"),
    literature("calcitonin_reference", 6.5, "pg/mL", "serum calcitonin of a healthy cow",
               "Bandzaite 2005 Pol J Vet Sci 8:269: 1.46-2.40 pmol/L in healthy and sick cows (85 cows, IMMULITE "
               "immunometric assay), 5.0-8.2 pg/mL at ~3.4 kDa; 6.5 is their middle, twice the women's 3"),
    assumed("pth_calcium_set_point", 1.13 * 1.15 / 1.2, "mmol/L", "ionized calcium halving PTH secretion",
            "the women's set point (1.13 of 1.2 mmol/L, Brown 1983) scaled to the cow's ionized calcium, with the "
            "women's Hill 30. Cows' own 1968 radioimmunoassay (Sherwood, Mayer, Ramberg, Kronfeld, Aurbach & Potts "
            "Endocrinology 83:1043) found PTH linear in plasma calcium from 4 to 12 mg/dL; its least-squares "
            "sigmoid (Hill 5, halving at 0.77 of resting calcium) was tried: proportional control leaves the "
            "lactating cow at 1.88 mmol/L from day 14 (D11) and the recalibration of D6 stops at 1.77 mmol/L with "
            "pth1r_osteoclast_activity_exponent at 3.9 (5 December 2026), so the steep sigmoid is kept"),
    assumed("calcitriol_intestinal_exponent", log(7) / log(2), "1",
            "intestinal active transport per relative calcitriol",
            "from the dry cow's ~11% to the ~38% of dietary calcium a lactating cow must absorb (NRC 2001 "
            "absorption coefficient; 0.8% calcium at 24 kg/d dry matter against ~73 g/d of milk, faecal and urine "
            "calcium) transcellular transport per unit of mucosa rises about 7-fold while calcitriol about doubles "
            "(Goff 2008 Vet J 176:50): 2^2.8 = 7"),
    assumed("pregnancy_intestinal_gain", 0, "1", "calcitriol-independent rise of absorption in pregnancy",
            "the women's value carries a rise of absorption in human pregnancy that placental and pregnancy hormones "
            "drive; in pregnant cows absorption rises with the fetal demand (45% of ~50 g/d, House & Bell 1993 J "
            "Dairy Sci 76:2999), which the PTH-calcitriol loop carries here"),
    human.one_pthrp_potency_at_cyp27b1("cow"),
    assumed("cyp27b1_time_constant", 1, "d", "time for renal 1-alpha-hydroxylase to adapt",
            "pregnant cows infused with synthetic bovine PTH raised plasma calcitriol within 16 h and doubled it by "
            "96 h, while bone resorption (hydroxyproline) needed 48-72 h ('Effect of synthetic bovine parathyroid "
            "hormone in dairy cows: prevention of hypocalcemic parturient paresis', Goff, Littledike & Horst 1986 "
            "J Dairy Sci); the women's 1 d (Horwitz 2003) fits that onset"),
    assumed("cyp27b1_constitutive_share", 0, "1",
            "share of the reference 1-alpha-hydroxylase activity made without PTH1R",
            "no cow measurement: the cow keeps a drive wholly from PTH1R, proportional to its signal, on which its "
            "calving rows (D6, calibrated) were built, until its own kidney values replace it"),
    assumed("pth_calcitriol_catabolism_sensitivity", 0, "1",
            "PTH1R's restraint of calcitriol catabolism (restraint at the reference)",
            "no cow measurement: the cow keeps a constant calcitriol clearance, as its calving rows were built "
            "on, until its own kidney values replace it"),
    assumed("cyp27b1_pth_exponent", 1, "1", "1-alpha-hydroxylase drive per relative PTH1R signal",
            "proportional, as in Peterson & Riggs 2010; with no constitutive share (above)"),
    assumed("pregnancy_cyp27b1_gain", 0, "1", "pregnancy drive of 1-alpha-hydroxylase at term",
            "women's calcitriol doubles to triples by the third trimester; a cow's calcitriol rises at calving with "
            "PTH (paretic and non-paretic cows: 'Plasma 1,25-dihydroxyvitamin D and parathyroid hormone levels in "
            "paretic dairy cows'), not through a pregnancy drive that would stop at calving"),
    assumed("intestinal_hypertrophy_exponent", 1, "1", "growth of the absorptive mucosa per relative food intake",
            "proportional growth, a choice: Hammond 1997 J Mammary Gland Biol Neoplasia 2:243 (a review, chiefly "
            "of rodents): the digestive tract of lactating mammals enlarges with the rise in intake; no exponent "
            "is measured in cows"),
    assumed("glomerular_filtration_rate", 1500, "L/d", "glomerular filtration rate",
            "about 1.6 mL/min/kg; Holstein cows' inulin and iodixanol clearances did not differ between lactating "
            "and dry cows nor with weight, age or parity ('Glomerular filtration rate in Holstein dairy cows "
            "estimated from a single blood sample using iodixanol', J Dairy Sci 2013, PMID 23791486), but their "
            "values were not found"),
    literature("food_intake_reference", DRY_MATTER_INTAKE, "g/d", "dry matter eaten by a dry cow",
               "prepartum dry matter intake of 45 multiparous Holsteins and 15 heifers fed a negative-DCAD "
               "late-gestation ration for 3, 4 or 6 weeks before calving averaged 11.4, 11.5 and 11.7 kg/d (Wu, Bernard, Zanzalari & "
               "Chapman, 'Effect of feeding a negative dietary cation-anion difference diet for an extended time "
               "prepartum on postpartum serum and urine metabolites and performance', J Dairy Sci 2014 97:7133-7143); "
               "273 individually fed cows ate 13.3 +/- 0.2 kg/d at days -21 to -12, 18.1% less on "
               "days -4 to -1 ('relative change in prepartum DMI' study, authors not retrieved); 12 kg/d lies within "
               "5% of the first and 10% of the second"),
    assumed("lactation_food_intake_gain", 1.0, "1", "rise of dry matter intake per peak-equivalent of milk",
            "intake about doubles from the dry period to peak lactation (~24 kg/d at 45 kg milk)"),
    assumed("diet_calcium_reference", DRY_MATTER_INTAKE * RATION_CALCIUM, "mg/d", "calcium eaten by a dry cow",
            "the reference ration, not a measured intake: 12 kg/d of a ration with 0.8% calcium (prepartum "
            "rations 0.4-1.5%; risk peaks at 1.1-1.3%, DeGaris & Lean 2009 Vet J 176:58)"),
    literature("endogenous_fecal_calcium_reference", ENDOGENOUS_FECAL, "mg/d", "endogenous faecal calcium",
               "NRC 2001 Nutrient Requirements of Dairy Cattle: faecal endogenous calcium of a non-lactating cow "
               "1.54 g/100 kg body weight, 10.0 g/d at 650 kg; NASEM 2021: 0.9 g/kg dry matter eaten, 10.8 g/d at "
               "12 kg (House & Bell 1993 J Dairy Sci 76:2999: maintenance ~12 g/d for a 726 kg cow)"),
    assumed("fractional_calcium_absorption_reference", (ENDOGENOUS_FECAL + URINE) / (DRY_MATTER_INTAKE
                                                                                       * RATION_CALCIUM), "1",
            "true fractional calcium absorption of a dry, non-pregnant cow",
            "what balances her endogenous faecal loss and ~0.5 g/d of urine on 96 g/d (11%): a dry cow absorbs "
            "little of a calcium-rich ration, so her active transport is switched down at calving; pregnant dry "
            "cows on ~50 g/d absorb ~45% (House & Bell 1993)"),
    assumed("passive_absorption_fraction", 0.05, "1", "paracellular share of dietary calcium absorbed",
            "about half the dry cow's whole absorption"),
    assumed("active_absorption_half_intake", 0.4 * DRY_MATTER_INTAKE * RATION_CALCIUM, "mg/d",
            "intake half-saturating active absorption", "the women's ratio to reference intake (0.4)"),
    assumed("diet_phosphorus_intake", 0, "mg/d", "phosphorus eaten besides the ration",
            "a cow's phosphorus comes with her ration's dry matter"),
    assumed("diet_phosphorus_reference", 3.5 * DRY_MATTER_INTAKE, "mg/d", "phosphorus eaten in the reference state",
            "the usual ration's 0.35% phosphorus times the dry cow's dry matter intake"),
    literature("diet_phosphorus_content", 3.5, "mg/g", "phosphorus per gram of ration dry matter",
               "dairy rations carry 0.32-0.40% phosphorus in dry matter (NASEM 2021 Nutrient Requirements of Dairy "
               "Cattle): phosphorus intake follows dry matter intake, doubling from the dry period to peak milk"),
    literature("fetal_calcium_accretion_at_term", 10000, "mg/d", "fetal calcium accretion at term",
               "House & Bell 1993 J Dairy Sci 76:2999: Holstein fetuses accrete up to ~10 g/d late in gestation"),
    assumed("dcad_reference", 250, "mmol/kg", "cation-anion difference of the usual ration (mEq/kg dry matter)",
            "typical close-up and lactation rations run +200 to +300 mEq/kg (Charbonneau 2006 J Dairy Sci 89:537 "
            "modelled +300 to 0)"),
    assumed("dcad_pth_sensitivity", 0.0015, "kg/mmol", "log-linear rise of PTH responsiveness per unit of ration "
            "acid load",
            "metabolic alkalosis on high-DCAD rations blunts tissue responses to PTH (Goff 1991 J Dairy Sci "
            "74:3863: calcitriol made per unit PTH rise 'greatly reduced' on a cationic ration, milk fever 6/23 "
            "vs 1/24); 1.7x responsiveness at -100 against +250 mEq/kg"),
    assumed("intestinal_decay_time_constant", 5, "d", "time for intestinal transport to fall back as its drive falls",
            "goats given calcitriol for 30-36 h absorbed 47Ca equally raised 2 and 6 days later and were back at "
            "pretreatment 12-14 days after ('Intestinal absorption of 47Ca ... in goats treated with 1, 5 or 25 ug "
            "of 1,25(OH)2D3', Br J Nutr): within a tenth of the rise some 11.5 days after treatment, a time "
            "constant of 11.5 / ln 10 = 5 d; the rise keeps the women's 3 d (goats absorb 2-3 fold 48 h after oral "
            "calcitriol, 'Intestinal radiocalcium absorption in the goat', Br J Nutr)"),
    # --- bone ----------------------------------------------------------------
    assumed("osteoclast_apoptosis_rate", 0.2, "1/d", "osteoclast loss rate",
            "bone resorption is fully activated about 10 days after calving (Goff 2008 Vet J 176:50): osteoclast "
            "numbers follow their drive with a time constant of ~5 d"),
    assumed("skeletal_calcium_reference", 8000, "g", "calcium in the skeleton of a mature cow",
            "98% of body calcium is in the skeleton (NASEM 2021); body calcium about 1.2% of body weight"),
]

PARAMETERS = derive(human.PARAMETERS, "cows", CHANGES)
