"""Mineral arm: serum calcium and phosphate, PTH, calcitriol, calcitonin, gut and kidney.

Structure after Peterson & Riggs 2010 (Bone 46:49-63): an extracellular
calcium pool exchanging with a rapidly exchangeable bone pool, PTH secreted
along the parathyroid calcium-sensing receptor's inverse sigmoid
(Brown 1983 J Clin Endocrinol Metab 56:572), renal 1-alpha-hydroxylase
driven by PTH1R signalling and restrained by phosphate and calcitriol,
calcitriol-induced intestinal active transport that adapts over days.
PTH and PTHrP act on the one PTH1R with one potency in every tissue
(pthrp_pth1r_potency: equimolar in Horwitz 2003 J Clin Endocrinol Metab
88:1603, counted per unit of the intact-PTH assay), except the renal
1-alpha-hydroxylase, which PTHrP stimulates poorly (Horwitz 2005 J Bone
Miner Res 20:1792).

    serum_calcium = ecf_calcium / (extracellular_volume * calcium_molar_mass)          [mmol/L]
    parathyroid_casr_secretion = floor + (1 - pth_minimum_fraction) / (1 + (Ca_ionized / set point)^hill),
                                 relative to its value at the reference calcium without suckling
    parathyroid_secretion_floor = pth_minimum_fraction (1 + suckling_pth_floor_gain nursing)
        (the secretion calcium cannot suppress; suckling raises it in rats, whose PTH stays 81% above
         non-lactating controls on the same diet even with ionized calcium at 1.77 against 1.46 mmol/L:
         Garner, Boass & Toverud J Bone Miner Res 4 (1989); more with larger litters, Garner 1987)
    parathyroid_secretion_drive = parathyroid_casr_secretion x calcitriol_pth_restraint x phosphate_pth_stimulation
    phosphate_pth_stimulation = (serum_phosphate / reference) ^ pth_phosphate_exponent
        (phosphate raises PTH secretion and synthesis directly, at a given calcium: Nielsen 1996 Nephrol Dial
         Transplant 11:1762; Almaden 1996 J Bone Miner Res 11:970)
    pth = pth_reference * pth_gene * parathyroid_gland_mass * parathyroid_secretion_drive
    d parathyroid_gland_mass/dt = (parathyroid_secretion_drive - mass) / parathyroid_gland_time_constant
        (low calcium through the CaSR, low calcitriol through the VDR and high phosphate make parathyroid cells
         divide, Naveh-Many 1995 J Clin Invest 96:1786; Peterson & Riggs 2010's slowly adapting gland capacity)
    renal_pth1r_signal = pth_tissue_responsiveness (pth + pthrp_pth1r_potency pthrp) / (its reference value)
    d ration_acid_load/dt = (dcad_reference - diet_dcad + oral anions / dry matter eaten - ration_acid_load)
                            / acid_base_time_constant   [mEq/kg]
        (a ration with a lower cation-anion difference, or the chloride of an oral calcium bolus, makes the
         blood more acid, over days)
    pth_tissue_responsiveness = exp(dcad_pth_sensitivity ration_acid_load)
        (metabolic alkalosis on a high-DCAD ration blunts tissue responses to PTH; Goff 1991)
    acidosis_calciuria = exp(dcad_calciuria_sensitivity ration_acid_load)
        (acidosis shuts the distal tubule's TRPV5 calcium channel: hypercalciuria; Martin-Tereso & Verstegen 2011)
    parity_adaptation_rate = 1 / (1 + parity_adaptation_decline (parity - 1))
        (older cows adapt more slowly: fewer intestinal calcitriol receptors, fewer resorbing surfaces; the same
         fewer surfaces blunt bone's acute answer to PTH, bone-cell arm)
    Kidney, segment by segment (Granjon, Bonny & Edwards 2016 Am J Physiol Renal 311:F1047):
    filtered_calcium = GFR * serum_calcium * ultrafilterable share                       [mg/d]
    proximal tubule: reabsorbs proximal_calcium_fraction of it, passively
    thick ascending limb: thick_limb_calcium_fraction = reference share * restraint of (ionized / ref)^hill
        (its basolateral CaSR closes the paracellular path as calcium rises; at most (1 + reserve) x reference)
    distal_calcium_delivery = filtered (1 - proximal - thick limb)
    distal_calcium_transport_capacity = C0 GFR / GFR_reference (basal share + (1 - basal share) renal_pth1r_signal)
                                        / acidosis_calciuria                            [mg/d]
        (TRPV5 transport, a tubular maximum per litre of filtrate; C0 gives the reference urine)
    distal_calcium_reabsorbed = D / (1 + (D / C)^n)^(1/n), D = distal_calcium_delivery [mg/d]
        (all that is delivered while well below capacity, then the capacity: the renal threshold for calcium,
         whose splay n reproduces Nordin's TmCa relation; Need 1985 Clin Chim Acta 150:87)
    urine_calcium = distal_calcium_delivery - distal_calcium_reabsorbed                 [mg/d]
    dietary_calcium = diet_calcium_intake + diet_calcium_content * food_intake                [mg/d]
    food_intake = min(food_intake_reference (1 + lactation_food_intake_gain milk_volume / milk_volume_per_offspring),
                      lactation_food_intake_ceiling)
        (intake follows the milk made up to the most a mother can eat and process in a day: lactating mice stop
         eating more as litters grow beyond it, Hammond & Diamond 1992 Physiol Zool 65:952; Zhao 2017 J Exp Biol
         220:2277)
    fractional_calcium_absorption = passive_fraction + (1 - passive_fraction) x / (1 + x),
        x = intestinal_transport_capacity intestinal_mucosa x0 (diet_reference + K) / (diet + K)
        (x0 gives the reference absorption)
    gut_calcium_absorbed = fractional_calcium_absorption * dietary_calcium
    cyp27b1_pth1r_signal = renal_pth1r_signal with PTHrP at pthrp_cyp27b1_relative_potency of its potency
        (PTHrP matches PTH on renal calcium and phosphate handling but raises calcitriol poorly: Horwitz 2005
         J Bone Miner Res 20:1792; calcitriol stays normal in nursing women while PTHrP rises, Kovacs 2016)
    renal_cyp27b1_target = (c + (1 - c) cyp27b1_pth1r_signal^cyp27b1_pth_exponent) x restraints by phosphate,
        calcitriol (CYP24) and ionized calcium x pregnancy and prolactin drives
        (c = cyp27b1_constitutive_share, the enzyme made without PTH1R: k_conv_min of Granjon 2016 and Stadt &
         Layton 2023, so that animals without PTH keep some calcitriol; ionized calcium restrains the enzyme
         through the tubule's own CaSR, their gamma_conv_Ca, so that Pth-null mice on a low-calcium diet still
         raise it, Miao 2004 Endocrinology 145:2046)
    calcitriol_catabolism = restraint of (cyp27b1_pth1r_signal) with pth_calcitriol_catabolism_sensitivity
        (PTH1R holds back CYP24A1: without PTH calcitriol is cleared faster; gamma_deg_PTHp of Stadt & Layton 2023)
    d calcitriol/dt = calcitriol_clearance_rate (calcitriol_reference cyp27b1 renal_cyp27b1_activity
                                                 - calcitriol_catabolism calcitriol)
    d renal_cyp27b1_activity/dt = (renal_cyp27b1_target - activity) / cyp27b1_time_constant
    d intestinal_mucosa/dt = ((food_intake / food_intake_reference) ** intestinal_hypertrophy_exponent - mucosa)
        / intestinal_growth_time_constant      (the gut grows with the food eaten: lactational hypertrophy)
    digestive_calcium_secretion = endogenous_fecal_calcium_reference / (1 - reference absorption)
                                  (serum_calcium / reference) intestinal_mucosa
    endogenous_fecal_calcium = digestive_calcium_secretion (1 - fractional_calcium_absorption)
        (digestive-juice calcium is absorbed as efficiently as the diet's: Heaney & Skillman 1964)
    calcitriol_intestinal_drive = (calcitriol / reference) ^ calcitriol_intestinal_exponent x prolactin drive
        x (1 + pregnancy_intestinal_gain x early rise of gestation, half reached at its half-gestation)
        (absorption doubles from as early as 12 weeks, before calcitriol does: Kovacs 2016; Ritchie 1998)
    d intestinal_transport_capacity/dt = parity_adaptation_rate (max(0, drive - capacity) / intestinal_time_constant
                                         - max(0, capacity - drive) / intestinal_decay_time_constant)
        (drive = calcitriol_intestinal_drive; transporters induced in enterocytes last the cells' life, so in
         ruminants transport falls back more slowly than it rises: goats given calcitriol absorb more for 6 days
         and return 12-14 days later)
    fetal_calcium_transfer = fetal_calcium_accretion_at_term gestation^3 x placental pump saturation
        (the placenta's calcium pump, like the breast's, is half-saturated far below normal ionized calcium:
         the fetus keeps its calcium until the mother's collapses, and takes none she does not have)
    d ecf_calcium/dt = absorbed + drug calcium + skeletal release + exchange - urine - endogenous fecal - milk - fetus
    calcium_leaving_mother = urine + endogenous fecal + milk + fetus                    [mg/d]
    gut_phosphate_absorbed = dietary_phosphorus (b + (1 - b) y / (1 + y)), y = intestinal_transport_capacity y0,
        b = phosphate_absorption_fraction (1 - phosphate_active_share)
        (the calcitriol-independent share b, plus calcitriol-induced transport that can take at most what that
         share leaves; y0 gives phosphate_absorption_fraction at the reference transport, so no gut absorbs more
         phosphorus than is eaten)
    reference urine phosphate = phosphate_absorption_fraction diet_phosphorus_reference (what the gut absorbs
                                of the reference diet; another diet moves phosphate along the tubular maximum)
    filtered_phosphate = (reference urine phosphate / phosphate_excretion_fraction_reference)
                         (GFR / reference) (serum_phosphate / reference)                       [mg/d]
    phosphate_tubular_maximum = C0 GFR / GFR_reference (r + (1 - r) restraint(renal_pth1r_signal,
                                pth_phosphate_reabsorption_sensitivity))                     [mg/d]
        (r = pth_resistant_phosphate_reabsorption_share, the transport no PTH removes)
        (the proximal tubule's NaPi-2a transport, a tubular maximum per litre of filtrate, TmP/GFR, that
         PTH lowers; C0 gives the reference excretion fraction; Bijvoet 1969 Clin Sci 37:23: above the
         threshold, urinary phosphate rises in line with the filtered load)
    urine_phosphate = filtered_phosphate - its reabsorption below the tubular maximum (as for distal calcium,
                      with the splay of Walton & Bijvoet's nomogram)                         [mg/d]
    d ecf_phosphate/dt = the same ledger for phosphorus (milk and fetal phosphorus saturate in serum phosphate, as
                         their calcium does in ionized calcium)
"""

