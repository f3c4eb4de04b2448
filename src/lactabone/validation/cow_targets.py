"""Dairy-cow rows of the scorecard: milk fever at calving, what prevents or treats it, healthy cows (S25, D1-D12, D17,
D19, D21).

The virtual herd's rows, D13-D16, D18 and D20, are in ``herd_targets``.

Every row runs the experiments of ``experiments.py`` (the same scenarios as
``examples/cow_*.toml``): a cow followed hour by hour from the close-up period
(day -21) to two weeks after calving. The vet's measures (nadir, hours below
1.4 and 2.0 mmol/L) come from ``lactabone.results.milk_fever``. D6 (how low the
typical cow falls) and D19 (when) are the calibration rows (``lactabone calibrate
--species cow``); the others are validation.
"""

from __future__ import annotations

import numpy as np
from scipy.signal import find_peaks

from ..plots.figures import comparison_figure
from ..results.milk_fever import CLINICAL_MMOL_PER_L, SUBCLINICAL_MMOL_PER_L, milk_fever
from . import measures
from .experiments import COW, EXPERIMENTS, LOW_CALCIUM_CLOSE_UP_G_PER_DAY
from .runs import at, mean, run, scenario
from .registry import Evaluation, target

GOFF_2008 = "Goff 2008 Vet J 176:50"
VENJAKOB_2017 = "Venjakob 2017 J Dairy Sci 100:9258"
MILK_FEVER_PANELS = ("serum_calcium", "milk_calcium", "gut_calcium_absorbed", "skeletal_calcium_release")
#: The close-up ration's DCAD also moves urine calcium (acidosis calciuria).
DCAD_PANELS = MILK_FEVER_PANELS + ("urine_calcium",)
#: Cows of lactation 1 to 4 (Venjakob's groups: 1, 2, 3, 4 and more).
PARITY_EXPERIMENTS = {1: "cow_heifer", 2: "cow_second_lactation", 3: "cow_third_lactation", 4: "cow_fourth_lactation"}


def _run(name: str):
    return run(EXPERIMENTS[name])


def _figure(names: dict[str, str], title: str, variables: tuple[str, ...] = MILK_FEVER_PANELS):
    return comparison_figure({label: _run(name) for label, name in names.items()}, variables, title)


def _shortened(treated: str) -> tuple[bool, str]:
    """Whether a treatment prevents or at least halves clinical milk fever in the milk-fever cow."""
    untreated, better = milk_fever(_run("cow_milk_fever")), milk_fever(_run(treated))
    passed = (better.hours_below_clinical <= 0.5 * untreated.hours_below_clinical
              and better.nadir_total > untreated.nadir_total)
    text = (f"nadir {better.nadir_total:.2f} vs {untreated.nadir_total:.2f} mmol/L; below 1.4 for "
            f"{better.hours_below_clinical:.0f} h vs {untreated.hours_below_clinical:.0f} h")
    return passed, text


@target("S25", "Milk calcium demand can overwhelm serum calcium at calving", "dairy cow at calving",
        f"an older, high-yielding cow on a high-DCAD close-up ration falls below {CLINICAL_MMOL_PER_L} mmol/L "
        "(clinical milk fever)", f"Kovacs 2016 Physiol Rev 96:449 (ref. 1); {GOFF_2008}; {VENJAKOB_2017} "
        "(16% clinical milk fever in fourth+ lactations)")
def _milk_fever() -> Evaluation:
    fever = milk_fever(_run("cow_milk_fever"))
    return Evaluation(fever.nadir_total < CLINICAL_MMOL_PER_L,
                      f"nadir {fever.nadir_total:.2f} mmol/L on day {fever.nadir_day:.1f}",
                      "parity 5, 55 kg/d peak, 150 g/d calcium at DCAD +300 mEq/kg before calving",
                      _figure({"parity 5, high DCAD": "cow_milk_fever", "heifer": "cow_heifer"}, "S25 milk fever"))


