"""Osteocyte arm: osteocytic osteolysis (perilacunar resorption) and its refill after weaning.

Osteocytes resorb their perilacunar matrix through PTH1R signalling and
cathepsin K (Qing 2012 J Bone Miner Res 27:1018; Lotinun 2019 J Clin Invest
129:3058), driven by PTH1R ligands together with low estradiol, restrained by
calcitonin (Belanger 1969 Calcif Tissue Res 4:1). The same cells lay mineral
back into their lacunae once that drive falls at weaning (Qing 2012;
Wysolmerski 2013 Bone 54:230): refill runs in the share of osteocytes not
recruited to osteolysis.

    osteocyte_pth1r_drive = osteocyte_pth1r * pthrp_estrogen_synergy
        (the bone-cell arm's drive, PTH1R ligands times low estradiol: osteocytes are the osteoblast lineage's
         main source of RANKL, Nakashima 2011 Nat Med 17:1231; Xiong 2011 Nat Med 17:1235, so one drive serves
         RANKL and perilacunar resorption)
    osteolysis_recruitment = hill(drive, K, h)                                      [share of osteocytes]
    perilacunar_matrix_left = (lacunar_area_maximum - lacunar_area) / (lacunar_area_maximum - 1)
        (an osteocyte cannot dissolve more than the matrix around it: its lacuna enlarges up to a limit)
    osteocytic_osteolysis = osteocyte_ctsk * osteolysis_rate_max * perilacunar_matrix_left
                            * (osteolysis_recruitment - its value at the reference state)   [1/d]
    lacunar_refill = lacunar_refill_rate (lacunar_area - 1)
                     * (1 - osteolysis_recruitment) / (1 - its reference value)      [1/d]
    d lacunar_area/dt = osteocytic_osteolysis - lacunar_refill
"""

from .core import Arm, hill, p, v


def build() -> Arm:
    """Declare the osteocyte arm."""
    arm = Arm("osteocytes", __doc__)
    lacunar_area = arm.state("lacunar_area", "1", "osteocyte lacunar area, relative")
    drive = arm.term(
        "osteocyte_pth1r_drive", p.osteocyte_pth1r_gene * v.pthrp_estrogen_synergy, "1",
        "PTH1R signalling in osteocytes with low estradiol: the osteoblast lineage's RANKL drive")
    resting = hill(1, p.osteolysis_half_drive, p.osteolysis_hill)
    recruitment = arm.term("osteolysis_recruitment", hill(drive, p.osteolysis_half_drive, p.osteolysis_hill), "1",
                           "share of osteocytes resorbing their perilacunar matrix")
    matrix_left = arm.term(
        "perilacunar_matrix_left", (p.lacunar_area_maximum - lacunar_area) / (p.lacunar_area_maximum - 1), "1",
        "share of the perilacunar matrix an osteocyte can still dissolve, relative to the resting lacuna")
    osteolysis = arm.term(
        "osteocytic_osteolysis",
        p.osteocyte_ctsk_gene * p.osteolysis_rate_max * matrix_left * (recruitment - resting), "1/d",
        "perilacunar resorption by osteocytes above the resting rate (needs cathepsin K)")
    refill = arm.term("lacunar_refill", p.lacunar_refill_rate * (lacunar_area - 1) * (1 - recruitment) / (1 - resting),
                      "1/d", "osteocytes not resorbing lay mineral back into enlarged lacunae")
    arm.rate("lacunar_area", osteolysis - refill)
    return arm
