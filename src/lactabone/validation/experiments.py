"""The rodent experiments behind the scorecard rows S8-S16, S18-S20, S22R and S23.

Each is a scenario mapping with SPEC.md's keys only; ``examples/<name>.toml``
holds the same scenario for a user to run and plot (``tests/test_examples.py``
checks that they agree). A mouse nurses a litter of 8 (a rat 10) for 21 days
on 1% calcium chow and is followed 4 weeks after weaning; changes are relative
to delivery (day 0).
"""

from __future__ import annotations

from .runs import scenario

WEANING_RODENT = 21.0
END_RODENT = 49.0

MOUSE = {"species": "mouse", "end_day": END_RODENT,
         "nursing": {"offspring": 8, "exclusive_days": WEANING_RODENT, "weaning_day": WEANING_RODENT}}
RAT = scenario(MOUSE, species="rat", nursing={"offspring": 10})

#: Daily doses over the 21 days of lactation.
LACTATION_DAYS = [float(day) for day in range(0, 21)]
OPG_FC = {"name": "opg_fc", "dose_mg_per_kg": 2.5, "route": "sc", "days": LACTATION_DAYS}
ZOLEDRONATE = {"name": "zoledronate", "dose_mg_per_kg": 0.1, "route": "sc", "days": [0.0, 4.0, 8.0]}
CALCITONIN = {"name": "calcitonin", "dose_mg_per_kg": 0.01, "route": "sc", "days": LACTATION_DAYS}
#: Low-calcium chow from delivery, as in the rodent studies (0.02-0.05%: Brommage & DeLuca 1985; Garner 1987).
LOW_CALCIUM = {"calcium_percent": 0.05, "start_day": 0.0}

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
    "mouse_excess_pthrp": scenario(MOUSE, parameters={"mammary_pthrp_production_scale": 4.0}),
    "mouse_pth_knockout": scenario(MOUSE, knockouts=["pth"]),
    "mouse_cyp27b1_knockout": scenario(MOUSE, knockouts=["cyp27b1"]),
}