@target("D1", "The calf's calcium triples at calving", "calcium drawn by the fetus, then by the milk, around calving",
        "about 10 g/d (8-14) to the fetus in the week before calving; 30 g/d or more into milk on days 1-3",
        "Oetzel, MSD Veterinary Manual (parturient paresis: 'daily calcium excretion suddenly increases from about "
        "10 g to 30 g per day'); University of Kentucky extension (fetus 8-10 g/d before calving, 20-30 g/d into "
        "colostrum and milk after); House & Bell 1993 J Dairy Sci 76:2999 (fetus ~10 g/d at term)", role="structural")
def _outflow() -> Evaluation:
    dataset = _run("cow_third_lactation")
    before = mean(dataset, "fetal_calcium_transfer", -7, -0.5) / 1000
    after = mean(dataset, "milk_calcium", 1, 3) / 1000
    total = mean(dataset, "calcium_leaving_mother", -7, -0.5) / 1000
    return Evaluation(8 <= before <= 14 and after >= 30, f"{before:.1f} g/d before, {after:.1f} g/d on days 1-3",
                      f"third-lactation cow; with urine and digestive juices {total:.1f} g/d leave before calving "
                      "(House & Bell's 22 g/d requirement)",
                      _figure({"third lactation": "cow_third_lactation"}, "D1 calcium drawn by the calf",
                              ("fetal_calcium_transfer", "milk_calcium", "calcium_leaving_mother", "serum_calcium")))


@target("D2", "A healthy heifer dips within a day and recovers in 2-3 days", "first-calf heifer, no treatment",
        f"nadir within the first day after calving; back to >= {SUBCLINICAL_MMOL_PER_L} mmol/L by day 3",
        f"{GOFF_2008} (nadir 12-24 h after calving); {VENJAKOB_2017} (6% of heifers below 2.0 mmol/L)")
def _heifer() -> Evaluation:
    dataset = _run("cow_heifer")
    fever = milk_fever(dataset)
    after = float(dataset["serum_calcium"].sel(day=slice(3, None)).min())
    return Evaluation(fever.nadir_day <= 1 and after >= SUBCLINICAL_MMOL_PER_L,
                      f"nadir {fever.nadir_total:.2f} mmol/L on day {fever.nadir_day:.2f}; lowest from day 3 "
                      f"{after:.2f}", "parity 1, usual ration", _figure({"heifer": "cow_heifer"}, "D2 heifer"))


@target("D3", "An acidogenic close-up ration prevents or shortens milk fever", "DCAD -100 vs +300 mEq/kg",
        "hours below 1.4 mmol/L at most half, and a higher nadir",
        "Charbonneau 2006 J Dairy Sci 89:537 (clinical milk fever 16.4% to 3.2% from +300 to 0 mEq/kg); "
        "Goff 1991 J Dairy Sci 74:3863")
def _acidogenic() -> Evaluation:
    passed, text = _shortened("cow_acidogenic_diet")
    return Evaluation(passed, text, "parity 5 cow, close-up DCAD -100 against +300 mEq/kg",
                      _figure({"DCAD +300": "cow_milk_fever", "DCAD -100": "cow_acidogenic_diet"},
                              "D3 acidogenic close-up ration", DCAD_PANELS))


@target("D4", "Oral calcium at calving prevents or shortens milk fever", "two 43 g calcium boluses, 0 and 12 h",
        "hours below 1.4 mmol/L at most half, and a higher nadir",
        "Oetzel & Miller 2012 J Dairy Sci 95:7051; Thilsing-Hansen 2002 Acta Vet Scand 43:1 (50-60% efficacy); "
        "Goff & Horst 1993 J Dairy Sci 76:101")
def _bolus() -> Evaluation:
    passed, text = _shortened("cow_oral_calcium")
    return Evaluation(passed, text, "parity 5 cow on the high-DCAD ration",
                      _figure({"untreated": "cow_milk_fever", "oral calcium": "cow_oral_calcium"},
                              "D4 oral calcium boluses"))


