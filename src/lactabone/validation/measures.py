"""Named measurements on the target scenarios, shared by the targets and the calibration."""

from __future__ import annotations

import numpy as np

from .experiments import COW, END_RODENT, EXPERIMENTS, MOUSE, MOUSE_PREGNANCY, RAT, WEANING_RODENT
from .runs import ONE_INFANT, at, mean, run, scenario, virgin_value

WEANING = 180.0
YEAR_AFTER_WEANING = WEANING + 365.0
NURSING_DAYS = (30.0, WEANING)
NOT_NURSING = scenario(nursing={"offspring": 0})
PREGNANCY = scenario(start_day=-280)
#: Third trimester [days since delivery], where pregnancy's absorption is measured (C3).
PREGNANCY_ABSORPTION_DAYS = (-60.0, -10.0)
#: Days of a mouse's lactation over which its hormones are averaged (C4, H2 and the other mouse rows).
MOUSE_LACTATION_DAYS = (10.0, 20.0)


def spine_at_weaning() -> float:
    """Spine aBMD change at weaning, one infant exclusively nursed 180 days [%]."""
    return at(run(ONE_INFANT), "bmd_spine_change", WEANING)


def spine_year_after_weaning() -> float:
    """Spine aBMD change 12 months after weaning [%]."""
    return at(run(ONE_INFANT), "bmd_spine_change", YEAR_AFTER_WEANING)


def nursing_ratio(name: str) -> float:
    """Mean of an output over days 30-180 of nursing over a non-nursing woman's."""
    return mean(run(ONE_INFANT), name, *NURSING_DAYS) / mean(run(NOT_NURSING), name, *NURSING_DAYS)


def pthrp_lactation_ratio() -> float:
    """Mean PTHrP over days 30-180 of nursing over a non-nursing woman's."""
    return nursing_ratio("pthrp")


def calcitriol_lactation_ratio() -> float:
    """Mean calcitriol over days 30-180 of nursing over a non-nursing woman's."""
    return nursing_ratio("calcitriol")


def pregnancy_absorption() -> float:
    """Fractional calcium absorption, mean of days -60 to -10 (3rd trimester)."""
    return mean(run(PREGNANCY), "fractional_calcium_absorption", *PREGNANCY_ABSORPTION_DAYS)


def term_calcitriol_ratio() -> float:
    """Calcitriol at term over the pre-pregnant value."""
    dataset = run(PREGNANCY)
    return at(dataset, "calcitriol", -1) / at(dataset, "calcitriol", -280)


def urine_calcium_lactation_ratio() -> float:
    """Urinary calcium at 2 months of nursing over a non-nursing woman's."""
    return at(run(ONE_INFANT), "urine_calcium", 60) / at(run(NOT_NURSING), "urine_calcium", 60)


def mouse_skeleton_at_weaning() -> float:
    """Whole-skeleton mineral change of a mouse nursing 8 pups for 21 days on 1% chow, at weaning [%]."""
    return at(run(MOUSE), "bmc_whole_body_change", WEANING_RODENT)


def mouse_skeleton_four_weeks_after_weaning() -> float:
    """Whole-skeleton mineral change of the same mouse 4 weeks after weaning (day 49) [%]."""
    return at(run(MOUSE), "bmc_whole_body_change", END_RODENT)


def mouse_term_calcitriol_ratio(knockouts: tuple[str, ...] = ()) -> float:
    """Calcitriol of a pregnant mouse (1% chow) the day before delivery over her virgin value."""
    mapping = scenario(MOUSE_PREGNANCY, knockouts=list(knockouts))
    return at(run(mapping), "calcitriol", -1.0) / virgin_value(mapping, "calcitriol")


def mouse_lactation_pthrp() -> float:
    """Mean serum PTHrP of a mouse nursing 8 pups on 1% chow over days 10-20 of lactation [pmol/L]."""
    return mean(run(MOUSE), "pthrp", *MOUSE_LACTATION_DAYS)


def rat_skeleton_at_weaning() -> float:
    """Whole-skeleton mineral change of a rat nursing 10 pups for 21 days on 1% chow, at weaning [%]."""
    return at(run(RAT), "bmc_whole_body_change", WEANING_RODENT)


def cow_nadir_hour(name: str = "cow_third_lactation") -> float:
    """Hours from calving to the lowest serum calcium of days 0-2, in a cow experiment [h].

    The vertex of the parabola through the lowest output point and its neighbours, so that the time moves
    smoothly with the parameters rather than in steps of the output grid. A lowest point at either end of the
    window (a heifer at calving) is returned as it is.
    """
    calcium = run(EXPERIMENTS[name])["serum_calcium"].sel(day=slice(0, 2))
    days, values = calcium["day"].values, calcium.values
    index = int(np.argmin(values))
    if index in (0, len(values) - 1):
        return 24.0 * float(days[index])
    left, middle, right = values[index - 1:index + 2]
    step = days[index + 1] - days[index]
    curvature = left - 2 * middle + right
    shift = 0.5 * (left - right) / curvature * step if curvature > 0 else 0.0
    return 24.0 * float(days[index] + np.clip(shift, -step, step))


#: Close-up DCAD of Zimpel 2021's two rations [mEq/kg of dry matter]: cationic and acidogenic.
ZIMPEL_DCADS = (200.0, -150.0)
#: Days before calving over which their urine is compared.
CLOSE_UP_URINE_DAYS = (-10.0, -1.0)


def cow_acidosis_urine_rise() -> float:
    """Urinary calcium of a third-lactation cow on the acidogenic minus the cationic close-up ration, in the last
    10 days before calving [g/d]."""
    urine = [mean(run(scenario(COW, cow={"parity": 3, "dcad_meq_per_kg": dcad})), "urine_calcium",
                  *CLOSE_UP_URINE_DAYS) for dcad in ZIMPEL_DCADS]
    return (urine[1] - urine[0]) / 1000


def cow_lowest_calcium_first_two_days(name: str = "cow_third_lactation") -> float:
    """Lowest serum calcium from calving to 48 h after it, in a cow experiment [mmol/L]."""
    return float(run(EXPERIMENTS[name])["serum_calcium"].sel(day=slice(0, 2)).min())
