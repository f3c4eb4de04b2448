"""Bone-cell arm: osteoclasts, responding and active osteoblasts, RANKL/OPG, TGF-beta coupling.

Cell structure after Lemaire 2004 (J Theor Biol 229:293) and Pivonka 2008
(Bone 43:249): RANKL expressed by the osteoblast lineage under PTH1R and
estrogen control, OPG made by active osteoblasts, RANK occupancy recruiting
osteoclasts and keeping them alive; TGF-beta released from resorbed matrix
holds back the maturation of responding osteoblasts while resorption runs
(Lemaire 2004). Formation is coupled to resorption within the basic
multicellular unit: osteoblasts are
recruited to the eroded cavities that wait to be refilled (the remodeling
space; coupling at the reversal surface, Delaisse 2014 BoneKEy Rep 3:561;
Andersen 2009 Am J Pathol 174:239). What osteoclasts dig out is therefore laid
back once they stop: after weaning osteoclasts die, TGF-beta falls, the
responding osteoblasts that accumulated mature at once (the osteoblast surge)
and refill the cavities, so the skeleton is paid back and repeated cycles do
not ratchet it down. This is Heaney's remodeling transient (Heaney 1994
J Bone Miner Res 9:1515): a change of turnover moves bone mass by the change
of the remodeling space, and no set point or mechanostat is needed.
All cell numbers are relative to a cycling, non-pregnant woman.

    estrogen_deficiency_signal = (occupancy at reference / occupancy)^estrogen_bone_exponent,
        occupancy = estradiol / (estradiol + estrogen_bone_half_effect)   (receptor saturation)
    bone_pth1r_signal = renal_pth1r_signal (the same ligands, receptor and potency as in the kidney)
    pthrp_estrogen_synergy: RANKL = estrogen_deficiency^(e r) * bone_pth1r_signal^(n r)
        (low estradiol multiplies the osteoblast lineage's RANKL response to PTH1R ligands, a product and not
         a sum: PTHrP with low estradiol, Kovacs 2016; estrogen blunts the resorptive response to PTH, Cosman 1993;
         r = calcitonin_skeletal_restraint. A product leaves the loss set by the relative rise of each factor,
         not by a woman's resting PTH)
    rank_signal = occupancy(free RANKL / OPG) / occupancy at reference, OPG ~ active_osteoblasts^opg_osteoblast_exponent
        (free RANKL: what denosumab and OPG-Fc leave, drugs arm)
    d osteoclasts/dt = a osteoclast_apoptosis_rate (rank_signal (1 + lacunar_matrix_osteoclast_recruitment)
                        - osteoclasts * osteoclast_survival_loss)
        (a = parity_adaptation_rate, mineral arm: older cows' osteoclasts follow their drive more slowly)
    osteoblast_maturation = tgf_beta_repression * oxytocin_osteoblast_stimulation
    remodeling_space = max(0, 1 - net_remodeling_balance / remodeling_space_days)
        (eroded cavities not yet refilled, relative to the pre-pregnant state: net_remodeling_balance (skeleton arm)
         is the cumulative deposition minus resorption in days of reference resorption, and remodeling_space_days
         the time a cavity stays open at reference turnover)
    d responding_osteoblasts/dt = osteoblast_commitment_rate (remodeling_space - maturation * responding)
    d active_osteoblasts/dt = osteoblast_apoptosis_rate (maturation * responding - active)
    osteoclast_activity = bone_pth1r_signal^(m a) x calcitonin restraint x (1 - bisphosphonate inhibition)
        (a = parity_adaptation_rate: an older cow has fewer resorbing surfaces to answer a rise of PTH within
         hours, Horst 1994 J Dairy Sci 77:1936; a heifer's fast bone response damps the calcitriol-gut loop,
         so heifers do not cycle while aged cows' calcium minima recur every 7-10 days, Hove 1986)
    bone_resorption = osteoclasts * osteoclast_activity   (CTX)
    bone_formation  = active_osteoblasts                   (P1NP)
"""

from .core import Arm, p, positive_part, restraint, v


def build() -> Arm:
    """Declare the bone-cell arm."""
    arm = Arm("bone_cells", __doc__)
    osteoclasts = arm.state("osteoclasts", "1", "active osteoclasts, relative")
    responding = arm.state("responding_osteoblasts", "1", "responding (pre-)osteoblasts, relative")
    active = arm.state("active_osteoblasts", "1", "active (matrix-forming) osteoblasts, relative")

    bone_signal = arm.term(
        "bone_pth1r_signal", v.renal_pth1r_signal,
        "1", "PTH1R activation in bone by PTH and PTHrP, relative: the kidney's, as the same ligands act on the "
             "same receptor with the same potency")
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
        * bone_signal ** (p.pth1r_rankl_exponent * calcitonin_restraint), "1",
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
        bone_signal ** (p.pth1r_osteoclast_activity_exponent * v.parity_adaptation_rate * calcitonin_restraint)
        * restraint(v.calcitonin_receptor_ligand, p.calcitonin_reference, p.calcitonin_osteoclast_sensitivity)
        * (1 - p.bisphosphonate_maximum_inhibition * v.bisphosphonate_osteoclast_inhibition), "1",
        "resorbing activity per osteoclast: PTH1R up (less in older cows), calcitonin and bisphosphonate down")
    resorption = arm.term("bone_resorption", osteoclasts * activity, "1",
                          "osteoclastic bone resorption, relative (CTX)")
    tgf_beta = arm.term(
        "tgf_beta", resorption + p.lacunar_tgf_beta_share * v.osteocytic_osteolysis, "1",
        "active TGF-beta released from resorbed matrix, relative")
    repression = arm.term(
        "tgf_beta_repression", restraint(tgf_beta, 1, p.tgf_beta_repression_sensitivity), "1",
        "TGF-beta holds back maturation of responding osteoblasts")
    oxytocin_stimulation = arm.term(
        "oxytocin_osteoblast_stimulation",
        (1 + p.oxytocin_osteoblast_gain * v.oxytocin / p.oxytocin_reference) / (1 + p.oxytocin_osteoblast_gain),
        "1", "oxytocin promotes osteoblast differentiation (Tamma 2009 PNAS)")
    space = arm.term(
        "remodeling_space",
        positive_part(1 - v.net_remodeling_balance / p.remodeling_space_days), "1",
        "eroded cavities awaiting refill (remodeling space), relative: they recruit osteoblasts at the reversal "
        "surface")
    maturation = arm.term(
        "osteoblast_maturation", repression * oxytocin_stimulation, "1",
        "maturation of responding into active osteoblasts, relative")
    arm.rate("responding_osteoblasts", p.osteoblast_commitment_rate * (space - maturation * responding))
    arm.rate("active_osteoblasts", p.osteoblast_apoptosis_rate * (maturation * responding - active))
    arm.term("bone_formation", active, "1", "osteoblastic bone formation, relative (P1NP)")
    return arm
