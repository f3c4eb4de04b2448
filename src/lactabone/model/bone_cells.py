"""Bone-cell arm: osteoclasts, responding and active osteoblasts, RANKL/OPG, TGF-beta coupling.

Cell structure after Lemaire 2004 (J Theor Biol 229:293) and Pivonka 2008
(Bone 43:249): RANKL expressed by the osteoblast lineage under PTH1R and
estrogen control, OPG made by active osteoblasts, RANK occupancy recruiting
osteoclasts and keeping them alive; TGF-beta released from resorbed matrix
recruits responding osteoblasts and holds back their maturation, which couples
formation to resorption and gives the osteoblast surge when resorption stops.
Osteocytes sense the strain of a lighter skeleton and relieve sclerostin's
brake on osteoblast commitment (the mechanostat, Frost 1987; Robling 2008
J Biol Chem 283:5866): the skeleton is paid back after weaning and repeated
cycles do not ratchet it down. The mechanostat is centred on the woman's own
customary skeleton: over years, osteoblast commitment accommodates to her
habitual balance (cellular accommodation, Turner 1999 Bone 24:399), so a
lifelong diet sets her baseline, not her response to lactation.
All cell numbers are relative to a cycling, non-pregnant woman.

    bone_pth1r_signal = pth_tissue_responsiveness (pth + pthrp_bone_potency pthrp) / reference
    estrogen_deficiency_signal = (occupancy at reference / occupancy)^estrogen_bone_exponent,
        occupancy = estradiol / (estradiol + estrogen_bone_half_effect)   (receptor saturation)
    pthrp_estrogen_synergy: RANKL = estrogen_deficiency^(e r) * bone_pth1r_signal^(n r estrogen_deficiency^s)
        (low estradiol raises the skeleton's sensitivity to PTH1R ligands: synergy, not a sum;
         r = calcitonin_skeletal_restraint)
    rank_signal = occupancy(free RANKL / OPG) / occupancy at reference, OPG ~ active_osteoblasts^opg_osteoblast_exponent
        (free RANKL: what denosumab and OPG-Fc leave, drugs arm)
    d osteoclasts/dt = a osteoclast_apoptosis_rate (rank_signal (1 + lacunar_matrix_osteoclast_recruitment)
                        - osteoclasts * osteoclast_survival_loss)
        (a = parity_adaptation_rate, mineral arm: older cows' osteoclasts follow their drive more slowly)
    osteoblast_maturation = tgf_beta_repression * oxytocin_osteoblast_stimulation
    d responding_osteoblasts/dt = osteoblast_commitment_rate (tgf_beta_activation * osteoblast_accommodation
                                                              * mechanostat_stimulus - maturation * responding)
    d osteoblast_accommodation/dt = accommodation (bone_resorption - mineral_deposition) / accommodation_time_constant
    d active_osteoblasts/dt = osteoblast_apoptosis_rate (maturation * responding - active)
    osteoclast_activity = PTH1R signal x calcitonin restraint x (1 - bisphosphonate inhibition)
    bone_resorption = osteoclasts * osteoclast_activity   (CTX)
    bone_formation  = active_osteoblasts                   (P1NP)
"""

from .core import Arm, p, restraint, v