@target("D5", "Intravenous calcium raises serum calcium within hours", "10.7 g calcium iv on day 1",
        "serum calcium up >= 0.3 mmol/L within 2 hours of the infusion, peak no higher than 3.2 mmol/L",
        "Blanc 2014 J Dairy Sci 97:6901 (peak 11.4 mg/dL = 2.85 mmol/L 1 h after 10.7 g calcium iv, back down "
        "by 24 h)")
def _infusion() -> Evaluation:
    dataset = _run("cow_calcium_borogluconate")
    before, after = at(dataset, "serum_calcium", 1.0), float(dataset["serum_calcium"].sel(day=slice(1, 1 + 2 / 24)).max())
    return Evaluation(after - before >= 0.3 and after <= 3.2, f"{before:.2f} to {after:.2f} mmol/L within 2 h",
                      "parity 5 cow on the high-DCAD ration, infusion on day 1",
                      _figure({"untreated": "cow_milk_fever", "calcium iv, day 1": "cow_calcium_borogluconate"},
                              "D5 calcium borogluconate"))


@target("D6", "The typical third-lactation cow touches 2.0 mmol/L", "third-lactation cow, usual ration",
        "lowest serum calcium from calving to 48 h: 2.0 mmol/L (1.95-2.05)",
        f"{VENJAKOB_2017} (49.4% of third-lactation cows below 2.0 mmol/L within 48 h of calving)",
        role="calibration")
def _third_lactation() -> Evaluation:
    lowest = measures.cow_lowest_calcium_first_two_days("cow_third_lactation")
    return Evaluation(1.95 <= lowest <= 2.05, f"{lowest:.2f} mmol/L", "lowest total calcium on days 0-2",
                      _figure({"third lactation": "cow_third_lactation"}, "D6 third-lactation cow"))


@target("D7", "Subclinical hypocalcaemia rises with lactation number", "cows of lactation 1 to 4, usual ration",
        "lowest calcium in 48 h above 2.0 mmol/L in lactations 1 and 2, below it from lactation 4, falling "
        "with each lactation",
        f"{VENJAKOB_2017} (below 2.0 mmol/L: 5.7%, 29.0%, 49.4%, 60.4% in lactations 1, 2, 3, 4+); Reinhardt 2011 "
        "Vet J 188:122")
def _parity() -> Evaluation:
    lowest = {parity: measures.cow_lowest_calcium_first_two_days(name) for parity, name in PARITY_EXPERIMENTS.items()}
    values = list(lowest.values())
    passed = (lowest[1] > SUBCLINICAL_MMOL_PER_L and lowest[2] > SUBCLINICAL_MMOL_PER_L
              and lowest[4] < SUBCLINICAL_MMOL_PER_L and all(a > b for a, b in zip(values, values[1:])))
    return Evaluation(passed, ", ".join(f"{value:.2f}" for value in values) + " mmol/L",
                      "lowest total calcium on days 0-2, lactations 1-4",
                      _figure({f"lactation {parity}": name for parity, name in PARITY_EXPERIMENTS.items()},
                              "D7 lactation number"))


@target("D8", "An acidogenic close-up ration raises calcium on the day of calving", "DCAD -100 vs +200 mEq/kg, "
        "third-lactation cow", "serum calcium over the first day after calving higher by 0.18 mmol/L (0.08-0.28)",
        "Santos 2019 J Dairy Sci 102:2134 (meta-analysis: blood calcium on the day of calving 1.86 to 2.04 mmol/L "
        "in parous cows from +200 to -100 mEq/kg)")
