"""The public outputs: SPEC.md's names, the model term each reads, its unit and how it is reported.

``absolute`` outputs are the term's value; ``percent`` outputs are the
percentage change of the term from the reference day; ``ratio`` outputs are
the term divided by its value on the reference day.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Output:
    """One public output variable."""

    name: str
    term: str
    unit: str
    meaning: str
    reported_as: Literal["absolute", "percent", "ratio"] = "absolute"


OUTPUTS = (
    Output("serum_calcium", "serum_calcium", "mmol/L", "total serum calcium"),
    Output("serum_ionized_calcium", "serum_ionized_calcium", "mmol/L", "ionized serum calcium"),
    Output("serum_phosphate", "serum_phosphate", "mmol/L", "serum phosphate"),
    Output("pth", "pth", "pmol/L", "intact PTH"),
    Output("pthrp", "pthrp", "pmol/L", "circulating PTHrP"),
    Output("calcitriol", "calcitriol", "pmol/L", "1,25(OH)2D"),
    Output("calcitonin", "calcitonin", "pg/mL", "serum calcitonin"),
    Output("estradiol", "estradiol", "pg/mL", "serum estradiol"),
    Output("progesterone", "progesterone", "ng/mL", "serum progesterone"),
    Output("prolactin", "prolactin", "ng/mL", "serum prolactin"),
    Output("lh", "lh", "IU/L", "luteinizing hormone"),
    Output("fsh", "fsh", "IU/L", "follicle-stimulating hormone"),
    Output("oxytocin", "oxytocin", "pg/mL", "mean oxytocin"),
    Output("milk_volume", "milk_volume", "L/d", "milk made per day (all offspring)"),
    Output("milk_calcium", "milk_calcium", "mg/d", "calcium secreted into milk per day"),
    Output("calcium_leaving_mother", "calcium_leaving_mother", "mg/d",
           "calcium leaving the mother per day: milk, fetus, urine and digestive juices"),
    Output("drug_calcium_into_blood", "drug_calcium_into_blood", "mg/d",
           "calcium entering the blood from calcium borogluconate or oral calcium"),
    Output("pth_tissue_responsiveness", "pth_tissue_responsiveness", "1",
           "response of kidney and bone to PTH, relative (acid-base status; cows' DCAD)"),
    Output("milk_pthrp", "milk_pthrp", "pmol/L", "PTHrP concentration in milk"),
    Output("gut_calcium_absorbed", "gut_calcium_absorbed", "mg/d", "calcium absorbed from the diet"),
    Output("fractional_calcium_absorption", "fractional_calcium_absorption", "1", "absorbed / dietary calcium"),
    Output("urine_calcium", "urine_calcium", "mg/d", "urinary calcium"),
    Output("fetal_calcium_transfer", "fetal_calcium_transfer", "mg/d", "calcium transferred to the fetus"),
    Output("skeletal_calcium_release", "skeletal_calcium_release", "mg/d", "net calcium flux out of the skeleton"),
    Output("skeletal_calcium", "skeletal_calcium", "g", "calcium in the whole skeleton"),
    Output("bmd_spine_change", "spine_bmd_relative", "%", "lumbar spine aBMD vs the reference day", "percent"),
    Output("bmd_hip_change", "hip_bmd_relative", "%", "total hip aBMD vs the reference day", "percent"),
    Output("bmd_femoral_neck_change", "femoral_neck_bmd_relative", "%", "femoral neck aBMD vs the reference day",
           "percent"),
    Output("bmd_radius_change", "radius_bmd_relative", "%", "radius aBMD vs the reference day", "percent"),
    Output("bmd_femur_change", "femur_bmd_relative", "%", "whole-femur aBMD vs the reference day", "percent"),
    Output("bmc_whole_body_change", "skeletal_calcium", "%", "whole-body BMC vs the reference day", "percent"),
    Output("osteoclasts", "osteoclasts", "1", "osteoclast number relative to the reference day", "ratio"),
    Output("osteoblasts", "active_osteoblasts", "1", "osteoblast number relative to the reference day", "ratio"),
    Output("ctx", "bone_resorption", "1", "resorption marker relative to the reference day", "ratio"),
    Output("p1np", "bone_formation", "1", "formation marker relative to the reference day", "ratio"),
    Output("lacunar_area", "lacunar_area", "1", "osteocyte lacunar area relative to the reference day", "ratio"),
    Output("trabecular_number", "trabecular_number", "1", "trabecular number relative to the reference day", "ratio"),
    Output("trabecular_thickness", "trabecular_thickness", "1", "trabecular thickness relative to the reference day",
           "ratio"),
    Output("cortical_porosity", "cortical_porosity", "1", "cortical porosity relative to the reference day", "ratio"),
    Output("strength_spine", "spine_strength_relative", "1", "vertebral strength relative to the reference day",
           "ratio"),
    Output("strength_femur", "femur_strength_relative", "1", "femoral strength relative to the reference day",
           "ratio"),
    Output("stiffness_spine", "spine_stiffness_relative", "1", "vertebral stiffness relative to the reference day",
           "ratio"),
    Output("stiffness_femur", "femur_stiffness_relative", "1", "femoral stiffness relative to the reference day",
           "ratio"),
)
#: Unit of each output [SPEC.md], by name.
UNITS = {output.name: output.unit for output in OUTPUTS}

#: Cumulative calcium ledger, reported for the mass balance [mg since the first day simulated].
LEDGER_OUTPUTS = ("cumulative_calcium_absorbed", "cumulative_urine_calcium", "cumulative_fecal_calcium",
                  "cumulative_milk_calcium", "cumulative_fetal_calcium", "cumulative_drug_calcium")
#: Calcium stores of the mother [mg].
STORE_OUTPUTS = ("ecf_calcium", "exchangeable_bone_calcium")
