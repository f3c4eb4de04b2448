"""Drug parameters for women: pharmacokinetics (``lactabone.model.pharmacokinetics``) and actions (drug arm).

Rates are per day: a half-life t1/2 gives ln 2 / t1/2. Rodent sets replace the
values that differ (``mouse.py``, ``rat.py``).
"""

from math import log

from .base import assumed, constant, literature

LN2 = log(2)
HOUR = 1 / 24  # d
YEAR = 365.25  # d
CALCIUM_MG_PER_MMOL = 40.078
#: Strong-anion equivalents per mg of calcium in a bolus of 31 g calcium as CaCl2 and 12 g as CaSO4 [mEq/mg].
BOLUS_ANIONS_PER_CALCIUM = (2 * 31 + 0.6 * 2 * 12) / CALCIUM_MG_PER_MMOL / 43_000 * 1000


def _no_bone(drug: str, reason: str):
    """Bone uptake and release rates of a drug that does not bind bone mineral."""
    return [assumed(f"{drug}_bone_uptake_rate", 0, "1/d", f"{drug} uptake into bone", reason),
            assumed(f"{drug}_bone_release_rate", 0, "1/d", f"{drug} release from bone", reason)]


DRUG_PARAMETERS = [
    constant("picograms_per_milligram", 1e9, "pg/mg", "picograms in a milligram", "SI prefixes"),
    constant("milliliters_per_liter", 1000, "mL/L", "millilitres in a litre", "SI prefixes"),
    literature("body_weight", 65, "kg", "body weight of the reference woman",
               "typical adult woman; doses in dose_mg_per_kg are scaled by it"),
    # --- denosumab (anti-human-RANKL IgG2) -------------------------------------
    literature("denosumab_bioavailability_sc", 0.61, "1", "subcutaneous bioavailability of denosumab",
               "Gibiansky 2012 Clin Pharmacokinet 51:247: population PK, sc bioavailability 61%, dose-independent"),
    literature("denosumab_absorption_rate", LN2 / 2.7, "1/d", "subcutaneous absorption rate of denosumab",
               "Gibiansky 2012 Clin Pharmacokinet 51:247: absorption half-time 2.7 d"),
    literature("denosumab_elimination_rate", 0.00325 * 24 / 2.62, "1/d", "linear elimination of denosumab",
               "Gibiansky 2012 Clin Pharmacokinet 51:247: linear clearance 3.25 mL/h over central volume 2.62 L "
               "(half-life 23 d; label half-life 28 d)"),
    literature("denosumab_volume", 2.62 / 66, "L/kg", "central volume of denosumab",
               "Gibiansky 2012 Clin Pharmacokinet 51:247: central volume 2.62 L per 66 kg"),
    *_no_bone("denosumab", "an antibody does not bind bone mineral"),
    literature("denosumab_effect_rate", LN2 / (6 * HOUR), "1/d", "onset of RANKL blockade after a change in serum",
               "Bekker 2004 J Bone Miner Res 19:1059: urinary NTX falls within 12 h of a dose"),
    literature("denosumab_rankl_binding", 1, "1", "denosumab binds this species' RANKL (1) or not (0)",
               "Kostenuik 2009 J Bone Miner Res 24:182: denosumab binds human RANKL, not murine RANKL"),
    assumed("denosumab_rankl_half_inhibition", 0.005, "mg/L", "serum denosumab halving free RANKL in vivo",
            "chosen so 60 mg sc lowers CTX by >80% within a week and holds it for about 6 months (Bekker 2004 "
            "J Bone Miner Res 19:1059: CTX -84% by day 3, suppression lasting 6 months at 60 mg)"),
    # --- OPG-Fc (recombinant RANKL decoy) --------------------------------------
    literature("opg_fc_bioavailability_sc", 0.5, "1", "subcutaneous bioavailability of OPG-Fc",
               "Bekker 2001 J Bone Miner Res 16:348 (AMGN-0007 in women): sc exposure about half of iv"),
    literature("opg_fc_absorption_rate", 0.5, "1/d", "subcutaneous absorption rate of OPG-Fc",
               "Bekker 2001 J Bone Miner Res 16:348: peak serum OPG-Fc 1-2 days after sc dosing"),
    literature("opg_fc_elimination_rate", LN2 / 4.5, "1/d", "elimination of OPG-Fc",
               "Bekker 2001 J Bone Miner Res 16:348: terminal half-life about 4.5 d"),
    literature("opg_fc_volume", 0.05, "L/kg", "volume of distribution of OPG-Fc",
               "Fc-fusion proteins distribute in plasma volume, about 0.05 L/kg (Bekker 2001)"),
    *_no_bone("opg_fc", "a fusion protein does not bind bone mineral"),
    literature("opg_fc_effect_rate", LN2 / (6 * HOUR), "1/d", "onset of RANKL blockade after a change in serum",
               "Bekker 2001 J Bone Miner Res 16:348: urinary NTX falls within 12 h of a dose"),
    assumed("opg_fc_rankl_half_inhibition", 0.1, "mg/L", "serum OPG-Fc halving free RANKL in vivo",
            "OPG binds RANKL with nanomolar affinity, weaker than denosumab (Kostenuik 2009); 3 mg/kg sc "
            "suppressed NTx by 80% (Bekker 2001)"),
    # --- zoledronate ---------------------------------------------------------
    assumed("zoledronate_bioavailability_sc", 1, "1", "subcutaneous bioavailability of zoledronate",
            "a small hydrophilic molecule injected sc (as in rodent studies) is absorbed completely"),
    assumed("zoledronate_absorption_rate", 24, "1/d", "subcutaneous absorption of zoledronate",
            "absorbed within hours of an sc injection (women receive it iv, which bypasses this)"),
    literature("zoledronate_elimination_rate", 0.39 * LN2 / (1.87 * HOUR), "1/d", "renal clearance of zoledronate",
               "Zometa (zoledronic acid) label, Novartis: plasma half-life 1.87 h (beta phase); 39 +/- 16% of the "
               "dose in urine within 24 h"),
    literature("zoledronate_bone_uptake_rate", 0.61 * LN2 / (1.87 * HOUR), "1/d", "uptake of zoledronate by bone",
               "Zometa label: the 61% of a dose not excreted within 24 h is bound mainly to bone"),
    literature("zoledronate_bone_release_rate", LN2 / (10 * YEAR), "1/d", "release of bisphosphonate from bone",
               "Khan 1997 J Bone Miner Res 12:1700: terminal half-life of alendronate in bone >10 years"),
    literature("zoledronate_effect_rate", LN2 / 2, "1/d", "uptake of bone-bound drug by resorbing osteoclasts",
               "Hughes 1995 J Bone Miner Res 10:1478: osteoclast apoptosis rises over the first 2 days after "
               "bisphosphonate treatment; resorbing osteoclasts take it up from the bone surface"),
    assumed("zoledronate_bone_half_effect", 0.02, "mg/kg", "bone-bound zoledronate for half-maximal effect",
            "5 mg iv once a year keeps resorption markers about 60% lower (Black 2007 N Engl J Med 356:1809)"),
    # --- alendronate ---------------------------------------------------------
    literature("alendronate_bioavailability_oral", 0.0076, "1", "oral bioavailability of alendronate (fasting)",
               "Gertz 1995 Clin Pharmacol Ther 58:288: 0.76% in fasting women, breakfast 2 h later"),
    literature("alendronate_absorption_rate", 24, "1/d", "intestinal absorption of alendronate",
               "Gertz 1995 Clin Pharmacol Ther 58:288: absorption complete within about an hour"),
    literature("alendronate_elimination_rate", 0.5 * LN2 / (2 * HOUR), "1/d", "renal clearance of alendronate",
               "Fosamax label: about 50% of systemic alendronate excreted in urine within 72 h, plasma "
               "concentrations fall >95% within 6 h"),
    literature("alendronate_bone_uptake_rate", 0.5 * LN2 / (2 * HOUR), "1/d", "uptake of alendronate by bone",
               "Fosamax label: about 50% of systemic alendronate retained by bone"),
    literature("alendronate_bone_release_rate", LN2 / (10 * YEAR), "1/d", "release of alendronate from bone",
               "Khan 1997 J Bone Miner Res 12:1700: terminal half-life in bone >10 years"),
    literature("alendronate_effect_rate", LN2 / 2, "1/d", "uptake of bone-bound drug by resorbing osteoclasts",
               "Hughes 1995 J Bone Miner Res 10:1478 (as zoledronate)"),
    assumed("alendronate_bone_half_effect", 0.2, "mg/kg", "bone-bound alendronate for half-maximal effect",
            "about 10x less potent than zoledronate per mg (Russell 2008 Osteoporos Int 19:733, relative "
            "antiresorptive potency); 70 mg weekly lowers resorption markers about 50-70%"),
    assumed("bisphosphonate_maximum_inhibition", 0.9, "1", "largest cut of osteoclast activity by bisphosphonate",
            "high doses suppress resorption markers by about 90% in rodents and people (Russell 2008)"),
    literature("bisphosphonate_apoptosis_gain", 4, "1", "raise of osteoclast apoptosis by bisphosphonate",
               "Hughes 1995 J Bone Miner Res 10:1478: bisphosphonates raise apoptotic osteoclasts 4- to 24-fold"),
    # --- salmon calcitonin ----------------------------------------------------
    literature("calcitonin_bioavailability_sc", 0.71, "1", "subcutaneous bioavailability of salmon calcitonin",
               "Swiss calcitonin (Miacalcic) prescribing information: 71% sc, 66% im"),
    literature("calcitonin_bioavailability_nasal", 0.03, "1", "nasal bioavailability of salmon calcitonin",
               "Miacalcin nasal spray label: about 3% of the im bioavailability"),
    literature("calcitonin_absorption_rate", LN2 / (12.5 / 60 * HOUR), "1/d", "absorption of salmon calcitonin",
               "Swiss calcitonin prescribing information: absorption half-life 10-15 min, peak 23 min after sc"),
    literature("calcitonin_elimination_rate", LN2 / (1.25 * HOUR), "1/d", "elimination of salmon calcitonin",
               "Swiss calcitonin prescribing information: elimination half-life 1 h (im) to 1.5 h (sc)"),
    literature("calcitonin_volume", 0.2, "L/kg", "volume of distribution of salmon calcitonin",
               "Swiss calcitonin prescribing information: volume of distribution 0.15-0.3 L/kg"),
    *_no_bone("calcitonin", "a peptide does not bind bone mineral"),
    literature("calcitonin_effect_rate", LN2 / (1 * HOUR), "1/d", "onset of calcitonin's action on osteoclasts",
               "Chambers & Magnus 1982 J Pathol 136:27: osteoclasts retract within minutes of calcitonin, "
               "serum calcium falls within hours"),
    assumed("salmon_calcitonin_potency", 1, "1", "salmon calcitonin per human calcitonin at the receptor",
            "similar receptor affinity (Azria 1989 Calcif Tissue Int 44 Suppl); its 40-50x greater potency in "
            "bioassays comes from its longer life, which the pharmacokinetics already carry"),
    # --- calcium salts (dose = elemental calcium; central = given, not yet in the blood) ---
    assumed("calcium_borogluconate_absorption_rate", 1, "1/d", "unused: calcium borogluconate is given iv only",
            "an iv dose enters the central compartment directly"),
    assumed("calcium_borogluconate_elimination_rate", LN2 / (10 / 60 * HOUR), "1/d",
            "entry of infused calcium into the extracellular fluid",
            "a 500 mL bottle runs in over 10-20 min (label directions: slowly, over 10 min or more); Blanc 2014 "
            "J Dairy Sci 97:6901: serum calcium peaks within the first hour after 10.7 g calcium iv"),
    *_no_bone("calcium_borogluconate", "the salt dissociates in blood; its calcium is counted in the mineral arm"),
    assumed("calcium_borogluconate_effect_rate", 1, "1/d", "unused: no effect site",
            "calcium acts as calcium, through the extracellular pool"),
    assumed("oral_calcium_bioavailability_oral", 0.2, "1", "share of an oral calcium bolus absorbed",
            "Goff & Horst 1993 J Dairy Sci 76:101: 50 g calcium as oral CaCl2 raised plasma calcium about as "
            "much as 4 g iv; a soluble salt at high luminal concentration crosses passively"),
    assumed("oral_calcium_absorption_rate", LN2 / (1 * HOUR), "1/d", "absorption of an oral calcium bolus",
            "Goff & Horst 1993 J Dairy Sci 76:101: plasma calcium rises within 30 min of oral CaCl2 and stays up "
            "for about 4-6 h"),
    assumed("oral_calcium_elimination_rate", LN2 / (10 / 60 * HOUR), "1/d",
            "entry of absorbed calcium into the extracellular fluid", "as fast as an infusion once across the gut"),
    *_no_bone("oral_calcium", "the salt dissociates; its calcium is counted in the mineral arm"),
    literature("oral_calcium_anion_content", BOLUS_ANIONS_PER_CALCIUM, "mmol/mg",
               "strong-anion equivalents per mg of calcium in an oral calcium bolus (mEq/mg)",
               "a 43 g bolus carries 31 g of calcium as calcium chloride and 12 g as calcium sulfate (NZ Vet J 2018, "
               "doi 10.1080/00480169.2018.1520654): 2 mEq of chloride per mmol of calcium, sulfate weighted 0.6 as "
               "in the DCAD that best predicts milk fever (Charbonneau 2006 J Dairy Sci 89:537); calcium chloride "
               "by mouth acidifies the blood (Goff & Horst 1993 J Dairy Sci 76:101)"),
    assumed("oral_calcium_effect_rate", 1, "1/d", "unused: no effect site",
            "calcium acts as calcium, through the extracellular pool"),
]