def _santos() -> Evaluation:
    high, low = _run("cow_close_up_dcad_200"), _run("cow_close_up_dcad_minus_100")
    difference = mean(low, "serum_calcium", 0, 1) - mean(high, "serum_calcium", 0, 1)
    lowest = float(low["serum_calcium"].sel(day=slice(0, 3)).min()) - float(high["serum_calcium"].sel(day=slice(0, 3)).min())
    return Evaluation(0.08 <= difference <= 0.28, f"+{difference:.2f} mmol/L on days 0-1 (+{lowest:.2f} at the nadir)",
                      "mean serum calcium over the first day after calving, -100 minus +200 mEq/kg",
                      _figure({"DCAD +200": "cow_close_up_dcad_200", "DCAD -100": "cow_close_up_dcad_minus_100"},
                              "D8 close-up DCAD", DCAD_PANELS))


@target("D9", "A low-calcium close-up ration prevents milk fever", "milk-fever cow fed 15 g/d calcium before calving",
        "no hours below 1.4 mmol/L, and no hypocalcaemia (>= 2.0 mmol/L) on the ration before calving",
        "Thilsing-Hansen 2002 Acta Vet Scand 43:1 (risk ratio 0-0.2 below 20 g/d of calcium); Green 1981 "
        "(cows on 8 g/d calcium raise calcitriol within 2-3 days)",
        xfail_reason=("after calving the primed cow is back above 1.4 mmol/L within 2 h, and on the ration she holds "
                      "2.21 mmol/L (absorbing 9.1 g/d of her 15 g/d, her bone giving 4.9 g/d at PTH 12.7 pmol/L), "
                      "but once the udder starts secreting, a day before calving (22.7 g/d of calcium by calving), "
                      "her PTH is already near its most (18.2 pmol/L) and she falls to 1.00 mmol/L by calving (1.07 "
                      "an hour before, the lowest the trials below read). Colostrum takes a great deal of calcium in "
                      "the 12 h before birth (Oetzel, reported in Hoard's Dairyman), as in the model, so the primed "
                      "cow's bone and gut would have to supply it. Her bone would have to give 20-30 g/d within 12 "
                      "h: an osteoclast activity exponent of 4 instead of the fitted 1.28 does it (D9 passes at 2.13 "
                      "mmol/L) but puts the typical third-lactation cow at 2.25 mmol/L at calving, where D6 asks "
                      "2.0, so no fit meets D6, D19 and D9 together; the cow evidence points to the gut instead "
                      "(zeolite-primed cows: calcitriol higher a week before calving and urinary deoxypyridinoline "
                      "unchanged, Thilsing-Hansen 2002 J Dairy Sci; primed cows higher before calving, 2.47 against "
                      "2.31 mmol/L, Kerwin 2018 ADSA abstract M280, where the model's primed cow is lower, 2.21 "
                      "against 2.36), and on 15 g/d the gut can add at most about 6 g/d. Tried (5 December 2026): "
                      "the udder starting 9 h before calving, when Megahed 2018's cows first fall, instead of a day, "
                      "lifts her lowest before calving to 1.79 mmol/L, but the cow's fit then puts the mammary time "
                      "constant at its bound (0.1 d) and the nadir of D19 27 h after calving (D2 and D4 fail); "
                      "secretion rising linearly over the last day leaves no hours below 1.4 but 1.44 mmol/L before "
                      "calving, the time constant again at its bound and D4 failing (31 against 50 h); secretion at "
                      "5% of the calving day's for 10 days before (goats secrete a few per cent of the post-partum "
                      "rate before birth) moves D19's nadir to 38 h and fails D2, D4, D8 and D10. Tried (5 December "
                      "2026, cow re-fitted each time): an exchangeable pool that PTH does not empty (exponent 0 "
                      "instead of the women's 0.5) lifts her lowest before calving to 1.53 but the fit cannot place "
                      "D19's nadir; a pool of 128 g (0.21 g/kg, red deer said to match lactating cattle) gives 1.43 "
                      "with S25, D2, D6-D8, D10, D12 and D19 failing; twice the women's whole-body turnover gives "
                      "1.16"))