import sympy as sp

from .core import (Arm, p, positive_part, relaxation, restraint, saturation, threshold_capacity,
                   threshold_reabsorbed_share, v)

#: Extracellular calcium mass at the reference serum calcium [mg].
ECF_CALCIUM_REFERENCE = p.extracellular_volume * p.serum_calcium_reference * p.calcium_molar_mass


def build() -> Arm:
    """Declare the mineral arm."""
    arm = Arm("mineral", __doc__)
    ecf_calcium = arm.state("ecf_calcium", "mg", "calcium in the extracellular fluid",
                            ECF_CALCIUM_REFERENCE)
    pool = arm.state("exchangeable_bone_calcium", "mg", "rapidly exchangeable calcium at bone surfaces",
                     "exchangeable_bone_calcium_reference")
    ecf_phosphate = arm.state("ecf_phosphate", "mg", "inorganic phosphorus in the extracellular fluid",
                              p.extracellular_volume * p.serum_phosphate_reference * p.phosphorus_molar_mass)
    calcitriol = arm.state("calcitriol", "pmol/L", "serum 1,25-dihydroxyvitamin D", "calcitriol_reference")
    cyp27b1 = arm.state("renal_cyp27b1_activity", "1", "renal 1-alpha-hydroxylase activity, relative")
    gut = arm.state("intestinal_transport_capacity", "1",
                    "intestinal active calcium transport capacity per unit of mucosa, relative")
    mucosa = arm.state("intestinal_mucosa", "1", "mass of the absorptive gut mucosa, relative")
    acid_load = arm.state("ration_acid_load", "mmol/kg",
                          "acid load of the ration the blood has followed: the fall of its cation-anion difference "
                          "below the usual ration's (mEq/kg of dry matter)", 0.0)

    serum_calcium = arm.term(
        "serum_calcium", ecf_calcium / (p.extracellular_volume * p.calcium_molar_mass), "mmol/L",
        "total serum calcium")
    ionized = arm.term("serum_ionized_calcium", serum_calcium * p.serum_ionized_calcium_reference / p.serum_calcium_reference, "mmol/L",
                       "ionized serum calcium")
    phosphate = arm.term(
        "serum_phosphate", ecf_phosphate / (p.extracellular_volume * p.phosphorus_molar_mass), "mmol/L",
        "serum inorganic phosphate")

    def casr_sigmoid(calcium, floor):
        return floor + (1 - p.pth_minimum_fraction) / (1 + (calcium / p.pth_calcium_set_point) ** p.pth_calcium_hill)

    floor = arm.term(
        "parathyroid_secretion_floor", p.pth_minimum_fraction * (1 + p.suckling_pth_floor_gain * v.nursing), "1",
        "share of maximal PTH secretion that calcium cannot suppress: raised by suckling in rats")
    casr = arm.term(
        "parathyroid_casr_secretion",
        casr_sigmoid(ionized, floor) / casr_sigmoid(p.serum_ionized_calcium_reference, p.pth_minimum_fraction), "1",
        "parathyroid calcium-sensing receptor: low ionized calcium raises PTH secretion, above a floor")
    calcitriol_restraint = arm.term(
        "calcitriol_pth_restraint", restraint(calcitriol, p.calcitriol_reference, p.calcitriol_pth_sensitivity),
        "1", "calcitriol suppresses PTH gene transcription")
    phosphate_stimulation = arm.term(
        "phosphate_pth_stimulation", (phosphate / p.serum_phosphate_reference) ** p.pth_phosphate_exponent, "1",
        "phosphate raises PTH secretion and synthesis at a given calcium")
    drive = arm.term("parathyroid_secretion_drive", casr * calcitriol_restraint * phosphate_stimulation, "1",
                     "secretion per unit of parathyroid gland, relative: calcium, calcitriol and phosphate")
    gland = arm.state("parathyroid_gland_mass", "1", "secretory mass of the parathyroid glands, relative")
    arm.rate("parathyroid_gland_mass", relaxation(drive, gland, p.parathyroid_gland_time_constant))
    pth = arm.term("pth", p.pth_reference * p.pth_gene * gland * drive, "pmol/L",
                   "serum intact PTH: gland mass times secretion per unit of gland")
    arm.term(
        "calcitonin",
        p.calcitonin_reference * p.calcitonin_gene * (ionized / p.serum_ionized_calcium_reference)
        ** p.calcitonin_calcium_exponent, "pg/mL", "serum calcitonin (thyroid C cells, calcium-driven)")

    arm.rate("ration_acid_load",
             relaxation(p.dcad_reference - p.diet_dcad + v.oral_calcium_anion_absorption
                        / (v.food_intake / p.grams_per_kilogram), acid_load, p.acid_base_time_constant))
    responsiveness = arm.term(
        "pth_tissue_responsiveness", sp.exp(p.dcad_pth_sensitivity * acid_load), "1",
        "response of kidney and bone to PTH1R ligands, relative: metabolic alkalosis (a high-DCAD ration) blunts it")
    calciuria = arm.term(
        "acidosis_calciuria", sp.exp(p.dcad_calciuria_sensitivity * acid_load), "1",
        "metabolic acidosis (a low-DCAD ration) closes the distal tubule's calcium channel TRPV5: more calcium "
        "in urine")
    adaptation = arm.term(
        "parity_adaptation_rate", 1 / (1 + p.parity_adaptation_decline * (p.parity - 1)), "1",
        "speed at which gut transport and osteoclast numbers follow their drives, and share of bone's acute "
        "response to PTH1R, relative to a first lactation: older mothers (cows) adapt more slowly")

    renal_signal = arm.term(
        "renal_pth1r_signal",
        responsiveness * (pth + p.pthrp_pth1r_potency * v.pthrp)
        / (p.pth_reference + p.pthrp_pth1r_potency * p.pthrp_nonmammary), "1",
        "PTH1R activation in the kidney by PTH and PTHrP (distal calcium reabsorption, 1-alpha-hydroxylase, "
        "phosphaturia), relative")

    calcitriol_signal = arm.term(
        "cyp27b1_pth1r_signal",
        responsiveness * (pth + p.pthrp_cyp27b1_relative_potency * p.pthrp_pth1r_potency * v.pthrp)
        / (p.pth_reference + p.pthrp_cyp27b1_relative_potency * p.pthrp_pth1r_potency * p.pthrp_nonmammary), "1",
        "PTH1R activation of the renal 1-alpha-hydroxylase (and restraint of CYP24A1), relative: PTHrP stimulates "
        "calcitriol synthesis poorly")

    # Kidney: filtration, then reabsorption segment by segment (Granjon, Bonny & Edwards 2016).
    filtration = arm.term(
        "glomerular_filtration",
        p.glomerular_filtration_rate
        * (1 + p.pregnancy_gfr_gain * saturation(v.gestation, p.pregnancy_gfr_half_gestation, 1)), "L/d",
        "glomerular filtration rate, raised from early pregnancy")
    filtered = arm.term(
        "filtered_calcium",
        filtration * serum_calcium * p.ultrafilterable_calcium_fraction * p.calcium_molar_mass,
        "mg/d", "calcium filtered by the glomeruli")
    thick_limb = arm.term(
        "thick_limb_calcium_fraction",
        p.thick_limb_calcium_fraction_reference
        * restraint((ionized / p.serum_ionized_calcium_reference) ** p.thick_limb_casr_hill, 1,
                    p.thick_limb_casr_reserve), "1",
        "share of filtered calcium reabsorbed in the thick ascending limb: its basolateral CaSR closes the "
        "paracellular path as ionized calcium rises (claudin-14)")
    delivered = arm.term(
        "distal_calcium_delivery", filtered * (1 - p.proximal_calcium_fraction - thick_limb), "mg/d",
        "calcium reaching the distal convoluted and connecting tubules")
    reference_filtered = (p.glomerular_filtration_rate * p.serum_calcium_reference
                          * p.ultrafilterable_calcium_fraction * p.calcium_molar_mass)
    reference_delivered = reference_filtered * (1 - p.proximal_calcium_fraction - p.thick_limb_calcium_fraction_reference)
    reference_urine = (p.fractional_calcium_absorption_reference * p.diet_calcium_reference
                       - p.endogenous_fecal_calcium_reference)
    reference_capacity = threshold_capacity(reference_delivered, 1 - reference_urine / reference_delivered,
                                            p.distal_calcium_transport_splay)
    filtration_ratio = filtration / p.glomerular_filtration_rate  # tubular maxima scale with the filtrate
    capacity = arm.term(
        "distal_calcium_transport_capacity",
        reference_capacity * filtration_ratio
        * (p.distal_basal_uptake_share + (1 - p.distal_basal_uptake_share) * renal_signal) / calciuria, "mg/d",
        "most calcium the distal tubule's transcellular path (TRPV5) can take back, in proportion to the filtrate "
        "(a tubular maximum per litre of filtrate, TmCa/GFR): PTH1R raises it, acidosis lowers it")
    reabsorbed = arm.term(
        "distal_calcium_reabsorbed",
        delivered * threshold_reabsorbed_share(delivered / capacity, p.distal_calcium_transport_splay), "mg/d",
        "calcium the distal tubule takes back: nearly all it is given while that is below its capacity, then its "
        "capacity (a renal threshold)")
    urine = arm.term("urine_calcium", delivered - reabsorbed, "mg/d", "urinary calcium")
    arm.term("fractional_calcium_excretion", urine / filtered, "1", "fraction of filtered calcium excreted")

    # Gut.
    demanded = p.food_intake_reference * (
        1 + p.lactation_food_intake_gain * v.milk_volume / p.milk_volume_per_offspring)
    food = arm.term(
        "food_intake", p.lactation_food_intake_ceiling - positive_part(p.lactation_food_intake_ceiling - demanded),
        "g/d", "food eaten: rises with the milk made (lactational hyperphagia), up to the most she can eat")
    dietary = arm.term(
        "dietary_calcium", p.diet_calcium_intake + p.diet_calcium_content * food, "mg/d",
        "calcium eaten: a fixed daily intake, or the chow's calcium content times food intake")
    unabsorbed_share = 1 - p.passive_absorption_fraction
    reference_active_share = p.fractional_calcium_absorption_reference - p.passive_absorption_fraction
    load = arm.term(
        "intestinal_transport_to_load",
        gut * mucosa * reference_active_share / (unabsorbed_share - reference_active_share)
        * (p.diet_calcium_reference + p.active_absorption_half_intake) / (dietary + p.active_absorption_half_intake),
        "1", "transcellular transport capacity over the calcium load reaching it (saturates at high intake)")
    fraction = arm.term(
        "fractional_calcium_absorption", p.passive_absorption_fraction + unabsorbed_share * load / (1 + load), "1",
        "share of the calcium in the gut lumen absorbed: paracellular, plus calcitriol-induced transcellular "
        "transport that saturates as the load rises")
    absorbed = arm.term("gut_calcium_absorbed", fraction * dietary, "mg/d", "true absorption of dietary calcium")
    arm.term("passive_calcium_absorption", p.passive_absorption_fraction * dietary, "mg/d",
             "paracellular absorption of dietary calcium")
    arm.term("active_calcium_absorption", absorbed - p.passive_absorption_fraction * dietary, "mg/d",
             "calcitriol-induced transcellular absorption of dietary calcium")
    mucosa_target = arm.term(
        "intestinal_mucosal_growth", (food / p.food_intake_reference) ** p.intestinal_hypertrophy_exponent, "1",
        "gut mucosa the food eaten grows (lactational intestinal hypertrophy), relative")
    arm.rate("intestinal_mucosa", relaxation(mucosa_target, mucosa, p.intestinal_growth_time_constant))
    secreted = arm.term(
        "digestive_calcium_secretion",
        p.endogenous_fecal_calcium_reference / (1 - p.fractional_calcium_absorption_reference)
        * serum_calcium / p.serum_calcium_reference * mucosa, "mg/d",
        "calcium secreted into the gut with the digestive juices, more with a larger gut")
    fecal = arm.term(
        "endogenous_fecal_calcium", secreted * (1 - fraction), "mg/d",
        "secreted calcium not reabsorbed: digestive-juice calcium mixes with the diet's and is absorbed as "
        "efficiently (Heaney & Skillman 1964 J Lab Clin Med 64:29)")
    intestinal_drive = arm.term(
        "calcitriol_intestinal_drive",
        (positive_part(calcitriol) / p.calcitriol_reference) ** p.calcitriol_intestinal_exponent
        * (1 + p.prolactin_intestinal_gain * (v.prolactin / p.prolactin_reference - 1))
        * (1 + p.pregnancy_intestinal_gain * saturation(v.gestation, p.pregnancy_intestinal_half_gestation, 1)),
        "1",
        "induction of intestinal calcium transporters by calcitriol, prolactin (rodents) and pregnancy")
    arm.rate("intestinal_transport_capacity",
             adaptation * (positive_part(intestinal_drive - gut) / p.intestinal_time_constant
                           - positive_part(gut - intestinal_drive) / p.intestinal_decay_time_constant))

    # Calcitriol.
    cyp27b1_target = arm.term(
        "renal_cyp27b1_target",
        (p.cyp27b1_constitutive_share + (1 - p.cyp27b1_constitutive_share) * calcitriol_signal ** p.cyp27b1_pth_exponent)
        * restraint(phosphate, p.serum_phosphate_reference, p.cyp27b1_phosphate_sensitivity)
        * restraint(calcitriol, p.calcitriol_reference, p.cyp24_feedback_sensitivity)
        * restraint(ionized, p.serum_ionized_calcium_reference, p.cyp27b1_calcium_sensitivity)
        * (1 + p.pregnancy_cyp27b1_gain * v.gestation**2)
        * (1 + p.prolactin_cyp27b1_gain * (v.prolactin / p.prolactin_reference - 1)), "1",
        "drive of renal 1-alpha-hydroxylase: PTH1R up; phosphate, calcitriol (CYP24) and calcium down; pregnancy up")
    arm.rate("renal_cyp27b1_activity", relaxation(cyp27b1_target, cyp27b1, p.cyp27b1_time_constant))
    catabolism = arm.term(
        "calcitriol_catabolism", restraint(calcitriol_signal, 1, p.pth_calcitriol_catabolism_sensitivity), "1",
        "calcitriol's clearance relative to rest: PTH1R holds back its catabolism (CYP24A1)")
    arm.rate("calcitriol", p.calcitriol_clearance_rate
             * (p.calcitriol_reference * p.cyp27b1_gene * cyp27b1 - catabolism * calcitriol))

    # Exchangeable bone calcium.
    to_pool = arm.term("calcium_into_exchangeable_pool", p.calcium_exchange_rate * ecf_calcium, "mg/d",
                       "calcium binding at bone surfaces")
    from_pool = arm.term(
        "calcium_from_exchangeable_pool",
        p.calcium_exchange_rate * ECF_CALCIUM_REFERENCE / p.exchangeable_bone_calcium_reference * pool
        * renal_signal ** p.exchangeable_calcium_pth_exponent, "mg/d",
        "calcium released from bone surfaces, hastened by PTH1R")
    arm.rate("exchangeable_bone_calcium", to_pool - from_pool)

    fetal = arm.term(
        "fetal_calcium_transfer",
        p.fetal_calcium_accretion_at_term * v.gestation**3
        * saturation(v.serum_ionized_calcium, p.placental_calcium_pump_half_saturation,
                     p.serum_ionized_calcium_reference), "mg/d",
        "calcium pumped across the placenta to the fetus: kept until the mother's calcium collapses, none without it")
    arm.rate(
        "ecf_calcium",
        absorbed + v.drug_calcium_into_blood + v.skeletal_calcium_release + from_pool - to_pool - v.urine_calcium
        - fecal - v.milk_calcium - fetal)
    arm.term("calcium_leaving_mother", v.urine_calcium + fecal + v.milk_calcium + fetal, "mg/d",
             "calcium leaving the mother: urine, digestive juices, milk and fetus")

    # Phosphate.
    dietary_phosphorus = arm.term(
        "dietary_phosphorus", p.diet_phosphorus_intake + p.diet_phosphorus_content * food, "mg/d",
        "phosphorus eaten: a fixed daily intake, or the chow's phosphorus content times food intake")
    independent_share = p.phosphate_absorption_fraction * (1 - p.phosphate_active_share)
    active_at_reference = p.phosphate_absorption_fraction * p.phosphate_active_share / (1 - independent_share)
    active_load = gut * active_at_reference / (1 - active_at_reference)
    phosphate_absorbed = arm.term(
        "gut_phosphate_absorbed",
        dietary_phosphorus * (independent_share + (1 - independent_share) * active_load / (1 + active_load)), "mg/d",
        "phosphorus absorbed: a calcitriol-independent share, plus calcitriol-induced transport of what that share "
        "leaves, saturating (at most all that is eaten)")
    reference_phosphate_absorbed = p.phosphate_absorption_fraction * p.diet_phosphorus_reference
    # Kidney, phosphate: filtration, then reabsorption up to a tubular maximum that PTH1R lowers (TmP/GFR).
    reference_filtered_phosphate = reference_phosphate_absorbed / p.phosphate_excretion_fraction_reference
    filtered_phosphate = arm.term(
        "filtered_phosphate", reference_filtered_phosphate * filtration_ratio * phosphate / p.serum_phosphate_reference,
        "mg/d", "phosphorus filtered by the glomeruli")
    resting_maximum = threshold_capacity(1, 1 - p.phosphate_excretion_fraction_reference, p.phosphate_transport_splay)
    maximum = resting_maximum * (  # tubular maximum per unit of the resting filtered load
        p.pth_resistant_phosphate_reabsorption_share + (1 - p.pth_resistant_phosphate_reabsorption_share)
        * restraint(renal_signal, 1, p.pth_phosphate_reabsorption_sensitivity))
    arm.term("phosphate_tubular_maximum", reference_filtered_phosphate * filtration_ratio * maximum, "mg/d",
             "most phosphorus the proximal tubule (NaPi-2a) can take back, in proportion to the filtrate (TmP/GFR): "
             "PTH1R lowers it")
    urine_phosphate = arm.term(
        "urine_phosphate",
        filtered_phosphate * (1 - threshold_reabsorbed_share(phosphate / p.serum_phosphate_reference / maximum,
                                                              p.phosphate_transport_splay)),
        "mg/d", "urinary phosphorus: what the filtrate carries beyond the tubular maximum")
    fetal_phosphate = arm.term(
        "fetal_phosphate_transfer",
        fetal / p.bone_calcium_to_phosphorus_ratio
        * saturation(phosphate, p.phosphate_transport_half_saturation, p.serum_phosphate_reference), "mg/d",
        "phosphorus pumped across the placenta with the fetus's calcium, while the mother has it")
    arm.rate(
        "ecf_phosphate",
        phosphate_absorbed + v.skeletal_calcium_release / p.bone_calcium_to_phosphorus_ratio - urine_phosphate
        - v.milk_phosphate - fetal_phosphate)
    return arm
