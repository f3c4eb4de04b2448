"""The rodent and dairy-cow experiments behind the scorecard rows S8-S16, S18-S20, S22R, S23, S25, V9, V10,
V17-V20, D1-D12 and D17.

Each is a scenario mapping with SPEC.md's keys only; ``examples/<name>.toml``
holds the same scenario for a user to run and plot (``tests/test_examples.py``
checks that they agree). A mouse nurses a litter of 8 (a rat 10) for 21 days
on 1% calcium chow and is followed 4 weeks after weaning; changes are relative
to the virgin (the pre-pregnant steady state: by delivery, day 0, a mouse's
skeleton has gained some 8%). A cow is followed hour by hour from the close-up period
(day -21) to two weeks after calving (day 0), or day by day to the end of a
305-day lactation.
"""

from __future__ import annotations

from .runs import scenario

WEANING_RODENT = 21.0
END_RODENT = 49.0

MOUSE = {"species": "mouse", "end_day": END_RODENT,
         "nursing": {"offspring": 8, "exclusive_days": WEANING_RODENT, "weaning_day": WEANING_RODENT}}
RAT = scenario(MOUSE, species="rat", nursing={"offspring": 10})
#: A mouse's last days of pregnancy (1% chow), delivery on day 0 (Kirby 2013 sampled late pregnancy).
MOUSE_PREGNANCY = scenario(MOUSE, start_day=-19.0, end_day=1.0, nursing={"offspring": 0})

#: Daily doses over the 21 days of lactation.
LACTATION_DAYS = [float(day) for day in range(0, 21)]
OPG_FC = {"name": "opg_fc", "dose_mg_per_kg": 2.5, "route": "sc", "days": LACTATION_DAYS}
ZOLEDRONATE = {"name": "zoledronate", "dose_mg_per_kg": 0.1, "route": "sc", "days": [0.0, 4.0, 8.0]}
CALCITONIN = {"name": "calcitonin", "dose_mg_per_kg": 0.01, "route": "sc", "days": LACTATION_DAYS}
#: Pups removed after 12 days of lactation, then 28 days of recovery ("Zoledronate prevents lactation induced bone
#: loss and results in additional post-lactation bone mass in mice", Bone 2016; the abstract gives no litter size
#: or chow, so the mouse keeps 8 pups on 1% chow).
#: Bone 2016's zoledronate experiment: 12 days of nursing, followed to 4 weeks after weaning (V17-V20).
ZOLEDRONATE_WEANING = 12.0
ZOLEDRONATE_END = ZOLEDRONATE_WEANING + 28.0
MOUSE_12_DAY_LACTATION = scenario(MOUSE, end_day=ZOLEDRONATE_END,
                                  nursing={"exclusive_days": ZOLEDRONATE_WEANING, "weaning_day": ZOLEDRONATE_WEANING})
#: Low-calcium chow from delivery, as in the rodent studies (0.02-0.05%: Brommage & DeLuca 1985; Garner 1987).
LOW_CALCIUM = {"calcium_percent": 0.05, "start_day": 0.0}
#: Calcium-rich chow on which rats without parathyroids nurse their litters (1.2%: Garner, Boass & Toverud 1990).
CALCIUM_RICH = {"calcium_percent": 1.2}