def build() -> Arm:
    """Declare the bone-cell arm."""
    arm = Arm("bone_cells", __doc__)
    osteoclasts = arm.state("osteoclasts", "1", "active osteoclasts, relative")
    responding = arm.state("responding_osteoblasts", "1", "responding (pre-)osteoblasts, relative")
    accommodation = arm.state(
        "osteoblast_accommodation", "1",
        "slow gain of osteoblast commitment accommodated to the customary skeleton (cellular accommodation)")
    active = arm.state("active_osteoblasts", "1", "active (matrix-forming) osteoblasts, relative")

    bone_signal = arm.term(
        "bone_pth1r_signal",
        v.pth_tissue_responsiveness * (v.pth + p.pthrp_bone_potency * v.pthrp)
        / (p.pth_reference + p.pthrp_bone_potency * p.pthrp_nonmammary),
        "1", "PTH1R activation in bone by PTH and PTHrP (scaled by tissue responsiveness), relative")
    occupancy_at_reference = p.estradiol_reference / (p.estradiol_reference + p.estrogen_bone_half_effect)
    receptor_occupancy = arm.term(
        "bone_estrogen_receptor_occupancy", v.estradiol / (v.estradiol + p.estrogen_bone_half_effect), "1",
        "estrogen receptor occupancy in bone cells (saturates: pregnancy estradiol adds little)")
    deficiency = arm.term(
        "estrogen_deficiency_signal", (occupancy_at_reference / receptor_occupancy) ** p.estrogen_bone_exponent, "1",
        "loss of estrogen's restraint on bone resorption (1 in a cycling woman)")
    calcitonin_restraint = arm.term(
        "calcitonin_skeletal_restraint",
        restraint(v.calcitonin_receptor_ligand, p.calcitonin_reference, p.calcitonin_skeletal_sensitivity), "1",
        "calcitonin restrains the skeleton's response to PTHrP and low estradiol")
    rankl = arm.term(
        "pthrp_estrogen_synergy",
        deficiency ** (p.estrogen_rankl_exponent * calcitonin_restraint)
        * bone_signal ** (p.pth1r_rankl_exponent * calcitonin_restraint
                          * deficiency ** p.pthrp_estrogen_synergy_exponent), "1",
        "RANKL expression driven by PTH1R ligands and low estradiol acting together")
    ratio = arm.term(
        "rankl_opg_ratio", rankl * v.free_rankl_fraction / active ** p.opg_osteoblast_exponent, "1",
        "free RANKL (not bound by denosumab or OPG-Fc) over OPG made by active osteoblasts, relative")
    occupancy = ratio / (ratio + p.rank_half_occupancy_ratio)
    rank_signal = arm.term(
        "rank_signal", occupancy * (1 + p.rank_half_occupancy_ratio), "1",
        "RANK occupancy on osteoclast precursors, relative")

    recruitment = arm.term(
        "lacunar_matrix_osteoclast_recruitment", p.lacunar_matrix_recruitment_gain * v.osteocytic_osteolysis, "1",
        "matrix signals (e.g. TGF-beta) released from osteocyte lacunae recruit osteoclasts")
    survival_loss = arm.term(
        "osteoclast_survival_loss",
        restraint(rank_signal, 1, p.rankl_osteoclast_survival_sensitivity)
        * (1 + p.estrogen_osteoclast_apoptosis_gain * receptor_occupancy / occupancy_at_reference)
        / (1 + p.estrogen_osteoclast_apoptosis_gain)
        * (1 + p.bisphosphonate_apoptosis_gain * v.bisphosphonate_osteoclast_inhibition), "1",
        "osteoclast apoptosis, relative: RANKL withdrawal, estradiol and bisphosphonate shorten osteoclast life")
    arm.rate("osteoclasts", v.parity_adaptation_rate * p.osteoclast_apoptosis_rate
             * (rank_signal * (1 + recruitment) - osteoclasts * survival_loss))

    activity = arm.term(
        "osteoclast_activity",
        bone_signal ** (p.pth1r_osteoclast_activity_exponent * calcitonin_restraint)
        * restraint(v.calcitonin_receptor_ligand, p.calcitonin_reference, p.calcitonin_osteoclast_sensitivity)
        * (1 - p.bisphosphonate_maximum_inhibition * v.bisphosphonate_osteoclast_inhibition), "1",
        "resorbing activity per osteoclast: PTH1R up, calcitonin and bisphosphonate down")
    resorption = arm.term("bone_resorption", osteoclasts * activity, "1",
                          "osteoclastic bone resorption, relative (CTX)")
    tgf_beta = arm.term(
        "tgf_beta", resorption + p.lacunar_tgf_beta_share * v.osteocytic_osteolysis, "1",
        "active TGF-beta released from resorbed matrix, relative")
    activation = arm.term(
        "tgf_beta_activation",
        tgf_beta * (1 + p.tgf_beta_activation_half) / (tgf_beta + p.tgf_beta_activation_half), "1",
        "TGF-beta recruits responding osteoblasts")
    repression = arm.term(
        "tgf_beta_repression", restraint(tgf_beta, 1, p.tgf_beta_repression_sensitivity), "1",
        "TGF-beta holds back maturation of responding osteoblasts")
    oxytocin_stimulation = arm.term(
        "oxytocin_osteoblast_stimulation",
        (1 + p.oxytocin_osteoblast_gain * v.oxytocin / p.oxytocin_reference) / (1 + p.oxytocin_osteoblast_gain),
        "1", "oxytocin promotes osteoblast differentiation (Tamma 2009 PNAS)")
    mechanostat = arm.term(
        "mechanostat_stimulus",
        (1 + p.mechanostat_maximum_gain)
        / (1 + p.mechanostat_maximum_gain * v.skeletal_mineral_relative ** p.mechanostat_exponent), "1",
        "osteocytes sense the strain of a lighter skeleton and lift sclerostin's brake on osteoblast commitment")
    maturation = arm.term(
        "osteoblast_maturation", repression * oxytocin_stimulation, "1",
        "maturation of responding into active osteoblasts, relative")
    arm.rate("responding_osteoblasts",
             p.osteoblast_commitment_rate * (activation * accommodation * mechanostat - maturation * responding))
    arm.rate("osteoblast_accommodation",
             accommodation * (resorption - v.mineral_deposition) / p.accommodation_time_constant)
    arm.rate("active_osteoblasts", p.osteoblast_apoptosis_rate * (maturation * responding - active))
    arm.term("bone_formation", active, "1", "osteoblastic bone formation, relative (P1NP)")
    return arm