def _low_calcium() -> Evaluation:
    dataset = _run("cow_low_calcium_close_up")
    fever = milk_fever(dataset)
    before = float(dataset["serum_calcium"].sel(day=slice(-21, 0)).min())
    return Evaluation(fever.hours_below_clinical == 0 and before >= SUBCLINICAL_MMOL_PER_L,
                      f"{fever.hours_below_clinical:.0f} h below 1.4 after calving; lowest before calving {before:.2f} "
                      "mmol/L", f"parity 5, 55 kg/d; close-up calcium {LOW_CALCIUM_CLOSE_UP_G_PER_DAY:g} against 150 g/d",
                      _figure({"150 g/d close-up": "cow_milk_fever", "15 g/d close-up": "cow_low_calcium_close_up"},
                              "D9 low-calcium close-up ration"))


@target("D10", "Healthy cows: low on day 1, normal by day 7", "non-paretic Holstein cows, days 1 and 7 after calving",
        "serum calcium 2.03 mmol/L (1.93-2.13) on day 1 and 2.26 mmol/L (2.16-2.36) on day 7",
        "Bigras-Poulin & Tremblay 1998 Prev Vet Med 35:195 (1021 lactations: 2.03 +/- 0.26 on day 1, 2.26 +/- 0.18 "
        "on day 7); the day-1 value leans on D6's calibration once the nadir falls on day 1")
def _healthy_cows() -> Evaluation:
    dataset = _run("cow_third_lactation")
    first, seventh = at(dataset, "serum_calcium", 1.0), at(dataset, "serum_calcium", 7.0)
    return Evaluation(1.93 <= first <= 2.13 and 2.16 <= seventh <= 2.36,
                      f"{first:.2f} on day 1, {seventh:.2f} on day 7 (mmol/L)", "third-lactation cow, usual ration",
                      _figure({"third lactation": "cow_third_lactation"}, "D10 healthy cows"))


@target("D11", "A lactation borrows bone and pays it back", "third-lactation cow through a 305-day lactation",
        "vertebral mineral down 10% (5-15%) at 90 days, regained by day 300; serum calcium >= 2.1 mmol/L from "
        "day 14", "Bone mineral changes in dairy cows (Acta Vet Scand; coccygeal vertebrae of Swedish Red and White "
        "cows fed Ca and P to the ARC standard: -10% up to 90 days after calving, rising thereafter)")
def _full_lactation() -> Evaluation:
    dataset = _run("cow_full_lactation")
    at_90, at_300 = at(dataset, "bmd_spine_change", 90), at(dataset, "bmd_spine_change", 300)
    lowest = float(dataset["serum_calcium"].sel(day=slice(14, None)).min())
    return Evaluation(-15 <= at_90 <= -5 and at_300 > at_90 + 5 and lowest >= 2.1,
                      f"spine {at_90:.1f}% at 90 d, {at_300:.1f}% at 300 d; lowest calcium from day 14 {lowest:.2f} "
                      "mmol/L", f"whole body {at(dataset, 'bmc_whole_body_change', 90):.1f}% at 90 d",
                      _figure({"third lactation": "cow_full_lactation"}, "D11 a full lactation",
                              ("serum_calcium", "bmd_spine_change", "bmc_whole_body_change",
                               "fractional_calcium_absorption")))


#: Hove 1986's lower limit of normal serum calcium in lactating cows outside the month of calving [mmol/L].
HOVE_SUBNORMAL_MMOL_PER_L = 2.18
#: Days between successive calcium minima in Hove's calcium-cycling aged cows.
HOVE_CYCLE_DAYS = (7.0, 10.0)
#: Smallest dip [mmol/L] counted as a calcium minimum (below the ~0.05 mmol/L of assay and day-to-day noise).
MINIMUM_PROMINENCE_MMOL_PER_L = 0.02


