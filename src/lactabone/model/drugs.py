"""Drug arm: what each drug does, as named terms the bone-cell arm uses.

The drugs act on the circuit's own terms, never on its outputs:

    free_rankl_fraction = 1 / (1 + denosumab_rankl_binding C_dmab / IC50_dmab + C_opgfc / IC50_opgfc)
        RANKL left free by the antibody (human RANKL only: denosumab_rankl_binding is 0 in rodents,
        Kostenuik 2009 J Bone Miner Res 24:182) and by the OPG-Fc decoy; multiplies the RANKL/OPG ratio
    bisphosphonate_osteoclast_inhibition = L / (1 + L),
        L = sum over zoledronate, alendronate of (bone-bound amount / body weight) / half-effect load
        suppresses osteoclast activity and shortens osteoclast life (Russell 2008 Osteoporos Int 19:733)
    calcitonin_receptor_ligand = calcitonin + salmon_calcitonin_potency C_sCT
        endogenous plus drug calcitonin on the osteoclast calcitonin receptor: inhibits osteoclasts and
        restrains the skeleton's response to PTHrP and low estradiol (bone_cells, osteocytes)
    drug_calcium_into_blood = sum over calcium salts of k_e x (calcium given, not yet in the blood)   [mg/d]
        calcium borogluconate infused iv and oral calcium absorbed across the gut enter the extracellular
        fluid (mineral arm) and the calcium ledger
    oral_calcium_anion_absorption = oral_calcium_anion_content k_a depot / F    [mEq/d]
        the chloride (and sulfate) of a bolus are absorbed as its calcium is given (F: calcium's
        bioavailability); the mineral arm adds them to the ration's acid load (Goff & Horst 1993)

Each drug acts from its effect site (``lactabone.model.pharmacokinetics``):
concentrations are effect-site amounts over the volume of distribution (L/kg)
times body weight; bisphosphonate loads are effect-site amounts following the
bone-bound drug.
"""

from .core import Arm, p, v
from .pharmacokinetics import CALCIUM_SALTS, DRUG_ROUTES, dosed

#: Registered drugs and what they are.
DRUGS: dict[str, str] = {
    "denosumab": "anti-RANKL antibody (human RANKL only)",
    "zoledronate": "bisphosphonate, intravenous",
    "alendronate": "bisphosphonate, oral",
    "calcitonin": "salmon calcitonin",
    "opg_fc": "OPG-Fc RANKL decoy",
    "calcium_borogluconate": "calcium borogluconate infusion (dose as calcium)",
    "oral_calcium": "oral calcium bolus (dose as calcium)",
}
#: Every administration route any drug has.
ROUTES = ("sc", "iv", "oral", "nasal")
assert set(DRUGS) == set(DRUG_ROUTES)


def _concentration(drug: str):
    """Central amount over the volume of distribution [mg/L]."""
    return dosed(drug, "effect") / (getattr(p, f"{drug}_volume") * p.body_weight)


def build() -> Arm:
    """Declare the drug arm."""
    arm = Arm("drugs", __doc__)
    denosumab = arm.term("denosumab_concentration", _concentration("denosumab"), "mg/L",
                         "denosumab acting on RANKL (effect site, in serum concentration)")
    opg_fc = arm.term("opg_fc_concentration", _concentration("opg_fc"), "mg/L",
                      "OPG-Fc acting on RANKL (effect site, in serum concentration)")
    arm.term(
        "free_rankl_fraction",
        1 / (1 + p.denosumab_rankl_binding * denosumab / p.denosumab_rankl_half_inhibition
             + opg_fc / p.opg_fc_rankl_half_inhibition), "1",
        "RANKL left free to bind RANK by denosumab and OPG-Fc")
    load = arm.term(
        "bisphosphonate_bone_load",
        (dosed("zoledronate", "effect") / p.zoledronate_bone_half_effect
         + dosed("alendronate", "effect") / p.alendronate_bone_half_effect) / p.body_weight, "1",
        "bisphosphonate bound to bone, in multiples of its half-effective load")
    arm.term("bisphosphonate_osteoclast_inhibition", load / (1 + load), "1",
             "bone-bound bisphosphonate taken up by resorbing osteoclasts (0 to 1)")
    salmon = arm.term(
        "calcitonin_drug_concentration", _concentration("calcitonin") * p.picograms_per_milligram
        / p.milliliters_per_liter, "pg/mL", "salmon calcitonin acting on its receptor (effect site, in serum concentration)")
    arm.term("calcitonin_receptor_ligand", v.calcitonin + p.salmon_calcitonin_potency * salmon, "pg/mL",
             "calcitonin receptor ligands on osteoclasts and osteocytes, in human-calcitonin equivalents")
    arm.term("drug_calcium_into_blood",
             sum(getattr(p, f"{salt}_elimination_rate") * dosed(salt, "central") for salt in CALCIUM_SALTS), "mg/d",
             "calcium from calcium borogluconate infused and oral calcium absorbed, entering the blood")
    arm.term("oral_calcium_anion_absorption",
             p.oral_calcium_anion_content * p.oral_calcium_absorption_rate * dosed("oral_calcium", "depot")
             / p.oral_calcium_bioavailability_oral, "mmol/d",
             "strong anions (chloride, sulfate) of an oral calcium bolus absorbed, in mEq/d: calcium chloride "
             "acidifies the blood as an anionic ration does")
    return arm