EXPERIMENTS: dict[str, dict] = {
    "mouse_lactation": MOUSE,
    "rat_lactation": RAT,
    "mouse_low_calcium_diet": scenario(MOUSE, diet=LOW_CALCIUM),
    "mouse_high_calcium_diet": scenario(MOUSE, diet={"calcium_percent": 2.0}),
    "mouse_litter_4": scenario(MOUSE, nursing={"offspring": 4}),
    "mouse_litter_12": scenario(MOUSE, nursing={"offspring": 12}),
    "mouse_opg_fc": scenario(MOUSE, drugs=[OPG_FC]),
    "mouse_zoledronate": scenario(MOUSE, drugs=[ZOLEDRONATE]),
    "mouse_calcitonin": scenario(MOUSE, drugs=[CALCITONIN]),
    "mouse_opg_fc_low_calcium": scenario(MOUSE, drugs=[OPG_FC], diet=LOW_CALCIUM),
    "mouse_zoledronate_low_calcium": scenario(MOUSE, drugs=[ZOLEDRONATE], diet=LOW_CALCIUM),
    "mouse_calcitonin_low_calcium": scenario(MOUSE, drugs=[CALCITONIN], diet=LOW_CALCIUM),
    "mouse_osteocyte_ctsk_knockout": scenario(MOUSE, knockouts=["osteocyte_ctsk"]),
    "mouse_osteocyte_pth1r_knockout": scenario(MOUSE, knockouts=["osteocyte_pth1r"]),
    "mouse_mammary_pthrp_knockout": scenario(MOUSE, knockouts=["mammary_pthrp"]),
    "mouse_mammary_casr_knockout": scenario(MOUSE, knockouts=["mammary_casr"]),
    "mouse_excess_pthrp": scenario(MOUSE, parameters={"mammary_pthrp_production_scale": 4.0}),
    "mouse_pth_knockout": scenario(MOUSE, knockouts=["pth"]),
    "mouse_cyp27b1_knockout": scenario(MOUSE, knockouts=["cyp27b1"]),
    "mouse_lactation_12_days": MOUSE_12_DAY_LACTATION,
    "mouse_zoledronate_12_days": scenario(MOUSE_12_DAY_LACTATION, drugs=[ZOLEDRONATE]),
    "rat_calcium_rich_diet": scenario(RAT, diet=CALCIUM_RICH),
    "rat_pth_knockout_calcium_rich_diet": scenario(RAT, knockouts=["pth"], diet=CALCIUM_RICH),
}

COW = {"species": "cow", "start_day": -21.0, "end_day": 14.0, "output_step_days": 1 / 24,
       "nursing": {"offspring": 1, "exclusive_days": 305.0, "weaning_day": 305.0}}
#: An older, high-yielding cow on a calcium-rich, high-DCAD close-up ration: the classic milk-fever risk.
OLD_COW = {"parity": 5, "peak_milk_kg_per_day": 55.0, "prepartum_calcium_g_per_day": 150.0, "dcad_meq_per_kg": 300.0}
#: Two oral calcium boluses (CaCl2 + CaSO4, 43 g calcium) at calving and 12 h later (Blanc 2014; Oetzel & Miller 2012).
ORAL_CALCIUM = {"name": "oral_calcium", "dose_g": 43.0, "route": "oral", "days": [0.0, 0.5]}
#: 500 mL of 23% calcium gluconate (10.7 g calcium) iv on day 1 (Blanc 2014 J Dairy Sci 97:6901).
CALCIUM_INFUSION = {"name": "calcium_borogluconate", "dose_g": 10.7, "route": "iv", "days": [1.0]}

#: Calcium of a low-calcium close-up ration [g/d]: below the 20 g/d that prevents milk fever (Thilsing-Hansen 2002).
LOW_CALCIUM_CLOSE_UP_G_PER_DAY = 15.0

EXPERIMENTS.update({
    "cow_heifer": scenario(COW, cow={"parity": 1}),
    "cow_second_lactation": scenario(COW, cow={"parity": 2}),
    "cow_third_lactation": scenario(COW, cow={"parity": 3}),
    "cow_full_lactation": scenario(COW, cow={"parity": 3}, end_day=305.0, output_step_days=1.0, reference_day=0.0),
    "cow_fourth_lactation": scenario(COW, cow={"parity": 4}),
    "cow_heifer_first_month": scenario(COW, cow={"parity": 1}, end_day=30.0),
    "cow_fourth_lactation_first_month": scenario(COW, cow={"parity": 4}, end_day=30.0),
    "cow_close_up_dcad_200": scenario(COW, cow={"parity": 3, "dcad_meq_per_kg": 200.0}),
    "cow_close_up_dcad_minus_100": scenario(COW, cow={"parity": 3, "dcad_meq_per_kg": -100.0}),
    "cow_low_calcium_close_up": scenario(COW, cow={**OLD_COW,
                                                   "prepartum_calcium_g_per_day": LOW_CALCIUM_CLOSE_UP_G_PER_DAY}),
    "cow_milk_fever": scenario(COW, cow=OLD_COW),
    "cow_acidogenic_diet": scenario(COW, cow={**OLD_COW, "dcad_meq_per_kg": -100.0}),
    "cow_oral_calcium": scenario(COW, cow=OLD_COW, drugs=[ORAL_CALCIUM]),
    "cow_calcium_borogluconate": scenario(COW, cow=OLD_COW, drugs=[CALCIUM_INFUSION]),
})