def _calcium_minima(dataset) -> tuple[np.ndarray, np.ndarray]:
    """Days and values [mmol/L] of serum calcium's local minima from calving on."""
    calcium = dataset["serum_calcium"].sel(day=slice(0, None))
    index, _ = find_peaks(-calcium.values, prominence=MINIMUM_PROMINENCE_MMOL_PER_L)
    return calcium["day"].values[index], calcium.values[index]


@target("D12", "Heifers do not cycle; aged cows' calcium minima recur 7-10 days apart",
        "daily serum calcium through the first month after calving, untreated heifers and aged cows",
        f"a heifer stays at or above {HOVE_SUBNORMAL_MMOL_PER_L} mmol/L from day 3 to day 30 (no calcium cycling); "
        f"an aged cow's successive calcium minima, where they recur, come {HOVE_CYCLE_DAYS[0]:.0f}-"
        f"{HOVE_CYCLE_DAYS[1]:.0f} days apart",
        "Hove 1986 J Dairy Sci 69:2072, 'Cyclic changes in plasma calcium and the calcium homeostatic endocrine "
        "system of the postparturient dairy cow' (28 aged cows and 9 heifers sampled daily from day -5 to days 15-30: "
        "subnormal minima, below 2.18 mmol/L, recurred every 7-10 d in calcium-cycling aged cows, driven by "
        "calcitriol's induction of gut absorption; 8 untreated heifers showed no cycling)")
def _calcium_cycling() -> Evaluation:
    heifer, aged = _run("cow_heifer_first_month"), _run("cow_fourth_lactation_first_month")
    lowest = float(heifer["serum_calcium"].sel(day=slice(3, None)).min())
    days, values = _calcium_minima(aged)
    spacing = np.diff(days)
    recurring = bool(np.all((spacing >= HOVE_CYCLE_DAYS[0]) & (spacing <= HOVE_CYCLE_DAYS[1])))
    minima = ", ".join(f"{value:.2f} on day {day:.1f}" for day, value in zip(days, values))
    return Evaluation(lowest >= HOVE_SUBNORMAL_MMOL_PER_L and recurring,
                      f"heifer lowest from day 3 {lowest:.2f} mmol/L; aged cow minima every "
                      f"{', '.join(f'{gap:.1f}' for gap in spacing) or 'no'} d",
                      f"fourth-lactation cow's minima: {minima or 'none after calving'}",
                      _figure({"heifer": "cow_heifer_first_month", "fourth lactation": "cow_fourth_lactation_first_month"},
                              "D12 calcium cycling in the first month", ("serum_calcium", "pth", "calcitriol",
                                                                          "gut_calcium_absorbed")))


#: Intact PTH of cows with parturient paresis, mean and SE [pmol/L] (IMMULITE assay; Bandzaite 2005).
PARETIC_PTH_PMOL_PER_L = (18.31, 1.88)


@target("D17", "PTH answers milk fever", "intact PTH at calving: a paretic cow against a heifer that calves normally",
        f"the milk-fever cow's PTH at her nadir within {PARETIC_PTH_PMOL_PER_L[0]} +/- 2 x "
        f"{PARETIC_PTH_PMOL_PER_L[1]} pmol/L and above the heifer's; the heifer's PTH higher on the day of calving "
        "than 5 days before",
        "Bandzaite 2005 Pol J Vet Sci 8:269 (85 cows, IMMULITE intact PTH: 3.47-5.20 pmol/L in healthy cows, "
        "18.31 +/- 1.88 in parturient paresis at calcium 1.38 mmol/L); Spakauskas & Klimiene 2007 Medycyna Wet "
        "63:662 (122 cows: PTH up on the day of calving and the day after against 5 days before; 1.7-7.5 pmol/L in "
        "healthy cows)")
def _pth_at_calving() -> Evaluation:
    fever, heifer = _run("cow_milk_fever"), _run("cow_heifer")
    nadir = milk_fever(fever).nadir_day
    paretic = at(fever, "pth", nadir)
    before, calving = at(heifer, "pth", -5.0), float(heifer["pth"].sel(day=slice(0, 1)).max())
    mean, error = PARETIC_PTH_PMOL_PER_L
    return Evaluation(abs(paretic - mean) <= 2 * error and paretic > calving > before,
                      f"milk fever {paretic:.1f} pmol/L at the nadir; heifer {before:.1f} on day -5, {calving:.1f} "
                      "on days 0-1", "parity-5 milk-fever cow (S25) against the heifer (D2)",
                      _figure({"parity 5, high DCAD": "cow_milk_fever", "heifer": "cow_heifer"}, "D17 PTH at calving",
                              ("serum_calcium", "pth", "calcitriol", "skeletal_calcium_release")))


#: Hours after calving at which a parous cow's calcium is lowest (Goff 2008; Hove 1986: within 24 h).
NADIR_HOURS = (12.0, 24.0)


#: Zimpel 2021's rise of urinary calcium from the cationic to the acidogenic close-up ration [g/d], and the band
#: the calibrated row accepts.
ACIDOSIS_URINE_RISE_G_PER_DAY = 8.0
ACIDOSIS_URINE_RISE_BAND = (7.0, 9.0)


@target("D21", "An acidogenic close-up ration makes the kidney pass calcium", "third-lactation cow, the last 10 days "
        "before calving, close-up DCAD -150 against +200 mEq/kg",
        f"urinary calcium higher by {ACIDOSIS_URINE_RISE_G_PER_DAY:g} g/d ({ACIDOSIS_URINE_RISE_BAND[0]:g}-"
        f"{ACIDOSIS_URINE_RISE_BAND[1]:g})",
        "Zimpel 2021 J Dairy Sci (from +200 to -150 mEq/kg, apparent calcium absorption 12.9 to 20.9 g/d at "
        "unchanged retention: urine took about 8 g/d more); Martin-Tereso & Verstegen 2011 Nutr Res Rev 24:228 "
        "(acidosis closes the distal tubule's TRPV5)", role="calibration")
def _acidosis_calciuria() -> Evaluation:
    rise = measures.cow_acidosis_urine_rise()
    cows = {f"{dcad:+.0f} mEq/kg": run(scenario(COW, cow={"parity": 3, "dcad_meq_per_kg": dcad}))
            for dcad in measures.ZIMPEL_DCADS}
    return Evaluation(ACIDOSIS_URINE_RISE_BAND[0] <= rise <= ACIDOSIS_URINE_RISE_BAND[1], f"+{rise:.1f} g/d",
                      "mean urinary calcium of days -10 to -1, acidogenic minus cationic ration",
                      comparison_figure(cows, ("serum_calcium", "urine_calcium", "pth"),
                                        "D21 urinary calcium on an acidogenic close-up ration"))


@target("D19", "A parous cow's calcium is lowest 12-24 h after calving", "the typical third-lactation cow, usual "
        "ration", f"her lowest calcium of days 0-2 comes {NADIR_HOURS[0]:.0f}-{NADIR_HOURS[1]:.0f} h after calving "
        "(the fit aims at 18 h)",
        f"{GOFF_2008} (blood calcium reaches its nadir 12-24 h after calving); Hove 1986 J Dairy Sci 69:2072 (daily "
        "samples of 28 aged cows and 9 heifers: a parturient minimum usually within 24 h of calving in all)",
        role="calibration")
def _nadir_timing() -> Evaluation:
    hours = {parity: measures.cow_nadir_hour(name) for parity, name in PARITY_EXPERIMENTS.items() if parity > 1}
    third = hours[3]
    return Evaluation(NADIR_HOURS[0] <= third <= NADIR_HOURS[1], f"{third:.0f} h",
                      "lactations 2, 3, 4: " + ", ".join(f"{value:.0f}" for value in hours.values()) + " h (the "
                      "heifer's, D2, is at calving)",
                      _figure({f"lactation {parity}": PARITY_EXPERIMENTS[parity] for parity in hours},
                              "D19 time of the calcium nadir"))
